"""The load stage: encodings, delimiters, XLSX, profiles, validation and row accounting."""

from __future__ import annotations

import codecs
import csv
import itertools
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from audit_cli.errors import AuditError
from audit_cli.load import load_inputs
from audit_cli.load.profile import CANONICAL_COLUMNS, load_profile
from audit_cli.load.validate import parse_fixed_width
from audit_cli.model import crimes_from_rows, parties_from_rows
from audit_cli.paths import SAMPLE_DIR

HEADER = ["crime_ref", "recorded_date", "offence", "narrative", "victim_name", "victim_dob",
          "suspect_name", "domestic", "outcome_code", "offence_code"]
ROWS = [
    ["LC/26/1", "03/07/2026 14:05", "Harassment", "IP reports susp o/s her house again",
     "WHITAKER, Jane", "14/02/1991", "Marcus Reid", "Y", "15", "008/65"],
    ["LC/26/2", "2026-07-04", "Malicious Communications", "Zoë said msgs — über rude",
     "jane whitaker", "", "", "n", "", "19512"],
]


def write_csv(path: Path, rows=ROWS, header=HEADER, delimiter=",", encoding="utf-8",
              bom: bytes = b"") -> Path:
    def quote(v):
        return f'"{v}"' if (delimiter in v or "\n" in v or '"' in v) else v
    text = "\r\n".join(delimiter.join(quote(v) for v in row) for row in [header, *rows])
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_delimiter_is_detected(tmp_path, delimiter):
    result = load_inputs([write_csv(tmp_path / "x.csv", delimiter=delimiter)])
    assert result.account.kept == 2
    assert result.inputs[0].delimiter == delimiter
    assert list(result.rows["crime_ref"]) == ["LC/26/1", "LC/26/2"]


@pytest.mark.parametrize("encoding,bom,expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),  # as Excel's "Unicode text" writes it
    ("cp1252", b"", "cp1252"),
])
def test_every_encoding_reads_the_same_text(tmp_path, encoding, bom, expected):
    path = write_csv(tmp_path / "x.csv", encoding=encoding, bom=bom)
    result = load_inputs([path])
    assert result.rows.loc[1, "narrative"] == "Zoë said msgs — über rude"
    assert result.rows.columns[1] == "source_file"
    assert result.inputs[0].encoding == expected


def test_dates_are_strict_day_first_datetimes(tmp_path):
    result = load_inputs([write_csv(tmp_path / "x.csv")])
    rows = result.rows
    assert rows.loc[0, "recorded_date"] == pd.Timestamp("2026-07-03 14:05")
    assert rows.loc[1, "recorded_date"] == pd.Timestamp("2026-07-04")
    assert rows.loc[0, "victim_dob"] == pd.Timestamp("1991-02-14")
    # offence_date defaults to the recorded date
    assert rows.loc[0, "offence_date"] == rows.loc[0, "recorded_date"]


def test_codes_flags_and_names_are_normalised(tmp_path):
    rows = load_inputs([write_csv(tmp_path / "x.csv")]).rows
    assert list(rows["offence_code"]) == ["8/65", "195/12"]
    assert list(rows["domestic"]) == [True, False]
    assert rows.loc[0, "victim_name"] == "WHITAKER, Jane"  # kept as written for display
    assert rows.loc[0, "victim_name_norm"] == rows.loc[1, "victim_name_norm"] == "jane whitaker"
    assert pd.isna(rows.loc[1, "suspect_name"])


def test_bad_values_are_problems_with_file_line_and_column(tmp_path):
    rows = [
        ["LC/1", "31/02/2026", "Theft", "x", "A B", "", "", "", "", ""],  # impossible date
        ["", "01/07/2026", "Theft", "x", "A B", "", "", "", "", ""],  # no crime ref
        ["LC/3", "01/07/2026", "Theft", "x", "A B", "01/01/2030", "", "maybe", "99", ""],
        ["LC/4", "01/07/2099", "Theft", "x", "A B", "", "", "", "", ""],  # future
        ["LC/5", "01/07/2026", "Theft", "x", "", "", "", "", "", ""],  # no victim
    ]
    result = load_inputs([write_csv(tmp_path / "bad.csv", rows=rows)],
                         today=pd.Timestamp("2026-11-29"))
    acc = result.account
    assert (acc.read, acc.kept, acc.rejected, acc.duplicates) == (5, 1, 4, 0)
    rejects = result.rejects.set_index("source_line")
    assert rejects.loc[2, "column"] == "recorded_date"
    assert rejects.loc[2, "value"] == "31/02/2026"
    assert rejects.loc[3, "column"] == "crime_ref"
    assert "future" in rejects.loc[5, "reason"]
    assert rejects.loc[6, "column"] == "victim_name"
    warnings = result.warnings
    assert set(warnings["column"]) == {"victim_dob", "domestic", "outcome_code"}
    assert (warnings["source_file"] == "bad.csv").all()
    assert (warnings["source_line"] == 4).all()


def test_duplicates_within_and_across_files_are_counted_once(tmp_path):
    a = write_csv(tmp_path / "jul.csv", rows=ROWS + [ROWS[0]])
    b = write_csv(tmp_path / "aug.csv", rows=[ROWS[1]])
    result = load_inputs([a, b])
    acc = result.account
    assert (acc.read, acc.kept, acc.rejected, acc.duplicates) == (4, 2, 0, 2)
    dupes = result.problems[result.problems["severity"] == "duplicate"]
    # Files are read in content order (ids must not depend on the order they are listed
    # in), so which copy across the two files is "first" is fixed, whatever the order.
    assert "exact duplicate of jul.csv row 2" in set(dupes["reason"])
    across = set(dupes["reason"]) - {"exact duplicate of jul.csv row 2"}
    assert across <= {"exact duplicate of jul.csv row 3", "exact duplicate of aug.csv row 2"}
    assert len(across) == 1
    swapped = load_inputs([b, a]).problems
    assert sorted(swapped.loc[swapped["severity"] == "duplicate", "reason"]) == \
        sorted(dupes["reason"])


def test_missing_required_columns_listed_together_with_suggestions(tmp_path):
    header = ["crime_ref", "recorded_dte", "offence", "narative"]
    path = write_csv(tmp_path / "x.csv", rows=[["A", "01/07/2026", "T", "n"]], header=header)
    with pytest.raises(AuditError) as err:
        load_inputs([path])
    message = str(err.value)
    assert message.startswith(f"{path}, row 1: missing required column(s): recorded_date")
    assert "'recorded_dte'" in message and "'narative'" in message and "victim_name" in message


@pytest.mark.parametrize("make,expected", [
    (lambda p: p, "file not found"),
    (lambda p: (p.mkdir(), p)[1], "is a folder"),
    (lambda p: (p.write_bytes(b""), p)[1], "the file is empty"),
    (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), p)[1], "binary"),
    (lambda p: (p.write_bytes(b"crime_ref,crime_ref,offence\n1,2,3\n"), p)[1], "duplicate column"),
    (lambda p: (p.write_bytes(b"crime_ref,recorded_date,offence,narrative,victim_name\n"), p)[1],
     "header but no records"),
    (lambda p: (p.write_bytes(b"crime_ref,recorded_date,offence,narrative,victim_name\n"
                              b"1,01/07/2026,T,\x81\x8d\x8f\x90\x9d,V\n"), p)[1],
     "not valid UTF-8, UTF-16 or Windows-1252"),
])
def test_bad_files_give_one_clear_error(tmp_path, make, expected):
    path = make(tmp_path / "export.csv")
    with pytest.raises(AuditError) as err:
        load_inputs([path])
    assert expected in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_xlsx_that_is_really_csv(tmp_path):
    path = write_csv(tmp_path / "export.xlsx")
    with pytest.raises(AuditError, match="not an Excel workbook"):
        load_inputs([path])


def test_xlsx_first_sheet_or_named_sheet_with_real_dates(tmp_path):
    import datetime as dt
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["nothing here"])
    sheet = book.create_sheet("Crimes")
    sheet.append(HEADER)
    sheet.append(["LC/1", dt.datetime(2026, 7, 3, 14, 5), "Harassment", "=cmd|' /C calc'!A0",
                  "WHITAKER, Jane", 33283, "", True, 15, "8/65"])
    sheet["D2"].data_type = "s"  # a text cell that looks like a formula
    path = tmp_path / "export.xlsx"
    book.save(path)
    with pytest.raises(AuditError, match="missing required column"):
        load_inputs([path])  # the first sheet is not the data
    result = load_inputs([path], sheet="Crimes")
    row = result.rows.iloc[0]
    assert row["recorded_date"] == pd.Timestamp("2026-07-03 14:05")
    assert row["victim_dob"] == pd.Timestamp("1991-02-14")  # Excel serial 33283
    assert row["outcome_code"] == "15"
    assert row["narrative"] == "=cmd|' /C calc'!A0"  # text stays text
    with pytest.raises(AuditError, match="no sheet 'Nope'"):
        load_inputs([path], sheet="Nope")


def test_huge_narrative_and_control_characters(tmp_path):
    long = "followed her " * 80_000  # ~1 MB
    rows = [["LC/1", "01/07/2026", "Harassment", long, "A B", "", "", "", "", ""],
            ["LC/2", "01/07/2026", "Harassment", "bell\x07 and\x1b escape\ttab", "A B", "", "",
             "", "", ""]]
    result = load_inputs([write_csv(tmp_path / "x.csv", rows=rows)])
    assert len(result.rows.loc[0, "narrative"]) == len(long.strip())
    assert result.rows.loc[1, "narrative"] == "bell  and  escape\ttab"


def test_profile_sample_files_load_cleanly():
    niche = load_inputs([SAMPLE_DIR / "profiles" / "niche_sample.csv"], "niche")
    assert niche.account.kept == niche.account.read == 6
    rows = niche.rows.set_index("crime_ref")
    assert rows.loc["26000101/26", "recorded_date"] == pd.Timestamp("2026-07-03")
    assert rows.loc["26000101/26", "allocated_team"] == "DAIU"  # value map
    assert rows.loc["26000117/26", "outcome_code"] == "18"  # outcome label -> number
    assert rows.loc["26000101/26", "victim_name_norm"] == "adaeze okonkwo"  # surname first
    assert rows.loc["26000118/26", "victim_name_norm"] == "tesco stores ltd"
    generic = load_inputs([SAMPLE_DIR / "profiles" / "generic_sample.csv"])
    assert generic.account.kept == 4
    assert generic.inputs[0].delimiter == ";"


def test_profile_mistakes_name_the_file_and_key(tmp_path):
    bad = tmp_path / "force.yml"
    bad.write_text("columns:\n  crime_reference: Occurrence Ref\n")
    with pytest.raises(AuditError, match=r"force.yml: profile key 'columns.crime_reference'"):
        load_profile(bad)
    bad.write_text("dates:\n  formats: [dd-mm-yyyy]\n")
    with pytest.raises(AuditError, match=r"profile key 'dates.formats'"):
        load_profile(bad)
    bad.write_text("colums: {}\n")
    with pytest.raises(AuditError, match=r"profile key 'colums': unknown key"):
        load_profile(bad)
    bad.write_text("columns: [\n")
    with pytest.raises(AuditError, match=r"force.yml, row 2: the profile is not valid YAML"):
        load_profile(bad)
    with pytest.raises(AuditError, match="no built-in profile 'nope'"):
        load_profile("nope")


def test_canonical_columns_cover_the_generic_format():
    text = (Path(__file__).parents[1] / "rules" / "profiles" / "generic.yml").read_text()
    assert "name: generic" in text
    assert len(CANONICAL_COLUMNS) == 29


def test_old_mac_line_endings_load_like_any_other(tmp_path):
    crlf = load_inputs([write_csv(tmp_path / "crlf.csv")])
    path = tmp_path / "cr.csv"
    path.write_bytes((tmp_path / "crlf.csv").read_bytes().replace(b"\r\n", b"\r"))
    cr = load_inputs([path])
    pd.testing.assert_frame_equal(cr.rows.drop(columns="source_file"),
                                  crlf.rows.drop(columns="source_file"))


@pytest.mark.parametrize("body,expected", [
    # one record with a field too many: the C reader names the line
    ("LC/1,01/07/2026,T,x,A B\nLC/2,01/07/2026,T,y,A B,extra\n", "Expected 5 fields in line 3"),
    # an unclosed quote in a last column would swallow the rest of the file into one
    # value; it is an error instead
    ('LC/1,01/07/2026,T,x,"A B\nLC/2,01/07/2026,T,y,A B\n', "EOF inside string"),
    # the same with a stray inch mark earlier, which makes the count of quotes even:
    # pyarrow would read the open field on to the end of the file and lose the rows after
    ('LC/1,01/07/2026,T,took a 55" television,A B\nLC/2,01/07/2026,T,y,"A B\n'
     'LC/3,01/07/2026,T,z,C D\nLC/4,01/07/2026,T,w,E F\n', "EOF inside string"),
])
def test_malformed_csv_is_one_error_naming_file_and_line(tmp_path, body, expected):
    path = tmp_path / "export.csv"
    path.write_text("crime_ref,recorded_date,offence,narrative,victim_name\n" + body)
    with pytest.raises(AuditError) as err:
        load_inputs([path])
    message = str(err.value)
    assert message.startswith(f"{path}: the CSV is malformed")
    assert expected in message and "\n" not in message


def test_a_delimiter_at_the_end_of_every_row_is_dropped(tmp_path):
    """Rows ending in one delimiter more than the header: the empty last field goes, and
    no column shifts (pandas would otherwise make crime_ref the index)."""
    clean = load_inputs([write_csv(tmp_path / "clean.csv")])
    path = tmp_path / "trailing.csv"
    text = "\r\n".join([",".join(HEADER)] + [",".join(f'"{v}"' if "," in v else v
                                                      for v in row) + "," for row in ROWS])
    path.write_text(text, encoding="utf-8")
    trailing = load_inputs([path])
    pd.testing.assert_frame_equal(trailing.rows.drop(columns="source_file"),
                                  clean.rows.drop(columns="source_file"))
    assert trailing.account.rejected == 0


def test_a_row_with_too_few_fields_is_kept_with_a_warning_naming_its_line(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("crime_ref,recorded_date,offence,narrative,victim_name,suspect_name\n"
                    "LC/1,01/07/2026,Harassment,text one,Jane Doe,John Roe\n"
                    "   \n"  # whitespace-only: skipped, as pandas skips it
                    "LC/2,02/07/2026,Harassment,text two,Ann Lee\n"
                    "LC/3,03/07/2026,Harassment,text three,Bo Li,\n", encoding="utf-8")
    result = load_inputs([path])
    assert result.account.as_dict() == {"read": 3, "kept": 3, "rejected": 0, "duplicates": 0}
    short = result.problems[result.problems["reason"].str.startswith("the row has fewer")]
    assert short[["source_line", "crime_ref", "value", "severity"]].values.tolist() == [
        [3, "LC/2", "5 of 6 fields", "warning"]]
    assert result.rows.loc[1, "victim_name"] == "Ann Lee"
    assert pd.isna(result.rows.loc[1, "suspect_name"])


@pytest.mark.parametrize("quirk", ["trailing delimiter", "short row"])
def test_a_narrative_of_megabytes_reads_whichever_reader_takes_the_file(tmp_path, quirk):
    """Rows ending in an extra delimiter, or one short row, change which reader reads the
    file; a 300 KB narrative reads either way (Python's csv module refuses fields over
    128 KB unless told otherwise)."""
    long = "He waited outside again. " * 12_000
    end = "," if quirk == "trailing delimiter" else ""
    lines = ["crime_ref,recorded_date,offence,narrative,victim_name,suspect_name",
             f"LC/1,01/07/2026,Harassment,{long},Jane Doe,John Roe{end}",
             f"LC/2,02/07/2026,Harassment,short,Ann Lee,Bo Li{end}"]
    if quirk == "short row":
        lines[2] = "LC/2,02/07/2026,Harassment,short,Ann Lee"
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_inputs([path])
    assert result.account.kept == 2
    assert result.rows.loc[0, "narrative"] == long.strip()
    assert result.rows.loc[1, "victim_name"] == "Ann Lee"


def test_a_short_row_that_repeats_an_earlier_one_is_only_a_duplicate(tmp_path):
    path = tmp_path / "short_dup.csv"
    path.write_text("crime_ref,recorded_date,offence,narrative,victim_name,suspect_name\n"
                    "LC/1,01/07/2026,Harassment,text,Ann Lee\n"
                    "LC/1,01/07/2026,Harassment,text,Ann Lee\n", encoding="utf-8")
    result = load_inputs([path])
    assert result.account.duplicates == 1
    line_3 = result.problems[result.problems["source_line"] == 3]
    assert line_3["severity"].tolist() == ["duplicate"]


def test_a_utf8_header_with_accents_is_read_as_written(tmp_path):
    from audit_cli.load.reading import read_file

    path = tmp_path / "accents.csv"
    path.write_text("Référence,Victim’s DOB\nLC/1,01/02/1990\n", encoding="utf-8")
    assert list(read_file(path).frame.columns) == ["Référence", "Victim’s DOB"]


def test_headers_named_index_survive_a_trailing_delimiter_on_the_pandas_path(tmp_path):
    from audit_cli.load.reading import read_file

    path = tmp_path / "index.csv"  # the short row sends the file to pandas' reader
    path.write_text("index,level_0,narrative\n1,2,x,\n3,4,y,\n5,6,\n", encoding="utf-8")
    frame = read_file(path).frame
    assert list(frame.columns) == ["index", "level_0", "narrative"]
    assert frame.values.tolist() == [["1", "2", "x"], ["3", "4", "y"], ["5", "6", ""]]


def test_a_value_beyond_the_header_is_an_error_naming_the_row(tmp_path):
    path = tmp_path / "extra.csv"
    rows = [",".join(row[:3]) + ",x,A B," for row in ROWS] + ["LC/26/3,01/07/2026,T,y,C D,42"]
    path.write_text("crime_ref,recorded_date,offence,narrative,victim_name\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(AuditError) as err:
        load_inputs([path])
    assert str(err.value) == (f"{path}, row 4: the rows hold one field more than the header "
                              "line (6 against 5); add the missing column name or check the "
                              "delimiter")


def test_quoted_line_breaks_and_long_records_keep_row_numbers(tmp_path):
    long = "He waited outside.\r\nAgain the next day.\n" * 40_000  # 1.6 MB, over a block
    rows = [["LC/1", "01/07/2026", "Harassment", "first line\nsecond line", "A B", "", "", "",
             "", ""],
            ["LC/2", "01/07/2026", "Harassment", long, "C D", "", "", "", "", ""],
            ["LC/3", "01/07/2026", "Harassment", 'said "stop", then left', "E F", "", "", "",
             "", ""]]
    path = tmp_path / "x.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    result = load_inputs([path])
    got = result.rows.set_index("crime_ref")
    assert got.loc["LC/1", "narrative"] == "first line\nsecond line"
    assert got.loc["LC/2", "narrative"] == long.strip()
    assert got.loc["LC/3", "narrative"] == 'said "stop", then left'
    # source_line is the record's row number (header = 1), not its physical line
    assert list(result.rows["source_line"]) == [2, 3, 4]


def test_a_stray_quote_inside_a_field_is_kept_as_text(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("crime_ref,recorded_date,offence,narrative,victim_name\n"
                    'LC/1,01/07/2026,Theft,took a 55" television,A B\n')
    result = load_inputs([path])
    assert result.rows.loc[0, "narrative"] == 'took a 55" television'


def test_windows_1252_found_after_the_first_64_kb(tmp_path):
    filler = [[f"LC/{i}", "01/07/2026", "Theft", "plain text", "A B", "", "", "", "", ""]
              for i in range(3000)]
    late = [["LC/X", "01/07/2026", "Theft", "café “quoted” €5", "A B", "", "", "", "", ""]]
    path = write_csv(tmp_path / "x.csv", rows=filler + late, encoding="cp1252")
    assert path.stat().st_size > 64 * 1024
    result = load_inputs([path])
    assert result.inputs[0].encoding == "cp1252"
    assert result.rows.loc[3000, "narrative"] == "café “quoted” €5"


def test_excel_serials_count_only_in_workbook_cells(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.active.append(["LC/X", "01/07/2026", "Theft", "x", "A B", 33283, "", "", "", ""])
    workbook = tmp_path / "book.xlsx"
    book.save(workbook)
    rows = [["LC/C", "01/07/2026", "Theft", "x", "A B", "33283", "", "", "", ""]]
    result = load_inputs([write_csv(tmp_path / "x.csv", rows=rows), workbook])
    dobs = result.rows.set_index("crime_ref")["victim_dob"]
    assert dobs["LC/X"] == pd.Timestamp("1991-02-14")
    assert pd.isna(dobs["LC/C"])
    warning = result.warnings.iloc[0]
    assert (warning["source_file"], warning["column"], warning["value"]) == \
        ("x.csv", "victim_dob", "33283")


def test_profile_date_formats_come_before_the_day_first_forms(tmp_path):
    profile = tmp_path / "us.yml"
    profile.write_text('extends: generic\ndates:\n  formats: ["%m/%d/%Y"]\n')
    rows = [["LC/1", "03/07/2026", "Theft", "x", "A B", "", "", "", "", ""],
            ["LC/2", "25/07/2026 10:30", "Theft", "x", "A B", "", "", "", "", ""]]
    path = write_csv(tmp_path / "x.csv", rows=rows)
    recorded = load_inputs([path], profile).rows["recorded_date"]
    assert list(recorded) == [pd.Timestamp("2026-03-07"), pd.Timestamp("2026-07-25 10:30")]
    recorded = load_inputs([path]).rows["recorded_date"]
    assert list(recorded) == [pd.Timestamp("2026-07-03"), pd.Timestamp("2026-07-25 10:30")]


@pytest.mark.parametrize("fmt", ["%d/%m/%Y", "%d/%m/%Y %H:%M"])
def test_fixed_width_dates_read_as_pandas_reads_them(fmt):
    days = ["00", "01", "28", "29", "30", "31", "32", "7"]
    months = ["00", "01", "02", "04", "12", "13"]
    years = ["1850", "1900", "2023", "2024", "2100", "2101", "0000"]
    times = ["00:00", "23:59", "24:00", "12:60", "9:05"] if " " in fmt else [""]
    text = pd.Series([f"{d}/{m}/{y} {t}".strip() for d, m, y, t in
                      itertools.product(days, months, years, times)] + ["", "x"], dtype="str")
    fast = parse_fixed_width(text, fmt)
    general = pd.to_datetime(text, format=fmt, errors="coerce").astype("datetime64[us]")
    found = fast.notna()
    assert (fast[found] == general[found]).all()
    # every fixed-width value of a year 1900-2100 that pandas reads is read fast
    plain = text.str.fullmatch(r"\d\d/\d\d/(19\d\d|20\d\d|2100)( \d\d:\d\d)?")
    assert (found == (plain & general.notna())).all()
    assert found.sum() > 50
    assert fast[text == "29/02/2024" + (" 23:59" if " " in fmt else "")].iloc[0] == \
        pd.Timestamp("2024-02-29 23:59" if " " in fmt else "2024-02-29")


def _rows(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    base = {"row_id": range(n)}
    for role in ("victim", "suspect"):
        for field in ("name", "name_norm", "postcode", "id"):
            base[f"{role}_{field}"] = pd.Series([None] * n, dtype="str")
        base[f"{role}_dob"] = pd.Series([pd.NaT] * n, dtype="datetime64[us]")
    base.update(columns)
    return pd.DataFrame(base)


def test_crimes_take_the_first_value_given_in_export_order():
    rows = _rows(
        crime_ref=pd.Series(["B", "A", "B", "B"], dtype="str"),
        offence=pd.Series([None, "Theft", "Harassment", "Stalking"], dtype="str"),
        narrative=pd.Series(["", "x", "", "later"], dtype="str"),
        recorded_date=pd.Series([pd.NaT, "2026-07-01", "2026-07-02", "2026-07-03"],
                                dtype="datetime64[us]"),
        domestic=pd.array([None, False, True, None], dtype="boolean"),
    )
    crimes = crimes_from_rows(rows)
    assert list(crimes.columns) == ["crime_ref", "recorded_date", "offence", "narrative",
                                    "domestic", "n_rows", "flags"]
    assert list(crimes["crime_ref"]) == ["B", "A"]
    assert list(crimes["offence"]) == ["Harassment", "Theft"]
    assert list(crimes["narrative"]) == ["", "x"]  # "" is a value, not a missing one
    assert list(crimes["recorded_date"]) == [pd.Timestamp("2026-07-02"),
                                             pd.Timestamp("2026-07-01")]
    assert list(crimes["domestic"]) == [True, False]
    assert list(crimes["n_rows"]) == [3, 1] and crimes["n_rows"].dtype == "int64"
    assert list(crimes["flags"]) == ["", ""]
    assert crimes["domestic"].dtype == "boolean" and crimes["offence"].dtype == "str"


def test_parties_one_per_distinct_mention_victim_first():
    rows = _rows(
        crime_ref=pd.Series(["C1", "C1", "C2"], dtype="str"),
        victim_name=pd.Series(["Ann Lee", "Ann Lee", "Bob Roe"], dtype="str"),
        victim_name_norm=pd.Series(["ann lee", "ann lee", "bob roe"], dtype="str"),
        suspect_name=pd.Series(["Cy Doe", "Di Fox", None], dtype="str"),
        suspect_name_norm=pd.Series(["cy doe", "di fox", None], dtype="str"),
        suspect_id=pd.Series([None, None, "N9"], dtype="str"),
    )
    parties = parties_from_rows(rows)
    assert list(parties.columns) == ["party_key", "crime_ref", "role", "name", "name_norm",
                                     "dob", "postcode", "source_id", "row_id"]
    got = list(zip(parties["crime_ref"], parties["role"], parties["name"].fillna(""),
                   parties["row_id"]))
    # the victim repeated on C1's second row is one mention; C2's suspect has only an id
    assert got == [("C1", "victim", "Ann Lee", 0), ("C1", "suspect", "Cy Doe", 0),
                   ("C1", "suspect", "Di Fox", 1), ("C2", "victim", "Bob Roe", 2),
                   ("C2", "suspect", "", 2)]
    assert list(parties["party_key"]) == [0, 1, 2, 3, 4]
    assert parties["dob"].dtype == "datetime64[us]" and parties["role"].dtype == "str"
