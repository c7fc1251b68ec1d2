"""Evidence from the crimes around a record, and organisation matching.

Counterpart evidence: two records of a victim written differently (another id, an old
postcode, no date of birth) are very likely one person when both were recorded with the
same other person: the same suspect harassing "Kelly Smith" and "SMITH, Kelly". After a
first clustering, each candidate pair whose records share a counterpart person gains the
`counterpart` weight of linking.yml, and the pairs are clustered again. Organisations
are not counterparts (a store has many unrelated thieves).

Organisations: a chain has many branches, each a different victim, written with many
name variants. Two organisation records are one organisation when they share an id, or
share a full postcode and a distinctive name word (or one name is the other's initials:
M&S / Marks and Spencer).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit_cli import frames
from audit_cli.link.cluster import connected_components

# Words that do not tell two organisations apart.
GENERIC_ORG_WORDS = {
    "the", "and", "of", "ltd", "limited", "plc", "llp", "llc", "inc", "co", "company", "uk",
    "gb", "group", "stores", "store", "shop", "food", "foods", "services", "service", "st",
    "local", "express", "extra", "superstore", "supermarket", "supermarkets", "retail",
    "great", "britain", "trust", "c", "e", "cc", "de",
}


def counterpart_pairs(scored: pd.DataFrame, position: np.ndarray, crime: np.ndarray,
                      role: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Boolean per scored pair: both records were recorded with the same other person.

    position, crime, role: per mention, its record's engine position (-1: organisation),
    its crime number and role code. labels: cluster per engine position.
    """
    person = np.flatnonzero(position >= 0)
    if len(person) == 0 or scored.empty:
        return np.zeros(len(scored), dtype=bool)
    pos, crime, role = position[person], crime[person], role[person]
    # every (record, cluster of a person of another role in the same crime)
    row, other = frames.join(crime, crime)
    differ = role[row] != role[other]
    width = np.int64(len(labels))
    around = frames.sorted_unique(pos[row[differ]] * width + labels[pos[other[differ]]])
    return share_a_value(around, width, scored["left"].to_numpy(dtype=np.int64),
                         scored["right"].to_numpy(dtype=np.int64))


def share_a_value(packed: np.ndarray, width: np.int64, a: np.ndarray,
                  b: np.ndarray) -> np.ndarray:
    """Per i: owners a[i] and b[i] (integers >= 0) hold a common value.

    packed: the sorted distinct owner * width + value (value < width) of every owner.
    Each of a[i]'s values is looked up under b[i] by binary search: integer work only.
    """
    hit = np.zeros(len(a), dtype=bool)
    if len(packed) == 0 or len(a) == 0:
        return hit
    n_owners = int(max(packed[-1] // width, a.max(), b.max())) + 1
    count = np.bincount(packed // width, minlength=n_owners)
    start = np.cumsum(count) - count
    both = np.flatnonzero((count[a] > 0) & (count[b] > 0))
    times = count[a[both]]
    row = np.repeat(both, times)
    at = np.repeat(start[a[both]] - (np.cumsum(times) - times), times) + np.arange(len(row))
    wanted = b[row] * width + packed[at] % width
    found = np.searchsorted(packed, wanted)
    found = (found < len(packed)) & (packed[np.minimum(found, len(packed) - 1)] == wanted)
    hit[row[found]] = True
    return hit


def _org_words(names: pd.Series) -> pd.DataFrame:
    """(pos, word) rows: distinctive words and initials of each organisation name."""
    codes, distinct = pd.factorize(names)
    # an apostrophe joins its word (Sainsbury's / Sainsburys); other marks separate words
    words = pd.Series(distinct, dtype=object).str.replace(r"['’`]", "", regex=True)
    words = words.str.replace(r"[^a-z0-9 ]", " ", regex=True)
    words = words.str.split()
    long = words.explode().dropna()
    long = long[~long.isin(GENERIC_ORG_WORDS) & (long.str.len() > 1)]
    tokens = pd.DataFrame({"name": long.index.to_numpy(), "word": long.to_numpy(dtype=object)})
    # initials of a many-word name, and a short name read as initials: "ms" either way
    kept = words.explode().dropna()
    kept = kept[~kept.isin(GENERIC_ORG_WORDS)]
    n_words = kept.groupby(level=0).size()
    initials = kept.str[0].groupby(level=0).agg("".join)[n_words > 1]
    joined = kept.groupby(level=0).agg("".join)
    short = joined[joined.str.len() <= 4]
    acronyms = pd.concat([initials, short])
    acronyms = pd.DataFrame({"name": acronyms.index.to_numpy(),
                             "word": ("~" + acronyms).to_numpy(dtype=object)})
    by_name = pd.concat([tokens, acronyms], ignore_index=True).drop_duplicates()
    positions = pd.DataFrame({"pos": np.arange(len(codes)), "name": codes})
    return positions.merge(by_name, on="name")[["pos", "word"]]


def organisation_clusters(orgs: pd.DataFrame) -> np.ndarray:
    """Cluster label per organisation record (positions 0..n-1 of `orgs`)."""
    n = len(orgs)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    frame = orgs.reset_index(drop=True)
    words = _org_words(frame["name"].fillna(""))
    words["postcode"] = frame["postcode"].to_numpy(dtype=object)[words["pos"].to_numpy()]
    words = words.dropna(subset=["postcode"])
    same_place = words.merge(words, on=["postcode", "word"], suffixes=("_a", "_b"))
    ids = frame["source_id"].dropna()
    id_long = pd.DataFrame({"pos": ids.index.to_numpy(), "id": ids.to_numpy()})
    same_id = id_long.merge(id_long, on="id", suffixes=("_a", "_b"))
    left = np.concatenate([same_place["pos_a"].to_numpy(), same_id["pos_a"].to_numpy()])
    right = np.concatenate([same_place["pos_b"].to_numpy(), same_id["pos_b"].to_numpy()])
    return connected_components(n, left, right)
