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

from audit_cli import frames
from audit_cli.link.cluster import date_parts, dob_levels, pairs_within_groups
from audit_cli.link.records import first_seen_numbers, name_groups, name_key
from audit_cli.link.settings import FIELD_LEVELS
from audit_cli.names import equivalent_name_pairs, load_name_equivalents

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
NAME_FEATURES = {"first", "first_initial", "last", "last_prefix", "last_sound"}


def codes_of(records: pd.DataFrame, column: str) -> np.ndarray:
    """Integer codes 0..k-1 (-1 = missing) of a column, in order of first appearance.

    Renumbers build_records' `<column>_no`: renumbering integers is cheap, while hashing
    the strings again is not.
    """
    raw = records[f"{column}_no"].to_numpy(dtype=np.int64)
    codes = np.full(len(raw), -1, dtype=np.int64)
    codes[raw >= 0] = pd.factorize(raw[raw >= 0])[0]
    return codes


def _scalar_key(records: pd.DataFrame, key: str) -> np.ndarray:
    """Integer code per record (-1 = missing) of a one-value key (only equality counts)."""
    if key in NAME_FEATURES or key == "name_words":  # worked out per distinct name
        number, distinct = name_numbers(records)
        if key == "name_words":
            codes = distinct["name_words_no"].to_numpy(dtype=np.int64)
            # only names also written in another order: records of one spelling are
            # paired by the other rules already
            spellings = np.bincount(codes[codes >= 0], minlength=len(codes))
            codes = np.where((codes >= 0) & (spellings[np.maximum(codes, 0)] > 1), codes, -1)
        else:
            codes = pd.factorize(distinct[key])[0]
        return np.append(codes, -1)[number].astype(np.int64)
    if f"{key}_no" in records:  # codes build_records already made
        return codes_of(records, key)
    codes, _ = pd.factorize(records[key])
    return codes.astype(np.int64)


def _list_key(records: pd.DataFrame, key: str) -> tuple[np.ndarray, np.ndarray]:
    """(record positions, codes) of a key a record can hold several values of."""
    if key == "first_group":
        # the groups of each distinct first name, then every record holding that name
        number, distinct = name_numbers(records)
        long = name_groups(distinct, "first")
        codes, _ = pd.factorize(long["group"])
        recs, at = frames.join(number, long["rec"].to_numpy(dtype=np.int64))
        return recs, codes[at].astype(np.int64)
    if key == "dob_near":
        # three keys per date: a typo in the day, a typo in the month, or the two
        # swapped leaves one of them unchanged (day and month unordered)
        stamp = records["dob"].to_numpy(dtype="datetime64[ns]")
        known = np.flatnonzero(~np.isnat(stamp))
        year, month, day = date_parts(stamp[known])
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
            row, at = frames.join(recs, value[0])
            recs, block, code = recs[row], block[row], value[1][at]
        else:
            code = value[recs]
            keep = code >= 0
            recs, block, code = recs[keep], block[keep], code[keep]
        combined = block * (np.int64(code.max()) + 1 if len(code) else 1) + code
        block, _ = pd.factorize(combined)  # renumber so the next key cannot overflow
        block = block.astype(np.int64)
    if not any(key in LIST_KEYS for key in keys):
        return recs, block  # one row per record: nothing to de-duplicate
    # a record holding two values of one block (smith-smith) is in it once
    width = np.int64(len(records))
    distinct = pd.unique(block * width + recs)
    return distinct % width, distinct // width


def _pairs_within_blocks(recs: np.ndarray, blocks: np.ndarray, n: int,
                         max_block: int) -> np.ndarray:
    """All pairs inside each block, as codes left * n + right with left < right.

    blocks are 0..k-1 (groupby ngroup). Blocks above max_block are skipped: a key that
    common (John Smith) cannot link records on its own, other rules still pair them.
    """
    sizes = np.bincount(blocks)
    inside = ((sizes >= 2) & (sizes <= max_block))[blocks]
    if not inside.any():
        return np.empty(0, dtype=np.int64)
    recs = recs[inside].astype(np.int64)
    first, second = pairs_within_groups(blocks[inside])
    a, b = recs[first], recs[second]
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
    # sorted and de-duplicated: a deterministic output for the caller
    unique = frames.sorted_unique(np.concatenate(codes))
    return unique // max(n, 1), unique % max(n, 1)


# ---------------------------------------------------------------------------
# comparison
# ---------------------------------------------------------------------------

NAME_COLUMNS = ["first", "middle", "last", "last_part1", "last_part2", "name"]


def name_numbers(records: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """(distinct-name number per record, -1 when none; one record per distinct name).

    Records repeat names: everything that depends on the name alone is worked out once
    per distinct name and looked up by number.
    """
    number = codes_of(records, "name")
    known = np.flatnonzero(number >= 0)
    first_row = np.empty(int(number.max()) + 1 if len(known) else 0, dtype=np.int64)
    first_row[number[known][::-1]] = known[::-1]  # the first record holding each name
    return number.astype(np.int64), records.iloc[first_row].reset_index(drop=True)


def _name_codes(distinct: pd.DataFrame) -> tuple[dict[str, np.ndarray], pd.Index]:
    """Integer codes (-1 = missing) of the name columns over one shared vocabulary."""
    stacked = pd.concat([distinct[c] for c in NAME_COLUMNS], ignore_index=True)
    codes, vocab = pd.factorize(stacked)
    k = len(distinct)
    return ({column: codes[i * k:(i + 1) * k] for i, column in enumerate(NAME_COLUMNS)},
            pd.Index(vocab))


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


def _typo_of_equivalent(vocab: pd.Index, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """True where one first name is one typo (OSA distance 1) from a name listed as
    equivalent to the other and is not itself a listed name: Chirs / Christopher (chris),
    Gsz / Gareth (gaz), Dacid / Davey (david).

    A listed name is a real name, not a typo: Jan / Jen stay two names. Worked out once
    per distinct pair of vocabulary codes.
    """
    inverse, distinct = pd.factorize(a.astype(np.int64) * np.int64(len(vocab)) + b)
    x, y = distinct // len(vocab), distinct % len(vocab)
    listed = vocab.isin(load_name_equivalents()["name"])
    pairs = equivalent_name_pairs()
    found = np.zeros(len(distinct), dtype=bool)
    for typed, other in ((x, y), (y, x)):  # either side may hold the typo
        rows = np.flatnonzero(~listed[typed])
        mates = pd.DataFrame({"row": rows, "name_a": vocab.to_numpy(dtype=object)[other[rows]]})
        mates = mates.merge(pairs, on="name_a")  # the other name's equivalents
        if mates.empty:
            continue
        texts = vocab.to_numpy(dtype=object)[typed[mates["row"].to_numpy()]]
        distance = cpdist(texts.tolist(), mates["name_b"].tolist(), scorer=OSA.distance,
                          workers=-1)
        found[mates["row"].to_numpy()[distance == 1]] = True
    return found[inverse]


def _name_levels(records, left, right, settings) -> np.ndarray:
    """Name level per pair, decided once per distinct pair of names."""
    levels = FIELD_LEVELS["name"]
    number, distinct = name_numbers(records)
    a, b = number[left], number[right]
    level = np.full(len(left), levels.index("missing"), dtype=np.int8)
    level[(a >= 0) & (a == b)] = levels.index("exact")
    named = np.flatnonzero((a >= 0) & (b >= 0) & (a != b))
    width = np.int64(len(distinct))
    inverse, pairs = pd.factorize(a[named] * width + b[named])
    level[named] = _name_pair_levels(distinct, pairs // width, pairs % width, settings)[inverse]
    return level


def _name_pair_levels(distinct: pd.DataFrame, left: np.ndarray, right: np.ndarray,
                      settings: dict) -> np.ndarray:
    """Levels for pairs of distinct names (positions in `distinct`, both named)."""
    levels = FIELD_LEVELS["name"]
    code, vocab = _name_codes(distinct)
    fa, fb = code["first"][left], code["first"][right]
    la, lb = code["last"][left], code["last"][right]
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
    level = np.full(len(left), levels.index("different"), dtype=np.int8)
    undecided = np.ones(len(left), dtype=bool)

    def assign(name: str, condition: np.ndarray) -> None:
        nonlocal undecided
        hit = undecided & condition
        level[hit] = levels.index(name)
        undecided = undecided & ~hit

    assign("exact", left == right)
    assign("first_last", first_eq & last_eq)
    assign("nickname", first_equiv & last_equiv)
    # known by a middle name (John Paul Smith / Paul Smith), or Singh or Kaur keyed as the
    # surname (Harpreet Kaur Gill / Harpreet Kaur); not any middle name as a surname:
    # Abdi Mohamed Warsame and Abdi Mohamed are often two men (a father's name)
    religious = np.append(vocab.isin(_religious_names(settings)), False)  # code -1: no
    ma, mb = code["middle"][left], code["middle"][right]
    assign("middle_name", (last_equiv & (((fa == mb) & (fa >= 0)) | ((fb == ma) & (fb >= 0))))
           | (first_equiv & (((la == mb) & religious[la]) | ((lb == ma) & religious[lb]))))
    assign("hyphen_part", first_equiv & part_match)
    words = distinct["name_words_no"].to_numpy(dtype=np.int64)
    assign("swapped", ((fa == lb) & (la == fb) & (fa >= 0) & (la >= 0))
           | ((words[left] == words[right]) & (words[left] >= 0)))
    fuzzy = np.zeros(len(left), dtype=bool)
    todo = np.flatnonzero(undecided)
    if len(todo):
        na, nb = code["name"][left[todo]], code["name"][right[todo]]
        ratio_cut = float(settings["comparisons"]["name"].get("fuzzy_ratio", 92))
        full = _distinct_pair_scores(vocab, na, nb, fuzz.ratio)
        # one typo: an edit or two neighbouring letters swapped (rTacey / Tracey)
        first_d = _distinct_pair_scores(vocab, fa[todo], fb[todo], OSA.distance)
        last_d = _distinct_pair_scores(vocab, la[todo], lb[todo], OSA.distance)
        # between two names of three letters one edit makes another name (Ann / Ian)
        first_len = distinct["first"].str.len().to_numpy(dtype=float, na_value=0)
        last_len = distinct["last"].str.len().to_numpy(dtype=float, na_value=0)
        long_first = np.maximum(first_len[left[todo]], first_len[right[todo]]) > 3
        long_last = np.maximum(last_len[left[todo]], last_len[right[todo]]) > 3
        fuzzy[todo] = (
            (full >= ratio_cut)
            | (first_equiv[todo] & (last_d == 1) & long_last)
            | (last_equiv[todo] & (first_d == 1) & long_first)
        )
        typo_of_equivalent = last_equiv[todo] & ~fuzzy[todo] & (fa[todo] >= 0) & (fb[todo] >= 0)
        fuzzy[todo[typo_of_equivalent]] = _typo_of_equivalent(
            vocab, fa[todo[typo_of_equivalent]], fb[todo[typo_of_equivalent]])
    assign("fuzzy", fuzzy)
    single_letter = (distinct["first"].str.len() == 1).to_numpy(dtype=bool, na_value=False)
    initial_of = distinct["first_initial"].fillna("").to_numpy(dtype=object)
    assign("initial", last_equiv & (single_letter[left] | single_letter[right])
           & (initial_of[left] == initial_of[right]) & (fa >= 0) & (fb >= 0))
    assign("religious_name", first_equiv & (religious[la] | religious[lb]))
    assign("surname_only", last_equiv)
    return level


def _religious_names(settings: dict) -> list[str]:
    """Names that many Sikh people carry (Singh, Kaur) and records keep in the surname
    field or not: a surname that is one of these says little against a family name."""
    names = settings["comparisons"]["name"].get("religious_names") or []
    return [str(name).lower() for name in names]


def _simple_levels(codes: np.ndarray, dcodes: np.ndarray | None, left, right,
                   field: str) -> np.ndarray:
    levels = FIELD_LEVELS[field]
    a, b = codes[left], codes[right]
    level = np.full(len(left), levels.index("different"), dtype=np.int8)
    if dcodes is not None:
        level[(dcodes[left] == dcodes[right]) & (dcodes[left] >= 0)] = levels.index("district")
    level[a == b] = levels.index("exact")
    level[(a < 0) | (b < 0)] = levels.index("missing")
    return level


def tf_adjustment(records: pd.DataFrame, settings: dict) -> np.ndarray:
    """Per record: weight * log2(u_average / p_name), clipped (see linking.yml).

    p_name is the share of named records with the same first-name group and surname;
    worked out per distinct name.
    """
    tf = settings.get("term_frequency") or {}
    weight = float(tf.get("weight", 1.0))
    number, distinct = name_numbers(records)
    named = number >= 0
    if weight == 0 or not named.any():
        return np.zeros(len(records))
    key, _ = pd.factorize(name_key(distinct))
    record_key = key[number[named]]
    counts = np.bincount(record_key)
    share = counts / len(record_key)
    # summed largest share first, as value_counts orders them: the same float result
    u_average = float(np.ascontiguousarray(np.sort(share[counts > 0])[::-1] ** 2).sum())
    with np.errstate(divide="ignore"):
        adjustment = weight * np.log2(u_average / share)
    adjustment = np.clip(adjustment, float(tf.get("min", -6.0)), float(tf.get("max", 3.0)))
    out = np.zeros(len(records))
    out[named] = np.nan_to_num(adjustment, nan=0.0)[record_key]
    return out


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
        "dob": dob_levels(records["dob"].to_numpy(dtype="datetime64[ns]"), left, right),
        "postcode": _simple_levels(codes_of(records, "postcode"),
                                   codes_of(records, "district"), left, right, "postcode"),
        "id": _simple_levels(codes_of(records, "source_id"), None, left, right, "id"),
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
    return pd.DataFrame(out, copy=False)  # millions of pairs: no copy into one block


def describe_pairs(scored: pd.DataFrame, settings: dict) -> pd.Series:
    """Reason text per scored pair: "name: nickname match (+6.1); dob: exact (+9.0)".

    Fields compared as missing add nothing and are left out. The text is built once per
    distinct combination of levels and weights, then mapped back to the pairs.
    """
    fields = [f for f in FIELD_LEVELS if f"{f}_level" in scored]
    columns = [f"{f}_{kind}" for f in fields for kind in ("level", "weight")]
    rounded = {column: scored[column].round(1).to_numpy() for column in columns}
    # one number per distinct combination, 0.. in order of first appearance
    inverse = first_seen_numbers([rounded[column] for column in columns])
    first_row = np.empty(int(inverse.max()) + 1 if len(inverse) else 0, dtype=np.int64)
    first_row[inverse[::-1]] = np.arange(len(inverse) - 1, -1, -1)
    texts = []
    for row in first_row:  # one per distinct combination, not per pair
        values = {column: rounded[column][row] for column in columns}
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
