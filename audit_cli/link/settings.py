"""Reading and checking rules/linking.yml (the declarative link model)."""

from __future__ import annotations

import re
from pathlib import Path


from audit_cli.errors import AuditError
from audit_cli.paths import RULES_DIR
from audit_cli.safeyaml import load_yaml

LINKING_FILE = RULES_DIR / "linking.yml"

# Levels of each field in the order they are tried; the first that holds wins.
FIELD_LEVELS = {
    "name": ["missing", "exact", "first_last", "nickname", "middle_name", "hyphen_part", "swapped",
             "fuzzy", "initial", "religious_name", "surname_only", "different"],
    "dob": ["exact", "swapped", "one_digit", "missing", "different"],
    "postcode": ["exact", "district", "missing", "different"],
    "id": ["exact", "missing", "different"],
    "counterpart": ["shared", "none"],
}
BLOCKING_KEYS = {"first", "first_group", "first_initial", "last", "last_part", "last_prefix",
                 "last_sound", "dob", "dob_year", "dob_month_day", "dob_near", "postcode",
                 "district", "source_id", "name", "name_words"}


def load_link_settings(path: str | Path | None = None) -> dict:
    """Parse and check linking.yml; every problem found is reported at once."""
    file = Path(path) if path else LINKING_FILE
    settings = load_yaml(file, "link settings")
    problems = settings_problems(settings)
    if problems:
        raise AuditError("; ".join(problems) + " (fix rules/linking.yml)", file=str(file))
    return settings


def merge_settings(defaults: dict, override: dict | None) -> dict:
    """Key-by-key merge: override wins, nested mappings merge, lists are replaced."""
    merged = dict(defaults)
    for key, value in (override or {}).items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_settings(merged[key], value)
        else:
            merged[key] = value
    return merged


def settings_problems(settings) -> list[str]:
    """Human-readable problems in a settings dict; empty when it is usable."""
    if not isinstance(settings, dict):
        return ["the file must be a mapping"]
    problems = []
    if not isinstance(settings.get("threshold"), (int, float)):
        problems.append("'threshold' must be a number")
    rules = settings.get("blocking_rules")
    if not isinstance(rules, list) or not rules:
        problems.append("'blocking_rules' must be a non-empty list")
    else:
        for i, rule in enumerate(rules):
            keys = rule.get("keys") if isinstance(rule, dict) else None
            if not isinstance(keys, list) or not keys:
                problems.append(f"blocking rule {i + 1} needs a list of 'keys'")
                continue
            unknown = sorted(set(keys) - BLOCKING_KEYS)
            if unknown:
                problems.append(f"blocking rule {i + 1}: unknown key(s) {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(BLOCKING_KEYS))}")
    comparisons = settings.get("comparisons")
    if not isinstance(comparisons, dict):
        problems.append("'comparisons' must be a mapping")
        comparisons = {}
    for field, levels in FIELD_LEVELS.items():
        defined = ((comparisons.get(field) or {}).get("levels")) or {}
        for level in levels:
            spec = defined.get(level)
            if not isinstance(spec, dict) or not isinstance(spec.get("weight"), (int, float)):
                problems.append(f"comparisons.{field}.levels.{level} needs a numeric 'weight'")
    tokens = ((settings.get("unidentified_suspect") or {}).get("tokens")) or {}
    for name, pattern in tokens.items():
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            problems.append(f"unidentified_suspect.tokens.{name}: bad pattern ({exc})")
    return problems
