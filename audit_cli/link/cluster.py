"""Clustering matched record pairs into persons without chaining unlike records.

Connected components over the matching pairs join everything reachable, so one weak
link between two people with the same common name would merge them. Each component is
therefore checked: dates of birth that cannot belong to one person (not equal, not a
day/month swap, not one digit off) split it, and so do two records of the same crime.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from rapidfuzz.distance import OSA
from rapidfuzz.process import cpdist


def connected_components(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Component label (the smallest member) per node 0..n-1; vectorised union-find."""
    labels = np.arange(n, dtype=np.int64)
    left = np.asarray(left, dtype=np.int64)
    right = np.asarray(right, dtype=np.int64)
    while len(left):
        la, lb = labels[left], labels[right]
        differ = la != lb
        if not differ.any():
            break
        lo, hi = np.minimum(la, lb)[differ], np.maximum(la, lb)[differ]
        np.minimum.at(labels, hi, lo)
        while True:  # pointer jumping: every node points at its root
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
    return labels


def _compatible_dobs(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Equal, day/month swapped, or one digit off / transposed (as the comparison does)."""
    same = (a == b).to_numpy()
    swapped = ((a.dt.year == b.dt.year) & (a.dt.day == b.dt.month)
               & (a.dt.month == b.dt.day)).to_numpy()
    near = cpdist(a.dt.strftime("%Y%m%d").tolist(), b.dt.strftime("%Y%m%d").tolist(),
                  scorer=OSA.distance, workers=-1) <= 1 if len(a) else np.zeros(0, bool)
    return same | swapped | near


def _dob_groups(labels: np.ndarray, dob: pd.Series) -> np.ndarray:
    """Per record: -1 when no date of birth, else a group of compatible dates in its component."""
    known = dob.notna().to_numpy()
    group = np.full(len(labels), -1, dtype=np.int64)
    if not known.any():
        return group
    distinct = pd.DataFrame({"comp": labels[known], "dob": dob.to_numpy()[known]})
    distinct = distinct.drop_duplicates().reset_index(drop=True)
    per_comp = distinct.groupby("comp")["dob"].transform("size")
    multi = distinct[per_comp > 1].reset_index()
    pairs = multi.merge(multi, on="comp", suffixes=("_a", "_b"))
    pairs = pairs[pairs["index_a"] < pairs["index_b"]]
    ok = _compatible_dobs(pairs["dob_a"].reset_index(drop=True),
                          pairs["dob_b"].reset_index(drop=True))
    dob_label = connected_components(len(distinct), pairs["index_a"].to_numpy()[ok],
                                     pairs["index_b"].to_numpy()[ok])
    distinct["group"] = dob_label
    lookup = distinct.set_index(["comp", "dob"])["group"]
    keys = pd.MultiIndex.from_arrays([labels[known], dob.to_numpy()[known]])
    group[known] = lookup.reindex(keys).to_numpy()
    return group


def _spread_seeds(seed: np.ndarray, edges: pd.DataFrame) -> np.ndarray:
    """Unseeded records take the seed of their strongest seeded neighbour, repeatedly."""
    seed = seed.copy()
    both = pd.concat([
        edges[["left", "right", "score"]],
        edges[["right", "left", "score"]].set_axis(["left", "right", "score"], axis=1),
    ], ignore_index=True)
    while True:
        candidates = both[(seed[both["left"].to_numpy()] < 0)
                          & (seed[both["right"].to_numpy()] >= 0)]
        if candidates.empty:
            return seed
        best = candidates.sort_values(["left", "score", "right"],
                                      ascending=[True, False, True], kind="stable")
        best = best.drop_duplicates("left")
        seed[best["left"].to_numpy()] = seed[best["right"].to_numpy()]


def split_on_dob(labels: np.ndarray, dob: pd.Series, edges: pd.DataFrame) -> np.ndarray:
    """Split components holding incompatible dates of birth; returns new labels."""
    group = _dob_groups(labels, dob)
    comp_groups = pd.Series(group[group >= 0]).groupby(labels[group >= 0]).nunique()
    conflicted = comp_groups.index[comp_groups > 1].to_numpy()
    if len(conflicted) == 0:
        return labels
    in_conflict = np.isin(labels, conflicted, kind="table")
    seed = np.where(in_conflict, group, 0)
    local = edges[in_conflict[edges["left"].to_numpy()]]
    seed = _spread_seeds(seed, local)
    return _recluster(labels, seed, edges)


def _recluster(labels: np.ndarray, sub: np.ndarray, edges: pd.DataFrame) -> np.ndarray:
    """Components again, keeping only edges whose ends share label and sub-label."""
    a, b = edges["left"].to_numpy(), edges["right"].to_numpy()
    keep = (labels[a] == labels[b]) & (sub[a] == sub[b])
    return connected_components(len(labels), a[keep], b[keep])


def split_same_crime(labels: np.ndarray, rec_crimes: pd.DataFrame, edges: pd.DataFrame,
                     steps: int = 4, step: float = 4.0) -> np.ndarray:
    """Where two records of one crime share a cluster, re-cluster it on stronger links.

    rec_crimes: rows (rec, crime) of integers, one per distinct pair. The required score
    rises by `step` up to `steps` times; a cluster still conflicted then is left as it is.
    """
    recs = rec_crimes["rec"].to_numpy(dtype=np.int64)
    crimes = rec_crimes["crime"].to_numpy(dtype=np.int64)
    width = np.int64(crimes.max() + 1) if len(crimes) else np.int64(1)
    cutoff = edges["score"].min() if len(edges) else 0.0
    a, b = edges["left"].to_numpy(), edges["right"].to_numpy()
    for _ in range(steps):
        # a (cluster, crime) seen for two different records is a conflict
        key = labels[recs] * width + crimes
        counts = pd.Series(key).value_counts()
        bad = np.unique(counts.index[counts.to_numpy() > 1].to_numpy() // width)
        if len(bad) == 0:
            return labels
        cutoff += step
        inside = np.isin(labels[a], bad, kind="table")
        keep = (labels[a] == labels[b]) & (~inside | (edges["score"].to_numpy() >= cutoff))
        labels = connected_components(len(labels), a[keep], b[keep])
    return labels
