"""Settings precedence: built-in defaults < --config file < AUDIT_* environment < flags."""

from __future__ import annotations

import re

import pandas as pd
import pytest
import yaml

from audit_cli.config import load_settings, merge, parse_period, resolve_run_options
from audit_cli.errors import AuditError

NO_FLAGS = {"profile": None, "period": None, "date_from": None, "date_to": None,
            "formats": None, "audience": None, "fail_on": None, "pseudonymise": None}


def test_defaults_apply_without_config_env_or_flags():
    options = resolve_run_options(NO_FLAGS, load_settings(None), environ={})
    assert options["audience"] == "analysts"
    assert options["formats"] == ["html", "xlsx", "csv"]
    assert options["fail_on"] == "never"
    assert options["period_start"] is None


def test_config_file_beats_defaults(tmp_path):
    config = tmp_path / "force.yml"
    config.write_text("run:\n  audience: leads\n  period: 2026Q2\n")
    options = resolve_run_options(NO_FLAGS, load_settings(config), environ={})
    assert options["audience"] == "leads"
    assert options["period_start"] == pd.Timestamp("2026-04-01")
    assert options["period_end"] == pd.Timestamp("2026-06-30")


def test_environment_beats_config_file(tmp_path):
    config = tmp_path / "force.yml"
    config.write_text("run:\n  audience: leads\n  formats: html\n")
    options = resolve_run_options(NO_FLAGS, load_settings(config),
                                  environ={"AUDIT_AUDIENCE": "analysts"})
    assert options["audience"] == "analysts"
    assert options["formats"] == ["html"]  # config still applies where env is silent


def test_flags_beat_environment(tmp_path):
    config = tmp_path / "force.yml"
    config.write_text("run:\n  formats: html\n")
    flags = dict(NO_FLAGS, formats="csv,xlsx")
    options = resolve_run_options(flags, load_settings(config),
                                  environ={"AUDIT_FORMATS": "html"})
    assert options["formats"] == ["xlsx", "csv"]


def test_config_sections_merge_key_by_key(tmp_path):
    config = tmp_path / "force.yml"
    config.write_text("force:\n  deadlines:\n    referral_days: 5\n")
    builtin = load_settings(None)
    merged = load_settings(config)
    assert merged["force"]["deadlines"]["referral_days"] == 5
    assert merged["force"]["deadlines"]["screening_days"] == \
        builtin["force"]["deadlines"]["screening_days"]
    for key, value in builtin["force"].items():
        if key != "deadlines":
            assert merged["force"][key] == value
    assert merge({"a": {"b": 1, "c": 2}}, {"a": {"b": 3}}) == {"a": {"b": 3, "c": 2}}


@pytest.mark.parametrize("text,message", [
    ("runn:\n  audience: leads\n", "config key 'runn': unknown section"),
    ("run:\n  colour: blue\n", "config key 'run.colour': unknown run option"),
    ("run: [\n", "not valid YAML"),
    ("- a\n- b\n", "must be a YAML mapping"),
])
def test_config_mistakes_name_file_and_key(tmp_path, text, message):
    config = tmp_path / "force.yml"
    config.write_text(text)
    with pytest.raises(AuditError, match="force.yml") as err:
        load_settings(config)
    assert message in str(err.value)


@pytest.mark.parametrize("period,start,end", [
    ("2026Q3", "2026-07-01", "2026-09-30"),
    ("2026-q1", "2026-01-01", "2026-03-31"),
    ("2025Q4", "2025-10-01", "2025-12-31"),
])
def test_quarters(period, start, end):
    assert parse_period(period, None, None) == (pd.Timestamp(start), pd.Timestamp(end))


def test_period_mistakes():
    with pytest.raises(AuditError, match="either --period or --from/--to"):
        parse_period("2026Q3", "2026-07-01", None)
    with pytest.raises(AuditError, match="calendar quarter"):
        parse_period("2026Q5", None, None)
    with pytest.raises(AuditError, match="before --from"):
        parse_period(None, "2026-07-01", "2026-06-01")
    with pytest.raises(AuditError, match="use html, xlsx, csv|use a comma-separated"):
        resolve_run_options(dict(NO_FLAGS, formats="pdf"), load_settings(None), environ={})


@pytest.mark.parametrize("report, message", [
    ({"max_rows": 5}, "config key 'report.max_rows': unknown report setting"),
    ({"max_workbook_rows": 0}, "config key 'report.max_workbook_rows': 0 is not a whole"),
    ({"max_case_details": "ten"}, "config key 'report.max_case_details': 'ten' is not"),
])
def test_report_settings_are_checked(tmp_path, report, message):
    config = tmp_path / "force.yml"
    config.write_text(yaml.safe_dump({"report": report}))
    with pytest.raises(AuditError, match=re.escape(message)):
        load_settings(config)


def test_report_settings_override_the_defaults(tmp_path):
    config = tmp_path / "force.yml"
    config.write_text(yaml.safe_dump({"report": {"max_workbook_rows": 50}}))
    assert load_settings(config)["report"] == {"max_case_details": 500,
                                               "max_html_cases": 10_000,
                                               "max_workbook_rows": 50}


@pytest.mark.parametrize("verdicts, gaps, fail_on, expected", [
    (["no_concern", "recorded_stalking"], 0, "review", False),
    (["no_concern", "recorded_stalking"], 2, "gap", True),
    (["review"], 0, "review", True),
    (["review"], 0, "missed_stalking", False),
    (["missed_stalking"], 0, "missed_stalking", True),
    (["missed_stalking"], 0, "never", False),
])
def test_fail_on_levels(verdicts, gaps, fail_on, expected):
    from audit_cli.pipeline import exit_status

    cases = pd.DataFrame({"verdict": verdicts})
    assert exit_status(cases, pd.DataFrame({"gap_id": ["x"] * gaps}), fail_on) is expected
