"""The attachment rules' own examples (rules/courses.yml `tests:`), run through link().

An example is a few records of one export (ref, date, offence, victim, optional
suspect, dates of birth and narrative) and `together`: the refs that must all end in one
case (`should_attach`) or must not (`should_not_attach`). Each example is linked on its
own, with the course rules being tested, so examples cannot disturb each other.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit_cli.detect.ruletest import RuleTestResult
from audit_cli.link.courses import RULE_IDS
from audit_cli.model import crimes_from_rows, parties_from_rows
from audit_cli.names import normalise_name_series

KINDS = ("should_attach", "should_not_attach")


def example_rows(records: list[dict]) -> pd.DataFrame:
    """Canonical rows (the columns link() reads) from an example's records."""
    raw = pd.DataFrame(records)
    n = len(raw)

    def column(name: str) -> pd.Series:
        values = raw[name] if name in raw else pd.Series([None] * n)
        return values.where(values.notna(), None).astype(object)

    rows = pd.DataFrame({
        "row_id": np.arange(n),
        "crime_ref": column("ref").astype("str"),
        "recorded_date": pd.to_datetime(column("date").astype(str)),
        "offence": column("offence").fillna("").astype("str"),
        "narrative": column("narrative").fillna("").astype("str"),
    })
    rows["offence_date"] = rows["recorded_date"]
    for role in ("victim", "suspect"):
        name = column(role).astype("str")
        rows[f"{role}_name"] = name
        rows[f"{role}_name_norm"] = normalise_name_series(name)
        rows[f"{role}_dob"] = pd.to_datetime(column(f"{role}_dob"))
        rows[f"{role}_postcode"] = column(f"{role}_postcode").astype("str")
        rows[f"{role}_id"] = column(f"{role}_id").astype("str")
    return rows


def together(result, refs: list[str]) -> bool:
    """Some case holds every one of refs."""
    cc = result.case_crimes
    held = cc[cc["crime_ref"].isin(refs)].groupby("case_id")["crime_ref"].nunique()
    return bool((held >= len(set(refs))).any())


def run_course_tests(linking: dict, rule_ids: list[str] | None = None) -> list[RuleTestResult]:
    """Every example of every attachment rule in linking['courses'] (or of rule_ids)."""
    from audit_cli.link import link

    courses = linking.get("courses") or {}
    results = []
    for rule in RULE_IDS:
        if rule_ids and rule not in rule_ids:
            continue
        tests = (courses.get(rule) or {}).get("tests") or {}
        for kind in KINDS:
            examples = tests.get(kind) or []
            if not examples:
                results.append(RuleTestResult(rule, kind, 0, False,
                                              f"no {kind} example: every rule needs both"))
            for index, example in enumerate(examples, start=1):
                rows = example_rows(example["records"])
                result = link(parties_from_rows(rows), crimes_from_rows(rows), linking)
                held = together(result, [str(r) for r in example["together"]])
                passed = held == (kind == "should_attach")
                message = "" if passed else (
                    f"{', '.join(map(str, example['together']))} "
                    f"{'not ' if kind == 'should_attach' else ''}in one case "
                    f"({example.get('name', '')})")
                results.append(RuleTestResult(f"courses.{rule}", kind, index, passed, message,
                                              example))
    return results
