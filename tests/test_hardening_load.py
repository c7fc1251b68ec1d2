"""The reader loses no row silently and reads what it is given, or says why not."""

from __future__ import annotations

import csv
import os

import pandas as pd
import pytest
from audit_cli.errors import EXIT_USAGE, AuditError
from audit_cli.load import load_inputs
from audit_cli.report.safety import clean_text, csv_safe, csv_safe_series

HEADER = "crime_ref,recorded_date,offence,narrative,victim_name"


def _records(n: int) -> list[str]:
    return [f"CR/{i:03d},01/07/2026,Harassment,Narrative {i}: calls and texts,Victim {i}"
            for i in range(1, n + 1)]


def test_a_quote_left_open_is_reported_and_the_rows_reconcile(tmp_path):
    lines = _records(50)
    # row 5's narrative opens a quote that only row 25's text closes
    lines[4] = 'CR/005,01/07/2026,Harassment,"He said stop it and left,Victim 5'
    lines[24] = 'CR/025,01/07/2026,Harassment,she replied no" then went in,Victim 25'
    path = tmp_path / "stray.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n")
    result = load_inputs([path])
    acc = result.account
    assert acc.read == 50  # every physical record counted
    assert acc.read == acc.kept + acc.rejected + acc.duplicates
    assert acc.kept == 29 and acc.rejected == 21
    rejects = result.rejects
    head = rejects[rejects["crime_ref"] == "CR/005"]
    assert len(head) == 1 and head["source_line"].iloc[0] == 6
    assert "quote left open" in head["reason"].iloc[0] and "20 record(s)" in head["reason"].iloc[0]
    assert (rejects["reason"].str.contains("swallowed by the quote left open in row 6")).sum() == 20
    # no later victim glued onto row 5's crime
    assert "CR/005" not in set(result.rows["crime_ref"])


def test_a_narrative_of_many_lines_is_not_a_stray_quote(tmp_path):
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER.split(","))
        writer.writerow(["CR/1", "01/07/2026", "Harassment", "He waited, again.\n" * 500, "A B"])
    result = load_inputs([path])
    assert result.account.kept == 1 and result.account.rejected == 0


def test_mixed_encodings_are_decoded_per_line_and_reported(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes((HEADER + "\nCR/1,01/07/2026,Harassment,calls,Zoë Brontë\n").encode()
                     + "CR/2,01/07/2026,Harassment,texts,Renée Côté\n".encode("cp1252")
                     + "CR/3,01/07/2026,Harassment,texts,José Núñez\n".encode())
    result = load_inputs([path])
    assert result.rows["victim_name"].tolist() == ["Zoë Brontë", "Renée Côté", "José Núñez"]
    warnings = result.warnings
    assert warnings["source_line"].tolist() == [3]
    assert "Windows-1252" in warnings["reason"].iloc[0]


def test_a_fifo_is_reported_not_read_as_empty(tmp_path):
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    with pytest.raises(AuditError, match="not a regular file"):
        load_inputs([fifo])


def test_an_input_rewritten_during_the_load_is_read_as_it_was(tmp_path, monkeypatch):
    from audit_cli.load import reading
    path = tmp_path / "x.csv"
    path.write_text("\n".join([HEADER, *_records(200)]) + "\n")
    read_whole = reading._read_whole

    def then_truncate(p):
        data = read_whole(p)
        with open(p, "r+b") as handle:  # another program rewrites the file meanwhile
            handle.truncate(10)
        return data

    monkeypatch.setattr(reading, "_read_whole", then_truncate)
    result = load_inputs([path])  # a memory-mapped read would end with SIGBUS here
    assert result.account.read == 200


def test_right_to_left_overrides_are_removed_and_line_feed_formulas_guarded(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text(HEADER + "\nCR/1,01/07/2026,Harassment,paid \u202eexe.txt\u202c today,"
                    "A\u202eB\n", encoding="utf-8")
    rows = load_inputs([path]).rows
    assert rows["narrative"].iloc[0] == "paid exe.txt today"
    assert rows["victim_name"].iloc[0] == "AB"
    assert csv_safe("\n=HYPERLINK(1)").startswith("'")
    assert csv_safe_series(pd.Series(["\n=cmd", "x\u2067y"])).tolist() == ["'\n=cmd", "xy"]
    assert clean_text("a\u202eb") == "ab"


def test_closed_stdout_is_one_line_not_a_traceback():
    import subprocess
    import sys
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone (`audit rules list | head -0`)
    try:
        done = subprocess.run([sys.executable, "-m", "audit_cli.cli", "rules", "list"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert done.returncode == EXIT_USAGE, done.stderr
    assert "standard output was closed" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
