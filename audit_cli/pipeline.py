"""`audit run`: the stages in order, each a plain function over DataFrames.

    load -> crimes/parties -> link -> detect -> followup -> (period filter) -> reports

Every stage is timed; the summary and manifest carry the timings. Nothing is written
until every stage has succeeded, and the report stage writes atomically, so a failure
or Ctrl-C leaves no partial output.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import gc
import hashlib
import json
import logging
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import click
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import __version__, frames, runguard
from audit_cli.detect import detect, load_pack, scan
from audit_cli.errors import AuditError
from audit_cli.followup import (check_followup, gap_ids_by_case, load_force_settings,
                                load_requirements, normalise_teams)
from audit_cli.link import link
from audit_cli.link.courses import force_course_rules
from audit_cli.load import load_inputs
from audit_cli.model import AuditResult, crimes_from_rows, parties_from_rows
from audit_cli.paths import RULES_DIR
from audit_cli.reference import classify_offences, load_offence_reference, unrecognised_values

log = logging.getLogger("audit")

STAGES = ["load", "link", "detect", "followup", "report"]
# --fail-on levels. A case already recorded as stalking is not a detection finding; what
# was missed in its follow-up is what `--fail-on gap` is for.
VERDICT_ORDER = {"no_concern": 0, "recorded_stalking": 0, "review": 1, "missed_stalking": 2}
FAIL_ON_LEVEL = {"review": 1, "missed_stalking": 2}


@dataclass
class RunRequest:
    inputs: list[Path]
    out: Path
    options: dict  # resolved run options (config.resolve_run_options)
    settings: dict  # linking / detection / force settings after --config
    rules_dirs: list[Path] = field(default_factory=list)
    templates: Path | None = None
    key: bytes | None = None
    sheet: str | None = None
    force: bool = False
    show_progress: bool = False
    today: pd.Timestamp | None = None
    decisions: list[Path] = field(default_factory=list)  # reviewed workbooks, decisions.csv
    casebook: Path | None = None  # None: casebook.sqlite beside the report folder


def release_memory() -> None:
    """Give memory freed by a stage back to the system before the next one starts.

    pyarrow's allocator and glibc's malloc both keep freed blocks for reuse; on a 1M-row
    run that held ~0.5 GB per stage that the next stage's peak stacked on top of."""
    gc.collect()
    pa.default_memory_pool().release_unused()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to trim
            pass


def empty_like(frame: pd.DataFrame) -> pd.DataFrame:
    """No rows, the same columns and dtypes, sharing no memory with frame (a zero-length
    slice would keep all of frame's pyarrow buffers alive)."""
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in frame.dtypes.items()})


class StageClock:
    """Times each stage; shows one progress bar over the stages when stderr is a terminal."""

    def __init__(self, show: bool):
        self.seconds: dict[str, float] = {}
        self._bar = click.progressbar(length=len(STAGES), label="audit", file=sys.stderr,
                                      item_show_func=lambda s: s) if show else None
        if self._bar:
            self._bar.__enter__()

    @contextmanager
    def stage(self, name: str):
        if self._bar:
            self._bar.update(0, name)
        log.info("stage %s", name)
        start = time.perf_counter()
        yield
        release_memory()
        self.seconds[name] = round(time.perf_counter() - start, 3)
        if self._bar:
            self._bar.update(1, name)

    def close(self) -> None:
        if self._bar:
            self._bar.__exit__(None, None, None)


def in_period(cases: pd.DataFrame, case_crimes: pd.DataFrame, crimes: pd.DataFrame,
              start: pd.Timestamp | None, end: pd.Timestamp | None) -> pd.Series:
    """Cases with at least one crime recorded in the period (earlier crimes are history).
    Looked up by position with pyarrow: a merge on crime_ref took seconds at 1M rows."""
    if start is None and end is None:
        return pd.Series(True, index=cases.index)
    inside = recorded_in(crimes, start, end)
    position = frames.positions(case_crimes["crime_ref"], crimes["crime_ref"])
    hit = np.zeros(len(case_crimes), dtype=bool)
    hit[position >= 0] = inside[position[position >= 0]]
    reported = case_crimes["case_id"].to_numpy()[hit]
    return pd.Series(frames.member(cases["case_id"], reported), index=cases.index, dtype=bool)


def recorded_in(crimes: pd.DataFrame, start: pd.Timestamp | None,
                end: pd.Timestamp | None) -> np.ndarray:
    """Per crime: recorded between start and end (either may be open)."""
    day = crimes["recorded_date"].dt.normalize()
    inside = pd.Series(True, index=crimes.index)
    if start is not None:
        inside &= day >= start
    if end is not None:
        inside &= day <= end
    return inside.fillna(False).to_numpy(dtype=bool)


def with_findings(cases: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """cases with the findings' columns; detect returns findings in case order, which
    makes this a column copy (a merge on case_id took 1.5 s at 1M cases)."""
    if len(findings) == len(cases) and pc.all(pc.equal(
            frames.to_arrow(findings["case_id"]), frames.to_arrow(cases["case_id"]))).as_py():
        extra = findings.drop(columns="case_id").set_axis(cases.index)
        return pd.concat([cases, extra], axis=1)
    return cases.merge(findings, on="case_id", how="left", validate="one_to_one")


def settings_hash(settings: dict) -> str:
    text = json.dumps(settings, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_force_settings_for(settings: dict) -> dict:
    from audit_cli.config import merge

    return merge(load_force_settings(), settings.get("force") or {})


def _iso(day: pd.Timestamp | None) -> str | None:
    return day.date().isoformat() if day is not None else None


def period_label(start: pd.Timestamp | None, end: pd.Timestamp | None) -> str:
    if start is None and end is None:
        return "every record in the export"
    return f"{_iso(start) or 'the first record'} to {_iso(end) or 'the last record'}"


def thresholds_of(pack, overrides: dict | None) -> dict:
    """The verdict settings in force for this run, for the report's method section."""
    from audit_cli.detect.verdict import with_overrides

    verdicts = with_overrides(pack.verdicts, overrides)
    return {"missed": verdicts.missed, "review": verdicts.review,
            "four": {"dimension_min": verdicts.dimension_min,
                     "min_dimensions": verdicts.min_dimensions,
                     "required": list(verdicts.required)},
            "ex_partner": {"from": verdicts.ex_from.isoformat(), "boost": verdicts.ex_boost,
                           "min_dimensions": verdicts.ex_min_dimensions},
            "principal_crime_from": verdicts.principal_from.isoformat()}


def rule_catalogue(pack) -> dict:
    """rule id -> title and references, so reports can cite what each rule rests on."""
    return {rule.id: {"title": rule.title, "references": list(rule.references),
                      "level": rule.level, "tags": list(getattr(rule, "tags", ()) or ())}
            for rule in [*pack.rules, *pack.correlations]}


def build_manifest(request: RunRequest, result_load, pack, clock: StageClock,
                   cases: pd.DataFrame) -> dict:
    options = request.options
    return {
        "tool": "audit",
        "tool_version": __version__,
        "run_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "inputs": [{"path": Path(f.path).name, "sha256": f.sha256, "rows": f.rows,
                    "encoding": f.encoding, "delimiter": f.delimiter, "sheet": f.sheet}
                   for f in result_load.inputs],
        "profile": result_load.profile,
        "rows": result_load.account.as_dict(),
        "period": period_label(options["period_start"], options["period_end"]),
        "period_start": _iso(options["period_start"]),
        "period_end": _iso(options["period_end"]),
        "rule_pack": {"version": pack.version, "sha256": pack.sha256,
                      "base_rules": len(pack.rules), "correlation_rules": len(pack.correlations),
                      "force_rule_dirs": [str(d) for d in request.rules_dirs]},
        "settings_sha256": settings_hash(request.settings),
        "thresholds": thresholds_of(pack, request.settings.get("detection")),
        "audience": options["audience"],
        "formats": options["formats"],
        "pseudonymised": bool(options["pseudonymise"]),
        "verdicts": {v: int((cases["verdict"] == v).sum())
                     for v in ("missed_stalking", "review", "recorded_stalking", "no_concern")},
        "stage_seconds": clock.seconds,
    }


def run_audit(request: RunRequest) -> tuple[AuditResult, list[Path], dict[str, float]]:
    """The stages in order, holding the --out lock, with owner-only file modes."""
    with runguard.output_lock(request.out), runguard.private_files():
        return _run_stages(request)


def _run_stages(request: RunRequest) -> tuple[AuditResult, list[Path], dict[str, float]]:
    from audit_cli.report import write_reports

    options = request.options
    book, imported = open_casebook(request)
    clock = StageClock(request.show_progress)
    scanning = None
    try:
        with clock.stage("load"):
            pack = load_pack([RULES_DIR, *request.rules_dirs])  # a bad rule fails first
            loaded = load_inputs(request.inputs, options["profile"], request.sheet,
                                 today=request.today)
            crimes = crimes_from_rows(loaded.rows)
            # One spelling per team ("D.A.I.U", "daiu" -> DAIU) for every breakdown.
            force = load_force_settings_for(request.settings)
            crimes["team"] = normalise_teams(crimes["allocated_team"], force)
            # An offence family and a canonical title per crime, for charts and tables;
            # what no reference knows is listed for the analyst (reference.csv).
            offences = load_offence_reference(force)
            crimes = pd.concat([crimes, classify_offences(crimes, offences)], axis=1)
            unrecognised = unrecognised_values(crimes, loaded.problems, force, offences)
            parties = parties_from_rows(loaded.rows)
            # Every later stage reads crimes and parties; the row table (a third of a 1M-row
            # run's memory) is not kept. Its columns stay, for code that asks for them.
            loaded = replace(loaded, rows=empty_like(loaded.rows))
        with clock.stage("link"):
            # The base rules read only the crimes: they scan in a child meanwhile, and the
            # detect stage's time is what is left of it after linking.
            scanning = start_scan(crimes, pack)
            linking = dict(request.settings.get("linking") or {})
            linking["courses"] = force_course_rules(request.rules_dirs, linking.get("courses"))
            linked = link(parties, crimes, linking)
        with clock.stage("detect"):
            hits = scanning.wait() if scanning else None
            detected = detect(crimes, linked, pack, request.settings.get("detection"), hits)
        scored = with_findings(linked.cases, detected.findings)
        # Earlier crimes were history for linking and detection; only cases with a crime
        # in the audited period are followed up and reported.
        reported = in_period(scored, linked.case_crimes, crimes, options["period_start"],
                             options["period_end"])
        if not reported.all():  # filtering copies every column; skip it when nothing goes
            scored = scored[reported].reset_index(drop=True)
        with clock.stage("followup"):
            requirements = load_requirements([RULES_DIR / "followup",
                                              *[d / "followup" for d in request.rules_dirs]])
            followed = check_followup(
                scored, crimes, linked.case_crimes, detected.hits, requirements,
                request.settings.get("force", {}),
                rule_tags={r.id: r.tags for r in [*pack.rules, *pack.correlations]})
        cases = scored.assign(gaps=gap_ids_by_case(followed.gaps, scored["case_id"]).to_numpy())
        cases = with_review(cases, linked.case_crimes, book, bool(options["pseudonymise"]))
        settings = dict(request.settings, rule_catalogue=rule_catalogue(pack))
        result = AuditResult(load=loaded, crimes=crimes, link=linked, detect=detected,
                             followup=followed, cases=cases, settings=settings,
                             reference=unrecognised)
        with clock.stage("report"):
            result.manifest = build_manifest(request, loaded, pack, clock, cases)
            result.manifest["casebook"] = casebook_manifest(book, imported, cases)
            result.manifest["period_empty"] = period_is_empty(crimes, options)
            if options["pseudonymise"]:
                from audit_cli.pseudonymise import pseudonymise
                result = pseudonymise(result, request.key)
            try:
                written = write_reports(result, request.out, set(options["formats"]),
                                        audience=options["audience"],
                                        templates_dir=request.templates, force=request.force)
            except OSError as exc:  # a full disk, a read-only folder, --out a mount point
                raise AuditError(f"cannot write the reports: {exc.strerror or exc}; check the "
                                 "folder and the free space, then run again",
                                 file=str(request.out)) from None
    finally:
        if scanning is not None:
            scanning.stop()
        clock.close()
    return result, written, clock.seconds


def open_casebook(request: RunRequest):
    """The case book of this run, with the decisions given (--decisions, and a reviewed
    workbook in the folder --force is about to replace) imported first, all in one
    transaction. Everything is checked before anything is written or deleted."""
    from audit_cli.casebook import CaseBook, default_path, import_decisions, summary_line
    from audit_cli.report.files import check_target

    book = CaseBook(request.casebook or default_path(request.out))
    out = Path(request.out)
    check_target(out, request.force)  # a folder audit did not make: stop before any work
    paths = list(request.decisions)
    previous = out / "report.xlsx"
    if request.force and previous.is_file() and previous.resolve() not in {
            Path(p).resolve() for p in paths}:
        paths.append(previous)  # its decisions must not go with the folder
    if not paths:
        return book, None
    try:
        summary = import_decisions(book, paths)
    except AuditError as exc:
        if exc.file and str(exc.file).startswith(str(previous)):
            raise AuditError(f"{exc.detail}; the run would replace this reviewed workbook, "
                             "so its decisions are imported first: correct the cell, or "
                             "move the workbook out of the folder, then run again",
                             file=exc.file, row=exc.row, column=exc.column) from None
        raise
    log.warning(summary_line(summary, book))
    return book, summary


def with_review(cases: pd.DataFrame, case_crimes: pd.DataFrame, book,
                pseudonymised: bool) -> pd.DataFrame:
    """cases with the review columns from the case book (every case `new` without one)."""
    from audit_cli.casebook import review_columns

    latest = book.latest() if book is not None and book.exists() else None
    review = review_columns(cases, case_crimes, latest)
    if pseudonymised:  # an analyst's words may name the people: not in pseudonymised output
        review["reviewer"] = review["reviewer"].where(review["reviewer"] == "", "(withheld)")
        review["reviewer_notes"] = review["reviewer_notes"].where(
            review["reviewer_notes"] == "", "(withheld)")
    return pd.concat([cases, review.set_axis(cases.index)], axis=1)


def casebook_manifest(book, imported, cases: pd.DataFrame) -> dict:
    entry = {"path": str(book.path), "used": bool(book.exists())}
    if imported is not None:
        entry.update(added=imported.added, already_held=imported.already,
                     without_decision=imported.undecided)
    entry["review_status"] = {k: int(v) for k, v in
                              cases["review_status"].value_counts().sort_index().items()}
    return entry


def period_is_empty(crimes: pd.DataFrame, options: dict) -> bool:
    """A period was set and no crime was recorded in it."""
    start, end = options["period_start"], options["period_end"]
    if start is None and end is None:
        return False
    return not recorded_in(crimes, start, end).any()


def start_scan(crimes: pd.DataFrame, pack):
    """scan(crimes, pack) in a forked child (report/background.py), or None where fork is
    not available: detect then scans in this process."""
    from audit_cli.report import background

    if not background.available():
        return None
    return background.Job("rule scan", scan, crimes, pack,
                          advice="run again; if it keeps stopping, check free memory")


def exit_status(cases: pd.DataFrame, gaps: pd.DataFrame, fail_on: str) -> bool:
    """True when findings are at or above --fail-on."""
    if fail_on == "never":
        return False
    if fail_on == "gap":
        return len(gaps) > 0
    worst = cases["verdict"].map(VERDICT_ORDER).max() if len(cases) else 0
    return bool(worst >= FAIL_ON_LEVEL[fail_on])
