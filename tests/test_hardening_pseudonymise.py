"""Pseudonymisation end to end on a hostile export: no personal value, in any written
form, survives in any output file (the workbook unzipped)."""

from __future__ import annotations

import csv
import re
import unicodedata
import zipfile

import pytest
from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.errors import EXIT_OK, EXIT_USAGE

KEY = "hostile-test-key-0123456789abcdef"
HEADER = ["crime_ref", "recorded_date", "offence_date", "offence", "narrative", "victim_name",
          "victim_dob", "victim_postcode", "victim_id", "suspect_name", "suspect_dob",
          "suspect_postcode", "suspect_id", "relationship", "domestic"]
VICTIM = ("Zoë Smith-Jones", "14/03/1987", "ZZ9 9QX", "V-4471829")
SUSPECT = ("Robert O'Brien", "02/11/1980", "ZZ1 1AB", "P-99120")
OTHER = ("SIOBHÁN Kowalczyk", "21/07/1990", "ZZ3 4CD", "V-5550173")
NARRATIVES = [
    "IP born 14/03/1987, lives ZZ9 9QX, id V-4471829. Suspect Bob keeps calling from "
    "07700 900123 and followed her home in a silver car VRM AB12 CDE.",
    "ZOE SMITHJONES reports O'Brien sent 40 messages from bob.obrien@example.com and "
    "+44 7700 900123; he waits outside her work, she is very frightened. DOB 14th March 1987.",
    "Victim Smith Jones (d.o.b. 14-3-87) says OBrien turned up at her mother's house at "
    "zz99qx in ab12cde again; Robbie watched her on instagram @robbie_ob_80.",
    "Mrs Kowalczyk (born 1990-07-21) says Siobhan's ex Robert rang 07700900123 and emailed.",
]
# every value that must not appear, in the forms a reader could search for
LEAKS = ["zoe", "smith", "jones", "smithjones", "robert", "bob", "robbie", "brien", "obrien",
         "siobhan", "kowalczyk", "14/03/1987", "14/3/87", "14-3-87", "1987-03-14",
         "14th march 1987", "02/11/1980", "1980-11-02", "21/07/1990", "1990-07-21",
         "zz9 9qx", "zz99qx", "zz1 1ab", "zz11ab", "zz3 4cd", "4471829", "99120", "5550173",
         "07700 900123", "7700 900123", "7700900123", "bob.obrien@example.com", "ab12 cde",
         "ab12cde", "robbie_ob_80"]


def _row(ref, day, narrative, victim=VICTIM, suspect=SUSPECT, offence_date=""):
    return [ref, day, offence_date, "Malicious communications", narrative, *victim, *suspect,
            "ex-partner", "Y"]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    export = base / "hostile.csv"
    rows = [_row(f"HX/26/{i:04d}", f"0{i + 1}/07/2026", text)
            for i, text in enumerate(NARRATIVES[:3])]
    rows.append(_row("HX/26/0010", "05/08/2026", NARRATIVES[3], victim=OTHER))
    # a value put in the wrong column (a phone number as the offence date: a warning) and a
    # rejected row (a date of birth as the recorded date; a name as the crime reference)
    rows.append(_row("HX/26/0011", "06/08/2026", "Further calls.", offence_date="07700 900123"))
    rows.append(_row("HX/26/0012", "14/03/1987 Zoe Smith-Jones", "Seen again."))
    rows.append(_row("HX/26/0013", "not a date: Robert O'Brien 02/11/1980", "Seen again."))
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    key_file = base / "key"
    key_file.write_text(KEY)
    out = base / "out"
    result = CliRunner().invoke(cli, ["run", str(export), "--out", str(out), "--pseudonymise",
                                      "--key-file", str(key_file)], catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.output
    return out


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _every_output_text(folder) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                for member in book.namelist():
                    texts[f"{path.name}:{member}"] = book.read(member).decode("utf-8",
                                                                              "replace")
        elif path.is_file():
            texts[path.name] = path.read_bytes().decode("utf-8", "replace")
    return texts


def test_no_personal_value_in_any_form_in_any_output(hostile_run):
    texts = _every_output_text(hostile_run)
    assert any(name.startswith("report.xlsx:xl/worksheets") for name in texts)
    leaks = []
    for name, text in texts.items():
        folded = _fold(text)
        for value in LEAKS:
            if re.search(rf"(?<![0-9a-z]){re.escape(value)}(?![0-9a-z])", folded):
                leaks.append((name, value))
    assert leaks == []


def test_tokens_stand_where_the_values_were(hostile_run):
    crimes = (hostile_run / "crimes.csv").read_text(encoding="utf-8")
    for prefix in ("PERSON-", "DOB-", "POSTCODE-", "ID-", "PHONE-", "EMAIL-", "VEHICLE-",
                   "HANDLE-"):
        assert prefix in crimes, prefix
    # one phone number, two written forms, one token
    phones = set(re.findall(r"PHONE-[0-9a-f]{8}", crimes))
    assert len(phones) == 1
    rejects = (hostile_run / "rejects.csv").read_text(encoding="utf-8")
    assert "VALUE-" in rejects or "DOB-" in rejects
    # the matched evidence still reads as what a rule matched
    assert "followed her home" in crimes


def test_key_file_without_pseudonymise_is_an_error(tmp_path):
    key = tmp_path / "key"
    key.write_text(KEY)
    export = tmp_path / "x.csv"
    export.write_text(",".join(HEADER) + "\n")
    result = CliRunner().invoke(cli, ["run", str(export), "--out", str(tmp_path / "o"),
                                      "--key-file", str(key)])
    assert result.exit_code == EXIT_USAGE
    assert "--pseudonymise" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["run", str(export), "--out", str(tmp_path / "o")],
                                env={"AUDIT_PSEUDONYM_KEY": KEY})
    assert result.exit_code == EXIT_USAGE and "AUDIT_PSEUDONYM_KEY" in result.output
    assert not (tmp_path / "o").exists()


def test_name_variants_and_nicknames_of_a_surname_first_name():
    import pandas as pd

    from audit_cli.pseudonymise import Masker, Tokens
    masker = Masker(pd.Series(["O'BRIEN, Mr Robert", "Zoë Smith-Jones", "SMITH, Mrs Ann"]),
                    Tokens(KEY.encode()))
    text = ("Bob OBrien met ZOE SMITHJONES, smith jones and Zoe; Robbie called o'brien. "
            "Mrs Patel saw it. A brown car.")
    masked = masker.mask(text)
    for word in ("bob", "obrien", "zoe", "smith", "jones", "robbie", "o'brien"):
        assert word not in masked.lower(), (word, masked)
    assert masked.endswith("Mrs Patel saw it. A brown car.")
