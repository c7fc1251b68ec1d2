"""Hostile values through every output, read back."""

from __future__ import annotations

import csv
from html.parser import HTMLParser

import openpyxl
import pytest
from report_fixture import (HOSTILE_HYPERLINK, HOSTILE_SCRIPT, LONG_NARRATIVE_CHARS, build_result,
                            listed_case_crimes)

from audit_cli.report import write_reports
from audit_cli.report.safety import (EXCEL_CELL_LIMIT, clean_text, csv_safe, needs_quote_prefix,
                                     truncation_marker)


@pytest.fixture(scope="module")
def result():
    return build_result()


@pytest.fixture(scope="module")
def out(result, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "run"
    write_reports(result, folder, {"html", "xlsx", "csv"})
    return folder


@pytest.fixture(scope="module")
def cells(out):
    wb = openpyxl.load_workbook(out / "report.xlsx")
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def test_no_cell_is_a_formula(cells):
    assert [c.coordinate for c in cells if c.data_type == "f"] == []


@pytest.mark.parametrize("value", [HOSTILE_HYPERLINK, "+1+1", "-2", "@SUM(A1)", "\tTab"])
def test_formula_text_kept_as_quoted_text(cells, value):
    found = [c for c in cells if c.value == value]
    assert found, value
    assert all(c.data_type == "s" and c.quotePrefix for c in found)


def test_control_characters_removed_and_cr_made_newline(cells):
    values = [c.value for c in cells if isinstance(c.value, str)]
    assert not any("\x07" in v for v in values)
    assert "bell" in values
    assert any(v.startswith("\nCR at the start.") for v in values)


def test_long_text_cut_with_marker(cells, result):
    long = result.crimes["narrative"].str.len().max()
    assert long >= LONG_NARRATIVE_CHARS
    cut = [c.value for c in cells if isinstance(c.value, str) and "[... truncated" in c.value]
    assert cut and all(len(v) == EXCEL_CELL_LIMIT for v in cut)
    original = result.crimes.loc[result.crimes["narrative"].str.len().idxmax(), "narrative"]
    kept = cut[0].rindex("[... truncated")
    assert cut[0] == original[:kept] + truncation_marker(long - kept)


def test_html_scripts_and_handlers_never_come_from_data(out):
    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.scripts, self.handlers, self.text = 0, [], []

        def handle_starttag(self, tag, attrs):
            self.scripts += tag == "script"
            self.handlers += [name for name, _ in attrs if name.startswith("on")]

        def handle_data(self, data):
            self.text.append(data)

    parser = Collect()
    parser.feed((out / "report.html").read_text(encoding="utf-8"))
    assert parser.scripts == 1  # the report's own, allowed by hash
    assert parser.handlers == []
    text = "".join(parser.text)
    assert HOSTILE_SCRIPT in text and HOSTILE_HYPERLINK in text and "@SUM(A1)" in text


def read_csv(path):
    with path.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_csv_formula_cells_prefixed_and_readable(out, result):
    cases = read_csv(out / "cases.csv")
    assert len(cases) == len(result.cases)
    victims = {r["victim"] for r in cases}
    assert "'" + HOSTILE_HYPERLINK in victims and "'@SUM(A1)" in victims
    assert "'+1+1" in {r["suspect"] for r in cases}
    assert HOSTILE_SCRIPT in {r["suspect"] for r in cases}  # not a formula: unchanged
    crimes = read_csv(out / "crimes.csv")
    assert len(crimes) == len(listed_case_crimes(result))
    assert "'\tTab" in {r["allocated_team"] for r in crimes}
    assert "'-2" in {r["offence"] for r in crimes}
    narratives = [r["narrative"] for r in crimes]
    assert any(n.startswith("'\nCR at the start.") for n in narratives)
    assert max(len(n) for n in narratives) >= LONG_NARRATIVE_CHARS  # CSV is not cut
    rejects = read_csv(out / "rejects.csv")
    assert {"'-2", "\x07bell"} <= {r["value"] for r in rejects}


def test_clean_text_rules():
    assert clean_text("a\r\nb\rc\x00d\x1be") == "a\nb\ncde"
    text = clean_text("x" * 40_000)
    assert len(text) == EXCEL_CELL_LIMIT
    assert text.endswith(truncation_marker(40_000 - text.index("[")))
    assert needs_quote_prefix("=1") and needs_quote_prefix("\n=1")
    assert not needs_quote_prefix("Harassment")
    assert csv_safe("@SUM(A1)") == "'@SUM(A1)" and csv_safe("a-b") == "a-b"
