"""The one formatter interface and the registry that picks formatters by name.

A formatter turns an AuditResult into one or more files inside a folder it is given
(the staging folder of files.staged_folder); it never decides where the report ends up.
Each output format is one module that registers its formatter class here, so adding a
format is a new module, not another branch in a chain of ifs (pip-audit's design).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import ClassVar

from audit_cli.config import (  # noqa: F401  (re-exported for the formats)
    DEFAULT_MAX_CASE_DETAILS, DEFAULT_MAX_HTML_CASES, DEFAULT_MAX_WORKBOOK_ROWS)
from audit_cli.errors import AuditError
from audit_cli.model import AuditResult


class Audience(str, Enum):
    """Who the report is for. Leads see aggregate figures only, never a person."""

    ANALYSTS = "analysts"
    LEADS = "leads"


class Format(str, Enum):
    HTML = "html"
    XLSX = "xlsx"
    CSV = "csv"  # the machine-readable results: CSV tables (manifest.json is always written)




@dataclass(frozen=True)
class RenderOptions:
    audience: Audience = Audience.ANALYSTS
    templates_dir: Path | None = None
    # Case detail pages beyond this many are left out (and the report says so) so that
    # the HTML still opens quickly; everything stays in the workbook and CSV files.
    max_case_details: int = DEFAULT_MAX_CASE_DETAILS
    # Rows of the HTML case list, highest priority first (a page of 50,000 table rows took
    # 5 s to render and is slow to open and filter in a browser); the page says how many
    # more there are, and cases.csv and the workbook hold them.
    max_html_cases: int = DEFAULT_MAX_HTML_CASES
    # Rows per table sheet of the workbook (Cases, Crimes, Follow-up gaps), highest
    # priority first; the sheet says when rows were left out, and the CSV files hold every
    # row. openpyxl writes ~100k cells a second, so an uncapped workbook of a 1M-row
    # quarter (~4M cells) took a minute, and Excel cannot open a sheet of more than
    # 1,048,576 rows. 10,000 rows per sheet is more than a team works through in a quarter.
    max_workbook_rows: int = DEFAULT_MAX_WORKBOOK_ROWS


class Formatter(ABC):
    """Renders an AuditResult for one audience into files in a folder."""

    name: ClassVar[Format]
    audiences: ClassVar[frozenset[Audience]]
    # May render in a child process beside the other formats (see background.py).
    background: ClassVar[bool] = False

    def __init__(self, options: RenderOptions):
        self.options = options

    def prepare(self, result: AuditResult) -> None:
        """Build the shared tables this format reads (tables.shared), so that a child
        process rendering it inherits them instead of building them again."""

    @abstractmethod
    def render(self, result: AuditResult, tmp_dir: Path) -> list[Path]:
        """Write this format's files into tmp_dir; return their paths."""


REGISTRY: dict[Format, type[Formatter]] = {}


def register(cls: type[Formatter]) -> type[Formatter]:
    REGISTRY[cls.name] = cls
    return cls


def parse_enum(enum: type[Enum], value: str | Enum, what: str):
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise AuditError(f"{what} {value!r}: use one of {choices}") from None


def formatters_for(formats, options: RenderOptions) -> list[Formatter]:
    """Formatter instances for the names given, in the fixed Format order."""
    wanted = {parse_enum(Format, name, "format") for name in formats}
    if not wanted:
        raise AuditError("no report format given; use one or more of "
                         + ", ".join(f.value for f in Format))
    chosen = []
    for fmt in Format:  # fixed order: html, xlsx, csv
        if fmt not in wanted:
            continue
        cls = REGISTRY[fmt]
        if options.audience not in cls.audiences:
            raise AuditError(f"format {fmt.value!r} has no {options.audience.value} edition; "
                             "leave it out of --format for this audience")
        chosen.append(cls(options))
    return chosen
