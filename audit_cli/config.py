"""Settings and their precedence: built-in defaults < --config file < AUDIT_* env < flags.

Force settings are data under rules/ (linking.yml, verdicts.yml, force.yml). A force's
--config file is YAML with any of these top-level sections, merged key by key over the
built-in files:

    run:        options of `audit run` (period, formats, audience, fail_on, profile, ...)
    linking:    overrides rules/linking.yml
    detection:  overrides rules/verdicts.yml (thresholds, FOUR, date-aware settings)
    force:      overrides rules/force.yml (teams, deadlines, referral organisations, targets)
    report:     max_case_details (case details written into the HTML report; default 500),
                max_html_cases (rows of the HTML report's case list; default 10000),
                max_workbook_rows (rows per table sheet of the workbook; default 10000)
    limits:     bounds on hostile input (limits.py: XLSX size, YAML size and aliases, CSV
                quoted fields), each with a safe default

`run` options can also come from the environment as AUDIT_<OPTION> (AUDIT_PERIOD,
AUDIT_FORMAT, AUDIT_AUDIENCE, AUDIT_FAIL_ON, AUDIT_PROFILE) and from flags, which win.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path

import pandas as pd

from audit_cli.errors import AuditError
from audit_cli.limits import Limits
from audit_cli.paths import RULES_DIR
from audit_cli.safeyaml import load_yaml

# section -> the built-in file it starts from. `detection` starts empty: the verdict
# settings come with the rule pack (rules/verdicts.yml, or a --rules DIR's own), and a
# config file's `detection:` overrides them for one run.
SECTIONS = {"run": None, "linking": "linking.yml", "detection": None, "force": "force.yml",
            "report": None, "limits": None}
# Report sizes (report/base.py explains each); here so that reading settings does not
# import the report formats.
DEFAULT_MAX_CASE_DETAILS = 500
DEFAULT_MAX_HTML_CASES = 10_000
DEFAULT_MAX_WORKBOOK_ROWS = 10_000
REPORT_DEFAULTS = {"max_case_details": DEFAULT_MAX_CASE_DETAILS,
                   "max_html_cases": DEFAULT_MAX_HTML_CASES,
                   "max_workbook_rows": DEFAULT_MAX_WORKBOOK_ROWS}
RUN_DEFAULTS = {
    "profile": "generic",
    "period": None,
    "date_from": None,
    "date_to": None,
    "formats": "html,xlsx,csv",
    "audience": "analysts",
    "fail_on": "never",
    "pseudonymise": False,
}
FORMATS = ("html", "xlsx", "csv")
AUDIENCES = ("analysts", "leads")
FAIL_ON = ("never", "review", "missed_stalking", "gap")
ENV_PREFIX = "AUDIT_"


def merge(base: dict, override: dict) -> dict:
    """Key-by-key deep merge: nested mappings merge, everything else replaces."""
    result = copy.deepcopy(base)
    for key, value in (override or {}).items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def read_yaml(path: Path, what: str) -> dict:
    data = load_yaml(path, what)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AuditError(f"the {what} must be a YAML mapping", file=str(path))
    return data


def builtin_settings() -> dict:
    settings = {"run": dict(RUN_DEFAULTS), "detection": {}, "report": dict(REPORT_DEFAULTS),
                "limits": {}}
    for section, filename in SECTIONS.items():
        if filename:
            settings[section] = read_yaml(RULES_DIR / filename, f"built-in {section} settings")
    return settings


def load_settings(config_file: Path | None = None) -> dict:
    """Built-in defaults merged with a --config file (run options still need env/flags)."""
    settings = builtin_settings()
    if config_file is None:
        return settings
    user = read_yaml(Path(config_file), "config file")
    unknown = sorted(set(user) - set(SECTIONS))
    if unknown:
        raise AuditError(f"config key {unknown[0]!r}: unknown section; use "
                         f"{', '.join(SECTIONS)}", file=str(config_file))
    for section in user:
        if user[section] is not None and not isinstance(user[section], dict):
            raise AuditError(f"config key {section!r}: must be a mapping",
                             file=str(config_file))
    run_unknown = sorted(set(user.get("run") or {}) - set(RUN_DEFAULTS))
    if run_unknown:
        raise AuditError(f"config key 'run.{run_unknown[0]}': unknown run option; use "
                         f"{', '.join(RUN_DEFAULTS)}", file=str(config_file))
    _check_report_section(user.get("report") or {}, config_file)
    courses = (user.get("linking") or {}).get("courses")
    if courses is not None:
        from audit_cli.link.courses import check_course_rules

        check_course_rules(courses, config_file, prefix="linking.courses.")
    check_against_defaults(user, settings, config_file)
    Limits.from_settings(user.get("limits"), str(config_file))  # refuses a bad limit here
    return merge(settings, user)


VERDICTS = ("missed_stalking", "review", "recorded_stalking", "no_concern")
FOUR_LETTERS = ("F", "O", "U", "R")
# Sections whose top-level keys are a closed set (the built-in file's keys).
CLOSED_SECTIONS = {"linking": "linking.yml", "force": "force.yml",
                   "detection": "verdicts.yml"}
# Keys of a closed section whose settings live in their own file and are checked there
# (linking.courses: rules/courses.yml, by link.courses.check_course_rules).
CHECKED_ELSEWHERE = {"linking": {"courses"}}


def check_against_defaults(user: dict, settings: dict, config_file: Path) -> None:
    """A config file's settings have the shape of the built-in ones: no unknown key at a
    section's top level; a mapping, list, number or true/false where the built-in file
    has one; no negative number where the default is 0 or more; verdict names and FOUR
    letters that exist. Anything else was silently ignored or failed later with a
    traceback."""
    source = str(config_file)
    for section, filename in CLOSED_SECTIONS.items():
        given = {key: value for key, value in (user.get(section) or {}).items()
                 if key not in CHECKED_ELSEWHERE.get(section, ())}
        defaults = settings.get(section) or read_yaml(RULES_DIR / filename,
                                                      f"built-in {section} settings")
        unknown = sorted(str(k) for k in set(given) - set(defaults))
        if unknown:
            raise AuditError(f"config key '{section}.{unknown[0]}': unknown setting; see "
                             f"rules/{filename} for the keys", file=source)
        for key, value in given.items():
            _check_shape(value, defaults[key], f"{section}.{key}", source)
    force = user.get("force") or {}
    for key in ("applies_to_verdicts", "triage_verdicts"):
        bad = [v for v in force.get(key) or [] if v not in VERDICTS]
        if bad:
            raise AuditError(f"config key 'force.{key}': unknown verdict {bad[0]!r}; use "
                             f"{', '.join(VERDICTS)}", file=source)
    required = ((user.get("detection") or {}).get("four") or {}).get("required") or []
    bad = [v for v in required if str(v).upper() not in FOUR_LETTERS]
    if bad:
        raise AuditError(f"config key 'detection.four.required': {bad[0]!r} is not a FOUR "
                         "letter; use F, O, U or R", file=source)
    linking = user.get("linking") or {}
    sizes = [("linking.max_block_size", linking.get("max_block_size"))]
    sizes += [(f"linking.blocking_rules[{i}].max_block_size", rule.get("max_block_size"))
              for i, rule in enumerate(linking.get("blocking_rules") or [])
              if isinstance(rule, dict)]
    for where, size in sizes:
        if size is not None and (isinstance(size, bool) or not isinstance(size, int)
                                 or size < 1):
            raise AuditError(f"config key '{where}': {size!r} is not a whole number of 1 "
                             "or more", file=source)


def _check_shape(value, default, where: str, source: str) -> None:
    if value is None or default is None:
        return
    if isinstance(default, dict):
        if not isinstance(value, dict):
            raise AuditError(f"config key '{where}': must be a mapping, as in the built-in "
                             "settings", file=source)
        for key, item in value.items():
            if key in default:
                _check_shape(item, default[key], f"{where}.{key}", source)
    elif isinstance(default, list):
        if not isinstance(value, list):
            raise AuditError(f"config key '{where}': must be a list, e.g. [a, b]", file=source)
    elif isinstance(default, bool):
        if not isinstance(value, bool):
            raise AuditError(f"config key '{where}': {value!r} must be true or false",
                             file=source)
    elif isinstance(default, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise AuditError(f"config key '{where}': {value!r} must be a number",
                             file=source)
        if default >= 0 > value:
            raise AuditError(f"config key '{where}': {value!r} must be 0 or more",
                             file=source)


def _check_report_section(report: dict, config_file: Path) -> None:
    for key, value in report.items():
        if key not in REPORT_DEFAULTS:
            raise AuditError(f"config key 'report.{key}': unknown report setting; use "
                             f"{', '.join(REPORT_DEFAULTS)}", file=str(config_file))
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise AuditError(f"config key 'report.{key}': {value!r} is not a whole number "
                             "of 1 or more", file=str(config_file))


def env_value(option: str, environ: dict | None = None) -> str | None:
    environ = os.environ if environ is None else environ
    value = environ.get(ENV_PREFIX + option.upper())
    return value if value not in (None, "") else None


def resolve_run_options(flags: dict, settings: dict, environ: dict | None = None) -> dict:
    """flags (None = not given) > AUDIT_* env > config file run: > defaults."""
    resolved = dict(settings.get("run") or RUN_DEFAULTS)
    for option in RUN_DEFAULTS:
        env = env_value(option, environ)
        if env is not None:
            resolved[option] = env
        if flags.get(option) is not None:
            resolved[option] = flags[option]
    resolved["pseudonymise"] = _as_bool(resolved["pseudonymise"], "pseudonymise")
    resolved["formats"] = parse_formats(resolved["formats"])
    if resolved["audience"] not in AUDIENCES:
        raise AuditError(f"audience {resolved['audience']!r}: use one of {', '.join(AUDIENCES)}")
    if resolved["fail_on"] not in FAIL_ON:
        raise AuditError(f"fail-on {resolved['fail_on']!r}: use one of {', '.join(FAIL_ON)}")
    resolved["period_start"], resolved["period_end"] = parse_period(
        resolved["period"], resolved["date_from"], resolved["date_to"])
    return resolved


def _as_bool(value: object, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y", "on"):
        return True
    if text in ("0", "false", "no", "n", "off", ""):
        return False
    raise AuditError(f"{name} {value!r}: use true or false")


def parse_formats(value: object) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    formats = [str(f).strip().lower() for f in items if str(f).strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise AuditError(f"format {','.join(bad) or value!r}: use a comma-separated list of "
                         f"{', '.join(FORMATS)}")
    return [f for f in FORMATS if f in formats]


_QUARTER = re.compile(r"^(\d{4})\s*-?\s*Q([1-4])$", re.IGNORECASE)


def parse_period(period: str | None, date_from: str | None, date_to: str | None
                 ) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """--period 2026Q3 (calendar quarter) or --from/--to (inclusive days)."""
    if period and (date_from or date_to):
        raise AuditError("give either --period or --from/--to, not both")
    if period:
        match = _QUARTER.match(str(period).strip())
        if not match:
            raise AuditError(f"period {period!r}: use a calendar quarter such as 2026Q3")
        year, quarter = int(match.group(1)), int(match.group(2))
        start = pd.Timestamp(year=year, month=3 * quarter - 2, day=1)
        return start, start + pd.DateOffset(months=3) - pd.Timedelta(days=1)
    start = _day(date_from, "--from") if date_from else None
    end = _day(date_to, "--to") if date_to else None
    if start is not None and end is not None and end < start:
        raise AuditError(f"--to {date_to} is before --from {date_from}")
    return start, end


def _day(text: str, option: str) -> pd.Timestamp:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return pd.to_datetime(str(text), format=fmt)
        except ValueError:
            continue
    raise AuditError(f"{option} {text!r}: use a date such as 2026-07-01")
