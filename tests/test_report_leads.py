"""The performance leads' report holds aggregate figures only."""

from __future__ import annotations


import pytest
from report_fixture import all_output_text, build_result, fixture_names

from audit_cli.report import write_reports


@pytest.fixture(scope="module")
def result():
    return build_result()


@pytest.fixture(scope="module")
def out(result, tmp_path_factory):
    folder = tmp_path_factory.mktemp("leads") / "run"
    write_reports(result, folder, {"html", "xlsx", "csv"}, audience="leads")
    return folder


def test_leads_files(out):
    assert sorted(p.name for p in out.iterdir()) == ["compliance.csv", "leads.html",
                                                      "leads.xlsx", "manifest.json"]


def test_no_personal_data_in_leads_outputs(out, result):
    text = all_output_text(out)
    rows = result.load.rows
    sensitive = set(fixture_names(result))
    sensitive |= set(result.crimes["crime_ref"]) | set(result.cases["case_id"])
    sensitive |= set(result.load.problems["crime_ref"])
    sensitive |= {n[:60] for n in result.crimes["narrative"]}
    sensitive |= set(rows["victim_dob"].dt.strftime("%Y-%m-%d"))
    sensitive |= set(rows["victim_postcode"]) | set(rows["victim_id"])
    sensitive |= {"Whitfield-Jones", "HYPERLINK", "<script>", "&lt;script&gt;"}
    leaked = sorted(s for s in sensitive if s and s in text)
    assert leaked == []


def test_leads_html_has_aggregate_sections(out, result):
    html = (out / "leads.html").read_text(encoding="utf-8")
    for section in ('id="summary"', 'id="compliance"', 'id="quality"', 'id="method"'):
        assert section in html
    assert 'id="cases"' not in html and "<article" not in html
    assert "export_q3.csv" in html and "exports/" not in html  # file name, not the path
    assert html.count('class="chart"') == 3


def test_leads_workbook_sheets(out):
    import openpyxl

    wb = openpyxl.load_workbook(out / "leads.xlsx")
    assert wb.sheetnames == ["Summary", "Compliance", "Compliance by team", "Data quality",
                             "Method"]
