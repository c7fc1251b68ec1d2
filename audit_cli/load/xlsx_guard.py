"""Checking an XLSX file's size before a reader expands it.

An XLSX is a zip of XML. The reader (calamine) builds the whole sheet in memory, as a
dense grid from A1 to the last cell, each cell holding its own copy of its text. So a
1.7 KB file with one value in XFD1048576 asks for 17 billion cells, and a 130 KB file of
one long shared string referenced in thousands of cells becomes gigabytes. Before that
read, without decompressing anything big into memory:

1. the zip directory: total uncompressed size, and each member's compression ratio
   (a zip bomb);
2. the sheet's XML, streamed in blocks: the last row and column of any cell (the
   `<dimension>` element is only a claim; the cells are what the reader lays out);
3. the shared strings, streamed: how many there are and each one's length; with the
   sheet's references to them, the text the read would build.

Every limit is a setting (limits.py); going over one is a one-line error, exit 2.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath

import numpy as np

from audit_cli import limits as limits_module
from audit_cli.errors import AuditError

_BLOCK = 1 << 20
_CELL_REF = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,4})([0-9]{1,8})\"")
_SHARED_REF = re.compile(rb"<c\b[^>]*?\bt=\"s\"[^>]*>\s*<v>([0-9]{1,10})</v>")
_STRING_START = re.compile(rb"<si\b")
_CELL_OVERHEAD = 64  # bytes the reader holds per cell besides its text (approximate)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


def _sheet_member(book: zipfile.ZipFile, sheet: str | None) -> str | None:
    """The zip member holding the sheet (by name, else the first one)."""
    try:
        workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return None
    sheets = re.findall(r"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]+)\"",
                        workbook)
    if not sheets:
        return None
    wanted = next((rid for name, rid in sheets if name == sheet), sheets[0][1])
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        if f'Id="{wanted}"' in rel:
            target = re.search(r'Target="([^"]+)"', rel)
            if target:
                path = target.group(1)
                return path.lstrip("/") if path.startswith("/") else str(
                    PurePosixPath("xl") / path)
    return None


def _stream(book: zipfile.ZipFile, member: str):
    """The member's bytes in blocks, each block ending at a tag start ('<') so that no
    tag is cut between two blocks."""
    carry = b""
    with book.open(member) as stream:
        while True:
            block = stream.read(_BLOCK)
            if not block:
                if carry:
                    yield carry
                return
            data = carry + block
            cut = data.rfind(b"<")
            cut = len(data) if cut <= 0 else cut
            yield data[:cut]
            carry = data[cut:]


def _string_lengths(book: zipfile.ZipFile, limits) -> np.ndarray:
    """Length in bytes of each shared string (its XML), by index."""
    if "xl/sharedStrings.xml" not in book.namelist():
        return np.zeros(0, dtype=np.int64)
    starts, offset = [], 0
    for block in _stream(book, "xl/sharedStrings.xml"):
        starts += [offset + m.start() for m in _STRING_START.finditer(block)]
        offset += len(block)
        if len(starts) > limits.xlsx_max_shared_strings:
            raise _over("shared strings", len(starts), limits.xlsx_max_shared_strings,
                        "xlsx_max_shared_strings")
    ends = np.append(np.asarray(starts[1:], dtype=np.int64), offset)
    return ends - np.asarray(starts, dtype=np.int64)


def _over(what: str, value: int, limit: int, key: str) -> AuditError:
    return AuditError(f"the workbook holds {value:,} {what}, over the limit of {limit:,} "
                      f"(limits.{key}); is this a real export? Save the sheet as CSV, or "
                      "raise the limit in the config file", file=None)


def check_xlsx(path: Path, sheet: str | None) -> None:
    """Raise AuditError when reading the sheet would go over a limit."""
    limits = limits_module.active()
    try:
        with zipfile.ZipFile(path) as book:
            _check(book, sheet, limits)
    except AuditError as exc:
        exc.file = str(path)
        exc.args = (exc.format(),)
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError,
            NotImplementedError) as exc:
        raise AuditError(f"cannot open the workbook ({exc}); re-save it from Excel",
                         file=str(path)) from None


def _check(book: zipfile.ZipFile, sheet: str | None, limits) -> None:
    members = book.infolist()
    total = sum(m.file_size for m in members)
    if total > limits.xlsx_max_uncompressed_bytes:
        raise _over("bytes uncompressed", total, limits.xlsx_max_uncompressed_bytes,
                    "xlsx_max_uncompressed_bytes")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _BLOCK and ratio > limits.xlsx_max_compression_ratio:
            raise AuditError(f"part {member.filename} expands {ratio:,.0f} times (limit "
                             f"{limits.xlsx_max_compression_ratio}, "
                             "limits.xlsx_max_compression_ratio): a zip bomb?")
    target = _sheet_member(book, sheet)
    if target is None or target not in book.namelist():
        return  # the reader reports a workbook it cannot find a sheet in
    lengths = _string_lengths(book, limits)
    last_row = last_column = 0
    references = np.zeros(len(lengths), dtype=np.int64)
    for block in _stream(book, target):
        for letters, digits in _CELL_REF.findall(block):
            last_column = max(last_column, _column_number(letters))
            last_row = max(last_row, int(digits))
        if len(lengths):
            index = np.fromiter((int(i) for i in _SHARED_REF.findall(block)), dtype=np.int64)
            index = index[index < len(lengths)]
            references += np.bincount(index, minlength=len(lengths))
    if last_row > limits.xlsx_max_rows:
        raise _over("rows", last_row, limits.xlsx_max_rows, "xlsx_max_rows")
    if last_column > limits.xlsx_max_columns:
        raise _over("columns", last_column, limits.xlsx_max_columns, "xlsx_max_columns")
    cells = last_row * last_column
    if cells > limits.xlsx_max_cells:
        raise _over("cells (rows x columns to the last cell)", cells, limits.xlsx_max_cells,
                    "xlsx_max_cells")
    text = int(references @ lengths) if len(lengths) else 0
    expanded = text + cells * _CELL_OVERHEAD
    if expanded > limits.xlsx_max_text_bytes:
        raise _over("bytes of cell text once shared strings are expanded", expanded,
                    limits.xlsx_max_text_bytes, "xlsx_max_text_bytes")
