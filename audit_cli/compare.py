"""`audit compare RUN_A RUN_B`: the compliance of two runs side by side (e.g. two quarters).

Each run folder is the --out folder of `audit run`: its manifest.json must carry
"results_format" (the version of the results files' layout) and its compliance.csv the
columns of model.FollowupResult.compliance. Runs written in a layout this version does not
know are refused, never guessed at.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import numpy as np
import pandas as pd

from audit_cli.errors import AuditError

SUPPORTED_RESULTS_FORMATS = (1,)
KEY = ["requirement", "breakdown", "group"]
COUNT_COLUMNS = ["applicable", "compliant"]
COMPLIANCE_COLUMNS = [*KEY, *COUNT_COLUMNS, "rate", "target", "rag"]
BREAKDOWN_ORDER = {"overall": 0, "team": 1, "month": 2}
COMPARE_COLUMNS = ["requirement", "breakdown", "group",
                   "applicable_a", "compliant_a", "rate_a", "rag_a",
                   "applicable_b", "compliant_b", "rate_b", "rag_b", "change"]


def read_manifest(folder: Path) -> dict:
    path = folder / "manifest.json"
    if not folder.is_dir():
        raise AuditError("run folder not found; give the --out folder of an audit run",
                         file=str(folder))
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AuditError("manifest.json not found; give the --out folder of an audit run",
                         file=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AuditError(f"cannot read the run manifest: {exc}", file=str(path)) from None
    if not isinstance(manifest, dict):
        raise AuditError("the run manifest is not a JSON object", file=str(path))
    if "results_format" not in manifest:
        raise AuditError("no 'results_format' in the manifest: the run was written by an "
                         "older or different tool; run the audit again with this version",
                         file=str(path))
    found = manifest["results_format"]
    if found not in SUPPORTED_RESULTS_FORMATS or isinstance(found, bool):
        supported = ", ".join(str(v) for v in SUPPORTED_RESULTS_FORMATS)
        raise AuditError(f"results_format {found!r} is not supported (this version reads "
                         f"{supported}); compare with the audit version that wrote the run",
                         file=str(path))
    return manifest


def read_compliance(folder: Path) -> pd.DataFrame:
    path = folder / "compliance.csv"
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise AuditError("compliance.csv not found; the run needs the csv format "
                         "(--format csv)", file=str(path)) from None
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise AuditError(f"cannot read compliance.csv: {exc}", file=str(path)) from None
    missing = [c for c in COMPLIANCE_COLUMNS if c not in table.columns]
    if missing:
        raise AuditError(f"compliance.csv lacks the column(s) {', '.join(missing)}",
                         file=str(path), column=missing[0])
    for column in COUNT_COLUMNS:
        counts = pd.to_numeric(table[column], errors="coerce")
        bad = counts.isna() | (counts < 0) | (counts % 1 != 0)
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0]) + 2  # header is line 1
            raise AuditError(f"not a count: {table[column].iloc[row - 2]!r}", file=str(path),
                             row=row, column=column)
        table[column] = counts.astype("int64")
    for column in ("rate", "target"):
        table[column] = pd.to_numeric(table[column].replace("", np.nan), errors="coerce")
    return table[COMPLIANCE_COLUMNS]


def read_run(folder: Path | str) -> pd.DataFrame:
    folder = Path(folder)
    read_manifest(folder)
    return read_compliance(folder)


def compare_runs(dir_a: Path | str, dir_b: Path | str) -> pd.DataFrame:
    """One row per requirement x breakdown x group present in either run: counts and
    rates of run A and run B, and `change` = rate_b - rate_a (NaN where either is NaN)."""
    a = read_run(dir_a)
    b = read_run(dir_b)
    kept = [*KEY, *COUNT_COLUMNS, "rate", "rag"]
    merged = a[kept].merge(b[kept], on=KEY, how="outer", suffixes=("_a", "_b"))
    for column in ("applicable_a", "compliant_a", "applicable_b", "compliant_b"):
        merged[column] = merged[column].astype("Int64")
    for column in ("rag_a", "rag_b"):
        merged[column] = merged[column].fillna("")
    merged["change"] = merged["rate_b"] - merged["rate_a"]
    merged["_b"] = merged["breakdown"].map(BREAKDOWN_ORDER).fillna(len(BREAKDOWN_ORDER))
    merged = merged.sort_values(["requirement", "_b", "group"], kind="stable")
    return merged[COMPARE_COLUMNS].reset_index(drop=True)


def percent(values: pd.Series) -> pd.Series:
    text = ((values * 100).round(1) + 0.0).astype("str") + "%"
    return text.where(values.notna(), "-")


def points(values: pd.Series) -> pd.Series:
    rounded = (values * 100).round(1) + 0.0  # + 0.0 turns -0.0 into 0.0
    sign = pd.Series(np.where(rounded > 0, "+", ""), index=values.index)
    text = sign + rounded.astype("str") + " pts"
    return text.where(values.notna(), "-")


def counts(values: pd.Series) -> pd.Series:
    return values.astype("str").where(values.notna(), "-")


def format_table(comparison: pd.DataFrame, label_a: str, label_b: str) -> str:
    """An aligned plain-text table: numbers right-aligned, text left-aligned."""
    shown = pd.DataFrame({
        "requirement": comparison["requirement"],
        "breakdown": comparison["breakdown"],
        "group": comparison["group"],
        f"{label_a} n": counts(comparison["applicable_a"]),
        f"{label_a} rate": percent(comparison["rate_a"]),
        f"{label_a} rag": comparison["rag_a"],
        f"{label_b} n": counts(comparison["applicable_b"]),
        f"{label_b} rate": percent(comparison["rate_b"]),
        f"{label_b} rag": comparison["rag_b"],
        "change": points(comparison["change"]),
    })
    numeric = {f"{label_a} n", f"{label_a} rate", f"{label_b} n", f"{label_b} rate", "change"}
    widths = {c: max(len(c), int(shown[c].str.len().max()) if len(shown) else 0)
              for c in shown.columns}

    def pad(column: str, text: pd.Series) -> pd.Series:
        return text.str.rjust(widths[column]) if column in numeric \
            else text.str.ljust(widths[column])

    header = pd.DataFrame({c: [c] for c in shown.columns})
    rule = pd.DataFrame({c: ["-" * widths[c]] for c in shown.columns})
    rows = pd.concat([header, rule, shown], ignore_index=True)
    padded = [pad(c, rows[c].astype("str")) for c in rows.columns]
    lines = padded[0]
    for column in padded[1:]:
        lines = lines + "  " + column
    lines = lines.str.rstrip().tolist()
    return "\n".join(lines)


@click.command("compare")
@click.argument("run_a", type=click.Path(path_type=Path))
@click.argument("run_b", type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Also write the whole comparison (every breakdown) to this CSV file.")
@click.option("--breakdown", type=click.Choice(["overall", "team", "month", "all"]),
              default="overall", show_default=True, help="Which rows to print.")
@click.pass_context
def compare_command(ctx: click.Context, run_a: Path, run_b: Path, out: Path | None,
                    breakdown: str) -> None:
    """Compare the follow-up compliance of two runs (RUN_A earlier, RUN_B later).

    Prints each requirement's applicable cases, compliance rate and RAG in both runs and
    the change in percentage points (B - A).
    """
    try:
        comparison = compare_runs(run_a, run_b)
        if out is not None:
            from audit_cli.report.files import write_file_atomic
            write_file_atomic(out, comparison.to_csv(index=False).encode("utf-8"))
    except AuditError as exc:
        # Same one-line form as the root group, so the command also behaves standalone.
        click.echo(f"audit: error: {exc}", err=True)
        ctx.exit(exc.exit_code)
    shown = comparison if breakdown == "all" else \
        comparison[comparison["breakdown"] == breakdown]
    click.echo(format_table(shown, "A", "B"))
    click.echo(f"A = {run_a}\nB = {run_b}", err=True)
    if out is not None:
        click.echo(f"comparison written to {out}", err=True)
