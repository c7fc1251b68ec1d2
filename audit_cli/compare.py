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


def _whole(values: pd.Series) -> pd.Series:
    """Percentages rounded half away from zero to whole numbers (0.875 -> 88): the
    figures are rates of a few hundred cases, a decimal place claims more than they hold."""
    scaled = values.astype(float) * 100
    return (np.sign(scaled) * np.floor(np.abs(scaled) + 0.5 + 1e-9)) + 0.0  # -0.0 -> 0.0


def percent(values: pd.Series) -> pd.Series:
    text = _whole(values).map(lambda v: f"{v:.0f}%" if pd.notna(v) else "-")
    return text.where(values.notna(), "-")


def points(values: pd.Series) -> pd.Series:
    rounded = _whole(values)
    sign = pd.Series(np.where(rounded > 0, "+", ""), index=values.index)
    text = sign + rounded.map(lambda v: f"{v:.0f}" if pd.notna(v) else "") + " pts"
    return text.where(values.notna(), "-")


VERDICT_NAMES = {"missed_stalking": "missed stalking", "review": "needs review",
                 "recorded_stalking": "recorded stalking", "no_concern": "no concern"}


def run_period(manifest: dict) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    def day(key: str):
        value = manifest.get(key)
        try:
            return pd.Timestamp(value) if value else None
        except (TypeError, ValueError):
            return None
    return day("period_start"), day("period_end")


def run_label(manifest: dict, folder: Path) -> str:
    """The run named by its audited period: "2026Q3" for a calendar quarter, else the
    dates; the folder name when the run had no period."""
    start, end = run_period(manifest)
    if start is None and end is None:
        return Path(folder).name or str(folder)
    if start is not None and end is not None and start.day == 1 and \
            start.month % 3 == 1 and end == start + pd.offsets.QuarterEnd(0):
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    return f"{start.date() if start is not None else '...'} to " \
           f"{end.date() if end is not None else '...'}"


def order_warnings(manifest_a: dict, manifest_b: dict, label_a: str, label_b: str
                   ) -> list[str]:
    """Warnings when the two runs audit the same period, or the later run came first."""
    start_a, end_a = run_period(manifest_a)
    start_b, end_b = run_period(manifest_b)
    if (start_a, end_a) == (start_b, end_b) and (start_a or end_a):
        return [f"warning: both runs audit the same period ({label_a}): the change is not "
                "a change over time"]
    if start_a is not None and start_b is not None and start_b < start_a:
        return [f"warning: the second run ({label_b}) audits an earlier period than the "
                f"first ({label_a}); the change is second minus first: give the earlier "
                "run first"]
    return []


def verdict_lines(manifest_a: dict, manifest_b: dict, label_a: str, label_b: str
                  ) -> list[str]:
    """Cases per verdict in both runs (from their manifests) and the change."""
    a = manifest_a.get("verdicts") or {}
    b = manifest_b.get("verdicts") or {}
    if not a and not b:
        return []
    lines = [f"cases by verdict: {label_a} -> {label_b}"]
    for key, name in VERDICT_NAMES.items():
        if key not in a and key not in b:
            continue
        n_a, n_b = a.get(key), b.get(key)
        change = f" ({n_b - n_a:+d})" if isinstance(n_a, int) and isinstance(n_b, int) else ""
        lines.append(f"  {name:18} {n_a if n_a is not None else '-':>7} -> "
                     f"{n_b if n_b is not None else '-':>7}{change}")
    return lines


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

    Names each run by its audited period (e.g. 2026Q3), prints each requirement's
    applicable cases, compliance rate and RAG in both runs and the change in whole
    percentage points (B - A), then the cases by verdict in both. Warns on stderr when
    both runs audit the same period or RUN_B's period is the earlier one.
    """
    try:
        comparison = compare_runs(run_a, run_b)
        manifest_a, manifest_b = read_manifest(Path(run_a)), read_manifest(Path(run_b))
        if out is not None:
            from audit_cli.report.files import write_file_atomic
            write_file_atomic(out, comparison.to_csv(index=False).encode("utf-8"))
    except AuditError as exc:
        # Same one-line form as the root group, so the command also behaves standalone.
        click.echo(f"audit: error: {exc}", err=True)
        ctx.exit(exc.exit_code)
    shown = comparison if breakdown == "all" else \
        comparison[comparison["breakdown"] == breakdown]
    label_a, label_b = run_label(manifest_a, run_a), run_label(manifest_b, run_b)
    for warning in order_warnings(manifest_a, manifest_b, label_a, label_b):
        click.echo(warning, err=True)
    if label_a == label_b:  # same period: the columns still need telling apart
        label_a, label_b = f"{label_a} (1)", f"{label_b} (2)"
    click.echo(format_table(shown, label_a, label_b))
    for line in verdict_lines(manifest_a, manifest_b, label_a, label_b):
        click.echo(line)
    click.echo(f"{label_a} = {run_a}\n{label_b} = {run_b}", err=True)
    if out is not None:
        click.echo(f"comparison written to {out}", err=True)
