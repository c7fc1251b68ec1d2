"""`audit evaluate` by scenario: recall per missed_stalking scenario and, per not_stalking
scenario, how many hard negatives became missed_stalking."""

from __future__ import annotations

import json

import pandas as pd
from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.evaluate import evaluate_scenarios

LABELS = {
    "format": "audit-labels", "version": 1,
    "rows": [{"line": 2, "crime_ref": "A", "victim_name": "X", "victim_person": "P1",
              "suspect_name": None, "suspect_person": None}],
    "cases": [
        {"case": "T1", "label": "missed_stalking", "scenario": "proxy", "crime_refs": ["A", "B"]},
        {"case": "T2", "label": "missed_stalking", "scenario": "proxy", "crime_refs": ["C"]},
        {"case": "T3", "label": "missed_stalking", "scenario": "proxy", "crime_refs": ["D"]},
        {"case": "T4", "label": "missed_stalking", "scenario": "split", "crime_refs": ["E"]},
        {"case": "T5", "label": "not_stalking", "scenario": "shop", "crime_refs": ["F"]},
        {"case": "T6", "label": "not_stalking", "scenario": "shop", "crime_refs": ["G", "H"]},
        {"case": "T7", "label": "recorded_stalking", "scenario": "rec", "crime_refs": ["I"]},
        # not in the run: left out of every count
        {"case": "T8", "label": "missed_stalking", "scenario": "split", "crime_refs": ["Z"]},
    ],
}
CASES = pd.DataFrame({
    "case_id": ["c1", "c2", "c3", "c4", "c5"],
    "verdict": ["missed_stalking", "review", "missed_stalking", "no_concern",
                "recorded_stalking"],
    # T1 found through one of its crimes; T2 only in review; T3 found; T6 flagged
    "crime_refs": ["B", "C", "D;H", "A;E;F;G", "I"],
    "rules": ["", "", "", "", ""],
})


def test_counts_per_scenario():
    result = evaluate_scenarios(LABELS, CASES)
    assert result["missed_stalking"] == {
        "proxy": {"labelled": 3, "found": 2, "recall": 0.6667},
        "split": {"labelled": 1, "found": 0, "recall": 0.0},
    }
    assert result["not_stalking"] == {"shop": {"labelled": 2, "became_missed_stalking": 1}}


def test_command_prints_and_json_carries_the_scenarios(tmp_path):
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps(LABELS))
    run = tmp_path / "run"
    run.mkdir()
    CASES.to_csv(run / "cases.csv", index=False)
    pd.DataFrame({"crime_ref": ["A"], "role": ["victim"], "name": ["X"], "dob": [""],
                  "person_id": ["p1"]}).to_csv(run / "parties.csv", index=False)
    runner = CliRunner()
    text = runner.invoke(cli, ["evaluate", str(labels), "--run", str(run)])
    assert text.exit_code == 0, text.output
    assert "proxy" in text.output and "   2 / 3" in text.output
    assert "shop" in text.output and "   1 / 2" in text.output
    as_json = runner.invoke(cli, ["evaluate", str(labels), "--run", str(run), "--json"])
    assert as_json.exit_code == 0, as_json.output
    scenarios = json.loads(as_json.output)["scenarios"]
    assert scenarios["missed_stalking"]["split"]["found"] == 0
    assert scenarios["not_stalking"]["shop"]["became_missed_stalking"] == 1
