"""`audit sample`: write a synthetic quarter and its labels, byte-identical per seed."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import click
import pandas as pd

from audit_cli.sample.assemble import MIN_ROWS, build

# Fixed stamps so an XLSX written twice is the same bytes (zip entries and core.xml
# otherwise carry the time of writing).
XLSX_STAMP = (2026, 10, 7, 0, 0, 0)
XLSX_ISO = "2026-10-07T00:00:00Z"
_CORE_TIMES = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def write_csv(export: pd.DataFrame, path: Path) -> None:
    export.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_xlsx(export: pd.DataFrame, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("export")
    ws.append(list(export.columns))
    for row in export.itertuples(index=False, name=None):
        ws.append([v if v != "" else None for v in row])
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, open(path, "wb") as fh, \
            zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _CORE_TIMES.sub(lambda m: m.group(1) + XLSX_ISO + m.group(3), data.decode()).encode()
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=XLSX_STAMP), data,
                         compress_type=zipfile.ZIP_DEFLATED)


def write_export(export: pd.DataFrame, path: str | Path) -> None:
    """CSV, or XLSX when the name ends .xlsx; written whole or not at all."""
    path = Path(path)
    writer = write_xlsx if path.suffix.lower() == ".xlsx" else write_csv
    atomic(path, writer, export)


def labels_text(labels: dict) -> str:
    """JSON with one list element per line: diffable, and still one json.load away."""
    head = {k: v for k, v in labels.items() if not isinstance(v, list)}
    parts = ["{"]
    for k, v in head.items():
        parts.append(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    lists = [k for k, v in labels.items() if isinstance(v, list)]
    for i, k in enumerate(lists):
        items = ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in labels[k])
        tail = "," if i < len(lists) - 1 else ""
        parts.append(f"{json.dumps(k)}: [\n{items}\n]{tail}")
    parts.append("}")
    return "\n".join(parts) + "\n"


def write_labels(labels: dict, path: str | Path) -> None:
    atomic(Path(path), lambda data, p: p.write_text(labels_text(data), encoding="utf-8"), labels)


def atomic(path: Path, writer, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".sample-", dir=path.parent)
    os.close(fd)
    try:
        writer(data, Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def summary(counts: dict, seconds: float, out: str) -> str:
    return (f"sample: {counts['rows']} rows, {counts['crimes']} crimes, {counts['persons']} persons, "
            f"{counts['cases']} cases (missed_stalking {counts.get('missed_stalking', 0)}, "
            f"recorded_stalking {counts.get('recorded_stalking', 0)}, not_stalking {counts.get('not_stalking', 0)}) "
            f"-> {out} in {seconds:.1f}s")


@click.command("sample")
@click.option("--rows", type=click.IntRange(min=MIN_ROWS), default=6000, show_default=True,
              help="Export rows to write (duplicates included).")
@click.option("--seed", type=int, default=7, show_default=True, help="Same seed and rows, same bytes.")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True,
              help="Export file: .csv, or .xlsx for a workbook.")
@click.option("--labels", "labels_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the ground-truth labels (JSON, see sample_data/README.md).")
def sample_command(rows: int, seed: int, out: str, labels_path: str | None) -> None:
    """Write a synthetic quarter of crime records with known stalking ground truth.

    The export uses the generic format; the labels say who every party really is and
    which crimes form each true course of conduct.
    """
    start = time.perf_counter()
    sample = build(rows, seed)
    write_export(sample.export, out)
    if labels_path:
        write_labels(sample.labels(), labels_path)
    click.echo(summary(sample.counts(), time.perf_counter() - start, out), err=True)


if __name__ == "__main__":  # pragma: no cover
    sample_command(sys.argv[1:])
