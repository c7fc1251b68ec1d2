"""Every rule's own examples, run through the real engine (sqlfluff-style rule tests).

A base rule's `should_flag` crimes must each get a hit of that rule and its
`should_not_flag` crimes must not. A correlation example is a course of conduct: its
crimes become one case (one victim, one suspect; `other_victims` become the same
suspect's cases against other victims) and the correlation must fire on that case, or
not. All examples of the pack run in one batch, so misspelling tolerance and every
other pack-wide setting behave as in an audit. A rule without both kinds of example
fails.

An example without offence_date is dated inside the rule's scope (its `from` date, or
EXAMPLE_DATE), so scoped rules need dates only when the test is about the date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from audit_cli.detect.codes import CaseCodes
from audit_cli.detect.correlate import correlate
from audit_cli.detect.engine import evaluator
from audit_cli.detect.quantities import EXAMPLES_ID, kind_of
from audit_cli.detect.rules import BOOL_FIELDS, DATE_FIELDS, FIELDS
from audit_cli.model import CRIME_COLUMNS, LinkResult

EXAMPLE_DATE = dt.date(2025, 1, 15)
KINDS = ("should_flag", "should_not_flag")


@dataclass
class RuleTestResult:
    rule_id: str
    kind: str  # should_flag | should_not_flag
    index: int
    passed: bool
    message: str
    example: dict = field(default_factory=dict)

    @property
    def test_id(self) -> str:
        return f"{self.rule_id}-{self.kind}-{self.index}"


def crimes_frame(examples: list[dict], refs: list[str], default_dates: list) -> pd.DataFrame:
    """A crimes table (model columns) from example maps; omitted fields are empty."""
    rows = []
    for ex, ref, default in zip(examples, refs, default_dates):
        row = {c: pd.NA for c in CRIME_COLUMNS}
        row.update({"narrative": "", "flags": ""})
        for key, value in ex.items():
            if key in FIELDS:
                row[key] = value
        row["crime_ref"] = ref
        if _empty(row["offence_date"]):
            row["offence_date"] = row["recorded_date"] if not _empty(row["recorded_date"]) else default
        if _empty(row["recorded_date"]):
            row["recorded_date"] = row["offence_date"]
        rows.append(row)
    frame = pd.DataFrame(rows, columns=CRIME_COLUMNS)
    for col in DATE_FIELDS:
        frame[col] = pd.to_datetime(frame[col].astype(object).map(_iso), errors="coerce")
    for col in BOOL_FIELDS:
        frame[col] = frame[col].astype("boolean")
    for col in CRIME_COLUMNS:
        if col not in DATE_FIELDS + BOOL_FIELDS + ("crime_ref",):
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
            frame[col] = frame[col].map(lambda v: v if v is None else str(v))
    frame["narrative"] = frame["narrative"].fillna("")
    frame["flags"] = frame["flags"].fillna("")
    return frame


def _empty(value) -> bool:
    return value is None or (not isinstance(value, (dt.date, str)) and pd.isna(value))


def _iso(value):
    if _empty(value):
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def link_for_cases(cases: list[dict]) -> LinkResult:
    """A LinkResult for hand-made cases: dicts of case_id, victim, suspect, crime_refs
    (list), dates (list of Timestamps) and proxy (bool)."""
    rows, cc, groups = [], [], []
    for case in cases:
        dates = pd.to_datetime(pd.Series(case.get("dates") or [pd.NaT] * len(case["crime_refs"])))
        rows.append({
            "case_id": case["case_id"], "kind": "pair", "victim_person": case["victim"],
            "suspect_person": case["suspect"], "victim": case["victim"],
            "suspect": case["suspect"], "crime_refs": ";".join(sorted(case["crime_refs"])),
            "first_date": dates.min(), "last_date": dates.max(),
            "n_crimes": len(case["crime_refs"]), "recorded_offences": "",
            "link_reasons": "example"})
        cc += [{"case_id": case["case_id"], "crime_ref": r} for r in case["crime_refs"]]
        groups.append({"suspect_person": case["suspect"], "case_id": case["case_id"],
                       "victim_person": case["victim"], "proxy": bool(case.get("proxy", False))})
    empty = pd.DataFrame()
    return LinkResult(parties=empty, persons=empty, party_links=empty,
                      cases=pd.DataFrame(rows), case_crimes=pd.DataFrame(cc, columns=["case_id", "crime_ref"]),
                      suspect_groups=pd.DataFrame(groups, columns=["suspect_person", "case_id",
                                                                   "victim_person", "proxy"]))


def _missing(rule) -> list[RuleTestResult]:
    return [RuleTestResult(rule.id, kind, 0, False, f"the rule has no {kind} example")
            for kind in KINDS if not getattr(rule, kind)]


def _base_results(pack, rules) -> list[RuleTestResult]:
    examples, refs, dates, keys = [], [], [], []
    for rule in rules:
        for kind in KINDS:
            for i, ex in enumerate(getattr(rule, kind)):
                examples.append(ex if isinstance(ex, dict) else {})
                refs.append(f"T-{rule.id}-{kind}-{i}")
                dates.append(rule.scope_from or EXAMPLE_DATE)
                keys.append((rule, kind, i, ex))
    if not examples:
        return []
    hits = evaluator(pack).run(crimes_frame(examples, refs, dates))
    fired = set(zip(hits["crime_ref"], hits["rule_id"]))
    out = []
    for ref, (rule, kind, i, ex) in zip(refs, keys):
        hit = (ref, rule.id) in fired
        passed = hit if kind == "should_flag" else not hit
        msg = "ok" if passed else ("the rule did not fire on this example" if kind == "should_flag"
                                   else "the rule fired on this example")
        out.append(RuleTestResult(rule.id, kind, i, passed, msg, ex))
    return out


def _correlation_results(pack, rules) -> list[RuleTestResult]:
    examples, refs, dates, cases, keys = [], [], [], [], []
    for rule in rules:
        for kind in KINDS:
            for i, ex in enumerate(getattr(rule, kind)):
                tag = f"{rule.id}-{kind}-{i}"
                suspect = f"S-{tag}"
                groups = [("", ex.get("crimes") or [], False)]
                groups += [(f"-o{j}", (o or {}).get("crimes") or [], True)
                           for j, o in enumerate(ex.get("other_victims") or [])]
                for suffix, crimes, proxy in groups:
                    case_refs, case_dates = [], []
                    for k, crime in enumerate(crimes):
                        ref = f"T-{tag}{suffix}-{k}"
                        examples.append(crime)
                        refs.append(ref)
                        dates.append(EXAMPLE_DATE)
                        case_refs.append(ref)
                        case_dates.append(crime.get("offence_date"))
                    cases.append({"case_id": f"C-{tag}{suffix}", "victim": f"V-{tag}{suffix}",
                                  "suspect": suspect, "crime_refs": case_refs,
                                  "dates": [_iso(d) for d in case_dates], "proxy": proxy})
                keys.append((rule, kind, i, ex, f"C-{tag}"))
    if not keys:
        return []
    crimes = crimes_frame(examples, refs, dates)
    link = link_for_cases(cases)
    hits = evaluator(pack).run(crimes)
    codes = CaseCodes(link.cases, link.case_crimes, crimes, hits)
    case_hits = correlate(codes, link, crimes, pack)
    fired = set(zip(case_hits["case_id"], case_hits["rule_id"]))
    out = []
    for rule, kind, i, ex, case_id in keys:
        hit = (case_id, rule.id) in fired
        passed = hit if kind == "should_flag" else not hit
        if passed:
            msg = "ok"
        else:
            base = sorted(set(hits[hits["crime_ref"].str.startswith(f"T-{rule.id}-{kind}-{i}-")]
                              ["rule_id"]))
            msg = ("the correlation did not fire on this course of conduct"
                   if kind == "should_flag" else "the correlation fired on this course of conduct")
            msg += f" (base rules that fired: {', '.join(base) or 'none'})"
        out.append(RuleTestResult(rule.id, kind, i, passed, msg, ex))
    return out


def _quantity_results(pack) -> list[RuleTestResult]:
    """rules/quantities.yml examples: a should_flag narrative must give exactly the
    quantity kinds it expects; a should_not_flag narrative none."""
    grammar = pack.verdicts.grammar
    keyed = [(kind, i, ex) for kind in KINDS for i, ex in enumerate(getattr(grammar, kind))]
    if not keyed:
        return []
    refs = [f"T-{EXAMPLES_ID}-{kind}-{i}" for kind, i, _ in keyed]
    crimes = crimes_frame([{"narrative": ex["narrative"]} for _, _, ex in keyed], refs,
                          [EXAMPLE_DATE] * len(refs))
    hits = evaluator(pack).run(crimes)
    found: dict[str, set] = {}
    for ref, rule_id in zip(hits["crime_ref"], hits["rule_id"]):
        if kind_of(rule_id):
            found.setdefault(ref, set()).add(kind_of(rule_id))
    out = []
    for ref, (kind, i, ex) in zip(refs, keyed):
        got = found.get(ref, set())
        want = set(ex.get("expect", [])) if kind == "should_flag" else set()
        passed = got == want
        msg = "ok" if passed else (f"expected {', '.join(sorted(want)) or 'no quantity'}, "
                                   f"read {', '.join(sorted(got)) or 'no quantity'}")
        out.append(RuleTestResult(EXAMPLES_ID, kind, i, passed, msg, ex))
    return out


def run_rule_tests(pack, rule_ids: list[str] | None = None) -> list[RuleTestResult]:
    """Results of every example of every active rule (or of `rule_ids`), sorted by test id.
    The quantity grammar's examples (rules/quantities.yml) run as the id `quantities`."""
    wanted = set(rule_ids) if rule_ids else None
    base = [r for r in pack.active_rules if wanted is None or r.id in wanted]
    corr = [r for r in pack.active_correlations if wanted is None or r.id in wanted]
    results = []
    for rule in base + corr:
        results += _missing(rule)
    results += _base_results(pack, base)
    results += _correlation_results(pack, corr)
    if wanted is None or EXAMPLES_ID in wanted:
        results += _quantity_results(pack)
    return sorted(results, key=lambda r: (r.rule_id, KINDS.index(r.kind), r.index))
