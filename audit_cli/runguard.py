"""What keeps one `audit run` from leaving anything behind or colliding with another.

- **Lock**: a run holds an exclusive `flock` on `.<out>.lock` beside its output folder
  for its whole length. A second run into the same --out exits 2 at once instead of
  silently replacing the first one's report. The kernel drops the lock when the process
  ends, however it ends (SIGKILL too), so a crashed run never blocks the next.
- **Leftovers**: holding the lock, a run removes the staging folders (`.<out>.*.partial`)
  and replaced folders (`.<out>.old-*`) that an earlier run into the same --out left
  when it was killed: no other run can be writing them.
- **Signals**: SIGTERM and SIGHUP become an exception (Terminated) in the main process,
  so the same clean-up as Ctrl-C runs: children stopped, staging folder removed. The
  exit status is 128 + the signal number, as a shell reports it.
- **Children**: a forked child asks the kernel for SIGKILL when its parent dies
  (prctl PR_SET_PDEATHSIG), so SIGKILL of `audit run` cannot orphan a scan or report
  process blocked on its pipe; it also restores the default SIGTERM/SIGHUP handlers.
- **File modes**: the run's umask is 077, so every file and folder it creates is
  owner-only from the first byte (not only after the final chmod).
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from audit_cli.errors import AuditError

PR_SET_PDEATHSIG = 1
HANDLED_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class Terminated(BaseException):
    """The run was asked to stop by a signal (not an error in the data or the code)."""

    def __init__(self, signum: int):
        super().__init__(f"stopped by signal {signal.Signals(signum).name}")
        self.signum = signum
        self.exit_code = 128 + signum


def _raise_terminated(signum, _frame):
    raise Terminated(signum)


@contextmanager
def terminate_cleanly() -> Iterator[None]:
    """SIGTERM/SIGHUP raise Terminated inside the block; previous handlers after it."""
    previous = {s: signal.signal(s, _raise_terminated) for s in HANDLED_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def lock_path(out: Path) -> Path:
    out = Path(out)
    return out.parent / f".{out.name}.lock"


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the --out folder's lock (see the module docstring); AuditError when held."""
    out = Path(out).absolute()
    if not out.parent.is_dir():
        # The parent folders are made at the end, with the report; nothing can write
        # into a folder that does not exist yet, so the lock goes where it can.
        yield
        return
    path = lock_path(out)
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise AuditError(f"cannot create the lock file {path.name} beside the output "
                         f"folder ({exc.strerror}); check that you can write there",
                         file=str(out.parent)) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EACCES):
                raise AuditError(f"another audit run is writing into {out} (it holds "
                                 f"{path.name}); wait for it to finish or choose another "
                                 "--out") from None
            raise
        remove_leftovers(out)
        try:
            yield
        finally:
            # Unlinked while still locked: a run waiting on the old file fails its
            # LOCK_NB and reports; the next one creates a fresh file.
            Path(path).unlink(missing_ok=True)
    finally:
        os.close(handle)


def remove_leftovers(out: Path) -> list[Path]:
    """Staging and replaced folders of earlier runs into `out` (call holding the lock)."""
    removed = []
    for pattern in (f".{out.name}.*.partial", f".{out.name}.old-*"):
        for stale in out.parent.glob(pattern):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
                removed.append(stale)
    return removed


@contextmanager
def private_files() -> Iterator[None]:
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def die_with_parent(parent_pid: int) -> None:
    """In a forked child: be killed when the parent dies; default SIGTERM/SIGHUP."""
    for sig in HANDLED_SIGNALS:
        signal.signal(sig, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
