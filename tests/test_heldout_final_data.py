"""Consistency of the third hand-written held-out set (sample_data/heldout/final.csv).

The final, unseen measure for issues 12 and 13. Like the tests of the first two sets: the
CSV and its labels agree with each other and with the labels format, the set holds the
planned scenarios in the planned numbers, each split scenario has its shape, and the
builder reproduces the committed files byte for byte. Nothing here runs the pipeline on
the set (the lead measures it once, at the end).
"""

from __future__ import annotations

import json
import runpy

import pandas as pd
import pytest

from audit_cli.paths import SAMPLE_DIR
from test_heldout_courses_data import NON_CRIME_TITLES, SPLIT_SCENARIOS
from test_heldout_data import ALL_COLUMNS, REQUIRED, _recorded_as_stalking

HELDOUT = SAMPLE_DIR / "heldout"
CSV = HELDOUT / "final.csv"
LABELS = HELDOUT / "final_labels.json"
EARLIER_SETS = [HELDOUT / "heldout.csv", HELDOUT / "courses.csv"]
MINIMUM_CASES = {  # the brief's minimum per (label, scenario)
    **{("missed_stalking", s): 6 for s in SPLIT_SCENARIOS},
    ("missed_stalking", "one_record_course"): 25,
    ("missed_stalking", "split_course"): 10,
    ("recorded_stalking", "recorded_stalking"): 4,
    **{("not_stalking", s): 5 for s in (
        "innocent_numbers", "unrelated_crimes_one_victim", "shop_many_thefts",
        "neighbour_counter_allegations", "namesake_father_son", "two_ex_partners",
        "lawful_repeated_contact")},
    ("not_stalking", "background"): 120,
}


@pytest.fixture(scope="module")
def export() -> pd.DataFrame:
    return pd.read_csv(CSV, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def labels() -> dict:
    return json.loads(LABELS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows(labels) -> pd.DataFrame:
    return pd.DataFrame(labels["rows"])


@pytest.fixture(scope="module")
def cases(labels) -> pd.DataFrame:
    return pd.DataFrame(labels["cases"])


@pytest.fixture(scope="module")
def recorded(export) -> pd.Series:
    when = pd.to_datetime(export["recorded_date"], format="%d/%m/%Y %H:%M")
    return pd.Series(when.to_numpy(), index=export["crime_ref"])


def test_export_columns_values_and_dates(export, recorded):
    assert sorted(export.columns) == sorted(ALL_COLUMNS)
    for column in REQUIRED:
        assert (export[column].str.strip() != "").all(), column
    assert recorded.between("2025-01-01", "2026-12-31").all()
    assert 0.80 <= recorded.between("2026-07-01", "2026-09-30 23:59").mean() < 1.0
    for column in ["victim_dob", "suspect_dob", "risk_date", "outcome_date", "referral_date"]:
        pd.to_datetime(export.loc[export[column] != "", column], format="%d/%m/%Y")


def test_refs_are_new_rise_with_recorded_date_and_leave_gaps(export, recorded):
    assert export["crime_ref"].str.fullmatch(r"HZ/\d\d/\d{6}").all()
    assert export["crime_ref"].is_unique
    for earlier in EARLIER_SETS:
        other = pd.read_csv(earlier, dtype=str, keep_default_na=False)
        assert not set(export["crime_ref"]) & set(other["crime_ref"]), earlier.name
    assert recorded.is_monotonic_increasing  # rows in recorded order, courses interleaved
    for year, refs in export.groupby(recorded.dt.year.to_numpy())["crime_ref"]:
        numbers = refs.str[-6:].astype(int)
        assert numbers.is_monotonic_increasing, year
        assert (numbers.diff().dropna() > 1).all(), year


def test_labels_rows_match_the_export(labels, export, rows):
    assert labels["format"] == "audit-labels" and labels["version"] == 1
    assert labels["generator"] == {"seed": None, "rows": len(export),
                                   "tool_version": "handwritten"}
    assert rows["line"].tolist() == list(range(2, len(export) + 2))
    assert rows["crime_ref"].tolist() == export["crime_ref"].tolist()
    assert rows["victim_name"].tolist() == export["victim_name"].tolist()
    named = (export["suspect_name"] != "").to_numpy()
    assert rows.loc[named, "suspect_person"].notna().all()
    assert rows.loc[~named, "suspect_person"].isna().all()
    declared = {p["person"] for p in labels["persons"]}
    assert len(declared) == len(labels["persons"])
    assert set(rows["victim_person"]) | set(rows["suspect_person"].dropna()) <= declared


def test_every_crime_in_a_case_and_case_victims(labels, export, rows, cases):
    assert {ref for refs in cases["crime_refs"] for ref in refs} == set(export["crime_ref"])
    assert cases["case"].is_unique and cases["case"].str.fullmatch(r"HF\d{3}").all()
    victims = rows.groupby("crime_ref")["victim_person"].agg(set)
    suspects = rows.groupby("crime_ref")["suspect_person"].agg(set)
    proxy = 0
    for case in labels["cases"]:
        assert case["scenario"] and case["notes"]
        for ref in case["crime_refs"]:
            if case["victim_person"] not in victims[ref]:
                assert case["scenario"] == "stalking_by_proxy", (case["case"], ref)
                assert case["suspect_person"] in suspects[ref], (case["case"], ref)
                proxy += 1
    assert proxy >= 12  # two proxy records in each of the six proxy courses


def test_labels_follow_the_recording_definition(labels, export):
    stalking = _recorded_as_stalking(export)
    for case in labels["cases"]:
        on_record = stalking[case["crime_refs"]]
        assert on_record.any() == (case["label"] == "recorded_stalking"), case["case"]
        if case["label"] == "missed_stalking":
            one = case["scenario"] == "one_record_course"
            assert (len(case["crime_refs"]) == 1) == one, case["case"]


def test_planned_scenarios_and_counts(cases):
    counts = cases.groupby(["label", "scenario"]).size()
    for key, least in MINIMUM_CASES.items():
        assert counts.get(key, 0) >= least, key
    assert set(counts.index) == set(MINIMUM_CASES)


def test_split_scenarios_have_their_shape(cases, rows, export, recorded):
    named = rows.set_index("crime_ref")["suspect_person"].notna()
    by_ref = export.set_index("crime_ref")
    for _, case in cases[cases["label"] == "missed_stalking"].iterrows():
        refs = sorted(case["crime_refs"], key=lambda ref: recorded[ref])
        if case["scenario"] == "unknown_then_named":
            assert not named[refs[0]] and named[refs[-1]], case["case"]
        elif case["scenario"] == "unidentified_no_shared_token":
            assert pd.isna(case["suspect_person"]) and len(refs) >= 3
            assert not named[refs].any(), case["case"]
            assert (recorded[refs[-1]] - recorded[refs[0]]).days <= 90, case["case"]
        elif case["scenario"] == "non_crime_records":
            kinds = by_ref.loc[refs, "offence"].str.lower()
            non_crime = kinds.str.contains("|".join(NON_CRIME_TITLES)).to_numpy()
            assert 2 <= non_crime.sum() < len(refs), case["case"]  # and a crime
            assert by_ref.loc[refs].loc[non_crime, "offence_code"].isin(["", "NN"]).all()
            assert (by_ref.loc[refs].loc[non_crime, "outcome_code"] == "").all()
        elif case["scenario"] == "split_course":
            assert 2 <= len(refs) <= 5 and named[refs].all(), case["case"]


def test_suspect_name_variants_write_one_suspect_several_ways(cases, rows):
    for _, case in cases[cases["scenario"] == "suspect_name_variants"].iterrows():
        of_case = rows[rows["crime_ref"].isin(case["crime_refs"])]
        named = of_case.dropna(subset=["suspect_person"])  # or only a description of him
        assert (named["suspect_person"] == case["suspect_person"]).all(), case["case"]
        assert len(named) >= 2, case["case"]
        assert named["suspect_name"].str.lower().nunique() == len(named), case["case"]


def test_build_script_reproduces_the_committed_files(tmp_path):
    build = runpy.run_path(str(HELDOUT / "build_final.py"))
    build["main"](["--out", str(tmp_path)])
    for name in ("final.csv", "final_labels.json"):
        assert (tmp_path / name).read_bytes() == (HELDOUT / name).read_bytes(), name
