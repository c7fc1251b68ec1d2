"""Correlation rules: patterns across the crimes of one case (a course of conduct).

Every type works on a long table of (case, crime) events (the case_crimes rows, or
those with a hit from the rule's base rules) held as integer codes (codes.CaseCodes),
and is computed with sorts, searchsorted and bincount over all cases at once. Strings
(evidence, crime refs) are built only for the cases where the rule fires. Each fired
rule gives one row: case_id, rule_id, level, weight, four, evidence (a sentence for
the reviewer) and crime_refs (the crimes that show the pattern).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from audit_cli import frames
from audit_cli.detect.codes import CaseCodes
from audit_cli.detect.rules import CorrelationRule

CASE_HIT_COLUMNS = ["case_id", "rule_id", "level", "weight", "four", "evidence", "crime_refs"]
_OPS = {"gte": np.greater_equal, "gt": np.greater, "lte": np.less_equal, "lt": np.less,
        "eq": np.equal}


def empty_case_hits() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=float if c == "weight" else object)
                         for c in CASE_HIT_COLUMNS})


def correlate(codes: CaseCodes, link, crimes: pd.DataFrame, pack) -> pd.DataFrame:
    """Case hits of every active correlation rule of the pack.

    `codes`: the run's case_crimes and hits as integer codes, made by detect() once for
    the correlations and the verdicts; `link` gives the suspect groups."""
    if not len(codes.cc_case) or not pack.active_correlations:
        return empty_case_hits()
    ctx = _Context(codes, link, crimes, pack)
    found_frames = []
    for rule in pack.active_correlations:
        found = _HANDLERS[rule.ctype](rule, ctx)
        if len(found):
            found = found.assign(rule_id=rule.id, level=rule.level, weight=float(rule.weight),
                                 four=rule.four)
            found_frames.append(found[CASE_HIT_COLUMNS])
    if not found_frames:
        return empty_case_hits()
    out = pd.concat(found_frames, ignore_index=True)
    return out.sort_values(["case_id", "rule_id"], kind="stable").reset_index(drop=True)


class _Context:
    """The run's codes plus the two event tables every rule starts from."""

    def __init__(self, codes: CaseCodes, link, crimes: pd.DataFrame, pack):
        self.codes, self.link, self.crimes, self.pack = codes, link, crimes, pack
        # distinct (case, crime) pairs of case_crimes
        keep = frames.first_rows(codes.cc_case, codes.cc_crime)
        self.cc_case, self.cc_crime = codes.cc_case[keep], codes.cc_crime[keep]
        # fired: each case crime with each distinct rule that hit it
        left, right = codes.cc_hits()
        case, crime, rule = codes.cc_case[left], codes.cc_crime[left], codes.hit_rule[right]
        pairs = frames.first_rows(case, crime, rule)
        self.f_case, self.f_crime, self.f_rule = case[pairs], crime[pairs], rule[pairs]
        self._events: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

    def events(self, rule_ids) -> tuple[np.ndarray, np.ndarray]:
        """(case, crime) codes of the case crimes with a hit from any of `rule_ids`."""
        key = tuple(sorted(rule_ids))
        if key not in self._events:
            keep = np.isin(self.f_rule, self.codes.rule_codes(key))
            case, crime = self.f_case[keep], self.f_crime[keep]
            first = frames.first_rows(case, crime)
            self._events[key] = (case[first], crime[first])
        return self._events[key]

    def rule_events(self, rule: CorrelationRule) -> tuple[np.ndarray, np.ndarray]:
        """The rule's events: every case crime when it names no base rules."""
        if not rule.rules:
            return self.cc_case, self.cc_crime
        return self.events(self.pack.resolve(rule.rules))

    def dated(self, case: np.ndarray, crime: np.ndarray):
        """The events with a date, and their dates."""
        date = self.codes.date[crime]
        ok = ~np.isnat(date)
        return case[ok], crime[ok], date[ok]

    def joined_refs(self, group: np.ndarray, crime: np.ndarray, n_groups: int,
                    unique: bool = False, rank: np.ndarray | None = None) -> np.ndarray:
        """';'-joined crime refs per group, in string order (`rank`: the refs' str_rank,
        when the caller has it)."""
        refs = self.codes.crime_refs(crime)
        if rank is None:
            rank = frames.str_rank(frames.strings(refs))
        joined = frames.group_join(group, refs, n_groups, ";", order=rank, unique=unique)
        return frames.strings(joined).array


def _names(entries: list) -> str:
    return ", ".join(entries) if entries else "any rule"


def _no_rows() -> pd.DataFrame:
    return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])


def _group_starts(codes: np.ndarray) -> np.ndarray:
    """Start position of each run of equal codes in a sorted code array."""
    return np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else codes


def best_window(case: np.ndarray, crime: np.ndarray, date: np.ndarray, days: int | None):
    """Per case: the most distinct crimes inside one window of `days` (all when None).

    Takes dated, distinct (case, crime) events. Returns, per case: its code, the count,
    the first and last date of the window and the window's first position in the sorted
    events, then the sorted events' crime codes (a window is `count` rows from its first
    position); the earliest such window when several hold the same number.
    """
    order = np.lexsort((date, case))
    case, crime, date = case[order], crime[order], date[order]
    day = date.astype("datetime64[D]").astype(np.int64)
    key = case * 10_000_000 + (day - day.min())
    span = days if days is not None else 9_000_000
    stop = np.searchsorted(key, key + span, "right")
    count = stop - np.arange(len(case))
    starts = _group_starts(case)
    at_max = np.flatnonzero(count == np.maximum.reduceat(count, starts)[np.repeat(
        np.arange(len(starts)), np.diff(np.r_[starts, len(case)]))])
    best = at_max[_group_starts(case[at_max])]  # first window with the most crimes per case
    return case[best], count[best], date[best], date[stop[best] - 1], best, crime


def _passes(values, rule: CorrelationRule) -> np.ndarray:
    return _OPS[rule.op](np.asarray(values, dtype=float), rule.threshold)


def _window_text(rule: CorrelationRule) -> str:
    return f" within {rule.timespan_days} days" if rule.timespan_days else ""


def _counting(rule: CorrelationRule, ctx: _Context, case: np.ndarray, crime: np.ndarray,
              what: str) -> pd.DataFrame:
    case, crime, date = ctx.dated(case, crime)
    if not len(case):
        return _no_rows()
    best_case, size, first, last, best, members = best_window(case, crime, date,
                                                              rule.timespan_days)
    ok = _passes(size, rule)
    if not ok.any():
        return _no_rows()
    best_case, size, first, last, best = best_case[ok], size[ok], first[ok], last[ok], best[ok]
    within = np.arange(size.sum()) - np.repeat(np.cumsum(size) - size, size)
    rows = np.repeat(best, size) + within
    refs = ctx.joined_refs(np.repeat(np.arange(len(best)), size), members[rows], len(best))
    evidence = frames.concat(size.astype(str).astype(object), f" {what}{_window_text(rule)} (",
                             frames.day_text(first), " to ", frames.day_text(last), ")")
    return pd.DataFrame({"case_id": ctx.codes.case_ids(best_case),
                         "evidence": frames.strings(evidence).array, "crime_refs": refs})


def _event_count(rule: CorrelationRule, ctx: _Context) -> pd.DataFrame:
    case, crime = ctx.events(ctx.pack.resolve(rule.rules))
    return _counting(rule, ctx, case, crime, f"crimes with hits from {_names(rule.rules)}")


def _crime_count(rule: CorrelationRule, ctx: _Context) -> pd.DataFrame:
    case, crime = ctx.rule_events(rule)
    return _counting(rule, ctx, case, crime, "crimes")


def _field_values(ctx: _Context, field: str) -> tuple[np.ndarray, np.ndarray]:
    """Per crime code: the code of its trimmed lower-case `field` value (-1 when empty),
    and the values."""
    if field not in ctx.crimes:
        return np.full(len(ctx.codes.date), -1, dtype=np.int64), np.array([], dtype=object)
    # trimmed and lower-cased once per distinct value as written
    raw_codes, raw = pd.factorize(ctx.crimes[field].astype("string"))
    low_codes, values = pd.factorize(pd.Series(raw, dtype="string").str.strip().str.lower())
    values = np.asarray(values, dtype=object)
    # per raw value its value code, -1 for "" and, last, for NA (raw code -1)
    per_raw = np.append(np.where(values[low_codes] != "", low_codes, -1), -1).astype(np.int64)
    return ctx.codes.per_crime(per_raw[raw_codes], -1), values


def _value_count(rule: CorrelationRule, ctx: _Context) -> pd.DataFrame:
    pack, field = ctx.pack, rule.value_field
    if str(field).startswith("tag:"):
        prefix = field[4:].rstrip(".") + "."
        tags = [(r.id, t[len(prefix):]) for r in pack.active_rules for t in r.tags
                if t.startswith(prefix)]
        value_codes, names = pd.factorize(np.array([v for _, v in tags], dtype=object))
        names = np.asarray(names, dtype=object)
        tag_rule = ctx.codes.rule_names.get_indexer([r for r, _ in tags]).astype(np.int64)
        keep = np.ones(len(ctx.f_rule), dtype=bool)
        if rule.rules:
            keep = np.isin(ctx.f_rule, ctx.codes.rule_codes(pack.resolve(rule.rules)))
        rows = np.flatnonzero(keep)
        left, right = frames.join(ctx.f_rule[rows], tag_rule)
        case, crime = ctx.f_case[rows][left], ctx.f_crime[rows][left]
        value = value_codes.astype(np.int64)[right]
    else:
        base_case, base_crime = ctx.rule_events(rule)
        per_crime, names = _field_values(ctx, field)
        value = per_crime[base_crime]
        ok = value >= 0
        case, crime, value = base_case[ok], base_crime[ok], value[ok]
    first = frames.first_rows(case, crime, value)
    case, crime, value = case[first], crime[first], value[first]
    if not len(case):
        return _no_rows()
    if rule.timespan_days:
        case, crime, value = _best_value_window(ctx, case, crime, value, rule.timespan_days)
        if not len(case):
            return _no_rows()
    value_rank = frames.str_rank(names)[value]
    n_values = int(value_rank.max()) + 1
    distinct = np.bincount(frames.sorted_unique(case * n_values + value_rank) // n_values,
                           minlength=len(ctx.codes.case_names))
    ok = _passes(distinct, rule)
    ok[distinct == 0] = False  # cases without any value are not in the table
    if not ok.any():
        return _no_rows()
    keep = ok[case]
    group = (np.cumsum(ok) - 1)[case[keep]]  # the passing cases numbered 0..k-1
    k = int(ok.sum())
    values = frames.group_join(group, pa.array(names[value[keep]], type=pa.large_string()), k,
                               ", ", order=value_rank[keep], unique=True)
    refs = ctx.joined_refs(group, crime[keep], k, unique=True)
    label = field[4:] if str(field).startswith("tag:") else field
    evidence = frames.concat(distinct[ok].astype(str).astype(object),
                             f" distinct {label} values{_window_text(rule)}: ", values)
    return pd.DataFrame({"case_id": ctx.codes.case_ids(np.flatnonzero(ok)),
                         "evidence": frames.strings(evidence).array, "crime_refs": refs})


def _best_value_window(ctx: _Context, case, crime, value, days: int):
    """The values of each case's window [w0, w0 + days] (w0 one of its dates) holding the
    most distinct values; the earliest such window on a tie."""
    date = ctx.codes.date[crime]
    dated = ~np.isnat(date)
    start = frames.first_rows(case[dated], date[dated].astype(np.int64))
    s_case, s_date = case[dated][start], date[dated][start]
    left, right = frames.join(case, s_case)
    span = np.timedelta64(days, "D")
    inside = dated[left] & (date[left] >= s_date[right]) & (date[left] <= s_date[right] + span)
    left, right = left[inside], right[inside]
    if not len(left):
        return left, left, left
    # distinct values per (case, window start): window starts are numbered by `right`
    n_values = int(value.max()) + 1
    per_window = np.bincount(frames.sorted_unique(right * n_values + value[left]) // n_values,
                             minlength=len(s_case))
    # best window per case: most values, then earliest start
    order = np.lexsort((s_date.astype(np.int64), -per_window, s_case))
    order = order[per_window[order] > 0]
    best = order[_group_starts(s_case[order])]
    chosen = np.zeros(len(s_case), dtype=bool)
    chosen[best] = True
    rows = left[chosen[right]]
    return case[rows], crime[rows], value[rows]


def _rising(rule: CorrelationRule, ctx: _Context) -> pd.DataFrame:
    case, crime, date = ctx.dated(*ctx.rule_events(rule))
    if not len(case):
        return _no_rows()
    n_cases = len(ctx.codes.case_names)
    span = np.timedelta64(rule.timespan_days, "D")
    stamp = date.view(np.int64)
    last = np.full(n_cases, np.iinfo(np.int64).min, dtype=np.int64)
    np.maximum.at(last, case, stamp)
    first = np.full(n_cases, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, case, stamp)
    last_d, first_d = last.view(date.dtype), first.view(date.dtype)
    latest = date > last_d[case] - span
    n = np.bincount(case, minlength=n_cases)
    n_latest = np.bincount(case, weights=latest, minlength=n_cases).astype(np.int64)
    has = np.flatnonzero(n)
    earlier = n - n_latest
    earlier_days = np.zeros(n_cases, dtype=np.int64)
    earlier_days[has] = np.maximum(
        (last_d[has] - span - first_d[has]) // np.timedelta64(1, "D"), 0)
    windows = np.maximum(1, np.ceil((earlier_days + 1) / rule.timespan_days))
    average = earlier / windows
    ok = ((n >= rule.min_crimes) & (earlier > 0) & (n_latest >= rule.factor * average)
          & (n_latest > average))
    if not ok.any():
        return _no_rows()
    passing = np.flatnonzero(ok)
    group = np.full(n_cases, -1, dtype=np.int64)
    group[passing] = np.arange(len(passing))
    rows = latest & ok[case]
    refs = ctx.joined_refs(group[case[rows]], crime[rows], len(passing))
    evidence = frames.concat(
        n_latest[passing].astype(str).astype(object),
        f" crimes in the last {rule.timespan_days} days to ", frames.day_text(last_d[passing]),
        " against an earlier average of ", frames.label(average[passing], ".2g"),
        f" per {rule.timespan_days} days (factor {rule.factor:g})")
    return pd.DataFrame({"case_id": ctx.codes.case_ids(passing),
                         "evidence": frames.strings(evidence).array, "crime_refs": refs})


def _after(rule: CorrelationRule, ctx: _Context) -> pd.DataFrame:
    pack = ctx.pack
    a_case, a_crime, a_date = ctx.dated(*ctx.events(pack.resolve(rule.after_rules)))
    b_case, b_crime, b_date = ctx.dated(*ctx.events(pack.resolve(rule.rules)))
    left, right = frames.join(a_case, b_case)
    ok = (a_crime[left] != b_crime[right]) & (b_date[right] >= a_date[left])
    if rule.timespan_days:
        ok &= b_date[right] - a_date[left] <= np.timedelta64(rule.timespan_days, "D")
    left, right = left[ok], right[ok]
    if not len(left):
        return _no_rows()
    case = a_case[left]
    # per case the first pair by (later date, later ref, earlier date, earlier ref)
    crimes_in = np.concatenate([a_crime[left], b_crime[right]])
    at, distinct = pd.factorize(crimes_in)  # each crime's ref ranked once
    rank = frames.str_rank(frames.strings(ctx.codes.crime_refs(distinct)))[at]
    rank_a, rank_b = rank[:len(left)], rank[len(left):]
    order = np.lexsort((rank_a, a_date[left], rank_b, b_date[right], case))
    best = order[_group_starts(case[order])]
    best_cases = case[best]
    group = np.full(len(ctx.codes.case_names), -1, dtype=np.int64)
    group[best_cases] = np.arange(len(best))
    refs = ctx.joined_refs(np.concatenate([group[case], group[case]]), crimes_in, len(best),
                           unique=True, rank=rank)
    evidence = frames.concat(ctx.codes.crime_refs(b_crime[right][best]), " (",
                             frames.day_text(b_date[right][best]),
                             f", {_names(rule.rules)}) after ",
                             ctx.codes.crime_refs(a_crime[left][best]), " (",
                             frames.day_text(a_date[left][best]),
                             f", {_names(rule.after_rules)}){_window_text(rule)}")
    return pd.DataFrame({"case_id": ctx.codes.case_ids(best_cases),
                         "evidence": frames.strings(evidence).array, "crime_refs": refs})


def _events_frame(ctx: _Context, rule_ids) -> pd.DataFrame:
    """The events of `rule_ids` as strings (case_id, crime_ref), for the few rows a
    third-party rule reads."""
    case, crime = ctx.events(rule_ids)
    return pd.DataFrame({"case_id": ctx.codes.case_ids(case),
                         "crime_ref": frames.strings(ctx.codes.crime_refs(crime)).array})


def _third_party(rule: CorrelationRule, ctx) -> pd.DataFrame:
    groups = ctx.link.suspect_groups
    if groups is None or groups.empty:
        return _no_rows()
    events = _events_frame(ctx, ctx.pack.resolve(rule.rules))
    g = groups[["suspect_person", "case_id", "victim_person", "proxy"]].astype(
        {"case_id": str}).drop_duplicates()
    pairs = g.merge(g, on="suspect_person", suffixes=("", "_other"))
    pairs = pairs[(pairs["case_id"] != pairs["case_id_other"])
                  & (pairs["victim_person"].astype(str) != pairs["victim_person_other"].astype(str))]
    flagged_ids = pd.Index(pd.unique(events["case_id"]))
    pairs = pairs[frames.positions(pairs["case_id_other"], flagged_ids) >= 0]
    if pairs.empty:
        return _no_rows()
    pairs = pairs.sort_values(["case_id", "case_id_other"])
    # the flagged crimes of each other case, sorted and ';'-joined
    others = pd.unique(pairs["case_id_other"])
    events = events[frames.positions(events["case_id"], others) >= 0]
    other_ids = pd.Index(pd.unique(events["case_id"]))
    flagged = frames.group_join(frames.positions(events["case_id"], other_ids),
                                events["crime_ref"], len(other_ids), ";",
                                order=frames.str_rank(events["crime_ref"]), unique=True)
    at = frames.positions(pairs["case_id_other"], other_ids)
    pair_refs = flagged.take(pa.array(at, type=pa.int64()))
    proxy = np.where(pairs["proxy_other"].fillna(False).astype(bool).to_numpy(),
                     ", around this victim", "").astype(object)
    piece = frames.concat(pairs["case_id_other"], " (victim ",
                          frames.label(pairs["victim_person_other"], ""), proxy, "): ", pair_refs)
    case_ids = pd.Index(pd.unique(pairs["case_id"]))
    codes = frames.positions(pairs["case_id"], case_ids)
    pieces = frames.group_join(codes, piece, len(case_ids), "; ")
    # crimes of all the other cases: the pairs' refs exploded back to one crime a row
    per_pair = events.merge(pairs[["case_id", "case_id_other"]].rename(
        columns={"case_id_other": "other"}), left_on="case_id", right_on="other",
        suffixes=("_ev", ""))
    refs = frames.group_join(frames.positions(per_pair["case_id"], case_ids),
                             per_pair["crime_ref"], len(case_ids), ";",
                             order=frames.str_rank(per_pair["crime_ref"]), unique=True)
    evidence = frames.concat("the same suspect's case(s) against other victims with hits from "
                             f"{_names(rule.rules)}: ", pieces)
    order = np.argsort(np.asarray(case_ids, dtype=object), kind="stable")
    return pd.DataFrame({"case_id": np.asarray(case_ids, dtype=object)[order],
                         "evidence": frames.strings(evidence).array[order],
                         "crime_refs": frames.strings(refs).array[order]})


_HANDLERS = {"event_count": _event_count, "crime_count": _crime_count,
             "value_count": _value_count, "rising": _rising, "after": _after,
             "third_party": _third_party}

