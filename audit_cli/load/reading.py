"""Reading one export file into a DataFrame of text, whatever the encoding or format.

Every value stays text (empty string when empty) until the validate step parses it on
purpose. CSV goes through pyarrow's multi-threaded reader (1M rows: ~1.5 s against ~8 s for
pandas' C reader); pandas' C reader is kept as the referee for files pyarrow rejects or may
read differently, so a malformed file fails exactly as it always has. XLSX goes through
python-calamine, ~6x faster than openpyxl.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from audit_cli import frames, limits
from audit_cli.errors import AuditError
from audit_cli.load.xlsx_guard import check_xlsx

DELIMITERS = [",", ";", "\t", "|"]
_XLSX_MAGIC = b"PK\x03\x04"
_SNIFF_BYTES = 64 * 1024
# pyarrow splits the file into blocks read in parallel. 1 MB blocks measured fastest here
# (1M rows: 1.1 s; 16 MB: 1.8 s); a record longer than a block (a 1 MB narrative is
# allowed) fails with "straddling object" and the file is read again as one block.
_BLOCK_BYTES = 1 << 20
_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' default `str`, as read_csv gives


class _NotUtf8(Exception):
    """pyarrow found bytes that are not UTF-8 (the caller then tries Windows-1252)."""


@dataclass
class RawFile:
    path: Path
    frame: pd.DataFrame  # all text, original headers
    sha256: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    # frame position -> number of fields, for records with fewer fields than the header
    # (their missing fields are read as empty; the loader warns about each)
    short_rows: dict[int, int] = field(default_factory=dict)
    # frame position -> (column, records swallowed) for a field that a quote left open
    # ran on through whole records (see swallowed_records)
    swallowing: dict[int, tuple[str, int]] = field(default_factory=dict)
    # physical lines that were not UTF-8 in a UTF-8 file, read as Windows-1252
    cp1252_lines: list[int] = field(default_factory=list)
    # False when the file surely holds no bidirectional control (load skips that scan)
    may_hold_bidi: bool = True


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _quotes_in(data: pa.Buffer) -> int:
    """How many quote characters `data` holds (counted a block at a time: no big copy)."""
    view = np.frombuffer(data, dtype=np.uint8)
    return sum(int(np.count_nonzero(view[start:start + _BLOCK_BYTES] == ord('"')))
               for start in range(0, len(view), _BLOCK_BYTES))


def _read_whole(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read()


# UTF-8 of the bidirectional controls (report/safety.BIDI_CONTROLS): U+061C, U+200E-F,
# U+202A-E, U+2066-9. Looked for in the file's bytes first, so that the per-column scan
# that removes them runs only on the rare file that holds one.
_BIDI_UTF8 = [b"\xd8\x9c", b"\xe2\x80\x8e", b"\xe2\x80\x8f",
              *(bytes([0xE2, 0x80, low]) for low in range(0xAA, 0xAF)),
              *(bytes([0xE2, 0x81, low]) for low in range(0xA6, 0xAA))]


def _may_hold_bidi(text: bytes) -> bool:
    # a single-byte find is a memchr: most files hold neither lead byte at all
    if text.find(b"\xe2") < 0 and text.find(b"\xd8") < 0:
        return False
    return any(sequence in text for sequence in _BIDI_UTF8)


def _check_path(path: Path) -> None:
    if not path.exists():
        raise AuditError("file not found; check the path", file=str(path))
    if path.is_dir():
        raise AuditError("is a folder, not an export file; give the CSV or XLSX file(s) "
                         "inside it", file=str(path))
    if not stat.S_ISREG(path.stat().st_mode):
        # A FIFO or device would block the read or look empty: ask for the file itself.
        raise AuditError("is not a regular file (a pipe, socket or device); save the export "
                         "to a file and give that", file=str(path))
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


def _undecodable(path: Path) -> AuditError:
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


def _first_line(text: str) -> str:
    """The header line; a lone CR ends it too (old Mac line endings), as both readers agree."""
    return re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]


def sniff_delimiter(text_head: str) -> str:
    """The candidate delimiter that splits the header line into the most fields."""
    first_line = _first_line(text_head)
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
    frame = pd.read_csv(source, sep=delimiter, dtype=str, keep_default_na=False,
                        na_filter=False, encoding=encoding, skip_blank_lines=True,
                        on_bad_lines="error", quotechar='"')
    if isinstance(frame.index, pd.RangeIndex):
        return frame
    # Every data row held one field more than the header, so pandas made the first column
    # the index: put it back as the first column (by position: a header may name a
    # column "index").
    frame.insert(0, "", frame.index.to_numpy(), allow_duplicates=True)
    frame.index = pd.RangeIndex(len(frame))
    return _drop_empty_last_field(frame, path)


def _drop_empty_last_field(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Rows holding one field more than the header: an empty last field everywhere is the
    common export quirk of a delimiter at the end of each row, and goes. Anything in it is
    data the header does not name: an error naming the first such row."""
    extra = frame.iloc[:, -1]
    if (extra != "").any():
        line = int((extra != "").to_numpy().argmax()) + 2
        raise AuditError(f"the rows hold one field more than the header line ({len(frame.columns)}"
                         f" against {len(frame.columns) - 1}); add the missing column name or "
                         "check the delimiter", file=str(path), row=line)
    return frame.iloc[:, :-1]


def _read_arrow(data: pa.Buffer, delimiter: str, n_columns: int | None = None) -> pd.DataFrame:
    """Every column as text, empty cells as "", columns in file order (names unchecked).
    n_columns: read that many columns per record, the header line skipped (for records
    that hold more fields than the header)."""
    try:
        table = _arrow_table(data, delimiter, _BLOCK_BYTES, n_columns)
    except pa.ArrowInvalid as exc:
        if "straddling" not in str(exc):
            raise
        table = _arrow_table(data, delimiter, min(data.size + 1, 2**31 - 1), n_columns)
    # Positional keys: header names may repeat ("" twice) and are replaced by the caller.
    return pd.DataFrame({i: pd.arrays.ArrowStringArray(column, dtype=_TEXT)
                         for i, column in enumerate(table.columns)})


def _arrow_table(data: pa.Buffer, delimiter: str, block_size: int,
                 n_columns: int | None = None) -> pa.Table:
    names = None if n_columns is None else [str(i) for i in range(n_columns)]
    with pa.BufferReader(data) as stream:
        return pa_csv.read_csv(
            stream,
            read_options=pa_csv.ReadOptions(block_size=block_size, column_names=names,
                                             skip_rows=0 if names is None else 1),
            parse_options=pa_csv.ParseOptions(delimiter=delimiter, quote_char='"',
                                              double_quote=True, newlines_in_values=True,
                                              ignore_empty_lines=True),
            convert_options=pa_csv.ConvertOptions(default_column_type=pa.large_string(),
                                                  strings_can_be_null=False,
                                                  quoted_strings_can_be_null=False))


def _ran_to_the_end(frame: pd.DataFrame, data: pa.Buffer) -> bool:
    """True when the last field may be a quote left open that pyarrow ran on to the end of
    the file (a stray quote elsewhere can make the count of quotes even): it holds a line
    break, yet the file does not end with the closing quote."""
    if not len(frame):
        return False
    last = frame.iloc[-1, -1]
    tail = memoryview(data)[-4096:].tobytes().rstrip(b"\r\n")
    return ("\n" in last or "\r" in last) and not tail.endswith(b'"')


def _parse_csv(data: pa.Buffer, path: Path, delimiter: str, encoding: str,
               n_header: int) -> tuple[pd.DataFrame, dict[int, int]]:
    """The records of `data` (the file's bytes, or its text re-encoded as UTF-8), and the
    records holding fewer fields than the header (see RawFile.short_rows).

    pyarrow reads them where it reads them as the C reader would. It rejects short rows,
    long rows and whitespace-only lines, which the C reader either accepts or reports
    with a line number: those files go to the C reader. An unclosed quote (an odd number
    of quote characters, or a last field run on to the end of the file) goes to the C
    reader too, which stops with an error where pyarrow would read on. Rows ending in one
    delimiter too many are read by pyarrow with one more column.
    """
    if _quotes_in(data) % 2 == 0:
        for n_columns in (None, n_header + 1):
            try:
                frame = _read_arrow(data, delimiter, n_columns)
            except pa.ArrowInvalid as exc:
                if "invalid UTF8" in str(exc):
                    raise _NotUtf8() from None
                continue
            if _ran_to_the_end(frame, data):
                break
            if n_columns is not None:
                frame = _drop_empty_last_field(frame, path)
            return frame, {}
    frame = _read_text(io.BytesIO(memoryview(data)), path, delimiter, encoding)
    return frame, _short_records(data, delimiter, len(frame.columns), len(frame))


def _short_records(data: pa.Buffer, delimiter: str, n_fields: int,
                   n_records: int) -> dict[int, int]:
    """Records with fewer fields than the header, by position, counted with Python's csv
    module (only for files pyarrow refused: pandas fills the missing fields silently).
    Blank and whitespace-only lines are skipped, as pandas skips them; if the counts still
    disagree the positions cannot be trusted, and none are given."""
    text = io.StringIO(memoryview(data).tobytes().decode("utf-8", "replace"), newline="")
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, data.size + 1))  # a narrative may be megabytes long
    try:
        counts = [len(record) for record in csv.reader(text, delimiter=delimiter)
                  if record and not (len(record) == 1 and not record[0].strip())][1:]
    finally:
        csv.field_size_limit(limit)
    if len(counts) != n_records:
        return {}
    return {position: n for position, n in enumerate(counts) if n < n_fields}


def _as_utf8(data: pa.Buffer, path: Path, encoding: str) -> pa.Buffer:
    try:
        return pa.py_buffer(memoryview(data).tobytes().decode(encoding).encode("utf-8"))
    except UnicodeDecodeError:
        raise _undecodable(path) from None


def swallowed_records(frame: pd.DataFrame, delimiter: str, allowed: int
                      ) -> dict[int, tuple[str, int]]:
    """Fields that a quote left open ran on through whole records.

    A stray quote at the start of a field makes every CSV reader take the following
    lines, delimiters and all, into that field until the next quote: "rows read 30" for
    a 50-record file and a later victim glued onto an earlier crime. A line inside a
    field that holds as many delimiters as a record (header fields - 1) is such a
    record; a field holding more than `allowed` of them is reported (a narrative of many
    lines is not: its lines do not hold a record's delimiters). Only fields holding a
    line break are looked at (one vectorised count per column)."""
    found: dict[int, tuple[str, int]] = {}
    needed = max(len(frame.columns) - 1, 1)
    for column in frame.columns:
        values = frame[column]
        breaks = pc.count_substring(frames.to_arrow(values.astype("str")), "\n")
        rows = np.flatnonzero(np.asarray(breaks.fill_null(0)) > 0)
        for position in rows:
            lines = str(values.iloc[position]).split("\n")
            records = sum(1 for line in lines[1:] if line.count(delimiter) >= needed)
            if records and lines[-1].count(delimiter) < needed and delimiter in lines[-1]:
                records += 1  # the record whose stray quote closed the field, cut short
            if records > allowed and records > found.get(int(position), ("", 0))[1]:
                found[int(position)] = (str(column), records)
    return found


def _decode_per_line(original: pa.Buffer) -> tuple[pa.Buffer, list[int]] | None:
    """A UTF-8 file with a few Windows-1252 lines (two exports pasted together, a line
    edited in another program): each line decoded on its own, the odd lines listed.
    None when no line is UTF-8 beyond ASCII (then the file is plain Windows-1252)."""
    data = memoryview(original).tobytes()
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        return None
    lines, odd = [], []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252"))
            odd.append(number)
    if not odd:
        return None
    return pa.py_buffer("".join(lines).encode("utf-8")), odd


def read_csv_file(path: Path) -> RawFile:
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    encoding = detect_encoding(head, path)
    detected = encoding
    # The file read into memory once, not memory-mapped: a file rewritten or cut short by
    # another program during the load would end a mapped read with SIGBUS. Hash, scan and
    # parse all see this one copy.
    original_bytes = _read_whole(path)
    original = pa.py_buffer(original_bytes)
    sha256 = hashlib.sha256(memoryview(original)).hexdigest()
    data = original
    if encoding == "utf-16":
        # Both readers want an ASCII-compatible stream: re-encode UTF-16 once.
        data = _as_utf8(original, path, "utf-16")
        encoding = "utf-8"
        head_text = memoryview(data)[:_SNIFF_BYTES].tobytes().decode("utf-8", "ignore")
    else:
        head_text = head.decode("cp1252" if encoding == "utf-8" else encoding, "ignore")
    head_text = head_text.lstrip("\ufeff")
    delimiter = sniff_delimiter(head_text)
    cp1252_lines: list[int] = []
    header = next(csv.reader([_first_line(head_text)], delimiter=delimiter))
    _check_headers(header, path)
    try:
        try:
            frame, short = _parse_csv(data, path, delimiter, encoding, len(header))
        except (UnicodeDecodeError, _NotUtf8):
            if encoding != "utf-8":
                raise
            mixed = _decode_per_line(original)
            if mixed is not None:
                data, cp1252_lines = mixed
                detected = "utf-8 (some lines windows-1252)"
            else:
                # Not UTF-8: Windows-1252 is the other encoding forces' exports use. Its
                # five undefined bytes still fail, the "no supported encoding" case.
                encoding = detected = "cp1252"
                data = _as_utf8(original, path, "cp1252")
            frame, short = _parse_csv(data, path, delimiter, "utf-8", len(header))
    except (UnicodeDecodeError, _NotUtf8):
        raise _undecodable(path) from None
    except pd.errors.ParserError as exc:
        raise AuditError(f"the CSV is malformed ({str(exc).strip().splitlines()[-1]}); "
                         "check quoting in the export", file=str(path)) from None
    except pd.errors.EmptyDataError:
        raise AuditError("the file holds no header line", file=str(path)) from None
    if len(frame.columns) != len(header):
        raise AuditError("the header line could not be read consistently; check quoting "
                         "in the first line", file=str(path), row=1)
    # The header again from the text as read (UTF-8 now on every path): the sniffing
    # above decoded it as Windows-1252, which garbles "Référence" in a UTF-8 file.
    header = next(csv.reader([_first_line(memoryview(data)[:_SNIFF_BYTES].tobytes().decode(
        "utf-8", "ignore").lstrip("\ufeff"))], delimiter=delimiter))
    frame.columns = [str(c).strip() for c in header]
    text = original_bytes if data is original else memoryview(data).tobytes()
    swallowing = {}
    # A field can hold a line break only when the file has more line breaks than lines
    # of records: otherwise the per-column search is skipped.
    if text.count(b"\n") > len(frame) + 1:
        swallowing = swallowed_records(frame, delimiter,
                                       limits.active().csv_max_records_in_field)
    return RawFile(path, frame, sha256, detected, delimiter, None, short, swallowing,
                   cp1252_lines, _may_hold_bidi(text))


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
    check_xlsx(path, sheet)  # before the reader lays the sheet out in memory
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
