"""Pseudonymising an AuditResult before it is reported, for sharing outside the team.

Names, dates of birth, postcodes and records-system ids are replaced in every table by
keyed-hash tokens (HMAC-SHA256 with a secret key, first 8 hex digits):

    PERSON-3f9a1c2b   from the normalised name (names.normalise_name_series), so the
                      written forms "SMITH, Mrs Zoe" and "Zoe Smith" get one token
    DOB-...           from the ISO date of birth
    POSTCODE-...      from the normalised postcode
    ID-...            from the records-system id

The same key gives the same tokens in every run, so pseudonymised reports of two quarters
can be compared; without the key a token cannot be turned back into a name, and a
different key gives unrelated tokens. Names are also masked inside free text (narratives,
matched evidence, explanations, gap evidence, triage notes, problem values): every
written form of a name, and each of its words of 3+ letters (a surname alone, a first
name alone), becomes the person's token. A word shared by several people becomes a
NAME-... token of its own, since it cannot say who is meant. Over-masking an ordinary
word that is also someone's name is the accepted cost. Evidence offsets are recomputed
so they still point at the matched text in the masked narrative.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import ahocorasick
import pandas as pd

from audit_cli.errors import AuditError
from audit_cli.model import AuditResult, DetectResult, FollowupResult, LinkResult
from audit_cli import identifiers
from audit_cli.names import (contains_regex, load_name_equivalents, load_organisation_lexicon,
                             normalise_name_series)

KEY_ENV = "AUDIT_PSEUDONYM_KEY"
MIN_KEY_BYTES = 16
TOKEN_HEX = 8
_WORD = re.compile(r"[^\W\d_]{3,}")  # letters only, 3 or more

# Row-table columns by what they hold.
ROW_COLUMNS = {
    "victim_name": "person", "suspect_name": "person", "victim_name_norm": "person",
    "suspect_name_norm": "person", "victim_dob": "dob", "suspect_dob": "dob",
    "victim_postcode": "postcode", "suspect_postcode": "postcode", "victim_id": "id",
    "suspect_id": "id",
}
PARTY_COLUMNS = {"name": "person", "name_norm": "person", "dob": "dob",
                 "postcode": "postcode", "source_id": "id"}
PREFIX = {"person": "PERSON", "dob": "DOB", "postcode": "POSTCODE", "id": "ID",
          "word": "NAME", "phone": "PHONE", "email": "EMAIL", "vehicle": "VEHICLE",
          "handle": "HANDLE", "value": "VALUE"}


def load_key(key_file: Path | None) -> bytes:
    """The secret key from --key-file, else from the environment; never from the command
    line, where it would be kept in shell history and visible in the process list."""
    if key_file is not None:
        path = Path(key_file)
        if not path.is_file():
            raise AuditError("pseudonymisation key file not found; give the file that "
                             "holds the key", file=str(path))
        key = path.read_bytes().strip()
        where = f"key file {path}"
    else:
        text = os.environ.get(KEY_ENV, "").strip()
        if not text:
            raise AuditError(f"pseudonymising needs a secret key: give --key-file FILE or "
                             f"set {KEY_ENV}; use the same key every run to get the same "
                             "tokens")
        key = text.encode("utf-8")
        where = KEY_ENV
    if len(key) < MIN_KEY_BYTES:
        raise AuditError(f"the pseudonymisation key in {where} is {len(key)} bytes; use at "
                         f"least {MIN_KEY_BYTES} random bytes, e.g. the output of "
                         "`python -c \"import secrets; print(secrets.token_hex(32))\"`")
    return key


class Tokens:
    """Keyed tokens, cached per value: one HMAC per distinct value."""

    def __init__(self, key: bytes):
        self.key = key
        self._cache: dict[tuple[str, str], str] = {}

    def token(self, kind: str, value: str) -> str:
        cached = self._cache.get((kind, value))
        if cached is None:
            digest = hmac.new(self.key, f"{kind}\x1f{value}".encode("utf-8"),
                              hashlib.sha256).hexdigest()
            cached = self._cache[(kind, value)] = f"{PREFIX[kind]}-{digest[:TOKEN_HEX]}"
        return cached

    def column(self, values: pd.Series, kind: str) -> pd.Series:
        """A column of names, dates, postcodes or ids as tokens; missing stays missing."""
        keys = _token_keys(values, kind)
        distinct = keys.dropna().unique()
        mapping = {k: self.token(kind, k) for k in distinct}
        out = keys.map(mapping).astype("string")
        if kind == "person":  # "" (an unidentified suspect) stays ""
            out = out.mask(values.astype("string").fillna("x").str.strip() == "", "")
        return out


def _token_keys(values: pd.Series, kind: str) -> pd.Series:
    """The normalised value a token is derived from."""
    if kind == "dob":
        if pd.api.types.is_datetime64_any_dtype(values):
            return values.dt.strftime("%Y-%m-%d").astype("string")
        return values.astype("string").str.strip()
    text = values.astype("string")
    if kind == "person":
        norm = normalise_name_series(text)
        fallback = text.str.lower().str.split().str.join(" ")
        return norm.astype("string").fillna(fallback).replace("", pd.NA)
    if kind == "postcode":
        return text.str.upper().str.replace(r"\s+", "", regex=True).replace("", pd.NA)
    return text.str.strip().replace("", pd.NA)


# --------------------------------------------------------------------------- free text


_FOLDS = {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i",
          "\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2011": "-",
          "\u2013": "-"}
_SEPARATORS = re.compile(r"[\s'\-.]+")
_PUNCTUATION = re.compile(r"[^\w\s'\-]")  # "SMITH, Zoe" -> "smith zoe"


def _fold_char(char: str) -> str:
    if char in _FOLDS:
        return _FOLDS[char]
    lowered = char.lower()
    if len(lowered) != 1:  # a few letters (e.g. "İ") lower to two characters
        lowered = char
    base = "".join(c for c in unicodedata.normalize("NFKD", lowered)
                   if not unicodedata.combining(c))
    return base if len(base) == 1 else lowered


@lru_cache(maxsize=4096)
def _fold_table(chars: str) -> dict[int, str]:
    return {ord(c): _fold_char(c) for c in chars}


def fold_same_length(text: str) -> str:
    """Lower case, accents and typographic apostrophes folded, one character for one, so
    offsets into the folded text are offsets into the original: "ZOË O’Brien" ->
    "zoe o'brien"."""
    if text.isascii():
        return text.lower()
    odd = "".join(sorted({c for c in text if not c.isascii()}))
    table = _fold_table(odd)
    return "".join(table.get(ord(c)) or c.lower() for c in text)


def name_forms(name: str) -> tuple[set[str], set[str]]:
    """(whole-name forms, single words) a recorded name may be written as in free text:
    case and accents folded; hyphens, apostrophes and spaces kept, spaced or closed up
    ("Mary-Jane O'Brien": "mary jane o brien", "maryjane obrien", "maryjaneobrien"); and
    each word of 3+ letters alone, closed up too ("obrien")."""
    folded = " ".join(_PUNCTUATION.sub(" ", fold_same_length(name)).split())
    words = _SEPARATORS.split(folded)
    forms = {folded, " ".join(w for w in words if w), "".join(words)}
    forms |= {" ".join(part.replace("-", "").replace("'", "") for part in folded.split())}
    singles = {w for w in _WORD.findall(folded)}
    singles |= {part.replace("-", "").replace("'", "") for part in folded.split()
                if len(part) >= 3}
    return {f for f in forms if len(f) >= 3}, {w for w in singles if len(w) >= 3}


def _nickname_groups() -> dict[str, set[str]]:
    """word -> every name of the lexicon groups it belongs to (bob -> robert, rob, ...)."""
    groups = load_name_equivalents()
    members = groups.groupby("group")["name"].agg(set)
    out: dict[str, set[str]] = {}
    for name, group in zip(groups["name"], groups["group"]):
        out.setdefault(name, set()).update(members[group])
    return out


class Masker:
    """Replaces, inside free text, every written form of a known name (see name_forms;
    forenames also by their nicknames from the lexicon), every recorded records-system id,
    and every identifier of identifiers.py (dates of birth, postcodes, phone numbers,
    emails, vehicle registrations, handles)."""

    def __init__(self, names: pd.Series, tokens: Tokens, ids: pd.Series | None = None,
                 dobs=()):
        self.tokens = tokens
        self.dobs = identifiers.dob_keys(dobs)
        names = names.dropna().astype(str)
        names = names[names.str.strip() != ""].drop_duplicates()
        person = tokens.column(pd.Series(names.to_numpy(), dtype="string"), "person")
        # "SMITH, Mrs Zoe" -> "zoe smith": the forenames are every word but the last
        normalised = normalise_name_series(pd.Series(names.to_numpy(), dtype="string"))
        nicknames = _nickname_groups()
        replacement: dict[str, str] = {}
        word_owner: dict[str, set[str]] = {}
        for name, norm, token in zip(names, normalised, person):
            if pd.isna(token):
                continue
            forms, words = name_forms(name)
            if isinstance(norm, str) and norm != name:  # "robert o'brien" for "O'BRIEN, Mr Robert"
                more_forms, more_words = name_forms(norm)
                forms, words = forms | more_forms, words | more_words
            for form in forms:
                replacement.setdefault(form, token)
            forenames = _WORD.findall(norm)[:-1] if isinstance(norm, str) else []
            for word in words | {n for f in forenames for n in nicknames.get(f, ())
                                 if len(n) >= 3}:
                word_owner.setdefault(word, set()).add(token)
        titles = set(load_organisation_lexicon()["titles"])  # "Mrs" alone names nobody
        for word, owners in word_owner.items():
            if word in titles:
                continue
            if word not in replacement:
                replacement[word] = (next(iter(owners)) if len(owners) == 1
                                     else tokens.token("word", word))
        if ids is not None:
            for value in ids.dropna().astype(str).str.strip().unique():
                if len(value) >= 3:
                    replacement.setdefault(fold_same_length(value), tokens.token("id", value))
        self.automaton = ahocorasick.Automaton()
        for form, token in replacement.items():
            self.automaton.add_word(form, (len(form), token))
        self.names_empty = not replacement
        if not self.names_empty:
            self.automaton.make_automaton()

    def _name_edits(self, text: str) -> list[tuple[int, int, str]]:
        if self.names_empty:
            return []
        folded = fold_same_length(text)
        found = []
        for end_index, (length, token) in self.automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            before = folded[start - 1] if start > 0 else " "
            after = folded[end] if end < len(folded) else " "
            if not before.isalnum() and not after.isalnum():
                found.append((start, end, token))
        return found

    def edits(self, text: str, look_for_ids: bool = True) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, token) spans, longest first."""
        if not text:
            return []
        found = self._name_edits(text)
        if look_for_ids:
            found += [(start, end, self.tokens.token(kind, value))
                      for start, end, kind, value in identifiers.find(text, self.dobs)]
        found.sort(key=lambda span: (span[0], -(span[1] - span[0])))
        chosen, position = [], 0
        for start, end, token in found:
            if start >= position:
                chosen.append((start, end, token))
                position = end
        return chosen

    def mask(self, text: str) -> str:
        return apply_edits(text, self.edits(text))

    def column(self, values: pd.Series) -> pd.Series:
        """Mask a text column; each distinct text is masked once. Which texts can hold an
        identifier at all is decided in one vectorised RE2 pass; only those are searched
        with Python's re."""
        if values.empty:
            return values
        distinct = pd.Series(values.dropna().astype(str).unique(), dtype="string")
        if not len(distinct):
            return values
        has_ids = contains_regex(distinct, identifiers.ANY_PATTERN)
        if self.names_empty:
            distinct, has_ids = distinct[has_ids], has_ids[has_ids]
        mapping = {}
        for text, look in zip(distinct, has_ids):
            spans = self.edits(text, bool(look))
            if spans:
                mapping[text] = apply_edits(text, spans)
        if not mapping:
            return values
        return values.map(lambda v: mapping.get(v, v), na_action="ignore").astype(values.dtype)


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    pieces, position = [], 0
    for start, end, token in edits:
        pieces.append(text[position:start])
        pieces.append(token)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def move_offset(offset: int, edits: list[tuple[int, int, str]], side: str) -> int:
    """Where an offset into the original text lands in the masked text. An offset inside
    a masked name moves to the token's start (a span's start) or end (a span's end)."""
    shift = 0
    for start, end, token in edits:  # sorted, non-overlapping
        if end <= offset:
            shift += len(token) - (end - start)
            continue
        if start >= offset:
            break
        return start + shift + (len(token) if side == "end" else 0)
    return offset + shift


# --------------------------------------------------------------------------- tables


def _replace_columns(frame: pd.DataFrame, columns: dict[str, str], tokens: Tokens
                     ) -> pd.DataFrame:
    frame = frame.copy()
    for column, kind in columns.items():
        if column in frame.columns:
            frame[column] = tokens.column(frame[column], kind)
    return frame


def _mask_columns(frame: pd.DataFrame, columns: list[str], masker: Masker) -> pd.DataFrame:
    frame = frame.copy()
    for column in columns:
        if column in frame.columns:
            frame[column] = masker.column(frame[column])
    return frame


def _all_names(result: AuditResult) -> pd.Series:
    rows = result.load.rows
    parts = [rows[c] for c in ("victim_name", "suspect_name") if c in rows.columns]
    parts += [result.link.parties[c] for c in ("name",) if c in result.link.parties.columns]
    parts += [result.link.persons[c] for c in ("display_name",)
              if c in result.link.persons.columns]
    parts += [result.cases[c] for c in ("victim", "suspect") if c in result.cases.columns]
    problems = result.load.problems
    if len(problems):
        named = problems["column"].isin([c for c, k in ROW_COLUMNS.items() if k == "person"])
        parts.append(problems.loc[named, "value"])
    return pd.concat([p.astype("string") for p in parts], ignore_index=True)


def _all_ids(result: AuditResult) -> pd.Series:
    parts = [result.link.parties["source_id"]] if "source_id" in result.link.parties else []
    rows = result.load.rows
    parts += [rows[c] for c in ("victim_id", "suspect_id") if c in rows.columns]
    problems = result.load.problems
    if len(problems):
        parts.append(problems.loc[problems["column"].isin(["victim_id", "suspect_id"]),
                                  "value"])
    if not parts:
        return pd.Series([], dtype="string")
    return pd.concat([p.astype("string") for p in parts], ignore_index=True)


def _all_dobs(result: AuditResult) -> list:
    """Every recorded date of birth (parsed), for finding them written in free text."""
    parts = [frame[c] for frame, c in ((result.link.parties, "dob"),
                                       (result.link.persons, "dob"),
                                       (result.load.rows, "victim_dob"),
                                       (result.load.rows, "suspect_dob"))
             if c in frame.columns and pd.api.types.is_datetime64_any_dtype(frame[c])]
    if not parts:
        return []
    return list(pd.concat(parts, ignore_index=True).dropna().dt.normalize().unique())


_DESCRIBED_PERSON = re.compile(r"(described_person )([^;]+)")


def _mask_link_reasons(values: pd.Series, masker: Masker, tokens: Tokens) -> pd.Series:
    """Link reasons name what two records share: a phone number, a registration, or a
    person described in the narratives ("described_person jay smith"), who may never have
    been recorded as a party; each becomes a token."""
    if values.empty:
        return values
    described = values.astype("string").str.contains("described_person ", regex=False,
                                                     na=False)
    if described.any():
        values = values.copy()
        values[described] = values[described].map(lambda text: _DESCRIBED_PERSON.sub(
            lambda m: m.group(1) + tokens.column(pd.Series([m.group(2)], dtype="string"),
                                                 "person").iloc[0], text))
    return masker.column(values)


def _problem_values(problems: pd.DataFrame, tokens: Tokens, masker: Masker) -> pd.DataFrame:
    """A rejected or warned value can be anything, put in any column (a date of birth in
    the recorded-date column, a name in the offence column): every non-empty value
    becomes a token, by what its column holds (PERSON-, DOB-, ...; VALUE- for the rest),
    and the reasons are masked as free text."""
    problems = problems.copy()
    if not len(problems):
        return problems
    values = problems["value"].astype("string")
    out = values.copy()
    for column, kind in ROW_COLUMNS.items():
        hit = problems["column"] == column
        if hit.any():
            out[hit] = tokens.column(values[hit], kind)
    rest = ~problems["column"].isin(list(ROW_COLUMNS)) & values.fillna("").str.strip().ne("")
    if rest.any():
        out[rest] = tokens.column(values[rest], "value")
    problems["value"] = out.astype(object)
    return _mask_columns(problems, ["reason"], masker)


def _with_reasons(cases: pd.DataFrame, masker: Masker, tokens: Tokens) -> pd.DataFrame:
    if "link_reasons" in cases.columns:
        cases["link_reasons"] = _mask_link_reasons(cases["link_reasons"], masker, tokens)
    return cases


def _mask_hits(hits: pd.DataFrame, crimes: pd.DataFrame, masker: Masker) -> pd.DataFrame:
    """Mask matched text; move narrative offsets so they still point at it."""
    if hits.empty:
        return hits.copy()
    hits = hits.copy()
    narratives = dict(zip(crimes["crime_ref"], crimes["narrative"].fillna("")))
    edits = {ref: masker.edits(text) for ref, text in narratives.items()
             if ref in set(hits["crime_ref"])}
    starts, ends, matched = [], [], []
    for ref, field, start, end, text in zip(hits["crime_ref"], hits["field"], hits["start"],
                                            hits["end"], hits["matched"]):
        spans = edits.get(ref)
        if field == "narrative" and spans is not None and not pd.isna(start):
            new_start = move_offset(int(start), spans, "start")
            new_end = move_offset(int(end), spans, "end")
            masked = apply_edits(narratives[ref], spans)
            starts.append(new_start)
            ends.append(new_end)
            matched.append(masked[new_start:new_end])
        else:
            starts.append(start)
            ends.append(end)
            matched.append(text if pd.isna(text) else masker.mask(str(text)))
    hits["start"], hits["end"], hits["matched"] = starts, ends, matched
    return hits


def pseudonymise(result: AuditResult, key: bytes) -> AuditResult:
    """A copy of result with personal details replaced by keyed tokens in every table."""
    tokens = Tokens(key)
    masker = Masker(_all_names(result), tokens, ids=_all_ids(result), dobs=_all_dobs(result))
    text = ["narrative"]
    crime_text = ["narrative", "offence", "relationship", "flags", "support_referral", "spo"]

    rows = _mask_columns(_replace_columns(result.load.rows, ROW_COLUMNS, tokens), text, masker)
    problems = _problem_values(result.load.problems, tokens, masker)
    load = replace(result.load, rows=rows, problems=problems)

    crimes = _mask_columns(result.crimes, crime_text, masker)
    link = result.link
    cases_map = {"victim": "person", "suspect": "person"}
    link = LinkResult(
        parties=_replace_columns(link.parties, PARTY_COLUMNS, tokens),
        persons=_replace_columns(link.persons, {"display_name": "person", "dob": "dob"},
                                 tokens),
        party_links=_mask_columns(link.party_links, ["reasons"], masker),
        cases=_with_reasons(_replace_columns(link.cases, cases_map, tokens), masker, tokens),
        case_crimes=link.case_crimes.copy(), suspect_groups=link.suspect_groups.copy())
    detect = DetectResult(
        hits=_mask_hits(result.detect.hits, result.crimes, masker),
        case_hits=_mask_columns(result.detect.case_hits, ["evidence"], masker),
        findings=_mask_columns(result.detect.findings, ["explanation"], masker))
    triage_text = ["missing_steps", "lines_of_enquiry", "support_services"]
    followup = FollowupResult(
        gaps=_mask_columns(result.followup.gaps, ["evidence"], masker),
        compliance=result.followup.compliance.copy(),
        triage=_mask_columns(result.followup.triage, triage_text, masker))
    cases = _mask_columns(_with_reasons(_replace_columns(result.cases, cases_map, tokens),
                                        masker, tokens), ["explanation"], masker)
    manifest = {**result.manifest, "pseudonymised": True}
    return AuditResult(load=load, crimes=crimes, link=link, detect=detect, followup=followup,
                       cases=cases, manifest=manifest, settings=dict(result.settings))


__all__ = ["pseudonymise", "load_key", "KEY_ENV"]
