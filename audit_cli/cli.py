"""audit: find stalking recorded as other crimes in a crime-record export, and check
what was done for the victims.

\b
Typical use, on a quarter's export:
    audit run export_jul.csv export_aug.csv export_sep.csv --period 2026Q3 --out reports/2026Q3
    audit validate export.csv
    audit evaluate labels.json --run reports/2026Q3

Exit codes: 0 ran (validate: clean), 1 findings at or above --fail-on (validate: data
problems found), 2 usage, configuration or input error, 130 interrupted.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from audit_cli import __version__, limits
from audit_cli.config import AUDIENCES, FAIL_ON, env_value, load_settings, resolve_run_options
from audit_cli.errors import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, AuditError
from audit_cli.limits import Limits
from audit_cli.runguard import Terminated, terminate_cleanly

log = logging.getLogger("audit")

input_files = click.argument("inputs", nargs=-1, required=True,
                             type=click.Path(path_type=Path))
profile_option = click.option(
    "--profile", default=None,
    help="Mapping profile: a built-in name (generic, niche) or a profile YAML file. "
         "[env AUDIT_PROFILE; default generic]")
sheet_option = click.option("--sheet", default=None,
                            help="XLSX sheet to read (default: the first sheet).")


class AuditGroup(click.Group):
    """Turns AuditError into one line on stderr and exit 2; Ctrl-C into exit 130."""

    def invoke(self, ctx):
        try:
            with terminate_cleanly():
                return super().invoke(ctx)
        except AuditError as exc:
            click.echo(f"audit: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("audit: interrupted; no partial output was left", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except Terminated as exc:
            click.echo(f"audit: {exc}; no partial output was left", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            # stdout closed by the reader (`audit ... | head`): nothing more can be said
            # there; say it on stderr and do not let Python complain again at exit.
            _silence_stdout()
            click.echo("audit: error: standard output was closed before everything was "
                       "written to it (a pipe into `head`?)", err=True)
            ctx.exit(EXIT_USAGE)
        except OSError as exc:
            # The disk is full, --out is read-only or a mount point, a file vanished:
            # the system's own words, with the file, on one line.
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"audit: error: {where}{exc.strerror or exc}; check the folder "
                       "and free space, then run again", err=True)
            ctx.exit(EXIT_USAGE)


@click.group(cls=AuditGroup, help=__doc__)
@click.version_option(__version__, prog_name="audit")
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Nothing on stderr but errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[
        min(verbose, 2)]
    # Log lines carry counts and stage names only, never values from the data.
    logging.basicConfig(level=level, format="audit: %(message)s", stream=sys.stderr,
                        force=True)
    ctx.obj = {"verbose": verbose, "quiet": quiet}


@cli.command()
@input_files
@profile_option
@sheet_option
@click.option("--out", "rejects_out", type=click.Path(path_type=Path), default=None,
              help="Where to write rejects.csv (default: rejects.csv in the current folder).")
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=None,
              help="Force settings YAML: its team and offence aliases count as known.")
def validate(inputs, profile, sheet, rejects_out, config_file):
    """Check export files: row accounting, rejected rows and warnings.

    Writes rejects.csv (every rejected row with its reason) and lists the offence titles
    and codes, teams, outcome codes and relationship values it does not recognise (as
    reference.csv does). Exit 0 when clean, 1 when data problems were found (an
    unrecognised value alone is not one), 2 when the input cannot be read.
    """
    from audit_cli.load import load_inputs
    from audit_cli.pipeline import load_force_settings_for
    from audit_cli.reference import describe, unrecognised_in_rows
    from audit_cli.report.results import write_problems_csv

    settings = load_settings(config_file)
    result = load_inputs(list(inputs), profile or env_value("profile") or "generic", sheet)
    target = rejects_out or Path("rejects.csv")
    write_problems_csv(result.rejects, target)
    acc = result.account
    click.echo(f"rows read {acc.read}: kept {acc.kept}, rejected {acc.rejected}, "
               f"exact duplicates {acc.duplicates}; warnings {len(result.warnings)}")
    if len(result.problems):
        counts = result.problems.groupby(["severity", "column", "reason"], sort=True).size()
        for (severity, column, reason), n in counts.items():
            click.echo(f"  {severity:9} {column or '-':16} {n:6}  {reason}")
    unrecognised = unrecognised_in_rows(result.rows, result.problems,
                                        load_force_settings_for(settings))
    for line in describe(unrecognised):
        click.echo(line)
    click.echo(f"rejects written to {target}")
    problems = acc.rejected + len(result.warnings)
    sys.exit(1 if problems else 0)


@cli.command()
@input_files
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="Folder for the reports; one that holds files needs --force.")
@profile_option
@sheet_option
@click.option("--rules", "rules_dirs", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of the force's own rules: adds to or overrides the built-in "
                   "pack (repeatable).")
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=None,
              help="Force settings YAML (run, linking, detection, force sections).")
@click.option("--period", default=None,
              help="Audited quarter, e.g. 2026Q3. Earlier records still count as history. "
                   "[env AUDIT_PERIOD]")
@click.option("--from", "date_from", default=None, help="First day audited (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="Last day audited (YYYY-MM-DD).")
@click.option("--format", "formats", default=None,
              help="Comma-separated outputs: html,xlsx,csv. [env AUDIT_FORMATS; "
                   "default html,xlsx,csv]")
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="analysts: case-level reports; leads: aggregate compliance only. "
                   "[env AUDIT_AUDIENCE; default analysts]")
@click.option("--fail-on", "fail_on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when a case reaches this verdict (or any gap). [default never]")
@click.option("--pseudonymise/--no-pseudonymise", default=None,
              help="Replace names, dates of birth and ids with keyed-hash tokens.")
@click.option("--key-file", type=click.Path(path_type=Path), default=None,
              help="File holding the pseudonymisation key (or env AUDIT_PSEUDONYM_KEY).")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder of jinja2 templates overriding the built-in ones.")
@click.option("--force", is_flag=True,
              help="Replace an output folder made by audit run (one holding any other file "
                   "is refused); decisions in its report.xlsx go into the case book first.")
@click.option("--decisions", "decisions", multiple=True, type=click.Path(path_type=Path),
              help="A reviewed report.xlsx or a decisions.csv to import into the case book "
                   "before the run (repeatable).")
@click.option("--casebook", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The case book (SQLite) holding every decision. [default: "
                   "casebook.sqlite beside the --out folder]")
@click.pass_context
def run(ctx, inputs, out, profile, sheet, rules_dirs, config_file, period, date_from, date_to,
        formats, audience, fail_on, pseudonymise, key_file, templates, force, decisions,
        casebook):
    """Audit a quarter: load, link, detect, follow-up checks and reports."""
    from audit_cli.pipeline import RunRequest, exit_status, run_audit

    settings = load_settings(config_file)
    limits.use(Limits.from_settings(settings.get("limits")))
    options = resolve_run_options(
        {"profile": profile, "period": period, "date_from": date_from, "date_to": date_to,
         "formats": formats, "audience": audience, "fail_on": fail_on,
         "pseudonymise": pseudonymise}, settings)
    from audit_cli.pseudonymise import KEY_ENV, load_key
    key = None
    if options["pseudonymise"]:
        key = load_key(key_file)
    elif key_file is not None or env_value("pseudonym_key"):
        # A key given without --pseudonymise means the user expects tokens: running in
        # the clear would hand out names they believe are hidden.
        given = "--key-file" if key_file is not None else KEY_ENV
        raise AuditError(f"{given} is given but pseudonymising is off; add --pseudonymise "
                         f"(or AUDIT_PSEUDONYMISE=1), or remove {given} to report in the clear")
    quiet = ctx.obj["quiet"]
    request = RunRequest(inputs=list(inputs), out=out, options=options, settings=settings,
                         rules_dirs=list(rules_dirs), templates=templates, key=key,
                         sheet=sheet, force=force, decisions=list(decisions),
                         casebook=casebook,
                         show_progress=sys.stderr.isatty() and not quiet)
    result, written, seconds = run_audit(request)
    print_summary(result, out, written, seconds)
    if result.manifest.get("period_empty"):
        click.echo(f"audit: warning: no records in the audited period "
                   f"({result.manifest['period']}); the export's recorded dates lie outside "
                   "it: check --period / --from / --to", err=True)
        if options["fail_on"] != "never":  # a gate that audited nothing must not pass
            sys.exit(EXIT_USAGE)
    failed = exit_status(result.cases, result.followup.gaps, options["fail_on"])
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


def print_summary(result, out: Path, written: list[Path], seconds: dict) -> None:
    acc = result.load.account
    click.echo(f"rows read {acc.read}: audited {acc.kept}, rejected {acc.rejected}, "
               f"duplicates {acc.duplicates}")
    counts = result.cases["verdict"].value_counts()
    click.echo(f"cases {len(result.cases)}: " + ", ".join(
        f"{v.replace('_', ' ')} {int(counts.get(v, 0))}"
        for v in ("missed_stalking", "review", "recorded_stalking", "no_concern")))
    overall = result.followup.compliance
    overall = overall[overall["breakdown"] == "overall"]
    if len(overall):
        met = int(overall["compliant"].sum())
        applicable = int(overall["applicable"].sum())
        reds = int((overall["rag"] == "R").sum())
        rate = f"{met / applicable:.0%}" if applicable else "n/a"
        click.echo(f"follow-up: {met} of {applicable} requirement checks met ({rate}); "
                   f"{reds} requirement(s) red")
    statuses = result.cases["review_status"].value_counts() if "review_status" in \
        result.cases else {}
    if len(statuses):
        click.echo("review: " + ", ".join(f"{status} {int(n)}"
                                          for status, n in sorted(statuses.items())))
    if result.reference is not None and len(result.reference):
        kinds = result.reference["kind"].value_counts()
        click.echo(f"reference data: {len(result.reference)} value(s) not recognised ("
                   + ", ".join(f"{kind} {int(n)}" for kind, n in kinds.items())
                   + "); see reference.csv")
    click.echo("time: " + ", ".join(f"{k} {v:.1f}s" for k, v in seconds.items()))
    click.echo(f"reports in {out}: " + ", ".join(sorted(p.name for p in written)))


def _register_commands() -> None:
    """Commands that live with their stage, added to the group here."""
    from audit_cli.compare import compare_command
    from audit_cli.detect.commands import rules_group
    from audit_cli.evaluate import evaluate_command
    from audit_cli.sample import sample_command

    for command in (rules_group, evaluate_command, compare_command, sample_command):
        cli.add_command(command)


_register_commands()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> None:
    cli(prog_name="audit")


if __name__ == "__main__":
    main()
