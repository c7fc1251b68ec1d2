"""Machine-readable results: the report tables as CSV, and manifest.json.

Byte-for-byte deterministic for the same input: rows in a fixed order, floats with four
decimals, dates as ISO days (YYYY-MM-DD), booleans as true/false, missing as an empty
cell, UTF-8 without BOM, "\n" line endings. Text cells that a spreadsheet would run as a
formula get a leading apostrophe (see safety.py: opening a CSV in Excel is the common
path for formula injection).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import __version__, frames
from audit_cli.load.reading import sha256_of
from audit_cli.model import AuditResult
from audit_cli.report import tables
from audit_cli.report.base import Audience, Format, Formatter, register
from audit_cli.report.files import write_file_atomic
from audit_cli.report.safety import csv_safe, csv_safe_arrow, csv_safe_series

RESULTS_FORMAT = 1
MANIFEST_NAME = "manifest.json"
FLOAT_FORMAT = "{:.4f}"


def _format_value(value: object) -> str:
    """One cell of a mixed (object) column; typed columns take the vectorised path."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):  # pd.Timestamp included
        midnight = value.time() == dt.time(0)
        return value.strftime("%Y-%m-%d") if midnight else value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return FLOAT_FORMAT.format(value)
    return csv_safe(str(value))


def column_as_text(values: pd.Series) -> pd.Series:
    """A column as the exact text written to CSV (see the module docstring)."""
    if pd.api.types.is_datetime64_any_dtype(values):
        present = values.dropna()
        whole_days = bool((present.dt.normalize() == present).all())
        fmt = "%Y-%m-%d" if whole_days else "%Y-%m-%dT%H:%M:%S"
        return tables.format_distinct(values, lambda days: days.dt.strftime(fmt).tolist())
    if pd.api.types.is_bool_dtype(values):
        return values.map({True: "true", False: "false"}).astype("string").fillna("")
    if pd.api.types.is_float_dtype(values):
        return tables.format_distinct(values, lambda numbers: [FLOAT_FORMAT.format(x)
                                                        for x in numbers.tolist()])
    if pd.api.types.is_integer_dtype(values):
        return values.astype("string").fillna("")
    if pd.api.types.is_string_dtype(values) and values.dtype != object:
        return csv_safe_series(values).fillna("")
    return values.map(_format_value)


# csv.writer's QUOTE_MINIMAL for delimiter ",", quote '"' and line end "\n": a field holding
# any of the three is quoted, with its quotes doubled (a bare CR is not: see safety.py).
_NEEDS_QUOTES = r'[,"\n]'


def _text(value: str) -> pa.Scalar:
    return pa.scalar(value, type=pa.large_string())


def csv_field(text: pa.Array, alone: bool = False) -> pa.Array:
    """Text cells as written by csv.writer; `alone`: the only field of its row, where
    csv.writer quotes an empty field too."""
    needs = pc.match_substring_regex(text, _NEEDS_QUOTES)
    if alone:
        needs = pc.or_(needs, pc.equal(pc.binary_length(text), 0))
    if not pc.any(needs).as_py():
        return text
    # Only the cells that need it are quoted (most columns have none or a few).
    chosen = pc.filter(text, needs)
    quoted = pc.binary_join_element_wise(_text('"'), pc.replace_substring(chosen, '"', '""'),
                                         _text('"'), _text(""))
    return pc.replace_with_mask(text, needs, quoted)


def arrow_text(values: pd.Series) -> pa.Array:
    """A text column as one pyarrow large_string array, missing as ""."""
    return frames.to_arrow(values.astype("str")).fill_null("")


def column_text_array(values: pd.Series) -> pa.Array:
    """column_as_text as one pyarrow array; text columns stay in pyarrow throughout."""
    if pd.api.types.is_string_dtype(values) and values.dtype != object:
        text = pa.array(values, type=pa.large_string(), from_pandas=True)
        if isinstance(text, pa.ChunkedArray):
            text = text.combine_chunks()
        return csv_safe_arrow(text).fill_null("")
    return arrow_text(column_as_text(values))


CHUNK_ROWS = 100_000


def csv_buffer(frame: pd.DataFrame, header: bool = True) -> pa.Buffer:
    """The table as CSV: what pandas' to_csv writes for the text of column_as_text, built
    column by column in pyarrow instead of row by row through csv.writer."""
    columns = list(frame.columns)
    alone = len(columns) == 1
    lines = []
    if header:
        names = [csv_field(pa.array([str(c)], type=pa.large_string()), alone) for c in columns]
        lines.append(pc.binary_join_element_wise(*names, _text(",")))
    if len(frame):
        fields = [csv_field(column_text_array(frame[c]), alone) for c in columns]
        lines.append(pc.binary_join_element_wise(*fields, _text(",")))
    lines = pa.concat_arrays([*lines, pa.array([""], type=pa.large_string())])  # final "\n"
    text = pc.binary_join(pa.LargeListArray.from_arrays(pa.array([0, len(lines)], pa.int64()),
                                                        lines), _text("\n"))
    return text.cast(pa.large_binary())[0].as_buffer()


def csv_chunks(frame: pd.DataFrame, rows: int = CHUNK_ROWS):
    """csv_buffer(frame) in pieces of `rows` rows (the header with the first), so a
    million-case table never holds all of its text at once."""
    yield csv_buffer(frame.iloc[:rows])
    for start in range(rows, len(frame), rows):
        yield csv_buffer(frame.iloc[start:start + rows], header=False)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return csv_buffer(frame).to_pybytes()


def results_tables(result: AuditResult, audience: Audience) -> dict[str, pd.DataFrame]:
    """File name -> table. Leads get the aggregate table only."""
    if audience is Audience.LEADS:
        return {"compliance.csv": tables.compliance_table(result)}
    triage = tables.triage_table(result)
    return {
        "cases.csv": tables.case_table(result),
        "parties.csv": tables.party_table(result),
        "crimes.csv": tables.crime_table(result),
        "gaps.csv": tables.gap_table(result),
        "compliance.csv": tables.compliance_table(result),
        "triage.csv": triage[frames.member(triage["case_id"], result.cases["case_id"])],
        "reference.csv": tables.reference_table(result),
        "rejects.csv": tables.problem_table(result.load.problems, "reject"),
        "warnings.csv": tables.problem_table(result.load.problems, "warning"),
    }


@register
class ResultsFormatter(Formatter):
    name = Format.CSV
    audiences = frozenset({Audience.ANALYSTS, Audience.LEADS})
    # Writing every case and party of a large export is the second slowest format: it
    # renders in its own child beside the workbook's while the HTML renders here.
    background = True

    def prepare(self, result: AuditResult) -> None:
        # The tables the workbook also lists; the rest (parties) is built in the child.
        if self.options.audience is Audience.ANALYSTS:
            for build in (tables.case_table, tables.crime_table, tables.gap_table,
                          tables.triage_table):
                build(result)

    def render(self, result: AuditResult, tmp_dir: Path) -> list[Path]:
        written = []
        for name, table in results_tables(result, self.options.audience).items():
            path = tmp_dir / name
            with path.open("wb") as stream:
                for chunk in csv_chunks(table):
                    stream.write(chunk)  # no copy of the text into a bytes object
            written.append(path)
        return written


sha256_file = sha256_of  # one implementation, shared with the loader


def _json_default(value: object) -> object:
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)


def manifest_bytes(result: AuditResult, folder: Path, outputs: list[Path],
                   audience: Audience) -> bytes:
    """The run's manifest plus the format version and a checksum of every output."""
    manifest = dict(result.manifest)
    manifest.setdefault("tool_version", __version__)
    manifest["results_format"] = RESULTS_FORMAT
    manifest["audience"] = audience.value
    manifest["outputs"] = [
        {"file": path.relative_to(folder).as_posix(), "bytes": path.stat().st_size,
         "sha256": sha256_file(path)}
        for path in sorted(outputs, key=lambda p: p.relative_to(folder).as_posix())
    ]
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False,
                      default=_json_default)
    return (text + "\n").encode("utf-8")


def write_manifest(result: AuditResult, folder: Path, outputs: list[Path],
                   audience: Audience) -> Path:
    path = folder / MANIFEST_NAME
    path.write_bytes(manifest_bytes(result, folder, outputs, audience))
    return path


def write_problems_csv(problems: pd.DataFrame, target: Path) -> Path:
    """rejects.csv (or any problems table) written on its own, atomically (`audit validate`)."""
    return write_file_atomic(Path(target), csv_bytes(tables.problem_table(problems)))
