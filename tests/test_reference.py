"""Offence and team reference data: families, canonical titles, aliases, unrecognised values."""

from __future__ import annotations

import pandas as pd
import pytest

from audit_cli.config import merge
from audit_cli.errors import AuditError
from audit_cli.followup import load_force_settings, normalise_teams
from audit_cli.reference import (classify_offences, load_offence_reference,
                                 unrecognised_values)


@pytest.fixture(scope="module")
def force():
    return load_force_settings()


@pytest.fixture(scope="module")
def reference(force):
    return load_offence_reference(force)


def crimes(*pairs, teams=None) -> pd.DataFrame:
    frame = pd.DataFrame(pairs, columns=["offence_code", "offence"])
    frame["offence_code"] = frame["offence_code"].replace("", None)
    frame["allocated_team"] = teams or [None] * len(frame)
    frame["relationship"] = None
    return frame


def classified(frame: pd.DataFrame, reference) -> pd.DataFrame:
    return pd.concat([frame, classify_offences(frame, reference)], axis=1)


def test_misspelt_title_is_matched_fuzzily(reference):
    out = classified(crimes(("", "Harrassment - PHA s2"), ("", "Malicous Communications"),
                            ("", "Controlling and coercive behavious")), reference)
    assert out["offence_family"].tolist() == ["harassment", "malicious_communications",
                                              "controlling_coercive"]
    assert out.loc[0, "offence_title"] == "Harassment (PHA 1997 s2)"
    assert out.loc[0, "offence_match"] == "fuzzy"


def test_normalised_title_ignores_case_punctuation_and_abbreviations(reference):
    out = classified(crimes(("", "HARASSMENT"), ("", "Section 5 POA"),
                            ("", "Crim damage to dwelling")), reference)
    assert out["offence_match"].tolist() == ["normalised"] * 3
    assert out["offence_title"].tolist() == ["Harassment (PHA 1997 s2)",
                                             "Harassment, alarm or distress (POA 1986 s5)",
                                             "Criminal damage to a dwelling"]


def test_similar_titles_of_different_offences_stay_apart(reference):
    """PHA harassment and Public Order 'harassment, alarm or distress' are not one offence."""
    out = classified(crimes(("", "Harassment"), ("", "Harassment alarm or distress")),
                     reference)
    assert out["offence_family"].tolist() == ["harassment", "public_order"]


def test_code_with_no_title_gives_family_and_canonical_title(reference):
    out = classified(crimes(("195/12", ""), ("8/65", None), ("8Q", "")), reference)
    assert out["offence_family"].tolist() == ["stalking"] * 3
    assert out.loc[0, "offence_title"] == "Stalking (PHA 1997 s2A)"
    assert out.loc[1, "offence_title"].startswith("Stalking involving fear of violence")
    assert out["offence_match"].tolist() == ["code", "code", "classification"]


def test_code_decides_over_the_title(reference):
    out = classified(crimes(("125/12", "Harassment")), reference)
    assert out.loc[0, "offence_family"] == "public_order"
    assert out.loc[0, "offence_match"] == "code"


def test_classification_code_gives_way_to_a_known_title(reference):
    """8L is a group (harassment); a breach recorded under it is still a breach."""
    out = classified(crimes(("8L", "Breach of non-molestation order"), ("8L", "Nonsense")),
                     reference)
    assert out["offence_family"].tolist() == ["breach_of_order", "harassment"]


def test_title_with_no_code(reference):
    out = classified(crimes(("", "Threats to kill"), ("", "Breach of a restraining order")),
                     reference)
    assert out["offence_family"].tolist() == ["threats", "breach_of_order"]


def test_unrecognised_offence_is_other_and_kept_as_recorded(reference, force):
    frame = classified(crimes(("", "Wibble wobble offence"), ("99/9", ""),
                              ("99/9", "Harassment")), reference)
    assert frame.loc[0, "offence_family"] == "other"
    assert frame.loc[0, "offence_title"] == "Wibble wobble offence"
    assert frame.loc[0, "offence_match"] == ""
    table = unrecognised_values(frame, None, force, reference)
    titles = table[table["kind"] == "offence title"]
    assert titles["value"].tolist() == ["Wibble wobble offence"]
    codes = table[table["kind"] == "offence code"]
    assert codes["value"].tolist() == ["99/9"] and codes["count"].tolist() == [2]
    # the code's crimes were placed by their title: the code's closest value says so
    assert codes["closest"].tolist() == ["Harassment (PHA 1997 s2)"]
    assert codes["alias_line"].tolist() == ['"99/9": "Harassment (PHA 1997 s2)"']


def test_config_aliases_add_titles_and_codes(force):
    settings = merge(force, {"reference": {
        "offence_aliases": {"Wibble wobble offence": "Harassment (PHA 1997 s2)"},
        "offence_code_aliases": {"99/9": "Threats to kill (OAPA 1861 s16)"}}})
    reference = load_offence_reference(settings)
    out = classified(crimes(("", "Wibble wobble offence"), ("99/9", "")), reference)
    assert out["offence_family"].tolist() == ["harassment", "threats"]


def test_alias_to_an_unknown_title_is_a_clear_error(force):
    settings = merge(force, {"reference": {"offence_aliases": {"x": "No such offence"}}})
    with pytest.raises(AuditError, match="not a title"):
        load_offence_reference(settings)


def test_unknown_team_is_listed_with_its_closest_team_and_alias_line(force, reference):
    frame = classified(crimes(("", "Harassment"), ("", "Harassment"), ("", "Harassment"),
                              teams=["Stalking & Harassment Team", "DAIU North", "Resp"]),
                       reference)
    table = unrecognised_values(frame, None, force, reference)
    teams = table[table["kind"] == "team"]
    assert teams["value"].tolist() == ["Stalking & Harassment Team"]
    assert teams["closest"].tolist() == ["Stalking Unit"]
    assert teams["alias_line"].tolist() == ['"Stalking & Harassment Team": "Stalking Unit"']


def test_team_aliases_from_config(force):
    settings = merge(force, {"teams": {"aliases": {"Vulnerability Hub 2": "DAIU"}}})
    teams = normalise_teams(pd.Series(["Vulnerability Hub 2", "DAIU North", "P.P.U",
                                       "Mystery Squad", None]), settings)
    assert teams.tolist()[:4] == ["DAIU", "DAIU", "PPU", "Mystery Squad"]
    assert pd.isna(teams.iloc[4])


def test_outcome_codes_and_relationships_not_recognised(force, reference):
    frame = classified(crimes(("", "Harassment"), ("", "Harassment")), reference)
    frame["relationship"] = ["ex-partner", "ex-bf"]
    problems = pd.DataFrame({"source_file": ["a.csv"], "source_line": [2],
                             "crime_ref": ["C1"], "column": ["outcome_code"],
                             "value": ["OC15"], "reason": ["not a Home Office outcome"],
                             "severity": ["warning"]})
    table = unrecognised_values(frame, problems, force, reference)
    outcome = table[table["kind"] == "outcome code"].iloc[0]
    assert (outcome["value"], outcome["closest"], outcome["count"]) == ("OC15", "15", 1)
    assert outcome["alias_line"] == '"oc15": "15"'
    relationship = table[table["kind"] == "relationship"]
    assert relationship["value"].tolist() == ["ex-bf"]


def test_a_million_rows_are_classified_per_distinct_value(reference):
    frame = crimes(*([("", "Harrassment - PHA s2"), ("8/65", ""), ("", "Shoplifting"),
                      ("58C", "Crim damage to vehicle")] * 250_000))
    import time
    start = time.perf_counter()
    out = classify_offences(frame, reference)
    assert time.perf_counter() - start < 5.0
    assert out["offence_family"].value_counts().to_dict() == {
        "harassment": 250_000, "stalking": 250_000, "other": 250_000,
        "criminal_damage": 250_000}
