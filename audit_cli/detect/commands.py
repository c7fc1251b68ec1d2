"""`audit rules list | check | test`: look at, validate and test the rule pack.

`--rules DIR` (repeatable) adds a force's folder after the built-in pack; a rule with
the same id replaces the built-in one.
"""

from __future__ import annotations

from pathlib import Path

import click

from audit_cli.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, AuditError
from audit_cli.detect.quantities import EXAMPLES_ID
from audit_cli.detect.rules import default_dirs, load_pack, phrase_counts, validate
from audit_cli.detect.ruletest import run_rule_tests
from audit_cli.link.courses import RULE_IDS as COURSE_RULE_IDS


class _UsageFailure(click.ClickException):
    exit_code = EXIT_USAGE


def rules_option(func):
    return click.option(
        "--rules", "rules_dirs", multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="A folder of your own rules (detection/, correlation/, lexicon/, verdicts.yml), "
             "read after the built-in pack; same id replaces. Repeatable.")(func)


def _validate(rules_dirs):
    try:
        return validate(default_dirs(rules_dirs))
    except AuditError as exc:
        raise _UsageFailure(str(exc)) from None


@click.group(name="rules")
def rules_group():
    """List, check and test the detection rules."""


@rules_group.command("list")
@rules_option
@click.option("--stats", is_flag=True,
              help="Per base rule: phrase lines as written and the phrases they spell out.")
def list_rules(rules_dirs, stats):
    """One line per rule: id, status, level, weight, FOUR letters, title."""
    try:
        pack = load_pack(default_dirs(rules_dirs))
    except AuditError as exc:
        raise _UsageFailure(str(exc)) from None
    if stats:
        _print_phrase_stats(pack)
        return
    rows = [(r.id, r.status, r.level, f"{r.weight:g}", r.four or "-", r.title,
             "correlation" if r in pack.correlations else "base")
            for r in sorted(pack.rules + pack.correlations, key=lambda r: r.id)]
    width = max((len(r[0]) for r in rows), default=2)
    click.echo(f"{'id':<{width}}  {'status':<12} {'level':<13} {'weight':>6}  {'FOUR':<4}  title")
    for rid, status, level, weight, four, title, kind in rows:
        suffix = " (correlation)" if kind == "correlation" else ""
        click.echo(f"{rid:<{width}}  {status:<12} {level:<13} {weight:>6}  {four:<4}  {title}{suffix}")
    click.echo(f"{len(pack.rules)} base rules, {len(pack.correlations)} correlation rules; "
               f"pack {pack.version} sha256 {pack.sha256[:12]}", err=True)


def _print_phrase_stats(pack) -> None:
    """Written phrase lines and spelt-out phrases per base rule, then the pack's totals."""
    rows = [(r.id, *phrase_counts(r)) for r in pack.rules]
    width = max((len(r[0]) for r in rows), default=2)
    click.echo(f"{'id':<{width}}  {'written':>8}  {'expanded':>8}")
    for rid, written, expanded in rows:
        click.echo(f"{rid:<{width}}  {written:>8,}  {expanded:>8,}")
    written = sum(r[1] for r in rows)
    expanded = sum(r[2] for r in rows)
    click.echo(f"{'total':<{width}}  {written:>8,}  {expanded:>8,}")
    click.echo(f"{len(rows)} base rules: {written:,} phrase lines as written spell out "
               f"{expanded:,} phrases", err=True)


@rules_group.command("check")
@rules_option
def check_rules(rules_dirs):
    """Validate every rule file; print every problem as file:line: severity: message."""
    pack, found = _validate(rules_dirs)
    for problem in sorted(found, key=lambda p: (p.file, p.line, p.code)):
        click.echo(problem.format())
    errors = sum(p.is_error for p in found)
    warnings = sum(p.severity == "warning" for p in found)
    click.echo(f"{errors} error(s), {warnings} warning(s); {len(pack.rules)} base and "
               f"{len(pack.correlations)} correlation rules valid", err=True)
    raise SystemExit(EXIT_FINDINGS if errors else EXIT_OK)


@rules_group.command("test")
@rules_option
@click.option("-k", "--rule", "rule_ids", multiple=True, help="Only this rule id (repeatable).")
def test_rules(rules_dirs, rule_ids):
    """Run every rule's should_flag / should_not_flag examples."""
    pack, found = _validate(rules_dirs)
    course_ids = {f"courses.{rule}" for rule in COURSE_RULE_IDS}
    known = {r.id for r in pack.rules + pack.correlations} | {EXAMPLES_ID} | course_ids
    unknown = [r for r in rule_ids if r not in known]
    if unknown:
        raise _UsageFailure(f"no rule with id {', '.join(unknown)}; see `audit rules list` "
                            f"(attachment rules: {', '.join(sorted(course_ids))})")
    wanted = [r for r in rule_ids if r not in course_ids]
    results = run_rule_tests(pack, wanted) if wanted or not rule_ids else []
    results += _course_results(rules_dirs, [r.split(".", 1)[1] for r in rule_ids
                                            if r in course_ids], bool(rule_ids))
    failed = [r for r in results if not r.passed]
    for res in failed:
        click.echo(f"FAIL {res.test_id}: {res.message}")
        if res.example:
            click.echo(f"  example: {res.example}")
    errors = [p for p in found if p.is_error]
    if errors:
        click.echo(f"{len(errors)} rule file error(s) kept rules out of the pack; "
                   "run `audit rules check`", err=True)
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed", err=True)
    raise SystemExit(EXIT_FINDINGS if failed or errors else EXIT_OK)


def _course_results(rules_dirs, course_ids: list[str], filtered: bool) -> list:
    """The attachment rules' examples (rules/courses.yml and each DIR/courses.yml)."""
    from audit_cli.link import load_link_settings
    from audit_cli.link.courses import force_course_rules
    from audit_cli.link.coursetest import run_course_tests

    if filtered and not course_ids:
        return []
    try:
        linking = {**load_link_settings(), "courses": force_course_rules(rules_dirs)}
    except AuditError as exc:
        raise _UsageFailure(str(exc)) from None
    return run_course_tests(linking, course_ids or None)
