"""Compliance in plain words: questions, share met, "too few cases", the team grid."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from report_fixture import build_result

from audit_cli.followup import (TOO_FEW_CASES, check_followup, load_force_settings,
                                load_requirements)
from audit_cli.report import write_reports


def cases_and_crimes(n_cases: int, team: str, referred: int):
    """n_cases stalking cases of one crime each with `team`; the first `referred` of them
    referred to a specialist service."""
    ids = [f"C{i}" for i in range(n_cases)]
    cases = pd.DataFrame({"case_id": ids, "verdict": "recorded_stalking", "kind": "pair",
                          "four": "FOUR", "recorded_as_stalking": True,
                          "principal_crime": False})
    crimes = pd.DataFrame({
        "crime_ref": [f"R{i}" for i in range(n_cases)],
        "recorded_date": pd.Timestamp("2026-07-10"), "offence_date": pd.Timestamp("2026-07-09"),
        "offence_code": "195/12", "offence": "Stalking", "narrative": "", "flags": "",
        "allocated_team": team, "domestic": False,
        "support_referral": ["Paladin" if i < referred else None for i in range(n_cases)],
        "referral_date": pd.Timestamp("2026-07-10"),
    })
    links = pd.DataFrame({"case_id": ids, "crime_ref": crimes["crime_ref"]})
    return cases, crimes, links


def compliance_for(n_cases: int, referred: int, team: str = "CID") -> pd.DataFrame:
    cases, crimes, links = cases_and_crimes(n_cases, team, referred)
    requirements = [r for r in load_requirements() if r.id == "no_referral"]
    result = check_followup(cases, crimes, links, pd.DataFrame(), requirements, {})
    return result.compliance


def test_requirements_carry_a_question():
    requirements = load_requirements()
    assert requirements and all(r.question.endswith("?") for r in requirements)
    no_referral = next(r for r in requirements if r.id == "no_referral")
    assert no_referral.question == "Referred to specialist stalking support?"


def test_rate_is_the_share_that_met_the_requirement_with_its_question():
    table = compliance_for(6, referred=5)
    overall = table[table["breakdown"] == "overall"].iloc[0]
    assert overall["question"] == "Referred to specialist stalking support?"
    assert (overall["applicable"], overall["compliant"]) == (6, 5)
    assert overall["rate"] == pytest.approx(5 / 6)
    assert overall["rating"] == "Amber" and overall["rag"] == "A"


def test_fewer_cases_than_min_cases_get_no_rag():
    table = compliance_for(1, referred=1)  # one case met: was "Green" before
    assert set(table["rag"]) == {""}
    assert set(table["rating"]) == {TOO_FEW_CASES}
    assert table["rate"].tolist() == [1.0] * len(table)


def test_min_cases_is_a_setting():
    assert load_force_settings()["targets"]["min_cases"] == 5
    cases, crimes, links = cases_and_crimes(2, "CID", 2)
    requirements = [r for r in load_requirements() if r.id == "no_referral"]
    table = check_followup(cases, crimes, links, pd.DataFrame(), requirements,
                           {"targets": {"min_cases": 2}}).compliance
    assert set(table["rating"]) == {"Green"}


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    out = tmp_path_factory.mktemp("grid") / "run"
    write_reports(build_result(), out, {"xlsx"})
    return openpyxl.load_workbook(out / "report.xlsx")


def test_workbook_team_by_requirement_grid_is_coloured_by_rating(workbook):
    ws = workbook["Compliance by team"]
    assert ws["A2"].value == "Question" and ws["A3"].value == "Target"
    assert ws["A4"].value == "Team"
    requirements = [c.value for c in ws[4][1:]]
    assert requirements and all(requirements)
    teams = [ws.cell(row=r, column=1).value for r in range(5, ws.max_row + 1)]
    assert teams == sorted(teams) and len(teams) >= 2
    values = [c.value for row in ws.iter_rows(min_row=5, min_col=2) for c in row]
    assert any(isinstance(v, float) for v in values)
    formulas = [rule.formula[0] for cf in ws.conditional_formatting for rule in cf.rules]
    assert any(f.startswith("AND(ISNUMBER(B5),B5>=B$3") for f in formulas)
    assert len(formulas) == 3 * len(requirements)
