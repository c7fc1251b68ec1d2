"""Correlation rules: patterns across the crimes of one case (a course of conduct).

Every type works on a long table of (case_id, crime_ref, date) events and is computed
with sorts, searchsorted and groupby over all cases at once. Each fired rule gives one
row: case_id, rule_id, level, weight, four, evidence (a sentence for the reviewer) and
crime_refs (the crimes that show the pattern).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from audit_cli.detect import frames
from audit_cli.detect.rules import CorrelationRule
from audit_cli.detect.verdict import crime_dates

CASE_HIT_COLUMNS = ["case_id", "rule_id", "level", "weight", "four", "evidence", "crime_refs"]
_OPS = {"gte": np.greater_equal, "gt": np.greater, "lte": np.less_equal, "lt": np.less,
        "eq": np.equal}


def empty_case_hits() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=float if c == "weight" else object)
                         for c in CASE_HIT_COLUMNS})


def correlate(link, crimes: pd.DataFrame, hits: pd.DataFrame, pack) -> pd.DataFrame:
    """Case hits of every active correlation rule of the pack."""
    if link.case_crimes.empty or not pack.active_correlations:
        return empty_case_hits()
    dates = pd.DataFrame({"crime_ref": crimes["crime_ref"].astype(str),
                          "date": crime_dates(crimes).to_numpy()})
    cc = (link.case_crimes[["case_id", "crime_ref"]].astype(str).drop_duplicates()
          .merge(dates, on="crime_ref", how="left"))
    fired = cc.merge(hits[["crime_ref", "rule_id"]].drop_duplicates(), on="crime_ref")
    # rule ids as integer codes once, so each rule's event filter is an integer isin
    rule_codes, rule_names = pd.factorize(fired["rule_id"])
    ctx = {"cc": cc, "fired": fired, "crimes": crimes, "link": link, "pack": pack, "hits": hits,
           "rule_codes": rule_codes, "rule_names": pd.Index(rule_names)}
    frames = []
    for rule in pack.active_correlations:
        found = _HANDLERS[rule.ctype](rule, ctx)
        if len(found):
            found = found.assign(rule_id=rule.id, level=rule.level, weight=float(rule.weight),
                                 four=rule.four)
            frames.append(found[CASE_HIT_COLUMNS])
    if not frames:
        return empty_case_hits()
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["case_id", "rule_id"], kind="stable").reset_index(drop=True)


def _events(rule_ids: set[str], ctx) -> pd.DataFrame:
    fired = ctx["fired"]
    wanted = np.flatnonzero(ctx["rule_names"].isin(list(rule_ids)))
    keep = np.isin(ctx["rule_codes"], wanted)
    return fired[keep][["case_id", "crime_ref", "date"]].drop_duplicates()


def _names(entries: list) -> str:
    return ", ".join(entries) if entries else "any rule"


def _no_rows() -> pd.DataFrame:
    return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])


def _strings(arr) -> np.ndarray:
    """An arrow string array as an object array of str (what pandas infers as `str`)."""
    return np.asarray(arr.to_numpy(zero_copy_only=False), dtype=object)


def _group_starts(codes: np.ndarray) -> np.ndarray:
    """Start position of each run of equal codes in a sorted code array."""
    return np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else codes


def best_window(events: pd.DataFrame, days: int | None) -> pd.DataFrame:
    """Per case: the most distinct crimes inside one window of `days` (all when None).

    Returns case_id, count, first, last, crime_refs (of that window); the earliest such
    window when several hold the same number.
    """
    ev = events.dropna(subset=["date"]).drop_duplicates(["case_id", "crime_ref"])
    if ev.empty:
        return pd.DataFrame(columns=["case_id", "count", "first", "last", "crime_refs"])
    ev = ev.sort_values(["case_id", "date", "crime_ref"], kind="stable").reset_index(drop=True)
    codes = pd.factorize(ev["case_id"])[0].astype(np.int64)
    day = (ev["date"].to_numpy().astype("datetime64[D]").astype(np.int64))
    key = codes * 10_000_000 + (day - day.min())
    span = days if days is not None else 9_000_000
    stop = np.searchsorted(key, key + span, "right")
    count = stop - np.arange(len(ev))
    starts = _group_starts(codes)
    at_max = np.flatnonzero(count == np.maximum.reduceat(count, starts)[codes])
    best = at_max[_group_starts(codes[at_max])]  # first window with the most crimes per case
    size = count[best]
    within = np.arange(size.sum()) - np.repeat(np.cumsum(size) - size, size)
    rows = np.repeat(best, size) + within
    refs = ev["crime_ref"]
    crime_refs = frames.group_join(np.repeat(np.arange(len(best)), size), refs.iloc[rows],
                                   len(best), ";", order=frames.str_rank(refs.iloc[rows]))
    dates = ev["date"].to_numpy()
    return pd.DataFrame({"case_id": ev["case_id"].to_numpy()[best], "count": size,
                         "first": dates[best], "last": dates[stop[best] - 1],
                         "crime_refs": _strings(crime_refs)})


def _passes(values, rule: CorrelationRule) -> np.ndarray:
    return _OPS[rule.op](np.asarray(values, dtype=float), rule.threshold)


def _window_text(rule: CorrelationRule) -> str:
    return f" within {rule.timespan_days} days" if rule.timespan_days else ""


def _fmt(d) -> str:
    return str(pd.Timestamp(d).date())


def _counting(rule: CorrelationRule, events: pd.DataFrame, what: str) -> pd.DataFrame:
    best = best_window(events, rule.timespan_days)
    if best.empty:
        return _no_rows()
    best = best[_passes(best["count"], rule)]
    if best.empty:
        return _no_rows()
    best = best.assign(evidence=_strings(frames.concat(
        best["count"].astype(str), f" {what}{_window_text(rule)} (", frames.day_text(best["first"]),
        " to ", frames.day_text(best["last"]), ")")))
    return best[["case_id", "evidence", "crime_refs"]]


def _event_count(rule: CorrelationRule, ctx) -> pd.DataFrame:
    events = _events(ctx["pack"].resolve(rule.rules), ctx)
    return _counting(rule, events, f"crimes with hits from {_names(rule.rules)}")


def _crime_count(rule: CorrelationRule, ctx) -> pd.DataFrame:
    events = ctx["cc"] if not rule.rules else _events(ctx["pack"].resolve(rule.rules), ctx)
    return _counting(rule, events, "crimes")


def _value_count(rule: CorrelationRule, ctx) -> pd.DataFrame:
    pack, field = ctx["pack"], rule.value_field
    base = ctx["cc"] if not rule.rules else _events(pack.resolve(rule.rules), ctx)
    if str(field).startswith("tag:"):
        prefix = field[4:].rstrip(".") + "."
        tags = pd.DataFrame([(r.id, t[len(prefix):]) for r in pack.active_rules for t in r.tags
                             if t.startswith(prefix)], columns=["rule_id", "value"])
        fired = ctx["fired"]
        if rule.rules:
            fired = fired[fired["rule_id"].isin(pack.resolve(rule.rules))]
        vals = fired.merge(tags, on="rule_id")[["case_id", "crime_ref", "date", "value"]]
    else:
        col = ctx["crimes"][["crime_ref"]].astype(str)
        col["value"] = ctx["crimes"][field].astype("string").str.strip().str.lower().to_numpy() \
            if field in ctx["crimes"] else pd.NA
        vals = base.merge(col, on="crime_ref")
        vals = vals[vals["value"].notna() & (vals["value"] != "")]
    vals = vals.drop_duplicates(["case_id", "crime_ref", "value"])
    if vals.empty:
        return _no_rows()
    if rule.timespan_days:
        starts = vals[["case_id", "date"]].drop_duplicates().rename(columns={"date": "w0"})
        pairs = vals.merge(starts, on="case_id")
        pairs = pairs[(pairs["date"] >= pairs["w0"])
                      & (pairs["date"] <= pairs["w0"] + pd.Timedelta(days=rule.timespan_days))]
        counts = pairs.groupby(["case_id", "w0"])["value"].nunique().rename("count").reset_index()
        counts = counts.sort_values(["case_id", "count", "w0"], ascending=[True, False, True])
        best = counts.drop_duplicates("case_id")
        vals = pairs.merge(best[["case_id", "w0"]], on=["case_id", "w0"])
    if vals.empty:
        return _no_rows()
    case_codes, case_ids = pd.factorize(vals["case_id"], sort=True)
    value_rank = frames.str_rank(vals["value"].astype(str))
    ref_rank = frames.str_rank(vals["crime_ref"])
    base_n = int(value_rank.max()) + 1
    pairs = np.unique(case_codes.astype(np.int64) * base_n + value_rank)
    distinct = np.bincount(pairs // base_n, minlength=len(case_ids))
    ok = _passes(distinct, rule)
    if not ok.any():
        return _no_rows()
    keep = ok[case_codes]
    codes = np.cumsum(ok)[case_codes[keep]] - 1  # renumber the passing cases 0..k-1
    k = int(ok.sum())
    values = frames.group_join(codes, vals["value"].astype(str)[keep], k, ", ",
                               order=value_rank[keep], unique=True)
    refs = frames.group_join(codes, vals["crime_ref"][keep], k, ";", order=ref_rank[keep],
                             unique=True)
    label = field[4:] if str(field).startswith("tag:") else field
    evidence = frames.concat(distinct[ok].astype(str),
                             f" distinct {label} values{_window_text(rule)}: ", values)
    return pd.DataFrame({"case_id": np.asarray(case_ids, dtype=object)[ok],
                         "evidence": _strings(evidence), "crime_refs": _strings(refs)})


def _rising(rule: CorrelationRule, ctx) -> pd.DataFrame:
    events = ctx["cc"] if not rule.rules else _events(ctx["pack"].resolve(rule.rules), ctx)
    ev = events.dropna(subset=["date"]).drop_duplicates(["case_id", "crime_ref"])
    if ev.empty:
        return _no_rows()
    span = pd.Timedelta(days=rule.timespan_days)
    g = ev.groupby("case_id")["date"]
    ev = ev.assign(last=g.transform("max"), first=g.transform("min"))
    ev["latest"] = ev["date"] > ev["last"] - span
    per = ev.groupby("case_id").agg(n=("crime_ref", "size"), latest=("latest", "sum"),
                                    first=("first", "first"), last=("last", "first"))
    per["earlier"] = per["n"] - per["latest"]
    earlier_days = (per["last"] - span - per["first"]).dt.days.clip(lower=0)
    per["windows"] = np.maximum(1, np.ceil((earlier_days + 1) / rule.timespan_days))
    per["average"] = per["earlier"] / per["windows"]
    ok = ((per["n"] >= rule.min_crimes) & (per["earlier"] > 0)
          & (per["latest"] >= rule.factor * per["average"]) & (per["latest"] > per["average"]))
    per = per[ok]
    if per.empty:
        return _no_rows()
    latest = ev[ev["latest"].to_numpy()]
    codes = frames.positions(latest["case_id"], pd.Index(per.index))
    latest = latest[codes >= 0]
    codes = codes[codes >= 0]
    refs = frames.group_join(codes, latest["crime_ref"], len(per), ";",
                             order=frames.str_rank(latest["crime_ref"]))
    average = frames.label(per["average"].to_numpy(), ".2g")
    evidence = frames.concat(
        per["latest"].astype(np.int64).astype(str).to_numpy(dtype=object),
        f" crimes in the last {rule.timespan_days} days to ", frames.day_text(per["last"]),
        " against an earlier average of ", average,
        f" per {rule.timespan_days} days (factor {rule.factor:g})")
    return pd.DataFrame({"case_id": np.asarray(per.index, dtype=object),
                         "evidence": _strings(evidence), "crime_refs": _strings(refs)})


def _after(rule: CorrelationRule, ctx) -> pd.DataFrame:
    pack = ctx["pack"]
    first = _events(pack.resolve(rule.after_rules), ctx).dropna(subset=["date"])
    later = _events(pack.resolve(rule.rules), ctx).dropna(subset=["date"])
    pairs = first.merge(later, on="case_id", suffixes=("_a", "_b"))
    ok = (pairs["crime_ref_a"] != pairs["crime_ref_b"]) & (pairs["date_b"] >= pairs["date_a"])
    if rule.timespan_days:
        ok &= pairs["date_b"] - pairs["date_a"] <= pd.Timedelta(days=rule.timespan_days)
    pairs = pairs[ok].sort_values(["case_id", "date_b", "crime_ref_b", "date_a", "crime_ref_a"])
    if pairs.empty:
        return _no_rows()
    best = pairs.drop_duplicates("case_id").reset_index(drop=True)
    # every crime on either side of a qualifying pair, per case
    both = pd.concat([pairs[["case_id", "crime_ref_a"]].set_axis(["case_id", "ref"], axis=1),
                      pairs[["case_id", "crime_ref_b"]].set_axis(["case_id", "ref"], axis=1)],
                     ignore_index=True)
    codes = frames.positions(both["case_id"], pd.Index(best["case_id"]))
    refs = frames.group_join(codes, both["ref"], len(best), ";",
                             order=frames.str_rank(both["ref"]), unique=True)
    evidence = frames.concat(best["crime_ref_b"], " (", frames.day_text(best["date_b"]),
                             f", {_names(rule.rules)}) after ", best["crime_ref_a"], " (",
                             frames.day_text(best["date_a"]),
                             f", {_names(rule.after_rules)}){_window_text(rule)}")
    return pd.DataFrame({"case_id": best["case_id"].to_numpy(dtype=object),
                         "evidence": _strings(evidence), "crime_refs": _strings(refs)})


def _third_party(rule: CorrelationRule, ctx) -> pd.DataFrame:
    groups = ctx["link"].suspect_groups
    if groups is None or groups.empty:
        return _no_rows()
    events = _events(ctx["pack"].resolve(rule.rules), ctx)
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
                         "evidence": _strings(evidence)[order], "crime_refs": _strings(refs)[order]})


_HANDLERS = {"event_count": _event_count, "crime_count": _crime_count,
             "value_count": _value_count, "rising": _rising, "after": _after,
             "third_party": _third_party}

