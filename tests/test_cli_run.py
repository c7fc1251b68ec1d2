"""`audit run` end to end through the CLI: outputs, period, precedence, exit codes,
determinism, pseudonymisation and interruption."""

from __future__ import annotations

import csv
import hashlib
import json
import re

import pytest
from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.errors import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from audit_cli.paths import SAMPLE_DIR

QUARTER = SAMPLE_DIR / "quarter.csv"
HELDOUT = SAMPLE_DIR / "heldout" / "heldout.csv"
RESULT_FILES = ["cases.csv", "parties.csv", "crimes.csv", "gaps.csv", "compliance.csv"]
CASE_COLUMNS = ["case_id", "verdict", "score", "four", "victim", "suspect", "crime_refs",
                "first_date", "last_date", "n_crimes", "recorded_offences", "rules", "gaps"]


def run(*args, env=None):
    return CliRunner().invoke(cli, ["run", *map(str, args)], env=env or {},
                              catch_exceptions=False)


def read_csv(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def quarter_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("q") / "2026Q3"
    result = run(QUARTER, "--period", "2026Q3", "--out", out)
    assert result.exit_code == EXIT_OK, result.output
    return out, result.output


def test_run_writes_every_output_and_a_summary(quarter_run):
    out, output = quarter_run
    for name in [*RESULT_FILES, "triage.csv", "rejects.csv", "manifest.json", "report.html",
                 "report.xlsx"]:
        assert (out / name).is_file(), name
    assert re.search(r"rows read 6000: audited \d+, rejected \d+, duplicates \d+", output)
    assert re.search(r"cases \d+: missed stalking \d+, review \d+, recorded stalking \d+",
                     output)
    assert "follow-up:" in output and f"reports in {out}" in output
    assert re.search(r"time: load [\d.]+s, link [\d.]+s, detect [\d.]+s", output)


def test_manifest_accounts_for_every_row(quarter_run):
    out, _ = quarter_run
    manifest = json.loads((out / "manifest.json").read_text())
    rows = manifest["rows"]
    assert rows["read"] == 6000
    assert rows["read"] == rows["kept"] + rows["rejected"] + rows["duplicates"]
    assert rows["duplicates"] > 0  # the sample holds exact duplicate rows on purpose
    assert manifest["inputs"][0]["sha256"] == hashlib.sha256(QUARTER.read_bytes()).hexdigest()
    assert manifest["results_format"] == 1
    assert manifest["period_start"] == "2026-07-01" and manifest["period_end"] == "2026-09-30"
    assert manifest["rule_pack"]["base_rules"] >= 40


def test_cases_csv_columns_and_period(quarter_run):
    out, _ = quarter_run
    cases = read_csv(out / "cases.csv")
    assert list(cases[0])[:len(CASE_COLUMNS)] == CASE_COLUMNS
    assert {c["verdict"] for c in cases} <= {"missed_stalking", "review", "recorded_stalking",
                                            "no_concern"}
    # every reported case has a crime recorded in the quarter; history may start earlier
    crimes = read_csv(out / "crimes.csv")
    # the date part only: "2026-09-30T16:58" sorts after "2026-09-30" as text
    in_quarter = {c["case_id"] for c in crimes
                  if "2026-07-01" <= c["recorded_date"][:10] <= "2026-09-30"}
    listed = {c["case_id"] for c in cases if c["verdict"] != "no_concern"}
    assert listed <= in_quarter
    assert any(c["first_date"] < "2026-07-01" for c in cases)
    for case in cases:
        assert case["crime_refs"].split(";") == sorted(case["crime_refs"].split(";"))
        assert int(case["n_crimes"]) == len(case["crime_refs"].split(";"))


def test_missed_stalking_cases_carry_rules_and_gaps(quarter_run):
    out, _ = quarter_run
    cases = read_csv(out / "cases.csv")
    missed = [c for c in cases if c["verdict"] == "missed_stalking"]
    assert len(missed) >= 50
    assert all(c["rules"] for c in missed)
    # stalking under a more serious principal crime is the rec-7 gap instead (June 2023 on)
    assert all({"not_recorded_as_stalking", "no_included_classification"}
               & set(c["gaps"].split(";")) for c in missed)
    gaps = read_csv(out / "gaps.csv")
    assert {g["case_id"] for g in gaps} <= {c["case_id"] for c in cases}


def test_same_inputs_give_byte_identical_results(quarter_run, tmp_path):
    out, _ = quarter_run
    again = tmp_path / "again"
    assert run(QUARTER, "--period", "2026Q3", "--out", again).exit_code == EXIT_OK
    for name in RESULT_FILES:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name

    def without_run_time(path):
        return re.sub(r"20\d\d-\d\d-\d\dT[\d:]+\+00:00", "", path.read_text())
    assert without_run_time(out / "report.html") == without_run_time(again / "report.html")


def test_existing_output_folder_needs_force(quarter_run):
    out, _ = quarter_run
    result = CliRunner().invoke(cli, ["run", str(HELDOUT), "--out", str(out)])
    assert result.exit_code == EXIT_USAGE
    assert "--force" in result.output and str(out) in result.output


def test_fail_on_missed_stalking_exits_1(tmp_path):
    result = run(HELDOUT, "--out", tmp_path / "o", "--format", "csv",
                 "--fail-on", "missed_stalking")
    assert result.exit_code == EXIT_FINDINGS, result.output
    clean = run(HELDOUT, "--out", tmp_path / "p", "--format", "csv")
    assert clean.exit_code == EXIT_OK


def test_environment_and_flags_choose_the_audience(tmp_path):
    leads = run(HELDOUT, "--out", tmp_path / "leads", env={"AUDIT_AUDIENCE": "leads"})
    assert leads.exit_code == EXIT_OK, leads.output
    assert (tmp_path / "leads" / "leads.html").exists()
    assert not (tmp_path / "leads" / "cases.csv").exists()
    flag = run(HELDOUT, "--out", tmp_path / "flag", "--audience", "analysts", "--format", "csv",
               env={"AUDIT_AUDIENCE": "leads"})
    assert flag.exit_code == EXIT_OK
    assert (tmp_path / "flag" / "cases.csv").exists()


def test_config_file_sets_the_period_and_thresholds(tmp_path):
    config = tmp_path / "force.yml"
    config.write_text("run:\n  period: 2026Q3\n  formats: csv\n"
                      "detection:\n  thresholds:\n    missed: 1000\n")
    result = run(HELDOUT, "--out", tmp_path / "o", "--config", config)
    assert result.exit_code == EXIT_OK, result.output
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    assert manifest["period_start"] == "2026-07-01"
    assert manifest["thresholds"]["missed"] == 1000
    assert not any(c["verdict"] == "missed_stalking"
                   for c in read_csv(tmp_path / "o" / "cases.csv"))


def test_pseudonymise_needs_a_key_and_hides_names(tmp_path):
    missing = CliRunner().invoke(cli, ["run", str(HELDOUT), "--out", str(tmp_path / "x"),
                                       "--pseudonymise"], env={"AUDIT_PSEUDONYM_KEY": ""})
    assert missing.exit_code == EXIT_USAGE
    assert "key" in missing.output.lower()
    assert not (tmp_path / "x").exists()
    key = tmp_path / "key"
    key.write_text("a force's secret pseudonymisation key, 32+ bytes long")
    result = run(HELDOUT, "--out", tmp_path / "p", "--format", "csv,html", "--pseudonymise",
                 "--key-file", key)
    assert result.exit_code == EXIT_OK, result.output
    names = {r["victim_name"] for r in read_csv(HELDOUT)} - {""}
    surnames = {n.replace(",", " ").split()[0] for n in names if " " in n}
    text = "".join((tmp_path / "p" / f).read_text() for f in RESULT_FILES + ["report.html"])
    leaked = [n for n in names if n in text]
    assert leaked == [], leaked[:5]
    assert len(surnames) > 50


def test_ctrl_c_leaves_no_partial_output(tmp_path, monkeypatch):
    import audit_cli.pipeline as pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(pipeline, "check_followup", interrupted)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(HELDOUT), "--out", str(out)])
    assert result.exit_code == EXIT_INTERRUPTED
    assert "interrupted" in result.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_bad_period_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(HELDOUT), "--out", str(tmp_path / "o"),
                                      "--period", "2026Q7"])
    assert result.exit_code == EXIT_USAGE
    assert "calendar quarter" in result.output
    assert not (tmp_path / "o").exists()
