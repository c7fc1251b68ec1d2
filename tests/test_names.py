"""Name and postcode normalisation, organisation words and name equivalents."""

import csv

import pandas as pd
import pytest

from audit_cli.names import (
    NICKNAMES_FILE,
    canonical_name,
    equivalent_name_pairs,
    is_organisation_series,
    load_name_equivalents,
    normalise_name_series,
    normalise_postcode_series,
    phonetic_key_series,
    split_name_series,
)


@pytest.mark.parametrize("raw, expected", [
    ("SMITH, Mrs Zoë-Anne", "zoe-anne smith"),
    ("  Dr. John   O’Brien jnr", "john o'brien"),
    ("Jean - Luc Picard", "jean-luc picard"),
    ("Łukasz Wójcik", "lukasz wojcik"),
    ("O'NEIL, Sean Patrick", "sean patrick o'neil"),
    ("Mohammed  KHAN", "mohammed khan"),
    ("M&S", "m and s"),
    ("Siân Jones", "sian jones"),
    ("Miss", "miss"),  # a title alone is kept rather than emptied
    ("--", None),
    ("", None),
    (None, None),
])
def test_normalise_name(raw, expected):
    out = normalise_name_series(pd.Series([raw], dtype="str"))
    if expected is None:
        assert pd.isna(out.iloc[0])
    else:
        assert out.iloc[0] == expected


def test_normalise_name_keeps_index_and_str_dtype():
    names = pd.Series(["A Smith", None], index=[10, 20], dtype="str")
    out = normalise_name_series(names)
    assert list(out.index) == [10, 20]
    assert out.dtype == "str"
    assert out.isna().tolist() == [False, True]


@pytest.mark.parametrize("raw, expected", [
    ("ls6 2ab", "LS6 2AB"), ("LS62AB", "LS6 2AB"), ("sw1a1aa", "SW1A 1AA"),
    ("m1  1aa", "M1 1AA"), ("LS6", "LS6"), ("not a postcode", None), (None, None),
])
def test_normalise_postcode(raw, expected):
    out = normalise_postcode_series(pd.Series([raw], dtype="str")).iloc[0]
    assert (pd.isna(out) and expected is None) or out == expected


def test_organisations_are_recognised_by_words_and_phrases():
    names = normalise_name_series(pd.Series(
        ["Tesco Stores Ltd", "Leeds City Council", "Marks & Spencer", "St Mary's Academy",
         "John Smith", "Barbara Royal-Smith", "Mary Bishop"], dtype="str"))
    assert is_organisation_series(names).tolist() == [True, True, True, True, False, False,
                                                      False]


def test_split_name_first_middle_last():
    parts = split_name_series(pd.Series(["john paul smith", "madonna", None], dtype="str"))
    assert parts.loc[0].tolist() == ["john", "paul", "smith"]
    assert parts.loc[1, "first"] == "madonna" and parts.loc[1, "last"] == ""
    assert pd.isna(parts.loc[2, "first"])


def test_name_equivalents_keep_ambiguous_variants_in_both_groups():
    groups = load_name_equivalents()
    assert set(groups.loc[groups["name"] == "alex", "group"]) == {"alexander", "alexandra"}
    pairs = equivalent_name_pairs()
    as_set = set(zip(pairs["name_a"], pairs["name_b"]))
    assert ("bob", "robert") in as_set and ("robert", "bob") in as_set
    assert ("mohammed", "muhammad") in as_set and ("muhammad", "mohamed") in as_set
    assert ("alex", "alexandra") in as_set
    assert ("alexander", "alexandra") not in as_set


def test_nickname_file_is_well_formed_and_broad():
    with NICKNAMES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle) if r and not r[0].startswith("#")]
    assert rows[0] == ["canonical", "variant"]
    body = rows[1:]
    assert all(len(r) == 2 and r[0] and r[1] for r in body)
    assert len(body) >= 500
    for canonical, variant in [("katherine", "kate"), ("dafydd", "dai"), ("oluwaseun", "seun"),
                               ("zhang", "chang"), ("katarzyna", "kasia"), ("sean", "shaun")]:
        groups = load_name_equivalents()
        together = groups.groupby("group")["name"].apply(set)
        assert any({canonical, variant} <= members for members in together), (canonical,
                                                                              variant)


def test_canonical_name_and_sound_key():
    assert canonical_name(pd.Series(["bob", "kate", "zed"])).tolist() == \
        ["robert", "catherine", "zed"]
    keys = phonetic_key_series(pd.Series(["smith", "smyth", "mohammed", "muhammad", "jones"]))
    assert keys[0] == keys[1] and keys[2] == keys[3] and keys[0] != keys[4]


def test_accents_fold_only_where_needed_and_rows_stay_in_place():
    names = pd.Series(["Ann LEE", "Łukasz Żółć", None, "O`Brien, Seán", "Bjørn Æsir",
                       "Straße", "Plain Name"], index=[5, 3, 9, 1, 7, 2, 8], dtype="str")
    out = normalise_name_series(names)
    assert list(out.index) == [5, 3, 9, 1, 7, 2, 8]
    assert out.fillna("-").tolist() == ["ann lee", "lukasz zolc", "-", "sean o'brien",
                                        "bjorn aesir", "strasse", "plain name"]


@pytest.mark.parametrize("raw, expected", [
    ("A11AA", "A1 1AA"),  # the optional letter/digit of the outward code gives way
    ("ab123cd", "AB12 3CD"), ("ec1a-1bb", "EC1A 1BB"), ("W1", "W1"), ("123", None),
    ("", None),
])
def test_normalise_postcode_outward_and_inward_split(raw, expected):
    out = normalise_postcode_series(pd.Series([raw], dtype=object, index=[42]))
    assert list(out.index) == [42] and out.dtype == "str"
    assert (pd.isna(out.iloc[0]) and expected is None) or out.iloc[0] == expected
