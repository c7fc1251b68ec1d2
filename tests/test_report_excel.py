"""The analyst workbook, read back with openpyxl (never trust a writer: see the
xlsxwriter constant_memory pitfall in performance-notes.md)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from report_fixture import build_result, listed_case_crimes, listed_cases

from audit_cli.model import VERDICTS
from audit_cli.report import write_reports
from audit_cli.report.excel import DECISIONS


@pytest.fixture(scope="module")
def result():
    return build_result()


@pytest.fixture(scope="module")
def workbook(result, tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx") / "run"
    write_reports(result, folder, {"xlsx"})
    return openpyxl.load_workbook(folder / "report.xlsx")


def headers(ws, row=1):
    return [c.value for c in ws[row]]


def test_sheets(workbook):
    assert workbook.sheetnames == ["Summary", "Cases", "Crimes", "Follow-up gaps",
                                   "Compliance", "Compliance by team", "Data quality",
                                   "Reference data", "Method"]


def test_every_data_sheet_is_a_styled_table_with_frozen_header(workbook):
    for title, freeze in [("Cases", "D2"), ("Crimes", "C2"), ("Follow-up gaps", "A2"),
                          ("Compliance", "A2"), ("Data quality", "A9")]:
        ws = workbook[title]
        assert len(ws.tables) == 1, title
        table = next(iter(ws.tables.values()))
        assert table.tableStyleInfo.name.startswith("TableStyle")
        assert ws.freeze_panes == freeze, title
        first_header = int(table.ref.split(":")[0][1:])
        assert [c.name for c in table.tableColumns] == [
            c.value for c in ws[first_header][:len(table.tableColumns)]]


def test_cases_sheet_values_are_typed(workbook, result):
    ws = workbook["Cases"]
    head = headers(ws)
    assert ws.max_row == len(listed_cases(result)) + 1
    row = {h: c for h, c in zip(head, ws[2])}
    assert row["Verdict"].value == "Missed stalking"
    assert isinstance(row["Score"].value, float) and row["Score"].number_format == "0.0"
    assert isinstance(row["First date"].value, dt.datetime)
    assert row["First date"].number_format == "yyyy-mm-dd"
    assert isinstance(row["Crimes"].value, int)


def test_decision_drop_down_and_notes(workbook, result):
    ws = workbook["Cases"]
    head = headers(ws)
    # the triage columns sit right after the case and its verdict
    assert head[:8] == ["Case", "Verdict", "Review status", "Decision", "Reviewer",
                        "Reviewed on", "Notes", "New records since review"]
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    assert validations[0].type == "list"
    assert validations[0].formula1 == '"' + ",".join(DECISIONS) + '"'
    letter = openpyxl.utils.get_column_letter(head.index("Decision") + 1)
    assert str(validations[0].sqref) == f"{letter}2:{letter}{len(listed_cases(result)) + 1}"


def test_cases_sheet_is_set_up_for_triage_and_printing(workbook):
    ws = workbook["Cases"]
    head = headers(ws)
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$1:$1"  # the header repeats on every printed page
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    explanation = ws.cell(row=2, column=head.index("Explanation") + 1)
    assert explanation.alignment.wrap_text  # long text wraps inside its cell
    assert not ws.cell(row=2, column=head.index("Score") + 1).alignment.wrap_text


def test_verdict_chart_leaves_out_no_concern(workbook):
    ws = workbook["Summary"]
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    start = values.index("Cases by verdict")
    block = values[start:values.index("Missed stalking by month recorded")]
    assert "Missed stalking" in block and "No concern" not in block


def test_conditional_formatting_for_verdicts_and_rag(workbook):
    verdict_rules = [r.formula[0] for cf in workbook["Cases"].conditional_formatting
                     for r in cf.rules]
    assert '"Missed stalking"' in verdict_rules and '"Needs review"' in verdict_rules
    rag_rules = [r.formula[0] for cf in workbook["Compliance"].conditional_formatting
                 for r in cf.rules]
    assert sorted(rag_rules) == ['"Amber"', '"Green"', '"Red"']


def test_compliance_rates_are_percent_numbers(workbook, result):
    ws = workbook["Compliance"]
    head = headers(ws)
    rates = [r[head.index("Share met")] for r in ws.iter_rows(min_row=2)]
    assert len(rates) == len(result.followup.compliance)
    numbers = [c for c in rates if c.value is not None]
    assert numbers and all(c.number_format == "0%" and 0 <= c.value <= 1 for c in numbers)
    assert any(c.value is None for c in rates)  # a requirement with no applicable case
    ratings = {r[head.index("Rating")].value for r in ws.iter_rows(min_row=2)}
    assert {"Red", "Amber", "Green"} <= ratings


def test_crimes_sheet_holds_every_reported_crime(workbook, result):
    ws = workbook["Crimes"]
    assert ws.max_row - 1 == len(listed_case_crimes(result))


def test_summary_has_native_bar_charts(workbook, result):
    ws = workbook["Summary"]
    assert len(ws._charts) == 4
    values = {row[0].value: row[1].value for row in ws.iter_rows() if row[0].value}
    assert values["Missed stalking"] == (result.cases["verdict"] == "missed_stalking").sum()
    assert values["Rows read"] == result.load.account.read


def test_data_quality_accounting(workbook, result):
    ws = workbook["Data quality"]
    acc = result.load.account
    figures = {r[0].value: r[1].value for r in ws.iter_rows(max_row=6)}
    assert figures["Rows read"] == acc.read and figures["Adds up"] == "yes"
    assert ws.max_row - 8 == len(result.load.problems)


def test_empty_tables_still_open(tmp_path):
    result = build_result(n_cases=3)
    result.load.problems = result.load.problems.iloc[0:0]
    result.followup.gaps = result.followup.gaps.iloc[0:0]
    write_reports(result, tmp_path / "run", {"xlsx"})
    wb = openpyxl.load_workbook(tmp_path / "run" / "report.xlsx")
    assert next(iter(wb["Follow-up gaps"].tables.values())).ref == "A1:G2"


def test_sheets_are_capped_in_priority_order_and_say_so(result, tmp_path):
    """max_workbook_rows keeps the highest-priority cases, and their crimes and gaps
    first; each cut sheet says how many rows it left out and where they all are."""
    capped = build_result()
    capped.settings = dict(capped.settings, report={"max_workbook_rows": 4})
    write_reports(capped, tmp_path / "run", {"xlsx"})
    wb = openpyxl.load_workbook(tmp_path / "run" / "report.xlsx")
    cases = listed_cases(capped)
    severity = cases["verdict"].map({v: i for i, v in enumerate(VERDICTS)})
    cases = cases.assign(_rank=severity, _score=-cases["score"]).sort_values(
        ["_rank", "_score", "case_id"])
    ws = wb["Cases"]
    assert ws["A1"].value == (f"Showing the first 4 of {len(cases):,} cases, highest priority "
                              "first (report setting max_workbook_rows); cases.csv "
                              "(--format csv) holds every row.")
    assert next(iter(ws.tables.values())).ref.split(":")[0] == "A2"
    shown = [row[0].value for row in ws.iter_rows(min_row=3)]
    assert shown == cases["case_id"].head(4).tolist()
    crimes = wb["Crimes"]
    assert crimes["A1"].value.startswith(
        f"Showing the first 4 of {len(listed_case_crimes(capped)):,} crime rows")
    crime_cases = [row[0].value for row in crimes.iter_rows(min_row=3)]
    assert len(crime_cases) == 4
    rank = {case: i for i, case in enumerate(cases["case_id"])}
    assert crime_cases == sorted(crime_cases, key=rank.__getitem__)
    assert crime_cases[0] == cases["case_id"].iloc[0]
    gaps = wb["Follow-up gaps"]
    gap_cases = [row[0].value for row in gaps.iter_rows(min_row=3)]
    assert gap_cases == sorted(gap_cases, key=rank.__getitem__) and len(gap_cases) == 4


def test_uncapped_sheets_have_no_note(workbook):
    assert workbook["Cases"]["A1"].value == "Case"
    assert workbook["Crimes"]["A1"].value == "Case"
