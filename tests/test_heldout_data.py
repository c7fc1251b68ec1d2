"""Consistency of the hand-written held-out set (sample_data/heldout).

These tests check that the CSV and its labels agree with each other and with the labels
format; they say nothing about how well the pipeline scores on the set.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pandas as pd
import pytest

from audit_cli.paths import SAMPLE_DIR

HELDOUT = SAMPLE_DIR / "heldout"
CSV = HELDOUT / "heldout.csv"
LABELS = HELDOUT / "heldout_labels.json"

REQUIRED = ["crime_ref", "recorded_date", "offence", "narrative", "victim_name"]
ALL_COLUMNS = REQUIRED + [
    "offence_date", "offence_code", "victim_dob", "victim_postcode", "victim_id",
    "suspect_name", "suspect_dob", "suspect_postcode", "suspect_id", "relationship",
    "domestic", "flags", "allocated_team", "risk_level", "risk_date", "screening_tool",
    "screening_date", "investigation_plan", "support_referral", "referral_date", "spo",
    "triage_date", "outcome_code", "outcome_date",
]
CASE_LABELS = {"missed_stalking", "recorded_stalking", "not_stalking"}
STALKING_CODES = {"195/12", "8/65", "8/66", "008/65", "008/66", "8Q"}


@pytest.fixture(scope="module")
def export() -> pd.DataFrame:
    return pd.read_csv(CSV, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def labels() -> dict:
    return json.loads(LABELS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def row_labels(labels) -> pd.DataFrame:
    return pd.DataFrame(labels["rows"])


def test_csv_has_every_export_column(export):
    assert sorted(export.columns) == sorted(ALL_COLUMNS)
    assert len(export) >= 300


def test_required_columns_are_filled(export):
    for column in REQUIRED:
        assert (export[column].str.strip() != "").all(), column


def test_dates_are_day_first(export):
    recorded = pd.to_datetime(export["recorded_date"], format="%d/%m/%Y %H:%M")
    assert recorded.between("2025-01-01", "2026-12-31").all()
    for column in ["offence_date", "victim_dob", "suspect_dob", "risk_date", "outcome_date"]:
        filled = export.loc[export[column] != "", column]
        pd.to_datetime(filled, format="%d/%m/%Y")  # raises on any other form


def test_labels_header(labels, export):
    assert labels["format"] == "audit-labels"
    assert labels["version"] == 1
    assert labels["generator"] == {"seed": None, "rows": len(export),
                                   "tool_version": "handwritten"}


def test_every_row_is_labelled_by_its_line(export, row_labels):
    assert row_labels["line"].tolist() == list(range(2, len(export) + 2))
    assert row_labels["crime_ref"].tolist() == export["crime_ref"].tolist()
    assert row_labels["victim_name"].tolist() == export["victim_name"].tolist()


def test_every_row_has_identities(export, row_labels):
    assert row_labels["victim_person"].notna().all()
    named = export["suspect_name"] != ""
    assert row_labels.loc[named.to_numpy(), "suspect_person"].notna().all()
    assert row_labels.loc[~named.to_numpy(), "suspect_person"].isna().all()
    written = row_labels.loc[named.to_numpy(), "suspect_name"].tolist()
    assert written == export.loc[named, "suspect_name"].tolist()


def test_persons_are_declared(labels, row_labels):
    declared = {p["person"]: p["kind"] for p in labels["persons"]}
    assert len(declared) == len(labels["persons"])
    assert set(declared.values()) <= {"person", "organisation"}
    used = set(row_labels["victim_person"]) | set(row_labels["suspect_person"].dropna())
    for case in labels["cases"]:
        used |= {case["victim_person"]} | ({case["suspect_person"]} - {None})
    assert used <= set(declared)


def test_every_labelled_crime_exists_and_every_crime_is_in_a_case(labels, export):
    refs = set(export["crime_ref"])
    in_cases = {ref for case in labels["cases"] for ref in case["crime_refs"]}
    assert in_cases <= refs
    assert refs <= in_cases


def test_case_fields(labels):
    ids = [case["case"] for case in labels["cases"]]
    assert len(ids) == len(set(ids))
    for case in labels["cases"]:
        assert case["label"] in CASE_LABELS
        assert case["scenario"] and case["notes"]
        assert case["crime_refs"] == sorted(set(case["crime_refs"]))


def test_case_victim_is_on_each_of_its_crimes(labels, row_labels):
    victims_by_crime = row_labels.groupby("crime_ref")["victim_person"].agg(set)
    for case in labels["cases"]:
        for ref in case["crime_refs"]:
            assert case["victim_person"] in victims_by_crime[ref], (case["case"], ref)


def _recorded_as_stalking(export: pd.DataFrame) -> pd.Series:
    by_code = export["offence_code"].str.upper().isin(STALKING_CODES)
    by_title = export["offence"].str.contains("stalk", case=False)
    by_flag = export["flags"].str.contains("stalk", case=False)
    return (by_code | by_title | by_flag).groupby(export["crime_ref"]).any()


def test_labels_follow_the_recording_definition(labels, export):
    stalking = _recorded_as_stalking(export)
    for case in labels["cases"]:
        recorded = stalking[case["crime_refs"]]
        if case["label"] == "missed_stalking":
            assert not recorded.any(), case["case"]
            assert len(case["crime_refs"]) >= 2, case["case"]
        elif case["label"] == "recorded_stalking":
            assert recorded.any(), case["case"]


def test_set_has_the_planned_mix(labels):
    counts = pd.Series([case["label"] for case in labels["cases"]]).value_counts()
    assert counts["missed_stalking"] >= 55
    assert counts["recorded_stalking"] >= 12
    assert counts["not_stalking"] >= 55


def test_build_script_reproduces_the_committed_files(tmp_path):
    build = runpy.run_path(str(HELDOUT / "build_heldout.py"))
    build["main"](["--out", str(tmp_path)])
    for name in ("heldout.csv", "heldout_labels.json"):
        assert (tmp_path / name).read_bytes() == (HELDOUT / name).read_bytes(), name
