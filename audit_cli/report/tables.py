"""The report tables, built once from an AuditResult and shared by every format.

Every table has a fixed column order and a fixed row order, so that the same result
always gives the same files. Text stays as recorded here; making it safe for a given
format is the formatter's job (safety.py, autoescape).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import frames
from audit_cli.casebook import REVIEW_COLUMNS, STATUS_ORDER
from audit_cli.model import VERDICTS, AuditResult
from audit_cli.reference import REFERENCE_COLUMNS, family_labels

VERDICT_LABELS = {
    "missed_stalking": "Missed stalking",
    "review": "Needs review",
    "recorded_stalking": "Recorded as stalking",
    "no_concern": "No concern",
}
RAG_LABELS = {"R": "Red", "A": "Amber", "G": "Green", "": "No cases"}
BREAKDOWNS = ("overall", "team", "month")
NOT_RECORDED = "(not recorded)"

CASE_COLUMNS = [
    "case_id", "verdict", "score", "four", "victim", "suspect", "crime_refs", "first_date",
    "last_date", "n_crimes", "recorded_offences", "rules", "gaps",
    "kind", "score_f", "score_o", "score_u", "score_r", "link_reasons",
    "explanation", "recorded_as_stalking", "principal_crime", "victim_person",
    "suspect_person", "victim_crimes", *REVIEW_COLUMNS,
]
CRIME_COLUMNS = [
    "case_id", "crime_ref", "recorded_date", "offence_date", "offence_code", "offence",
    "offence_family", "offence_title", "allocated_team", "team", "outcome_code", "evidence",
    "narrative",
]
PARTY_COLUMNS = ["crime_ref", "role", "name", "dob", "person_id", "postcode", "is_org"]
GAP_COLUMNS = ["case_id", "gap_id", "level", "crime_ref", "team", "month", "evidence"]
COMPLIANCE_COLUMNS = ["requirement", "breakdown", "group", "applicable", "compliant", "rate",
                      "target", "rag", "question", "rating"]
TRIAGE_COLUMNS = ["case_id", "recommended_team", "missing_steps", "lines_of_enquiry",
                  "support_services"]
PROBLEM_COLUMNS = ["source_file", "source_line", "crime_ref", "column", "value", "reason"]
HIT_COLUMNS = ["crime_ref", "rule_id", "level", "weight", "four", "behaviour", "field",
               "matched", "start", "end"]


# id(result) -> {table name: table}, only while shared(result) is open (one write_reports).
_SHARED: dict[int, dict[str, object]] = {}


@contextmanager
def shared(result: AuditResult) -> Iterator[None]:
    """While open, each table below is built once for `result` and reused: the formats
    ask for the same tables many times (the case table seven times in one report)."""
    key = id(result)
    if key in _SHARED:  # nested: the outer block owns the cache
        yield
        return
    _SHARED[key] = {}
    try:
        yield
    finally:
        del _SHARED[key]


def _once(build):
    """Serve `build(result)` from the shared cache when one is open for this result."""

    @functools.wraps(build)
    def table(result: AuditResult):
        cache = _SHARED.get(id(result))
        if cache is None:
            return build(result)
        if build.__name__ not in cache:
            cache[build.__name__] = build(result)
        value = cache[build.__name__]
        # Callers add columns to what they get; a shallow copy (copy-on-write) keeps the
        # cached table as built.
        return value.copy(deep=False) if isinstance(value, pd.DataFrame) else value

    return table


def format_distinct(values: pd.Series, format_values) -> pd.Series:
    """Text for a column: format_values(distinct values) -> their text, spread back over
    the rows ("" for missing). A column of 100,000 scores or dates holds a few thousand
    distinct values, so the Python formatting runs a few thousand times."""
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    labels = pa.array([*format_values(pd.Series(distinct)), ""], type=pa.large_string())
    picks = labels.take(pa.array(np.where(codes < 0, len(labels) - 1, codes)))
    return pd.Series(picks.to_numpy(zero_copy_only=False), index=values.index, dtype="str",
                     name=values.name)


def records(frame: pd.DataFrame) -> list[dict]:
    """frame.to_dict("records"), built column by column (pandas converts pyarrow text
    one element at a time there)."""
    columns = [python_values(frame[c]) for c in frame.columns]
    return [dict(zip(frame.columns, row)) for row in zip(*columns)]


def python_values(values: pd.Series) -> list:
    """values.tolist(), with text converted in one pyarrow call instead of per element."""
    if isinstance(values.dtype, pd.StringDtype) or _is_arrow_text(values.dtype):
        return values.to_numpy(dtype=object, na_value=values.dtype.na_value).tolist()
    return values.tolist()


def _is_arrow_text(dtype) -> bool:
    # text merged in from pyarrow tables ('large_string[pyarrow]') iterates per element too
    return isinstance(dtype, pd.ArrowDtype) and (pa.types.is_string(dtype.pyarrow_dtype)
                                                 or pa.types.is_large_string(dtype.pyarrow_dtype))


def with_columns(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame:
    """The columns asked for, in that order; a missing column is all-missing."""
    frame = frame if frame is not None else pd.DataFrame()
    out = pd.DataFrame(index=frame.index)
    for column in columns:
        out[column] = frame[column] if column in frame.columns else pd.NA
    return out.reset_index(drop=True)


def priority_order(cases: pd.DataFrame) -> np.ndarray:
    """Positions of cases: what the analyst has not seen first (review_status `new` and
    `reviewed, new records`, then `decision conflicts`, then `reviewed`), then the most
    serious verdict, then highest score, then case_id."""
    rank = pd.Categorical(cases["verdict"], categories=list(VERDICTS)).codes
    review = np.zeros(len(cases), dtype=np.int16)
    if "review_status" in cases:  # a few distinct values over a million cases
        codes, statuses = pd.factorize(cases["review_status"])
        order = np.array([STATUS_ORDER.get(s, 0) for s in statuses] + [0], dtype=np.int16)
        review = order[codes]
    keys = pd.DataFrame({
        "review": review,
        "rank": np.where(rank < 0, len(VERDICTS), rank).astype(np.int16),
        "score": -pd.to_numeric(cases["score"], errors="coerce").fillna(0).to_numpy(float),
        "case_id": cases["case_id"].to_numpy(),
    })
    return sort_positions(keys, list(keys.columns))


def sort_positions(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """The row order of frame.sort_values(columns, kind="stable", na_position="last"), as
    one pyarrow sort (several times faster than pandas on text keys: a million cases took
    seconds; pyarrow's sort is stable and puts nulls last by default)."""
    keys = pa.table({f"k{i}": pa.array(frame[c], from_pandas=True)
                     for i, c in enumerate(columns)})
    return pc.sort_indices(keys, sort_keys=[(f"k{i}", "ascending")
                                            for i in range(len(columns))]).to_numpy()


def sorted_rows(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """frame.sort_values(columns, kind="stable", na_position="last")."""
    return frame.take(sort_positions(frame, columns)).reset_index(drop=True)


@_once
def case_table(result: AuditResult) -> pd.DataFrame:
    """Reported cases, most serious verdict first, then highest score."""
    cases = with_columns(result.cases, CASE_COLUMNS)
    cases["gaps"] = cases["gaps"].fillna("")
    return cases.take(priority_order(cases)).reset_index(drop=True)


@_once
def listed_case_table(result: AuditResult) -> pd.DataFrame:
    """The cases a person reads (every verdict but no_concern). cases.csv keeps them all;
    the HTML, the workbook and crimes.csv list these, so their size follows the findings,
    not the size of the export."""
    cases = case_table(result)
    return cases[cases["verdict"] != "no_concern"].reset_index(drop=True)


def flagged_mask(cases: pd.DataFrame) -> pd.Series:
    """Cases that get a detail page: missed, review, and recorded stalking with gaps."""
    verdict = cases["verdict"].astype("string")
    has_gaps = cases["gaps"].fillna("").astype("string").str.len() > 0
    return (verdict.isin(["missed_stalking", "review"])
            | ((verdict == "recorded_stalking") & has_gaps)).fillna(False).astype(bool)


@_once
def case_crime_pairs(result: AuditResult) -> pd.DataFrame:
    """case_id, crime_ref for the reported cases only."""
    pairs = with_columns(result.link.case_crimes, ["case_id", "crime_ref"])
    return pairs[frames.member(pairs["case_id"], result.cases["case_id"])].drop_duplicates()


@_once
def hit_table(result: AuditResult) -> pd.DataFrame:
    hits = with_columns(result.detect.hits, HIT_COLUMNS)
    return sorted_rows(hits, ["crime_ref", "field", "start", "rule_id"])


def evidence_by_crime(hits: pd.DataFrame) -> pd.Series:
    """crime_ref -> 'RULE-ID: "matched text"; ...' (field named when not the narrative)."""
    if hits.empty:
        return pd.Series(dtype="string")
    where = hits["field"].fillna("narrative").astype("string")
    label = hits["rule_id"].astype("string")
    label = label.where(where == "narrative", label + " [" + where + "]")
    text = label + ': "' + hits["matched"].fillna("").astype("string") + '"'
    return join_by_key(hits["crime_ref"], text, "; ").astype("string")


def join_by_key(keys: pd.Series, text: pd.Series, separator: str) -> pd.Series:
    """text joined per key, keys sorted, each key's pieces in their original order (what
    groupby(sort=True).agg(separator.join) gives, without a Python call per key)."""
    codes, uniques = pd.factorize(keys, sort=True)
    known = np.flatnonzero(codes >= 0)
    pieces = frames.to_arrow(text.astype("str")).take(pa.array(known))
    joined = frames.group_join(codes[known], pieces, len(uniques), separator)
    return pd.Series(joined.to_numpy(zero_copy_only=False), dtype="string",
                     index=pd.Index(uniques, name=keys.name))


@_once
def crime_table(result: AuditResult) -> pd.DataFrame:
    """Every crime of every listed case (listed_case_table), with the evidence in it."""
    pairs = case_crime_pairs(result)
    pairs = pairs[frames.member(pairs["case_id"], listed_case_table(result)["case_id"])]
    wanted = [c for c in CRIME_COLUMNS if c in result.crimes.columns and c != "case_id"
              and c != "evidence"]
    table = pairs.merge(result.crimes[wanted], on="crime_ref", how="left")
    hits = hit_table(result)
    hits = hits[frames.member(hits["crime_ref"], table["crime_ref"])]
    table["evidence"] = table["crime_ref"].map(evidence_by_crime(hits))
    table["evidence"] = table["evidence"].fillna("")
    table = with_columns(table, CRIME_COLUMNS)
    return sorted_rows(table, ["case_id", "recorded_date", "crime_ref"])


@_once
def party_table(result: AuditResult) -> pd.DataFrame:
    """Parties of reported crimes only: nobody else's details leave the audit."""
    reported = case_crime_pairs(result)["crime_ref"]
    parties = result.link.parties
    parties = parties[frames.member(parties["crime_ref"], reported)]
    table = with_columns(parties, PARTY_COLUMNS)
    return sorted_rows(table, ["crime_ref", "role", "person_id", "name"])


@_once
def gap_table(result: AuditResult) -> pd.DataFrame:
    gaps = with_columns(result.followup.gaps, GAP_COLUMNS)
    gaps["crime_ref"] = gaps["crime_ref"].fillna("")
    return sorted_rows(gaps, ["case_id", "gap_id", "crime_ref"])


@_once
def compliance_table(result: AuditResult) -> pd.DataFrame:
    table = with_columns(result.followup.compliance, COMPLIANCE_COLUMNS)
    table["group"] = table["group"].fillna("")
    table["rag"] = table["rag"].fillna("")
    # Tables made before requirements had questions and ratings read as they did.
    table["question"] = table["question"].fillna(table["requirement"]).astype(str)
    table["rating"] = table["rating"].fillna(table["rag"].map(RAG_LABELS)).fillna("")
    rank = table["breakdown"].map({b: i for i, b in enumerate(BREAKDOWNS)}).fillna(9)
    order = table.assign(_rank=rank).sort_values(["requirement", "_rank", "group"],
                                                  kind="stable")
    return table.loc[order.index].reset_index(drop=True)


@_once
def triage_table(result: AuditResult) -> pd.DataFrame:
    triage = with_columns(result.followup.triage, TRIAGE_COLUMNS)
    return triage.sort_values("case_id", kind="stable").reset_index(drop=True)


def problem_table(problems: pd.DataFrame, severity: str | None = None) -> pd.DataFrame:
    if severity is not None and "severity" in problems.columns:
        problems = problems[problems["severity"] == severity]
    table = with_columns(problems, PROBLEM_COLUMNS)
    return table.sort_values(["source_file", "source_line", "column", "reason"],
                             kind="stable", na_position="last").reset_index(drop=True)


@dataclass
class Figures:
    """The headline numbers, with no personal data: safe for every audience."""

    account: dict
    warnings: int
    crimes: int
    cases: int
    verdicts: dict[str, int]
    flagged: int
    recorded_with_gaps: int
    compliance_rag: dict[str, int]
    requirements: int
    missed_by_offence: pd.Series = field(default_factory=lambda: pd.Series(dtype=int))
    missed_by_team: pd.Series = field(default_factory=lambda: pd.Series(dtype=int))
    missed_by_month: pd.Series = field(default_factory=lambda: pd.Series(dtype=int))


def _counts(values: pd.Series, sort_by_label: bool = False) -> pd.Series:
    counts = values.fillna(NOT_RECORDED).astype(str).value_counts()
    if sort_by_label:
        return counts.sort_index()
    # Largest first; equal counts in label order, so charts are the same every run.
    frame = counts.rename_axis("label").reset_index(name="n")
    frame = frame.sort_values(["n", "label"], ascending=[False, True], kind="stable")
    return pd.Series(frame["n"].to_numpy(), index=frame["label"].to_numpy())


@_once
def missed_crimes(result: AuditResult) -> pd.DataFrame:
    """Each crime that is part of a missed-stalking case, once."""
    missed = result.cases.loc[result.cases["verdict"] == "missed_stalking", "case_id"]
    refs = case_crime_pairs(result)
    refs = refs.loc[frames.member(refs["case_id"], missed), "crime_ref"].drop_duplicates()
    return result.crimes[frames.member(result.crimes["crime_ref"], refs)]


def offence_families(crimes: pd.DataFrame) -> pd.Series:
    """Each crime's offence family label (the recorded title where no family was set)."""
    if "offence_family" not in crimes:
        return crimes["offence"]
    labels = crimes["offence_family"].map(family_labels())
    return labels.where(labels.notna(), crimes["offence_family"])


@_once
def reference_table(result: AuditResult) -> pd.DataFrame:
    """Values no reference recognised (reference.REFERENCE_COLUMNS), as the run found them."""
    table = result.reference if result.reference is not None else pd.DataFrame()
    return with_columns(table, REFERENCE_COLUMNS)


@_once
def figures(result: AuditResult) -> Figures:
    cases = case_table(result)
    overall = compliance_table(result)
    overall = overall[overall["breakdown"] == "overall"]
    missed = missed_crimes(result)
    months = pd.to_datetime(missed["recorded_date"], errors="coerce").dt.strftime("%Y-%m")
    verdicts = cases["verdict"].value_counts()
    flagged = flagged_mask(cases)
    return Figures(
        account=result.load.account.as_dict(),
        warnings=int((result.load.problems.get("severity") == "warning").sum())
        if len(result.load.problems) else 0,
        crimes=len(result.crimes),
        cases=len(cases),
        verdicts={v: int(verdicts.get(v, 0)) for v in VERDICTS},
        flagged=int(flagged.sum()),
        recorded_with_gaps=int((flagged & (cases["verdict"] == "recorded_stalking")).sum()),
        compliance_rag={k: int((overall["rag"] == k).sum()) for k in ("R", "A", "G", "")},
        requirements=len(overall),
        missed_by_offence=_counts(offence_families(missed)) if len(missed)
        else _counts(pd.Series()),
        missed_by_team=_counts(missed["team" if "team" in missed else "allocated_team"])
        if len(missed)
        else _counts(pd.Series()),
        missed_by_month=_counts(months, sort_by_label=True) if len(missed)
        else _counts(pd.Series()),
    )
