"""`audit compare`: two runs' compliance side by side; unknown result layouts refused."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from audit_cli.compare import COMPARE_COLUMNS, compare_command, compare_runs
from audit_cli.errors import AuditError
from audit_cli.followup import check_followup, example_frames, load_requirements
from audit_cli.report.results import csv_bytes

HEADER = "requirement,breakdown,group,applicable,compliant,rate,target,rag"
RUN_A = [
    "no_referral,overall,,10,6,0.6,0.9,R",
    "no_referral,team,CID,4,4,1.0,0.9,G",
    "no_referral,team,NPT,6,2,0.3333333333,0.9,R",
    "pin_used,overall,,0,0,,1.0,",
]
RUN_B = [
    "no_referral,overall,,8,7,0.875,0.9,A",
    "no_referral,team,CID,8,7,0.875,0.9,A",
    "pin_used,overall,,5,5,1.0,1.0,G",
]


def write_run(folder: Path, lines: list[str], manifest: dict | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "compliance.csv").write_text("\n".join([HEADER, *lines]) + "\n",
                                           encoding="utf-8")
    if manifest is not None:
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.fixture
def runs(tmp_path):
    return (write_run(tmp_path / "2026Q2", RUN_A, {"results_format": 1}),
            write_run(tmp_path / "2026Q3", RUN_B, {"results_format": 1}))


def test_rates_counts_and_change_side_by_side(runs):
    table = compare_runs(*runs)
    assert list(table.columns) == COMPARE_COLUMNS
    assert list(zip(table["requirement"], table["breakdown"], table["group"])) == [
        ("no_referral", "overall", ""), ("no_referral", "team", "CID"),
        ("no_referral", "team", "NPT"), ("pin_used", "overall", "")]
    overall = table.iloc[0]
    assert (overall["applicable_a"], overall["compliant_a"], overall["applicable_b"],
            overall["compliant_b"]) == (10, 6, 8, 7)
    assert overall["change"] == pytest.approx(0.875 - 0.6)
    assert (overall["rag_a"], overall["rag_b"]) == ("R", "A")
    npt = table.iloc[2]  # a team with no cases in the later run
    assert pd.isna(npt["applicable_b"]) and pd.isna(npt["change"])
    pin = table.iloc[3]  # no applicable cases in A: no rate, so no change
    assert pd.isna(pin["rate_a"]) and pin["rate_b"] == 1.0 and pd.isna(pin["change"])


@pytest.mark.parametrize("manifest,message", [
    ({"tool": "audit"}, "no 'results_format'"),
    ({"results_format": 2}, "results_format 2 is not supported"),
    ({"results_format": "1"}, "results_format '1' is not supported"),
    ({"results_format": True}, "results_format True is not supported"),
])
def test_unknown_or_missing_results_format_is_refused(tmp_path, runs, manifest, message):
    other = write_run(tmp_path / "old", RUN_B, manifest)
    with pytest.raises(AuditError) as err:
        compare_runs(runs[0], other)
    assert message in str(err.value)
    assert str(other / "manifest.json") in str(err.value)


def test_missing_manifest_and_bad_compliance_are_refused(tmp_path, runs):
    bare = write_run(tmp_path / "bare", RUN_B)
    with pytest.raises(AuditError, match="manifest.json not found"):
        compare_runs(runs[0], bare)
    with pytest.raises(AuditError, match="run folder not found"):
        compare_runs(runs[0], tmp_path / "nowhere")
    broken = write_run(tmp_path / "broken", ["no_referral,overall,,ten,6,0.6,0.9,R"],
                       {"results_format": 1})
    with pytest.raises(AuditError) as err:
        compare_runs(runs[0], broken)
    assert "row 2" in str(err.value) and "'applicable'" in str(err.value)
    (broken / "compliance.csv").write_text("requirement,rate\nx,0.5\n")
    with pytest.raises(AuditError, match="lacks the column"):
        compare_runs(runs[0], broken)


def test_runs_written_by_the_results_writer_compare(tmp_path):
    requirements = load_requirements()
    examples = [{"crimes": [{"support_referral": "Paladin", "referral_date": "2026-07-01"}]},
                {"crimes": [{"support_referral": "Victim First"}]}]
    results = []
    for n_cases in (1, 2):
        cases, crimes, case_crimes, hits = example_frames(examples[:n_cases])
        results.append(check_followup(cases, crimes, case_crimes, hits, requirements, {},
                                      rule_tags={}))
    folders = []
    for name, result in zip(("a", "b"), results):
        folder = tmp_path / name
        folder.mkdir()
        # Written the way `audit run` writes its results (4-decimal rates, "" for NaN).
        (folder / "compliance.csv").write_bytes(csv_bytes(result.compliance))
        (folder / "manifest.json").write_text('{"results_format": 1}')
        folders.append(folder)
    table = compare_runs(*folders).set_index(["requirement", "breakdown", "group"])
    row = table.loc[("no_referral", "overall", "")]
    assert (row["applicable_a"], row["compliant_a"], row["rate_a"]) == (1, 1, 1.0)
    assert (row["applicable_b"], row["compliant_b"], row["rate_b"]) == (2, 1, 0.5)
    assert row["change"] == pytest.approx(-0.5)


def test_command_prints_an_aligned_table_and_writes_csv(runs, tmp_path):
    out = tmp_path / "cmp" / "q2_q3.csv"
    result = CliRunner().invoke(compare_command, [str(runs[0]), str(runs[1]), "--out",
                                                  str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    # no period in these manifests: each run is named by its folder
    assert lines[0].split() == ["requirement", "breakdown", "group", "2026Q2", "n", "2026Q2",
                                "rate", "2026Q2", "rag", "2026Q3", "n", "2026Q3", "rate",
                                "2026Q3", "rag", "change"]
    assert len(lines) == 4  # header, rule, the two overall rows
    assert len({len(line) for line in lines}) == 1  # right-aligned last column
    assert lines[2].split() == ["no_referral", "overall", "10", "60%", "R", "8", "88%",
                                "A", "+28", "pts"]  # whole numbers, half away from zero
    assert lines[3].split()[-1] == "-"
    written = pd.read_csv(out, keep_default_na=False)
    assert len(written) == 4 and set(written["breakdown"]) == {"overall", "team"}


def test_command_breakdown_option_selects_rows(runs):
    result = CliRunner().invoke(compare_command, [str(runs[0]), str(runs[1]),
                                                  "--breakdown", "team"])
    assert result.exit_code == 0, result.output
    body = result.stdout.splitlines()[2:]
    assert [line.split()[2] for line in body] == ["CID", "NPT"]


def test_command_refusal_is_one_line_and_exit_2(tmp_path, runs):
    newer = write_run(tmp_path / "newer", RUN_B, {"results_format": 9})
    result = CliRunner().invoke(compare_command, [str(runs[0]), str(newer),
                                                  "--out", str(tmp_path / "x.csv")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "results_format 9" in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "x.csv").exists()


def quarter_manifest(start: str, end: str, verdicts: dict | None = None) -> dict:
    return {"results_format": 1, "period_start": start, "period_end": end,
            "verdicts": verdicts or {}}


def test_runs_are_named_by_period_with_verdict_counts(tmp_path):
    a = write_run(tmp_path / "first", RUN_A, quarter_manifest(
        "2026-04-01", "2026-06-30", {"missed_stalking": 12, "review": 30,
                                     "recorded_stalking": 4, "no_concern": 900}))
    b = write_run(tmp_path / "second", RUN_B, quarter_manifest(
        "2026-07-01", "2026-09-30", {"missed_stalking": 9, "review": 33,
                                     "recorded_stalking": 6, "no_concern": 950}))
    result = CliRunner().invoke(compare_command, [str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split()[3:5] == ["2026Q2", "n"]
    assert "cases by verdict: 2026Q2 -> 2026Q3" in result.stdout
    missed = next(line for line in result.stdout.splitlines() if "missed stalking" in line)
    assert missed.split() == ["missed", "stalking", "12", "->", "9", "(-3)"]
    assert "warning" not in result.stderr


def test_same_quarter_and_wrong_order_are_warned(tmp_path):
    q2 = quarter_manifest("2026-04-01", "2026-06-30")
    q3 = quarter_manifest("2026-07-01", "2026-09-30")
    a = write_run(tmp_path / "a", RUN_A, q3)
    same = write_run(tmp_path / "same", RUN_B, q3)
    earlier = write_run(tmp_path / "earlier", RUN_B, q2)
    result = CliRunner().invoke(compare_command, [str(a), str(same)])
    assert "both runs audit the same period (2026Q3)" in result.stderr
    assert "2026Q3 (1) n" in result.stdout.splitlines()[0]
    result = CliRunner().invoke(compare_command, [str(a), str(earlier)])
    assert "audits an earlier period than the first (2026Q3)" in result.stderr
    assert result.exit_code == 0


def test_a_period_that_is_not_a_quarter_is_named_by_its_dates(tmp_path):
    a = write_run(tmp_path / "a", RUN_A, quarter_manifest("2026-07-01", "2026-07-31"))
    b = write_run(tmp_path / "b", RUN_B, quarter_manifest("2026-08-01", "2026-08-31"))
    result = CliRunner().invoke(compare_command, [str(a), str(b)])
    assert "2026-07-01 to 2026-07-31 -> 2026-08-01 to 2026-08-31" not in result.stdout
    assert result.stdout.splitlines()[0].split()[3:7] == ["2026-07-01", "to", "2026-07-31",
                                                          "n"]
