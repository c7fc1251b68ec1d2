"""Clustering matched record pairs into persons without chaining unlike records.

Connected components over the matching pairs join everything reachable, so one weak
link between two people with the same common name would merge them. Each component is
therefore checked: dates of birth that cannot belong to one person (not equal, not a
day/month swap, not one digit off) split it, and so do two records of the same crime.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit_cli.link.settings import FIELD_LEVELS


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


def date_parts(stamp: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(year, month, day) integers of datetime64[ns] values (meaningless where NaT)."""
    # whole days by integer floor division: numpy's own ns -> day cast wraps near 1677
    nanos = np.where(np.isnat(stamp), 0, stamp.view(np.int64))
    days = (nanos // 86_400_000_000_000).astype("datetime64[D]")
    months = days.astype("datetime64[M]")
    month_number = months.astype(np.int64)
    year = month_number // 12 + 1970
    month = month_number % 12 + 1
    day = (days - months.astype("datetime64[D]")).astype(np.int64) + 1
    return year, month, day


def date_digits(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """The eight digits of YYYYMMDD per date, as a (n, 8) array of small integers."""
    number = (year * 10000 + month * 100 + day).astype(np.int64)
    powers = 10 ** np.arange(7, -1, -1, dtype=np.int64)
    return ((number[:, None] // powers) % 10).astype(np.int8)


def one_digit_apart(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Optimal-string-alignment distance <= 1 between rows of equal-length digit strings.

    With equal lengths, an insertion or deletion costs two, so one edit is one changed
    digit or two neighbouring digits swapped (19800312 / 19803012).
    """
    differ = a != b
    n_differ = differ.sum(axis=1)
    rows = np.arange(len(a))
    first = differ.argmax(axis=1)
    after = np.minimum(first + 1, a.shape[1] - 1)
    swapped = ((n_differ == 2) & differ[rows, after]
               & (a[rows, first] == b[rows, after]) & (a[rows, after] == b[rows, first]))
    return (n_differ <= 1) | swapped


def dob_levels(stamp: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Date-of-birth level (settings.FIELD_LEVELS["dob"]) per pair of positions in stamp
    (datetime64[ns], NaT = missing): exact, day/month swapped, one digit off or two
    neighbouring digits transposed, else different.

    The comparison scores with it and split_on_dob keeps together what it does not call
    different: one definition, so the split can never undo a match the scores made.
    """
    levels = FIELD_LEVELS["dob"]
    missing = np.isnat(stamp[left]) | np.isnat(stamp[right])
    level = np.full(len(left), levels.index("different"), dtype=np.int8)
    exact = ~missing & (stamp[left] == stamp[right])
    # date parts and digits per distinct date of birth, looked up by its code
    code, dates = pd.factorize(stamp)
    year, month, day = (np.append(part, 0) for part in  # last slot: no date (code -1)
                        date_parts(np.asarray(dates, dtype="datetime64[ns]")))
    ca, cb = code[left], code[right]
    swapped = (~missing & ~exact & (year[ca] == year[cb])
               & (day[ca] == month[cb]) & (month[ca] == day[cb]))
    level[missing] = levels.index("missing")
    level[exact] = levels.index("exact")
    level[swapped] = levels.index("swapped")
    todo = np.flatnonzero(~missing & ~exact & ~swapped)
    if len(todo):
        digits = date_digits(year, month, day)
        near = one_digit_apart(digits[ca[todo]], digits[cb[todo]])
        level[todo[near]] = levels.index("one_digit")
    return level


def pairs_within_groups(group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (a, b), a < b, of positions sharing a group number (no self-pairs)."""
    order = np.argsort(group, kind="stable")
    sorted_group = group[order]
    starts = np.flatnonzero(np.r_[True, sorted_group[1:] != sorted_group[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    rank = np.arange(len(order)) - np.repeat(starts, sizes)
    partners = np.repeat(sizes, sizes) - 1 - rank  # later members of the same group
    left = np.repeat(np.arange(len(order)), partners)
    first_slot = np.repeat(np.cumsum(partners) - partners, partners)
    right = left + 1 + (np.arange(len(left)) - first_slot)
    a, b = order[left], order[right]
    return np.minimum(a, b), np.maximum(a, b)


def _dob_groups(labels: np.ndarray, dob: pd.Series) -> np.ndarray:
    """Per record: -1 when no date of birth, else a group of compatible dates in its component."""
    stamp = dob.to_numpy(dtype="datetime64[ns]")
    known = ~np.isnat(stamp)
    group = np.full(len(labels), -1, dtype=np.int64)
    if not known.any():
        return group
    dob_code, _ = pd.factorize(stamp[known])
    width = np.int64(dob_code.max() + 1)
    # distinct (component, date) in first-seen order; each known record's one of them
    inverse, distinct = pd.factorize(labels[known] * width + dob_code)
    comp = distinct // width
    distinct_dob = stamp[known][np.unique(inverse, return_index=True)[1]]
    a, b = pairs_within_groups(comp)
    ok = dob_levels(distinct_dob, a, b) != FIELD_LEVELS["dob"].index("different")
    dob_label = connected_components(len(distinct), a[ok], b[ok])
    group[known] = dob_label[inverse]
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
    dated = group >= 0
    width = np.int64(group.max() + 1) if dated.any() else np.int64(1)
    comp_group = pd.unique(labels[dated] * width + group[dated])  # distinct (component, group)
    n_groups = np.bincount(comp_group // width, minlength=len(labels))
    in_conflict = n_groups[labels] > 1
    if not in_conflict.any():
        return labels
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
