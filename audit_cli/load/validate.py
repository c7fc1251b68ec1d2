"""Turning mapped text columns into the canonical model, recording every problem.

Every parse is vectorised and done once per distinct value of a column (a quarter has a
few hundred distinct dates and flags among a million rows), then mapped back by position.
A value that does not parse is never a silent NaT or NA: it becomes a problem row naming
the file, line, column, value and reason.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import frames
from audit_cli.load.profile import Profile
from audit_cli.model import ROW_COLUMNS
from audit_cli.names import normalise_name_series, normalise_postcode_series

# Day-first UK forms and ISO 8601, tried in this order after any profile formats.
BUILTIN_DATE_FORMATS = [
    "%d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
    "%d/%m/%y", "%d/%m/%y %H:%M", "%d-%m-%Y", "%d.%m.%Y",
]
# The usual day-first forms, written at fixed width, are read with array arithmetic: the
# general parser takes ~1.5 µs a value, which a million distinct timestamps notice. Years
# outside 1900-2100 (and anything else) are left to it.
_FIXED_WIDTH = {"%d/%m/%Y": r"^\d\d/\d\d/\d\d\d\d$",
                "%d/%m/%Y %H:%M": r"^\d\d/\d\d/\d\d\d\d \d\d:\d\d$"}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
YES = {"y", "yes", "true", "1"}
NO = {"n", "no", "false", "0"}
RISK_LEVELS = {"standard", "medium", "high"}
# Home Office outcome types 1-22 (domain.md §6); 1A etc. are sub-types of a number.
_OUTCOME = r"^(?:[1-9]|1\d|2[0-2])[A-Z]?$"
# A pattern string (not a compiled regex) lets pandas hand it to pyarrow's RE2 engine.
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
# Text columns whose values are nearly all distinct: worked on row by row, not by value.
_ROW_WISE = ["crime_ref", "narrative", "victim_id", "suspect_id"]
_TEXT_COLUMNS = ["crime_ref", "offence_code", "offence", "narrative", "victim_name",
                 "victim_postcode", "victim_id", "suspect_name", "suspect_postcode",
                 "suspect_id", "relationship", "flags", "allocated_team", "risk_level",
                 "support_referral", "spo", "outcome_code"]


class Distinct:
    """A column as its distinct values plus, per row, the position of the row's value.

    Every parse and check runs once per distinct value and is mapped back by position: a
    quarter of a million rows holds a few hundred distinct dates or flags and a few
    hundred thousand distinct names, and mapping back is one array take.
    """

    def __init__(self, codes: np.ndarray, values: pd.Series, index: pd.Index):
        self.codes = codes
        self.values = values  # may repeat (a value map sends two spellings to one)
        self.index = index

    @classmethod
    def of(cls, series: pd.Series) -> "Distinct":
        codes, uniques = pd.factorize(series, sort=False, use_na_sentinel=False)
        return cls(codes, pd.Series(uniques, dtype=series.dtype), series.index)

    def with_values(self, values: pd.Series) -> "Distinct":
        return Distinct(self.codes, values.reset_index(drop=True), self.index)

    def rows(self, per_value: pd.Series, at: np.ndarray | None = None) -> pd.Series:
        """Per-value results as a Series over the rows (or the rows at positions `at`)."""
        if at is None:
            return pd.Series(per_value.array.take(self.codes), index=self.index)
        return pd.Series(per_value.array.take(self.codes[at]))

    def mask(self, per_value: pd.Series) -> np.ndarray:
        return np.asarray(per_value, dtype=bool)[self.codes]


class Problems:
    """Collects problem rows; each is (row positions, column, raw values, reason, severity).

    Rows marked in `skip` (exact duplicates, already reported) get no problems.
    `rejected` marks the rows with a problem of severity 'reject'.
    """

    def __init__(self, frame: pd.DataFrame, skip: np.ndarray):
        self._frame = frame
        self._checked = ~skip
        self._parts: list[pd.DataFrame] = []
        self.rejected = np.zeros(len(frame), dtype=bool)

    def add(self, mask: np.ndarray | pd.Series, column: str, reason: str,
            severity: str) -> None:
        """One problem per row where `mask` is true; the value shown is the row's raw text."""
        mask = np.asarray(mask, dtype=bool) & self._checked
        if severity == "reject":
            self.rejected |= mask
        where = np.flatnonzero(mask)
        if not len(where):
            return
        frame = self._frame
        self._parts.append(pd.DataFrame({
            "_pos": frame.index[where].to_numpy(),
            "source_file": frame["source_file"].take(where).to_numpy(),
            "source_line": frame["source_line"].take(where).to_numpy(),
            "crime_ref": frame["crime_ref"].take(where).to_numpy(),
            "column": column,
            "value": frame[column].take(where) if column in frame else "",
            "reason": reason,
            "severity": severity,
        }))

    def kept(self) -> np.ndarray:
        """Positions of the rows checked and not rejected."""
        return np.flatnonzero(self._checked & ~self.rejected)

    def table(self) -> pd.DataFrame:
        if not self._parts:
            return pd.DataFrame(columns=["_pos", "source_file", "source_line", "crime_ref",
                                         "column", "value", "reason", "severity"])
        table = pd.concat(self._parts, ignore_index=True)
        table["value"] = table["value"].astype(str).str.slice(0, 200)
        return table


def parse_fixed_width(text: pd.Series, fmt: str) -> pd.Series:
    """Dates written in `fmt` (a key of _FIXED_WIDTH) at fixed width; NaT for other values.

    Where it gives a date, pd.to_datetime(format=fmt) gives the same one; a value it
    leaves NaT may still be a date in that format ("1/7/2026", year 1850) for pandas.
    """
    values = frames.to_arrow(text.astype("str"))
    at = np.flatnonzero(pc.match_substring_regex(values, _FIXED_WIDTH[fmt]).fill_null(False))
    written = values.take(at)

    def number(start: int, stop: int) -> np.ndarray:
        part = pc.utf8_slice_codeunits(written, start, stop)
        return pc.cast(part, pa.int64()).to_numpy()

    day, month, year = number(0, 2), number(3, 5), number(6, 10)
    no_time = np.zeros(len(at), dtype=np.int64)
    hour, minute = (number(11, 13), number(14, 16)) if " " in fmt else (no_time, no_time)
    months = ((year - 1970) * 12 + month - 1).astype("datetime64[M]")
    days = months.astype("datetime64[D]") + (day - 1)
    valid = ((year >= 1900) & (year <= 2100) & (month >= 1) & (month <= 12) & (day >= 1)
             & (days.astype("datetime64[M]") == months) & (hour <= 23) & (minute <= 59))
    stamps = days.astype("datetime64[us]") + ((hour * 60 + minute) * 60_000_000).astype(
        "timedelta64[us]")
    out = np.full(len(text), np.datetime64("NaT"), dtype="datetime64[us]")
    out[at[valid]] = stamps[valid]
    return pd.Series(out, index=text.index)


def _parse_dates(values: pd.Series, formats: list[str], excel_serials: bool) -> pd.Series:
    """Each value parsed by the first format that reads it whole; NaT when none does."""
    text = values.astype(str).str.strip()
    out = np.full(len(text), np.datetime64("NaT"), dtype="datetime64[us]")
    todo = (text != "").to_numpy(dtype=bool, copy=True)
    # Fixed-width day-first values are read up front and filed when their format's turn
    # comes. No other built-in format reads such a value, so those skip them; a profile's
    # formats, tried first, still see every value.
    fixed = {fmt: parse_fixed_width(text, fmt).to_numpy() for fmt in _FIXED_WIDTH
             if fmt in formats}
    reserved = np.zeros(len(text), dtype=bool)
    for dates in fixed.values():
        reserved |= ~np.isnat(dates)
    for fmt in formats:
        if fmt in fixed:
            hit = todo & ~np.isnat(fixed[fmt])
            out[hit] = fixed[fmt][hit]
            todo &= ~hit
        if not todo.any():
            break
        asked = np.flatnonzero(todo & ~reserved if fmt in BUILTIN_DATE_FORMATS else todo)
        if not len(asked):
            continue
        parsed = pd.to_datetime(text.iloc[asked], format=fmt, errors="coerce")
        hit = parsed.notna().to_numpy()
        out[asked[hit]] = parsed[hit].astype("datetime64[us]").to_numpy()
        todo[asked[hit]] = False
    if excel_serials and todo.any():
        left = np.flatnonzero(todo)
        serial = pd.to_numeric(text.iloc[left], errors="coerce")
        ok = serial.between(1, 2958465).to_numpy()  # Excel's valid serial range
        days = pd.to_timedelta(serial[ok], unit="D")
        out[left[ok]] = (_EXCEL_EPOCH + days).astype("datetime64[us]").to_numpy()
    return pd.Series(out, index=text.index)


def _date_values(raw: Distinct, formats: list[str], excel_serials: bool, dob: bool,
                 today: pd.Timestamp) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: (dates, not-a-date, in-the-future), worked out once per distinct value."""
    # A leading NUL is dropped before parsing text (it cannot start a date anyway).
    text = raw.values if excel_serials else raw.values.str.lstrip("\x00")
    dates = _parse_dates(text, formats, excel_serials)
    stripped = raw.values.str.strip()
    bad = (stripped != "") & dates.isna()
    if dob:
        # Two-digit years read as the future belong to the previous century (a DOB).
        two_digit_year = stripped.str.match(r"^\d{1,2}\W\d{1,2}\W\d{2}(?:\s|$)")
        future_dob = (dates > today) & two_digit_year
        dates = dates.where(~future_dob, dates - pd.DateOffset(years=100))
    future = dates > today + pd.Timedelta(days=1)
    dates = dates.where(~future).to_numpy(dtype="datetime64[us]")
    return dates[raw.codes], raw.mask(bad), raw.mask(future)


def parse_date_column(frame: pd.DataFrame, column: str, raw: Distinct, profile: Profile,
                      problems: Problems, today: pd.Timestamp, reject: bool) -> np.ndarray:
    """The column's dates (datetime64[us], NaT where empty, unreadable or in the future)."""
    formats = profile.date_formats + BUILTIN_DATE_FORMATS
    dob = column.endswith("_dob")
    # Excel serial numbers only make sense where the value came from a workbook cell.
    from_xlsx = frame["_from_xlsx"].to_numpy(dtype=bool)
    if not from_xlsx.any() or from_xlsx.all():
        dates, bad, future = _date_values(raw, formats, bool(from_xlsx.any()), dob, today)
    else:  # CSV and workbook files together: each part is read its own way
        dates = np.empty(len(frame), dtype="datetime64[us]")
        bad, future = np.empty(len(frame), dtype=bool), np.empty(len(frame), dtype=bool)
        for rows, excel_serials in ((~from_xlsx, False), (from_xlsx, True)):
            part = Distinct.of(frame[column][rows])
            dates[rows], bad[rows], future[rows] = _date_values(part, formats, excel_serials,
                                                                dob, today)
    severity = "reject" if reject else "warning"
    problems.add(bad, column, "not a date in a supported form (dd/mm/yyyy, dd/mm/yyyy "
                 "HH:MM, yyyy-mm-dd or the profile's formats)", severity)
    problems.add(future, column, "date is in the future", severity)
    return dates


def parse_flag_column(raw: Distinct, column: str, problems: Problems) -> pd.Series:
    """True, False or NA for each distinct value of a yes/no column."""
    text = raw.values.str.strip().str.lower()
    out = pd.Series(pd.NA, index=text.index, dtype="boolean")
    out[text.isin(YES)] = True
    out[text.isin(NO)] = False
    bad = (text != "") & out.isna()
    problems.add(raw.mask(bad), column, "not a yes/no value (Y, Yes, TRUE, 1, N, No, FALSE, "
                 "0)", "warning")
    return out


def apply_value_maps(frame: pd.DataFrame, profile: Profile,
                     distinct: dict[str, Distinct]) -> None:
    """The profile's value maps, worked out on the distinct values; the mapped columns'
    Distinct go into `distinct`."""
    for column, mapping in profile.values.items():
        if column not in frame or not mapping:
            continue
        raw = Distinct.of(frame[column])
        mapped = raw.values.str.strip().str.lower().map(mapping)
        distinct[column] = raw.with_values(mapped.where(mapped.notna(), raw.values))
        frame[column] = distinct[column].rows(distinct[column].values)


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


def _or_none(text: pd.Series) -> pd.Series:
    return text.where(text != "", None)


def _text_values(raw: Distinct, column: str) -> pd.Series:
    """A text column's distinct values trimmed (the offence title also cleaned)."""
    text = clean_text(raw.values) if column == "offence" else raw.values.str.strip()
    return text if column == "flags" else _or_none(text)


def _code_values(values: pd.Series, column: str, problems: Problems, raw: Distinct
                 ) -> pd.Series:
    """Outcome codes and risk gradings checked against their lists; others unchanged."""
    if column == "offence_code":
        return normalise_offence_code(values.fillna("")).replace("", None)
    if column == "outcome_code":
        outcome = values.fillna("").str.upper()
        bad = (outcome != "") & ~outcome.str.contains(_OUTCOME, regex=True)
        problems.add(raw.mask(bad), column, "not a Home Office outcome number (1-22)",
                     "warning")
        return outcome.where((outcome != "") & ~bad, None)
    if column == "risk_level":
        risk = values.fillna("").str.lower()
        bad = (risk != "") & ~risk.isin(RISK_LEVELS)
        problems.add(raw.mask(bad), column, "not a risk grading (standard, medium, high)",
                     "warning")
        return risk.where((risk != "") & ~bad, None)
    if column in ("relationship", "spo"):
        return values.str.lower()
    if column == "flags":
        return values.str.replace(r"\s*[;,]\s*", "; ", regex=True).str.strip("; ")
    return values


def to_canonical(frame: pd.DataFrame, profile: Profile, today: pd.Timestamp,
                 skip: np.ndarray | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse and validate mapped text columns: (kept rows, problems with _pos).

    Rows marked in `skip` (exact duplicates) are neither checked nor kept; rows with a
    'reject' problem are not kept. Kept rows come in frame order with a fresh index.
    Everything is computed over all rows first and the kept rows are taken once at the end,
    so no column is copied twice.
    """
    problems = Problems(frame, np.zeros(len(frame), dtype=bool) if skip is None else skip)
    distinct: dict[str, Distinct] = {}
    apply_value_maps(frame, profile, distinct)

    def raw(column: str) -> Distinct:
        if column not in distinct:
            distinct[column] = Distinct.of(frame[column])
        return distinct[column]

    # Nearly every crime_ref, id and narrative is distinct: those are done row by row.
    by_row = {c: _or_none(frame[c].str.strip()) for c in _ROW_WISE if c != "narrative"}
    by_row["narrative"] = clean_text(frame["narrative"])
    values = {c: _text_values(raw(c), c) for c in _TEXT_COLUMNS if c not in _ROW_WISE}

    def missing(column: str) -> np.ndarray:
        if column in by_row:
            return by_row[column].isna().to_numpy()
        return raw(column).mask(values[column].isna())

    problems.add(missing("crime_ref"), "crime_ref",
                 "no crime reference: the row cannot be linked to a crime", "reject")
    problems.add(missing("victim_name") & missing("victim_id"), "victim_name",
                 "no victim name or id: the row cannot be audited", "reject")
    problems.add(missing("offence"), "offence", "no offence title", "warning")
    problems.add(by_row["narrative"] == "", "narrative", "empty narrative", "warning")

    recorded = raw("recorded_date")
    dates = {"recorded_date": parse_date_column(frame, "recorded_date", recorded, profile,
                                                problems, today, reject=True)}
    problems.add(recorded.mask(recorded.values.str.strip() == ""), "recorded_date",
                 "no recorded date: the row cannot be placed in a period", "reject")
    for column in ["offence_date", "victim_dob", "suspect_dob", "risk_date",
                   "screening_date", "referral_date", "triage_date", "outcome_date"]:
        dates[column] = parse_date_column(frame, column, raw(column), profile, problems,
                                          today, reject=False)
    offence_date = dates["offence_date"]
    dates["offence_date"] = np.where(np.isnat(offence_date), dates["recorded_date"],
                                     offence_date)
    for role in ("victim", "suspect"):
        dob = dates[f"{role}_dob"]
        after = dob > dates["offence_date"]  # false where either is NaT
        problems.add(after, f"{role}_dob", "date of birth is after the offence date; "
                     "ignored", "warning")
        dates[f"{role}_dob"] = np.where(after, np.datetime64("NaT"), dob)

    for column in ["domestic", "screening_tool", "investigation_plan"]:
        values[column] = parse_flag_column(raw(column), column, problems)
    for column in ["offence_code", "outcome_code", "risk_level", "relationship", "spo",
                   "flags"]:
        values[column] = _code_values(values[column], column, problems, raw(column))
    for role in ("victim", "suspect"):
        names = values[f"{role}_name"]
        if profile.name_order == "surname_first":
            names = _surname_first_to_comma(names)
        values[f"{role}_name_norm"] = normalise_name_series(names)
        values[f"{role}_postcode"] = normalise_postcode_series(values[f"{role}_postcode"])

    kept = problems.kept()
    out = pd.DataFrame({
        "source_file": frame["source_file"].take(kept).reset_index(drop=True),
        "source_line": frame["source_line"].astype("int64").take(kept).reset_index(drop=True),
    })
    for column, per_row in by_row.items():
        out[column] = per_row.take(kept).reset_index(drop=True)
    for column, per_value in values.items():
        source = column.removesuffix("_norm")
        out[column] = raw(source).rows(per_value, at=kept)
    for column, per_row in dates.items():
        out[column] = per_row[kept]
    text_columns = [c for c in ROW_COLUMNS if c in out and out[c].dtype == object]
    out[text_columns] = out[text_columns].astype("str")
    return out[ROW_COLUMNS], problems.table()
