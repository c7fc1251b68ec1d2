"""Making text from the data safe to put in a spreadsheet or a CSV file.

Export text is written by many hands and can hold anything, including strings that a
spreadsheet would run as a formula (CSV/formula injection, OWASP): `=HYPERLINK(...)`,
`+1+1`, `-2`, `@SUM(A1)`, and the same behind a tab or carriage return. The rules:

- XLSX: such a cell is written as a string cell (data type 's', so it can never be a
  formula) with the quotePrefix style, which is what Excel itself stores when a user
  types an apostrophe first: it shows the text unchanged and keeps it text if edited.
- CSV: a CSV file has no cell types, and opening a CSV in Excel is the most common way
  formula injection happens, so those cells get a leading apostrophe ("'=HYPERLINK..."),
  the mitigation OWASP recommends. Machine readers strip one leading "'" from a cell
  starting with "'" followed by one of = + - @ tab newline. A CR in CSV text becomes a
  newline (the files use "\n" line endings throughout).
- Spreadsheet text loses control characters (XML 1.0 cannot hold most of them and they
  are never meaningful in a record); a carriage return becomes a newline.
- Excel cells hold at most 32,767 characters; longer text is cut with a visible marker
  so a reader knows something is missing.

HTML needs none of this: every template renders with autoescape on.
"""

from __future__ import annotations

import re

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

EXCEL_CELL_LIMIT = 32_767
# A leading line feed is a trigger too: "\n=cmd" in a CSV cell is a formula once the
# spreadsheet (or a user editing the cell) drops the line break.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# After sanitising a CR becomes a newline, which is quoted as well, so that what was
# "\r=cmd" cannot become a formula when a user edits the cell.
EXCEL_TRIGGERS = FORMULA_TRIGGERS
_TRIGGER_PATTERN = r"^[=+\-@\t\r\n]"
# Bidirectional controls (right-to-left override U+202E and the rest) make a cell or a
# file name read differently from what it holds ("exe.txt" shown as "txt.exe"); a crime
# record never needs them.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0 controls except tab and newline, DEL, the C1 block and the bidirectional controls;
# CR is handled first.
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
_CONTROL_PATTERN = _CONTROL.pattern


def truncation_marker(removed: int) -> str:
    return f"[... truncated {removed:,} characters]"


def clean_text(text: str) -> str:
    """Spreadsheet text: newlines for CR, no other control characters, within the limit."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) <= EXCEL_CELL_LIMIT:
        return text
    return _truncate(text)


def _truncate(text: str) -> str:
    # The marker's own length depends on the number it shows; two passes settle it.
    keep = EXCEL_CELL_LIMIT - len(truncation_marker(len(text)))
    marker = truncation_marker(len(text) - keep)
    keep = EXCEL_CELL_LIMIT - len(marker)
    return text[:keep] + truncation_marker(len(text) - keep)


def needs_quote_prefix(text: str) -> bool:
    """True when text, written to a spreadsheet cell, must be forced to stay text."""
    return text.startswith(EXCEL_TRIGGERS)


def clean_text_series(values: pd.Series) -> pd.Series:
    """clean_text over a column, vectorised; missing values stay missing."""
    text = values.astype("string")
    text = text.str.replace("\r\n", "\n", regex=False).str.replace("\r", "\n", regex=False)
    text = text.str.replace(_CONTROL_PATTERN, "", regex=True)
    too_long = text.str.len() > EXCEL_CELL_LIMIT
    if too_long.any():
        text = text.copy()
        text[too_long] = text[too_long].map(_truncate)
    return text


def csv_safe_series(values: pd.Series) -> pd.Series:
    """Text column for CSV: a cell that a spreadsheet would read as a formula gets "'".

    Carriage returns become newlines (after the check, so "\rCR" is still quoted):
    Python's csv writer does not quote a field holding a bare CR when the line ending is
    "\n", and readers then split the record there.
    """
    text = pa.array(values.astype("string"), type=pa.large_string(), from_pandas=True)
    safe = csv_safe_arrow(text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text)
    return pd.Series(safe.to_numpy(zero_copy_only=False), index=values.index,
                     dtype="string", name=values.name)


def csv_safe_arrow(text: pa.Array) -> pa.Array:
    """csv_safe_series on a pyarrow text array (nulls stay null). Only the few risky
    cells are rebuilt, so a million-row column costs two scans."""
    risky = pc.fill_null(pc.match_substring_regex(text, _TRIGGER_PATTERN), False)
    if pc.any(risky).as_py():
        prefixed = pc.binary_join_element_wise(pa.scalar("'", text.type),
                                               pc.filter(text, risky),
                                               pa.scalar("", text.type))
        text = pc.replace_with_mask(text, risky, prefixed)
    if pc.any(pc.match_substring_regex(text, f"[{BIDI_CONTROLS}]")).as_py():
        text = pc.replace_substring_regex(text, f"[{BIDI_CONTROLS}]", "")
    if not pc.any(pc.match_substring(text, "\r")).as_py():  # the usual case: no CR
        return text
    return pc.replace_substring(pc.replace_substring(text, "\r\n", "\n"), "\r", "\n")


def csv_safe(text: str) -> str:
    """csv_safe_series for one value."""
    text = "'" + text if text.startswith(FORMULA_TRIGGERS) else text
    return re.sub(f"[{BIDI_CONTROLS}]", "", text.replace("\r\n", "\n").replace("\r", "\n"))
