"""The analyst workbook (report.xlsx) and the leads' compliance workbook (leads.xlsx).

openpyxl in write-only mode, so 100,000 crime rows stream to disk instead of being held
as cell objects (measured: 313 MB against 769 MB for the normal mode). Write-only sheets
still take everything this workbook needs, as long as it is set before the first row
(column widths, frozen panes) or is written after the rows (tables, conditional
formatting, data validation, charts): openpyxl writes those in the sheet's tail.

Each data sheet is a real Excel table (filters, banded rows) with dates and numbers as
typed cells. Text goes through safety.py: nothing from the data can become a formula.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableStyleInfo

from audit_cli import __version__
from audit_cli.casebook import DECISION_LABELS
from audit_cli.model import AuditResult
from audit_cli.report import tables
from audit_cli.report.base import (DEFAULT_MAX_WORKBOOK_ROWS, Audience, Format,
                                   Formatter, register)
from audit_cli.report.html import method_view  # one description of the method
from audit_cli.report.safety import (EXCEL_TRIGGERS, clean_text, clean_text_series,
                                     needs_quote_prefix)

OUTPUT_NAME = {Audience.ANALYSTS: "report.xlsx", Audience.LEADS: "leads.xlsx"}
DECISIONS = tuple(DECISION_LABELS.values())  # the words the case book reads back
TABLE_STYLE = "TableStyleMedium2"
FONT = "Calibri"
HEADER_FONT = Font(name=FONT, bold=True)
TITLE_FONT = Font(name=FONT, bold=True, size=14)
SECTION_FONT = Font(name=FONT, bold=True, size=12, color="1F4E79")
WIDTH_SAMPLE = 500
# Fill and text colour pairs with at least 4.5:1 contrast; the words carry the meaning.
VERDICT_COLOURS = {
    "Missed stalking": ("FBE3E1", "8A1C14"),
    "Needs review": ("FFF1C2", "5C4300"),
    "Recorded as stalking": ("DFE9F5", "1F4E79"),
    "No concern": ("ECECEC", "333333"),
}
RAG_COLOURS = {"Red": ("FBE3E1", "8A1C14"), "Amber": ("FFF1C2", "5C4300"),
               "Green": ("DCF0DE", "1D5A25")}


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # text | int | float | date | percent
    width: float | None = None  # None: fitted to the header and a sample of values


# Triage first: the analyst's columns sit right after the case and its verdict, and the
# case, verdict and review status stay in view (frozen) while the rest scrolls.
CASE_SHEET = [
    Column("case_id", "Case", width=20), Column("verdict_label", "Verdict", width=20),
    Column("review_status", "Review status", width=18),
    Column("decision", "Decision", width=24), Column("reviewer", "Reviewer", width=16),
    Column("reviewed_on", "Reviewed on", width=12), Column("reviewer_notes", "Notes", width=40),
    Column("new_records", "New records since review", width=24),
    Column("score", "Score", "float", 8), Column("four", "FOUR", width=7),
    Column("victim", "Victim"), Column("suspect", "Suspect"),
    Column("n_crimes", "Crimes", "int", 8), Column("first_date", "First date", "date", 12),
    Column("last_date", "Last date", "date", 12),
    Column("recorded_offences", "Recorded as", width=30),
    Column("crime_refs", "Crime refs", width=30), Column("rules", "Rules", width=30),
    Column("gaps", "Gaps", width=24), Column("kind", "Kind", width=12),
    Column("score_f", "Score F", "float", 8), Column("score_o", "Score O", "float", 8),
    Column("score_u", "Score U", "float", 8), Column("score_r", "Score R", "float", 8),
    Column("explanation", "Explanation", width=50),
    Column("link_reasons", "Why linked", width=40),
    Column("recommended_team", "Recommended team", width=20),
    Column("missing_steps", "Missing steps", width=40),
]
CASE_FREEZE = "D2"  # case, verdict and review status stay in view
WRAP_WIDTH = 24  # text columns at least this wide wrap inside their cells on the Cases sheet
CRIME_SHEET = [
    Column("case_id", "Case", width=20), Column("crime_ref", "Crime ref", width=16),
    Column("recorded_date", "Recorded", "date", 12), Column("offence_date", "Offence date",
                                                           "date", 12),
    Column("offence_code", "Code", width=9), Column("offence", "Offence", width=30),
    Column("offence_title", "Offence (reference title)", width=30),
    Column("offence_family", "Offence family", width=18),
    Column("allocated_team", "Team", width=20), Column("team", "Team (canonical)", width=16),
    Column("outcome_code", "Outcome", width=9),
    Column("evidence", "Evidence", width=50), Column("narrative", "Narrative", width=80),
]
GAP_SHEET = [
    Column("case_id", "Case", width=20), Column("gap_id", "Gap", width=22),
    Column("level", "Level", width=10), Column("crime_ref", "Crime ref", width=16),
    Column("team", "Team", width=20), Column("month", "Month", width=9),
    Column("evidence", "Evidence", width=70),
]
COMPLIANCE_SHEET = [
    Column("question", "Question", width=48), Column("requirement", "Requirement", width=26),
    Column("breakdown", "Breakdown", width=11),
    Column("group", "Group", width=22), Column("applicable", "Applicable", "int", 11),
    Column("compliant", "Met", "int", 8), Column("rate", "Share met", "percent", 10),
    Column("target", "Target", "percent", 8), Column("rating", "Rating", width=14),
]
REFERENCE_SHEET = [
    Column("kind", "Kind", width=14), Column("value", "Value as exported", width=36),
    Column("count", "Crimes", "int", 9), Column("closest", "Closest known value", width=40),
    Column("score", "Score", "float", 8), Column("resolved_by", "Placed by", width=20),
    Column("alias_line", "Line to paste", width=60), Column("paste_into", "Paste into",
                                                            width=50),
]
PROBLEM_SHEET = [
    Column("severity", "Severity", width=10), Column("source_file", "File", width=24),
    Column("source_line", "Line", "int", 8), Column("crime_ref", "Crime ref", width=16),
    Column("column", "Column", width=18), Column("value", "Value", width=30),
    Column("reason", "Reason", width=60),
]
PROBLEM_COUNT_SHEET = [
    Column("severity", "Severity", width=10), Column("column", "Column", width=22),
    Column("n", "Rows", "int", 10),
]


# --------------------------------------------------------------------------- cells


def text_cell(ws, text: str):
    """A text value, or a string cell that cannot become a formula (see safety.py)."""
    text = clean_text(text)
    return _quoted(ws, text) if needs_quote_prefix(text) else text


def styled(ws, value, font=None, number_format=None, indent=0):
    cell = WriteOnlyCell(ws, value)
    if font is not None:
        cell.font = font
    if number_format:
        cell.number_format = number_format
    if indent:
        cell.alignment = Alignment(indent=indent)
    return cell


NUMBER_FORMATS = {"float": "0.0", "percent": "0%"}
DATE_FORMAT = "yyyy-mm-dd"  # what openpyxl gives a date cell by itself


def column_values(ws, values: pd.Series, kind: str) -> tuple[list, str | None]:
    """One column as plain cell values prepared in bulk (None for missing), and the number
    format its cells take. Only text that could run as a formula becomes a cell object."""
    missing = values.isna().to_numpy()
    if kind == "date" and pd.api.types.is_datetime64_any_dtype(values):
        days = values.dt.date.to_numpy(dtype=object, copy=True)
        days[missing] = None
        return days.tolist(), DATE_FORMAT
    if kind in ("int", "float", "percent") and pd.api.types.is_numeric_dtype(values):
        numbers = pd.to_numeric(values, errors="coerce").astype(float).to_numpy()
        if kind == "int":
            numbers = np.where(missing, 0, numbers).astype(np.int64).astype(object)
        else:
            numbers = numbers.astype(object)
        numbers[missing] = None
        return numbers.tolist(), NUMBER_FORMATS.get(kind)
    # Text, and typed columns that arrive as text (a pseudonymised date of birth).
    text = clean_text_series(values.astype("string"))
    risky = np.flatnonzero(text.str.startswith(EXCEL_TRIGGERS).fillna(False).to_numpy(bool))
    cells = text.to_numpy(dtype=object, na_value=None)
    for index in risky:  # rare: only these pay for a cell object
        cells[index] = _quoted(ws, cells[index])
    return cells.tolist(), None


WRAPPED = Alignment(wrap_text=True, vertical="top")


def formatted_rows(ws, prepared: list[list], formats: list[str | None],
                   wrapped: set[int] = frozenset()):
    """The rows of a table, with each number or date in a cell of its column's format,
    and the text of the `wrapped` columns wrapped inside its cells.

    One styled cell per column is reused row after row: openpyxl writes each appended row
    before the next is built, and giving every cell its own style costs more than the
    rest of its writing."""
    styled_columns = [(index, styled(ws, None, number_format=fmt))
                      for index, fmt in enumerate(formats) if fmt]
    for index in sorted(wrapped):
        cell = WriteOnlyCell(ws, None)
        cell.alignment = WRAPPED
        styled_columns.append((index, cell))
    for row in zip(*prepared):
        if styled_columns:
            row = list(row)
            for index, cell in styled_columns:
                if row[index] is not None and not isinstance(row[index], Cell):
                    cell.value = row[index]
                    row[index] = cell
        yield row


def _quoted(ws, text: str):
    # Assigning "=..." makes openpyxl type the cell as a formula; the type is reset to
    # string after, and quotePrefix keeps it text when someone edits it in Excel.
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def fitted_width(values: list, header: str) -> float:
    sample = [len(v) if isinstance(v, str) else 10 for v in values[:WIDTH_SAMPLE]
              if v is not None]
    return float(min(max([len(header) + 4, *sample]) + 2, 50))


# --------------------------------------------------------------------------- sheets


def print_setup(ws, title_row: int | None = None, fit_width: bool = False) -> None:
    """Landscape A4. A small sheet prints one page wide; a table sheet keeps its size
    (two dozen columns squeezed onto one page are unreadable) and repeats its header,
    unless fit_width: the Cases sheet prints one case per row across the page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    if title_row:
        ws.print_title_rows = f"{title_row}:{title_row}"
        if not fit_width:
            return
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def write_table_sheet(wb: Workbook, title: str, table_name: str, frame: pd.DataFrame,
                      columns: list[Column], freeze: str = "A2",
                      above: list[list] | None = None, triage: bool = False) -> tuple:
    """A sheet holding one Excel table; `above` rows go before the table's header.
    triage: wide text columns wrap inside their cells and the sheet prints one page wide.

    Returns (worksheet, first data row, last data row) for rules added afterwards.
    """
    ws = wb.create_sheet(title)
    prepared, formats = zip(*[column_values(ws, frame[c.key] if c.key in frame.columns else
                                            pd.Series([None] * len(frame), dtype=object),
                                            c.kind)
                              for c in columns])
    header_row = len(above or []) + 1
    for index, (column, values) in enumerate(zip(columns, prepared), start=1):
        ws.column_dimensions[get_column_letter(index)].width = (
            column.width or fitted_width(values, column.header))
    ws.freeze_panes = f"{freeze[0]}{header_row + 1}" if above else freeze
    print_setup(ws, header_row, fit_width=triage)
    wrapped = {i for i, c in enumerate(columns)
               if triage and c.kind == "text" and (c.width or 0) >= WRAP_WIDTH}
    for row in above or []:
        ws.append(row)
    ws.append([styled(ws, c.header, font=HEADER_FONT) for c in columns])
    n_rows = len(frame)
    for row in formatted_rows(ws, prepared, formats, wrapped):
        ws.append(row)
    if n_rows == 0:  # an Excel table needs one data row; leave it blank
        ws.append([None] * len(columns))
    last_row = header_row + max(n_rows, 1)
    add_table(ws, table_name, columns, header_row, last_row)
    return ws, header_row + 1, last_row


def add_table(ws, name: str, columns: list[Column], header_row: int, last_row: int) -> None:
    ref = f"A{header_row}:{get_column_letter(len(columns))}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    # A write-only sheet cannot be read back for the header names; give them here.
    table._initialise_columns()
    for table_column, column in zip(table.tableColumns, columns):
        table_column.name = column.header
    with warnings.catch_warnings():  # it always warns in write-only mode; columns are set
        warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
        ws.add_table(table)


def colour_rules(ws, columns: list[Column], key: str, colours: dict, first: int,
                 last: int) -> None:
    letter = get_column_letter([c.key for c in columns].index(key) + 1)
    cells = f"{letter}{first}:{letter}{last}"
    for label, (fill, ink) in colours.items():
        ws.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{label}"'],
            fill=PatternFill(start_color=fill, end_color=fill, fill_type="solid"),
            font=Font(color=ink, bold=True)))


def add_decision_list(ws, columns: list[Column], first: int, last: int) -> None:
    letter = get_column_letter([c.key for c in columns].index("decision") + 1)
    choice = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"',
                            allow_blank=True, showErrorMessage=True,
                            errorTitle="Decision", error="Choose a decision from the list.",
                            promptTitle="Decision", prompt="Your decision on this case.",
                            showInputMessage=True)
    choice.add(f"{letter}{first}:{letter}{last}")
    ws.data_validations.append(choice)  # write-only sheets lack add_data_validation()


def cases_frame(result: AuditResult) -> pd.DataFrame:
    cases = tables.listed_case_table(result)
    cases["verdict_label"] = cases["verdict"].map(tables.VERDICT_LABELS).fillna(
        cases["verdict"])
    triage = tables.triage_table(result).set_index("case_id")
    cases["recommended_team"] = cases["case_id"].map(triage["recommended_team"])
    cases["missing_steps"] = cases["case_id"].map(triage["missing_steps"])
    return cases


def write_summary(wb: Workbook, result: AuditResult, audience: Audience) -> None:
    """Key figures and three native bar charts over small tables on the same sheet."""
    fig = tables.figures(result)
    ws = wb.create_sheet("Summary")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 40
    print_setup(ws)
    manifest = result.manifest or {}
    title = ("Stalking audit: analyst workbook" if audience is Audience.ANALYSTS
             else "Stalking audit: compliance workbook (aggregate figures only)")
    ws.append([styled(ws, title, font=TITLE_FONT)])
    ws.append([text_cell(ws, f"Period {manifest.get('period') or 'not set'}; run "
                             f"{manifest.get('run_at') or 'not recorded'}; audit "
                             f"{manifest.get('tool_version', __version__)}")])
    ws.append([])
    account, rag = fig.account, fig.compliance_rag
    rows = [
        ("Rows read", account["read"], ""),
        ("Rows audited (kept)", account["kept"], ""),
        ("Rows rejected", account["rejected"], "see Data quality"),
        ("Exact duplicate rows", account["duplicates"], ""),
        ("Warnings", fig.warnings, ""),
        ("Crimes", fig.crimes, ""),
        ("Cases (courses of conduct)", fig.cases, ""),
        ("Missed stalking", fig.verdicts["missed_stalking"], "recorded as another crime"),
        ("Needs review", fig.verdicts["review"], ""),
        ("Recorded as stalking", fig.verdicts["recorded_stalking"],
         f"{fig.recorded_with_gaps} with follow-up gaps"),
        ("Requirements below target", rag["R"] + rag["A"],
         f"of {fig.requirements}: {rag['R']} red, {rag['A']} amber, {rag['G']} green"),
    ]
    if manifest.get("period_empty"):
        ws.append([styled(ws, "No records in the audited period", font=SECTION_FONT),
                   None, text_cell(ws, str(manifest.get("period", "")))])
    ws.append([styled(ws, "Key figures", font=SECTION_FONT)])
    for label, value, note in rows:
        ws.append([label, value, styled(ws, note, indent=1) if note else None])
    row = 4 + len(rows) + bool(manifest.get("period_empty"))
    blocks = [
        ("Cases by verdict", "Verdict", "Cases",
         pd.Series({tables.VERDICT_LABELS[v]: n for v, n in fig.verdicts.items()
                    if v != "no_concern"}), "col"),  # the few flagged, not the many clear
        ("Missed stalking by month recorded", "Month", "Crimes", fig.missed_by_month, "col"),
        ("Missed stalking by team", "Team", "Crimes", fig.missed_by_team, "bar"),
        ("Missed stalking by recorded offence", "Offence", "Crimes", fig.missed_by_offence,
         "bar"),
    ]
    anchor_row = 4
    for title, label, unit, counts, shape in blocks:
        ws.append([])
        ws.append([styled(ws, title, font=SECTION_FONT)])
        ws.append([styled(ws, label, font=HEADER_FONT), styled(ws, unit, font=HEADER_FONT)])
        header = row + 3
        for name, n in counts.items():
            ws.append([text_cell(ws, str(name)), int(n)])
        row = header + len(counts)
        if len(counts):
            ws.add_chart(bar_chart(ws, title, unit, header, row, shape), f"E{anchor_row}")
            anchor_row += 17


def bar_chart(ws, title: str, unit: str, header: int, last: int, shape: str) -> BarChart:
    chart = BarChart()
    chart.type = shape
    chart.title = title
    chart.style = 10
    chart.legend = None
    chart.y_axis.title = unit
    chart.y_axis.majorGridlines = None
    chart.add_data(Reference(ws, min_col=2, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    chart.width, chart.height = 18, 8
    if shape == "bar":
        chart.x_axis.scaling.orientation = "maxMin"  # largest at the top
    # openpyxl hides axes unless told otherwise; LibreOffice and Excel honour it.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart


def write_compliance(wb: Workbook, result: AuditResult) -> None:
    frame = tables.compliance_table(result)
    ws, first, last = write_table_sheet(wb, "Compliance", "Compliance", frame,
                                        COMPLIANCE_SHEET)
    colour_rules(ws, COMPLIANCE_SHEET, "rating", RAG_COLOURS, first, last)
    write_team_grid(wb, frame, amber_margin(result))


def write_team_grid(wb: Workbook, frame: pd.DataFrame, margin: float) -> None:
    """Team x requirement: the share met per cell, coloured by its rating against the
    requirement's target (conditional formatting, so a changed target row recolours).
    A cell on too few cases holds the words and stays uncoloured."""
    part = frame[frame["breakdown"] == "team"]
    overall = frame[frame["breakdown"] == "overall"]
    requirements = list(dict.fromkeys(overall["requirement"].astype(str)))
    teams = sorted(dict.fromkeys(part["group"].astype(str)))
    ws = wb.create_sheet("Compliance by team")
    ws.column_dimensions["A"].width = 26
    for index in range(len(requirements)):
        ws.column_dimensions[get_column_letter(index + 2)].width = 16
    ws.freeze_panes = "B5"
    print_setup(ws, 4)
    questions = dict(zip(overall["requirement"].astype(str), overall["question"].astype(str)))
    targets = dict(zip(overall["requirement"].astype(str), overall["target"]))
    ws.append([styled(ws, "Compliance by team: share of cases that met each requirement",
                      font=TITLE_FONT)])
    ws.append([text_cell(ws, "Question")] + [text_cell(ws, questions.get(r, ""))
                                              for r in requirements])
    ws.append([text_cell(ws, "Target")] + [styled(ws, float(targets[r]), number_format="0%")
                                            for r in requirements])
    ws.append([styled(ws, "Team", font=HEADER_FONT)] + [styled(ws, r, font=HEADER_FONT)
                                                         for r in requirements])
    cells = {(str(r["group"]), str(r["requirement"])): r for r in part.to_dict("records")}
    for team in teams:
        row = [text_cell(ws, team)]
        for requirement in requirements:
            cell = cells.get((team, requirement))
            if cell is None or not cell["applicable"]:
                row.append(text_cell(ws, "no cases"))
            elif not cell["rag"]:
                row.append(text_cell(ws, f"too few cases ({int(cell['applicable'])})"))
            else:
                row.append(styled(ws, float(cell["rate"]), number_format="0%"))
        ws.append(row)
    if not teams or not requirements:
        return
    first, last = 5, 4 + len(teams)
    for index in range(len(requirements)):
        letter = get_column_letter(index + 2)
        top = f"{letter}{first}"
        target = f"{letter}$3"
        rules = {"Green": f"AND(ISNUMBER({top}),{top}>={target}-0.0000001)",
                 "Amber": f"AND(ISNUMBER({top}),{top}>={target}-{margin}-0.0000001)",
                 "Red": f"ISNUMBER({top})"}
        for label, formula in rules.items():  # first match wins: Green, then Amber, then Red
            fill, ink = RAG_COLOURS[label]
            ws.conditional_formatting.add(f"{letter}{first}:{letter}{last}", FormulaRule(
                formula=[formula], stopIfTrue=True,
                fill=PatternFill(start_color=fill, end_color=fill, fill_type="solid"),
                font=Font(color=ink, bold=True)))


def amber_margin(result: AuditResult) -> float:
    """The amber margin of the run's force settings (the built-in one without them)."""
    from audit_cli.followup import settings_with_defaults

    force = settings_with_defaults((result.settings or {}).get("force") or {})
    return float(force["targets"]["amber_margin"])


def write_reference(wb: Workbook, result: AuditResult) -> None:
    write_table_sheet(wb, "Reference data", "Reference", tables.reference_table(result),
                      REFERENCE_SHEET)


def write_quality(wb: Workbook, result: AuditResult, audience: Audience) -> None:
    account = result.load.account.as_dict()
    adds_up = account["read"] == account["kept"] + account["rejected"] + account["duplicates"]
    above = [
        ["Row accounting: rows read = kept + rejected + exact duplicates"],
        ["Rows read", account["read"]],
        ["Kept", account["kept"]],
        ["Rejected", account["rejected"]],
        ["Exact duplicates", account["duplicates"]],
        ["Adds up", "yes" if adds_up else "NO: report this to the audit maintainers"],
        [],
    ]
    problems = result.load.problems
    if audience is Audience.LEADS:  # counts by kind only: values can hold personal data
        counts = tables.with_columns(problems, ["severity", "column"]).fillna("")
        counts = counts.value_counts().rename("n").reset_index().sort_values(
            ["severity", "column"], kind="stable")
        write_table_sheet(wb, "Data quality", "Problems", counts, PROBLEM_COUNT_SHEET,
                          above=above)
        return
    frame = pd.concat([tables.problem_table(problems, "reject").assign(severity="reject"),
                       tables.problem_table(problems, "warning").assign(severity="warning")],
                      ignore_index=True)
    write_table_sheet(wb, "Data quality", "Problems", frame, PROBLEM_SHEET, above=above)


def write_method(wb: Workbook, result: AuditResult, audience: Audience) -> None:
    method = method_view(result, audience)
    ws = wb.create_sheet("Method")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    print_setup(ws)
    ws.append([styled(ws, "Method", font=TITLE_FONT)])
    items = [("Tool", f"audit {method['tool_version']}"), ("Run", method["run_at"]),
             ("Period", method["period"] or "not set"), ("Export profile", method["profile"]),
             ("Personal data", "pseudonymised with a keyed hash" if method["pseudonymised"]
              else "as recorded")]
    items += [(f"Rule pack {k}", v) for k, v in method["rule_pack"]]
    items += [(f"Threshold {k}", v) for k, v in method["thresholds"]]
    for key, value in items:
        ws.append([text_cell(ws, key), text_cell(ws, str(value))])
    ws.append([])
    ws.append([styled(ws, "Input files", font=SECTION_FONT)])
    ws.append([styled(ws, h, font=HEADER_FONT) for h in ("File", "SHA-256", "Rows",
                                                          "Encoding")])
    for item in method["inputs"]:
        ws.append([text_cell(ws, item["path"]), item["sha256"], item["rows"],
                   text_cell(ws, item["encoding"] or "")])


def in_case_order(frame: pd.DataFrame, case_ids: pd.Series) -> pd.DataFrame:
    """Rows in the order of their case on the Cases sheet (highest priority first),
    keeping their own order within a case, so a capped sheet keeps the top cases' rows."""
    rank = pd.Index(case_ids).get_indexer(frame["case_id"])
    rank = np.where(rank < 0, len(case_ids), rank)
    return frame.iloc[np.argsort(rank, kind="stable")].reset_index(drop=True)


def capped(frame: pd.DataFrame, max_rows: int, what: str,
           csv_name: str) -> tuple[pd.DataFrame, list[list] | None]:
    """The first max_rows rows and, when rows were left out, a line saying so."""
    if len(frame) <= max_rows:
        return frame, None
    note = (f"Showing the first {max_rows:,} of {len(frame):,} {what}, highest priority "
            f"first (report setting max_workbook_rows); {csv_name} (--format csv) holds "
            "every row.")
    return frame.head(max_rows), [[note]]


def write_workbook(result: AuditResult, path: Path, audience: Audience,
                   max_rows: int = DEFAULT_MAX_WORKBOOK_ROWS) -> Path:
    wb = Workbook(write_only=True)
    write_summary(wb, result, audience)
    if audience is Audience.ANALYSTS:
        cases = cases_frame(result)
        crimes = in_case_order(tables.crime_table(result), cases["case_id"])
        crimes = crimes.assign(offence_family=tables.offence_families(crimes))  # labels
        gaps = in_case_order(tables.gap_table(result), cases["case_id"])
        shown, note = capped(cases, max_rows, "cases", "cases.csv")
        ws, first, last = write_table_sheet(wb, "Cases", "Cases", shown, CASE_SHEET,
                                            freeze=CASE_FREEZE, above=note, triage=True)
        colour_rules(ws, CASE_SHEET, "verdict_label", VERDICT_COLOURS, first, last)
        add_decision_list(ws, CASE_SHEET, first, last)
        shown, note = capped(crimes, max_rows, "crime rows", "crimes.csv")
        write_table_sheet(wb, "Crimes", "Crimes", shown, CRIME_SHEET, freeze="C2",
                          above=note)
        shown, note = capped(gaps, max_rows, "follow-up gaps", "gaps.csv")
        write_table_sheet(wb, "Follow-up gaps", "Gaps", shown, GAP_SHEET, above=note)
    write_compliance(wb, result)
    write_quality(wb, result, audience)
    if audience is Audience.ANALYSTS:
        write_reference(wb, result)
    write_method(wb, result, audience)
    wb.save(path)
    return path


@register
class ExcelFormatter(Formatter):
    name = Format.XLSX
    audiences = frozenset({Audience.ANALYSTS, Audience.LEADS})
    background = True  # the slowest format: it renders beside the others

    def prepare(self, result: AuditResult) -> None:
        tables.figures(result)
        tables.compliance_table(result)
        if self.options.audience is Audience.ANALYSTS:
            for build in (tables.listed_case_table, tables.triage_table, tables.crime_table,
                          tables.gap_table):
                build(result)

    def render(self, result: AuditResult, tmp_dir: Path) -> list[Path]:
        return [write_workbook(result, tmp_dir / OUTPUT_NAME[self.options.audience],
                               self.options.audience, self.options.max_workbook_rows)]

