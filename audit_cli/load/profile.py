"""Mapping profiles: how one records system's export maps onto the generic format.

A profile is YAML (rules/profiles/<name>.yml, or any file given to --profile):

    name: niche
    description: one line
    extends: generic            # optional: start from another profile's settings
    columns:                    # canonical column: source header (or a list of accepted headers)
      crime_ref: Occurrence Ref
    values:                     # canonical column: {value as exported: canonical value}
      allocated_team: {Dom Abuse Unit: DAIU}
    dates:
      formats: ["%d-%b-%Y"]     # tried before the built-in day-first and ISO forms
    names:
      order: as_written         # as_written | surname_first ("WHITAKER Jane" without a comma)

Header matching ignores case, spaces, underscores and punctuation. Value maps match
case-insensitively on the trimmed value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path


from audit_cli.errors import AuditError
from audit_cli.paths import PROFILES_DIR
from audit_cli.safeyaml import load_yaml

# The generic export format (shared/export-format.md), in its documented order.
CANONICAL_COLUMNS = [
    "crime_ref", "recorded_date", "offence_date", "offence_code", "offence", "narrative",
    "victim_name", "victim_dob", "victim_postcode", "victim_id",
    "suspect_name", "suspect_dob", "suspect_postcode", "suspect_id",
    "relationship", "domestic", "flags", "allocated_team", "risk_level", "risk_date",
    "screening_tool", "screening_date", "investigation_plan", "support_referral",
    "referral_date", "spo", "triage_date", "outcome_code", "outcome_date",
]
REQUIRED_COLUMNS = ["crime_ref", "recorded_date", "offence", "narrative", "victim_name"]

_TOP_KEYS = {"name", "description", "extends", "columns", "values", "dates", "names"}
_NAME_ORDERS = {"as_written", "surname_first"}


def header_key(header: str) -> str:
    """Case-, space-, underscore- and punctuation-insensitive form of a header."""
    return re.sub(r"[^0-9a-z]", "", str(header).lower())


@dataclass
class Profile:
    name: str
    source: str  # the file it came from, for error messages
    columns: dict[str, list[str]] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    date_formats: list[str] = field(default_factory=list)
    name_order: str = "as_written"

    def header_lookup(self) -> dict[str, str]:
        """header_key(source header) -> canonical column."""
        lookup = {header_key(c): c for c in CANONICAL_COLUMNS}
        for canonical, headers in self.columns.items():
            for header in headers:
                lookup[header_key(header)] = canonical
        return lookup


def _problem(source: str, key: str, message: str) -> AuditError:
    return AuditError(f"profile key {key!r}: {message}", file=source)


def _parse(raw: object, source: str) -> dict:
    if not isinstance(raw, dict):
        raise AuditError("a profile must be a YAML mapping with keys such as "
                         "'columns', 'values', 'dates'", file=source)
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise _problem(source, unknown[0],
                       f"unknown key; allowed keys are {', '.join(sorted(_TOP_KEYS))}")
    return raw


def _columns(raw: dict, source: str) -> dict[str, list[str]]:
    columns = raw.get("columns") or {}
    if not isinstance(columns, dict):
        raise _problem(source, "columns", "must map canonical column names to source headers")
    result = {}
    for canonical, headers in columns.items():
        if canonical not in CANONICAL_COLUMNS:
            raise _problem(source, f"columns.{canonical}",
                           f"not a column of the generic format; use one of "
                           f"{', '.join(CANONICAL_COLUMNS)}")
        if isinstance(headers, str):
            headers = [headers]
        if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
            raise _problem(source, f"columns.{canonical}",
                           "must be a header name or a list of header names")
        result[canonical] = headers
    return result


def _values(raw: dict, source: str) -> dict[str, dict[str, str]]:
    values = raw.get("values") or {}
    if not isinstance(values, dict):
        raise _problem(source, "values", "must map canonical columns to {exported: canonical}")
    result = {}
    for canonical, mapping in values.items():
        if canonical not in CANONICAL_COLUMNS:
            raise _problem(source, f"values.{canonical}", "not a column of the generic format")
        if not isinstance(mapping, dict):
            raise _problem(source, f"values.{canonical}",
                           "must be a mapping of exported value to canonical value")
        result[canonical] = {str(k).strip().lower(): "" if v is None else str(v)
                             for k, v in mapping.items()}
    return result


def _dates(raw: dict, source: str) -> list[str]:
    dates = raw.get("dates") or {}
    if not isinstance(dates, dict) or set(dates) - {"formats"}:
        raise _problem(source, "dates", "must be a mapping with the key 'formats'")
    formats = dates.get("formats") or []
    if not isinstance(formats, list) or not all(isinstance(f, str) and "%" in f for f in formats):
        raise _problem(source, "dates.formats",
                       "must be a list of strftime formats such as '%d-%b-%Y'")
    for fmt in formats:
        problem = _format_problem(fmt)
        if problem:
            raise _problem(source, "dates.formats",
                           f"{fmt!r} is not a date format ({problem}); use strftime codes "
                           "such as '%d-%b-%Y'")
    return formats


def _format_problem(fmt: str) -> str | None:
    """Why a strftime format cannot parse the dates it writes, or None."""
    sample = dt.datetime(2026, 7, 3, 14, 5, 6)
    try:
        dt.datetime.strptime(sample.strftime(fmt), fmt)
    except (ValueError, re.error) as exc:
        return str(exc)
    return None


def _name_order(raw: dict, source: str) -> str:
    names = raw.get("names") or {}
    if not isinstance(names, dict) or set(names) - {"order"}:
        raise _problem(source, "names", "must be a mapping with the key 'order'")
    order = names.get("order", "as_written")
    if order not in _NAME_ORDERS:
        raise _problem(source, "names.order", f"must be one of {', '.join(sorted(_NAME_ORDERS))}")
    return order


def _read_yaml(path: Path) -> object:
    return load_yaml(path, "profile")


def load_profile(name_or_path: str | Path = "generic", _seen: tuple = ()) -> Profile:
    """A built-in profile by name, or a profile file by path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = PROFILES_DIR / f"{name_or_path}.yml"
        if not path.is_file():
            known = sorted(p.stem for p in PROFILES_DIR.glob("*.yml"))
            raise AuditError(f"no built-in profile {str(name_or_path)!r}; built-in profiles: "
                             f"{', '.join(known)}; or give the path of a profile file")
    elif not path.is_file():
        raise AuditError("profile file not found", file=str(path))
    source = str(path)
    raw = _parse(_read_yaml(path), source)
    profile = Profile(name=str(raw.get("name") or path.stem), source=source)
    parent = raw.get("extends")
    if parent:
        if parent in _seen:
            raise _problem(source, "extends", f"profiles extend each other in a loop ({parent})")
        base = load_profile(parent, _seen + (parent,))
        profile.columns = dict(base.columns)
        profile.values = {k: dict(v) for k, v in base.values.items()}
        profile.date_formats = list(base.date_formats)
        profile.name_order = base.name_order
    profile.columns.update(_columns(raw, source))
    for canonical, mapping in _values(raw, source).items():
        profile.values.setdefault(canonical, {}).update(mapping)
    profile.date_formats = _dates(raw, source) + profile.date_formats
    if "names" in raw:
        profile.name_order = _name_order(raw, source)
    return profile
