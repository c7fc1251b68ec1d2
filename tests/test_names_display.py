"""Names shown one way: 'Surname, Forename', case normalised, the most used full form."""

from __future__ import annotations

import pandas as pd

from audit_cli.link import build_persons
from audit_cli.names import display_form, is_full_name


def test_display_form_is_surname_comma_forename_with_case_normalised():
    names = pd.Series(["SMITH, Jane", "jane smith", "Jane Mary O'BRIEN", "McDonald, ANNE",
                       "Cher", None, "SMITH-JONES, kate"])
    assert display_form(names).tolist() == [
        "Smith, Jane", "Smith, Jane", "O'Brien, Jane Mary", "McDonald, Anne", "Cher", "",
        "Smith-Jones, Kate"]


def test_full_names_have_a_forename_not_an_initial():
    names = pd.Series(["SMITH, Jane", "J Smith", "Smith, J.", "Smith", "", None, "Jo Smith"])
    assert is_full_name(names).tolist() == [True, False, False, False, False, False, True]


def test_a_person_is_shown_by_their_most_used_full_form():
    # person 1: 'J SMITH' written three times, the full form twice in two spellings
    mentions = pd.DataFrame({
        "person_no": [1, 1, 1, 1, 1, 2],
        "person_id": ["P000001"] * 5 + ["P000002"],
        "name": ["J SMITH", "J SMITH", "J SMITH", "SMITH, Jane", "Jane Smith", "B Jones"],
        "dob": pd.NaT, "crime_no": [0, 1, 2, 3, 4, 5], "is_org": False,
        "party_key": range(6),
    })
    persons = build_persons(mentions)
    assert persons["display_name"].tolist() == ["Smith, Jane", "Jones, B"]
