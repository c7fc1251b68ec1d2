"""Vectorised building blocks shared by the stages: text as pyarrow arrays, lookups and
joins on integer codes, per-group text (ranks, joins, date and number labels).

The stages work on integer codes and build strings only for what they output, from long
tables (hundreds of thousands of rows at 1M crimes). A Python callback per group
(`groupby().agg(";".join)`) costs seconds there; these helpers sort once with numpy and
join with pyarrow list arrays instead. One copy of each, used by every stage.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def to_arrow(values) -> pa.Array:
    """Any string column / array / collection as a pyarrow large_string array (NA -> null).

    A set comes sorted where it can be (a fixed order); raises pa.ArrowInvalid /
    pa.ArrowTypeError when some value is not text.
    """
    if isinstance(values, (set, frozenset)):
        try:
            values = sorted(values)
        except TypeError:  # {None, "a"}: the fallbacks of member/positions take it
            values = list(values)
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        arr = values
    elif isinstance(values, (pd.Series, pd.Index)) and isinstance(values.dtype, pd.StringDtype) \
            and values.dtype.storage == "pyarrow":
        arr = pa.array(values.array)
    else:
        if not isinstance(values, (pd.Series, pd.Index, np.ndarray)):
            values = list(values)
        arr = pa.array(np.asarray(values, dtype=object), type=pa.large_string(), from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return arr.cast(pa.large_string()) if arr.type != pa.large_string() else arr


def strings(values, index=None) -> pd.Series:
    """Arrow text (or any text to_arrow takes) as a pandas `str` Series, with no Python
    string per value; `index` labels the rows (default 0..n-1)."""
    if not isinstance(values, (pa.Array, pa.ChunkedArray)):
        values = to_arrow(values)
    return pd.Series(pd.array(values, dtype="str"), index=index, copy=False)


def take_strings(values: pa.Array, index) -> pd.Series:
    """values[index] as a `str` Series; an index of -1 gives NA."""
    index = np.asarray(index, dtype=np.int64)
    return strings(values.take(pa.array(np.maximum(index, 0), mask=index < 0)))


def str_rank(values) -> np.ndarray:
    """Rank of each string in code-point order (what `sorted` gives); equal strings share one."""
    codes, uniques = pd.factorize(pd.Series(values, copy=False) if not isinstance(values, pd.Series)
                                  else values)
    order = np.asarray(uniques.argsort())
    inverse = np.empty(len(order), dtype=np.int64)
    inverse[order] = np.arange(len(order))
    return np.where(codes >= 0, inverse[np.maximum(codes, 0)], -1)


def group_join(group, values, n_groups: int, sep: str, order=None,
               unique: bool = False, empty: str | None = "") -> pa.Array:
    """`sep`-join of `values` per group 0..n_groups-1 (`empty` for a group without rows;
    None gives null).

    Within a group the values keep their current order, or follow `order` (an integer
    key such as str_rank) when given; `unique` drops repeats of equal `order` keys.
    """
    group = np.asarray(group, dtype=np.int64)
    if order is None:
        idx = np.argsort(group, kind="stable")
    else:
        order = np.asarray(order, dtype=np.int64)
        idx = np.lexsort((order, group))
    g = group[idx]
    if unique and len(idx):
        o = order[idx]
        keep = np.ones(len(idx), dtype=bool)
        keep[1:] = (g[1:] != g[:-1]) | (o[1:] != o[:-1])
        idx, g = idx[keep], g[keep]
    taken = to_arrow(values).take(pa.array(idx, type=pa.int64()))
    offsets = np.searchsorted(g, np.arange(n_groups + 1), "left").astype(np.int64)
    lists = pa.LargeListArray.from_arrays(pa.array(offsets, type=pa.int64()), taken)
    joined = pc.binary_join(lists, pa.scalar(sep, pa.large_string()))
    if empty == "":
        return joined
    none = pa.array(offsets[1:] == offsets[:-1])
    return pc.if_else(none, pa.scalar(empty, pa.large_string()), joined)


def concat(*parts) -> pa.Array:
    """Element-wise concatenation of string arrays and plain str constants."""
    cols = [pa.scalar(p, pa.large_string()) if isinstance(p, str) else to_arrow(p) for p in parts]
    return pc.binary_join_element_wise(*cols, pa.scalar("", pa.large_string()))


def day_text(dates) -> np.ndarray:
    """YYYY-MM-DD of each date (as str(Timestamp.date()) writes it; 'NaT' when missing)."""
    arr = np.asarray(pd.to_datetime(pd.Series(dates, copy=False)).to_numpy(), dtype="datetime64[D]")
    return np.datetime_as_string(arr, unit="D")


def label(values, fmt: str) -> np.ndarray:
    """format(value, fmt) of each value, formatting each distinct value once."""
    codes, uniques = pd.factorize(np.asarray(values), use_na_sentinel=False)
    texts = np.array([format(u, fmt) for u in uniques.tolist()], dtype=object)
    return texts[codes] if len(texts) else np.array([], dtype=object)


def positions(keys, values) -> np.ndarray:
    """Position of each key among `values` (distinct), -1 when absent.

    Index.get_indexer on pyarrow-backed strings hashes Python objects (seconds at a
    million case ids); pyarrow's index_in hashes the buffers. Keys that are not all text
    (hand-made frames) are compared as Python objects.
    """
    try:
        found = pc.index_in(to_arrow(keys), value_set=to_arrow(values))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pd.Index(_objects(values)).get_indexer(_objects(keys)).astype(np.int64)
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


def member(values, pool) -> np.ndarray:
    """values.isin(pool) as a bool array, by pyarrow's hash set: pandas' isin on text
    boxes every value in Python, which dominates at hundreds of thousands of ids."""
    try:
        found = pc.is_in(to_arrow(values), value_set=to_arrow(pool))
        return found.to_numpy(zero_copy_only=False).astype(bool)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        index = pd.Index(pd.unique(_objects(pool)))
        return index.get_indexer(_objects(values)) >= 0


def _objects(values) -> np.ndarray:
    # list() of a set keeps whatever it holds (None, numbers): sorting could raise
    if not isinstance(values, (pd.Series, pd.Index, np.ndarray)):
        values = list(values)
    return np.asarray(values, dtype=object)


def join(left_key: np.ndarray, right_key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row pairs (i, j) with left_key[i] == right_key[j], as an inner merge orders them:
    left rows in order, each with its right matches in right order. Keys are codes >= 0
    (a negative key matches nothing)."""
    left_key = np.asarray(left_key, dtype=np.int64)
    right_key = np.asarray(right_key, dtype=np.int64)
    if not len(left_key) or not len(right_key):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    size_keys = int(max(left_key.max(), right_key.max())) + 1
    ok = right_key >= 0
    order = np.flatnonzero(ok)[np.argsort(right_key[ok], kind="stable")]
    count = np.bincount(right_key[ok], minlength=size_keys)
    start = np.cumsum(count) - count
    valid = left_key >= 0
    size = np.where(valid, count[np.maximum(left_key, 0)], 0)
    lo = start[np.maximum(left_key, 0)]
    left = np.repeat(np.arange(len(left_key), dtype=np.int64), size)
    within = np.arange(int(size.sum()), dtype=np.int64) - np.repeat(np.cumsum(size) - size, size)
    return left, order[np.repeat(lo, size) + within]


def first_rows(*keys: np.ndarray) -> np.ndarray:
    """Positions of the first occurrence of each distinct key tuple, in row order."""
    if not len(keys[0]):
        return np.zeros(0, dtype=np.int64)
    keys = [np.asarray(k, dtype=np.int64) for k in keys]
    low = [int(k.min()) for k in keys]
    spans = [int(k.max()) - lo + 1 for k, lo in zip(keys, low)]
    if float(np.prod(np.array(spans, dtype=float))) < 2.0 ** 62:
        # one integer per tuple, then a hash pass (no sort)
        combined = np.zeros(len(keys[0]), dtype=np.int64)
        for k, lo, span in zip(keys, low, spans):
            combined = combined * span + (k - lo)
        return np.flatnonzero(~pd.Series(combined, copy=False).duplicated().to_numpy())
    order = np.lexsort(keys[::-1])  # stable: equal tuples keep row order
    new = np.zeros(len(order), dtype=bool)
    new[0] = True
    for key in keys:
        k = key[order]
        new[1:] |= k[1:] != k[:-1]
    return np.sort(order[new])


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique for integers: sort, then keep each first. (numpy 2.4's np.unique hashes
    first and is ten times slower on large arrays.)"""
    ordered = np.sort(values)
    first = np.ones(len(ordered), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    return ordered[first]
