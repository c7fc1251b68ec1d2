"""Detection: Sigma-shaped rules over crime records, correlations over cases, verdicts.

    pack = load_pack([RULES_DIR, *user_dirs])      # validated; AuditError on a bad rule
    result = detect(crimes, link_result, pack)     # DetectResult(hits, case_hits, findings)
    hits = scan(crimes, pack)                      # the base rules alone (no linking needed)
    results = run_rule_tests(pack)                 # every rule's own examples
"""

from audit_cli.detect.engine import detect, evaluator, scan
from audit_cli.detect.rules import CorrelationRule, Rule, RulePack, load_pack, validate
from audit_cli.detect.ruletest import RuleTestResult, run_rule_tests

__all__ = ["detect", "evaluator", "scan", "load_pack", "validate", "run_rule_tests", "RulePack", "Rule",
           "CorrelationRule", "RuleTestResult"]
