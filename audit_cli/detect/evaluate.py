"""Base rules over the crimes table: whole columns at a time, evidence for every hit.

Each selection test becomes a boolean column: phrases from one matcher pass per text
field, every other modifier from pandas/numpy over the column (or over its distinct
values, for the short fields such as offence or flags). A rule's condition combines the
columns; each crime it fires on gets one hit row with the first piece of evidence from
a selection that made it fire (narrative phrases first).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli.detect import conditions
from audit_cli.detect.matcher import TextMatcher
from audit_cli.detect.modifiers import kind_of
from audit_cli.detect.quantities import QuantityReader, quantity_hits
from audit_cli.detect.rules import BOOL_FIELDS, DATE_FIELDS, FieldTest, Rule
from audit_cli.detect.verdict import crime_dates

HIT_COLUMNS = ["crime_ref", "rule_id", "level", "weight", "four", "behaviour", "field",
               "matched", "start", "end"]


def empty_hits() -> pd.DataFrame:
    return pd.DataFrame({
        "crime_ref": pd.Series([], dtype=object), "rule_id": pd.Series([], dtype=object),
        "level": pd.Series([], dtype=object), "weight": pd.Series([], dtype=float),
        "four": pd.Series([], dtype=object), "behaviour": pd.Series([], dtype=object),
        "field": pd.Series([], dtype=object), "matched": pd.Series([], dtype=object),
        "start": pd.Series([], dtype=np.int64), "end": pd.Series([], dtype=np.int64)})


class BaseEvaluator:
    """Compiled base rules of a pack; `run(crimes)` returns the hits table."""

    def __init__(self, pack):
        self.pack = pack
        self.rules: list[Rule] = pack.active_rules
        self.matcher = TextMatcher(pack.lexicon, pack.verdicts.matching)
        self._patterns: dict[int, list[int]] = {}
        self.phrase_fields: list[str] = []
        settings = pack.verdicts
        self.quantities = QuantityReader(settings.grammar, pack.lexicon, settings.quantities)
        for rule in self.rules:
            for test in _tests(rule):
                if test.kind == "phrase":
                    self._patterns[id(test)] = [self.matcher.add(v, exact="exact" in test.modifiers)
                                                for v in test.values]
                    if test.field not in self.phrase_fields:
                        self.phrase_fields.append(test.field)

    # ------------------------------------------------------------------ public
    def phrase_hits(self, crimes: pd.DataFrame, distinct: dict | None = None
                    ) -> dict[str, pd.DataFrame]:
        """The text stage: one matcher pass per text field that phrases look at.

        Each distinct text is matched once (a third of the narratives repeat at 1M
        crimes) and its mentions are repeated for every crime holding it; `distinct`
        caches the factorisation for the rule tests that read the same columns.
        """
        distinct = {} if distinct is None else distinct
        columns = [distinct_text(crimes, f, distinct) for f in self.phrase_fields]
        found = self.matcher.run_many([values.tolist() for _, values in columns])
        return {f: hits if len(values) == len(codes) else _spread(hits, codes)
                for f, hits, (codes, values) in zip(self.phrase_fields, found, columns)}

    def run(self, crimes: pd.DataFrame) -> pd.DataFrame:
        crimes = crimes.reset_index(drop=True)
        n = len(crimes)
        if n == 0 or not self.rules:
            return empty_hits()
        distinct: dict = {}
        ctx = _Context(crimes, self.phrase_hits(crimes, distinct), self._patterns, distinct)
        frames = [self._rule_hits(rule, ctx) for rule in self.rules]
        frames.append(self._quantity_hits(crimes, distinct))
        frames = [f for f in frames if len(f)]
        if not frames:
            return empty_hits()
        hits = pd.concat(frames, ignore_index=True)
        # crimes order (crime_ref is unique per crime), then rule id
        hits = hits.sort_values(["row", "rule_id"], kind="stable").reset_index(drop=True)
        rows = hits["row"].to_numpy()
        hits["crime_ref"] = crimes["crime_ref"].astype(str).to_numpy()[rows]
        hits["matched"] = _matched(ctx, hits)
        return hits[HIT_COLUMNS]

    def _quantity_hits(self, crimes: pd.DataFrame, distinct: dict) -> pd.DataFrame:
        """Counts and frequencies in the narratives (quantities.py), read once per
        distinct narrative, as hits of the quantity pseudo-rules."""
        codes, values = distinct_text(crimes, "narrative", distinct)
        found = quantity_hits(self.quantities, values)
        return found if len(values) == len(codes) else _spread(found, codes)

    # ------------------------------------------------------------------ one rule
    def _rule_hits(self, rule: Rule, ctx: "_Context") -> pd.DataFrame:
        n = ctx.n
        values = {}
        for name, sel in rule.selections.items():
            mask = np.zeros(n, dtype=bool)
            for alt in sel.alternatives:
                part = np.ones(n, dtype=bool)
                for test in alt:
                    part &= ctx.mask(test)
                mask |= part
            values[name] = mask
        fired = conditions.evaluate(rule.condition, values, n) & _scope(rule, ctx)
        rows = np.flatnonzero(fired)
        if len(rows) == 0:
            return pd.DataFrame()
        evidence = self._evidence(rule, ctx, fired, values)
        out = pd.DataFrame({"row": rows}).merge(evidence, on="row", how="left")
        out = out.fillna({"field": "", "start": 0, "end": 0})
        out["start"] = out["start"].astype(np.int64)
        out["end"] = out["end"].astype(np.int64)
        out["rule_id"] = rule.id
        out["level"] = rule.level
        out["weight"] = float(rule.weight)
        out["four"] = rule.four
        out["behaviour"] = rule.behaviour
        return out

    def _evidence(self, rule: Rule, ctx: "_Context", fired: np.ndarray,
                  values: dict) -> pd.DataFrame:
        frames = []
        positive = rule.positive_selections
        for s_order, (name, sel) in enumerate(rule.selections.items()):
            if name not in positive:
                continue
            live = fired & values[name]
            if not live.any():
                continue
            for t_order, test in enumerate(t for alt in sel.alternatives for t in alt):
                ev = ctx.evidence(test, live & ctx.mask(test))
                if len(ev):
                    # narrative evidence first, then selection and test order
                    ev["prio"] = (test.field != "narrative") * 1_000_000 + s_order * 1000 + t_order
                    ev["field"] = test.field
                    frames.append(ev)
        if not frames:
            return pd.DataFrame({"row": pd.Series([], dtype=np.int64), "field": [], "start": [],
                                 "end": []})
        ev = pd.concat(frames, ignore_index=True)
        ev = ev.sort_values(["row", "prio", "start"], kind="stable").drop_duplicates("row")
        return ev[["row", "field", "start", "end"]]


def _spread(hits: pd.DataFrame, codes: np.ndarray) -> pd.DataFrame:
    """Hits found on the distinct texts (row = text code, sorted by it) as hits of every
    crime holding that text: each crime's slice of its text's hits, crime by crime."""
    text = hits["row"].to_numpy()
    n_texts = int(codes.max()) + 1 if len(codes) else 0
    first = np.searchsorted(text, np.arange(n_texts))
    count = np.bincount(text, minlength=n_texts)
    n = count[codes]
    at = np.repeat(first[codes], n) + (np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n))
    out = hits.take(at).reset_index(drop=True)
    out["row"] = np.repeat(np.arange(len(codes), dtype=np.int64), n)
    return out


def _matched(ctx: "_Context", hits: pd.DataFrame) -> list[str]:
    """The evidence text of each hit, as written: one slice per hit, field by field."""
    out = [""] * len(hits)
    fields = hits["field"].to_numpy(dtype=object)
    for fld in pd.unique(fields):
        if not fld:
            continue
        at = np.flatnonzero(fields == fld)
        rows = hits["row"].to_numpy()[at]
        values = ctx.raw_rows(fld, rows)
        for i, text, s, e in zip(at.tolist(), values, hits["start"].to_numpy()[at].tolist(),
                                 hits["end"].to_numpy()[at].tolist()):
            out[i] = text[s:e]
    return out


def _tests(rule: Rule):
    for sel in rule.selections.values():
        for alt in sel.alternatives:
            yield from alt


def _text(crimes: pd.DataFrame, field: str) -> pd.Series:
    if field not in crimes:
        return pd.Series([""] * len(crimes), dtype=object)
    col = crimes[field]
    if pd.api.types.is_string_dtype(col.dtype):
        return col.fillna("").astype(str)
    return col.astype(object).where(col.notna(), "").astype(str)


def distinct_text(crimes: pd.DataFrame, field: str, cache: dict) -> tuple[np.ndarray, pd.Series]:
    """Codes of each crime's text (as `_text` reads it) into its distinct values."""
    if field not in cache:
        codes, uniques = pd.factorize(_text(crimes, field))
        cache[field] = (codes.astype(np.int64, copy=False), pd.Series(uniques, copy=False))
    return cache[field]


def _scope(rule: Rule, ctx: "_Context") -> np.ndarray:
    if rule.scope_from is None and rule.scope_to is None:
        return np.ones(ctx.n, dtype=bool)
    date = ctx.dates
    ok = date.notna()
    if rule.scope_from is not None:
        ok &= date >= pd.Timestamp(rule.scope_from)
    if rule.scope_to is not None:
        ok &= date <= pd.Timestamp(rule.scope_to)
    return ok.fillna(False).to_numpy(dtype=bool)


class _Context:
    """Per-run caches: normalised columns, phrase hits by pattern, test masks."""

    def __init__(self, crimes: pd.DataFrame, phrase_hits: dict, patterns: dict,
                 distinct: dict | None = None):
        self.crimes = crimes
        self.n = len(crimes)
        self.phrase_hits = phrase_hits
        self.by_pattern = {f: h.groupby("pattern").indices if len(h) else {}
                           for f, h in phrase_hits.items()}
        self.patterns = patterns
        self._masks: dict[int, np.ndarray] = {}
        self._distinct: dict = {} if distinct is None else distinct
        self._lowered: dict[str, tuple[np.ndarray, pd.Series]] = {}
        self._objects: dict[str, np.ndarray] = {}  # distinct values as Python str
        self._factorised: dict[str, tuple[np.ndarray, list]] = {}
        self._mean_length: dict[str, float] = {}
        self._phrase_cache: dict[int, pd.DataFrame] = {}
        self.dates = crime_dates(crimes) if len(crimes) else pd.Series([], dtype="datetime64[ns]")

    # ------------------------------------------------------------------ columns
    def raw_rows(self, field: str, rows: np.ndarray) -> list[str]:
        """Values of some rows as written (dates as YYYY-MM-DD), without the whole column."""
        if field not in self.crimes:
            return [""] * len(rows)
        if field in DATE_FIELDS:
            return [("" if pd.isna(v) else str(pd.Timestamp(v).date()))
                    for v in self.crimes[field].iloc[rows].tolist()]
        if field not in self._objects:
            _, uniques = distinct_text(self.crimes, field, self._distinct)
            self._objects[field] = uniques.to_numpy(dtype=object)
        codes, _ = distinct_text(self.crimes, field, self._distinct)
        return self._objects[field][codes[rows]].tolist()

    def lowered(self, field: str) -> tuple[np.ndarray, pd.Series]:
        """Codes of each crime into the field's distinct values, trimmed and lower-cased.

        Every text test is decided once per distinct value and spread with the codes
        (the values repeat: offence titles, and a third of the narratives)."""
        if field not in self._lowered:
            codes, uniques = distinct_text(self.crimes, field, self._distinct)
            self._lowered[field] = (codes, uniques.str.strip().str.lower())
        return self._lowered[field]

    def spread(self, field: str, per_value: np.ndarray) -> np.ndarray:
        """Per-distinct-value booleans as one per crime."""
        codes, _ = self.lowered(field)
        return per_value[codes] if len(per_value) else np.zeros(self.n, dtype=bool)

    def factorised(self, field: str) -> tuple[np.ndarray, list]:
        """Codes into the distinct trimmed lower-case values (first-seen order)."""
        if field not in self._factorised:
            codes, low = self.lowered(field)
            low_codes, uniques = pd.factorize(low)
            self._factorised[field] = (low_codes[codes] if len(low_codes) else codes,
                                       list(uniques))
        return self._factorised[field]

    # ------------------------------------------------------------------ tests
    def mask(self, test: FieldTest) -> np.ndarray:
        key = id(test)
        if key not in self._masks:
            self._masks[key] = self._compute(test)
        return self._masks[key]

    def _combine(self, masks: list[np.ndarray], test: FieldTest) -> np.ndarray:
        if not masks:
            return np.zeros(self.n, dtype=bool)
        stacked = np.vstack(masks)
        return stacked.all(axis=0) if test.match_all else stacked.any(axis=0)

    def _compute(self, test: FieldTest) -> np.ndarray:
        kind, fld = test.kind, test.field
        if kind == "phrase":
            return self._phrase_mask(test)
        if kind == "exists":
            if fld in DATE_FIELDS + BOOL_FIELDS:
                present = self.crimes.get(fld, pd.Series([None] * self.n)).notna().to_numpy()
            else:
                present = self.spread(fld, (self.lowered(fld)[1] != "").to_numpy(dtype=bool))
            return present if test.values[0] else ~present
        if fld in BOOL_FIELDS:
            col = self.crimes.get(fld, pd.Series([pd.NA] * self.n)).astype("boolean")
            return self._combine([(col == v).fillna(False).to_numpy(dtype=bool)
                                  for v in test.values], test)
        if fld in DATE_FIELDS:
            col = pd.to_datetime(self.crimes.get(fld, pd.Series([pd.NaT] * self.n)), errors="coerce")
            if kind == "gte":
                return (col >= pd.Timestamp(test.values[0])).fillna(False).to_numpy(dtype=bool)
            if kind == "lte":
                return (col <= pd.Timestamp(test.values[0])).fillna(False).to_numpy(dtype=bool)
            day = col.dt.normalize()
            return self._combine([(day == pd.Timestamp(v)).fillna(False).to_numpy(dtype=bool)
                                  for v in test.values], test)
        if kind in ("gte", "lte"):
            num = pd.to_numeric(self.lowered(fld)[1], errors="coerce")
            res = num >= test.values[0] if kind == "gte" else num <= test.values[0]
            return self.spread(fld, res.fillna(False).to_numpy(dtype=bool))
        return self._text_mask(test)

    def _free_text(self, test: FieldTest) -> bool:
        """Test over the whole column (free text) rather than once per distinct value.

        The two give the same answer except for a `re` pattern with upper-case letters
        (the column form lower-cases the pattern: \\S becomes \\s), where the choice must
        stay the distinct-value count's. Otherwise a long text column skips counting its
        distinct values (a hash of every narrative).
        """
        exact_choice = test.kind == "re" and any(str(v) != str(v).lower() for v in test.values)
        if not exact_choice and test.field not in self._factorised:
            if test.field not in self._mean_length:
                codes, low = self.lowered(test.field)
                lengths = low.str.len().to_numpy(dtype=np.int64)
                self._mean_length[test.field] = float(lengths[codes].mean()) if len(codes) else 0.0
            if self._mean_length[test.field] >= 64:
                return True
        _, uniques = self.factorised(test.field)
        return len(uniques) > max(1000, self.n // 4)

    def _text_mask(self, test: FieldTest) -> np.ndarray:
        if self._free_text(test):  # vectorised over the column's distinct values
            _, col = self.lowered(test.field)
            kind = kind_of(test.kind)
            masks = [kind.column(col, v) for v in test.values]
            if not masks:
                return np.zeros(self.n, dtype=bool)
            stacked = np.vstack(masks)
            return self.spread(test.field, stacked.all(axis=0) if test.match_all
                               else stacked.any(axis=0))
        codes, uniques = self.factorised(test.field)
        # short fields: decide once per distinct value, then spread by the codes
        kind = kind_of(test.kind)
        per_value = [np.array([kind.value(u, v) for u in uniques], dtype=bool)
                     for v in test.values]
        found = self._combine(per_value, test) if per_value else np.zeros(len(uniques), bool)
        out = np.zeros(self.n, dtype=bool)
        valid = codes >= 0
        out[valid] = found[codes[valid]] if len(found) else False
        return out

    def _phrase_rows(self, test: FieldTest) -> pd.DataFrame:
        """The test's phrase mentions (negated ones dropped unless nonegate); cached per test."""
        key = id(test)
        if key not in self._phrase_cache:
            self._phrase_cache[key] = self._select_phrase_rows(test)
        return self._phrase_cache[key]

    def _select_phrase_rows(self, test: FieldTest) -> pd.DataFrame:
        hits = self.phrase_hits.get(test.field)
        groups = self.by_pattern.get(test.field, {})
        pids = self.patterns[id(test)]
        parts = [groups[p] for p in pids if p in groups]
        if not parts:
            return hits.iloc[0:0] if hits is not None else pd.DataFrame(columns=["row", "pattern"])
        sub = hits.iloc[np.sort(np.concatenate(parts))]
        if "nonegate" not in test.modifiers:
            sub = sub[~sub["negated"].to_numpy()]
        return sub

    def _phrase_mask(self, test: FieldTest) -> np.ndarray:
        sub = self._phrase_rows(test)
        out = np.zeros(self.n, dtype=bool)
        if len(sub) == 0:
            return out
        if test.match_all:
            need = len(set(self.patterns[id(test)]))
            counts = sub.groupby("row")["pattern"].nunique()
            out[counts.index[counts.to_numpy() >= need].to_numpy()] = True
        else:
            out[sub["row"].to_numpy()] = True
        return out

    # ------------------------------------------------------------------ evidence
    def evidence(self, test: FieldTest, rows_mask: np.ndarray) -> pd.DataFrame:
        """Row, start, end of what the test matched, for the rows in rows_mask."""
        rows = np.flatnonzero(rows_mask)
        if len(rows) == 0:
            return pd.DataFrame({"row": [], "start": [], "end": []})
        if test.kind == "phrase":
            sub = self._phrase_rows(test)
            sub = sub[rows_mask[sub["row"].to_numpy()]]
            return sub[["row", "start", "end"]].reset_index(drop=True)
        if test.kind in ("re", "contains", "startswith", "endswith"):
            spans = [_span(text, test) for text in self.raw_rows(test.field, rows)]
            starts = [s for s, _ in spans]
            ends = [e for _, e in spans]
            return pd.DataFrame({"row": rows, "start": starts, "end": ends})
        # the whole (trimmed) value: computed on the column, no loop
        values = pd.Series(self.raw_rows(test.field, rows), dtype="str")
        lead = values.str.len() - values.str.lstrip().str.len()
        return pd.DataFrame({"row": rows, "start": lead.to_numpy(dtype=np.int64),
                             "end": values.str.rstrip().str.len().to_numpy(dtype=np.int64)})


# Characters Python's \s matches in ASCII text and RE2's does not.
_RE2_UNSAFE_ASCII = "[\x0b\x1c-\x1f]"


def _regex_mask(col: pd.Series, pattern: str) -> np.ndarray:
    """Python `re` search (case-insensitive) per value, run only where RE2 could match.

    RE2 (pyarrow) rejects lookarounds, and pandas then falls back to Python `re` on
    every row. The pattern without lookarounds matches wherever the original does, so
    RE2 finds the candidates in one vectorised pass and Python `re` decides only those.
    Rows where the two engines read characters differently (non-ASCII: \\w \\b \\d and
    case folding; Python-only whitespace for \\s) always go to Python.
    """
    rx = re.compile(pattern, re.IGNORECASE)
    values = col.tolist() if not isinstance(col.dtype, pd.StringDtype) else None
    candidates = np.ones(len(col), dtype=bool)
    loose = _without_lookarounds(pattern)
    if loose is not None and isinstance(col.dtype, pd.StringDtype) and col.dtype.storage == "pyarrow":
        arr = pa.array(col)
        try:
            maybe = pc.match_substring_regex(arr, loose, ignore_case=True)
            same_reading = pc.and_(pc.string_is_ascii(arr), pc.invert(
                pc.match_substring_regex(arr, _RE2_UNSAFE_ASCII)))
            candidates = pc.or_(pc.invert(same_reading), maybe).fill_null(True).to_numpy(
                zero_copy_only=False).astype(bool)
        except pa.ArrowInvalid:
            pass
    rows = np.flatnonzero(candidates)
    texts = [values[i] for i in rows.tolist()] if values is not None else col.iloc[rows].tolist()
    found = np.zeros(len(col), dtype=bool)
    found[rows] = np.fromiter((rx.search(t) is not None for t in texts), dtype=bool,
                              count=len(texts))
    return found


def _without_lookarounds(pattern: str) -> str | None:
    """The pattern with every lookahead/lookbehind group removed; None when unsure.

    Only plain-ASCII patterns without POSIX classes or `{,n}` (read differently by RE2)
    are rewritten.
    """
    if (not pattern.isascii() or "[:" in pattern or "{," in pattern
            or re.search(r"\\[uUN]", pattern)):
        return None
    out, i, n = [], 0, len(pattern)
    while i < n:
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            end = _group_end(pattern, i)
            if end is None or (end < n and pattern[end] in "*+?{"):
                return None
            i = end
            continue
        step = _token_end(pattern, i)
        out.append(pattern[i:step])
        i = step
    return "".join(out)


def _token_end(pattern: str, i: int) -> int:
    """End of the token at i: an escape, a whole character class, or one character."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int | None:
    """Position after the ')' closing the group opened at i."""
    depth, j = 0, i
    while j < len(pattern):
        ch = pattern[j]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j = _token_end(pattern, j)
    return None


def _span(text: str, test: FieldTest) -> tuple[int, int]:
    """Where in the value as written the test matched (the whole value when not narrower)."""
    kind = kind_of(test.kind)
    for v in test.values:
        found = kind.span(text, v)
        if found is not None:
            return found
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    return start, start + len(stripped)
