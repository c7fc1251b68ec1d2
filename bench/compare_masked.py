"""Compare two audit outputs with their run-specific parts masked (exit 1 if they differ).

The run time, the casebook path and the manifest's file hashes change on every run; the
workbook is a zip whose timestamps change, so its cells are compared instead."""
import re
import sys
from pathlib import Path

import openpyxl

RUN_SPECIFIC = [re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00"),
                re.compile(rb'"path": "[^"]*"'), re.compile(rb'"sha256": "[0-9a-f]*"'),
                re.compile(rb'"bytes": [0-9]+'),  # the workbook zip's size varies
                re.compile(rb'"(load|link|detect|followup|report)": [0-9.]+')]  # stage seconds


def masked(path: Path) -> bytes:
    text = path.read_bytes()
    for pattern in RUN_SPECIFIC:
        text = pattern.sub(b"<masked>", text)
    return text


def cells(path: Path) -> list:
    book = openpyxl.load_workbook(path, read_only=True)
    return [(sheet.title, [tuple(masked_cell(v) for v in row)
                           for row in sheet.iter_rows(values_only=True)])
            for sheet in book.worksheets]


def masked_cell(value):
    if isinstance(value, str):
        return RUN_SPECIFIC[0].sub("<masked>".encode(), value.encode()).decode()
    return value


def same(left: Path, right: Path) -> bool:
    if left.suffix == ".xlsx":
        return cells(left) == cells(right)
    return masked(left) == masked(right)


if __name__ == "__main__":
    sys.exit(0 if same(Path(sys.argv[1]), Path(sys.argv[2])) else 1)
