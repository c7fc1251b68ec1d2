"""`audit evaluate`: the quality figures on the sample quarter and the held-out set."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.errors import EXIT_USAGE
from audit_cli.evaluate import evaluate
from audit_cli.paths import SAMPLE_DIR


def run_csv(export, out):
    result = CliRunner().invoke(cli, ["run", str(export), "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def quarter(tmp_path_factory):
    out = run_csv(SAMPLE_DIR / "quarter.csv", tmp_path_factory.mktemp("q") / "run")
    return evaluate(SAMPLE_DIR / "quarter_labels.json", out)


@pytest.fixture(scope="module")
def heldout(tmp_path_factory):
    out = run_csv(SAMPLE_DIR / "heldout" / "heldout.csv", tmp_path_factory.mktemp("h") / "run")
    return evaluate(SAMPLE_DIR / "heldout" / "heldout_labels.json", out)


def test_missed_stalking_on_the_sample_quarter(quarter):
    assert quarter.verdicts["labelled_missed_stalking"] == 163
    # The quarter holds the split courses and hard negatives of issue 12 since it was
    # regenerated (precision 0.915, recall 0.859 measured then, before courses were
    # assembled on the victim's timeline); the recall floor sits just under the figure.
    assert quarter.verdicts["precision"] >= 0.9
    assert quarter.verdicts["recall"] >= 0.85


def test_person_linking_on_the_sample_quarter(quarter):
    assert quarter.linking["precision"] >= 0.99
    assert quarter.linking["people"]["precision"] >= 0.99
    assert quarter.linking["people"]["recall"] >= 0.95


def test_held_out_floors(heldout):
    # Written by hand, independently of the rules and the generator: these floors catch a
    # regression; the figures themselves are reported in the README.
    # Counts and one-record courses (issue 13) traded precision for recall here:
    # 0.957/0.733 -> 0.891/0.800 (6 of 55 false: repeated lawful contact, e.g. a reporter
    # who knocked twice, a mother's welfare calls); README "Quality". Issue 13, second
    # pass: 0.911/0.850 (a count within one day is one occasion, a video needs a verb,
    # lexicon gaps in police and victims' writing).
    assert heldout.verdicts["precision"] >= 0.90
    assert heldout.verdicts["recall"] >= 0.83
    assert heldout.linking["people"]["precision"] >= 0.99
    assert heldout.linking["people"]["recall"] >= 0.95


def test_per_rule_table_counts_true_and_false(quarter):
    table = quarter.rules
    assert (table["fired"] == table["on_true"] + table["on_false"]).all()
    assert "told_to_stop" in set(table["rule"])


def test_evaluate_command_prints_figures_and_refuses_bad_labels(tmp_path, quarter):
    bad = tmp_path / "labels.json"
    bad.write_text(json.dumps({"format": "something-else"}))
    result = CliRunner().invoke(cli, ["evaluate", str(bad), "--run", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    assert "not a labels file" in result.output
