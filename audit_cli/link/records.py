"""From party mentions to distinct records with the features blocking and comparison use.

A million mentions repeat the same (name, date of birth, postcode, id) many times; the
linker compares each distinct combination once and maps the result back.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit_cli.names import (
    is_organisation_series,
    load_name_equivalents,
    normalise_name_series,
    normalise_postcode_series,
    phonetic_key_series,
    postcode_district,
    split_name_series,
)

# A record is a distinct (name, dob, postcode, id). The id stays in the key: without it,
# two people with a common name and no date of birth or postcode would be one record.
RECORD_KEY = ["name_norm", "dob", "postcode", "source_id"]


def _on_distinct(values: pd.Series, func) -> pd.Series:
    """Apply a vectorised function to the distinct values only, then map back (NA -> NA)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    done = func(pd.Series(uniques, dtype="str")).to_numpy(dtype=object)
    if len(done) == 0:
        return pd.Series(None, index=values.index, dtype=object)
    taken = pd.Series(done[np.maximum(codes, 0)], index=values.index, dtype=object)
    return taken.where(codes >= 0)


def prepare_mentions(parties: pd.DataFrame) -> pd.DataFrame:
    """Parties with clean matching fields, `is_org` and `rec` (distinct record number).

    name_norm is recomputed when absent; postcodes and ids are tidied so that spacing
    and case differences do not make two records distinct.
    """
    mentions = parties.copy()
    if "name_norm" not in mentions or mentions["name_norm"].isna().all():
        mentions["name_norm"] = _on_distinct(mentions["name"], normalise_name_series).astype("str")
    else:
        mentions["name_norm"] = mentions["name_norm"].astype("str")
    mentions["postcode"] = _on_distinct(mentions["postcode"],
                                        normalise_postcode_series).astype("str")
    ids = mentions["source_id"].astype("str").str.strip().str.upper()
    mentions["source_id"] = ids.where(ids != "")
    mentions["dob"] = pd.to_datetime(mentions["dob"]).astype("datetime64[ns]")
    is_org = _on_distinct(mentions["name_norm"], is_organisation_series)
    mentions["is_org"] = is_org.fillna(False).astype(bool)
    # A mention holding nothing but a name stays a record of its own: the same common
    # name written twice is not evidence of one person. The engine still compares it.
    bare = mentions["dob"].isna() & mentions["postcode"].isna() & mentions["source_id"].isna()
    alone = pd.Series(np.where(bare, mentions["party_key"].to_numpy(), -1))
    mentions["rec"] = first_seen_numbers([*(mentions[c] for c in RECORD_KEY), alone])
    return mentions


def first_seen_numbers(columns: list[pd.Series | np.ndarray]) -> np.ndarray:
    """Number per row of its combination of values, 0.. in order of first appearance
    (missing values are a value); the same as groupby(sort=False, dropna=False).ngroup().
    """
    number = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        number, _ = pd.factorize(number * np.int64(len(uniques) + 1) + codes)
        number = number.astype(np.int64)
    return number


def build_records(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct record (index = rec) with the comparison features."""
    rec = mentions["rec"].to_numpy()
    first_row = np.empty(int(rec.max()) + 1 if len(rec) else 0, dtype=np.int64)
    first_row[rec[::-1]] = np.arange(len(rec) - 1, -1, -1)  # each record's first mention
    records = mentions[["rec", *RECORD_KEY, "is_org", "party_key"]].iloc[first_row]
    records = records.set_index("rec")
    records = records.rename(columns={"name_norm": "name", "party_key": "first_party"})
    names = _name_features(records["name"])
    for col in names.columns:
        records[col] = names[col]
    records["district"] = _on_distinct(records["postcode"], postcode_district).astype("str")
    # date features per distinct date of birth (a few tens of thousands), then looked up
    code, dobs = pd.factorize(records["dob"])
    dates = pd.Series(dobs, dtype="datetime64[ns]")
    per_dob = pd.DataFrame({"dob_year": dates.dt.year.astype("Int64"),
                            "dob_text": dates.dt.strftime("%Y%m%d").astype("str")})
    per_dob["dob_month_day"] = per_dob["dob_text"].str[4:]
    taken = per_dob.reindex(np.where(code >= 0, code, -1))  # -1: no such row, all NA
    for column in per_dob.columns:
        records[column] = taken[column].set_axis(records.index)
    # integer codes (-1: missing) of the text fields the engine compares, made once here
    # instead of hashing 900k strings again at every comparison
    for column in ("name", "postcode", "district", "source_id"):
        records[f"{column}_no"] = pd.factorize(records[column])[0].astype(np.int64)
    return records


def _name_features(names: pd.Series) -> pd.DataFrame:
    """first, middle, last, initial, surname prefix/sound/parts; computed per distinct name."""
    codes, uniques = pd.factorize(names)
    distinct = pd.Series(uniques, dtype="str")
    parts = split_name_series(distinct)
    feats = pd.DataFrame(index=distinct.index)
    for col in ("first", "middle", "last"):
        feats[col] = parts[col].where(parts[col] != "")
    feats["first_initial"] = feats["first"].str[:1]
    letters = feats["last"].str.replace(r"[^a-z]", "", regex=True)
    feats["last_prefix"] = letters.str[:4].where(letters.str.len() > 0)
    feats["last_sound"] = _on_distinct(feats["last"], phonetic_key_series)
    hyphen = feats["last"].str.split("-", n=1, regex=False)
    has_hyphen = feats["last"].str.contains("-", regex=False).fillna(False).astype(bool)
    feats["last_part1"] = hyphen.str[0].where(has_hyphen)
    feats["last_part2"] = hyphen.str[1].where(has_hyphen)
    feats = feats.astype("str")
    taken = feats.iloc[np.maximum(codes, 0)].set_axis(names.index)
    taken = taken.where(pd.Series(codes >= 0, index=names.index), axis=0)
    # integer, like the other *_no codes: -1 where there is no name
    taken["name_words_no"] = np.append(word_set_codes(distinct), -1)[codes]
    return taken


def word_set_codes(names: pd.Series) -> np.ndarray:
    """Integer code per name (-1 = missing) equal for names holding the same words in any
    order: "zhang hao" / "hao zhang", "chen xiu ying" / "xiu ying chen".

    Family name first (Chinese, Korean, Hungarian, Vietnamese names) or the surname keyed
    into the forename field is one of the commonest ways one person is written twice.
    Integer work: words are coded once, sorted within each name, then combined rank by
    rank.
    """
    words = names.str.split(" ", regex=False).explode()
    owner = words.index.to_numpy(dtype=np.int64)
    word, _ = pd.factorize(words)
    order = np.lexsort((word, owner))
    owner, word = owner[order], word[order].astype(np.int64)
    start = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    rank = np.arange(len(owner)) - np.repeat(start, np.diff(np.r_[start, len(owner)]))
    code = np.zeros(len(names), dtype=np.int64)
    width = np.int64(word.max() + 2) if len(word) else np.int64(1)
    for r in range(int(rank.max()) + 1 if len(rank) else 0):
        at = rank == r
        # Offset past every code in use, so a name that has one more word can never take
        # the code of a shorter name ("a b" and "c" once shared one).
        code[owner[at]] = code.max() + 1 + code[owner[at]] * width + word[at] + 1
        code = pd.factorize(code)[0].astype(np.int64)  # renumber: no overflow
    return np.where(names.notna().to_numpy(), code, -1)


def name_groups(records: pd.DataFrame, column: str) -> pd.DataFrame:
    """Long table (rec, group) of the name-equivalence groups of one name column.

    A name outside the lexicon is its own group; a name in two groups appears twice.
    """
    values = records[column].dropna()
    long = pd.DataFrame({"rec": values.index, "name": values.to_numpy()})
    groups = load_name_equivalents()
    long = long.merge(groups, on="name", how="left")
    long["group"] = long["group"].fillna(long["name"])
    return long[["rec", "group"]]


def name_key(records: pd.DataFrame) -> pd.Series:
    """First-name group + surname: the value term frequencies are counted on."""
    groups = name_groups(records, "first").sort_values(["rec", "group"])
    first_group = groups.drop_duplicates("rec").set_index("rec")["group"]
    first = first_group.reindex(records.index)
    key = first.fillna("") + " " + records["last"].fillna("")
    return key.where(records["name"].notna()).astype("str")


