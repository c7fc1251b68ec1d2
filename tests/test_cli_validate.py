"""`audit validate` and bad input through the CLI: one line, a named file, exit 2."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from audit_cli.paths import SAMPLE_DIR

GOOD = ("crime_ref,recorded_date,offence,narrative,victim_name\n"
        "LC/1,01/07/2026,Harassment,IP reports msgs,Jane Whitaker\n")


def invoke(*args, cwd=None):
    return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


def test_validate_clean_file_exits_0_and_writes_empty_rejects(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(GOOD)
    rejects = tmp_path / "rejects.csv"
    result = invoke("validate", export, "--out", rejects)
    assert result.exit_code == EXIT_OK, result.output
    assert "rows read 1: kept 1, rejected 0, exact duplicates 0; warnings 0" in result.output
    with rejects.open(newline="") as handle:
        assert list(csv.reader(handle))[1:] == []


def test_validate_problems_exit_1_and_rejects_listed(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(GOOD + ",01/07/2026,Theft,x,A\nLC/3,99/99/2026,Theft,x,A\n" +
                      GOOD.splitlines()[1] + "\n")
    rejects = tmp_path / "rejects.csv"
    result = invoke("validate", export, "--out", rejects)
    assert result.exit_code == EXIT_FINDINGS, result.output
    assert "rows read 4: kept 1, rejected 2, exact duplicates 1" in result.output
    with rejects.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["source_line"], r["column"]) for r in rows] == [("3", "crime_ref"),
                                                              ("4", "recorded_date")]
    assert rows[1]["value"] == "99/99/2026"
    assert all(r["source_file"] == "export.csv" for r in rows)


@pytest.mark.parametrize("content,expected", [
    (None, "file not found"),
    (b"", "the file is empty"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
    (b"crime_ref,offence\nLC/1,Theft\n", "missing required column(s)"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, expected):
    export = tmp_path / "export.csv"
    if content is not None:
        export.write_bytes(content)
    result = CliRunner().invoke(cli, ["validate", str(export), "--out",
                                      str(tmp_path / "r.csv")])
    assert result.exit_code == EXIT_USAGE
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("audit: error: ") and str(export) in lines[0]
    assert expected in lines[0]
    assert "Traceback" not in result.output


def test_a_folder_as_input(tmp_path):
    result = CliRunner().invoke(cli, ["validate", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    assert "is a folder" in result.output


def test_unknown_profile_is_a_usage_error(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(GOOD)
    result = CliRunner().invoke(cli, ["validate", str(export), "--profile", "nope"])
    assert result.exit_code == EXIT_USAGE
    assert "no built-in profile 'nope'; built-in profiles: generic, niche" in result.output


def test_niche_profile_sample_validates_cleanly(tmp_path):
    result = invoke("validate", SAMPLE_DIR / "profiles" / "niche_sample.csv", "--profile",
                    "niche", "--out", tmp_path / "r.csv")
    assert result.exit_code == EXIT_OK, result.output
    assert "rows read 6: kept 6" in result.output
