"""The report stage: an AuditResult in, a folder of reports out.

    write_reports(result, out_dir, {"html", "xlsx", "csv"}, audience="analysts")

Formats (base.Format): html (report.html / leads.html), xlsx (report.xlsx / leads.xlsx),
csv (the machine-readable tables). manifest.json, with a sha256 of every other file, is
always written. Audiences (base.Audience): analysts get everything; leads get aggregate
figures only. Nothing appears in out_dir unless every format rendered (files.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from audit_cli.model import AuditResult
from audit_cli.report import background, tables
from audit_cli.report import excel, html, results  # noqa: F401  (register the formatters)
from audit_cli.report.base import (DEFAULT_MAX_CASE_DETAILS, DEFAULT_MAX_HTML_CASES,
                                   DEFAULT_MAX_WORKBOOK_ROWS, Audience, Format, Formatter,
                                   RenderOptions, formatters_for, parse_enum)
from audit_cli.report.files import staged_folder

__all__ = ["write_reports", "Audience", "Format"]

log = logging.getLogger("audit")


def write_reports(result: AuditResult, out_dir: Path, formats: set[str],
                  audience: str = "analysts", templates_dir: Path | None = None,
                  force: bool = False) -> list[Path]:
    """Render the formats asked for into out_dir; return the files written there.

    Raises AuditError for an unknown format or audience, a format without an edition for
    the audience, a missing templates folder, or an existing out_dir without force.
    """
    report_settings = result.settings.get("report") or {}
    options = RenderOptions(
        audience=parse_enum(Audience, audience, "audience"),
        templates_dir=Path(templates_dir) if templates_dir else None,
        max_case_details=int(report_settings.get("max_case_details",
                                                 DEFAULT_MAX_CASE_DETAILS)),
        max_html_cases=int(report_settings.get("max_html_cases", DEFAULT_MAX_HTML_CASES)),
        max_workbook_rows=int(report_settings.get("max_workbook_rows",
                                                  DEFAULT_MAX_WORKBOOK_ROWS)),
    )
    formatters = formatters_for(formats, options)  # fail on bad options before any work
    out_dir = Path(out_dir)
    with staged_folder(out_dir, force) as staging, tables.shared(result):
        written = render_all(formatters, result, staging)
        written.append(results.write_manifest(result, staging, written, options.audience))
        relative = [path.relative_to(staging) for path in written]
    return [out_dir / path for path in relative]


def render_all(formatters: list[Formatter], result: AuditResult, staging: Path) -> list[Path]:
    """Every format's files, in formatter order. With more than one format, each
    background format (the workbook, the CSV tables) renders in a forked child at the
    same time as the others."""
    parallel = len(formatters) > 1 and background.available()
    behind = [f for f in formatters if parallel and f.background]
    jobs = {}
    # Each child starts as soon as the tables it shares are built (prepare, before its
    # fork), so the first is at work while the next one's tables are built.
    for formatter in behind:
        formatter.prepare(result)
        jobs[formatter.name] = background.Job(formatter.name.value, formatter.render, result,
                                              staging)
    files: dict[Format, list[Path]] = {}
    try:
        for formatter in formatters:
            if formatter.name not in jobs:
                files[formatter.name] = formatter.render(result, staging)
                log.info("report: %s written", formatter.name.value)
        for name, job in jobs.items():
            files[name] = job.wait()
            log.info("report: %s written", name.value)
    finally:
        for job in jobs.values():
            job.stop()
    return [path for formatter in formatters for path in files[formatter.name]]
