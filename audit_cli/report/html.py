"""The HTML reports: one self-contained file that makes no network request of any kind.

Analysts get report.html (summary, case list, a detail section per flagged case,
compliance, data quality, method); performance leads get leads.html (aggregate figures
only). Templates are jinja2 files under report_templates/ with autoescape on for every
template; data is never marked safe. A folder given as templates_dir is searched first,
so a force can override any built-in template by giving a file of the same name.

The page carries a Content-Security-Policy that forbids every fetch (default-src 'none'):
styles are inline, charts are inline SVG, and the one script (sorting and filtering the
case list) is allowed by its sha256 hash, so nothing injected could run even if it got in.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from pathlib import Path

import pandas as pd
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateError
from markupsafe import Markup

from audit_cli import __version__, frames
from audit_cli.errors import AuditError
from audit_cli.model import AuditResult
from audit_cli.paths import TEMPLATES_DIR
from audit_cli.report import charts, tables
from audit_cli.report.base import (DEFAULT_MAX_CASE_DETAILS, DEFAULT_MAX_HTML_CASES, Audience,
                                   Format, Formatter, register)

REPORT_TEMPLATE = {Audience.ANALYSTS: "report.html", Audience.LEADS: "leads.html"}
OUTPUT_NAME = {Audience.ANALYSTS: "report.html", Audience.LEADS: "leads.html"}
MAX_PROBLEM_ROWS = 500
# Rows of the case list shown at once (the script pages through the rest; without
# scripts every row shows): a 10,000-row table took seconds to lay out.
CASE_PAGE_ROWS = 100  # the full lists are in rejects.csv / warnings.csv and the workbook


def template_environment(templates_dir: Path | None = None) -> Environment:
    loaders = []
    if templates_dir is not None:
        if not Path(templates_dir).is_dir():
            raise AuditError(f"templates folder {templates_dir} not found; give a folder of "
                             "templates to override (see report_templates/)")
        loaders.append(FileSystemLoader(str(templates_dir)))
    loaders.append(FileSystemLoader(str(TEMPLATES_DIR)))
    env = Environment(loader=ChoiceLoader(loaders), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["day"] = format_day
    env.filters["number"] = lambda n: f"{int(n):,}"
    env.filters["percent"] = format_percent
    return env


def format_day(value: object) -> str:
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, str):
        return value
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def format_percent(value: object) -> str:
    if value is None or pd.isna(value):
        return "n/a"
    return f"{float(value):.0%}"


def _text(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _score(value: object) -> str:
    return "" if value is None or pd.isna(value) else f"{float(value):.1f}"


class Record(dict):
    """A view row: a dict whose keys are also its attributes. Templates read `row.key`,
    and jinja tries getattr before the key: on a plain dict every lookup raised and caught
    an AttributeError, a good part of rendering time. No view key is the name of a dict
    method (items, keys, get, ...), so templates see what they saw with plain dicts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


def _split(value: object) -> list[str]:
    return [part.strip() for part in _text(value).split(";") if part.strip()]


def content_security_policy(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    # Inline styles need 'unsafe-inline': matplotlib's SVG uses style attributes. Data
    # cannot inject a style or anything else, because every value is escaped.
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")


# --------------------------------------------------------------------------- summary


def summary_view(fig: tables.Figures) -> dict:
    rag = fig.compliance_rag
    return {
        "tiles": [
            ("Rows audited", fig.account["kept"], f"of {fig.account['read']:,} read"),
            ("Cases (courses of conduct)", fig.cases, f"from {fig.crimes:,} crimes"),
            ("Missed stalking", fig.verdicts["missed_stalking"], "recorded as another crime"),
            ("Needs review", fig.verdicts["review"], "some indicators; an analyst decides"),
            ("Recorded as stalking", fig.verdicts["recorded_stalking"],
             f"{fig.recorded_with_gaps:,} with follow-up gaps"),
            ("Requirements below target", rag["R"] + rag["A"],
             f"of {fig.requirements:,}: {rag['R']} red, {rag['A']} amber, {rag['G']} green"),
        ],
    }


def chart_views(fig: tables.Figures) -> list[dict]:
    specs = [
        ("offence", "Missed stalking by recorded offence family", fig.missed_by_offence, True,
         "Crimes in missed-stalking cases, by the family of the offence they were recorded "
         "as (rules/reference/offences.yml; unrecognised titles are listed under Reference "
         "data)."),
        ("team", "Missed stalking by team", fig.missed_by_team, True,
         "Crimes in missed-stalking cases, by the team they were allocated to."),
        ("month", "Missed stalking by month recorded", fig.missed_by_month, False,
         "Crimes in missed-stalking cases, by the month they were recorded."),
    ]
    views = []
    for key, title, counts, horizontal, caption in specs:
        svg = charts.bar_chart_svg(counts, title, "Crimes", horizontal) if len(counts) else ""
        views.append({"key": key, "title": title, "caption": caption,
                      "svg": Markup(svg),  # generated by matplotlib; labels are drawn as paths
                      "rows": [(str(label), int(n)) for label, n in counts.items()]})
    return views


# --------------------------------------------------------------------------- cases


def case_crime_values(result: AuditResult, cases: pd.DataFrame) -> pd.DataFrame:
    """Per listed case: its canonical teams, offence families, and the text the case
    filter searches (crime refs, recorded and canonical offence titles, teams, gap ids)."""
    pairs = tables.case_crime_pairs(result)
    pairs = pairs[frames.member(pairs["case_id"], cases["case_id"])]
    wanted = [c for c in ("crime_ref", "team", "allocated_team", "offence", "offence_title",
                          "offence_family") if c in result.crimes.columns]
    crimes = pairs.merge(result.crimes[wanted], on="crime_ref", how="left")
    index = pd.Index(cases["case_id"])

    def distinct_joined(column: str, separator: str = "; ") -> pd.Series:
        if column not in crimes:
            return pd.Series("", index=index)
        values = crimes[["case_id", column]].dropna().drop_duplicates()
        values = values.sort_values(["case_id", column], kind="stable")
        joined = tables.join_by_key(values["case_id"], values[column].astype(str), separator)
        return joined.reindex(index).fillna("").astype(object)

    families = distinct_joined("offence_family")
    if "offence_family" in crimes:
        labels = tables.family_labels()
        families = families.map(lambda text: "; ".join(labels.get(f, f) for f in
                                                       text.split("; ") if f))
    pieces = [distinct_joined(c, " ") for c in ("crime_ref", "allocated_team", "team",
                                                 "offence", "offence_title")]
    text = pieces[0]
    for piece in pieces[1:]:
        text = text + " " + piece
    return pd.DataFrame({"teams": distinct_joined("team"), "families": families,
                         "search": text.str.lower()}, index=index)


def case_rows(cases: pd.DataFrame, detail_ids: set[str],
              extra: pd.DataFrame | None = None) -> list[dict]:
    """The case list's rows, each column formatted in one pass over the table."""
    verdict = _texts(cases["verdict"])
    first = tables.format_distinct(cases["first_date"], _days)
    last = tables.format_distinct(cases["last_date"], _days)
    columns = {
        "case_id": cases["case_id"],
        "verdict": verdict,
        "verdict_label": cases["verdict"].map(tables.VERDICT_LABELS).astype(object)
        .fillna(verdict),
        "score": tables.format_distinct(cases["score"], _scores),
        "four": _texts(cases["four"]),
        "victim": _texts(cases["victim"]),
        "suspect": _texts(cases["suspect"]).replace("", "(unidentified)"),
        "n_crimes": pd.to_numeric(cases["n_crimes"], errors="coerce").fillna(0).astype(int),
        "first": first,
        "span": first.where(first == last, first + " to " + last),
        "has_detail": pd.Series(frames.member(cases["case_id"], detail_ids)),
        **{column: _texts(cases[column]) if column in cases else pd.Series(
            "", index=cases.index, dtype=object)
           for column in ("review_status", "decision", "new_records")},
        "gap_ids": _texts(cases["gaps"]).str.replace(";", " ", regex=False),
    }
    if extra is not None:
        for column in ("teams", "families", "search"):
            columns[column] = extra[column].reset_index(drop=True)
        columns["search"] = columns["search"] + " " + columns["gap_ids"].str.lower()
    else:
        for column in ("teams", "families", "search"):
            columns[column] = pd.Series("", index=cases.index)
    values = [tables.python_values(column) for column in columns.values()]
    return [Record(zip(columns, row)) for row in zip(*values)]


def _texts(values: pd.Series) -> pd.Series:
    """_text over a column."""
    if isinstance(values.dtype, pd.StringDtype):
        return values.astype(object).where(values.notna(), "")
    return values.map(_text)


def _days(values: pd.Series) -> list[str]:
    return [format_day(value) for value in values]


def _scores(values: pd.Series) -> list[str]:
    return [_score(value) for value in values]


def narrative_segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Split text into (piece, rules) with rules "" for plain text and the rule ids of the
    evidence for a marked piece. Overlapping evidence is merged into one mark."""
    merged: list[list] = []
    for start, end, rule in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].add(rule)
        else:
            merged.append([start, end, {rule}])
    pieces, position = [], 0
    for start, end, rules in merged:
        if start > position:
            pieces.append((text[position:start], ""))
        pieces.append((text[start:end], ", ".join(sorted(rules))))
        position = end
    if position < len(text):
        pieces.append((text[position:], ""))
    return pieces


def evidence_spans(narrative: str, hits: list[dict]) -> list[tuple[int, int, str]]:
    """Valid character spans of narrative evidence; offsets that do not match the text
    (an upstream change) fall back to the first occurrence of the matched words."""
    spans = []
    for hit in hits:
        if hit["field"] not in ("narrative", None) or not _text(hit["matched"]):
            continue
        start, end = hit["start"], hit["end"]
        if pd.isna(start) or pd.isna(end) or narrative[int(start):int(end)] != hit["matched"]:
            found = narrative.find(hit["matched"])
            if found < 0:
                continue
            start, end = found, found + len(hit["matched"])
        spans.append((int(start), int(end), str(hit["rule_id"])))
    return spans


def _group(frame: pd.DataFrame, key: str) -> defaultdict:
    groups = defaultdict(list)
    for record in tables.records(frame):
        groups[record[key]].append(Record(record))
    return groups


def _outside_course(result: AuditResult, case_ids: set[str],
                    in_course: pd.DataFrame) -> pd.DataFrame:
    """(case_id, crime_ref, in_course=False): the victim's other records (victim_crimes)
    of each shown case, for the detail's whole-timeline view."""
    cases = tables.with_columns(result.cases, ["case_id", "victim_crimes"])
    cases = cases[frames.member(cases["case_id"], case_ids)].dropna()
    listed = cases.assign(crime_ref=cases["victim_crimes"].astype(str).str.split(";"))
    listed = listed.explode("crime_ref")[["case_id", "crime_ref"]]
    recorded = result.crimes["crime_ref"]
    if not isinstance(recorded.dtype, pd.StringDtype):  # text already: no copy of every ref
        recorded = recorded.astype(str)
    listed = listed[frames.member(listed["crime_ref"].astype(str), recorded)]
    known = set(zip(in_course["case_id"], in_course["crime_ref"]))
    outside = [pair not in known for pair in zip(listed["case_id"], listed["crime_ref"])]
    return listed[outside].assign(in_course=False).reset_index(drop=True)


class DetailBuilder:
    """Groups the long tables once, then assembles one case's detail at a time."""

    def __init__(self, result: AuditResult, case_ids: set[str]):
        # Only the cases shown are turned into Python records: thousands of others
        # would cost seconds and never be rendered.
        pairs = tables.case_crime_pairs(result)
        pairs = pairs[frames.member(pairs["case_id"], case_ids)].assign(in_course=True)
        pairs = pd.concat([pairs, _outside_course(result, case_ids, pairs)],
                          ignore_index=True)
        crimes = tables.with_columns(pairs.merge(result.crimes, on="crime_ref", how="left"),
                                     [c for c in tables.CRIME_COLUMNS if c != "evidence"]
                                     + ["in_course"])
        crimes = crimes.sort_values(["case_id", "recorded_date", "crime_ref"], kind="stable")
        self.crimes = _group(crimes, "case_id")
        hits = tables.hit_table(result)
        self.hits = _group(hits[frames.member(hits["crime_ref"], pairs["crime_ref"])],
                           "crime_ref")
        case_hits = tables.with_columns(result.detect.case_hits, [
            "case_id", "rule_id", "level", "weight", "four", "evidence", "crime_refs"])
        case_hits = case_hits[frames.member(case_hits["case_id"], case_ids)]
        self.case_hits = _group(case_hits.sort_values(["case_id", "rule_id"]), "case_id")
        gaps = tables.gap_table(result)
        self.gaps = _group(gaps[frames.member(gaps["case_id"], case_ids)], "case_id")
        triage = tables.triage_table(result)
        self.triage = {row["case_id"]: row for row in
                       tables.records(triage[frames.member(triage["case_id"], case_ids)])}
        self.catalogue = result.settings.get("rule_catalogue", {}) or {}
        # The names as recorded, per person: the case shows one display form, these stay.
        parties = tables.with_columns(result.link.parties, ["crime_ref", "person_id", "name"])
        parties = parties[frames.member(parties["crime_ref"], pairs["crime_ref"])]
        parties = parties.dropna().drop_duplicates(["person_id", "name"])
        self.recorded_names = parties.groupby("person_id", sort=True)["name"].agg(
            lambda names: sorted(set(map(str, names)))).to_dict()

    def timeline(self, case_id: str) -> list[dict]:
        entries = []
        for crime in self.crimes[case_id]:
            narrative = _text(crime["narrative"])
            hits = self.hits[crime["crime_ref"]]
            other = [f'{h["rule_id"]} [{h["field"]}]: "{_text(h["matched"])}"'
                     for h in hits if h["field"] not in ("narrative", None)]
            entries.append(Record({
                "crime_ref": crime["crime_ref"],
                "in_course": bool(crime["in_course"]),
                "date": format_day(crime["recorded_date"]),
                "offence_date": format_day(crime["offence_date"]),
                "offence": _text(crime["offence"]),
                "offence_title": _text(crime.get("offence_title")) or _text(crime["offence"]),
                "offence_code": _text(crime["offence_code"]),
                "team": _text(crime.get("team")) or _text(crime["allocated_team"])
                or tables.NOT_RECORDED,
                "team_recorded": _text(crime["allocated_team"]),
                "outcome": _text(crime["outcome_code"]),
                "segments": narrative_segments(narrative, evidence_spans(narrative, hits)),
                "other_evidence": other,
            }))
        return entries

    def rules(self, case_id: str) -> list[dict]:
        fired: dict[str, dict] = {}
        for crime in self.crimes[case_id]:
            if not crime["in_course"]:  # the victim's other records score nothing here
                continue
            for hit in self.hits[crime["crime_ref"]]:
                entry = fired.setdefault(hit["rule_id"], self._rule(hit, set()))
                entry["crimes"].add(crime["crime_ref"])
        for hit in self.case_hits[case_id]:
            entry = fired.setdefault(hit["rule_id"], self._rule(hit, set(_split(
                hit["crime_refs"]))))
            entry["evidence"] = _text(hit["evidence"])
        for entry in fired.values():
            entry["crimes"] = ", ".join(sorted(entry["crimes"]))
        return [fired[rule_id] for rule_id in sorted(fired)]

    def _rule(self, hit: dict, crimes: set[str]) -> dict:
        info = self.catalogue.get(hit["rule_id"], {}) or {}
        references = info.get("references") or []
        return Record({
            "rule_id": hit["rule_id"], "title": _text(info.get("title")),
            "level": _text(hit["level"]), "four": _text(hit["four"]),
            "weight": _score(hit["weight"]), "crimes": crimes, "evidence": "",
            # References are shown as text, never as links: the page fetches nothing.
            "references": [str(r) for r in references]})

    def names_recorded(self, case: dict) -> str:
        """'Victim: SMITH, Jane; Jane Smith. Suspect: ...' when a person was recorded in
        more than one form ("" when every form is the one shown)."""
        parts = []
        for role in ("victim", "suspect"):
            names = self.recorded_names.get(_text(case.get(f"{role}_person")), [])
            if len(names) > 1 or (names and names[0] != _text(case.get(role))):
                parts.append(f"{role.capitalize()}: " + "; ".join(names))
        return ". ".join(parts)

    def detail(self, case: dict) -> dict:
        case_id = case["case_id"]
        triage = self.triage.get(case_id)
        return Record({
            **case,
            "score_parts": {k: _score(case[f"score_{k.lower()}"]) for k in "FOUR"},
            "kind": _text(case["kind"]),
            "explanation": _text(case["explanation"]),
            "link_reasons": _split(case["link_reasons"]),
            "recorded_offences": "; ".join(_split(case["recorded_offences"])),
            "principal_crime": bool(case["principal_crime"]) if not pd.isna(
                case["principal_crime"]) else False,
            "timeline": self.timeline(case_id),
            "names_recorded": self.names_recorded(case),
            "rules": self.rules(case_id),
            "gaps": self.gaps[case_id],
            "triage": None if triage is None else {
                "recommended_team": _text(triage["recommended_team"]),
                "missing_steps": _split(triage["missing_steps"]),
                "lines_of_enquiry": _split(triage["lines_of_enquiry"]),
                "support_services": _split(triage["support_services"]),
            },
        })


def detail_views(result: AuditResult, cases: pd.DataFrame, limit: int) -> tuple[list, int]:
    """Details for flagged cases, most serious first, at most `limit`; and how many left out."""
    flagged = cases[tables.flagged_mask(cases)]
    shown = flagged.head(max(limit, 0))
    builder = DetailBuilder(result, set(shown["case_id"]))
    rows = {row["case_id"]: row for row in case_rows(shown, set(shown["case_id"]))}
    details = [builder.detail({**record, **rows[record["case_id"]]})
               for record in tables.records(shown)]
    return details, len(flagged) - len(shown)


# --------------------------------------------------------------------------- compliance


def compliance_view(result: AuditResult) -> dict:
    table = tables.compliance_table(result)
    requirements = list(dict.fromkeys(table["requirement"].astype(str)))

    questions = dict(zip(table["requirement"].astype(str), table["question"].fillna("")
                         .astype(str)))

    def cell(row: dict) -> dict:
        rag = _text(row["rag"])
        return {"rate": format_percent(row["rate"]), "rag": rag,
                "rag_label": _text(row["rating"]) or tables.RAG_LABELS.get(rag, rag),
                "applicable": _count(row["applicable"]), "compliant": _count(row["compliant"]),
                "target": format_percent(row["target"])}

    overall = [{"requirement": str(row["requirement"]),
                "question": questions.get(str(row["requirement"])) or str(row["requirement"]),
                **cell(row)}
               for row in table[table["breakdown"] == "overall"].to_dict("records")]
    pivots = {}
    for breakdown in ("team", "month"):
        part = table[table["breakdown"] == breakdown]
        groups = sorted(dict.fromkeys(part["group"].astype(str)))
        cells = {(str(r["group"]), str(r["requirement"])): cell(r)
                 for r in part.to_dict("records")}
        pivots[breakdown] = [{"group": g, "cells": [cells.get((g, req)) for req in
                                                     requirements]} for g in groups]
    return {"requirements": requirements, "questions": [questions.get(r) or r for r in
                                                          requirements],
            "overall": overall, "by_team": pivots["team"],
            "by_month": pivots["month"]}


def _count(value: object) -> int:
    return 0 if value is None or pd.isna(value) else int(value)


# --------------------------------------------------------------------------- quality, method


def quality_view(result: AuditResult, audience: Audience) -> dict:
    problems = result.load.problems
    account = result.load.account.as_dict()
    summary = []
    if len(problems):
        keys = ["severity", "column"] if audience is Audience.LEADS else [
            "severity", "column", "reason"]
        grouped = tables.with_columns(problems, keys).fillna("").astype(str)
        counts = grouped.value_counts().rename("n").reset_index()
        summary = counts.sort_values(keys, kind="stable").to_dict("records")
    view = {"account": account,
            "balanced": account["read"] == account["kept"] + account["rejected"]
            + account["duplicates"],
            "summary": summary, "summary_keys": keys if len(problems) else []}
    if audience is Audience.ANALYSTS:
        rejects = tables.problem_table(problems, "reject")
        warnings = tables.problem_table(problems, "warning")
        view.update({
            "rejects": _text_records(rejects.head(MAX_PROBLEM_ROWS)),
            "rejects_total": len(rejects),
            "warnings": _text_records(warnings.head(MAX_PROBLEM_ROWS)),
            "warnings_total": len(warnings),
            "max_rows": MAX_PROBLEM_ROWS,
        })
    return view


def _text_records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _text(v) for k, v in row.items()} for row in frame.to_dict("records")]


def flatten(mapping: dict, prefix: str = "") -> list[tuple[str, str]]:
    items = []
    for key in sorted(mapping, key=str):
        value = mapping[key]
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            items.extend(flatten(value, name + "."))
        elif isinstance(value, (list, tuple)):
            items.append((name, ", ".join(str(v) for v in value)))
        else:
            items.append((name, str(value)))
    return items


def method_view(result: AuditResult, audience: Audience) -> dict:
    manifest, settings = result.manifest or {}, result.settings or {}
    pack = manifest.get("rule_pack") or {}
    thresholds = settings.get("thresholds") or manifest.get("thresholds") or {}
    inputs = [{"path": Path(f.path).name if audience is Audience.LEADS else str(f.path),
               "rows": f.rows, "sha256": f.sha256, "encoding": f.encoding or "",
               "sheet": f.sheet or ""} for f in result.load.inputs]
    return {
        "tool_version": manifest.get("tool_version", __version__),
        "run_at": manifest.get("run_at") or manifest.get("started_at") or "not recorded",
        "period": manifest.get("period") or "",
        "profile": result.load.profile,
        "pseudonymised": bool(manifest.get("pseudonymised")),
        "rule_pack": flatten({k: v for k, v in pack.items() if k != "rules"}),
        "thresholds": flatten(thresholds),
        "inputs": inputs,
        "rules": [],  # the analyst report fills in the rules its cases fired
    }


def fired_rules(result: AuditResult, details: list[dict]) -> list[dict]:
    """The rules fired in the shown cases, with their tags and references: listed once in
    the Method section, which each case's rule lines link to."""
    catalogue = result.settings.get("rule_catalogue", {}) or {}
    ids = sorted({rule["rule_id"] for detail in details for rule in detail["rules"]})
    rows = []
    for rule_id in ids:
        info = catalogue.get(rule_id, {}) or {}
        rows.append(Record({"rule_id": rule_id, "title": _text(info.get("title")),
                            "level": _text(info.get("level")),
                            "tags": ", ".join(str(t) for t in info.get("tags") or []),
                            "references": [str(r) for r in info.get("references") or []]}))
    return rows


# --------------------------------------------------------------------------- render


def render_html(result: AuditResult, audience: Audience, templates_dir: Path | None = None,
                max_case_details: int = DEFAULT_MAX_CASE_DETAILS,
                max_html_cases: int = DEFAULT_MAX_HTML_CASES) -> str:
    env = template_environment(templates_dir)
    script = env.get_template("report.js").render() if audience is Audience.ANALYSTS else ""
    fig = tables.figures(result)
    context = {
        "audience": audience.value,
        "title": ("Stalking audit: analyst report" if audience is Audience.ANALYSTS
                  else "Stalking audit: compliance report"),
        "css": Markup(env.get_template("report.css").render()),  # template text, not data
        "script": Markup(script),
        "csp": content_security_policy(script),
        "summary": summary_view(fig),
        "figures": fig,
        "verdict_labels": tables.VERDICT_LABELS,
        "charts": chart_views(fig),
        "compliance": compliance_view(result),
        "quality": quality_view(result, audience),
        "method": method_view(result, audience),
        "period_empty": bool((result.manifest or {}).get("period_empty")),
        "period": (result.manifest or {}).get("period", ""),
    }
    if audience is Audience.ANALYSTS:
        cases = tables.listed_case_table(result)
        details, omitted = detail_views(result, cases, max_case_details)
        listed = cases.head(max(max_html_cases, 0))
        context["method"]["rules"] = fired_rules(result, details)
        context.update({
            "cases": case_rows(listed, {d["case_id"] for d in details},
                               case_crime_values(result, listed)),
            "reference": _text_records(tables.reference_table(result)),
            "case_page_rows": CASE_PAGE_ROWS,
            "cases_total": len(cases),
            "details": details,
            "details_omitted": omitted,
            "no_concern": int((result.cases["verdict"] == "no_concern").sum()),
            "max_case_details": max_case_details,
        })
    try:
        return env.get_template(REPORT_TEMPLATE[audience]).render(context)
    except TemplateError as exc:
        raise AuditError(f"report template error: {exc}; check the templates in "
                         f"{templates_dir or TEMPLATES_DIR}") from exc


@register
class HtmlFormatter(Formatter):
    name = Format.HTML
    audiences = frozenset({Audience.ANALYSTS, Audience.LEADS})

    def render(self, result: AuditResult, tmp_dir: Path) -> list[Path]:
        text = render_html(result, self.options.audience, self.options.templates_dir,
                           self.options.max_case_details, self.options.max_html_cases)
        path = tmp_dir / OUTPUT_NAME[self.options.audience]
        path.write_text(text, encoding="utf-8", newline="\n")
        return [path]
