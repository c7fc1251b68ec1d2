"""A verdict per case from the rules that fired, per rules/verdicts.yml.

Score = weights of the base rules that fired in the case (each once) + correlation
weights; the same sum per FOUR dimension over the rules tagged with it. Then:
recorded_stalking if any crime of the case is recorded as stalking; else
missed_stalking if score >= missed and the FOUR conditions hold; else review if
score >= review; else no_concern. Two date-aware adjustments: the ex-partner rule
(from 2020-04-01) and the principal-crime flag (from 2023-06-01).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli.detect import frames
from audit_cli.detect import problems as P
from audit_cli.detect.matcher import MatchSettings, TextMatcher
from audit_cli.detect.yamlsrc import read_yaml

FINDING_COLUMNS = ["case_id", "verdict", "score", "score_f", "score_o", "score_u", "score_r",
                   "four", "rules", "recorded_as_stalking", "principal_crime", "explanation"]
DIMENSIONS = "FOUR"


@dataclass
class VerdictSettings:
    pack_version: str = "0"
    missed: float = 6.0
    review: float = 3.0
    dimension_min: float = 1.0
    min_dimensions: int = 3
    required: list = field(default_factory=lambda: ["R"])
    ex_from: dt.date = dt.date(2020, 4, 1)
    ex_relationships: list = field(default_factory=lambda: ["ex-partner"])
    ex_min_crimes: int = 2
    ex_boost: float = 2.0
    ex_min_dimensions: int = 2
    principal_from: dt.date = dt.date(2023, 6, 1)
    principal_codes: list = field(default_factory=list)
    principal_offences: list = field(default_factory=list)
    stalking_codes: list = field(default_factory=lambda: ["195/12", "8/65", "8/66"])
    stalking_classifications: list = field(default_factory=lambda: ["8Q"])
    stalking_words: list = field(default_factory=lambda: ["stalking"])
    stalking_excludes: list = field(default_factory=list)
    matching: MatchSettings = field(default_factory=MatchSettings)
    source_text: str = ""


_SCHEMA = {
    "pack_version": None,
    "thresholds": {"missed": "missed", "review": "review"},
    "four": {"dimension_min": "dimension_min", "min_dimensions": "min_dimensions",
             "required": "required"},
    "ex_partner": {"from": "ex_from", "relationships": "ex_relationships",
                   "min_crimes": "ex_min_crimes", "boost": "ex_boost",
                   "min_dimensions": "ex_min_dimensions"},
    "principal_crime": {"from": "principal_from", "offence_codes": "principal_codes",
                        "offences": "principal_offences"},
    "recorded_as_stalking": {"offence_codes": "stalking_codes",
                             "classifications": "stalking_classifications",
                             "title_words": "stalking_words", "title_excludes": "stalking_excludes"},
    "matching": {name: name for name in MatchSettings.__dataclass_fields__},
}


def _coerce(current, value):
    """Cast a YAML value to the type of the default it replaces; ValueError if it cannot."""
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if isinstance(current, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError("must be a number >= 0")
        return type(current)(value)
    if isinstance(current, dt.date):
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value))
    if isinstance(current, list):
        if not isinstance(value, list):
            raise ValueError("must be a list")
        return [str(v) for v in value]
    return str(value)


def load_verdict_settings(dirs: list[Path], overrides: dict | None = None
                          ) -> tuple[VerdictSettings, list[P.Problem]]:
    """verdicts.yml of each folder merged in order (then `overrides`, same shape)."""
    settings = VerdictSettings()
    found: list[P.Problem] = []
    texts = []
    sources = []
    for folder in dirs:
        path = Path(folder) / "verdicts.yml"
        if path.is_file():
            src = read_yaml(path)
            texts.append(src.text)
            if src.error or not isinstance(src.data, dict):
                found.append(P.BadSettings(str(path), src.error_line,
                                           src.error or "verdicts.yml must be a YAML map"))
                continue
            sources.append((str(path), src.data, src.line))
    if overrides:
        sources.append(("settings", overrides, lambda *a: 0))
    for name, data, line in sources:
        _apply(settings, name, data, line, found)
    settings.source_text = "\0".join(texts)
    return settings, found


def _apply(settings: VerdictSettings, name: str, data: dict, line, found: list) -> None:
    for section, value in data.items():
        if section not in _SCHEMA:
            found.append(P.UnknownKey(name, line(section), f"unknown verdicts key {section!r}"))
            continue
        if section == "pack_version":
            settings.pack_version = str(value)
            continue
        if not isinstance(value, dict):
            found.append(P.BadSettings(name, line(section), f"{section} must be a map"))
            continue
        for key, val in value.items():
            attr = _SCHEMA[section].get(key)
            if attr is None:
                found.append(P.UnknownKey(name, line(section, key),
                                          f"unknown key {key!r} under {section}"))
                continue
            target = settings.matching if section == "matching" else settings
            try:
                setattr(target, attr, _coerce(getattr(target, attr), val))
            except ValueError as exc:
                found.append(P.BadSettings(name, line(section, key), f"{section}.{key} {exc}"))


def with_overrides(settings: VerdictSettings, overrides: dict | None) -> VerdictSettings:
    if not overrides:
        return settings
    merged = copy.deepcopy(settings)
    found: list = []
    _apply(merged, "settings", overrides, lambda *a: 0, found)
    if found:
        from audit_cli.errors import AuditError
        raise AuditError(found[0].message)
    return merged


# --------------------------------------------------------------------------- crime tests


_TITLE_MATCHERS: dict[tuple, TextMatcher] = {}


def _lexicon_key(lexicon) -> tuple:
    return (tuple(sorted(lexicon.abbreviations.items())), tuple(lexicon.cues),
            tuple(lexicon.pseudo), tuple(lexicon.breakers), tuple(sorted(lexicon.real_words)),
            lexicon.window_words)


def _title_matcher(lexicon, settings: VerdictSettings, phrases: list[str]):
    """A compiled matcher for offence-title phrases, shared by runs with the same settings."""
    key = (_lexicon_key(lexicon), repr(settings.matching), tuple(phrases))
    if key not in _TITLE_MATCHERS:
        if len(_TITLE_MATCHERS) >= 16:
            _TITLE_MATCHERS.pop(next(iter(_TITLE_MATCHERS)))
        _TITLE_MATCHERS[key] = TextMatcher(lexicon, settings.matching)
    matcher = _TITLE_MATCHERS[key]
    ids = [matcher.add(p) for p in phrases]
    return matcher, ids


def _phrase_any(values: pd.Series, matcher: TextMatcher, ids: list[int]) -> pd.Series:
    """Per value: does any of the phrases occur (not negated)? Computed on distinct values."""
    codes, uniques = pd.factorize(values.fillna("").astype(str))
    hits = matcher.run(list(uniques))
    hits = hits[hits["pattern"].isin(ids) & ~hits["negated"]]
    found = np.zeros(len(uniques), dtype=bool)
    found[hits["row"].to_numpy()] = True
    out = np.zeros(len(values), dtype=bool)
    valid = codes >= 0
    out[valid] = found[codes[valid]]
    return pd.Series(out, index=values.index)


def recorded_as_stalking(crimes: pd.DataFrame, lexicon, settings: VerdictSettings) -> pd.Series:
    """Per crime: coded, classified, titled or flagged as stalking."""
    code = crimes["offence_code"].fillna("").astype(str).str.strip().str.upper()
    codes = {c.upper() for c in settings.stalking_codes + settings.stalking_classifications}
    result = code.isin(codes)
    flags = crimes["flags"].fillna("").astype(str)
    for cls in settings.stalking_classifications:
        result |= flags.str.upper().str.contains(rf"(?:^|[^A-Z0-9]){cls.upper()}(?:$|[^A-Z0-9])",
                                                 regex=True)
    matcher, word_ids = _title_matcher(lexicon, settings, settings.stalking_words)
    exclude_ids = [matcher.add(p) for p in settings.stalking_excludes]
    titles = crimes["offence"].fillna("").astype(str)
    titled = _phrase_any(titles, matcher, word_ids)
    if exclude_ids:
        titled &= ~_phrase_any(titles, matcher, exclude_ids)
    result |= titled
    result |= _phrase_any(flags, matcher, word_ids)
    return result.fillna(False).astype(bool)


def serious_principal(crimes: pd.DataFrame, lexicon, settings: VerdictSettings) -> pd.Series:
    """Per crime: a more serious principal crime dated on/after principal_crime.from."""
    date = crime_dates(crimes)
    code = crimes["offence_code"].fillna("").astype(str).str.strip().str.upper()
    serious = code.isin({c.upper() for c in settings.principal_codes})
    if settings.principal_offences:
        matcher, ids = _title_matcher(lexicon, settings, settings.principal_offences)
        serious |= _phrase_any(crimes["offence"], matcher, ids)
    return serious & (date >= pd.Timestamp(settings.principal_from)).fillna(False)


def crime_dates(crimes: pd.DataFrame) -> pd.Series:
    """offence_date, or recorded_date where the offence date is missing."""
    off = pd.to_datetime(crimes["offence_date"], errors="coerce") if "offence_date" in crimes \
        else pd.Series(pd.NaT, index=crimes.index)
    if "recorded_date" in crimes:
        off = off.fillna(pd.to_datetime(crimes["recorded_date"], errors="coerce"))
    return off


# --------------------------------------------------------------------------- findings


def _rule_table(pack) -> pd.DataFrame:
    rows = []
    for rule in pack.rules + pack.correlations:
        rows.append({"rule_id": rule.id, "weight": rule.weight, "four_letters": rule.four,
                     "has_behaviour": bool(getattr(rule, "behaviour", "")),
                     "is_base": rule in pack.rules})
    table = pd.DataFrame(rows, columns=["rule_id", "weight", "four_letters", "has_behaviour",
                                        "is_base"])
    for letter in DIMENSIONS:
        table[letter] = table["four_letters"].str.contains(letter, regex=False)
    return table


def findings(cases: pd.DataFrame, case_crimes: pd.DataFrame, crimes: pd.DataFrame,
             hits: pd.DataFrame, case_hits: pd.DataFrame, pack,
             settings: VerdictSettings) -> pd.DataFrame:
    """One row per case (FINDING_COLUMNS)."""
    if cases.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in FINDING_COLUMNS})
    case_ids = cases["case_id"].astype(str)
    attrs = crimes[["crime_ref"]].copy()
    attrs["date"] = crime_dates(crimes)
    attrs["recorded"] = recorded_as_stalking(crimes, pack.lexicon, settings).to_numpy()
    attrs["serious"] = serious_principal(crimes, pack.lexicon, settings).to_numpy()
    rel = crimes["relationship"].fillna("").astype(str).str.strip().str.lower() \
        if "relationship" in crimes else pd.Series("", index=crimes.index)
    attrs["ex_partner"] = (rel.isin([r.lower() for r in settings.ex_relationships])
                           & (attrs["date"] >= pd.Timestamp(settings.ex_from)).fillna(False)).to_numpy()
    cc = case_crimes[["case_id", "crime_ref"]].merge(attrs, on="crime_ref", how="left")
    # case ids as integer positions (one pyarrow hash each), so per-case sums are placed
    # by position instead of aligning string indexes
    uniq = pd.unique(case_ids)
    at = frames.positions(case_ids, uniq)
    cc_code = frames.positions(cc["case_id"].astype(str), uniq)
    fired_base = cc[["case_id", "crime_ref"]].merge(hits[["crime_ref", "rule_id"]], on="crime_ref")
    fired = pd.concat([fired_base[["case_id", "rule_id"]],
                       case_hits[["case_id", "rule_id"]]], ignore_index=True).drop_duplicates()
    fired = fired.merge(_rule_table(pack), on="rule_id", how="left")
    fired["weight"] = fired["weight"].fillna(0.0)
    f_code = frames.positions(fired["case_id"].astype(str), uniq)
    known = cc_code >= 0
    per_case = cc[known].groupby(cc_code[known]).agg(
        recorded=("recorded", "any"), serious=("serious", "any"),
        ex_partner=("ex_partner", "any"), n_crimes=("crime_ref", "nunique"))
    fired = fired[f_code >= 0]
    f_code = f_code[f_code >= 0]
    columns = {"case_id": case_ids.to_numpy()}
    by_case = fired.groupby(f_code)
    columns["score"] = _place(by_case["weight"].sum(), len(uniq), 0.0)[at]
    for letter in DIMENSIONS:
        part = (fired["weight"] * fired[letter].fillna(False)).groupby(f_code).sum()
        columns[f"score_{letter.lower()}"] = _place(part, len(uniq), 0.0)[at]
    columns["behaviour"] = _place(by_case["has_behaviour"].any(), len(uniq), False)[at]
    rules = frames.group_join(f_code, fired["rule_id"], len(uniq), ";",
                              order=frames.str_rank(fired["rule_id"]))
    columns["rules"] = np.asarray(rules.to_numpy(zero_copy_only=False), dtype=object)[at]
    for col in ("recorded", "serious", "ex_partner"):
        columns[col] = _place(per_case[col], len(uniq), False)[at]
    columns["n_crimes"] = _place(per_case["n_crimes"], len(uniq), 0)[at]
    out = pd.DataFrame(columns)
    for col in ("behaviour", "recorded", "serious", "ex_partner"):
        out[col] = out[col].astype(bool)
    out["ex_rule"] = out["ex_partner"] & out["behaviour"] & (out["n_crimes"] >= settings.ex_min_crimes)
    out["score"] = out["score"] + np.where(out["ex_rule"], settings.ex_boost, 0.0)
    present = pd.DataFrame({d: out[f"score_{d.lower()}"] >= settings.dimension_min
                            for d in DIMENSIONS})
    out["four"] = _four_letters(present)
    n_dims = present.sum(axis=1)
    need = np.where(out["ex_rule"], settings.ex_min_dimensions, settings.min_dimensions)
    required_ok = np.ones(len(out), dtype=bool)
    for letter in settings.required:
        if letter.upper() in present:
            required_ok &= present[letter.upper()].to_numpy()
    missed = (out["score"] >= settings.missed) & (n_dims >= need) & required_ok
    out["verdict"] = np.select(
        [out["recorded"], missed, out["score"] >= settings.review],
        ["recorded_stalking", "missed_stalking", "review"], default="no_concern")
    out["recorded_as_stalking"] = out["recorded"]
    out["principal_crime"] = out["serious"] & out["behaviour"] & ~out["recorded"]
    out["explanation"] = _explanations(out, cc, hits, case_hits, pack, settings)
    return out[FINDING_COLUMNS].reset_index(drop=True)


def _place(per_code: pd.Series, size: int, default) -> np.ndarray:
    """Per-case values (indexed by case position) as an array over all cases."""
    values = per_code.to_numpy()
    out = np.full(size, default, dtype=values.dtype if len(values) else type(default))
    out[per_code.index.to_numpy(dtype=np.int64)] = values
    return out


def _four_letters(present: pd.DataFrame) -> np.ndarray:
    """"F.UR"-style (a dot, not a dash: a CSV cell starting "-" would need a formula guard) letters of the dimensions present, per row."""
    bits = np.zeros(len(present), dtype=np.int64)
    for i, d in enumerate(DIMENSIONS):
        bits |= present[d].to_numpy(dtype=bool).astype(np.int64) << i
    table = np.array(["".join(d if b >> i & 1 else "." for i, d in enumerate(DIMENSIONS))
                      for b in range(1 << len(DIMENSIONS))], dtype=object)
    return table[bits]


def _explanations(out: pd.DataFrame, cc: pd.DataFrame, hits: pd.DataFrame,
                  case_hits: pd.DataFrame, pack, settings: VerdictSettings) -> np.ndarray:
    """One reviewer-facing sentence list per case, assembled column-wise with pyarrow."""
    meta = {r.id: r for r in pack.rules + pack.correlations}
    case_index = pd.Index(pd.unique(out["case_id"]))
    parts = [frames.concat("Rules fired: ", _base_lines(cc, hits, meta, case_index, out))]
    corr = _corr_lines(case_hits, meta, case_index, out)
    if corr is not None:
        parts.append(corr)
    parts.append(frames.concat(
        "FOUR ", out["four"], ": F=", frames.label(out["score_f"], "g"),
        " O=", frames.label(out["score_o"], "g"), " U=", frames.label(out["score_u"], "g"),
        " R=", frames.label(out["score_r"], "g"), "; score ", frames.label(out["score"], "g")))
    n = len(out)
    for when, text in (
            (out["ex_rule"], f"Former partners, course of conduct on/after {settings.ex_from}: "
                             f"+{settings.ex_boost:g} (record as stalking unless harassment only)"),
            (out["recorded"], "Recorded as stalking"),
            (out["serious"] & out["behaviour"] & ~out["recorded"],
             f"Stalking behaviour under a more serious principal crime on/after "
             f"{settings.principal_from} without a stalking classification (rec 7)")):
        mask = np.asarray(when, dtype=bool)
        if mask.any():
            parts.append(pa.array(np.full(n, text, dtype=object), type=pa.large_string(),
                                  mask=~mask))
    joined = pc.binary_join_element_wise(*parts, pa.scalar(". ", pa.large_string()),
                                         null_handling="skip")
    return np.asarray(joined.to_numpy(zero_copy_only=False), dtype=object)


def _spread(per_case: pa.Array, case_index: pd.Index, out: pd.DataFrame) -> pa.Array:
    """Per-distinct-case values onto the rows of `out` (a case id may repeat there)."""
    at = frames.positions(out["case_id"], case_index)
    return per_case.take(pa.array(at, type=pa.int64()))


def _base_lines(cc, hits, meta, case_index, out) -> pa.Array:
    """'rule (w2, FR): CR1 "quote"; CR2' lines per case, ' | '-joined ('none' when no rule)."""
    ev = cc[["case_id", "crime_ref"]].merge(
        hits[["crime_ref", "rule_id", "matched"]], on="crime_ref")
    ev = ev[frames.positions(ev["case_id"], case_index) >= 0]
    if ev.empty:
        return pa.array(np.full(len(out), "none", dtype=object), type=pa.large_string())
    ev = ev.sort_values(["case_id", "rule_id", "crime_ref"], kind="stable").reset_index(drop=True)
    matched = ev["matched"].fillna("").astype(str)
    m_codes, m_uniques = pd.factorize(matched)
    quoted = np.array([f' "{_short(m)}"' if m else "" for m in m_uniques.tolist()], dtype=object)
    quote = frames.concat(ev["crime_ref"].astype(str), quoted[m_codes] if len(quoted)
                          else np.array([], dtype=object))
    # one line per (case, rule): consecutive rows after the sort
    case_codes = frames.positions(ev["case_id"], case_index)
    rule_codes, rule_ids = pd.factorize(ev["rule_id"])
    pair = case_codes.astype(np.int64) * (len(rule_ids) + 1) + rule_codes
    line_no = np.cumsum(np.r_[True, pair[1:] != pair[:-1]]) - 1
    first = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    quotes = frames.group_join(line_no, quote, len(first), "; ")
    heads = np.array([f"{rid} ({_weight(meta.get(rid))}, "
                      f"{meta[rid].four if rid in meta and meta[rid].four else '-'}): "
                      for rid in rule_ids.tolist()], dtype=object)
    lines = frames.concat(heads[rule_codes[first]], quotes)
    per_case = frames.group_join(case_codes[first], lines, len(case_index), " | ")
    has = np.zeros(len(case_index), dtype=bool)
    has[case_codes[first]] = True
    per_case = pc.if_else(pa.array(has), per_case, pa.scalar("none", pa.large_string()))
    return _spread(per_case, case_index, out)


def _corr_lines(case_hits, meta, case_index, out) -> pa.Array | None:
    """'rule (w3, R): evidence' per correlation, ' | '-joined; null where none fired."""
    ch = case_hits[frames.positions(case_hits["case_id"], case_index) >= 0]
    if ch.empty:
        return None
    ch = ch.sort_values(["case_id", "rule_id"])
    rule_codes, rule_ids = pd.factorize(ch["rule_id"])
    weights = np.array([_weight(meta.get(rid)) for rid in rule_ids.tolist()], dtype=object)
    four = ch["four"].fillna("").astype(str).to_numpy(dtype=object)
    lines = frames.concat(ch["rule_id"].astype(str), " (", weights[rule_codes], ", ",
                          np.where(four == "", "-", four).astype(object), "): ",
                          frames.label(ch["evidence"], ""))
    codes = frames.positions(ch["case_id"], case_index)
    per_case = frames.group_join(codes, lines, len(case_index), " | ")
    has = np.zeros(len(case_index), dtype=bool)
    has[codes] = True
    per_case = pc.if_else(pa.array(has), frames.concat("Patterns: ", per_case),
                          pa.nulls(len(case_index), pa.large_string()))
    return _spread(per_case, case_index, out)


def _weight(rule) -> str:
    return f"w{rule.weight:g}" if rule is not None else "w?"


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
