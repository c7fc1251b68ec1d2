"""Name and postcode normalisation, shared by `load` (the *_norm columns) and `link`.

Everything here is vectorised over pandas Series with `.str` methods; missing values
stay missing (NA) and a name that normalises to nothing becomes NA.

The word lists (titles, suffixes, organisation markers) live in
rules/lexicon/organisations.yml and the name equivalents in rules/lexicon/nicknames.csv,
so a force can extend them without touching code.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import frames
from audit_cli.errors import AuditError
from audit_cli.paths import RULES_DIR
from audit_cli.safeyaml import load_yaml

LEXICON_DIR = RULES_DIR / "lexicon"
ORGANISATIONS_FILE = LEXICON_DIR / "organisations.yml"
NICKNAMES_FILE = LEXICON_DIR / "nicknames.csv"

# Letters NFKD does not decompose into a base letter plus accent.
_LETTER_FOLDS = str.maketrans({
    "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
})
# Hyphen and apostrophe carry meaning inside names (Smith-Jones, O'Brien); letters of any
# script and digits are kept; all other punctuation separates words.
_OTHER_PUNCT = r"[^\p{L}\p{N}\s'\-]"

_POSTCODE_FULL = r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$"
_POSTCODE_OUTWARD = r"^[A-Z]{1,2}[0-9][A-Z0-9]?$"


@lru_cache(maxsize=4)
def load_organisation_lexicon(path: str | None = None) -> dict:
    """titles, suffixes, organisation_words, organisation_phrases (lists of str)."""
    file = Path(path) if path else ORGANISATIONS_FILE
    data = load_yaml(file, "organisation lexicon") or {}
    if not isinstance(data, dict):
        raise AuditError("the organisation lexicon must be a YAML mapping", file=str(file))
    keys = ("titles", "suffixes", "organisation_words", "organisation_phrases")
    lexicon = {}
    for key in keys:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise AuditError(f"'{key}' must be a list of words", file=str(file), column=key)
        lexicon[key] = tuple(sorted({v.strip().lower() for v in value if v.strip()}))
    return lexicon


@lru_cache(maxsize=4)
def load_name_equivalents(path: str | None = None) -> pd.DataFrame:
    """Rows (name, group): each canonical name is a group holding itself and its variants.

    A variant listed under two canonicals (alex: alexander and alexandra) sits in both
    groups, so alex matches either, while alexander and alexandra stay different names.
    Treat the returned frame as read-only (it is cached).
    """
    file = Path(path) if path else NICKNAMES_FILE
    try:
        with file.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except OSError as exc:
        raise AuditError(f"cannot read the name equivalents: {exc}", file=str(file)) from exc
    pairs = []
    for line, row in enumerate(rows, start=1):
        if not row or row[0].lstrip().startswith("#") or row == ["canonical", "variant"]:
            continue
        if len(row) != 2 or not row[0].strip() or not row[1].strip():
            raise AuditError("expected two names: canonical,variant", file=str(file),
                             row=line)
        pairs.append(row)
    frame = pd.DataFrame(pairs, columns=["canonical", "variant"], dtype="str")
    canonical = normalise_name_series(frame["canonical"])
    variant = normalise_name_series(frame["variant"])
    groups = pd.DataFrame({
        "name": pd.concat([canonical, variant], ignore_index=True),
        "group": pd.concat([canonical, canonical], ignore_index=True),
    }).dropna()
    groups = groups.drop_duplicates().sort_values(["name", "group"], ignore_index=True)
    return groups.astype("str")


def equivalent_name_pairs(path: str | None = None) -> pd.DataFrame:
    """Every ordered pair (a, b), a != b, of names sharing a group: bob/robert, robert/bob."""
    groups = load_name_equivalents(path)
    pairs = groups.merge(groups, on="group", suffixes=("_a", "_b"))
    pairs = pairs[pairs["name_a"] != pairs["name_b"]]
    return pairs[["name_a", "name_b"]].drop_duplicates(ignore_index=True)


def contains_regex(texts: pd.Series, pattern: str, ignore_case: bool = False) -> np.ndarray:
    """Boolean array: where the pattern matches, NA as False.

    Runs pyarrow's RE2 scan (10-20x faster than pandas' Python-regex path here); a pattern
    RE2 cannot run (look-behind, back-references) falls back to Python's re.
    """
    values = frames.to_arrow(texts.astype("str"))
    try:
        hit = pc.match_substring_regex(values, pattern, ignore_case=ignore_case)
        return np.asarray(hit.fill_null(False), dtype=bool)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        flags = re.IGNORECASE if ignore_case else 0
        found = texts.astype(object).str.contains(re.compile(pattern, flags), regex=True)
        return found.fillna(False).to_numpy(dtype=bool)


def _words_pattern(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _from_arrow(values: pa.Array | pa.ChunkedArray, index: pd.Index) -> pd.Series:
    out = pd.Series(pd.array(values, dtype="str"), index=index)
    return out.where(out != "")


def _fold_letters(s: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Accents stripped (NFKD) and the _LETTER_FOLDS applied.

    Only names with a non-ASCII letter can change (NFKD leaves ASCII alone and every fold
    but the backtick is non-ASCII), so the ~30 passes run on those names alone.
    """
    s = pc.replace_substring(s, "`", "'")
    if isinstance(s, pa.ChunkedArray):
        s = s.combine_chunks()  # replace_with_mask takes plain arrays
    non_ascii = pc.invert(pc.string_is_ascii(s)).fill_null(False)
    if not pc.any(non_ascii).as_py():
        return s
    folded = pc.utf8_normalize(s.filter(non_ascii), "NFKD")
    folded = pc.replace_substring_regex(folded, r"\p{Mn}", "")  # the accents NFKD split off
    for letter, replacement in _LETTER_FOLDS.items():
        folded = pc.replace_substring(folded, chr(letter), replacement)
    return pc.replace_with_mask(s, non_ascii, folded)


def normalise_name_series(names: pd.Series) -> pd.Series:
    """Names folded for matching: "SMITH, Mrs Zoë-Anne" -> "zoe-anne smith".

    Lower case; accents stripped (NFKD); "SURNAME, Forename Middle" turned round;
    "&" written as "and"; punctuation other than hyphen and apostrophe becomes a space;
    titles at the start and suffixes (jnr, iii) at the end removed; spaces collapsed.
    Runs on pyarrow's string kernels (RE2), about 10x faster than pandas' Python path.
    """
    lexicon = load_organisation_lexicon()
    s = _fold_letters(frames.to_arrow(names.astype("str")))
    s = pc.utf8_lower(s)
    s = pc.replace_substring(s, "&", " and ")
    s = pc.replace_substring_regex(s, r"^\s*([^,]+?)\s*,\s*([^,]+?)\s*$", r"\2 \1")
    s = pc.replace_substring_regex(s, _OTHER_PUNCT, " ")
    s = pc.replace_substring_regex(s, r"\s*-\s*", "-")
    # hyphens and apostrophes only count inside a word
    s = pc.replace_substring_regex(s, r"(^|\s)['\-]+", " ")
    s = pc.replace_substring_regex(s, r"['\-]+(\s|$)", " ")
    s = pc.utf8_trim_whitespace(pc.replace_substring_regex(s, r"\s+", " "))
    titles = _words_pattern(lexicon["titles"])
    suffixes = _words_pattern(lexicon["suffixes"])
    if titles:
        # only when a name follows: "Miss" alone is kept rather than emptied
        s = pc.replace_substring_regex(s, rf"^(?:(?:{titles}) )+(\S)", r"\1")
    if suffixes:
        s = pc.replace_substring_regex(s, rf"(\S) (?:{suffixes})$", r"\1")
    return _from_arrow(s, names.index)


def normalise_postcode_series(postcodes: pd.Series) -> pd.Series:
    """UK postcodes as "LS6 2AB"; an outward code alone ("LS6") is kept; other text is NA.

    On pyarrow's kernels: pandas' str.extract runs Python's re value by value.
    """
    s = pc.utf8_upper(frames.to_arrow(postcodes.astype("str")))
    s = pc.replace_substring_regex(s, r"[^A-Z0-9]", "")
    full = pc.match_substring_regex(s, _POSTCODE_FULL)
    formatted = pc.replace_substring_regex(s, _POSTCODE_FULL, r"\1 \2")
    outward_only = pc.match_substring_regex(s, _POSTCODE_OUTWARD)
    result = pc.if_else(full, formatted, pc.if_else(outward_only, s, None))
    return pd.Series(pd.array(result, dtype="str"), index=postcodes.index)


def postcode_district(postcodes: pd.Series) -> pd.Series:
    """Outward code ("LS6") of normalised postcodes; NA stays NA."""
    return postcodes.astype("str").str.split(" ").str[0].astype("str")


def is_organisation_series(names_norm: pd.Series) -> pd.Series:
    """True where a normalised name contains an organisation word or phrase."""
    lexicon = load_organisation_lexicon()
    words = _words_pattern(lexicon["organisation_words"] + lexicon["organisation_phrases"])
    if not words:
        return pd.Series(False, index=names_norm.index)
    hit = contains_regex(names_norm, rf"(?:^| )(?:{words})(?: |$)")
    return pd.Series(hit, index=names_norm.index)


def split_name_series(names_norm: pd.Series) -> pd.DataFrame:
    """first, middle (space-joined, "" when none) and last word of normalised names."""
    s = names_norm.astype("str")
    parts = s.str.extract(r"^(\S+)(?: (.+))? (\S+)$")
    single = parts[0].isna() & s.notna()
    first = parts[0].where(~single, s)
    last = parts[2].where(~single, "")
    middle = parts[1].fillna("")
    return pd.DataFrame({"first": first, "middle": middle, "last": last},
                        index=names_norm.index).astype("str")


def canonical_name(words: pd.Series, path: str | None = None) -> pd.Series:
    """The first (alphabetical) group of each name word (bob -> robert); others unchanged."""
    groups = load_name_equivalents(path)
    first_group = groups.drop_duplicates("name").set_index("name")["group"]
    mapped = words.map(first_group)
    return mapped.where(mapped.notna(), words).astype("str")


def phonetic_key_series(words: pd.Series) -> pd.Series:
    """A coarse sound key (Soundex-like, 4 characters) for blocking on surnames.

    Vowels are dropped after the first letter and consonants grouped by sound, so
    Smith/Smyth/Smithe and Mohammed/Muhammad share a key.
    """
    s = words.astype("str").str.replace(r"[^a-z]", "", regex=True)
    head = s.str[:1]
    tail = s.str[1:]
    tail = tail.str.replace(r"[aeiouyhw]", "", regex=True)
    tail = tail.str.translate(str.maketrans("bfpvcgjkqsxzdtlmnr", "111122222222334556"))
    tail = tail.str.replace(r"(\d)\1+", r"\1", regex=True)
    key = (head + tail).str.pad(4, side="right", fillchar="0").str[:4]
    return key.where(s.str.len() > 0).astype("str")


_LETTER_RUN = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1 << 16)
def _capitalise(word: str) -> str:
    """'o'BRIEN' -> "O'Brien", 'SMITH-JONES' -> 'Smith-Jones'; a word already in mixed
    case ('McDonald') is kept as written. Cached: forenames and surnames repeat across
    hundreds of thousands of people."""
    if word != word.upper() and word != word.lower():
        return word
    if word.isascii() and word.isalpha():  # one run of letters: no regex needed
        return word.capitalize()
    return _LETTER_RUN.sub(lambda m: m.group(0).capitalize(), word)


def display_form(names: pd.Series) -> pd.Series:
    """Names shown one way: 'Surname, Forename Middle', case normalised. A name with a
    comma is already surname first; otherwise the last word is the surname. Worked out
    once per distinct name."""
    def one(name: object) -> str:
        if not isinstance(name, str) or not name.strip():
            return "" if not isinstance(name, str) else name
        if "," in name:
            surname, _, forenames = name.partition(",")
        else:
            words = name.split()
            if len(words) < 2:
                return " ".join(_capitalise(w) for w in words)
            surname, forenames = words[-1], " ".join(words[:-1])
        surname = " ".join(_capitalise(w) for w in surname.split())
        forenames = " ".join(_capitalise(w) for w in forenames.split())
        return f"{surname}, {forenames}" if forenames else surname

    codes, uniques = pd.factorize(names, use_na_sentinel=False)
    shown = np.array([one(n) for n in uniques], dtype=object)
    return pd.Series(shown[codes] if len(codes) else [], index=names.index, dtype=object)


def is_full_name(names: pd.Series) -> np.ndarray:
    """True for a name with a surname and a forename of two or more letters ('SMITH, Jane',
    'Jane Smith'); False for 'J Smith', 'Smith, J.', a single word or nothing."""
    def one(name: object) -> bool:
        if not isinstance(name, str):
            return False
        if "," in name:
            surname, _, forenames = name.partition(",")
        else:
            words = name.split()
            surname, forenames = (words[-1], " ".join(words[:-1])) if words else ("", "")
        first = forenames.split()[0].strip(".") if forenames.split() else ""
        return bool(surname.strip()) and len(first) >= 2

    codes, uniques = pd.factorize(names, use_na_sentinel=False)
    full = np.array([one(n) for n in uniques], dtype=bool)
    return full[codes] if len(codes) else np.zeros(0, dtype=bool)
