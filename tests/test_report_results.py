"""Machine-readable results: columns, order, formatting, determinism, manifest."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pandas as pd
import pytest
from report_fixture import build_result, listed_case_crimes, listed_cases

from audit_cli.report import write_reports
from audit_cli.report.results import csv_bytes, write_problems_csv

CASE_HEAD = ["case_id", "verdict", "score", "four", "victim", "suspect", "crime_refs",
             "first_date", "last_date", "n_crimes", "recorded_offences", "rules", "gaps",
             "kind", "score_f", "score_o", "score_u", "score_r", "link_reasons"]


@pytest.fixture(scope="module")
def result():
    return build_result()


@pytest.fixture(scope="module")
def out(result, tmp_path_factory):
    folder = tmp_path_factory.mktemp("results") / "run"
    write_reports(result, folder, {"csv"})
    return folder


def read(path):
    with path.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def header(path):
    return path.read_text(encoding="utf-8").split("\n", 1)[0].split(",")


def test_files_written(out):
    names = sorted(p.name for p in out.iterdir())
    assert names == ["cases.csv", "compliance.csv", "crimes.csv", "gaps.csv", "manifest.json",
                     "parties.csv", "reference.csv", "rejects.csv", "triage.csv", "warnings.csv"]


def test_column_orders(out):
    assert header(out / "cases.csv")[:len(CASE_HEAD)] == CASE_HEAD
    assert header(out / "parties.csv") == ["crime_ref", "role", "name", "dob", "person_id",
                                           "postcode", "is_org"]
    assert header(out / "crimes.csv") == ["case_id", "crime_ref", "recorded_date",
                                          "offence_date", "offence_code", "offence",
                                          "offence_family", "offence_title",
                                          "allocated_team", "team", "outcome_code",
                                          "evidence", "narrative"]
    assert header(out / "rejects.csv") == ["source_file", "source_line", "crime_ref", "column",
                                           "value", "reason"]


def test_cases_sorted_and_formatted(out, result):
    rows = read(out / "cases.csv")
    assert len(rows) == len(result.cases)
    ranks = {"missed_stalking": 0, "review": 1, "recorded_stalking": 2, "no_concern": 3}
    keys = [(ranks[r["verdict"]], -float(r["score"]), r["case_id"]) for r in rows]
    assert keys == sorted(keys)
    first = rows[0]
    assert first["score"].count(".") == 1 and len(first["score"].split(".")[1]) == 4
    assert len(first["first_date"]) == 10 and first["first_date"][4] == "-"
    assert first["recorded_as_stalking"] in ("true", "false")
    unidentified = [r for r in rows if r["kind"] == "unidentified_suspect"]
    assert unidentified and all(r["suspect"] == "" and r["suspect_person"] == ""
                                for r in unidentified)


def test_crimes_carry_evidence_with_rule_ids(out, result):
    rows = read(out / "crimes.csv")
    reported = set(listed_case_crimes(result)["crime_ref"])
    assert {r["crime_ref"] for r in rows} == reported
    hit = result.detect.hits.iloc[0]
    row = next(r for r in rows if r["crime_ref"] == hit["crime_ref"])
    assert f'{hit["rule_id"]}: "{hit["matched"]}"' in row["evidence"]


def test_rejects_and_warnings_split(out, result):
    rejects = read(out / "rejects.csv")
    warnings = read(out / "warnings.csv")
    assert len(rejects) == (result.load.problems["severity"] == "reject").sum()
    assert len(warnings) == (result.load.problems["severity"] == "warning").sum()
    assert rejects[0]["source_line"] == "40"


def test_byte_identical_for_identical_input(result, tmp_path):
    write_reports(result, tmp_path / "a", {"csv"})
    write_reports(build_result(), tmp_path / "b", {"csv"})
    for path in sorted((tmp_path / "a").glob("*.csv")):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name
        assert b"\r\n" not in path.read_bytes().replace(b'"\r\n', b"")


def test_manifest_lists_every_output_with_sha256(out, result):
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["results_format"] == 1
    assert manifest["period"] == result.manifest["period"]
    files = {o["file"]: o["sha256"] for o in manifest["outputs"]}
    assert "manifest.json" not in files
    assert set(files) == {p.name for p in out.iterdir()} - {"manifest.json"}
    for name, digest in files.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest


def test_csv_value_formatting():
    frame = pd.DataFrame({
        "when": pd.to_datetime(["2026-07-01", None]),
        "rate": [0.5, float("nan")],
        "flag": pd.array([True, None], dtype="boolean"),
        "text": pd.array(["=1+1", None], dtype="string"),
        "mixed": pd.Series([pd.Timestamp("2026-01-02"), "DOB-1234abcd"], dtype=object),
    })
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode("utf-8"))))
    assert rows[1] == ["2026-07-01", "0.5000", "true", "'=1+1", "2026-01-02"]
    assert rows[2] == ["", "", "", "", "DOB-1234abcd"]


def test_write_problems_csv_is_atomic_and_private(result, tmp_path):
    target = tmp_path / "sub" / "rejects.csv"
    write_problems_csv(result.load.rejects, target)
    assert len(read(target)) == 3
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in target.parent.iterdir()] == ["rejects.csv"]
