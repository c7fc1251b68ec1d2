"""The report tables, built once from an AuditResult and shared by every format.

Every table has a fixed column order and a fixed row order, so that the same result
always gives the same files. Text stays as recorded here; making it safe for a given
format is the formatter's job (safety.py, autoescape).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from audit_cli.model import VERDICTS, AuditResult

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
    "suspect_person",
]
CRIME_COLUMNS = [
    "case_id", "crime_ref", "recorded_date", "offence_date", "offence_code", "offence",
    "allocated_team", "outcome_code", "evidence", "narrative",
]
PARTY_COLUMNS = ["crime_ref", "role", "name", "dob", "person_id", "postcode", "is_org"]
GAP_COLUMNS = ["case_id", "gap_id", "level", "crime_ref", "team", "month", "evidence"]
COMPLIANCE_COLUMNS = ["requirement", "breakdown", "group", "applicable", "compliant", "rate",
                      "target", "rag"]
TRIAGE_COLUMNS = ["case_id", "recommended_team", "missing_steps", "lines_of_enquiry",
                  "support_services"]
PROBLEM_COLUMNS = ["source_file", "source_line", "crime_ref", "column", "value", "reason"]
HIT_COLUMNS = ["crime_ref", "rule_id", "level", "weight", "four", "behaviour", "field",
               "matched", "start", "end"]


def with_columns(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame:
    """The columns asked for, in that order; a missing column is all-missing."""
    frame = frame if frame is not None else pd.DataFrame()
    out = pd.DataFrame(index=frame.index)
    for column in columns:
        out[column] = frame[column] if column in frame.columns else pd.NA
    return out.reset_index(drop=True)


def _verdict_rank(verdicts: pd.Series) -> pd.Series:
    order = {v: i for i, v in enumerate(VERDICTS)}
    return verdicts.map(order).fillna(len(order)).astype(int)


def case_table(result: AuditResult) -> pd.DataFrame:
    """Reported cases, most serious verdict first, then highest score."""
    cases = with_columns(result.cases, CASE_COLUMNS)
    cases["gaps"] = cases["gaps"].fillna("")
    order = cases.assign(_rank=_verdict_rank(cases["verdict"]),
                         _score=-pd.to_numeric(cases["score"], errors="coerce").fillna(0))
    order = order.sort_values(["_rank", "_score", "case_id"], kind="stable")
    return cases.loc[order.index].reset_index(drop=True)


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


def case_crime_pairs(result: AuditResult) -> pd.DataFrame:
    """case_id, crime_ref for the reported cases only."""
    pairs = with_columns(result.link.case_crimes, ["case_id", "crime_ref"])
    return pairs[pairs["case_id"].isin(result.cases["case_id"])].drop_duplicates()


def hit_table(result: AuditResult) -> pd.DataFrame:
    hits = with_columns(result.detect.hits, HIT_COLUMNS)
    return hits.sort_values(["crime_ref", "field", "start", "rule_id"], kind="stable",
                            na_position="last").reset_index(drop=True)


def evidence_by_crime(hits: pd.DataFrame) -> pd.Series:
    """crime_ref -> 'RULE-ID: "matched text"; ...' (field named when not the narrative)."""
    if hits.empty:
        return pd.Series(dtype="string")
    where = hits["field"].fillna("narrative").astype("string")
    label = hits["rule_id"].astype("string")
    label = label.where(where == "narrative", label + " [" + where + "]")
    text = label + ': "' + hits["matched"].fillna("").astype("string") + '"'
    return text.groupby(hits["crime_ref"], sort=True).agg("; ".join).astype("string")


def crime_table(result: AuditResult) -> pd.DataFrame:
    """Every crime of every listed case (listed_case_table), with the evidence in it."""
    pairs = case_crime_pairs(result)
    pairs = pairs[pairs["case_id"].isin(listed_case_table(result)["case_id"])]
    crimes = result.crimes.drop(columns=[c for c in ("case_id", "evidence")
                                         if c in result.crimes.columns])
    table = pairs.merge(crimes, on="crime_ref", how="left")
    table["evidence"] = table["crime_ref"].map(evidence_by_crime(hit_table(result)))
    table["evidence"] = table["evidence"].fillna("")
    table = with_columns(table, CRIME_COLUMNS)
    return table.sort_values(["case_id", "recorded_date", "crime_ref"], kind="stable",
                             na_position="last").reset_index(drop=True)


def party_table(result: AuditResult) -> pd.DataFrame:
    """Parties of reported crimes only: nobody else's details leave the audit."""
    reported = case_crime_pairs(result)["crime_ref"]
    parties = result.link.parties
    parties = parties[parties["crime_ref"].isin(reported)]
    table = with_columns(parties, PARTY_COLUMNS)
    return table.sort_values(["crime_ref", "role", "person_id", "name"], kind="stable",
                             na_position="last").reset_index(drop=True)


def gap_table(result: AuditResult) -> pd.DataFrame:
    gaps = with_columns(result.followup.gaps, GAP_COLUMNS)
    gaps["crime_ref"] = gaps["crime_ref"].fillna("")
    return gaps.sort_values(["case_id", "gap_id", "crime_ref"], kind="stable",
                            na_position="last").reset_index(drop=True)


def compliance_table(result: AuditResult) -> pd.DataFrame:
    table = with_columns(result.followup.compliance, COMPLIANCE_COLUMNS)
    table["group"] = table["group"].fillna("")
    table["rag"] = table["rag"].fillna("")
    rank = table["breakdown"].map({b: i for i, b in enumerate(BREAKDOWNS)}).fillna(9)
    order = table.assign(_rank=rank).sort_values(["requirement", "_rank", "group"],
                                                  kind="stable")
    return table.loc[order.index].reset_index(drop=True)


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


def missed_crimes(result: AuditResult) -> pd.DataFrame:
    """Each crime that is part of a missed-stalking case, once."""
    missed = result.cases.loc[result.cases["verdict"] == "missed_stalking", "case_id"]
    refs = case_crime_pairs(result)
    refs = refs.loc[refs["case_id"].isin(missed), "crime_ref"].drop_duplicates()
    return result.crimes[result.crimes["crime_ref"].isin(refs)]


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
        missed_by_offence=_counts(missed["offence"]) if len(missed) else _counts(pd.Series()),
        missed_by_team=_counts(missed["team" if "team" in missed else "allocated_team"])
        if len(missed)
        else _counts(pd.Series()),
        missed_by_month=_counts(months, sort_by_label=True) if len(missed)
        else _counts(pd.Series()),
    )
