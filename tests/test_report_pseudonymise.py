"""Pseudonymisation: no name survives in any output; tokens are keyed and stable."""

from __future__ import annotations


import pytest
from report_fixture import all_output_text, build_result, fixture_names

from audit_cli.errors import AuditError
from audit_cli.pseudonymise import KEY_ENV, load_key, move_offset, pseudonymise
from audit_cli.report import write_reports

KEY = b"test-key-0123456789abcdef"


@pytest.fixture(scope="module")
def result():
    return build_result()


@pytest.fixture(scope="module")
def masked(result):
    return pseudonymise(result, KEY)


def test_no_original_name_in_any_output(result, masked, tmp_path):
    write_reports(masked, tmp_path / "run", {"html", "xlsx", "csv"})
    text = all_output_text(tmp_path / "run")
    names = fixture_names(result)
    surnames = {n.split()[-1] for n in names} | {n.split()[-1].upper() for n in names}
    leaked = sorted(s for s in set(names) | surnames if s in text)
    assert leaked == []
    rows = result.load.rows
    for column in ("victim_postcode", "victim_id", "suspect_id"):
        assert not any(v in text for v in rows[column].dropna().unique()), column
    assert not any(d in text for d in rows["victim_dob"].dt.strftime("%Y-%m-%d").unique())
    assert "PERSON-" in text and "DOB-" in text and "POSTCODE-" in text


def test_every_table_is_covered(result, masked):
    names = set(fixture_names(result))
    assert not names & set(masked.load.rows["victim_name"])
    assert not names & set(masked.link.parties["name"].dropna())
    assert not names & set(masked.link.persons["display_name"])
    assert not names & (set(masked.cases["victim"]) | set(masked.cases["suspect"]))
    assert masked.link.parties["source_id"].dropna().str.match(r"ID-[0-9a-f]{8}$").all()
    assert masked.load.rows["victim_postcode"].str.match(r"POSTCODE-[0-9a-f]{8}$").all()
    assert masked.load.problems.loc[masked.load.problems["column"] == "victim_name",
                                    "value"].str.startswith("PERSON-").all()
    assert masked.manifest["pseudonymised"] is True
    assert not any(n in t for n in names for t in masked.crimes["narrative"])


def test_same_person_same_token_everywhere(result, masked):
    rows, cases = masked.load.rows, masked.cases
    original = result.cases.set_index("case_id")["victim"]
    token = cases.set_index("case_id")["victim"]
    first = result.load.rows["victim_name"] == original.iloc[5]
    assert set(rows.loc[first, "victim_name"]) == {token.iloc[5]}
    assert set(rows.loc[first, "victim_name_norm"]) == {token.iloc[5]}


def test_tokens_stable_for_a_key_and_different_across_keys(result, masked):
    again = pseudonymise(result, KEY)
    other = pseudonymise(result, b"another-key-0123456789")
    assert again.cases["victim"].tolist() == masked.cases["victim"].tolist()
    assert not set(other.cases["victim"]) & set(masked.cases["victim"])
    assert masked.cases["victim"].str.fullmatch(r"PERSON-[0-9a-f]{8}").all()


def test_unidentified_suspect_stays_empty(masked):
    unidentified = masked.cases["kind"] == "unidentified_suspect"
    assert unidentified.any() and (masked.cases.loc[unidentified, "suspect"] == "").all()


def test_evidence_offsets_still_point_at_the_matched_text(result, masked):
    narratives = dict(zip(masked.crimes["crime_ref"], masked.crimes["narrative"]))
    hits = masked.detect.hits
    assert len(hits) == len(result.detect.hits)
    for ref, start, end, matched in zip(hits["crime_ref"], hits["start"], hits["end"],
                                        hits["matched"]):
        assert narratives[ref][start:end] == matched
    named = hits[hits["matched"].str.contains(" was waiting")]
    assert len(named) and named["matched"].str.match(r"(PERSON|NAME)-[0-9a-f]{8} was").all()


def test_move_offset():
    edits = [(0, 5, "PERSON-12345678"), (10, 15, "X")]  # "Sarah said Smith ..."
    assert move_offset(6, edits, "start") == 16
    assert move_offset(5, edits, "end") == 15
    assert move_offset(2, edits, "start") == 0 and move_offset(2, edits, "end") == 15
    assert move_offset(20, edits, "start") == 20 + 10 - 4


def test_load_key_from_file_and_env(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    key_file = tmp_path / "key"
    key_file.write_text("0123456789abcdef0123\n")
    assert load_key(key_file) == b"0123456789abcdef0123"
    monkeypatch.setenv(KEY_ENV, "from-the-environment-key")
    assert load_key(None) == b"from-the-environment-key"


def test_load_key_errors(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(AuditError, match=f"--key-file FILE or set {KEY_ENV}"):
        load_key(None)
    with pytest.raises(AuditError, match="key file not found"):
        load_key(tmp_path / "missing")
    short = tmp_path / "short"
    short.write_text("abc")
    with pytest.raises(AuditError, match="at least 16"):
        load_key(short)
