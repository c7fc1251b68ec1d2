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
    """Any string column / array as a pyarrow large_string array (NA -> null)."""
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        arr = values
    elif isinstance(values, (pd.Series, pd.Index)) and isinstance(values.dtype, pd.StringDtype) \
            and values.dtype.storage == "pyarrow":
        arr = pa.array(values.array)
    else:
        arr = pa.array(np.asarray(values, dtype=object), type=pa.large_string(), from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return arr.cast(pa.large_string()) if arr.type != pa.large_string() else arr


def str_rank(values) -> np.ndarray:
    """Rank of each string in code-point order (what `sorted` gives); equal strings share one."""
    codes, uniques = pd.factorize(pd.Series(values, copy=False) if not isinstance(values, pd.Series)
                                  else values)
    order = np.asarray(uniques.argsort())
    inverse = np.empty(len(order), dtype=np.int64)
    inverse[order] = np.arange(len(order))
    return np.where(codes >= 0, inverse[np.maximum(codes, 0)], -1)


def group_join(group, values, n_groups: int, sep: str, order=None,
               unique: bool = False) -> pa.Array:
    """`sep`-join of `values` per group 0..n_groups-1 ("" for a group without rows).

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
    return pc.binary_join(lists, pa.scalar(sep, pa.large_string()))


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
    million case ids); pyarrow's index_in hashes the buffers.
    """
    found = pc.index_in(to_arrow(keys), value_set=to_arrow(values))
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
