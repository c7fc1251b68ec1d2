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

from audit_cli import frames
from audit_cli.detect import problems as P
from audit_cli.detect.codes import CaseCodes
from audit_cli.detect.matcher import MatchSettings, TextMatcher
from audit_cli.detect.quantities import (REPEATED_KINDS, QuantityGrammar, QuantitySettings,
                                         check_four, describe, kind_of, load_grammar,
                                         quantity_rules)
from audit_cli.detect.yamlsrc import read_settings_map
from audit_cli.model import VERDICTS

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
    quantities: QuantitySettings = field(default_factory=QuantitySettings)
    grammar: QuantityGrammar = field(default_factory=QuantityGrammar)  # rules/quantities.yml
    one_record_min_dimensions: int = 2
    one_record_boost: float = 3.0
    one_record_persistence_kinds: list = field(default_factory=list)
    current_partner_relationships: list = field(default_factory=list)
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
    "quantities": {name: name for name in QuantitySettings.__dataclass_fields__},
    "one_record_course": {"min_dimensions": "one_record_min_dimensions",
                          "boost": "one_record_boost",
                          "persistence_kinds": "one_record_persistence_kinds"},
    "current_partner": {"relationships": "current_partner_relationships"},
}
# sections read into their own settings object
_NESTED = {"matching": "matching", "quantities": "quantities"}


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
        src = read_settings_map(path, texts, found) if path.is_file() else None
        if src is not None:
            sources.append((str(path), src.data, src.line))
    if overrides:
        sources.append(("settings", overrides, lambda *a: 0))
    for name, data, line in sources:
        _apply(settings, name, data, line, found)
    settings.grammar, grammar_problems = load_grammar(dirs)
    found += grammar_problems
    settings.source_text = "\0".join(texts + [settings.grammar.source_text])
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
            target = getattr(settings, _NESTED[section]) if section in _NESTED else settings
            try:
                value = _coerce(getattr(target, attr), val)
                setattr(target, attr, check_four(value) if attr.endswith("_four") else value)
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


def _rule_meta(pack, settings: VerdictSettings) -> dict:
    """Rule id -> rule: the pack's rules, correlations and quantity pseudo-rules."""
    meta = {}
    for rule in pack.rules + pack.correlations + quantity_rules(settings.quantities):
        meta.setdefault(rule.id, rule)
    return meta


def _rule_table(pack, names: list[str], settings: VerdictSettings) -> dict[str, np.ndarray]:
    """Per rule name (a rule outside the pack weighs 0 and has no letters): weight, one
    boolean per FOUR letter, and whether it is an s2A(3) behaviour."""
    meta = _rule_meta(pack, settings)
    rules = [meta.get(name) for name in names]
    table = {"weight": np.array([float(r.weight) if r is not None else 0.0 for r in rules],
                                dtype=float),
             "behaviour": np.array([bool(getattr(r, "behaviour", "")) if r is not None else False
                                    for r in rules], dtype=bool)}
    for letter in DIMENSIONS:
        table[letter] = np.array([r is not None and letter in r.four for r in rules], dtype=bool)
    return table


def _labels(table: list[str], codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """table[codes] as a `str` column."""
    labels = pa.array(table, type=pa.large_string())
    return frames.strings(labels.take(pa.array(codes, pa.int64()))).array


def _any_per_case(flag: np.ndarray, case: np.ndarray, crime: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    out[case[flag[crime]]] = True
    return out


def findings(codes: CaseCodes, crimes: pd.DataFrame, hits: pd.DataFrame,
             case_hits: pd.DataFrame, pack, settings: VerdictSettings) -> pd.DataFrame:
    """One row per listed case (FINDING_COLUMNS), in the cases' order.

    `codes`: the run's codes.CaseCodes (the cases and case_crimes as integer codes),
    made by detect() once for the correlations and the verdicts."""
    n_cases, row_case = codes.n_listed, codes.case_of_row
    if not len(row_case):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in FINDING_COLUMNS})
    crime_flags = _crime_flags(crimes, codes, pack, settings)
    # case_crimes rows of the listed cases
    known = codes.cc_case < n_cases
    cc_case, cc_crime = codes.cc_case[known], codes.cc_crime[known]
    per_case = {name: _any_per_case(flag, cc_case, cc_crime, n_cases)
                for name, flag in crime_flags.items()}
    distinct = frames.first_rows(cc_case, cc_crime)
    n_crimes = np.bincount(cc_case[distinct], minlength=n_cases)
    fired = _fired(codes, case_hits, n_cases)
    table = _rule_table(pack, fired.names, settings)
    weight = table["weight"][fired.rule]
    case_ids = codes.case_names.take(pa.array(row_case, pa.int64()))
    columns = {"case_id": frames.strings(case_ids).array,
               "score": _case_sum(weight, fired.case, n_cases)[row_case]}
    for letter in DIMENSIONS:
        columns[f"score_{letter.lower()}"] = _case_sum(weight * table[letter][fired.rule],
                                                       fired.case, n_cases)[row_case]
    behaviour = np.zeros(n_cases, dtype=bool)
    behaviour[fired.case[table["behaviour"][fired.rule]]] = True
    names = np.asarray(fired.names, dtype=object)
    rules = frames.group_join(fired.case, pa.array(names[fired.rule], type=pa.large_string()),
                              n_cases, ";", order=frames.str_rank(names)[fired.rule])
    out = pd.DataFrame(columns)
    out["behaviour"] = behaviour[row_case]
    for col in ("recorded", "serious", "ex_partner"):
        out[col] = per_case[col][row_case]
    out["n_crimes"] = n_crimes[row_case]
    out["ex_rule"] = out["ex_partner"] & out["behaviour"] & (out["n_crimes"] >= settings.ex_min_crimes)
    out["score"] = out["score"] + np.where(out["ex_rule"], settings.ex_boost, 0.0)
    course_crime = one_record_courses(codes, pack, settings)
    out["one_record"] = _any_per_case(course_crime, cc_case, cc_crime, n_cases)[row_case]
    out["score"] = out["score"] + np.where(out["one_record"], settings.one_record_boost, 0.0)
    present = pd.DataFrame({d: out[f"score_{d.lower()}"] >= settings.dimension_min
                            for d in DIMENSIONS})
    four_bits = _four_bits(present)
    n_dims = present.sum(axis=1)
    need = np.where(out["ex_rule"], settings.ex_min_dimensions, settings.min_dimensions)
    need = np.where(out["one_record"], np.minimum(need, settings.one_record_min_dimensions), need)
    required_ok = np.ones(len(out), dtype=bool)
    for letter in settings.required:
        if letter.upper() in present:
            required_ok &= present[letter.upper()].to_numpy()
    # a current relationship: the conduct is controlling or coercive behaviour (s76),
    # for an analyst to review, not a missed stalking record
    out["current_partner"] = per_case["current_partner"][row_case] & ~per_case["ex_partner"][row_case]
    missed = ((out["score"] >= settings.missed) & (n_dims >= need) & required_ok
              & ~out["current_partner"])
    verdict = np.select([out["recorded"], missed, out["score"] >= settings.review],
                        [VERDICTS.index("recorded_stalking"), VERDICTS.index("missed_stalking"),
                         VERDICTS.index("review")], default=VERDICTS.index("no_concern"))
    out["verdict"] = _labels(list(VERDICTS), verdict)
    out["four"] = _labels(FOUR_TEXTS, four_bits)
    out["rules"] = frames.strings(rules.take(pa.array(row_case, pa.int64()))).array
    out["recorded_as_stalking"] = out["recorded"]
    out["principal_crime"] = out["serious"] & out["behaviour"] & ~out["recorded"]
    out["explanation"] = _explanations(out, four_bits, codes, hits, case_hits, pack, settings,
                                       course_crime)
    return out[FINDING_COLUMNS].reset_index(drop=True)


def one_record_courses(codes, pack, settings: VerdictSettings) -> np.ndarray:
    """Per crime code: does the record's own narrative show a course of conduct?

    A repetition read in it (a frequency, or a count of at least `quantities.
    occasions_min` occasions) and at least `one_record_course.min_dimensions` FOUR
    dimensions from the base rules that fired on that crime alone (the `four.required`
    letters among them). The quantities' own letters do not count towards the
    dimensions: "45 texts a day" is the repetition, and the course needs behaviour
    evidence besides it; the repetition itself stands for R."""
    n_crimes = len(codes.crime_row)
    if not len(codes.hit_crime):
        return np.zeros(n_crimes, dtype=bool)
    keep = frames.first_rows(codes.hit_crime, codes.hit_rule)
    crime, rule = codes.hit_crime[keep], codes.hit_rule[keep]
    names = list(codes.rule_names)
    table = _rule_table(pack, names, settings)
    repeated = np.array([kind_of(n) in REPEATED_KINDS for n in names], dtype=bool)
    # how long it has gone on ("for six weeks", "since May") is persistence: its letters
    # count as behaviour evidence; a count or frequency is the repetition itself
    behaviour = np.array([not kind_of(n) or kind_of(n) in settings.one_record_persistence_kinds
                          for n in names], dtype=bool)
    course = np.bincount(crime[repeated[rule]], minlength=n_crimes) > 0
    n_dims = np.zeros(n_crimes, dtype=np.int64)
    for letter in DIMENSIONS:
        weight = table["weight"][rule] * (table[letter] & behaviour)[rule]
        present = np.bincount(crime, weights=weight, minlength=n_crimes) >= settings.dimension_min
        if letter == "R":
            present |= course
        n_dims += present
        if letter in [r.upper() for r in settings.required]:
            course &= present
    return course & (n_dims >= settings.one_record_min_dimensions)


def _crime_flags(crimes: pd.DataFrame, codes, pack, settings) -> dict[str, np.ndarray]:
    """Per crime code: recorded as stalking, serious principal crime, ex-partner, current
    partner (the ex-partner flag needs the offence date; a current partner does not)."""
    date = crime_dates(crimes)
    rel = crimes["relationship"].fillna("").astype(str).str.strip().str.lower() \
        if "relationship" in crimes else pd.Series("", index=crimes.index)
    flags = {
        "current_partner": rel.isin([r.lower() for r in settings.current_partner_relationships]),
        "recorded": recorded_as_stalking(crimes, pack.lexicon, settings),
        "serious": serious_principal(crimes, pack.lexicon, settings),
        "ex_partner": rel.isin([r.lower() for r in settings.ex_relationships])
        & (date >= pd.Timestamp(settings.ex_from)).fillna(False)}
    # refs only case_crimes knows have no flags
    return {name: codes.per_crime(flag.to_numpy(dtype=bool), False) for name, flag in flags.items()}


@dataclass
class _Fired:
    """Distinct (case, rule) pairs that fired, first-seen order: the base rules of each
    case crime, then the correlations."""

    case: np.ndarray
    rule: np.ndarray
    names: list


def _fired(codes, case_hits: pd.DataFrame, n_cases: int) -> _Fired:
    left, right = codes.cc_hits()
    names = list(codes.rule_names)
    ch_rule = np.zeros(0, dtype=np.int64)
    ch_case = np.zeros(0, dtype=np.int64)
    if len(case_hits):
        ch_ids = case_hits["rule_id"].astype(str)
        known = set(names)
        names += [r for r in pd.unique(ch_ids) if r not in known]
        ch_rule = pd.Index(names, dtype=object).get_indexer(ch_ids).astype(np.int64)
        ch_case = frames.positions(case_hits["case_id"].astype(str), codes.case_names)
    case = np.concatenate([codes.cc_case[left], ch_case])
    rule = np.concatenate([codes.hit_rule[right], ch_rule])
    keep = frames.first_rows(case, rule)
    keep = keep[(case[keep] >= 0) & (case[keep] < n_cases)]
    return _Fired(case=case[keep], rule=rule[keep], names=names)


def _case_sum(values: np.ndarray, case: np.ndarray, n_cases: int) -> np.ndarray:
    """Per-case sums in row order (pandas' grouped sum, as the scores always were)."""
    out = np.zeros(n_cases, dtype=float)
    if len(case):
        sums = pd.Series(values, dtype=float).groupby(case).sum()
        out[sums.index.to_numpy(dtype=np.int64)] = sums.to_numpy()
    return out


# "F.UR"-style letters per bit pattern: a dot, not a dash (a CSV cell starting "-"
# would need a formula guard)
FOUR_TEXTS = ["".join(d if b >> i & 1 else "." for i, d in enumerate(DIMENSIONS))
              for b in range(1 << len(DIMENSIONS))]


def _four_bits(present: pd.DataFrame) -> np.ndarray:
    """Index into FOUR_TEXTS of the dimensions present, per row."""
    bits = np.zeros(len(present), dtype=np.int64)
    for i, d in enumerate(DIMENSIONS):
        bits |= present[d].to_numpy(dtype=bool).astype(np.int64) << i
    return bits


def _explanations(out: pd.DataFrame, four_bits: np.ndarray, codes, hits: pd.DataFrame,
                  case_hits: pd.DataFrame, pack, settings: VerdictSettings,
                  course_crime: np.ndarray):
    """One reviewer-facing sentence list per case.

    "Rules fired: ...", then "Patterns: ..." when a correlation fired, then the FOUR
    scores and the date-rule notes. The last part depends on a few numbers only, so it
    is written once per distinct combination; most cases (no rule fired) share a
    handful of whole texts, and only the cases with hits get their own string."""
    meta = _rule_meta(pack, settings)
    n_cases, row_case = codes.n_listed, codes.case_of_row
    base, has_base = _base_lines(codes, hits, meta, n_cases)
    corr, has_corr = _corr_lines(codes, case_hits, meta, n_cases)
    course, has_course = _course_lines(codes, hits, course_crime, n_cases, settings)
    tail, tail_code = _tails(out, four_bits, settings)
    rich_case = has_base | has_corr
    rich_rows = np.flatnonzero(rich_case[row_case])
    plain = pa.array(["Rules fired: none. " + t for t in tail], type=pa.large_string())
    at = tail_code.copy()
    texts = [plain]
    if len(rich_rows):
        cases = row_case[rich_rows]
        head = pc.if_else(pa.array(has_base[cases]), frames.concat(
            "Rules fired: ", base.take(pa.array(cases, pa.int64()))),
            pa.scalar("Rules fired: none", pa.large_string()))
        middle = pc.if_else(pa.array(has_corr[cases]), frames.concat(
            ". Patterns: ", corr.take(pa.array(cases, pa.int64()))),
            pa.scalar("", pa.large_string()))
        middle = frames.concat(middle, pc.if_else(
            pa.array(has_course[cases]), frames.concat(". ", course.take(pa.array(cases, pa.int64()))),
            pa.scalar("", pa.large_string())))
        tails = pa.array(tail, type=pa.large_string()).take(pa.array(tail_code[rich_rows],
                                                                      pa.int64()))
        texts.append(frames.concat(head, middle, ". ", tails))
        at[rich_rows] = len(plain) + np.arange(len(rich_rows))
    return frames.strings(pa.concat_arrays(texts).take(pa.array(at, pa.int64()))).array


def _tails(out: pd.DataFrame, four_bits: np.ndarray, settings: VerdictSettings):
    """The FOUR line and date-rule notes: distinct texts and each row's code."""
    principal = (out["serious"] & out["behaviour"] & ~out["recorded"]).to_numpy(dtype=bool)
    flags = [out["ex_rule"].to_numpy(dtype=bool), out["recorded"].to_numpy(dtype=bool), principal,
             out["current_partner"].to_numpy(dtype=bool)]
    labels = []  # per score column: each row's code and the "g" text of each distinct value
    for col in ("score_f", "score_o", "score_u", "score_r", "score"):
        value_codes, uniques = pd.factorize(out[col].to_numpy(), use_na_sentinel=False)
        labels.append((value_codes.astype(np.int64), [format(u, "g") for u in uniques.tolist()]))
    combined = _tuple_codes([four_bits, *flags, *(c for c, _ in labels)])
    firsts = frames.first_rows(combined)
    ex_text = (f"Former partners, course of conduct on/after {settings.ex_from}: "
               f"+{settings.ex_boost:g} (record as stalking unless harassment only)")
    principal_text = (f"Stalking behaviour under a more serious principal crime on/after "
                      f"{settings.principal_from} without a stalking classification (rec 7)")
    partner_text = ("Current partners: controlling or coercive behaviour (SCA 2015 s76) to "
                    "review, not a missed stalking record")
    texts = [""] * len(firsts)
    for i in firsts.tolist():
        f, o, u, r, score = (text[value_codes[i]] for value_codes, text in labels)
        parts = [f"FOUR {FOUR_TEXTS[four_bits[i]]}: F={f} O={o} U={u} R={r}; score {score}"]
        for flag, text in zip(flags, (ex_text, "Recorded as stalking", principal_text,
                                      partner_text)):
            if flag[i]:
                parts.append(text)
        texts[combined[i]] = ". ".join(parts)
    return texts, combined


def _tuple_codes(keys: list[np.ndarray]) -> np.ndarray:
    """Code of each row's tuple of small non-negative keys, numbered in first-seen order."""
    keys = [np.asarray(k, dtype=np.int64) for k in keys]
    spans = [int(k.max()) + 1 if len(k) else 1 for k in keys]
    combined = np.zeros(len(keys[0]), dtype=np.int64)
    if float(np.prod(np.array(spans, dtype=float))) < 2.0 ** 62:
        for key, span in zip(keys, spans):
            combined = combined * span + key
        return pd.factorize(combined)[0]
    for key, span in zip(keys, spans):  # renumber as it goes so the numbers stay small
        combined = pd.factorize(combined * span + key)[0]
    return combined


def _line_order(case: np.ndarray, rule_rank: np.ndarray, crime: np.ndarray, codes) -> np.ndarray:
    """Rows ordered by case, rule id, then crime ref (ties in row order).

    Crime refs are compared as strings only inside a (case, rule) line holding more than
    one crime: almost every line holds one."""
    order = np.lexsort((rule_rank, case))
    c, r = case[order], rule_rank[order]
    new = np.r_[True, (c[1:] != c[:-1]) | (r[1:] != r[:-1])]
    line = np.cumsum(new) - 1
    size = np.bincount(line)
    multi = size[line] > 1
    if multi.any():
        rank = np.zeros(len(order), dtype=np.int64)
        refs = codes.crime_refs(crime[order][multi])
        rank[multi] = frames.str_rank(np.asarray(refs.to_numpy(zero_copy_only=False),
                                                 dtype=object))
        order = order[np.lexsort((rank, line))]
    return order


def _base_lines(codes, hits: pd.DataFrame, meta: dict, n_cases: int):
    """'rule (w2, FR): CR1 "quote"; CR2' lines per case, ' | '-joined, and which cases
    have any."""
    has = np.zeros(n_cases, dtype=bool)
    if not len(codes.hit_crime):
        return pa.nulls(n_cases, pa.large_string()), has
    left, right = codes.cc_hits()
    case = codes.cc_case[left]
    ok = case < n_cases
    case, crime, hit = case[ok], codes.cc_crime[left][ok], right[ok]
    if not len(case):
        return pa.nulls(n_cases, pa.large_string()), has
    rule = codes.hit_rule[hit]
    rule_ids = list(codes.rule_names)
    order = _line_order(case, frames.str_rank(np.asarray(rule_ids, dtype=object))[rule],
                        crime, codes)
    case, crime, rule, hit = case[order], crime[order], rule[order], hit[order]
    matched = hits["matched"].take(codes.hit_row[hit])  # only the quoted hits' rows
    matched = matched.fillna("").astype(str).to_numpy(dtype=object)
    m_codes, m_uniques = pd.factorize(matched)
    quoted = np.array([f' "{_short(m)}"' if m else "" for m in m_uniques.tolist()], dtype=object)
    quote = frames.concat(codes.crime_refs(crime), quoted[m_codes])
    new_line = np.r_[True, (case[1:] != case[:-1]) | (rule[1:] != rule[:-1])]
    line_no = np.cumsum(new_line) - 1
    first = np.flatnonzero(new_line)
    quotes = frames.group_join(line_no, quote, len(first), "; ")
    heads = np.array([f"{rid} ({_weight(meta.get(rid))}, "
                      f"{meta[rid].four if rid in meta and meta[rid].four else '-'}): "
                      for rid in rule_ids], dtype=object)
    lines = frames.concat(heads[rule[first]], quotes)
    has[case[first]] = True
    return frames.group_join(case[first], lines, n_cases, " | "), has


def _course_lines(codes, hits: pd.DataFrame, course_crime: np.ndarray, n_cases: int,
                  settings: VerdictSettings):
    """'One record describes a course of conduct (CR1: about 45 texts a day, since may)'
    per case with such a record, and which cases have one. Few cases do: a loop over them."""
    has = np.zeros(n_cases, dtype=bool)
    texts: list = [None] * n_cases
    left, right = codes.cc_hits()
    case, crime, hit = codes.cc_case[left], codes.cc_crime[left], right
    rule_ids = np.asarray(codes.rule_names, dtype=object)
    quantity = np.array([bool(kind_of(r)) for r in rule_ids], dtype=bool)
    keep = np.flatnonzero((case < n_cases) & course_crime[crime] & quantity[codes.hit_rule[hit]])
    if not len(keep):
        return pa.nulls(n_cases, pa.large_string()), has
    case, crime, rows = case[keep], crime[keep], codes.hit_row[hit[keep]]
    order = np.lexsort((hits["start"].to_numpy()[rows], crime, case))
    case, crime, rows = case[order], crime[order], rows[order]
    m_codes, m_uniques = pd.factorize(hits["matched"].fillna("").astype(str).to_numpy()[rows])
    fact_of = [describe(settings.grammar, settings.quantities, m) for m in m_uniques.tolist()]
    refs = codes.crime_refs(crime).to_pylist()
    said: dict[int, dict[str, list[str]]] = {}  # case -> crime ref -> facts, in text order
    for c, ref, m in zip(case.tolist(), refs, m_codes.tolist()):
        facts = said.setdefault(c, {}).setdefault(ref, [])
        if fact_of[m] and fact_of[m] not in facts:
            facts.append(fact_of[m])
    for c, per_crime in said.items():
        records = "; ".join(f"{ref}: {', '.join(facts)}" for ref, facts in per_crime.items())
        texts[c] = (f"One record describes a course of conduct ({records}): judged as a course, "
                    f"+{settings.one_record_boost:g}")
        has[c] = True
    return pa.array(texts, type=pa.large_string()), has


def _corr_lines(codes, case_hits: pd.DataFrame, meta: dict, n_cases: int):
    """'rule (w3, R): evidence' per correlation, ' | '-joined, and which cases have any."""
    has = np.zeros(n_cases, dtype=bool)
    if not len(case_hits):
        return pa.nulls(n_cases, pa.large_string()), has
    case = frames.positions(case_hits["case_id"].astype(str), codes.case_names)
    ok = (case >= 0) & (case < n_cases)
    ch = case_hits[ok]
    case = case[ok]
    if not len(ch):
        return pa.nulls(n_cases, pa.large_string()), has
    rule_codes, rule_ids = pd.factorize(ch["rule_id"])
    order = np.lexsort((frames.str_rank(np.asarray(rule_ids, dtype=object))[rule_codes], case))
    ch, case, rule_codes = ch.iloc[order], case[order], rule_codes[order]
    weights = np.array([_weight(meta.get(rid)) for rid in rule_ids.tolist()], dtype=object)
    four = ch["four"].fillna("").astype(str).to_numpy(dtype=object)
    lines = frames.concat(ch["rule_id"].astype(str), " (", weights[rule_codes], ", ",
                          np.where(four == "", "-", four).astype(object), "): ",
                          frames.label(ch["evidence"], ""))
    has[case] = True
    return frames.group_join(case, lines, n_cases, " | "), has


def _weight(rule) -> str:
    return f"w{rule.weight:g}" if rule is not None else "w?"


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
