"""The report stage's fast paths give what the plain pandas / serial forms gave.

Shared tables built once per write_reports, CSV assembled in pyarrow, grouped joins without
a Python call per group, and the workbook rendered in a forked child: each is checked
here against the straightforward form it replaced (no timings: those are in bench/).
"""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook
from report_fixture import build_result

from audit_cli.errors import AuditError
from audit_cli.report import background, tables, write_reports
from audit_cli.report.base import REGISTRY, Format
from audit_cli.report.results import column_as_text, csv_bytes

HOSTILE_TEXT = ["", "plain", "a,b", 'say "hi"', "two\nlines", "cr\rhere", "\r\n", "=1+1",
                "-2", "  padded  ", "üñí,cødé", None]


@pytest.fixture(scope="module")
def result():
    return build_result(n_cases=12)


def pandas_csv(frame: pd.DataFrame) -> bytes:
    """What csv_bytes wrote before: the formatted text through pandas' to_csv."""
    text = pd.DataFrame({c: column_as_text(frame[c]) for c in frame.columns},
                        columns=list(frame.columns))
    return text.to_csv(index=False, lineterminator="\n").encode("utf-8")


def test_csv_bytes_match_pandas_on_hostile_text():
    frame = pd.DataFrame({
        "text": pd.Series(HOSTILE_TEXT, dtype="str"),
        "score": [0.00005, 1.23456, -0.0, float("nan"), 2.5, 1e9, 3.0, 0.1, 7.77777, None,
                  4.0, 5.0],
        "day": pd.to_datetime(["2026-07-01", None, "2026-07-03"] * 4),
        "n": range(12),
        "flag": [True, False] * 6,
    })
    assert csv_bytes(frame) == pandas_csv(frame)
    assert csv_bytes(frame.iloc[:0]) == pandas_csv(frame.iloc[:0]) == b"text,score,day,n,flag\n"


def test_csv_bytes_quote_an_empty_field_that_is_alone_on_its_row():
    frame = pd.DataFrame({"only": pd.Series(["", "x", None], dtype="str")})
    assert csv_bytes(frame) == pandas_csv(frame) == b'only\n""\nx\n""\n'


def test_join_by_key_matches_groupby_join():
    keys = pd.Series(["b", "a", None, "b", "c", "a", "b"], dtype="str", name="crime_ref")
    text = pd.Series(["1", "2", "3", "4", "5", "6", "7"], dtype="str")
    expected = text.groupby(keys, sort=True).agg("; ".join)
    joined = tables.join_by_key(keys, text, "; ")
    assert joined.to_dict() == expected.to_dict() == {"a": "2; 6", "b": "1; 4; 7", "c": "5"}
    assert list(joined.index) == ["a", "b", "c"]


def test_shared_tables_are_built_once_and_stay_as_built(result):
    with tables.shared(result):
        first = tables.case_table(result)
        first["added"] = 1  # a caller's change must not reach the next caller
        first.loc[0, "verdict"] = "changed"
        second = tables.case_table(result)
        assert "added" not in second.columns and second.loc[0, "verdict"] != "changed"
        assert tables.figures(result) is tables.figures(result)
    assert tables.case_table(result).equals(second)  # outside: built afresh, same table


def workbook_values(path):
    book = load_workbook(path, read_only=True)
    return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}


@pytest.mark.skipif(not background.available(), reason="no fork on this platform")
def test_forked_workbook_equals_the_serial_one(result, tmp_path, monkeypatch):
    forked = write_reports(result, tmp_path / "forked", {"html", "xlsx", "csv"})
    monkeypatch.setattr(background, "available", lambda: False)
    serial = write_reports(result, tmp_path / "serial", {"html", "xlsx", "csv"})
    assert [p.name for p in forked] == [p.name for p in serial]
    for a, b in zip(forked, serial):
        if a.suffix == ".csv":
            assert a.read_bytes() == b.read_bytes(), a.name
    assert workbook_values(tmp_path / "forked" / "report.xlsx") == workbook_values(
        tmp_path / "serial" / "report.xlsx")


def test_an_error_in_the_workbook_process_surfaces_unchanged(result, tmp_path, monkeypatch):
    def refuse(self, result, tmp_dir):
        (tmp_dir / "half.xlsx").write_bytes(b"PK")
        raise AuditError("workbook: disk full; free some space")

    monkeypatch.setattr(REGISTRY[Format.XLSX], "render", refuse)
    with pytest.raises(AuditError, match="workbook: disk full"):
        write_reports(result, tmp_path / "out", {"xlsx", "csv"})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not background.available(), reason="no fork on this platform")
def test_a_workbook_process_that_dies_is_an_audit_error(result, tmp_path, monkeypatch):
    def die(self, result, tmp_dir):
        import os
        os._exit(3)

    monkeypatch.setattr(REGISTRY[Format.XLSX], "render", die)
    with pytest.raises(AuditError, match="exit code 3"):
        write_reports(result, tmp_path / "out", {"xlsx", "csv"})
    assert list(tmp_path.iterdir()) == []


def test_csv_written_in_chunks_equals_one_piece(result):
    """cases.csv of a large run is written 100,000 rows at a time; the pieces joined are
    the file written whole (header once, one line per row, final newline)."""
    from audit_cli.report.results import csv_chunks

    table = tables.case_table(result)
    whole = csv_bytes(table)
    for rows in (1, 3, len(table), len(table) + 5):
        assert b"".join(bytes(c) for c in csv_chunks(table, rows)) == whole, rows
    empty = table.iloc[0:0]
    assert b"".join(bytes(c) for c in csv_chunks(empty, 2)) == csv_bytes(empty)
    assert whole.count(b"\n") >= len(table) + 1
