"""Correlation rules: patterns across the crimes of one case (a course of conduct).

Every type works on a long table of (case_id, crime_ref, date) events and is computed
with sorts, searchsorted and groupby over all cases at once. Each fired rule gives one
row: case_id, rule_id, level, weight, four, evidence (a sentence for the reviewer) and
crime_refs (the crimes that show the pattern).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

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
    ctx = {"cc": cc, "fired": fired, "crimes": crimes, "link": link, "pack": pack, "hits": hits}
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
    return fired[fired["rule_id"].isin(rule_ids)][["case_id", "crime_ref", "date"]].drop_duplicates()


def _names(entries: list) -> str:
    return ", ".join(entries) if entries else "any rule"


def best_window(events: pd.DataFrame, days: int | None) -> pd.DataFrame:
    """Per case: the most distinct crimes inside one window of `days` (all when None).

    Returns case_id, count, first, last, crime_refs (of that window).
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
    ev["count"] = stop - np.arange(len(ev))
    ev["stop"] = stop
    best = ev.loc[ev.groupby("case_id", sort=False)["count"].idxmax()]
    refs = ev["crime_ref"].to_numpy()
    dates = ev["date"].to_numpy()
    rows = []
    for i, r in zip(best.index, best.itertuples(index=False)):
        rows.append({"case_id": r.case_id, "count": int(r.count), "first": dates[i],
                     "last": dates[r.stop - 1], "crime_refs": ";".join(sorted(refs[i:r.stop]))})
    return pd.DataFrame(rows)


def _passes(values, rule: CorrelationRule) -> np.ndarray:
    return _OPS[rule.op](np.asarray(values, dtype=float), rule.threshold)


def _window_text(rule: CorrelationRule) -> str:
    return f" within {rule.timespan_days} days" if rule.timespan_days else ""


def _fmt(d) -> str:
    return str(pd.Timestamp(d).date())


def _counting(rule: CorrelationRule, events: pd.DataFrame, what: str) -> pd.DataFrame:
    best = best_window(events, rule.timespan_days)
    if best.empty:
        return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])
    best = best[_passes(best["count"], rule)]
    best["evidence"] = [f"{c} {what}{_window_text(rule)} ({_fmt(a)} to {_fmt(b)})"
                        for c, a, b in zip(best["count"], best["first"], best["last"])]
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
        return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])
    if rule.timespan_days:
        starts = vals[["case_id", "date"]].drop_duplicates().rename(columns={"date": "w0"})
        pairs = vals.merge(starts, on="case_id")
        pairs = pairs[(pairs["date"] >= pairs["w0"])
                      & (pairs["date"] <= pairs["w0"] + pd.Timedelta(days=rule.timespan_days))]
        counts = pairs.groupby(["case_id", "w0"])["value"].nunique().rename("count").reset_index()
        counts = counts.sort_values(["case_id", "count", "w0"], ascending=[True, False, True])
        best = counts.drop_duplicates("case_id")
        vals = pairs.merge(best[["case_id", "w0"]], on=["case_id", "w0"])
    grouped = vals.groupby("case_id").agg(count=("value", "nunique"),
                                          values=("value", lambda v: ", ".join(sorted(set(v)))),
                                          crime_refs=("crime_ref",
                                                      lambda v: ";".join(sorted(set(v)))))
    grouped = grouped[_passes(grouped["count"], rule)].reset_index()
    label = field[4:] if str(field).startswith("tag:") else field
    grouped["evidence"] = [f"{c} distinct {label} values{_window_text(rule)}: {v}"
                           for c, v in zip(grouped["count"], grouped["values"])]
    return grouped[["case_id", "evidence", "crime_refs"]]


def _rising(rule: CorrelationRule, ctx) -> pd.DataFrame:
    events = ctx["cc"] if not rule.rules else _events(ctx["pack"].resolve(rule.rules), ctx)
    ev = events.dropna(subset=["date"]).drop_duplicates(["case_id", "crime_ref"])
    if ev.empty:
        return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])
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
    latest_refs = ev[ev["latest"]].groupby("case_id")["crime_ref"].agg(lambda v: ";".join(sorted(v)))
    per = per.join(latest_refs.rename("crime_refs"))
    per["evidence"] = [f"{int(l)} crimes in the last {rule.timespan_days} days to {_fmt(d)} against "
                       f"an earlier average of {a:.2g} per {rule.timespan_days} days "
                       f"(factor {rule.factor:g})"
                       for l, d, a in zip(per["latest"], per["last"], per["average"])]
    return per.reset_index()[["case_id", "evidence", "crime_refs"]]


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
        return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])
    refs = pairs.groupby("case_id").apply(
        lambda g: ";".join(sorted(set(g["crime_ref_a"]) | set(g["crime_ref_b"]))),
        include_groups=False).rename("crime_refs")
    best = pairs.drop_duplicates("case_id").set_index("case_id").join(refs).reset_index()
    best["evidence"] = [f"{b} ({_fmt(db)}, {_names(rule.rules)}) after {a} ({_fmt(da)}, "
                        f"{_names(rule.after_rules)}){_window_text(rule)}"
                        for a, da, b, db in zip(best["crime_ref_a"], best["date_a"],
                                                best["crime_ref_b"], best["date_b"])]
    return best[["case_id", "evidence", "crime_refs"]]


def _third_party(rule: CorrelationRule, ctx) -> pd.DataFrame:
    groups = ctx["link"].suspect_groups
    if groups is None or groups.empty:
        return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])
    events = _events(ctx["pack"].resolve(rule.rules), ctx)
    flagged = events.groupby("case_id")["crime_ref"].agg(lambda v: ";".join(sorted(set(v))))
    g = groups[["suspect_person", "case_id", "victim_person", "proxy"]].astype(
        {"case_id": str}).drop_duplicates()
    pairs = g.merge(g, on="suspect_person", suffixes=("", "_other"))
    pairs = pairs[(pairs["case_id"] != pairs["case_id_other"])
                  & (pairs["victim_person"].astype(str) != pairs["victim_person_other"].astype(str))]
    pairs = pairs[pairs["case_id_other"].isin(flagged.index)]
    if pairs.empty:
        return pd.DataFrame(columns=["case_id", "evidence", "crime_refs"])
    pairs = pairs.sort_values(["case_id", "case_id_other"])
    pairs["refs"] = pairs["case_id_other"].map(flagged)
    pairs["piece"] = [f"{o} (victim {v}{', around this victim' if p else ''}): {r}"
                      for o, v, p, r in zip(pairs["case_id_other"], pairs["victim_person_other"],
                                            pairs["proxy_other"].fillna(False).astype(bool),
                                            pairs["refs"])]
    out = pairs.groupby("case_id").agg(
        pieces=("piece", lambda v: "; ".join(v)),
        crime_refs=("refs", lambda v: ";".join(sorted({x for s in v for x in s.split(";")}))))
    out = out.reset_index()
    out["evidence"] = [f"the same suspect's case(s) against other victims with hits from "
                       f"{_names(rule.rules)}: {p}" for p in out["pieces"]]
    return out[["case_id", "evidence", "crime_refs"]]


_HANDLERS = {"event_count": _event_count, "crime_count": _crime_count,
             "value_count": _value_count, "rising": _rising, "after": _after,
             "third_party": _third_party}

