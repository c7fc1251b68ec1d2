"""Every configuration and I/O error is one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import errno
import os
import subprocess

import pytest
from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.errors import EXIT_OK, EXIT_USAGE
from audit_cli.paths import SAMPLE_DIR

SMALL = "\n".join((SAMPLE_DIR / "quarter.csv").read_text(encoding="utf-8").splitlines()[:150])


@pytest.fixture()
def export(tmp_path):
    path = tmp_path / "small.csv"
    path.write_text(SMALL + "\n", encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(cli, ["run", *map(str, args)])


def assert_one_line(result, *words):
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("audit: error:"), result.output
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("text, words", [
    ("run:\n  date_from: 2026-02-30\n", ["cannot be read", "out of range"]),
    ("force:\n  deadlines: 5\n", ["'force.deadlines'", "mapping"]),
    ("force:\n  applies_to_verdicts: [missed, review]\n", ["unknown verdict 'missed'"]),
    ("detection:\n  four:\n    required: [R, X]\n", ["'X' is not a FOUR letter"]),
    ("linking:\n  max_block_size: -5\n", ["'linking.max_block_size'"]),
    ("linking:\n  bogus_key: 1\n", ["'linking.bogus_key'", "unknown setting"]),
    ("force:\n  colour: blue\n", ["'force.colour'", "unknown setting"]),
    ("detection:\n  thresholds:\n    missed: lots\n", ["'detection.thresholds.missed'"]),
    ("force:\n  deadlines:\n    screening_days: [3]\n", ["screening_days"]),
])
def test_bad_settings_are_refused(tmp_path, export, text, words):
    config = tmp_path / "config.yml"
    config.write_text(text)
    assert_one_line(run(export, "--out", tmp_path / "out", "--config", config), *words)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("fmt", ["%Q-%d", "%d %", "%Y-%Y"])
def test_a_profile_with_a_bad_date_format_is_refused(tmp_path, export, fmt):
    profile = tmp_path / "ours.yml"
    profile.write_text(f"extends: generic\ndates:\n  formats: ['{fmt}']\n")
    result = CliRunner().invoke(cli, ["validate", str(export), "--profile", str(profile),
                                      "--out", str(tmp_path / "r.csv")])
    assert_one_line(result, "dates.formats", fmt)


def test_a_small_sample_can_be_generated(tmp_path):
    result = CliRunner().invoke(cli, ["sample", "--rows", "100", "--out",
                                      str(tmp_path / "s.csv")])
    assert result.exit_code == EXIT_OK, result.output
    assert len((tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()) >= 101


def test_an_unwritable_out_is_one_line(tmp_path, export, monkeypatch):
    import audit_cli.report.files as files

    def refuse(*_args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(kwargs.get("dir")))

    monkeypatch.setattr(files.tempfile, "mkdtemp", refuse)
    assert_one_line(run(export, "--out", tmp_path / "out", "--format", "csv"),
                    "Permission denied")


def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, export, monkeypatch):
    import audit_cli.report.files as files

    def full(_folder):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_lock_down", full)
    out = tmp_path / "out"
    assert_one_line(run(export, "--out", out, "--format", "csv"), "No space left", str(out))
    assert not out.exists() and not list(tmp_path.glob(".out.*"))


@pytest.fixture()
def tiny_tmpfs(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
                                             str(mount)], capture_output=True).returncode:
        pytest.skip("needs root to mount a small tmpfs")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_really_full_disk_and_a_mount_point(tiny_tmpfs, export):
    import sys
    for out, extra in ((tiny_tmpfs / "out", []), (tiny_tmpfs, ["--force"])):
        done = subprocess.run([sys.executable, "-m", "audit_cli.cli", "run", str(export),
                               "--out", str(out), *extra], capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == EXIT_USAGE, done.stderr
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("audit: error:"), done.stderr
    assert list(tiny_tmpfs.iterdir()) == []
