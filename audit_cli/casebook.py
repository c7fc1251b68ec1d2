"""The case book: every analyst decision, kept in one SQLite file across runs.

    book = CaseBook(path)                       # created on first write
    book.import_files([report_xlsx, decisions_csv])
    statuses = review_statuses(cases, case_crimes, book.latest())

Decisions come back from a reviewed report.xlsx (the Cases sheet's Decision, Reviewer,
Reviewed on and Notes) or a decisions.csv (case_id, decision, reviewer, reviewed_on, notes
and, optionally, crime_refs). Each is stored with who decided, when, on which run (tool
version and input sha256 from the workbook's Method sheet) and the crimes the case held
then. Nothing is ever deleted or overwritten: a different decision on the same case is a
new row, and the latest (by reviewed_on, then import order) wins.

Every file is read and checked in full before the book is opened for writing, and all
rows go in one transaction: a bad file or a crash mid-import leaves the book as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from audit_cli import __version__, frames
from audit_cli.errors import AuditError

CASEBOOK_NAME = "casebook.sqlite"
SCHEMA_VERSION = 1
# The stored value and the words an analyst may use for it (the workbook's drop-down shows
# the first; case, spaces, hyphens and underscores are ignored when reading).
DECISION_WORDS = {
    "confirmed_stalking": ("Confirmed stalking", "confirmed", "stalking"),
    "not_stalking": ("Not stalking", "rejected", "no concern"),
    "needs_more_information": ("Needs more information", "more information"),
}
DECISION_LABELS = {value: words[0] for value, words in DECISION_WORDS.items()}
CSV_COLUMNS = ["case_id", "decision", "reviewer", "reviewed_on", "notes"]
CSV_REQUIRED = ["case_id", "decision"]  # the others may be left out; crime_refs may be added
CSV_OPTIONAL = ["crime_refs"]
CASES_SHEET = "Cases"
# Workbook header -> field; "Reviewer notes" is the header of workbooks before the triage
# layout, still read so their decisions are not lost.
WORKBOOK_HEADERS = {"Case": "case_id", "Decision": "decision", "Reviewer": "reviewer",
                    "Reviewed on": "reviewed_on", "Notes": "notes",
                    "Reviewer notes": "notes", "Crime refs": "crime_refs",
                    "Review status": "shown_status"}
FIELDS = ["case_id", "decision", "reviewer", "reviewed_on", "notes", "crime_refs"]

STATUS_NEW = "new"
STATUS_REVIEWED = "reviewed"
STATUS_NEW_RECORDS = "reviewed, new records"
STATUS_CONFLICT = "decision conflicts"
# Report order: what needs the analyst first.
STATUS_ORDER = {STATUS_NEW: 0, STATUS_NEW_RECORDS: 0, STATUS_CONFLICT: 1, STATUS_REVIEWED: 2}
# A decision contradicted by this run's verdict (the analyst's word still stands; the
# case is shown so they can look again).
CONFLICTS = {("confirmed_stalking", "no_concern"), ("not_stalking", "missed_stalking")}
REVIEW_COLUMNS = ["review_status", "decision", "reviewer", "reviewed_on", "reviewer_notes",
                  "new_records"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS book (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    reviewed_on TEXT NOT NULL,
    notes TEXT NOT NULL,
    crime_refs TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    run_tool_version TEXT NOT NULL,
    run_inputs_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by_version TEXT NOT NULL,
    UNIQUE (case_id, decision, reviewer, reviewed_on, notes, crime_refs)
);
CREATE INDEX IF NOT EXISTS decisions_case ON decisions (case_id);
"""


@dataclass
class Decision:
    case_id: str
    decision: str
    reviewer: str
    reviewed_on: str
    notes: str
    crime_refs: str
    # the review status the workbook showed beside it ("" for a decisions.csv): a decision
    # shown on a case the book did not know was carried over, not entered
    shown_status: str = ""


@dataclass
class DecisionFile:
    """The decisions read from one file, with where they came from."""

    path: Path
    sha256: str
    run_tool_version: str
    run_inputs_sha256: str
    decisions: list[Decision]
    undecided: int  # rows with no decision (not yet reviewed): nothing to store


@dataclass
class ImportSummary:
    files: int
    added: int
    already: int
    undecided: int


# --------------------------------------------------------------------------- reading


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


_DECISION_LOOKUP = {_key(word): value for value, words in DECISION_WORDS.items()
                    for word in (value, *words)}


def parse_decision(value: str, where: dict) -> str | None:
    """The stored decision value, None when blank; an AuditError naming the cell when
    the value is not one the book knows."""
    text = str(value or "").strip()
    if not text:
        return None
    found = _DECISION_LOOKUP.get(_key(text))
    if found is None:
        allowed = ", ".join(DECISION_LABELS.values())
        raise AuditError(f"unknown decision {text!r}; use one of: {allowed}", **where)
    return found


def parse_day(value, where: dict) -> str:
    """A review date as YYYY-MM-DD ("" when blank): a date cell, ISO or day-first text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                "%d/%m/%Y %H:%M"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise AuditError(f"reviewed on {text!r} is not a date; write it as YYYY-MM-DD or "
                     "DD/MM/YYYY", **where)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _decisions_from_rows(rows, where_of) -> tuple[list[Decision], int]:
    """rows: (row number, {field: raw value}); where_of(row, field) -> AuditError place."""
    decisions, undecided = [], 0
    for number, raw in rows:
        decision = parse_decision(raw.get("decision"), where_of(number, "decision"))
        case = _text(raw.get("case_id"))
        if decision is None:
            undecided += 1
            continue
        if not case:
            raise AuditError("a decision without a case id; fill in the case id or clear "
                             "the decision", **where_of(number, "case_id"))
        decisions.append(Decision(
            case_id=case, decision=decision, reviewer=_text(raw.get("reviewer")),
            reviewed_on=parse_day(raw.get("reviewed_on"), where_of(number, "reviewed_on")),
            notes=_text(raw.get("notes")), crime_refs=_text(raw.get("crime_refs")),
            shown_status=_text(raw.get("shown_status"))))
    return decisions, undecided


def read_workbook(path: Path) -> DecisionFile:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a file that is not a workbook
        raise AuditError(f"cannot read the workbook: {exc}; give a report.xlsx made by "
                         "audit run, or a decisions.csv", file=str(path)) from None
    try:
        if CASES_SHEET not in book.sheetnames:
            raise AuditError(f"no {CASES_SHEET!r} sheet; give a report.xlsx made by audit run "
                             "for analysts", file=str(path))
        sheet = book[CASES_SHEET]
        place = f"{path}, sheet {CASES_SHEET}"
        rows = sheet.iter_rows(values_only=True)
        header_at, columns = None, {}
        for number, values in enumerate(rows, start=1):
            names = [_text(v) for v in values]
            if "Case" in names and "Decision" in names:
                header_at = number
                columns = {WORKBOOK_HEADERS[n]: i for i, n in enumerate(names)
                           if n in WORKBOOK_HEADERS}
                break
            if number > 5:
                break
        if header_at is None:
            raise AuditError("no header row with 'Case' and 'Decision' in the first 5 rows",
                             file=place)
        headers = {field: name for name, field in WORKBOOK_HEADERS.items()}

        def where_of(number, field):
            return {"file": place, "row": number, "column": headers.get(field, field)}

        def records():
            for number, values in enumerate(rows, start=header_at + 1):
                if values is None or all(v is None for v in values):
                    continue
                yield number, {f: values[i] if i < len(values) else None
                               for f, i in columns.items()}

        decisions, undecided = _decisions_from_rows(records(), where_of)
        version, inputs = _run_of_workbook(book)
    finally:
        book.close()
    return DecisionFile(path=Path(path), sha256=_sha256(path), run_tool_version=version,
                        run_inputs_sha256=inputs, decisions=decisions, undecided=undecided)


def _run_of_workbook(book) -> tuple[str, str]:
    """(tool version, input sha256s ';'-joined) from the Method sheet, "" when absent."""
    if "Method" not in book.sheetnames:
        return "", ""
    version, hashes, in_inputs = "", [], False
    for values in book["Method"].iter_rows(values_only=True):
        first = _text(values[0]) if values else ""
        second = _text(values[1]) if values and len(values) > 1 else ""
        if first == "Tool" and second.startswith("audit "):
            version = second.removeprefix("audit ")
        elif first == "File" and second == "SHA-256":
            in_inputs = True
        elif in_inputs and len(second) == 64:
            hashes.append(second)
    return version, ";".join(hashes)


def read_decisions_csv(path: Path) -> DecisionFile:
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            reader = csv.reader(stream)
            header = next(reader, None)
            if header is None:
                raise AuditError("the file is empty; the first row must be the header "
                                 + ", ".join(CSV_COLUMNS), file=str(path), row=1)
            names = [h.strip().lower() for h in header]
            missing = [c for c in CSV_REQUIRED if c not in names]
            if missing:
                raise AuditError(f"missing column(s) {', '.join(missing)}; the header must be "
                                 + ", ".join(CSV_COLUMNS), file=str(path), row=1)
            at = {c: names.index(c) for c in [*CSV_COLUMNS, *CSV_OPTIONAL] if c in names}

            def records():
                for number, values in enumerate(reader, start=2):
                    if not any(v.strip() for v in values):
                        continue
                    if len(values) != len(header):
                        raise AuditError(f"{len(values)} fields where the header has "
                                         f"{len(header)}; quote values holding commas",
                                         file=str(path), row=number)
                    yield number, {f: values[i] for f, i in at.items()}

            decisions, undecided = _decisions_from_rows(
                records(), lambda number, field: {"file": str(path), "row": number,
                                                  "column": field})
    except FileNotFoundError:
        raise AuditError("decisions file not found", file=str(path)) from None
    except UnicodeDecodeError:
        raise AuditError("not UTF-8 text; save the decisions as CSV UTF-8",
                         file=str(path)) from None
    except csv.Error as exc:
        raise AuditError(f"not a readable CSV file: {exc}", file=str(path)) from None
    return DecisionFile(path=Path(path), sha256=_sha256(path), run_tool_version="",
                        run_inputs_sha256="", decisions=decisions, undecided=undecided)


def read_decision_file(path: Path) -> DecisionFile:
    path = Path(path)
    if not path.is_file():
        raise AuditError("decisions file not found; give a reviewed report.xlsx or a "
                         "decisions.csv", file=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_workbook(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return read_decisions_csv(path)
    raise AuditError("decisions must be a reviewed report.xlsx or a decisions.csv",
                     file=str(path))


# --------------------------------------------------------------------------- the book


class CaseBook:
    """One SQLite file. Opened per operation; every write is one transaction."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            conn.execute("PRAGMA foreign_keys = ON")
            return conn
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open the case book: {exc}", file=str(self.path)) from None

    def _check(self, conn: sqlite3.Connection) -> None:
        try:
            row = conn.execute("SELECT value FROM book WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise AuditError(f"not an audit case book ({exc}); give another --casebook",
                             file=str(self.path)) from None
        if row is None or row[0] != str(SCHEMA_VERSION):
            raise AuditError(f"case book schema {row[0] if row else 'missing'} is not "
                             f"{SCHEMA_VERSION}; give another --casebook", file=str(self.path))

    def exists(self) -> bool:
        return self.path.is_file()

    def import_files(self, files: list[DecisionFile]) -> ImportSummary:
        """Add the decisions of every file in one transaction. A row the book already
        holds, or that repeats the case's latest decision word for word (a workbook
        re-imported, its earlier decisions shown again), adds nothing."""
        if not any(f.decisions for f in files) and not self.exists():
            # nothing to keep: no empty book is left beside the reports
            return ImportSummary(files=len(files), added=0, already=0,
                                 undecided=sum(f.undecided for f in files))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not self.path.exists()
        conn = self._connect()
        added = already = 0
        try:
            if fresh:
                self.path.chmod(0o600)  # personal data: owner only, like the reports
            conn.execute("BEGIN IMMEDIATE")
            for statement in SCHEMA.split(";"):  # executescript would commit first
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT OR IGNORE INTO book VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            self._check(conn)
            now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
            for source in files:
                for item in source.decisions:
                    if self._repeats_latest(conn, item):
                        already += 1
                        continue
                    cursor = conn.execute(
                        "INSERT OR IGNORE INTO decisions (case_id, decision, reviewer, "
                        "reviewed_on, notes, crime_refs, source_file, source_sha256, "
                        "run_tool_version, run_inputs_sha256, imported_at, "
                        "imported_by_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (item.case_id, item.decision, item.reviewer, item.reviewed_on,
                         item.notes, item.crime_refs, source.path.name, source.sha256,
                         source.run_tool_version, source.run_inputs_sha256, now, __version__))
                    added += cursor.rowcount
                    already += 1 - cursor.rowcount
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()
        return ImportSummary(files=len(files), added=added, already=already,
                             undecided=sum(f.undecided for f in files))

    @staticmethod
    def _repeats_latest(conn: sqlite3.Connection, item: Decision) -> bool:
        row = conn.execute(LATEST_SQL + " WHERE case_id = ? ORDER BY reviewed_on DESC, id DESC "
                           "LIMIT 1", (item.case_id,)).fetchone()
        if row is not None:
            return tuple(row[1:5]) == (item.decision, item.reviewer, item.reviewed_on,
                                       item.notes)
        # A case the book does not know shows a decision carried over from a course that
        # shared a crime with it (review_columns): in a workbook, the same decision word for
        # word on a course holding one of its crimes is that carried decision, not a new one.
        if item.shown_status in ("", STATUS_NEW):
            return False
        mine = set(filter(None, item.crime_refs.split(";")))
        carried = conn.execute(
            "SELECT crime_refs FROM decisions WHERE decision = ? AND reviewer = ? AND "
            "reviewed_on = ? AND notes = ?",
            (item.decision, item.reviewer, item.reviewed_on, item.notes)).fetchall()
        return any(mine & set(refs.split(";")) for (refs,) in carried if refs)

    def history(self) -> pd.DataFrame:
        """Every decision ever imported, oldest first."""
        if not self.exists():
            return pd.DataFrame(columns=["id", *FIELDS])
        conn = self._connect()
        try:
            self._check(conn)
            return pd.read_sql_query("SELECT * FROM decisions ORDER BY id", conn)
        finally:
            conn.close()

    def latest(self) -> pd.DataFrame:
        """One row per case: its latest decision (reviewed_on, then import order)."""
        history = self.history()
        if history.empty:
            return pd.DataFrame(columns=FIELDS)
        ordered = history.sort_values(["case_id", "reviewed_on", "id"], kind="stable")
        return ordered.drop_duplicates("case_id", keep="last")[FIELDS].reset_index(drop=True)


LATEST_SQL = "SELECT case_id, decision, reviewer, reviewed_on, notes FROM decisions"


def default_path(out: Path) -> Path:
    """casebook.sqlite beside the report folders (reports/2026Q3 -> reports/), so that a
    --force re-run of one quarter never replaces it and the next quarter finds it."""
    return Path(out).resolve().parent / CASEBOOK_NAME


def import_decisions(book: CaseBook, paths: list[Path]) -> ImportSummary:
    """Read and check every file first; then one transaction for all of them."""
    files = [read_decision_file(p) for p in paths]
    return book.import_files(files)


# --------------------------------------------------------------------------- statuses


def _split(refs: pd.Series) -> pd.Series:
    return refs.fillna("").astype(str).str.split(";").map(lambda r: {x for x in r if x})


def review_columns(cases: pd.DataFrame, case_crimes: pd.DataFrame,
                   latest: pd.DataFrame) -> pd.DataFrame:
    """The review columns (REVIEW_COLUMNS) for each case, in cases' order.

    A case takes the latest decision on its own id; a case whose id the book does not
    know takes the latest decision on a decided course that shared a crime with it (ids
    change when a course merges with another or gains earlier history). Then: no decision
    -> new; crimes added since the decision -> reviewed, new records (new_records lists
    them); the decision contradicts this run's verdict -> decision conflicts; else
    reviewed. Only the few decided cases are looked at one by one.
    """
    n = len(cases)
    at = np.full(n, -1, dtype=np.int64)  # per case, its decision's row in `decided`
    decided = pd.DataFrame(columns=FIELDS) if latest is None else latest.reset_index(drop=True)
    if len(decided) and n:
        at = pd.Index(decided["case_id"]).get_indexer(cases["case_id"])
        at = np.where(at >= 0, at, _shared_crime_decisions(cases, case_crimes, decided, at))
    has = np.flatnonzero(at >= 0)
    rows = decided.iloc[at[has]]
    then = _split(rows["crime_refs"].reset_index(drop=True))
    now = _split(cases["crime_refs"].iloc[has].reset_index(drop=True))
    added = [";".join(sorted(b - a)) if a else "" for a, b in zip(then, now)]
    verdict = cases["verdict"].iloc[has].astype(str).tolist()
    statuses = [STATUS_NEW, STATUS_REVIEWED, STATUS_NEW_RECORDS, STATUS_CONFLICT]
    status = np.zeros(n, dtype=np.int64)
    status[has] = [3 if (d, v) in CONFLICTS else 2 if new else 1
                   for d, v, new in zip(rows["decision"], verdict, added)]
    # Most cases have no decision: each column is a take from a few values ("" last).
    slot = np.full(n, len(has), dtype=np.int64)
    slot[has] = np.arange(len(has))

    def column(values) -> pd.Series:
        text = pa.array([*map(str, values), ""], type=pa.large_string())
        return frames.take_strings(text, slot).set_axis(cases.index)

    return pd.DataFrame({
        "review_status": frames.take_strings(pa.array(statuses, type=pa.large_string()),
                                             status).set_axis(cases.index),
        "decision": column(rows["decision"].map(DECISION_LABELS)),
        "reviewer": column(rows["reviewer"]),
        "reviewed_on": column(rows["reviewed_on"]),
        "reviewer_notes": column(rows["notes"]),
        "new_records": column(added),
    })


def _shared_crime_decisions(cases: pd.DataFrame, case_crimes: pd.DataFrame,
                            decided: pd.DataFrame, at: np.ndarray) -> np.ndarray:
    """Per case without a decision of its own (at < 0), the row of the most recently
    reviewed decided course that held one of its crimes; -1 where none did."""
    found = np.full(len(cases), -1, dtype=np.int64)
    known = decided[decided["crime_refs"] != ""]
    if not len(known) or (at >= 0).all():
        return found
    held = pd.DataFrame({"decided": known.index.to_numpy(), "on": known["reviewed_on"],
                         "crime_ref": _split(known["crime_refs"]).to_numpy()}) \
        .explode("crime_ref")
    unmatched = cases["case_id"].to_numpy()[at < 0]
    mine = case_crimes[frames.member(case_crimes["case_id"], unmatched)]
    overlap = mine.merge(held, on="crime_ref")
    if not len(overlap):
        return found
    best = overlap.sort_values(["case_id", "on", "decided"]).drop_duplicates(
        "case_id", keep="last")
    where = pd.Index(best["case_id"]).get_indexer(cases["case_id"])
    pick = best["decided"].to_numpy()
    found[where >= 0] = pick[where[where >= 0]]
    return found


def summary_line(summary: ImportSummary, book: CaseBook) -> str:
    return (f"case book {book.path}: {summary.added} decision(s) added, {summary.already} "
            f"already held, {summary.undecided} row(s) without a decision "
            f"(from {summary.files} file(s))")
