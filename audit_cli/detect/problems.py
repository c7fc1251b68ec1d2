"""Problems found while loading rules: one small class per kind, each with a severity.

`audit rules check` prints every problem as `file:line: severity: message [code]`;
any problem of severity "error" makes the check fail and keeps the rule out of the pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str
    rule_id: str = ""

    severity: ClassVar[str] = "error"
    code: ClassVar[str] = "problem"

    def format(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.message} [{self.code}]"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class YamlSyntax(Problem):
    code = "yaml-syntax"


class NotARule(Problem):
    code = "not-a-rule"


class DuplicateKey(Problem):
    code = "duplicate-key"


class MissingKey(Problem):
    code = "missing-key"


class UnknownKey(Problem):
    code = "unknown-key"


class BadValue(Problem):
    code = "bad-value"


class BadId(Problem):
    code = "bad-id"


class FileNameMismatch(Problem):
    code = "file-name"


class UnknownField(Problem):
    code = "unknown-field"


class UnknownModifier(Problem):
    code = "unknown-modifier"


class BadCondition(Problem):
    code = "bad-condition"


class UnknownSelection(Problem):
    code = "unknown-selection"


class UnusedSelection(Problem):
    severity = "warning"
    code = "unused-selection"


class DuplicateId(Problem):
    code = "duplicate-id"


class MissingExamples(Problem):
    code = "missing-examples"


class BadExample(Problem):
    code = "bad-example"


class MissingReferences(Problem):
    code = "missing-references"


class UnknownRule(Problem):
    code = "unknown-rule"


class UnknownTag(Problem):
    severity = "warning"
    code = "unknown-tag"


class Overridden(Problem):
    severity = "info"
    code = "overridden"


class BadSettings(Problem):
    code = "bad-settings"


class BadTemplate(Problem):
    code = "bad-template"


class RedundantPhrase(Problem):
    severity = "warning"
    code = "redundant-phrase"
