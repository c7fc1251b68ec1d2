"""The detect stage: base rules over crimes, correlations over cases, a verdict per case."""

from __future__ import annotations

import pandas as pd

from audit_cli.detect.codes import CaseCodes
from audit_cli.detect.correlate import correlate
from audit_cli.detect.evaluate import BaseEvaluator
from audit_cli.detect.rules import RulePack
from audit_cli.detect.verdict import findings, with_overrides
from audit_cli.model import DetectResult, LinkResult


# Compiled evaluators by pack content: loading the same pack again (each `audit run`,
# each rule test) reuses the phrase compilation and the misspellings already learnt.
_COMPILED: dict[tuple, BaseEvaluator] = {}
_COMPILED_MAX = 4


def _pack_key(pack: RulePack) -> tuple:
    return (pack.sha256, tuple((r.id, r.status, r.text) for r in pack.active_rules),
            repr(pack.verdicts.matching))


def evaluator(pack: RulePack) -> BaseEvaluator:
    """The pack's compiled base rules (built once per pack content, reused across runs)."""
    if "evaluator" not in pack.cache:
        key = _pack_key(pack)
        if key not in _COMPILED or _COMPILED[key].rules != pack.active_rules:
            while len(_COMPILED) >= _COMPILED_MAX:
                _COMPILED.pop(next(iter(_COMPILED)))
            _COMPILED[key] = BaseEvaluator(pack)
        pack.cache["evaluator"] = _COMPILED[key]
    return pack.cache["evaluator"]


def scan(crimes: pd.DataFrame, pack: RulePack) -> pd.DataFrame:
    """The base rules over each crime: the hits table. Needs no linking, so `audit run`
    scans in a child process while the link stage runs."""
    return evaluator(pack).run(crimes)


def detect(crimes: pd.DataFrame, link: LinkResult, pack: RulePack,
           settings: dict | None = None, hits: pd.DataFrame | None = None) -> DetectResult:
    """Run the pack over the crimes and the linked cases.

    `settings` may override verdicts.yml keys for this run, same shape as the file
    (e.g. {"thresholds": {"missed": 8}}). `hits`: scan(crimes, pack) when already done.
    """
    verdicts = with_overrides(pack.verdicts, settings)
    if hits is None:
        hits = scan(crimes, pack)
    # case and crime keys as integer codes once, for the correlations and the verdicts
    codes = CaseCodes(link.cases, link.case_crimes, crimes, hits)
    case_hits = correlate(codes, link, crimes, pack)
    found = findings(codes, crimes, hits, case_hits, pack, verdicts)
    return DetectResult(hits=hits, case_hits=case_hits, findings=found)
