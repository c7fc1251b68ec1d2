"""Signals, children, leftovers and the output lock of `audit run`, on real processes."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from audit_cli.errors import EXIT_OK, EXIT_USAGE
from audit_cli.paths import SAMPLE_DIR
from audit_cli.runguard import lock_path, private_files

QUARTER = SAMPLE_DIR / "quarter.csv"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")


def start(out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "audit_cli.cli", "run", str(QUARTER),
                             "--out", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def wait_for(condition, seconds=120.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("timed out waiting")


def partials(out: Path) -> list[Path]:
    return list(out.parent.glob(f".{out.name}.*.partial"))


def test_sigkill_during_linking_leaves_no_child(tmp_path):
    run = start(tmp_path / "out")
    try:
        kids = wait_for(lambda: children(run.pid))  # the rule scan, forked beside linking
        os.kill(run.pid, signal.SIGKILL)
        run.wait(30)
        wait_for(lambda: not any(alive(k) for k in kids), 20)
    finally:
        run.kill()
        run.wait()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_or_sighup_during_the_report_cleans_up(tmp_path, signum):
    out = tmp_path / "out"
    run = start(out)
    try:
        staged = wait_for(lambda: partials(out))[0]
        # owner-only from the first file, not only after the final chmod
        assert staged.stat().st_mode & 0o077 == 0
        kids = children(run.pid)
        os.kill(run.pid, signum)
        _, stderr = run.communicate(timeout=60)
    finally:
        run.kill()
        run.wait()
    if run.returncode == EXIT_OK:  # the report finished first on a fast machine
        pytest.skip("the run finished before the signal")
    assert run.returncode == 128 + signum, stderr
    assert "no partial output" in stderr and "Traceback" not in stderr
    assert partials(out) == [] and not out.exists()
    assert not lock_path(out).exists()
    wait_for(lambda: not any(alive(k) for k in kids), 20)


def test_sigkill_during_the_report_is_cleaned_by_the_next_run(tmp_path):
    out = tmp_path / "out"
    run = start(out)
    try:
        wait_for(lambda: partials(out))
        kids = children(run.pid)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(30)
    finally:
        run.kill()
        run.wait()
    wait_for(lambda: not any(alive(k) for k in kids), 20)
    if not partials(out):
        pytest.skip("the run finished before the signal")
    again = start(out)
    _, stderr = again.communicate(timeout=300)
    assert again.returncode == EXIT_OK, stderr
    assert partials(out) == [] and (out / "report.html").is_file()
    modes = {p.stat().st_mode & 0o777 for p in out.rglob("*") if p.is_file()}
    assert modes == {0o600}


def test_a_second_run_into_the_same_out_exits_2(tmp_path):
    out = tmp_path / "out"
    handle = os.open(lock_path(out), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running audit holds it
        done = subprocess.run([sys.executable, "-m", "audit_cli.cli", "run", str(QUARTER),
                               "--out", str(out)], capture_output=True, text=True,
                              timeout=120)
    finally:
        os.close(handle)
    assert done.returncode == EXIT_USAGE
    assert "another audit run is writing into" in done.stderr
    assert not out.exists()


def test_stale_staging_folders_are_removed_and_others_kept(tmp_path):
    from audit_cli.runguard import output_lock
    out = tmp_path / "out"
    stale = tmp_path / ".out.x1y2.partial"
    (stale / "sub").mkdir(parents=True)
    (stale / "sub" / "cases.csv").write_text("personal data")
    old = tmp_path / ".out.old-abc"
    old.mkdir()
    other = tmp_path / ".other.x1y2.partial"
    other.mkdir()
    with output_lock(out):
        assert lock_path(out).exists()
    assert not stale.exists() and not old.exists() and other.exists()
    assert not lock_path(out).exists()


def test_files_made_during_a_run_are_owner_only(tmp_path):
    with private_files():
        (tmp_path / "f").write_text("x")
        (tmp_path / "d").mkdir()
    assert (tmp_path / "f").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "d").stat().st_mode & 0o777 == 0o700
