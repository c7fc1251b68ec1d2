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
import sys
from pathlib import Path

import click

from audit_cli import __version__
from audit_cli.errors import EXIT_INTERRUPTED, EXIT_USAGE, AuditError

log = logging.getLogger("audit")

input_files = click.argument("inputs", nargs=-1, required=True,
                             type=click.Path(path_type=Path))
profile_option = click.option(
    "--profile", default=None, envvar="AUDIT_PROFILE",
    help="Mapping profile: a built-in name (generic, niche) or a profile YAML file. "
         "[env AUDIT_PROFILE; default generic]")
sheet_option = click.option("--sheet", default=None,
                            help="XLSX sheet to read (default: the first sheet).")


class AuditGroup(click.Group):
    """Turns AuditError into one line on stderr and exit 2; Ctrl-C into exit 130."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AuditError as exc:
            click.echo(f"audit: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("audit: interrupted; no partial output was left", err=True)
            ctx.exit(EXIT_INTERRUPTED)


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
def validate(inputs, profile, sheet, rejects_out):
    """Check export files: row accounting, rejected rows and warnings.

    Writes rejects.csv (every rejected row with its reason). Exit 0 when clean, 1 when
    data problems were found, 2 when the input cannot be read.
    """
    from audit_cli.load import load_inputs
    from audit_cli.report.results import write_problems_csv

    result = load_inputs(list(inputs), profile or "generic", sheet)
    target = rejects_out or Path("rejects.csv")
    write_problems_csv(result.rejects, target)
    acc = result.account
    click.echo(f"rows read {acc.read}: kept {acc.kept}, rejected {acc.rejected}, "
               f"exact duplicates {acc.duplicates}; warnings {len(result.warnings)}")
    if len(result.problems):
        counts = result.problems.groupby(["severity", "column", "reason"], sort=True).size()
        for (severity, column, reason), n in counts.items():
            click.echo(f"  {severity:9} {column or '-':16} {n:6}  {reason}")
    click.echo(f"rejects written to {target}")
    problems = acc.rejected + len(result.warnings)
    sys.exit(1 if problems else 0)


def main() -> None:
    cli(prog_name="audit")


if __name__ == "__main__":
    main()
