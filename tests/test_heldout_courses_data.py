"""Consistency of the second hand-written held-out set (sample_data/heldout/courses.csv).

Like tests/test_heldout_data.py for the first set: the CSV and its labels agree with each
other and with the labels format, the set holds the planned scenarios, and the builder
reproduces the committed files byte for byte. Nothing here measures the pipeline.
"""

from __future__ import annotations

import json
import runpy

import pandas as pd
import pytest

from audit_cli.paths import SAMPLE_DIR
# one copy of the export contract and the recording definition, shared with the first set
from test_heldout_data import ALL_COLUMNS, REQUIRED, _recorded_as_stalking

HELDOUT = SAMPLE_DIR / "heldout"
CSV = HELDOUT / "courses.csv"
LABELS = HELDOUT / "courses_labels.json"
FIRST_SET = HELDOUT / "heldout.csv"

SPLIT_SCENARIOS = ["unknown_then_named", "suspect_name_variants", "stalking_by_proxy",
                   "unidentified_no_shared_token", "non_crime_records"]
HARD_NEGATIVES = ["unrelated_crimes_one_victim", "shop_many_thefts",
                  "neighbour_counter_allegations", "namesake_father_son", "two_ex_partners"]
NON_CRIME_TITLES = ("incident", "intelligence", "information report", "found property",
                    "concern", "asb", "suspicious", "nuisance calls")


@pytest.fixture(scope="module")
def export() -> pd.DataFrame:
    return pd.read_csv(CSV, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def labels() -> dict:
    return json.loads(LABELS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def row_labels(labels) -> pd.DataFrame:
    return pd.DataFrame(labels["rows"])


@pytest.fixture(scope="module")
def cases(labels) -> pd.DataFrame:
    return pd.DataFrame(labels["cases"])


def test_csv_has_every_export_column_and_required_values(export):
    assert sorted(export.columns) == sorted(ALL_COLUMNS)
    for column in REQUIRED:
        assert (export[column].str.strip() != "").all(), column


def test_dates_are_day_first_and_mostly_in_the_quarter(export):
    recorded = pd.to_datetime(export["recorded_date"], format="%d/%m/%Y %H:%M")
    assert recorded.between("2025-01-01", "2026-12-31").all()
    in_quarter = recorded.between("2026-07-01", "2026-09-30 23:59")
    assert 0.75 <= in_quarter.mean() < 1.0  # mostly Jul-Sep 2026, with some history
    for column in ["victim_dob", "suspect_dob", "risk_date", "outcome_date", "referral_date"]:
        filled = export.loc[export[column] != "", column]
        pd.to_datetime(filled, format="%d/%m/%Y")  # raises on any other form


def test_refs_are_force_wide_in_recorded_order_and_apart_from_the_first_set(export):
    assert export["crime_ref"].str.fullmatch(r"HY/\d\d/\d{6}").all()
    assert export["crime_ref"].is_unique
    first = pd.read_csv(FIRST_SET, dtype=str, keep_default_na=False)
    assert not set(export["crime_ref"]) & set(first["crime_ref"])
    recorded = pd.to_datetime(export["recorded_date"], format="%d/%m/%Y %H:%M")
    for year, refs in export.groupby(recorded.dt.year)["crime_ref"]:
        numbers = refs.str[-6:].astype(int)
        assert numbers.is_monotonic_increasing, year
        assert (numbers.diff().dropna() > 1).all(), year  # gaps: other crimes in between


def test_labels_header_and_rows(labels, export, row_labels):
    assert labels["format"] == "audit-labels" and labels["version"] == 1
    assert labels["generator"] == {"seed": None, "rows": len(export),
                                   "tool_version": "handwritten"}
    assert row_labels["line"].tolist() == list(range(2, len(export) + 2))
    assert row_labels["crime_ref"].tolist() == export["crime_ref"].tolist()
    assert row_labels["victim_name"].tolist() == export["victim_name"].tolist()
    named = (export["suspect_name"] != "").to_numpy()
    assert row_labels.loc[named, "suspect_person"].notna().all()
    assert row_labels.loc[~named, "suspect_person"].isna().all()
    assert row_labels.loc[named, "suspect_name"].tolist() == \
        export.loc[named, "suspect_name"].tolist()


def test_persons_are_declared(labels, row_labels):
    declared = {p["person"]: p["kind"] for p in labels["persons"]}
    assert len(declared) == len(labels["persons"])
    used = set(row_labels["victim_person"]) | set(row_labels["suspect_person"].dropna())
    for case in labels["cases"]:
        used |= {case["victim_person"]} | ({case["suspect_person"]} - {None})
    assert used <= set(declared)


def test_every_crime_is_in_a_case_and_case_fields(labels, export, cases):
    refs = set(export["crime_ref"])
    in_cases = {ref for refs_of in cases["crime_refs"] for ref in refs_of}
    assert in_cases == refs
    assert cases["case"].is_unique
    assert cases["case"].str.fullmatch(r"HC\d{3}").all()
    for case in labels["cases"]:
        assert case["scenario"] and case["notes"]
        assert case["crime_refs"] == sorted(set(case["crime_refs"]))


def test_case_victim_is_on_its_crimes_except_proxy_records(labels, row_labels):
    victims = row_labels.groupby("crime_ref")["victim_person"].agg(set)
    suspects = row_labels.groupby("crime_ref")["suspect_person"].agg(set)
    proxy_records = 0
    for case in labels["cases"]:
        for ref in case["crime_refs"]:
            if case["victim_person"] in victims[ref]:
                continue
            # stalking by proxy: another victim, the course's own suspect named
            assert case["scenario"] == "stalking_by_proxy", (case["case"], ref)
            assert case["suspect_person"] in suspects[ref], (case["case"], ref)
            proxy_records += 1
    assert proxy_records >= 12


def test_labels_follow_the_recording_definition(labels, export):
    stalking = _recorded_as_stalking(export)
    for case in labels["cases"]:
        recorded = stalking[case["crime_refs"]]
        if case["label"] == "missed_stalking":
            assert not recorded.any(), case["case"]
            wanted = 1 if case["scenario"] == "one_record_course" else 2
            assert (len(case["crime_refs"]) == 1) if wanted == 1 else \
                (len(case["crime_refs"]) >= 2), case["case"]
        elif case["label"] == "recorded_stalking":
            assert recorded.any(), case["case"]
        else:
            assert not recorded.any(), case["case"]


def test_set_has_the_planned_scenarios(cases, export):
    counts = cases.groupby(["label", "scenario"]).size()
    for scenario in SPLIT_SCENARIOS:
        assert counts["missed_stalking"][scenario] >= 8, scenario
    for scenario in HARD_NEGATIVES:
        assert counts["not_stalking"][scenario] >= 5, scenario
    assert counts["missed_stalking"]["one_record_course"] >= 35
    assert counts["not_stalking"]["innocent_numbers"] >= 25
    assert counts["not_stalking"]["background"] >= 150
    assert counts["recorded_stalking"].sum() >= 3


def test_unknown_suspect_records_sit_inside_named_courses(cases, row_labels):
    """unknown_then_named: every course has records with no suspect before a named one."""
    first_named = row_labels.assign(named=row_labels["suspect_person"].notna())
    by_ref = first_named.set_index("crime_ref")["named"]
    for refs in cases.loc[cases["scenario"] == "unknown_then_named", "crime_refs"]:
        flags = by_ref[sorted(refs)].tolist()  # refs rise with the recorded date
        assert not flags[0] and flags[-1], refs


def test_unidentified_courses_have_three_records_in_ninety_days(cases, export):
    recorded = pd.to_datetime(export["recorded_date"], format="%d/%m/%Y %H:%M")
    when = pd.Series(recorded.to_numpy(), index=export["crime_ref"])
    unidentified = cases[cases["scenario"] == "unidentified_no_shared_token"]
    for _, case in unidentified.iterrows():
        assert pd.isna(case["suspect_person"])
        dates = when[case["crime_refs"]].sort_values()
        assert len(dates) >= 3
        assert (dates.iloc[-1] - dates.iloc[0]).days <= 90


def test_non_crime_records_are_marked_as_such(cases, export):
    by_ref = export.set_index("crime_ref")
    for refs in cases.loc[cases["scenario"] == "non_crime_records", "crime_refs"]:
        rows = by_ref.loc[refs]
        non_crime = rows["offence"].str.lower().str.contains("|".join(NON_CRIME_TITLES))
        assert non_crime.sum() >= 2, refs
        assert rows.loc[non_crime, "offence_code"].isin(["", "NN"]).all(), refs
        assert (rows.loc[non_crime, "outcome_code"] == "").all(), refs


def test_build_script_reproduces_the_committed_files(tmp_path):
    build = runpy.run_path(str(HELDOUT / "build_courses.py"))
    build["main"](["--out", str(tmp_path)])
    for name in ("courses.csv", "courses_labels.json"):
        assert (tmp_path / name).read_bytes() == (HELDOUT / name).read_bytes(), name
