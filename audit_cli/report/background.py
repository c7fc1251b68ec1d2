"""Running one piece of work in a forked child process while this one does another.

Used for the slowest report formats (the workbook, the CSV tables), which render beside
the HTML, and for the detect stage's base-rule scan, which needs only the crimes and
runs beside the link stage. A forked child shares this process's memory page by page, so
nothing is copied or pickled on the way in; only the result (or the exception raised)
comes back through a pipe. Report children write into the same staging folder, so
files.staged_folder still decides whether anything becomes visible.

Where fork is not available or not safe (Windows, macOS) the work runs in this process,
one piece after another, as before.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import traceback
from collections.abc import Callable

from audit_cli.errors import AuditError
from audit_cli.runguard import die_with_parent


def available() -> bool:
    # macOS offers fork but its system libraries are not safe to use in a forked child.
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


class Job:
    """render(*args) running in a forked child; wait() returns its value or raises its error."""

    def __init__(self, what: str, render: Callable[..., object], *args,
                 advice: str | None = None):
        self.what = what
        self.advice = advice or f"run again, or leave {what} out of --format"
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(send, render, args, os.getpid()),
                                         daemon=True, name=f"audit-{what}")
        self._process.start()
        send.close()  # the child holds the only writing end: EOF means it died

    def wait(self):
        try:
            status, value = self._receive.recv()
        except EOFError:
            self._process.join()
            raise AuditError(f"the {self.what} process stopped without finishing (exit code "
                             f"{self._process.exitcode}); {self.advice}") from None
        self._process.join()
        if status == "error":
            raise value
        return value

    def stop(self) -> None:
        """End the child if it is still running (another format failed) and reap it."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receive.close()


def _run(send, render: Callable[..., object], args: tuple, parent_pid: int) -> None:
    die_with_parent(parent_pid)  # never outlive `audit run`, even after its SIGKILL
    # The error goes back to the parent, which reports it once; a file object closed
    # while the child unwinds (a full disk) must not print a second traceback.
    sys.unraisablehook = lambda _unraisable: None
    try:
        outcome = ("ok", render(*args))
    except BaseException as exc:  # noqa: BLE001  (every error goes back to the parent)
        outcome = ("error", _portable(exc))
    try:
        send.send(outcome)
    finally:
        send.close()


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling (so AuditError stays AuditError),
    with the child's traceback as a note; otherwise a RuntimeError naming it."""
    where = "".join(traceback.format_exception(exc)).rstrip()
    try:
        copy = pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001
        copy = RuntimeError(f"{type(exc).__name__}: {exc}")
    if not isinstance(copy, AuditError):  # a user mistake needs no traceback
        copy.add_note(f"raised in the child process:\n{where}")
    return copy
