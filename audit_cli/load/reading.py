"""Reading one export file into a DataFrame of text, whatever the encoding or format.

Every value stays text (empty string when empty) until the validate step parses it on
purpose. The CSV engine is pandas' C reader into pyarrow-backed strings (the fastest
measured here); XLSX goes through python-calamine, ~6x faster than openpyxl.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from audit_cli.errors import AuditError

DELIMITERS = [",", ";", "\t", "|"]
_XLSX_MAGIC = b"PK\x03\x04"
_SNIFF_BYTES = 64 * 1024


@dataclass
class RawFile:
    path: Path
    frame: pd.DataFrame  # all text, original headers
    sha256: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_path(path: Path) -> None:
    if not path.exists():
        raise AuditError("file not found; check the path", file=str(path))
    if path.is_dir():
        raise AuditError("is a folder, not an export file; give the CSV or XLSX file(s) "
                         "inside it", file=str(path))
    if path.stat().st_size == 0:
        raise AuditError("the file is empty; export the crime records again", file=str(path))


def detect_encoding(head: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise AuditError("looks like a binary file, not a CSV export (it holds NUL bytes); "
                         "export the records as CSV or XLSX", file=str(path))
    return "utf-8"


def _undecodable(path: Path, exc: UnicodeDecodeError | None) -> AuditError:
    data = path.read_bytes()
    try:
        data.decode("utf-8")
        offset = None
    except UnicodeDecodeError as err:
        offset = err.start
    where = f"byte 0x{data[offset]:02x} at offset {offset} " if offset is not None else "the file "
    line = data.count(b"\n", 0, offset) + 1 if offset is not None else None
    return AuditError(f"{where}is not valid UTF-8, UTF-16 or Windows-1252; re-export the "
                      "file as UTF-8 CSV", file=str(path), row=line)


def sniff_delimiter(text_head: str) -> str:
    """The candidate delimiter that splits the header line into the most fields."""
    first_line = text_head.split("\n", 1)[0]
    counts = {}
    for delim in DELIMITERS:
        try:
            fields = next(csv.reader([first_line], delimiter=delim))
        except (csv.Error, StopIteration):
            fields = []
        counts[delim] = len(fields)
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return best


def _check_headers(headers: list[str], path: Path) -> None:
    if not any(h.strip() for h in headers):
        raise AuditError("the first line holds no column headers", file=str(path), row=1)
    seen = Counter(h.strip().lower() for h in headers)
    dupes = sorted(h for h, n in seen.items() if n > 1 and h)
    if dupes:
        raise AuditError(f"duplicate column header(s): {', '.join(dupes)}; rename or remove "
                         "the repeated columns", file=str(path), row=1)


def _read_text(source, path: Path, delimiter: str, encoding: str) -> pd.DataFrame:
    return pd.read_csv(source, sep=delimiter, dtype=str, keep_default_na=False,
                       na_filter=False, encoding=encoding, skip_blank_lines=True,
                       on_bad_lines="error", quotechar='"')


def read_csv_file(path: Path) -> RawFile:
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    encoding = detect_encoding(head, path)
    detected = encoding
    source: object = path
    if encoding == "utf-16":
        # pandas' C reader wants an ASCII-compatible stream: re-encode UTF-16 once.
        try:
            source = io.BytesIO(path.read_bytes().decode("utf-16").encode("utf-8"))
        except UnicodeDecodeError as exc:
            raise _undecodable(path, exc) from None
        encoding, head_text = "utf-8", source.getvalue()[:_SNIFF_BYTES].decode("utf-8", "ignore")
    else:
        head_text = head.decode("cp1252" if encoding == "utf-8" else encoding, "ignore")
    head_text = head_text.lstrip("\ufeff")
    delimiter = sniff_delimiter(head_text)
    header = next(csv.reader([head_text.split("\n", 1)[0].rstrip("\r")], delimiter=delimiter))
    _check_headers(header, path)
    try:
        try:
            frame = _read_text(source, path, delimiter, encoding)
        except UnicodeDecodeError:
            if encoding != "utf-8":
                raise
            # Not UTF-8: Windows-1252 is the other encoding forces' exports use. Its five
            # undefined bytes still fail, which is the "no supported encoding" case.
            encoding = detected = "cp1252"
            frame = _read_text(path, path, delimiter, encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(path, exc) from None
    except pd.errors.ParserError as exc:
        raise AuditError(f"the CSV is malformed ({str(exc).strip().splitlines()[-1]}); "
                         "check quoting in the export", file=str(path)) from None
    except pd.errors.EmptyDataError:
        raise AuditError("the file holds no header line", file=str(path)) from None
    if len(frame.columns) != len(header):
        raise AuditError("the header line could not be read consistently; check quoting "
                         "in the first line", file=str(path), row=1)
    frame.columns = [str(c).strip() for c in header]
    return RawFile(path, frame, sha256_of(path), detected, delimiter, None)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if (value.hour or value.minute or
                                                      value.second) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    return str(value)


def read_xlsx_file(path: Path, sheet: str | None) -> RawFile:
    from python_calamine import CalamineWorkbook

    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != _XLSX_MAGIC:
        raise AuditError("has an .xlsx name but is not an Excel workbook (it looks like "
                         "text); rename it to .csv or export it again as XLSX", file=str(path))
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for corrupt files
        raise AuditError(f"cannot open the workbook ({exc}); re-save it from Excel",
                         file=str(path)) from None
    names = book.sheet_names
    if sheet is not None and sheet not in names:
        raise AuditError(f"no sheet {sheet!r}; sheets: {', '.join(names)}", file=str(path))
    name = sheet if sheet is not None else names[0]
    rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    if not rows or not any(_cell_text(v).strip() for v in rows[0]):
        raise AuditError(f"sheet {name!r} is empty; export the crime records again",
                         file=str(path))
    header = [_cell_text(v).strip() for v in rows[0]]
    _check_headers(header, path)
    body = [[_cell_text(v) for v in row] for row in rows[1:]]
    frame = pd.DataFrame(body, columns=header, dtype=str) if body else \
        pd.DataFrame({h: pd.Series([], dtype=str) for h in header})
    return RawFile(path, frame, sha256_of(path), None, None, name)


def read_file(path: Path, sheet: str | None = None) -> RawFile:
    _check_path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx_file(path, sheet)
    with path.open("rb") as handle:
        if handle.read(4) == _XLSX_MAGIC:
            return read_xlsx_file(path, sheet)
    return read_csv_file(path)
