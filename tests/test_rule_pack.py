"""The built-in rule pack: every rule's own examples, one pytest case each.

    pytest tests/test_rule_pack.py -k following_victim      # one rule's examples

Case ids are RULE_ID-should_flag-N / RULE_ID-should_not_flag-N; RULE_ID-has-examples
fails when a rule lacks either kind of example. A force can run the same cases over
its own folder: AUDIT_RULES=/path/to/force_rules pytest tests/test_rule_pack.py
(several folders separated by the OS path separator).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit_cli.detect import run_rule_tests, validate
from audit_cli.detect.commands import rules_group
from audit_cli.detect.rules import default_dirs

EXTRA = [Path(p) for p in os.environ.get("AUDIT_RULES", "").split(os.pathsep) if p]
PACK, PROBLEMS = validate(default_dirs(EXTRA))
RULES = sorted(PACK.active_rules + PACK.active_correlations, key=lambda r: r.id)
EXAMPLES = [(r.id, kind, i) for r in RULES for kind in ("should_flag", "should_not_flag")
            for i in range(len(getattr(r, kind)))]


@pytest.fixture(scope="module")
def results():
    return {r.test_id: r for r in run_rule_tests(PACK)}


def test_pack_has_no_errors():
    errors = [p.format() for p in PROBLEMS if p.is_error]
    assert not errors, "\n".join(errors)


def test_rules_check_is_clean():
    args = ["check"] + [a for d in EXTRA for a in ("--rules", str(d))]
    result = CliRunner().invoke(rules_group, args)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.id}-has-examples" for r in RULES])
def test_rule_has_both_kinds_of_example(rule):
    assert rule.should_flag, f"{rule.id} has no should_flag example"
    assert rule.should_not_flag, f"{rule.id} has no should_not_flag example"


@pytest.mark.parametrize("rule_id, kind, index", EXAMPLES,
                         ids=[f"{r}-{k}-{i}" for r, k, i in EXAMPLES])
def test_rule_example(results, rule_id, kind, index):
    res = results[f"{rule_id}-{kind}-{index}"]
    assert res.passed, f"{res.test_id}: {res.message}\n  example: {res.example}"
