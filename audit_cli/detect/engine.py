"""The detect stage: base rules over crimes, correlations over cases, a verdict per case."""

from __future__ import annotations

import pandas as pd

from audit_cli.detect.correlate import correlate
from audit_cli.detect.evaluate import BaseEvaluator
from audit_cli.detect.rules import RulePack
from audit_cli.detect.verdict import findings, with_overrides
from audit_cli.model import DetectResult, LinkResult


def evaluator(pack: RulePack) -> BaseEvaluator:
    """The pack's compiled base rules (built once per pack, reused across runs)."""
    if "evaluator" not in pack.cache:
        pack.cache["evaluator"] = BaseEvaluator(pack)
    return pack.cache["evaluator"]


def detect(crimes: pd.DataFrame, link: LinkResult, pack: RulePack,
           settings: dict | None = None) -> DetectResult:
    """Run the pack over the crimes and the linked cases.

    `settings` may override verdicts.yml keys for this run, same shape as the file
    (e.g. {"thresholds": {"missed": 8}}).
    """
    verdicts = with_overrides(pack.verdicts, settings)
    hits = evaluator(pack).run(crimes)
    case_hits = correlate(link, crimes, hits, pack)
    found = findings(link.cases, link.case_crimes, crimes, hits, case_hits, pack, verdicts)
    return DetectResult(hits=hits, case_hits=case_hits, findings=found)
