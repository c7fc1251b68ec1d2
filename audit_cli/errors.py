"""Exit codes and the one exception type for user mistakes.

A user's mistake (bad input, bad profile, bad rule, bad option) is raised as
AuditError and printed by the CLI as one line on stderr, never a traceback.
"""

from __future__ import annotations

EXIT_OK = 0  # ran; no findings at or above --fail-on
EXIT_FINDINGS = 1  # ran; findings at or above --fail-on (validate: data problems found)
EXIT_USAGE = 2  # usage, configuration or input error
EXIT_INTERRUPTED = 130  # Ctrl-C; no partial output is left behind


class AuditError(Exception):
    """A problem the user can fix. The message is one line that says where and what to do."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 column: str | None = None):
        self.file = file
        self.row = row
        self.column = column
        self.detail = message
        super().__init__(self.format())

    def format(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.detail}" if prefix else self.detail
