"""The load stage: export files in, canonical rows out, every row accounted for.

    load_inputs(paths, profile="generic", sheet=None) -> LoadResult

rows read = rows kept + rows rejected + exact duplicates. Rejected rows and warnings are
in LoadResult.problems with file, line, column, value and reason.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.compute as pc
from rapidfuzz import process

from audit_cli.errors import AuditError
from audit_cli.load.profile import (CANONICAL_COLUMNS, REQUIRED_COLUMNS, Profile, header_key,
                                    load_profile)
from audit_cli.load.reading import RawFile, read_file
from audit_cli.load.validate import to_canonical
from audit_cli.model import PROBLEM_COLUMNS, InputFile, LoadResult, RowAccount
from audit_cli.frames import to_arrow
from audit_cli.report.safety import BIDI_CONTROLS

__all__ = ["load_inputs", "load_profile", "CANONICAL_COLUMNS", "REQUIRED_COLUMNS"]


def _suggest(missing: str, headers: list[str]) -> str:
    if not headers:
        return ""
    match = process.extractOne(missing.replace("_", " "), headers, score_cutoff=60)
    return f" (closest present: {match[0]!r})" if match else ""


def map_columns(raw: RawFile, profile: Profile) -> pd.DataFrame:
    """Rename source headers to canonical names; fail once, listing every missing column."""
    lookup = profile.header_lookup()
    renames: dict[str, str] = {}
    for header in raw.frame.columns:
        canonical = lookup.get(header_key(header))
        if canonical is None:
            continue  # extra columns are allowed and ignored
        if canonical in renames.values():
            first = next(h for h, c in renames.items() if c == canonical)
            raise AuditError(f"columns {first!r} and {header!r} both map to {canonical!r}; "
                             "remove one or fix the profile", file=str(raw.path), row=1)
        renames[header] = canonical
    missing = [c for c in REQUIRED_COLUMNS if c not in renames.values()]
    if missing:
        unmapped = [h for h in raw.frame.columns if h not in renames]
        listed = "; ".join(f"{c}{_suggest(c, unmapped)}" for c in missing)
        raise AuditError(f"missing required column(s): {listed}. Rename the header(s) or use "
                         f"a profile (--profile) that maps them (profile: {profile.name})",
                         file=str(raw.path), row=1)
    frame = raw.frame[list(renames)].rename(columns=renames)
    for column in CANONICAL_COLUMNS:
        if column not in frame:
            frame[column] = ""
    frame = frame[CANONICAL_COLUMNS].astype(str)
    if raw.may_hold_bidi:
        frame = without_bidi_controls(frame)
    frame["source_file"] = raw.path.name
    # The spreadsheet row number: header is row 1, so the first record is row 2. It is
    # the physical line too unless a quoted field holds a line break.
    frame["source_line"] = range(2, len(frame) + 2)
    frame["_from_xlsx"] = raw.sheet is not None
    return frame


def without_bidi_controls(frame: pd.DataFrame) -> pd.DataFrame:
    """Right-to-left overrides and the other bidirectional controls removed from every
    value, so that no output (HTML, workbook, CSV) shows a value reordered. One RE2 scan
    per column; a column is rewritten only when it holds one."""
    pattern = f"[{BIDI_CONTROLS}]"
    for column in frame.columns:
        values = to_arrow(frame[column])
        if pc.any(pc.match_substring_regex(values, pattern)).as_py():
            frame[column] = pd.Series(pc.replace_substring_regex(values, pattern, "")
                                      .to_pylist(), index=frame.index,
                                      dtype=frame[column].dtype)
    return frame


def _duplicates(frame: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Rows repeating an earlier row exactly (every canonical column equal), as a row mask,
    and one 'duplicate' problem per such row naming the row it repeats.

    Only rows sharing a crime_ref with another row can repeat one, and most crimes have
    one row: the comparison runs on those few rows alone.
    """
    codes, _ = pd.factorize(frame["crime_ref"], use_na_sentinel=False)
    shared = np.bincount(codes)[codes] > 1 if len(codes) else np.zeros(0, dtype=bool)
    dup = np.zeros(len(frame), dtype=bool)
    if not shared.any():
        return dup, _duplicate_problems(frame, dup)
    candidates = frame[shared]
    repeats = candidates.duplicated(subset=CANONICAL_COLUMNS, keep="first").to_numpy()
    dup[shared] = repeats
    return dup, _duplicate_problems(candidates, repeats)


def _duplicate_problems(frame: pd.DataFrame, dup: np.ndarray) -> pd.DataFrame:
    """One 'duplicate' problem per dropped row, naming the row it repeats.

    Which rows are duplicates was decided exactly (DataFrame.duplicated); a row hash only
    finds the first occurrence to name, far cheaper than merging on every column.
    """
    if not dup.any():
        return pd.DataFrame(columns=["_pos", *PROBLEM_COLUMNS])
    keys = pd.util.hash_pandas_object(frame[CANONICAL_COLUMNS], index=False).to_numpy()
    first_of = pd.Series(frame.index[~dup], index=keys[~dup])
    first_of = first_of[~first_of.index.duplicated()]
    first = frame.loc[first_of.reindex(keys[dup]).to_numpy()]
    dupes = frame[dup]
    return pd.DataFrame({
        "_pos": dupes.index.to_numpy(),
        "source_file": dupes["source_file"].to_numpy(),
        "source_line": dupes["source_line"].to_numpy(),
        "crime_ref": dupes["crime_ref"].to_numpy(),
        "column": "",
        "value": "",
        "reason": ("exact duplicate of " + first["source_file"].astype(str) + " row "
                   + first["source_line"].astype(str)).to_numpy(),
        "severity": "duplicate",
    })


def _short_row_warnings(frame: pd.DataFrame, raw: RawFile, offset: int) -> pd.DataFrame:
    """A warning per record that held fewer fields than the header (read as empty)."""
    positions = np.array(sorted(raw.short_rows), dtype=np.int64)
    fields = [raw.short_rows[p] for p in positions]
    rows = frame.iloc[positions]
    return pd.DataFrame({
        "_pos": positions + offset,
        "source_file": rows["source_file"].to_numpy(),
        "source_line": rows["source_line"].to_numpy(),
        "crime_ref": rows["crime_ref"].to_numpy(),
        "column": "",
        "value": [f"{n} of {len(raw.frame.columns)} fields" for n in fields],
        "reason": "the row has fewer fields than the header; its last fields were read as "
                  "empty (a line break in an unquoted field, or a cut-off export?)",
        "severity": "warning",
    }, columns=["_pos", *PROBLEM_COLUMNS])


def _swallow_problems(frame: pd.DataFrame, raw: RawFile, offset: int
                      ) -> tuple[np.ndarray, pd.DataFrame, int]:
    """A quote left open (RawFile.swallowing): the row holding it is rejected (its field
    holds other records' values), and each record it swallowed is counted as read and
    rejected, so rows read reconciles with the records in the file. Returns the rows'
    positions, the problems and the number of swallowed records."""
    positions = np.array(sorted(raw.swallowing), dtype=np.int64)
    empty = pd.DataFrame(columns=["_pos", *PROBLEM_COLUMNS])
    if not len(positions):
        return positions, empty, 0
    problems = []
    swallowed = 0
    for position in positions:
        column, records = raw.swallowing[int(position)]
        row = frame.iloc[int(position)]
        line = int(row["source_line"])
        problems.append({
            "_pos": position + offset, "source_file": row["source_file"], "source_line": line,
            "crime_ref": row["crime_ref"], "column": column,
            "value": f"{records} record(s) inside one field",
            "reason": "a quote left open in this field ran on through the following "
                      f"{records} record(s); the row and those records are rejected: fix the "
                      "quote (a lone \" in the text) and export again",
            "severity": "reject"})
        for k in range(1, records + 1):
            problems.append({
                "_pos": position + offset, "source_file": row["source_file"],
                "source_line": line, "crime_ref": "", "column": column,
                "value": f"record {k} of {records}",
                "reason": f"swallowed by the quote left open in row {line}; not audited",
                "severity": "reject"})
        swallowed += records
    table = pd.DataFrame(problems, columns=["_pos", *PROBLEM_COLUMNS])
    return positions + offset, table.astype({"_pos": np.int64, "source_line": np.int64}), \
        swallowed


def _encoding_warnings(raw: RawFile, offset: int) -> pd.DataFrame:
    """One warning per physical line of a UTF-8 file that was read as Windows-1252."""
    return pd.DataFrame({
        "_pos": offset, "source_file": raw.path.name,
        "source_line": np.asarray(raw.cp1252_lines, dtype=np.int64),
        "crime_ref": "", "column": "", "value": "",
        "reason": "this line is not UTF-8 (the rest of the file is); it was read as "
                  "Windows-1252: check its accented letters, and export the file as UTF-8",
        "severity": "warning"}, columns=["_pos", *PROBLEM_COLUMNS])


def load_inputs(paths: list[Path | str], profile: Profile | str | Path = "generic",
                sheet: str | None = None, today: pd.Timestamp | None = None) -> LoadResult:
    if not paths:
        raise AuditError("no input files given")
    if not isinstance(profile, Profile):
        profile = load_profile(profile)
    today = (today or pd.Timestamp.now()).normalize()
    frames, inputs, short, swallowing, extra = [], [], [], [], 0
    # Files in a canonical order, by content (sha256), not as listed: the order of rows
    # decides which record is "first" in linking, and so every person id and case id;
    # "jul.csv aug.csv" and "aug.csv jul.csv" must give the same ids.
    raws = sorted((read_file(path, sheet) for path in map(Path, paths)),
                  key=lambda raw: (raw.sha256, str(raw.path)))
    for raw in raws:
        path = raw.path
        offset = sum(len(f) for f in frames)
        frames.append(map_columns(raw, profile))
        positions, problems, swallowed = _swallow_problems(frames[-1], raw, offset)
        inputs.append(InputFile(str(path), raw.sha256, len(raw.frame) + swallowed,
                                raw.encoding, raw.delimiter, raw.sheet))
        short.append(_short_row_warnings(frames[-1], raw, offset))
        swallowing.append((positions, pd.concat([problems, _encoding_warnings(raw, offset)])))
        extra += swallowed
    frame = pd.concat(frames, ignore_index=True)
    read = len(frame) + extra
    if read == 0:
        raise AuditError("the input holds a header but no records",
                         file=", ".join(str(p) for p in paths))

    dup, duplicates = _duplicates(frame)
    rejected_whole = np.zeros(len(frame), dtype=bool)
    for positions, _ in swallowing:
        rejected_whole[positions] = True
    dup &= ~rejected_whole
    duplicates = duplicates[~rejected_whole[duplicates["_pos"].to_numpy(dtype=np.int64)]]
    kept, problems = to_canonical(frame, profile, today, skip=dup | rejected_whole)
    kept.insert(0, "row_id", range(len(kept)))

    # A dropped duplicate is reported as that alone.
    short = [s[~dup[s["_pos"].to_numpy(dtype=np.int64)]] for s in short]
    problems = pd.concat([problems, duplicates, *short, *(p for _, p in swallowing)],
                         ignore_index=True)
    problems = problems.sort_values(["_pos", "severity", "column"], kind="stable")
    problems = problems.drop(columns="_pos").reset_index(drop=True)[PROBLEM_COLUMNS]
    duplicated = int(dup.sum())
    account = RowAccount(read=read, kept=len(kept), rejected=read - len(kept) - duplicated,
                         duplicates=duplicated)
    assert account.read == account.kept + account.rejected + account.duplicates
    return LoadResult(rows=kept, problems=problems, account=account, inputs=inputs,
                      profile=profile.name)
