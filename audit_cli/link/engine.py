"""The engine seam: settings + distinct records in, scored candidate pairs out.

`PandasEngine.predict(records, settings)` is the only call the rest of the link stage
makes. Records are the people (organisations never reach the engine), one row per
distinct (name, dob, postcode, id), indexed 0..n-1, with the columns built by
records.build_records. The result has one row per candidate pair (left < right):
left, right, score, name_level, dob_level, postcode_level, id_level (level names from
settings.FIELD_LEVELS) and name_weight, dob_weight, postcode_weight, id_weight.
A DuckDB or Spark engine can implement the same method over the same settings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from rapidfuzz.process import cpdist

from audit_cli.link.records import name_groups, name_key
from audit_cli.link.settings import FIELD_LEVELS
from audit_cli.names import equivalent_name_pairs

FIELDS = ("name", "dob", "postcode", "id")


class PandasEngine:
    """Blocking and comparison in pandas/numpy/rapidfuzz, all vectorised."""

    name = "pandas"

    def predict(self, records: pd.DataFrame, settings: dict) -> pd.DataFrame:
        left, right = candidate_pairs(records, settings)
        return score_pairs(records, left, right, settings)


# ---------------------------------------------------------------------------
# blocking
# ---------------------------------------------------------------------------

LIST_KEYS = {"first_group", "dob_near", "last_part"}


def _scalar_key(records: pd.DataFrame, key: str) -> np.ndarray:
    """Integer code per record (-1 = missing) of a one-value key."""
    codes, _ = pd.factorize(records[key])
    return codes.astype(np.int64)


def _list_key(records: pd.DataFrame, key: str) -> tuple[np.ndarray, np.ndarray]:
    """(record positions, codes) of a key a record can hold several values of."""
    if key == "first_group":
        long = name_groups(records, "first")
        codes, _ = pd.factorize(long["group"])
        return long["rec"].to_numpy(dtype=np.int64), codes.astype(np.int64)
    if key == "dob_near":
        # three keys per date: a typo in the day, a typo in the month, or the two
        # swapped leaves one of them unchanged (day and month unordered)
        dob = records["dob"]
        known = np.flatnonzero(dob.notna().to_numpy())
        year = dob.dt.year.to_numpy(dtype=np.int64, na_value=0)[known]
        month = dob.dt.month.to_numpy(dtype=np.int64, na_value=0)[known]
        day = dob.dt.day.to_numpy(dtype=np.int64, na_value=0)[known]
        low, high = np.minimum(day, month), np.maximum(day, month)
        codes = np.concatenate([(year * 100 + month) * 3, (year * 100 + day) * 3 + 1,
                                (year * 10000 + low * 100 + high) * 3 + 2])
        return np.tile(known, 3), codes
    # last_part: hyphenated surnames give each part; other surnames give themselves
    plain = records["last"].where(records["last_part1"].isna())
    parts = pd.concat([plain, records["last_part1"], records["last_part2"]], ignore_index=True)
    codes, _ = pd.factorize(parts)
    recs = np.tile(np.arange(len(records), dtype=np.int64), 3)
    keep = codes >= 0
    return recs[keep], codes[keep].astype(np.int64)


def rule_blocks(records: pd.DataFrame, keys: list[str],
                cache: dict) -> tuple[np.ndarray, np.ndarray]:
    """(record positions, block number) for one blocking rule; all integer work.

    Records lacking a key are in no block of that rule. cache holds each key's codes so
    that rules sharing a key compute it once.
    """
    recs = np.arange(len(records), dtype=np.int64)
    block = np.zeros(len(records), dtype=np.int64)
    for key in keys:
        if key not in cache:
            cache[key] = _list_key(records, key) if key in LIST_KEYS else \
                _scalar_key(records, key)
        value = cache[key]
        if isinstance(value, tuple):  # several values per record: one row per value
            long = pd.DataFrame({"rec": value[0], "code": value[1]})
            joined = pd.DataFrame({"rec": recs, "block": block}).merge(long, on="rec")
            recs, block, code = (joined[c].to_numpy() for c in ("rec", "block", "code"))
        else:
            code = value[recs]
            keep = code >= 0
            recs, block, code = recs[keep], block[keep], code[keep]
        combined = block * (np.int64(code.max()) + 1 if len(code) else 1) + code
        block, _ = pd.factorize(combined)  # renumber so the next key cannot overflow
        block = block.astype(np.int64)
    if not any(key in LIST_KEYS for key in keys):
        return recs, block  # one row per record: nothing to de-duplicate
    pairs = pd.DataFrame({"rec": recs, "block": block}).drop_duplicates()
    return pairs["rec"].to_numpy(), pairs["block"].to_numpy()


def _pairs_within_blocks(recs: np.ndarray, blocks: np.ndarray, n: int,
                         max_block: int) -> np.ndarray:
    """All pairs inside each block, as codes left * n + right with left < right.

    blocks are 0..k-1 (groupby ngroup). Blocks above max_block are skipped: a key that
    common (John Smith) cannot link records on its own, other rules still pair them.
    """
    order = np.argsort(blocks)  # any order within a block: pairs are sorted at the end
    recs, blocks = recs[order], blocks[order]
    sizes = np.bincount(blocks)
    starts = np.cumsum(sizes) - sizes
    keep = (sizes >= 2) & (sizes <= max_block)
    if not keep.any():
        return np.empty(0, dtype=np.int64)
    size_of = np.where(keep, sizes, 0)[blocks]
    rank = np.arange(len(recs)) - starts[blocks]
    partners = np.where(size_of > 0, size_of - 1 - rank, 0)
    left_pos = np.repeat(np.arange(len(recs)), partners)
    first_slot = np.repeat(np.cumsum(partners) - partners, partners)
    right_pos = left_pos + 1 + (np.arange(len(left_pos)) - first_slot)
    a, b = recs[left_pos].astype(np.int64), recs[right_pos].astype(np.int64)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    return lo[lo != hi] * n + hi[lo != hi]


def candidate_pairs(records: pd.DataFrame, settings: dict) -> tuple[np.ndarray, np.ndarray]:
    """Union over the blocking rules of the pairs sharing all keys of a rule."""
    n = len(records)
    max_block = int(settings.get("max_block_size", 400))
    codes = [np.empty(0, dtype=np.int64)]
    cache: dict = {}
    for rule in settings["blocking_rules"]:
        recs, blocks = rule_blocks(records, list(rule["keys"]), cache)
        if len(recs) == 0:
            continue
        limit = int(rule.get("max_block_size", max_block))
        codes.append(_pairs_within_blocks(recs, blocks, n, limit))
    # hash-based de-duplication; sorting keeps the output deterministic for the caller
    unique = np.sort(pd.unique(np.concatenate(codes)))
    return unique // max(n, 1), unique % max(n, 1)


# ---------------------------------------------------------------------------
# comparison
# ---------------------------------------------------------------------------

NAME_COLUMNS = ["first", "last", "last_part1", "last_part2", "name"]


def _name_codes(records: pd.DataFrame) -> tuple[dict[str, np.ndarray], pd.Index]:
    """Integer codes (-1 = missing) of the name columns over one shared vocabulary.

    Worked out once per distinct name, not per record: records repeat names.
    """
    name_code, _ = pd.factorize(records["name"])
    known = np.flatnonzero(name_code >= 0)
    _, first_row = np.unique(name_code[known], return_index=True)
    distinct = records.iloc[known[first_row]]  # row k holds distinct name k
    stacked = pd.concat([distinct[c] for c in NAME_COLUMNS], ignore_index=True)
    codes, vocab = pd.factorize(stacked)
    k = len(distinct)
    out = {}
    for i, column in enumerate(NAME_COLUMNS):
        per_name = np.append(codes[i * k:(i + 1) * k], -1)  # last slot: no name
        out[column] = per_name[np.where(name_code >= 0, name_code, k)]
    return out, pd.Index(vocab)


def _equivalent(a: np.ndarray, b: np.ndarray, vocab: pd.Index) -> np.ndarray:
    """True where the two name codes are listed as equivalents (bob / robert)."""
    pairs = equivalent_name_pairs()
    ca = vocab.get_indexer(pairs["name_a"])
    cb = vocab.get_indexer(pairs["name_b"])
    known = (ca >= 0) & (cb >= 0)
    width = np.int64(len(vocab) + 1)
    table = pd.Index(ca[known].astype(np.int64) * width + cb[known]).unique()
    valid = (a >= 0) & (b >= 0)
    pair = pd.Index(a.astype(np.int64) * width + b)
    return valid & (table.get_indexer(pair) >= 0)  # hash lookup, no sort


def _distinct_pair_scores(vocab: pd.Index, a: np.ndarray, b: np.ndarray,
                          scorer) -> np.ndarray:
    """scorer over pairs of vocabulary codes (-1 = ""), run once per distinct pair."""
    width = np.int64(len(vocab) + 1)
    inverse, distinct = pd.factorize((a.astype(np.int64) + 1) * width + (b + 1))
    texts = np.append(np.array([""], dtype=object), vocab.to_numpy(dtype=object))
    scores = cpdist(texts[distinct // width].tolist(), texts[distinct % width].tolist(),
                    scorer=scorer, workers=-1)
    return scores[inverse]


def _name_levels(records, left, right, settings) -> np.ndarray:
    levels = FIELD_LEVELS["name"]
    code, vocab = _name_codes(records)
    fa, fb = code["first"][left], code["first"][right]
    la, lb = code["last"][left], code["last"][right]
    na, nb = code["name"][left], code["name"][right]
    first_eq = (fa == fb) & (fa >= 0)
    last_eq = (la == lb) & (la >= 0)
    first_equiv = first_eq | _equivalent(fa, fb, vocab)
    last_equiv = last_eq | _equivalent(la, lb, vocab)
    pa1, pa2 = code["last_part1"][left], code["last_part2"][left]
    pb1, pb2 = code["last_part1"][right], code["last_part2"][right]
    part_match = (
        ((lb >= 0) & ((lb == pa1) | (lb == pa2)))
        | ((la >= 0) & ((la == pb1) | (la == pb2)))
        | ((pa1 >= 0) & ((pa1 == pb1) | (pa1 == pb2) | (pa2 == pb1) | (pa2 == pb2)))
    )
    missing = (na < 0) | (nb < 0)
    level = np.full(len(left), levels.index("different"), dtype=np.int8)
    undecided = ~missing

    def assign(name: str, condition: np.ndarray) -> None:
        nonlocal undecided
        hit = undecided & condition
        level[hit] = levels.index(name)
        undecided = undecided & ~hit

    level[missing] = levels.index("missing")
    assign("exact", na == nb)
    assign("first_last", first_eq & last_eq)
    assign("nickname", first_equiv & last_equiv)
    assign("hyphen_part", first_equiv & part_match)
    assign("swapped", (fa == lb) & (la == fb) & (fa >= 0) & (la >= 0))
    fuzzy = np.zeros(len(left), dtype=bool)
    todo = np.flatnonzero(undecided)
    if len(todo):
        ratio_cut = float(settings["comparisons"]["name"].get("fuzzy_ratio", 92))
        full = _distinct_pair_scores(vocab, na[todo], nb[todo], fuzz.ratio)
        # one typo: an edit or two neighbouring letters swapped (rTacey / Tracey)
        first_d = _distinct_pair_scores(vocab, fa[todo], fb[todo], OSA.distance)
        last_d = _distinct_pair_scores(vocab, la[todo], lb[todo], OSA.distance)
        # between two names of three letters one edit makes another name (Ann / Ian)
        first_len = records["first"].str.len().to_numpy(dtype=float, na_value=0)
        last_len = records["last"].str.len().to_numpy(dtype=float, na_value=0)
        long_first = np.maximum(first_len[left[todo]], first_len[right[todo]]) > 3
        long_last = np.maximum(last_len[left[todo]], last_len[right[todo]]) > 3
        fuzzy[todo] = (
            (full >= ratio_cut)
            | (first_equiv[todo] & (last_d == 1) & long_last)
            | (last_equiv[todo] & (first_d == 1) & long_first)
        )
    assign("fuzzy", fuzzy)
    single_letter = (records["first"].str.len() == 1).to_numpy(dtype=bool, na_value=False)
    initial_of = records["first_initial"].fillna("").to_numpy(dtype=object)
    assign("initial", last_equiv & (single_letter[left] | single_letter[right])
           & (initial_of[left] == initial_of[right]) & (fa >= 0) & (fb >= 0))
    assign("surname_only", last_equiv)
    return level


def _dob_levels(records, left, right) -> np.ndarray:
    levels = FIELD_LEVELS["dob"]
    dob = records["dob"]
    day = dob.dt.day.to_numpy(dtype=float, na_value=np.nan)
    month = dob.dt.month.to_numpy(dtype=float, na_value=np.nan)
    year = dob.dt.year.to_numpy(dtype=float, na_value=np.nan)
    stamp = dob.to_numpy(dtype="datetime64[ns]")
    missing = np.isnat(stamp[left]) | np.isnat(stamp[right])
    level = np.full(len(left), levels.index("different"), dtype=np.int8)
    exact = ~missing & (stamp[left] == stamp[right])
    swapped = (~missing & ~exact & (year[left] == year[right])
               & (day[left] == month[right]) & (month[left] == day[right]))
    level[missing] = levels.index("missing")
    level[exact] = levels.index("exact")
    level[swapped] = levels.index("swapped")
    todo = np.flatnonzero(~missing & ~exact & ~swapped)
    if len(todo):
        codes, vocab = pd.factorize(records["dob_text"])
        distance = _distinct_pair_scores(pd.Index(vocab), codes[left[todo]], codes[right[todo]],
                                         OSA.distance)
        level[todo[distance <= 1]] = levels.index("one_digit")
    return level


def _simple_levels(values: pd.Series, district: pd.Series | None, left, right,
                   field: str) -> np.ndarray:
    levels = FIELD_LEVELS[field]
    codes, _ = pd.factorize(values)
    a, b = codes[left], codes[right]
    level = np.full(len(left), levels.index("different"), dtype=np.int8)
    if district is not None:
        dcodes, _ = pd.factorize(district)
        level[(dcodes[left] == dcodes[right]) & (dcodes[left] >= 0)] = levels.index("district")
    level[a == b] = levels.index("exact")
    level[(a < 0) | (b < 0)] = levels.index("missing")
    return level


def tf_adjustment(records: pd.DataFrame, settings: dict) -> np.ndarray:
    """Per record: weight * log2(u_average / p_name), clipped (see linking.yml)."""
    tf = settings.get("term_frequency") or {}
    weight = float(tf.get("weight", 1.0))
    key = name_key(records)
    if weight == 0 or key.notna().sum() == 0:
        return np.zeros(len(records))
    counts = key.map(key.value_counts())
    share = counts / key.notna().sum()
    distinct_share = key.value_counts(normalize=True)
    u_average = float((distinct_share ** 2).sum())
    adjustment = weight * np.log2(u_average / share.to_numpy(dtype=float, na_value=np.nan))
    adjustment = np.clip(adjustment, float(tf.get("min", -6.0)), float(tf.get("max", 3.0)))
    return np.nan_to_num(adjustment, nan=0.0)


def level_weights(settings: dict, field: str) -> np.ndarray:
    spec = settings["comparisons"][field]["levels"]
    return np.array([float(spec[level]["weight"]) for level in FIELD_LEVELS[field]])


def score_pairs(records: pd.DataFrame, left: np.ndarray, right: np.ndarray,
                settings: dict) -> pd.DataFrame:
    """Comparison levels and match weights for the given record pairs."""
    left = np.asarray(left, dtype=np.int64)
    right = np.asarray(right, dtype=np.int64)
    levels = {
        "name": _name_levels(records, left, right, settings),
        "dob": _dob_levels(records, left, right),
        "postcode": _simple_levels(records["postcode"], records["district"], left, right,
                                   "postcode"),
        "id": _simple_levels(records["source_id"], None, left, right, "id"),
    }
    out = {"left": left, "right": right}
    score = np.zeros(len(left))
    for field in FIELDS:
        weights = level_weights(settings, field)[levels[field]]
        if field == "name":
            spec = settings["comparisons"]["name"]["levels"]
            uses_tf = np.array([bool(spec[lv].get("tf")) for lv in FIELD_LEVELS["name"]])
            adjust = tf_adjustment(records, settings)
            pair_adjust = np.minimum(adjust[left], adjust[right]) if len(left) else adjust[:0]
            weights = weights + np.where(uses_tf[levels["name"]], pair_adjust, 0.0)
        out[f"{field}_level"] = levels[field]
        out[f"{field}_weight"] = weights
        score += weights
    out["score"] = score
    return pd.DataFrame(out)


def describe_pairs(scored: pd.DataFrame, settings: dict) -> pd.Series:
    """Reason text per scored pair: "name: nickname match (+6.1); dob: exact (+9.0)".

    Fields compared as missing add nothing and are left out. The text is built once per
    distinct combination of levels and weights, then mapped back to the pairs.
    """
    fields = [f for f in FIELD_LEVELS if f"{f}_level" in scored]
    columns = [f"{f}_{kind}" for f in fields for kind in ("level", "weight")]
    combos = scored[columns].round(1)
    keys = pd.MultiIndex.from_frame(combos)
    inverse, distinct = pd.factorize(keys)
    texts = []
    for combo in distinct:  # one per distinct combination, not per pair
        values = dict(zip(columns, combo))
        pieces = []
        for field in fields:
            level = FIELD_LEVELS[field][int(values[f"{field}_level"])]
            if level in ("missing", "none"):
                continue
            label = settings["comparisons"][field]["levels"][level].get("label", level)
            pieces.append(f"{field}: {label} ({values[f'{field}_weight']:+.1f})")
        texts.append("; ".join(pieces))
    out = np.array(texts, dtype=object)[inverse] if len(texts) else np.array([], dtype=object)
    return pd.Series(out, index=scored.index, dtype="str")
