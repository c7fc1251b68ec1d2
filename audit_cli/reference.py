"""Reference data: offences, teams and coded values matched to what the audit knows.

    rules/reference/offences.yml   Home Office classifications, families, title variants
    rules/reference/values.yml     known relationship values and outcome types
    rules/force.yml                teams (names, aliases) and the matching settings

Every crime gets an offence family and a canonical offence title (classify_offences);
every team a canonical name (followup.normalise_teams, through match_values here). What
was not recognised (offence titles, offence codes, teams, outcome codes, relationship
values) is listed with its count, the closest known value and a line to paste into a
settings file (unrecognised_values): the report's reference-data section,
reference.csv, the workbook's Reference data sheet and `audit validate` all show it.

Matching is worked out once per distinct value (a 1M-row export has a few hundred
distinct offence titles) and spread back to the rows with integer codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from audit_cli.config import read_yaml
from audit_cli.errors import AuditError
from audit_cli.paths import RULES_DIR

OFFENCES_FILE = RULES_DIR / "reference" / "offences.yml"
VALUES_FILE = RULES_DIR / "reference" / "values.yml"
OTHER_FAMILY = "other"
DEFAULT_FUZZY_THRESHOLD = 85.0

# How a value was recognised; "" = not recognised.
BY_CODE, BY_EXACT, BY_NORMALISED, BY_FUZZY, BY_CLASSIFICATION, BY_ALIAS = (
    "code", "exact", "normalised", "fuzzy", "classification", "alias")

REFERENCE_COLUMNS = ["kind", "value", "count", "closest", "score", "resolved_by",
                     "alias_line", "paste_into"]
KINDS = ("offence title", "offence code", "team", "outcome code", "relationship")


# --------------------------------------------------------------------------- matching


@dataclass
class Vocabulary:
    """Known values of one kind: each spelling (as written and as a key) -> canonical."""

    exact: dict[str, str]  # spelling as written -> canonical
    keys: dict[str, str]  # normalised spelling -> canonical
    threshold: float
    scorer: object = fuzz.ratio


def match_values(values: list[str], vocabulary: Vocabulary, key) -> pd.DataFrame:
    """Per value (each distinct value once): canonical (None when unrecognised), how
    (exact / normalised / fuzzy / ""), closest known spelling's canonical and its score.

    `key` turns a pd.Series of spellings into their normalised keys."""
    written = pd.Series(values, dtype=object).fillna("").astype(str).str.strip()
    keys = key(written) if len(written) else written
    canonical = written.map(vocabulary.exact)
    how = pd.Series(np.where(canonical.notna(), BY_EXACT, ""), dtype=object)
    by_key = keys.map(vocabulary.keys)
    fill = canonical.isna() & by_key.notna()
    canonical[fill], how[fill] = by_key[fill], BY_NORMALISED
    closest = canonical.copy()
    score = pd.Series(np.where(canonical.notna(), 100.0, 0.0))
    open_ = canonical.isna() & (keys != "")
    if open_.any() and vocabulary.keys:
        choices = list(vocabulary.keys)
        scores = process.cdist(keys[open_].tolist(), choices, scorer=vocabulary.scorer)
        best = scores.argmax(axis=1)
        best_score = scores.max(axis=1).astype(float)
        found = np.array([vocabulary.keys[choices[i]] for i in best], dtype=object)
        good = best_score >= vocabulary.threshold
        at = np.flatnonzero(open_.to_numpy())
        closest.iloc[at] = found
        score.iloc[at] = best_score
        canonical.iloc[at[good]] = found[good]
        how.iloc[at[good]] = BY_FUZZY
    return pd.DataFrame({"value": written, "canonical": canonical.where(canonical.notna(), None),
                         "how": how, "closest": closest.where(closest.notna(), ""),
                         "score": score.round(1)})


# --------------------------------------------------------------------------- offences


@dataclass
class OffenceReference:
    titles: list[str]  # canonical titles, in file order
    family: dict[str, str]  # canonical title -> family id
    families: dict[str, str]  # family id -> label
    by_code: dict[str, str]  # Home Office offence code -> canonical title
    by_classification: dict[str, str]  # classification -> first canonical title
    vocabulary: Vocabulary  # title spellings
    code_aliases: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    ignore: frozenset = frozenset()
    # title as exported -> its match row: classify_offences and unrecognised_values ask
    # about the same titles, and each is worked out once.
    matched: dict = field(default_factory=dict)

    def title_key(self, values: pd.Series) -> pd.Series:
        return offence_key(values, self.abbreviations, self.ignore)

    def known_code(self, code: str) -> bool:
        return code in self.by_code or code in self.by_classification or \
            code in self.code_aliases


def plain_words(values: pd.Series) -> pd.Series:
    """Lower case, '&' as 'and', dots and apostrophes dropped, other punctuation a space."""
    text = values.astype(str).str.lower().str.replace("&", " and ", regex=False)
    text = text.str.replace(r"[.'\u2019]", "", regex=True)
    text = text.str.replace(r"[^a-z0-9]+", " ", regex=True)
    return text.str.strip()


def offence_key(values: pd.Series, abbreviations: dict[str, str],
                ignore: frozenset) -> pd.Series:
    """The normalised form of offence titles: plain words, abbreviations expanded, "s 5"
    written "s5", filler words and statute years dropped. One regex pass per distinct
    title (a few hundred), not one pandas call per abbreviation."""
    pattern = _abbreviation_pattern(tuple(sorted(abbreviations.items())))

    def one(text: str) -> str:
        text = pattern.sub(lambda m: abbreviations[m.group(0)], f" {text} ") if pattern \
            else text
        text = re.sub(r"\bs (\d)", r"s\1", text)
        return " ".join(w for w in text.split() if w not in ignore)

    plain = plain_words(values)
    return pd.Series([one(t) for t in plain], index=values.index, dtype=object)


@lru_cache(maxsize=8)
def _abbreviation_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    """Whole words (or word runs) of the abbreviations, longest first."""
    if not pairs:
        return None
    words = sorted((short for short, _ in pairs), key=len, reverse=True)
    return re.compile(r"(?<= )(?:" + "|".join(re.escape(w) for w in words) + r")(?= )")


def load_offence_reference(settings: dict | None = None,
                           path: Path | None = None) -> OffenceReference:
    """offences.yml with the force's `reference` settings (threshold, aliases) over it."""
    file = Path(path) if path else OFFENCES_FILE
    data = _offence_file(str(file))
    conf = dict((settings or {}).get("reference") or {})

    def fail(message: str, key: str):
        raise AuditError(message, file=str(file), column=key)

    families = {str(k): str(v) for k, v in (data.get("families") or {}).items()}
    if OTHER_FAMILY not in families:
        fail(f"families must include '{OTHER_FAMILY}'", "families")
    abbreviations = {str(k).lower(): str(v).lower()
                     for k, v in (data.get("abbreviations") or {}).items()}
    ignore = frozenset(str(w).lower() for w in data.get("ignore_words") or [])
    titles, family, by_code, by_classification, spellings = [], {}, {}, {}, []
    for number, entry in enumerate(data.get("offences") or [], start=1):
        where = f"offences[{number}]"
        if not isinstance(entry, dict) or not entry.get("title"):
            fail("each offence needs a title and a family", where)
        title = str(entry["title"])
        if entry.get("family") not in families:
            fail(f"family {entry.get('family')!r} is not one of: {', '.join(families)}",
                 f"{where}.family")
        titles.append(title)
        family[title] = str(entry["family"])
        for code in entry.get("codes") or []:
            if str(code) in by_code:
                fail(f"code {code} is listed twice", f"{where}.codes")
            by_code[str(code)] = title
        for code in entry.get("classifications") or []:
            by_classification.setdefault(str(code).upper(), title)
        spellings += [(title, title)] + [(str(v), title) for v in entry.get("variants") or []]
    aliases = {str(k): str(v) for k, v in (conf.get("offence_aliases") or {}).items()}
    code_aliases = {str(k).upper(): str(v)
                    for k, v in (conf.get("offence_code_aliases") or {}).items()}
    for section, table in (("offence_aliases", aliases), ("offence_code_aliases", code_aliases)):
        for spelling, title in table.items():
            if title not in family:
                raise AuditError(f"{spelling!r} maps to {title!r}, which is not a title in "
                                 f"{file.name}; use one of its titles", file="force settings",
                                 column=f"reference.{section}")
    spellings += list(aliases.items())
    reference = OffenceReference(
        titles=titles, family=family, families=families, by_code=by_code,
        by_classification=by_classification, code_aliases=code_aliases,
        abbreviations=abbreviations, ignore=ignore,
        vocabulary=Vocabulary({}, {}, float(conf.get("fuzzy_threshold",
                                                     DEFAULT_FUZZY_THRESHOLD)),
                              scorer=fuzz.token_sort_ratio))
    written = [s for s, _ in spellings]
    keys = reference.title_key(pd.Series(written, dtype=object))
    reference.vocabulary.exact = dict(spellings)
    reference.vocabulary.keys = dict(zip(keys, [t for _, t in spellings]))
    return reference


@lru_cache(maxsize=8)
def _mapping_file(path: str, what: str, holds: str) -> dict:
    """A reference YAML file read once per run; it must be a mapping."""
    data = read_yaml(Path(path), what)
    if not isinstance(data, dict):
        raise AuditError(f"must be a mapping with {holds}", file=path)
    return data


def _offence_file(path: str) -> dict:
    return _mapping_file(path, "offence reference data", "families and offences")


def family_labels(path: Path | None = None) -> dict[str, str]:
    """Family id -> the label reports show."""
    data = _offence_file(str(path or OFFENCES_FILE))
    return {str(k): str(v) for k, v in (data.get("families") or {}).items()}


OFFENCE_COLUMNS = ["offence_family", "offence_title", "offence_match"]


def classify_offences(crimes: pd.DataFrame, reference: OffenceReference) -> pd.DataFrame:
    """offence_family, offence_title (canonical, or as recorded when unrecognised) and
    offence_match (how it was recognised) for every crime, in crimes' order."""
    code_ids, codes = distinct_text(crimes.get("offence_code"), len(crimes), "upper")
    title_ids, titles = distinct_text(crimes.get("offence"), len(crimes))
    # One row per distinct (code, title) pair, found through integer codes.
    pair = code_ids.astype(np.int64) * max(len(titles), 1) + title_ids
    pairs, pair_ids = np.unique(pair, return_inverse=True)
    pair_code = np.asarray(codes, dtype=object)[pairs // max(len(titles), 1)]
    pair_title = np.asarray(titles, dtype=object)[pairs % max(len(titles), 1)]
    matched = title_matches(list(titles), reference)
    title_canonical = matched["canonical"].to_numpy(dtype=object)[pairs % max(len(titles), 1)]
    title_how = matched["how"].to_numpy(dtype=object)[pairs % max(len(titles), 1)]
    canonical, how = [], []
    for c, t, canon, found_how in zip(pair_code, pair_title, title_canonical, title_how):
        result = resolve(c, canon, found_how, reference)
        canonical.append(result[0] if result[1] else t)
        how.append(result[1])
    canonical = np.array(canonical, dtype=object)
    how = np.array(how, dtype=object)
    family = np.array([reference.family.get(t, OTHER_FAMILY) if h else OTHER_FAMILY
                       for t, h in zip(canonical, how)], dtype=object)
    return pd.DataFrame({
        "offence_family": pd.Series(family[pair_ids], dtype="str"),
        "offence_title": pd.Series(canonical[pair_ids], dtype="str"),
        "offence_match": pd.Series(how[pair_ids], dtype="str"),
    }, index=crimes.index)


def resolve(code: str, title_canonical, title_how: str,
            reference: OffenceReference) -> tuple[str | None, str]:
    """A crime's canonical title: an offence code decides, then the title, then the
    classification (a group of offences) for a title the reference does not know."""
    if code in reference.code_aliases:
        return reference.code_aliases[code], BY_ALIAS
    if code in reference.by_code:
        return reference.by_code[code], BY_CODE
    if isinstance(title_canonical, str):
        return title_canonical, title_how
    if code in reference.by_classification:
        return reference.by_classification[code], BY_CLASSIFICATION
    return None, ""


def title_matches(titles: list[str], reference: OffenceReference) -> pd.DataFrame:
    """match_values for offence titles, each title matched once per reference."""
    new = [t for t in dict.fromkeys(titles) if t not in reference.matched]
    if new:
        found = match_values(new, reference.vocabulary, reference.title_key)
        found.loc[found["value"] == "", "canonical"] = None
        reference.matched.update(zip(new, found.to_dict("records")))
    rows = [reference.matched[t] for t in titles]
    return pd.DataFrame(rows, columns=["value", "canonical", "how", "closest", "score"])


def distinct_text(values: pd.Series | None, n_rows: int, case: str | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """A text column as (per row, the position of its value; the distinct values), each
    value stripped (and upper- or lower-cased) once; missing is "". Factorizing first
    keeps the string work to the few hundred distinct values of a 1M-row column."""
    if values is None:
        return np.zeros(n_rows, dtype=np.int64), np.array([""], dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    text = pd.Series(np.asarray(uniques, dtype=object), dtype=object)
    text = text.where(text.notna(), "").astype(str).str.strip()
    if case == "upper":
        text = text.str.upper()
    elif case == "lower":
        text = text.str.lower()
    merged, distinct = pd.factorize(text, use_na_sentinel=False)
    return merged[codes], np.asarray(distinct, dtype=object)


# --------------------------------------------------------------------------- other values


def _values_file(path: str) -> dict:
    return _mapping_file(path, "reference values", "relationships and outcomes")


def known_relationships(force: dict, path: Path | None = None) -> list[str]:
    data = _values_file(str(path or VALUES_FILE))
    known = [str(v).lower() for v in data.get("relationships") or []]
    known += [str(v).lower() for v in force.get("domestic_relationships") or []]
    return list(dict.fromkeys(known))


def outcome_labels(path: Path | None = None) -> dict[str, str]:
    data = _values_file(str(path or VALUES_FILE))
    return {str(k): str(v) for k, v in (data.get("outcomes") or {}).items()}


# --------------------------------------------------------------------------- unrecognised


def yaml_quote(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _counted(ids: np.ndarray, values: np.ndarray) -> pd.DataFrame:
    """Distinct non-empty values with their number of crimes, most frequent first."""
    counts = np.bincount(ids, minlength=len(values))
    frame = pd.DataFrame({"value": values, "count": counts, "id": np.arange(len(values))})
    frame = frame[(frame["value"] != "") & (frame["count"] > 0)]
    return frame.sort_values(["count", "value"], ascending=[False, True], kind="stable")


def unrecognised_values(crimes: pd.DataFrame, problems: pd.DataFrame | None, force: dict,
                        reference: OffenceReference | None = None) -> pd.DataFrame:
    """Every value the audit did not recognise, REFERENCE_COLUMNS, one row per distinct
    value: offence titles and codes, teams, outcome codes, relationship values. `count`
    is the number of crimes carrying the value."""
    from audit_cli.followup import team_matches

    reference = reference or load_offence_reference(force)
    parts = [_offence_titles(crimes, reference), _offence_codes(crimes, reference)]

    teams = _counted(*distinct_text(crimes.get("allocated_team"), len(crimes)))
    found = team_matches(teams["value"], force)
    teams = teams.assign(closest=found["closest"].to_numpy(), score=found["score"].to_numpy())
    teams = teams[found["canonical"].isna().to_numpy()]
    parts.append(teams.assign(
        kind="team", resolved_by="",
        alias_line=[f"{yaml_quote(v)}: {yaml_quote(c)}" if c else ""
                    for v, c in zip(teams["value"], teams["closest"])],
        paste_into="config file (--config), under force: teams: aliases:"))

    parts.append(_outcomes(problems))

    relationship = _counted(*distinct_text(crimes.get("relationship"), len(crimes), "lower"))
    known = known_relationships(force)
    relationship = relationship[~relationship["value"].isin(known)]
    if len(relationship):
        vocabulary = Vocabulary({k: k for k in known}, {k: k for k in known}, 101.0)
        found = match_values(relationship["value"].tolist(), vocabulary,
                             lambda s: s.str.lower())
        relationship = relationship.assign(closest=found["closest"].to_numpy(),
                                           score=found["score"].to_numpy())
        parts.append(relationship.assign(
            kind="relationship", resolved_by="",
            alias_line=[f"{yaml_quote(v)}: {yaml_quote(c)}" if c else ""
                        for v, c in zip(relationship["value"], relationship["closest"])],
            paste_into="mapping profile (--profile), under values: relationship:"))
    table = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(
        len(p) for p in parts) else pd.DataFrame(columns=REFERENCE_COLUMNS)
    for column in REFERENCE_COLUMNS:
        if column not in table:
            table[column] = ""
    table["count"] = table["count"].astype(int)
    table["score"] = pd.to_numeric(table["score"], errors="coerce").round(1)
    kind_order = table["kind"].map({k: i for i, k in enumerate(KINDS)})
    table = table.assign(_k=kind_order).sort_values(
        ["_k", "count", "value"], ascending=[True, False, True], kind="stable")
    return table[REFERENCE_COLUMNS].reset_index(drop=True)


def _matched_rows(crimes: pd.DataFrame, kinds: tuple[str, ...]) -> np.ndarray:
    """Rows whose offence_match is one of kinds (all False without the column)."""
    if "offence_match" not in crimes:
        return np.zeros(len(crimes), dtype=bool)
    ids, hows = pd.factorize(crimes["offence_match"], use_na_sentinel=False)
    return np.isin(np.asarray(hows, dtype=object), list(kinds))[ids]


def _offence_titles(crimes: pd.DataFrame, reference: OffenceReference) -> pd.DataFrame:
    ids, values = distinct_text(crimes.get("offence"), len(crimes))
    titles = _counted(ids, values)
    found = title_matches(titles["value"].tolist(), reference)
    missing = ~found["canonical"].map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
    titles = titles.assign(closest=found["closest"].to_numpy(),
                           score=found["score"].to_numpy())[missing]
    if not len(titles):
        return titles
    # A title the reference does not know may still be placed by its crimes' code.
    placed = np.zeros(len(values), dtype=bool)
    placed[ids[_matched_rows(crimes, (BY_CODE, BY_CLASSIFICATION, BY_ALIAS))]] = True
    return titles.assign(
        kind="offence title",
        resolved_by=np.where(placed[titles["id"].to_numpy()], "offence code (some crimes)", ""),
        alias_line=[f"{yaml_quote(v)}: {yaml_quote(c)}" if c else ""
                    for v, c in zip(titles["value"], titles["closest"])],
        paste_into="config file (--config), under force: reference: offence_aliases:")


def _offence_codes(crimes: pd.DataFrame, reference: OffenceReference) -> pd.DataFrame:
    ids, values = distinct_text(crimes.get("offence_code"), len(crimes), "upper")
    codes = _counted(ids, values)
    codes = codes[~codes["value"].map(reference.known_code).astype(bool)]
    if not len(codes):
        return codes
    # Closest: the canonical title most crimes with this code were given by their title.
    unknown = np.zeros(len(values), dtype=bool)
    unknown[codes["id"].to_numpy()] = True
    rows = unknown[ids] & _matched_rows(crimes, (BY_EXACT, BY_NORMALISED, BY_FUZZY))
    closest = pd.Series("", index=codes.index, dtype=object)
    if rows.any():
        title_ids, titles = pd.factorize(crimes["offence_title"].to_numpy()[rows])
        pair = pd.DataFrame({"id": ids[rows], "title": title_ids})
        top = pair.value_counts().rename("n").reset_index()
        top["name"] = np.asarray(titles, dtype=object)[top["title"].to_numpy()]
        top = top.sort_values(["id", "n", "name"], ascending=[True, False, True])
        top = top.drop_duplicates("id").set_index("id")["name"]
        closest = codes["id"].map(top).fillna("")
    return codes.assign(
        kind="offence code", closest=closest.to_numpy(), score=np.nan,
        resolved_by=np.where(closest.to_numpy() != "", "offence title", ""),
        alias_line=[f"{yaml_quote(v)}: {yaml_quote(c)}" if c else ""
                    for v, c in zip(codes["value"], closest)],
        paste_into="config file (--config), under force: reference: offence_code_aliases:")


def _outcomes(problems: pd.DataFrame | None) -> pd.DataFrame:
    """Outcome codes the load stage set aside (its warnings name them), by crime."""
    if problems is None or not len(problems) or "column" not in problems:
        return pd.DataFrame()
    bad = problems[(problems["column"] == "outcome_code")
                   & (problems.get("severity", "warning") == "warning")]
    if not len(bad):
        return pd.DataFrame()
    per_crime = bad[["crime_ref", "value"]].astype(str).drop_duplicates()
    counts = _counted(*distinct_text(per_crime["value"], len(per_crime)))
    labels = outcome_labels()
    number = counts["value"].str.extract(r"(?<!\d)(\d{1,2}[A-Za-z]?)(?![\dA-Za-z])")[0]
    number = number.fillna("").str.upper()
    known = number.str.extract(r"^(\d+)")[0].isin(list(labels))
    closest = number.where(known, "")
    return counts.assign(
        kind="outcome code", closest=closest.to_numpy(), score=np.nan, resolved_by="",
        alias_line=[f"{yaml_quote(v.lower())}: {yaml_quote(c)}" if c else ""
                    for v, c in zip(counts["value"], closest)],
        paste_into="mapping profile (--profile), under values: outcome_code:")


def unrecognised_in_rows(rows: pd.DataFrame, problems: pd.DataFrame | None,
                         force: dict) -> pd.DataFrame:
    """unrecognised_values for a loaded export (`audit validate`): the crimes as the
    pipeline builds them, matched the same way."""
    from audit_cli.model import crimes_from_rows

    crimes = crimes_from_rows(rows)
    reference = load_offence_reference(force)
    crimes = pd.concat([crimes, classify_offences(crimes, reference)], axis=1)
    return unrecognised_values(crimes, problems, force, reference)


def describe(table: pd.DataFrame) -> list[str]:
    """The unrecognised values as lines for a terminal, grouped by kind, with the line to
    paste and where."""
    if not len(table):
        return ["reference data: every offence, team, outcome code and relationship value "
                "was recognised"]
    lines = [f"reference data: {len(table)} value(s) not recognised (closest known value; "
             "line to paste):"]
    for kind, part in table.groupby("kind", sort=False):
        lines.append(f"  {kind} ({part['paste_into'].iloc[0]})")
        for row in part.itertuples(index=False):
            closest = f" -> {row.closest}" if row.closest else " (nothing close)"
            lines.append(f"    {row.value!s:40} {int(row.count):6} crimes{closest}")
            if row.alias_line:
                lines.append(f"      {row.alias_line}")
    return lines
