"""The analyst's review loop with real files: run a period, decide in the workbook (or a
decisions.csv), run the longer period against the same case book, read review_status;
the case book survives a killed import; --force keeps what audit did not write; case ids
hold between a two-month extract and the whole quarter."""

from __future__ import annotations

import csv
import html
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from audit_cli.casebook import (STATUS_CONFLICT, STATUS_NEW, STATUS_NEW_RECORDS,
                                STATUS_REVIEWED, CaseBook, import_decisions)
from audit_cli.cli import cli
from audit_cli.errors import EXIT_OK, EXIT_USAGE, AuditError
from audit_cli.link import link
from audit_cli.load import load_inputs
from audit_cli.model import crimes_from_rows, parties_from_rows
from audit_cli.paths import SAMPLE_DIR

QUARTER = SAMPLE_DIR / "quarter.csv"
FORMATS = "xlsx,csv"


def run(*args):
    return CliRunner().invoke(cli, ["run", *map(str, args)], catch_exceptions=False)


def read_cases(folder) -> pd.DataFrame:
    return pd.read_csv(folder / "cases.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def extracts(tmp_path_factory):
    """Everything recorded up to the end of August (the first review), the whole file
    (September adds crimes to courses already reviewed), and July-August alone."""
    folder = tmp_path_factory.mktemp("extracts")
    rows = pd.read_csv(QUARTER, dtype=str, keep_default_na=False)
    day = pd.to_datetime(rows["recorded_date"], dayfirst=True, format="mixed")
    to_august = folder / "to_august.csv"
    rows[day < "2026-09-01"].to_csv(to_august, index=False)
    jul_aug = folder / "jul_aug.csv"
    rows[(day >= "2026-07-01") & (day < "2026-09-01")].to_csv(jul_aug, index=False)
    return {"to_august": to_august, "jul_aug": jul_aug, "folder": folder}


@pytest.fixture(scope="module")
def first_review(extracts, tmp_path_factory):
    """Run July-August; an analyst decides a sample of listed cases in the workbook."""
    root = tmp_path_factory.mktemp("loop")
    out = root / "2026-07-08"
    result = run(extracts["to_august"], "--from", "2026-07-01", "--to", "2026-08-31",
                 "--out", out, "--format", FORMATS)
    assert result.exit_code == EXIT_OK, result.output
    cases = read_cases(out)
    assert set(cases["review_status"]) == {STATUS_NEW}  # no case book yet
    book = openpyxl.load_workbook(out / "report.xlsx")
    sheet = book["Cases"]
    head = [c.value for c in sheet[1]]
    col = {name: head.index(name) + 1 for name in head}
    decided = {}
    for row in range(2, sheet.max_row + 1):
        case = sheet.cell(row, col["Case"]).value
        verdict = sheet.cell(row, col["Verdict"]).value
        if len(decided) >= 80 or case is None:
            break
        decision = "Confirmed stalking" if verdict == "Missed stalking" else "Not stalking"
        sheet.cell(row, col["Decision"]).value = decision
        sheet.cell(row, col["Reviewer"]).value = "analyst 7"
        sheet.cell(row, col["Reviewed on"]).value = "2026-09-03"
        sheet.cell(row, col["Notes"]).value = f"checked {row}"
        decided[case] = decision
    book.save(out / "report.xlsx")
    return {"root": root, "out": out, "decided": decided, "cases": cases}


def check_statuses(first, later: pd.DataFrame, decided: dict) -> dict:
    """Every decided case that is still a course of the later run has the status its
    crimes and verdict call for; undecided cases are new."""
    before = first["cases"].set_index("case_id")
    decided_crimes = {ref for case in decided if case in before.index
                      for ref in before.loc[case, "crime_refs"].split(";")}
    seen = {}
    for row in later.itertuples(index=False):
        if row.case_id in decided:
            then = set(before.loc[row.case_id, "crime_refs"].split(";"))
            now = set(row.crime_refs.split(";"))
            added = sorted(now - then)
            if row.review_status == STATUS_CONFLICT:
                assert (decided[row.case_id], row.verdict) in {
                    ("Confirmed stalking", "no_concern"), ("Not stalking", "missed_stalking")}
            elif added:
                assert row.review_status == STATUS_NEW_RECORDS, row
                assert row.new_records == ";".join(added)
            else:
                assert row.review_status == STATUS_REVIEWED, row
            assert row.decision == decided[row.case_id] and row.reviewer == "analyst 7"
            seen[row.review_status] = seen.get(row.review_status, 0) + 1
        elif row.review_status != STATUS_NEW:
            # an id the book does not know, on a course that shared a crime with a
            # decided one (it merged or gained earlier history): it carries that decision
            assert set(row.crime_refs.split(";")) & decided_crimes, row
            assert row.decision in decided.values()
    return seen


def test_loop_with_the_reviewed_workbook_and_force(first_review, extracts):
    out, decided = first_review["out"], first_review["decided"]
    (out / "my notes.txt").write_text("not audit's")
    refused = CliRunner().invoke(cli, ["run", str(QUARTER), "--period", "2026Q3", "--out",
                                       str(out), "--force", "--format", FORMATS])
    assert refused.exit_code == EXIT_USAGE and "my notes.txt" in refused.output
    assert (out / "my notes.txt").exists() and (out / "report.xlsx").exists()
    assert not (out.parent / "casebook.sqlite").exists()  # nothing imported, nothing made
    (out / "my notes.txt").unlink()

    # --force on the reviewed run: its workbook's decisions go into the case book first
    result = run(QUARTER, "--period", "2026Q3", "--out", out, "--force", "--format", FORMATS)
    assert result.exit_code == EXIT_OK, result.output
    book = CaseBook(out.parent / "casebook.sqlite")
    history = book.history()
    assert len(history) == len(decided) and set(history["case_id"]) == set(decided)
    assert set(history["reviewer"]) == {"analyst 7"}
    assert (history["run_tool_version"] != "").all()
    assert history["run_inputs_sha256"].str.len().eq(64).all()  # the reviewed run's input
    later = read_cases(out)
    seen = check_statuses(first_review, later, decided)
    assert seen.get(STATUS_REVIEWED, 0) > 0 and seen.get(STATUS_NEW_RECORDS, 0) > 0
    # unseen work first: new and reviewed-with-new-records before the rest in the workbook
    sheet = openpyxl.load_workbook(out / "report.xlsx", read_only=True)["Cases"]
    statuses = [r[2] for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]]
    rank = {STATUS_NEW: 0, STATUS_NEW_RECORDS: 0, STATUS_CONFLICT: 1, STATUS_REVIEWED: 2}
    assert [rank[s] for s in statuses] == sorted(rank[s] for s in statuses)

    # importing the same workbook again adds nothing (idempotent)
    summary = import_decisions(book, [out / "report.xlsx"])
    assert summary.added == 0 and len(book.history()) == len(decided)


def test_loop_with_a_decisions_csv_and_a_conflict(first_review, tmp_path):
    decided = dict(first_review["decided"])
    cases = first_review["cases"]
    clear = cases[(cases["verdict"] == "no_concern") & (cases["n_crimes"] == "1")]
    conflict_case = clear["case_id"].iloc[0]
    decided[conflict_case] = "Confirmed stalking"
    path = tmp_path / "decisions.csv"
    crime_refs = cases.set_index("case_id")["crime_refs"]
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["case_id", "decision", "reviewer", "reviewed_on", "notes",
                         "crime_refs"])
        for case, decision in decided.items():
            writer.writerow([case, decision, "analyst 7", "03/09/2026", "by csv",
                             crime_refs[case]])
    out = tmp_path / "2026Q3"
    book = tmp_path / "shared" / "book.sqlite"
    result = run(QUARTER, "--period", "2026Q3", "--out", out, "--format", "html," + FORMATS,
                 "--decisions", path, "--casebook", book)
    assert result.exit_code == EXIT_OK, result.output
    later = read_cases(out)
    seen = check_statuses(first_review, later, decided)
    # the HTML case list says it too, per case row
    grown = later[later["review_status"] == STATUS_NEW_RECORDS].iloc[0]
    page = (out / "report.html").read_text()
    row = page[page.index(f'<a href="#case-{grown.case_id}">'):]
    row = row[:row.index("</tr>")]
    assert html.escape(f"reviewed, new records: {grown.decision} (new: {grown.new_records})",
                       quote=False) in row
    row = later.set_index("case_id").loc[conflict_case]
    assert row["verdict"] == "no_concern" and row["review_status"] == STATUS_CONFLICT
    assert seen.get(STATUS_NEW_RECORDS, 0) > 0 and seen.get(STATUS_REVIEWED, 0) > 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["casebook"]["added"] == len(decided)

    # a later decision on the same case is kept as history, and the latest wins
    path.write_text("case_id,decision,reviewer,reviewed_on,notes\n"
                    f"{conflict_case},Not stalking,analyst 9,2026-10-01,second look\n")
    import_decisions(CaseBook(book), [path])
    history = CaseBook(book).history()
    assert (history["case_id"] == conflict_case).sum() == 2
    latest = CaseBook(book).latest().set_index("case_id").loc[conflict_case]
    assert latest["decision"] == "not_stalking" and latest["reviewer"] == "analyst 9"

    # evaluate against the analysts' own decisions, with the per-rule table
    shown = CliRunner().invoke(cli, ["evaluate", "--casebook", str(book), "--run", str(out),
                                     "--json"])
    assert shown.exit_code == 0, shown.output
    figures = json.loads(shown.output)
    assert figures["verdicts"]["decided_cases"] >= 40
    assert 0 < figures["verdicts"]["precision"] <= 1 and figures["rules"]
    assert all(r["on_true"] + r["on_false"] == r["fired"] for r in figures["rules"])
    from_file = CliRunner().invoke(cli, ["evaluate", "--decisions", str(path), "--run",
                                         str(out)])
    assert from_file.exit_code == 0, from_file.output
    assert "decisions: 1 decided cases in the run" in from_file.output  # the later file
    assert "rule" in from_file.output and "on true" in from_file.output


def book_with_one_decision(folder) -> tuple[CaseBook, pd.DataFrame]:
    book = CaseBook(folder / "book.sqlite")
    first = folder / "first.csv"
    first.write_text("case_id,decision,reviewer,reviewed_on,notes\n"
                     "C-0001,Confirmed stalking,a,2026-09-01,kept\n")
    import_decisions(book, [first])
    return book, book.history()


@pytest.mark.parametrize("content, message", [
    ("case_id,decision,reviewer,reviewed_on,notes\nC-1,maybe,a,2026-09-01,\n",
     r"decisions.csv, row 2, column 'decision': unknown decision 'maybe'"),
    ("case_id,decision,reviewer,reviewed_on,notes\nC-1,Not stalking,a,next week,\n",
     r"row 2, column 'reviewed_on': reviewed on 'next week' is not a date"),
    ("case,decision\nC-1,Not stalking\n", r"row 1: missing column\(s\) case_id; the header"),
    ("case_id,decision\nC-1,Not stalking,extra\n", r"row 2: 3 fields where the header has 2"),
    ("case_id,decision\n,Not stalking\n", r"row 2, column 'case_id': a decision without"),
])
def test_a_bad_decisions_file_changes_nothing(tmp_path, content, message):
    book, before = book_with_one_decision(tmp_path)
    good = tmp_path / "good.csv"
    good.write_text("case_id,decision,reviewer,reviewed_on,notes\nC-9,Not stalking,a,"
                    "2026-09-01,\n")
    bad = tmp_path / "decisions.csv"
    bad.write_text(content)
    with pytest.raises(AuditError, match=message) as err:
        import_decisions(book, [good, bad])  # the good file is not imported either
    assert err.value.exit_code == EXIT_USAGE
    pd.testing.assert_frame_equal(book.history(), before)


def test_a_bad_workbook_cell_is_named_with_its_sheet(first_review, tmp_path):
    source = openpyxl.load_workbook(first_review["out"] / "report.xlsx")
    sheet = source["Cases"]
    head = [c.value for c in sheet[1]]
    sheet.cell(3, head.index("Decision") + 1).value = "probably"
    path = tmp_path / "reviewed.xlsx"
    source.save(path)
    result = CliRunner().invoke(cli, ["run", str(QUARTER), "--out", str(tmp_path / "o"),
                                      "--decisions", str(path), "--casebook",
                                      str(tmp_path / "b.sqlite")])
    assert result.exit_code == EXIT_USAGE
    assert f"{path}, sheet Cases, row 3, column 'Decision': unknown decision" in result.output
    assert not (tmp_path / "b.sqlite").exists() and not (tmp_path / "o").exists()

    # the same workbook in a folder --force would replace: the run refuses and says how
    folder = first_review["out"]
    source.save(folder / "report.xlsx")
    before = sorted(p.name for p in folder.iterdir())
    result = CliRunner().invoke(cli, ["run", str(QUARTER), "--out", str(folder), "--force",
                                      "--casebook", str(tmp_path / "b.sqlite")])
    assert result.exit_code == EXIT_USAGE
    assert "sheet Cases, row 3, column 'Decision'" in result.output
    assert "move the workbook out of the folder" in result.output
    assert sorted(p.name for p in folder.iterdir()) == before


KILLED_IMPORT = textwrap.dedent("""
    import sys, time
    from audit_cli import casebook
    original = casebook.CaseBook._repeats_latest
    calls = [0]
    def slow(conn, item):
        calls[0] += 1
        if calls[0] == 500:  # 499 rows are in the open transaction
            print("midway", flush=True)
            time.sleep(120)
        return original(conn, item)
    casebook.CaseBook._repeats_latest = staticmethod(slow)
    casebook.import_decisions(casebook.CaseBook(sys.argv[1]), [sys.argv[2]])
""")


def test_killing_the_import_midway_leaves_the_book_unchanged(tmp_path):
    book, before = book_with_one_decision(tmp_path)
    big = tmp_path / "big.csv"
    big.write_text("case_id,decision,reviewer,reviewed_on,notes\n" + "".join(
        f"C-{n:06d},Not stalking,b,2026-09-02,n{n}\n" for n in range(2000)))
    child = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(book.path), str(big)],
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert child.stdout.readline().strip() == "midway"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    with sqlite3.connect(book.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    pd.testing.assert_frame_equal(book.history(), before)
    import_decisions(book, [big])  # and the book still takes the import afterwards
    assert len(book.history()) == 2001


def test_case_ids_hold_between_two_months_and_the_whole_quarter(extracts):
    """A course present in both runs (the whole quarter's course holds every crime of the
    two-month course) keeps its id. Measured: 3,515 of 3,535 (99.4%) for July-August
    alone against the whole file, 3,946 of 3,952 (99.8%) with the history before July."""

    def linked(path):
        loaded = load_inputs([path], "generic", None)
        return link(parties_from_rows(loaded.rows), crimes_from_rows(loaded.rows), {})

    whole = linked(QUARTER).case_crimes
    for name in ("jul_aug", "to_august"):
        part = linked(extracts[name]).case_crimes
        size = part.groupby("case_id").size()
        shared = part.merge(whole, on="crime_ref", suffixes=("", "_whole"))
        held = shared.groupby(["case_id", "case_id_whole"]).size().rename("n").reset_index()
        held = held[held["n"].to_numpy() == size.reindex(held["case_id"]).to_numpy()]
        kept = held.assign(same=held["case_id"] == held["case_id_whole"]) \
            .groupby("case_id")["same"].any()
        assert len(kept) > 3000
        assert kept.mean() >= 0.98, (name, kept.mean())


def test_a_period_without_records_is_said_plainly(tmp_path):
    out = tmp_path / "empty"
    result = CliRunner().invoke(cli, ["run", str(SAMPLE_DIR / "heldout" / "heldout.csv"),
                                      "--period", "2031Q1", "--out", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert "warning: no records in the audited period (2031-01-01 to 2031-03-31)" \
        in result.output
    html = (out / "report.html").read_text()
    assert "No records in the audited period" in html and "No missed stalking found" not in html
    summary = openpyxl.load_workbook(out / "report.xlsx", read_only=True)["Summary"]
    assert "No records in the audited period" in [
        c for row in summary.iter_rows(values_only=True) for c in row]
    assert json.loads((out / "manifest.json").read_text())["period_empty"] is True
    gate = CliRunner().invoke(cli, ["run", str(SAMPLE_DIR / "heldout" / "heldout.csv"),
                                    "--period", "2031Q1", "--out", str(tmp_path / "gate"),
                                    "--fail-on", "review", "--format", "csv"])
    assert gate.exit_code == EXIT_USAGE and "no records in the audited period" in gate.output


def test_statuses_follow_the_decision_the_crimes_and_the_verdict(tmp_path):
    from audit_cli.pipeline import with_review

    decisions = tmp_path / "decisions.csv"
    decisions.write_text(
        "case_id,decision,reviewer,reviewed_on,notes,crime_refs\n"
        "C-same,Confirmed stalking,a,2026-09-01,seen,R1;R2\n"
        "C-grew,Not stalking,a,2026-09-01,,R3\n"
        "C-flip,Confirmed stalking,a,2026-09-01,call Jo Bloggs,R4\n"
        "C-old,Not stalking,b,2026-09-02,merged since,R6\n")
    book = CaseBook(tmp_path / "book.sqlite")
    import_decisions(book, [decisions])
    cases = pd.DataFrame({
        "case_id": ["C-same", "C-grew", "C-flip", "C-moved", "C-fresh"],
        "crime_refs": ["R1;R2", "R3;R5", "R4", "R6;R7", "R8"],
        "verdict": ["missed_stalking", "review", "no_concern", "review", "review"]})
    crimes = cases.assign(crime_ref=cases["crime_refs"].str.split(";")).explode("crime_ref")
    out = with_review(cases, crimes[["case_id", "crime_ref"]], book, pseudonymised=False)
    assert out["review_status"].tolist() == [
        STATUS_REVIEWED, STATUS_NEW_RECORDS, STATUS_CONFLICT, STATUS_NEW_RECORDS, STATUS_NEW]
    assert out["new_records"].tolist() == ["", "R5", "", "R7", ""]
    assert out.loc[3, "decision"] == "Not stalking"  # carried through the shared crime R6
    hidden = with_review(cases, crimes[["case_id", "crime_ref"]], book, pseudonymised=True)
    assert "Jo Bloggs" not in hidden.to_string() and hidden.loc[2, "reviewer_notes"] == \
        "(withheld)"
