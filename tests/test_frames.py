"""The shared vectorised helpers of audit_cli.frames give what the plain pandas forms give."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from audit_cli import frames


def test_to_arrow_takes_series_arrays_lists_and_sets():
    assert frames.to_arrow(pd.Series(["b", None, "a"], dtype="str")).to_pylist() == ["b", None, "a"]
    assert frames.to_arrow(pd.Series(["x", np.nan], dtype=object)).to_pylist() == ["x", None]
    assert frames.to_arrow(["p", None]).to_pylist() == ["p", None]
    assert frames.to_arrow({"z", "x", "y"}).to_pylist() == ["x", "y", "z"]  # sorted
    chunked = pa.chunked_array([["a"], ["b"]])
    assert frames.to_arrow(chunked).type == pa.large_string()
    assert frames.to_arrow(chunked).to_pylist() == ["a", "b"]
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        frames.to_arrow(pd.Series([1, 2]))


def test_strings_and_take_strings_give_str_series():
    text = frames.strings(pa.array(["a", None], type=pa.large_string()))
    assert str(text.dtype) == "str" and text.isna().tolist() == [False, True]
    labelled = frames.strings(["x", "y"], index=[7, 9])
    assert labelled.to_dict() == {7: "x", 9: "y"}
    taken = frames.take_strings(pa.array(["a", "b", "c"]), [2, -1, 0])
    assert taken.fillna("-").tolist() == ["c", "-", "a"]


def test_member_and_positions_for_text_and_other_keys():
    values = pd.Series(["x", "y", None, "z"], dtype="str")
    assert frames.member(values, {"z", "x"}).tolist() == [True, False, False, True]
    assert frames.positions(values, ["z", "y"]).tolist() == [-1, 1, -1, 0]
    numbers = pd.Series([3, 1, 2])
    assert frames.member(numbers, [1, 2]).tolist() == [False, True, True]
    assert frames.positions(numbers, [2, 3]).tolist() == [1, -1, 0]


def test_member_matches_isin_with_missing_values():
    values = pd.Series(["a", None, "c", "d"], dtype="str")
    assert frames.member(values, pd.Series(["c", "a"], dtype="str")).tolist() == [
        True, False, True, False]
    assert frames.member(values, {"d"}).tolist() == [False, False, False, True]
    assert frames.member(values, pd.Series([None, "a"], dtype="str")).tolist() == (
        values.isin(pd.Series([None, "a"], dtype="str")).tolist())


def test_member_with_none_in_a_set():
    # a set holding None cannot be sorted: it must still be looked up, as isin does
    values = pd.Series(["a", "b", None], dtype="str")
    assert frames.member(values, {None, "a"}).tolist() == [True, False, True]
    assert frames.member(values, {None, "a"}).tolist() == values.isin({None, "a"}).tolist()
    mixed = pd.Series([1, "b", None], dtype=object)
    assert frames.member(mixed, {None, 1}).tolist() == [True, False, True]


def test_join_orders_pairs_like_an_inner_merge():
    left = np.array([3, 1, 4, 1, 5, -1, 2])
    right = np.array([1, 5, 9, 1, 3, 3, -1])
    i, j = frames.join(left, right)
    merged = pd.DataFrame({"k": left, "i": range(7)}).merge(
        pd.DataFrame({"k": right, "j": range(7)}), on="k")
    merged = merged[merged["k"] >= 0]
    assert list(zip(i.tolist(), j.tolist())) == list(zip(merged["i"], merged["j"]))
    assert list(zip(i.tolist(), j.tolist())) == [(0, 4), (0, 5), (1, 0), (1, 3), (3, 0), (3, 3),
                                                 (4, 1)]


def test_join_pairs_rows_with_every_matching_value():
    # what link's join_on(rows, keys, long_keys) gave: rows[i] with each long position
    rows = np.array([10, 11, 12])
    i, at = frames.join(np.array([0, 2, 1]), np.array([2, 0, 2, 0]))
    assert sorted(zip(rows[i].tolist(), at.tolist())) == [(10, 1), (10, 3), (11, 0), (11, 2)]
    empty = frames.join(np.array([1]), np.array([], dtype=np.int64))
    assert [a.tolist() for a in empty] == [[], []]


@pytest.mark.parametrize("scale", [1, 2 ** 40])  # 2**40: the tuple no longer fits one int64
def test_first_rows_are_the_rows_drop_duplicates_keeps(scale):
    a = np.array([2, 1, 2, 1, 2, -1, -1]) * scale
    b = np.array([7, 7, 7, 8, 7, 0, 0]) * scale
    expected = pd.DataFrame({"a": a, "b": b}).drop_duplicates().index.tolist()
    assert frames.first_rows(a, b).tolist() == expected == [0, 1, 3, 5]


def test_sorted_unique_matches_np_unique():
    values = np.array([5, 3, 5, 9, 3, 0])
    assert frames.sorted_unique(values).tolist() == [0, 3, 5, 9]
    assert frames.sorted_unique(values).tolist() == np.unique(values).tolist()
    assert frames.sorted_unique(np.array([], dtype=np.int64)).tolist() == []


def test_group_join_keeps_order_or_sorts_and_dedupes():
    group = np.array([1, 0, 1, 1, 0])
    values = pa.array(["b", "z", "a", "b", "y"])
    assert frames.group_join(group, values, 3, ";").to_pylist() == ["z;y", "b;a;b", ""]
    rank = frames.str_rank(np.array(["b", "z", "a", "b", "y"], dtype=object))
    assert frames.group_join(group, values, 3, ";", order=rank).to_pylist() == [
        "y;z", "a;b;b", ""]
    assert frames.group_join(group, values, 3, ";", order=rank, unique=True).to_pylist() == [
        "y;z", "a;b", ""]
