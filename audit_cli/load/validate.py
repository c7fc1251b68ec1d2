"""Turning mapped text columns into the canonical model, recording every problem.

Every parse is vectorised and done on the distinct values of a column (a quarter has a
few hundred distinct dates and a few thousand distinct names among a million rows),
then mapped back. A value that does not parse is never a silent NaT or NA: it becomes a
problem row naming the file, line, column, value and reason.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from audit_cli.load.profile import Profile
from audit_cli.model import ROW_COLUMNS
from audit_cli.names import normalise_name_series, normalise_postcode_series

# Day-first UK forms and ISO 8601, tried in this order after any profile formats.
BUILTIN_DATE_FORMATS = [
    "%d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
    "%d/%m/%y", "%d/%m/%y %H:%M", "%d-%m-%Y", "%d.%m.%Y",
]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
YES = {"y", "yes", "true", "1"}
NO = {"n", "no", "false", "0"}
RISK_LEVELS = {"standard", "medium", "high"}
# Home Office outcome types 1-22 (domain.md §6); 1A etc. are sub-types of a number.
_OUTCOME = r"^(?:[1-9]|1\d|2[0-2])[A-Z]?$"
# A pattern string (not a compiled regex) lets pandas hand it to pyarrow's RE2 engine.
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
_TEXT_COLUMNS = ["crime_ref", "offence_code", "offence", "narrative", "victim_name",
                 "victim_postcode", "victim_id", "suspect_name", "suspect_postcode",
                 "suspect_id", "relationship", "flags", "allocated_team", "risk_level",
                 "support_referral", "spo", "outcome_code"]


class Problems:
    """Collects problem rows; each is (index labels, column, values, reason, severity)."""

    def __init__(self, frame: pd.DataFrame):
        self._frame = frame
        self._parts: list[pd.DataFrame] = []

    def add(self, mask: pd.Series, column: str, reason: str, severity: str,
            values: pd.Series | None = None) -> None:
        if not mask.any():
            return
        rows = self._frame.loc[mask]
        shown = (values if values is not None else rows[column] if column in rows else "")
        self._parts.append(pd.DataFrame({
            "_pos": rows.index.to_numpy(),
            "source_file": rows["source_file"].to_numpy(),
            "source_line": rows["source_line"].to_numpy(),
            "crime_ref": rows["crime_ref"].to_numpy(),
            "column": column,
            "value": (shown[mask] if isinstance(shown, pd.Series) else shown),
            "reason": reason,
            "severity": severity,
        }))

    def table(self) -> pd.DataFrame:
        if not self._parts:
            return pd.DataFrame(columns=["_pos", "source_file", "source_line", "crime_ref",
                                         "column", "value", "reason", "severity"])
        table = pd.concat(self._parts, ignore_index=True)
        table["value"] = table["value"].astype(str).str.slice(0, 200)
        return table


def _by_distinct(series: pd.Series, parse) -> pd.Series:
    """Apply a vectorised parse to the distinct values only, then map back."""
    codes, uniques = pd.factorize(series, sort=False, use_na_sentinel=False)
    parsed = parse(pd.Series(uniques, dtype=series.dtype))
    result = parsed.to_numpy()[codes]
    return pd.Series(result, index=series.index)


def _parse_dates(values: pd.Series, formats: list[str], excel_serials: bool) -> pd.Series:
    text = values.astype(str).str.strip()
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[us]")
    todo = text != ""
    for fmt in formats:
        if not todo.any():
            break
        parsed = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        hit = parsed.notna()
        out.loc[parsed.index[hit]] = parsed[hit].astype("datetime64[us]")
        todo.loc[parsed.index[hit]] = False
    if excel_serials and todo.any():
        serial = pd.to_numeric(text[todo], errors="coerce")
        ok = serial.between(1, 2958465)  # Excel's valid serial range
        days = pd.to_timedelta(serial[ok], unit="D")
        out.loc[days.index] = (_EXCEL_EPOCH + days).astype("datetime64[us]")
    return out


def parse_date_column(frame: pd.DataFrame, column: str, profile: Profile,
                      problems: Problems, today: pd.Timestamp, reject: bool) -> pd.Series:
    raw = frame[column]
    formats = profile.date_formats + BUILTIN_DATE_FORMATS
    # Excel serial numbers only make sense where the value came from a workbook cell.
    from_xlsx = frame["_from_xlsx"]
    dates = _by_distinct(raw.where(~from_xlsx, "\x00" + raw),
                         lambda u: _parse_dates(u.str.lstrip("\x00"), formats,
                                                excel_serials=False)).astype("datetime64[us]")
    if from_xlsx.any():
        serial_dates = _parse_dates(raw[from_xlsx], formats, excel_serials=True)
        dates.loc[from_xlsx] = serial_dates
    given = raw.str.strip() != ""
    bad = given & dates.isna()
    severity = "reject" if reject else "warning"
    problems.add(bad, column, "not a date in a supported form (dd/mm/yyyy, dd/mm/yyyy "
                 "HH:MM, yyyy-mm-dd or the profile's formats)", severity)
    if column.endswith("_dob"):
        # Two-digit years read as the future belong to the previous century (a DOB).
        two_digit_year = raw.str.strip().str.match(r"^\d{1,2}\W\d{1,2}\W\d{2}(?:\s|$)")
        future_dob = (dates > today) & two_digit_year
        dates = dates.where(~future_dob, dates - pd.DateOffset(years=100))
    future = dates > today + pd.Timedelta(days=1)
    problems.add(future, column, "date is in the future", severity)
    return dates.where(~future)


def parse_flag_column(frame: pd.DataFrame, column: str, problems: Problems) -> pd.Series:
    text = frame[column].str.strip().str.lower()
    out = pd.Series(pd.NA, index=frame.index, dtype="boolean")
    out[text.isin(YES)] = True
    out[text.isin(NO)] = False
    bad = (text != "") & out.isna()
    problems.add(bad, column, "not a yes/no value (Y, Yes, TRUE, 1, N, No, FALSE, 0)",
                 "warning")
    return out


def apply_value_maps(frame: pd.DataFrame, profile: Profile) -> None:
    for column, mapping in profile.values.items():
        if column not in frame or not mapping:
            continue
        key = frame[column].str.strip().str.lower()
        mapped = key.map(mapping)
        frame[column] = mapped.where(mapped.notna(), frame[column])


def clean_text(series: pd.Series) -> pd.Series:
    """Control characters become spaces (line breaks and tabs kept); ends trimmed."""
    dirty = series.str.contains(_CONTROL, regex=True, na=False)
    if dirty.any():
        series = series.where(~dirty, series[dirty].str.replace(_CONTROL, " ", regex=True))
    return series.str.strip()


def normalise_offence_code(series: pd.Series) -> pd.Series:
    """`008/65` -> `8/65`; five digits `19512` -> `195/12`; upper case."""
    text = series.str.strip().str.upper().str.replace(" ", "", regex=False)
    padded = text.str.fullmatch(r"\d{5}")
    text = text.where(~padded, text.str.slice(0, 3) + "/" + text.str.slice(3))
    parts = text.str.extract(r"^0*(\d+)/0*(\d+)$")
    numeric = parts[0].notna()
    return text.where(~numeric, parts[0] + "/" + parts[1])


def _surname_first_to_comma(names: pd.Series) -> pd.Series:
    """'WHITAKER Jane' -> 'WHITAKER, Jane' where no comma says the order already.

    Only a capitalised first word marks a surname ('Tesco Stores Ltd' is left alone).
    """
    surname_first = names.str.match(r"^\s*[A-Z][A-Z'\-]+\s+\S", na=False) & \
        ~names.str.contains(",", regex=False, na=False) & \
        ~names.str.fullmatch(r"[^a-z]+", na=False)
    moved = names.str.replace(r"^\s*(\S+)\s+(.+)$", r"\1, \2", regex=True)
    return names.where(~surname_first, moved)


def to_canonical(frame: pd.DataFrame, profile: Profile, today: pd.Timestamp
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse and validate mapped text columns. Returns (rows, problems with _pos)."""
    problems = Problems(frame)
    apply_value_maps(frame, profile)
    out = pd.DataFrame(index=frame.index)
    out["source_file"] = frame["source_file"]
    out["source_line"] = frame["source_line"].astype("int64")
    for column in _TEXT_COLUMNS:
        text = _by_distinct(frame[column], clean_text) if column == "offence" else \
            frame[column].str.strip()
        out[column] = text.where(text != "", None) if column not in ("narrative", "flags") \
            else text
    out["narrative"] = clean_text(frame["narrative"])

    problems.add(out["crime_ref"].isna(), "crime_ref",
                 "no crime reference: the row cannot be linked to a crime", "reject")
    problems.add(out["victim_name"].isna() & out["victim_id"].isna(), "victim_name",
                 "no victim name or id: the row cannot be audited", "reject")
    problems.add(out["offence"].isna(), "offence", "no offence title", "warning")
    problems.add(out["narrative"] == "", "narrative", "empty narrative", "warning")

    out["recorded_date"] = parse_date_column(frame, "recorded_date", profile, problems,
                                             today, reject=True)
    problems.add((frame["recorded_date"].str.strip() == ""), "recorded_date",
                 "no recorded date: the row cannot be placed in a period", "reject")
    for column in ["offence_date", "victim_dob", "suspect_dob", "risk_date",
                   "screening_date", "referral_date", "triage_date", "outcome_date"]:
        out[column] = parse_date_column(frame, column, profile, problems, today, reject=False)
    out["offence_date"] = out["offence_date"].fillna(out["recorded_date"])
    for role in ("victim", "suspect"):
        dob = out[f"{role}_dob"]
        after = dob.notna() & (dob > out["offence_date"])
        problems.add(after, f"{role}_dob", "date of birth is after the offence date; "
                     "ignored", "warning")
        out[f"{role}_dob"] = dob.where(~after)

    for column in ["domestic", "screening_tool", "investigation_plan"]:
        out[column] = parse_flag_column(frame, column, problems)

    out["offence_code"] = _by_distinct(out["offence_code"].fillna(""),
                                       normalise_offence_code).replace("", None)
    outcome = out["outcome_code"].fillna("").str.upper()
    bad_outcome = (outcome != "") & ~outcome.str.contains(_OUTCOME, regex=True)
    problems.add(bad_outcome, "outcome_code", "not a Home Office outcome number (1-22)",
                 "warning")
    out["outcome_code"] = outcome.where((outcome != "") & ~bad_outcome, None)
    risk = out["risk_level"].fillna("").str.lower()
    bad_risk = (risk != "") & ~risk.isin(RISK_LEVELS)
    problems.add(bad_risk, "risk_level", "not a risk grading (standard, medium, high)",
                 "warning")
    out["risk_level"] = risk.where((risk != "") & ~bad_risk, None)
    for column in ("relationship", "spo"):
        out[column] = out[column].str.lower()
    out["flags"] = out["flags"].str.replace(r"\s*[;,]\s*", "; ", regex=True).str.strip("; ")

    for role in ("victim", "suspect"):
        names = out[f"{role}_name"]
        if profile.name_order == "surname_first":
            names = _surname_first_to_comma(names)
        out[f"{role}_name_norm"] = _by_distinct(names, normalise_name_series)
        out[f"{role}_postcode"] = _by_distinct(out[f"{role}_postcode"],
                                               normalise_postcode_series)
    text_columns = [c for c in ROW_COLUMNS if c in out and out[c].dtype == object]
    out[text_columns] = out[text_columns].astype("str")
    return out[ROW_COLUMNS], problems.table()


def reject_mask(index: pd.Index, problems: pd.DataFrame) -> np.ndarray:
    rejected = problems.loc[problems["severity"] == "reject", "_pos"].unique()
    return index.isin(rejected)
