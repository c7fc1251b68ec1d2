"""Reference data on the sample quarter, end to end: offence families in the chart,
reference.csv against an independent count, no wrong_team for an alias, `audit validate`."""

from __future__ import annotations

import re

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.followup import load_force_settings, normalise_teams
from audit_cli.paths import SAMPLE_DIR
from audit_cli.reference import OFFENCES_FILE

QUARTER = SAMPLE_DIR / "quarter.csv"


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "run"
    result = CliRunner().invoke(cli, ["run", str(QUARTER), "--period", "2026Q3", "--out",
                                      str(out), "--format", "csv,html"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "reference data:" in result.output
    return out


@pytest.fixture(scope="module")
def export():
    return pd.read_csv(QUARTER, dtype=str, keep_default_na=False)


def other_titles() -> set[str]:
    data = yaml.safe_load(OFFENCES_FILE.read_text(encoding="utf-8"))
    return {e["title"] for e in data["offences"] if e["family"] == "other"}


def test_other_family_holds_only_really_other_or_listed_offences(run_folder):
    crimes = pd.read_csv(run_folder / "crimes.csv", dtype=str, keep_default_na=False)
    cases = pd.read_csv(run_folder / "cases.csv", dtype=str, keep_default_na=False)
    missed = crimes[crimes["case_id"].isin(cases.loc[cases["verdict"] == "missed_stalking",
                                                      "case_id"])]
    assert len(missed) > 100
    other = missed[missed["offence_family"] == "other"]
    listed = set(pd.read_csv(run_folder / "reference.csv", dtype=str)["value"])
    # each "Other" crime is an offence the reference names as other, or one it lists
    # for the analyst as unrecognised: never a harassment spelled another way
    assert set(other["offence_title"]) <= other_titles() | listed
    assert not other["offence"].str.contains(r"(?i)harr?as|malic|stalk|public order|damage")\
        .any()
    assert len(other) < 0.1 * len(missed)
    families = set(missed["offence_family"])
    assert {"harassment", "malicious_communications", "public_order"} <= families


def test_chart_bars_are_families_not_spellings(run_folder):
    html = (run_folder / "report.html").read_text(encoding="utf-8")
    start = html.index('id="chart-offence"')
    figure = html[start:html.index("</figure>", start)]
    bars = re.findall(r'<th scope="row">([^<]*)</th>\s*<td class="num">', figure)
    assert "Harassment" in bars and "Malicious communications" in bars
    assert not any(bar.startswith("Other (") for bar in bars)  # no "Other (45 more)"


def test_reference_csv_lists_every_unrecognised_team(run_folder, export):
    reference = pd.read_csv(run_folder / "reference.csv", dtype=str, keep_default_na=False)
    force = load_force_settings()
    written = pd.Series(sorted(set(export["allocated_team"]) - {""}))
    canonical = normalise_teams(written, force)
    known = set(force["teams"]["names"])
    unknown = set(written[~canonical.isin(known)])
    assert unknown  # the sample has teams no setting knows
    assert unknown == set(reference.loc[reference["kind"] == "team", "value"])
    for row in reference.itertuples():
        assert row.count and int(row.count) > 0
        assert row.paste_into


def test_no_wrong_team_gap_for_a_team_written_as_an_alias(run_folder, export):
    gaps = pd.read_csv(run_folder / "gaps.csv", dtype=str, keep_default_na=False)
    wrong = gaps[gaps["gap_id"] == "wrong_team"]
    assert len(wrong)
    for evidence in wrong["evidence"]:
        found = re.search(r"team (.+?) \(not one of (.+)\)", evidence)
        if found:  # the team named is not one of the teams it should be with
            assert found.group(1) not in [t.strip() for t in found.group(2).split(",")]
        assert "DAIU North" not in evidence
    assert "DAIU North" in set(export["allocated_team"])


def test_validate_prints_the_same_list(run_folder):
    result = CliRunner().invoke(cli, ["validate", str(QUARTER), "--out",
                                      str(run_folder.parent / "rejects.csv")])
    assert result.exit_code in (0, 1), result.output
    reference = pd.read_csv(run_folder / "reference.csv", dtype=str, keep_default_na=False)
    for row in reference.itertuples():
        assert row.value in result.output
        if row.alias_line:
            assert row.alias_line in result.output


def test_validate_counts_config_aliases_as_known(tmp_path):
    config = tmp_path / "force.yml"
    config.write_text('force:\n  teams:\n    aliases:\n      "PVP Stalking": "Stalking Unit"\n',
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(QUARTER), "--config", str(config),
                                      "--out", str(tmp_path / "rejects.csv")])
    assert "SCU" in result.output and "PVP Stalking" not in result.output
