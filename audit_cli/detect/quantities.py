"""Counts and frequencies next to a behaviour, read as Repeated/Obsessive evidence.

"40-50 texts a day since she ended it in May", "outside her work on four occasions",
"calls every night for two months": one record that says how often and how long states
a course of conduct. This module is the grammar that reads those quantities:

- numbers in digits and words, vague counts ("several", "dozens", "hundreds"), ranges
  ("20-30", "20 to 30"), approximations ("about", "approx", "over", "at least");
- **count**: a number with a contact noun ("45 texts", "9 sightings") or an occasion noun
  ("4 occasions", "3 evenings", "twice"), optionally within a period ("in one week",
  "last month"); a rate ("a day", "per week") makes it a frequency;
- **frequency**: "every day/night", "daily", "nightly", "constantly", "over and over",
  "day and night", "most days", "on a daily basis", "N times a day";
- **period**: "over the past N weeks", "for two months", "since March", "ever since they
  split up".

Kinds of hit (each a pseudo-rule whose weight and FOUR letters are settings in
verdicts.yml, `quantities`): `quantity_frequency`, `quantity_many` (a count of at least
`many_min`), `quantity_occasions` (a count of at least `occasions_min`) and
`quantity_period`.

A quantity counts only next to a behaviour (rules/quantities.yml): a contact noun in
the quantity itself, or a behaviour word at most `window_words` words before or after it
in its sentence (a period also counts in a sentence holding another counted quantity).
Innocent numbers are consumed first by one alternative of the same regex so they can
never be read as counts: times, dates, years, crime references, money, phone numbers,
ages, addresses, measurements, and calls to the police ("called 999 twice"). A quantity
is dropped when a negation cue (lexicon/negation.yml) or a hypothetical word
(quantities.yml) comes before it in its clause; a clause ends at , . ; ! ? or a breaker
word, a tighter scope than the phrase negation because counts sit in lists.

Speed: the distinct texts are filtered first with RE2 (pyarrow, vectorised) on the
same grammar without the innocent alternative; Python's regex runs only on the texts
that hold a candidate quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import frames
from audit_cli.detect import problems as P
from audit_cli.detect.yamlsrc import read_settings_map

KINDS = ("frequency", "many", "occasions", "period")
EXAMPLES_ID = "quantities"  # the id `audit rules test` gives the grammar's own examples
RULE_PREFIX = "quantity_"
# the kinds that show repetition (a period alone says how long, not how often)
REPEATED_KINDS = ("frequency", "many", "occasions")
FOUR_LETTERS = "FOUR"

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# vague counts read as their least plausible value
_VAGUE = {"a number of": 3, "a handful of": 3, "more than one": 2, "more than once": 2,
          "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
          "multiple": 3, "numerous": 3, "many": 3, "countless": 20, "loads of": 10,
          "lots of": 10, "a dozen": 12, "dozen": 12, "dozens of": 24, "dozens": 24,
          "a hundred": 100, "hundred": 100, "hundreds of": 200, "hundreds": 200,
          "twice": 2, "thrice": 3}
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")

_WORD_NUM = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_UNITS)[:9])}))?"
             rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))})")
_NUM = (rf"(?:\d{{1,4}}(?:,\d{{3}})?\+?|{_WORD_NUM}"
        r"|a dozen|dozens(?: of)?|a hundred|hundreds(?: of)?|a couple(?: of)?|a few|several"
        r"|a number of|a handful of"
        r"|multiple|numerous|countless|loads of|lots of)")
_APPROX = (r"(?:(?:about|approx\.?|approximately|around|roughly|over|more than|at least|up to"
           r"|nearly|almost|in excess of|circa|some|another|upwards of)\s+)")
_RANGE = rf"{_NUM}(?:\s*(?:-|–|to|or)\s*{_NUM})?"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_UNIT = r"(?:hour|day|night|week|weekend|fortnight|month|year|morning|evening|afternoon)"
_OCCASIONS = (r"(?:separate |different |more |further |other )?(?:times|occasions|nights|days"
              r"|evenings|mornings|afternoons|weekends)")
_RATE = rf"(?:\s+(?:a|an|per|each|every)\s+{_UNIT})"
_WITHIN = (rf"(?:\s+(?:(?:in|within|over|during)\s+(?:a|an|one|the same|the space of|"
           rf"\d{{1,3}}|{_WORD_NUM})\s+{_UNIT}s?|(?:last|this|that|the same|the past|the last)"
           rf"\s+{_UNIT}))")
_FREQ_WORDS = (rf"every\s+(?:single\s+|other\s+|few\s+|couple of\s+|second\s+|\d{{1,3}}\s+"
               rf"|{_WORD_NUM}\s+)?(?:{_UNIT}|minute)s?"
               r"|(?:every|each)\s+(?:single\s+)?time\b"
               r"|on an? (?:daily|nightly|weekly|hourly|regular|constant) basis"
               r"|(?:daily|nightly|hourly|weekly)(?! (?:routine|life|lives|movements|activities|"
               r"commute|walk|basis|medication|tablets|mail|paper|shop))"
               r"|constantly|constant|continuously|continually|incessantly|relentlessly"
               r"|non-?stop|over and over(?: again)?|day and night|night and day"
               r"|day in,? day out|at all hours|all hours|round the clock|24/7|all the time"
               r"|most (?:days|nights|mornings|evenings|weekends)"
               # "every Sunday", "most Saturday mornings", "every shift she works"
               rf"|(?:every|most)\s+(?:single\s+)?(?:{_WEEKDAYS})s?(?:\s+{_UNIT}s?)?\b"
               r"|every\s+(?:single\s+)?shift")
_PERIOD = (rf"(?:over|in|during|for|throughout|within)\s+(?:the\s+)?(?:past|last|previous)\s+"
           rf"(?:{_APPROX}?{_RANGE}\s+|few\s+|couple of\s+)?(?:{_UNIT}s?)"
           rf"|for\s+(?:the\s+)?{_APPROX}?(?:{_RANGE}|a|an)\s+(?:weeks?|months?|years?|fortnight)"
           r"|for (?:weeks|months|years)(?: on end)?"
           rf"|over the course of (?:the\s+)?(?:(?:past|last)\s+)?(?:{_APPROX}?{_RANGE}\s+|a\s+)?"
           rf"(?:{_UNIT}s?)"
           rf"|(?:ever\s+)?since\s+(?:(?:early|mid|late|the start of|the beginning of|the end of"
           rf"|last)[- ])?(?:{_MONTHS}|summer|spring|autumn|winter|christmas|easter|new year"
           r"|last (?:year|summer|spring|autumn|winter|christmas|week|weekend|month)"
           r"|the (?:split|break-?up|separation)"
           rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{_MONTHS})"
           r"|(?:she|he|i) (?:ended|left|finished) (?:it|things|the relationship|him|her)"
           r"|(?:they|we|she|he|i) (?:split up|split|broke up|separated|ended|left|finished|moved)"
           r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:19|20)\d\d)\b")

# innocent numbers: consumed before any quantity alternative can read them
_NEVER = r"[^\s\S]"
_INNOCENT = (r"(?:call|ring|rang|phon|dial|contact)\w*\s+(?:the\s+)?(?:999|101|111|police|"
             r"the police|us|ambulance)(?:\s+(?:back\s+)?(?:twice|thrice|again|\S+\s+times|on\s+"
             r"\S+\s+occasions))?"
             r"|\d+\s+(?:calls?|times)\s+to\s+(?:the\s+)?(?:999|101|111|police)"
             r"|[a-z]{1,4}/\d{2,4}/\d+|(?!24/7)\d+/\d+(?:/\d+)?"
             r"|\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|hrs|hours|h)\b)?|\d{1,4}\s*(?:am|pm|hrs)\b"
             r"|£\s*\d[\d,.]*(?:k\b)?|\d[\d,.]*\s*(?:pounds|quid|pence|p)\b"
             r"|(?:\+44\s?|0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}|999|101|111"
             r"|(?:aged?|age of)\s+\d+|\d+\s*(?:yrs?|years?)\s*(?:old|of age)|\d+\s*y/?o\b"
             r"|\(\d{1,3}\)"
             r"|(?:flat|apartment|apt|unit|no\.?|number|house|room|block|floor|door|bus|route|"
             r"platform|bay|junction|seat|cell|bed|ward|exit|gate|level|page|para|section)"
             r"\s*\d+[a-z]?\b"
             r"|\d+[a-z]?,?\s+(?:[a-z]+\s+){1,2}(?:street|st|road|rd|avenue|ave|lane|close|drive|"
             r"way|court|crescent|gardens|grove|place|terrace|hill|park|square|walk|mews|row)\b"
             r"|[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b|[a-z]{2}\d{2}\s?[a-z]{3}\b"
             rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
             rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)\b"
             r"|(?:19|20)\d\d\b"
             r"|\d[\d,.]*\s*(?:ft|feet|foot|inch(?:es)?|miles?|metres?|meters?|m|km|cm|mph|kg|"
             r"%|percent|per cent|mins?|minutes|secs?|seconds|hours ago|days ago|weeks ago|"
             r"months ago|years ago|days later|weeks later|months later)\b"
             r"|\d+\s+(?:of\s+)?(?:them|us|these|those)\b")


@dataclass
class QuantityGrammar:
    """The words of rules/quantities.yml, merged over the pack's folders, and its regexes."""

    contact_nouns: list[str] = field(default_factory=list)
    behaviour_words: list[str] = field(default_factory=list)
    hypothetical: list[str] = field(default_factory=list)
    should_flag: list = field(default_factory=list)
    should_not_flag: list = field(default_factory=list)
    source_text: str = ""
    _compiled: tuple | None = None

    def compiled(self) -> tuple[re.Pattern, re.Pattern, "WordStarts", str]:
        """(the quantity regex, the same for lower-case text, the behaviour words, the
        RE2 prefilter)."""
        if self._compiled is None:
            nouns = "|".join(_phrase_re(n) for n in _longest_first(self.contact_nouns))
            nouns = rf"(?:{nouns})(?:e?s)?\b" if nouns else _NEVER
            count = (rf"{_APPROX}?(?P<num>{_RANGE})\s+(?:or so\s+)?(?:(?P<adj>[a-z]+)\s+)??"
                     rf"(?:(?P<contact>{nouns})|(?P<occ>{_OCCASIONS})\b)"
                     rf"(?:(?P<rate>{_RATE})|(?P<within>{_WITHIN}))?"
                     rf"|(?P<twice>twice|thrice|more than once|more than one occasion)"
                     rf"(?:(?P<rate2>{_RATE})|(?P<within2>{_WITHIN}))?")
            core = (rf"(?P<count>{count})|(?P<freq>{_FREQ_WORDS})|(?P<period>{_PERIOD})")
            quantity = re.compile(rf"\b(?:(?P<innocent>{_INNOCENT})|{core})(?![\w/])",
                                  re.IGNORECASE)
            # the same on lower-cased text: Python's regex runs about twice as fast
            # without IGNORECASE
            lower = re.compile(quantity.pattern)
            behaviour = WordStarts.of(self.behaviour_words)
            # RE2 has no lookarounds and no lazy quantifier after a group: the prefilter
            # may pass more texts than the grammar, never fewer
            prefilter = "(?i)\\b(?:" + _re2(core) + ")"
            self._compiled = (quantity, lower, behaviour, prefilter)
        return self._compiled


class Phrases:
    """Word sequences (negation cues, pseudo cues, breakers) found in a short word list.

    Words as the text is read: lower case, an apostrophe a word break ("didn't" is
    "didn t"), as the phrase matcher reads them."""

    def __init__(self, phrases):
        self.phrases = {tuple(" ".join(p).replace("'", " ").split()) for p in phrases}
        self.phrases.discard(())
        self.first = {p[0] for p in self.phrases}
        self.lengths = sorted({len(p) for p in self.phrases})

    def spans(self, words: list[str], present: set[str]) -> list[tuple[int, int]]:
        if not present & self.first:
            return []
        return [(i, i + n) for i, word in enumerate(words) if word in self.first
                for n in self.lengths if tuple(words[i:i + n]) in self.phrases]


_EDGE_PUNCTUATION = "\"'.,;:!?()[]{}-*"


def lower_words(text: str) -> list[str]:
    return [w.strip(_EDGE_PUNCTUATION) for w in text.lower().split()]


@dataclass(frozen=True)
class WordStarts:
    """Words that count where a word of the text starts with one ("text": texts,
    texting); an entry of several words must start at a word ("turned up")."""

    single: tuple[str, ...]
    multi: tuple[str, ...]  # with a leading space, matched in " ".join(words)

    @classmethod
    def of(cls, entries: list[str]) -> "WordStarts":
        entries = [" ".join(lower_words(e)) for e in _longest_first(entries)]
        return cls(tuple(e for e in entries if " " not in e),
                   tuple(" " + e for e in entries if " " in e))

    def found_in(self, words: list[str]) -> bool:
        if self.single and any(w.startswith(self.single) for w in words):
            return True
        joined = " " + " ".join(words)
        return any(m in joined for m in self.multi)


def _longest_first(words: list[str]) -> list[str]:
    return sorted({w.strip().lower() for w in words if w and w.strip()}, key=len, reverse=True)


def _phrase_re(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split())


def _re2(pattern: str) -> str:
    """The Python pattern in RE2's dialect: named groups dropped, lookarounds removed."""
    pattern = re.sub(r"\(\?P<\w+>", "(?:", pattern)
    pattern = re.sub(r"\(\?![^()]*(?:\([^()]*\)[^()]*)*\)", "", pattern)
    return pattern.replace(")??", ")?")


LIST_KEYS = ("contact_nouns", "behaviour_words", "hypothetical")
EXAMPLE_KEYS = ("should_flag", "should_not_flag")


def load_grammar(dirs: list[Path]) -> tuple[QuantityGrammar, list[P.Problem]]:
    """rules/quantities.yml of each folder: word lists add up, examples add up."""
    grammar = QuantityGrammar()
    found: list[P.Problem] = []
    texts = []
    for folder in dirs:
        path = Path(folder) / "quantities.yml"
        if not path.is_file():
            continue
        src = read_settings_map(path, texts, found)
        if src is None:
            continue
        for key, value in src.data.items():
            if key in LIST_KEYS:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    found.append(P.BadSettings(str(path), src.line(key),
                                               f"quantities.yml: {key} must be a list of words"))
                    continue
                getattr(grammar, key).extend(value)
            elif key in EXAMPLE_KEYS:
                _add_examples(grammar, key, value, str(path), src, found)
            else:
                found.append(P.UnknownKey(str(path), src.line(key),
                                          f"quantities.yml: unknown key {key!r}"))
    grammar.source_text = "\0".join(texts)
    return grammar, found


def _add_examples(grammar: QuantityGrammar, key: str, value, path: str, src, found) -> None:
    if not isinstance(value, list):
        found.append(P.BadSettings(path, src.line(key), f"quantities.yml: {key} must be a list"))
        return
    for i, example in enumerate(value):
        ok = isinstance(example, dict) and isinstance(example.get("narrative"), str)
        expect = example.get("expect", []) if ok else []
        if ok and key == "should_flag":
            ok = isinstance(expect, list) and bool(expect) and set(expect) <= set(KINDS)
        if not ok:
            found.append(P.BadSettings(
                path, src.line(key, i),
                f"quantities.yml: {key}[{i}] needs a narrative"
                + (f" and expect: a list of {', '.join(KINDS)}" if key == "should_flag" else "")))
            continue
        getattr(grammar, key).append(example)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Quantity:
    """One quantity read in a text: its kind, exact span, least count and readable fact."""

    kind: str
    start: int
    end: int
    count: int
    fact: str


@dataclass
class QuantitySettings:
    """verdicts.yml `quantities`: what counts, and what each kind weighs."""

    window_words: int = 6
    occasions_min: int = 2
    many_min: int = 5
    frequency_weight: float = 2.0
    frequency_four: str = "OR"
    many_weight: float = 2.0
    many_four: str = "R"
    occasions_weight: float = 1.0
    occasions_four: str = "R"
    period_weight: float = 1.0
    period_four: str = "O"

    def weight(self, kind: str) -> float:
        return float(getattr(self, f"{kind}_weight"))

    def four(self, kind: str) -> str:
        return getattr(self, f"{kind}_four")


def check_four(value: str) -> str:
    """FOUR letters of a setting, in FOUR order; ValueError if any other letter."""
    letters = str(value).upper().replace(" ", "")
    if not letters or set(letters) - set(FOUR_LETTERS):
        raise ValueError(f"must be FOUR letters (some of {FOUR_LETTERS})")
    return "".join(d for d in FOUR_LETTERS if d in letters)


def _number(text: str) -> int:
    """Least value of a number as written: digits, words or a vague count."""
    text = " ".join(text.lower().replace(",", "").rstrip("+").split())
    if text.isdigit():
        return int(text)
    if text in _VAGUE:
        return _VAGUE[text]
    parts = re.split(r"[- ]", text)
    if parts and parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return _UNITS.get(text, 0)


def _count_of(num: str) -> tuple[int, str]:
    """(least value, digits text) of a number or range: "20 to 30" -> (20, "20-30")."""
    if _ONE_WORD_NUMBER.fullmatch(num.strip()):  # "twenty-five" is one number
        bits = [num.strip()]
    else:
        bits = re.split(r"\s*(?:-|–|\bto\b|\bor\b)\s*", num.strip(), maxsplit=1)
    low = _number(bits[0])
    if len(bits) == 2 and bits[1]:
        high = _number(bits[1])
        return min(low, high), f"{min(low, high)}-{max(low, high)}"
    written = _norm(num)
    if written in _VAGUE or not low:
        return low, written
    return low, str(low) + ("+" if written.endswith("+") else "")


_ONE_WORD_NUMBER = re.compile(_WORD_NUM, re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _classify(m: re.Match, settings: QuantitySettings) -> tuple[str, int, str] | None:
    """(kind, count, fact) of a grammar match, or None when it is not a quantity."""
    text = m.group(0)
    if m.group("period"):
        return "period", 0, _norm(text)
    if m.group("freq"):
        return "frequency", 0, _norm(text)
    rate = m.group("rate") or m.group("rate2")
    within = m.group("within") or m.group("within2")
    if m.group("occ") and _FOR_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "for 3 days" is how long one thing lasted, not 3 occasions
    if not (m.group("contact") or rate) and (
            _ONE_DAY.fullmatch((within or "").strip().lower())
            or _ONE_DAY_AFTER.match(m.string, m.end())):
        return None  # "knocked twice today", "3 times this morning": one occasion, not a course
    if m.group("twice"):
        shown = _norm(m.group("twice"))
        count, noun = _VAGUE[shown.replace(" occasion", "")], ""
    else:
        count, shown = _count_of(m.group("num"))
        noun = _norm(m.group("contact") or m.group("occ") or "")
        if m.group("adj"):
            noun = f"{_norm(m.group('adj'))} {noun}"
        approx = text[:m.start("num") - m.start()].strip()
        shown = f"{_norm(approx)} {shown}".strip() if approx else shown
    fact = " ".join(p for p in (shown, noun, _norm(rate or within or "")) if p)
    if rate:
        return "frequency", count, fact
    if count >= settings.many_min:
        return "many", count, fact
    if count >= settings.occasions_min:
        return "occasions", count, fact
    return None


# A count of times within one day or night is what happened on one occasion (PHA 1997
# s7(3): a course of conduct is conduct on at least two occasions); counted contact
# ("40 texts tonight") still counts.
_ONE_DAY = re.compile(r"(?:this|that|the same)\s+(?:morning|afternoon|evening|night|day)")
_ONE_DAY_AFTER = re.compile(r"\s+(?:today|tonight|earlier today|last night|this (?:morning|"
                            r"afternoon|evening))\b", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;\n](?:\s|$)")
_CLAUSE_END = re.compile(r"[,.!?;:\n()]")
_WORD = re.compile(r"[a-z0-9']+")
_NON_SPACE = re.compile(r"\S+")


class QuantityReader:
    """Reads the quantities of texts with one grammar, negation lexicon and settings."""

    def __init__(self, grammar: QuantityGrammar, lexicon, settings: QuantitySettings):
        self.settings = settings
        self.quantity, self._lower_quantity, self.behaviour, self.prefilter = grammar.compiled()
        self.cues = Phrases([*lexicon.cues, *(h.lower().split() for h in grammar.hypothetical)])
        self.pseudo = Phrases(lexicon.pseudo)
        self.breakers = Phrases(lexicon.breakers)
        self.negation_window = lexicon.window_words
        self._may_start: dict[str, bool] = {}  # per token as written: words repeat

    def read(self, text: str) -> list[Quantity]:
        """The quantities of one text, in order; negated and unattached ones left out."""
        found = []
        for s_start, s_end in sentences(text):
            found += self.read_sentence(text, s_start, s_end)
        return found

    def read_sentence(self, text: str, s_start: int, s_end: int) -> list[Quantity]:
        """The quantities of one sentence (text[s_start:s_end]) with offsets in `text`."""
        found, pending_periods = [], []
        for m in self.matches(text, s_start, s_end):
            if m.group("innocent"):
                continue
            shape = _classify(m, self.settings)
            if shape is None or self._negated(text, s_start, m.start()):
                continue
            kind, count, fact = shape
            q = Quantity(kind, m.start(), m.end(), count, fact)
            if m.group("contact") or self._next_to_behaviour(text, s_start, s_end, q):
                found.append(q)
            elif kind == "period":
                pending_periods.append(q)
        if found:  # a period counts in a sentence that holds a counted quantity
            found += pending_periods
        return sorted(found, key=lambda q: q.start)

    def matches(self, text: str, s_start: int, s_end: int):
        """The grammar's matches in a sentence, the same as finditer gives, but tried only
        at the words a quantity or an innocent number can begin with: Python's regex
        costs ~2 µs a character when tried at every position of a text."""
        at = s_start
        may_start = self._may_start
        regex, low = self.quantity, text.lower()
        if len(low) == len(text):  # offsets unchanged (a few characters grow when lowered)
            regex, text = self._lower_quantity, low
        for token in _TOKEN.finditer(text, s_start, s_end):
            word = token.group()
            starts = may_start.get(word)
            if starts is None:
                starts = may_start[word] = _may_start(word)
            if token.start() < at or not (starts or text.startswith("/", token.end())):
                continue  # (a word before "/" may begin a crime reference: innocent)
            m = regex.match(text, token.start(), s_end)
            if m:
                yield m
                at = m.end()

    def _next_to_behaviour(self, text: str, s_start: int, s_end: int, q: Quantity) -> bool:
        n = self.settings.window_words
        words = (lower_words(text[s_start:q.start])[-n:] + lower_words(text[q.start:q.end])
                 + lower_words(text[q.end:s_end])[:n])
        return self.behaviour.found_in(words)

    def _negated(self, text: str, s_start: int, start: int) -> bool:
        clause_from = max((m.end() for m in _CLAUSE_END.finditer(text, s_start, start)),
                          default=s_start)
        words = _WORD.findall(text[clause_from:start].lower().replace("'", " "))
        words = words[-self.negation_window:]
        present = set(words)
        if not present & self.cues.first:
            return False
        breaks = self.breakers.spans(words, present)
        if breaks:
            words = words[max(end for _, end in breaks):]
        covered = {i for a, b in self.pseudo.spans(words, present) for i in range(a, b)}
        return any(a not in covered for a, _ in self.cues.spans(words, present))

    def candidates(self, texts: pa.Array) -> np.ndarray:
        """Positions of the texts the grammar may find a quantity in (RE2, vectorised)."""
        if not len(texts):
            return np.zeros(0, dtype=np.int64)
        maybe = pc.match_substring_regex(texts, self.prefilter)
        return np.flatnonzero(maybe.to_numpy(zero_copy_only=False).astype(bool, copy=False))


# The first words of the grammar's alternatives (any word holding a digit may begin one
# too); tests/test_quantities.py checks that reading
# from these words finds what the regex finds at every position.
_ANCHORS = frozenset(
    [*_UNITS, *_TENS, "a", "dozen", "dozens", "hundred", "hundreds", "several", "multiple",
     "numerous", "countless", "loads", "lots", "couple", "few", "twice", "thrice",
     "about", "approx", "approximately", "around", "roughly", "over", "more", "at", "up",
     "nearly", "almost", "in", "circa", "some", "another", "upwards",
     "every", "each", "on", "daily", "nightly", "hourly", "weekly", "constantly", "constant",
     "continuously", "continually", "incessantly", "relentlessly", "non", "nonstop", "day",
     "night", "all", "round", "most", "during", "for", "throughout", "within", "since", "ever",
     "flat", "apartment", "apt", "unit", "no", "number", "house", "room", "block", "floor",
     "door", "bus", "route", "platform", "bay", "junction", "seat", "cell", "bed", "ward",
     "exit", "gate", "level", "page", "para", "section", "aged", "age",
     *_MONTHS.split("|")])
_CALL_WORDS = ("call", "ring", "rang", "phon", "dial", "contact")
_TOKEN = re.compile(r"\w+")  # every word start: where the grammar's \b lets a match begin
_HEAD = re.compile(r"[a-z]*")
_DIGIT = re.compile(r"\d")


def _may_start(token: str) -> bool:
    low = token.lower()
    if _DIGIT.search(low):
        return True
    head = _HEAD.match(low).group()
    return head in _ANCHORS or head.startswith(_CALL_WORDS)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a text: quantities, their behaviour words and
    their negation are read within one sentence."""
    bounds, at = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(text)))
    return bounds


def read_texts(reader: QuantityReader, texts: pd.Series) -> pd.DataFrame:
    """One row per quantity of each text: row (position in `texts`), kind, start, end,
    count, fact.

    Python reads a sentence only when two vectorised RE2 filters pass it (the text, then
    the sentence), and each distinct sentence once: sentences repeat across narratives
    far more than whole narratives do."""
    values = pc.fill_null(frames.to_arrow(texts), "")
    candidates = reader.candidates(values)
    text_rows, starts, pieces = [], [], []
    for row, text in zip(candidates.tolist(),
                         values.take(pa.array(candidates, pa.int64())).to_pylist()):
        for s_start, s_end in sentences(text):
            text_rows.append(row)
            starts.append(s_start)
            pieces.append(text[s_start:s_end])
    piece_codes, distinct = pd.factorize(pd.Series(pieces, dtype=object))
    distinct = list(distinct)
    found = {}
    for code in reader.candidates(pa.array(distinct, type=pa.large_string())).tolist():
        sentence = distinct[code]
        quantities = reader.read_sentence(sentence, 0, len(sentence))
        if quantities:
            found[code] = quantities
    rows, kinds, q_starts, ends, counts, facts = [], [], [], [], [], []
    for i in np.flatnonzero(np.isin(piece_codes, list(found))).tolist():
        for q in found[piece_codes[i]]:
            rows.append(text_rows[i])
            kinds.append(q.kind)
            q_starts.append(starts[i] + q.start)
            ends.append(starts[i] + q.end)
            counts.append(q.count)
            facts.append(q.fact)
    return pd.DataFrame({"row": np.asarray(rows, dtype=np.int64),
                         "kind": pd.Series(kinds, dtype=object),
                         "start": np.asarray(q_starts, dtype=np.int64),
                         "end": np.asarray(ends, dtype=np.int64),
                         "count": np.asarray(counts, dtype=np.int64),
                         "fact": pd.Series(facts, dtype=object)})


# --------------------------------------------------------------------------- pseudo-rules


@dataclass(frozen=True)
class QuantityRule:
    """A quantity kind as the verdicts see a rule: id, weight, FOUR letters."""

    id: str
    weight: float
    four: str
    title: str
    behaviour: str = ""
    level: str = "medium"


TITLES = {"frequency": "A frequency of contact or behaviour (\"45 texts a day\", \"every night\")",
          "many": "Many occasions counted (\"9 times\", \"60 msgs\", \"dozens of calls\")",
          "occasions": "Repeated occasions counted (\"on four occasions\", \"twice\")",
          "period": "How long the conduct has gone on (\"for two months\", \"since May\")"}


def quantity_rules(settings: QuantitySettings) -> list[QuantityRule]:
    return [QuantityRule(RULE_PREFIX + kind, settings.weight(kind), settings.four(kind),
                         TITLES[kind]) for kind in KINDS]


def kind_of(rule_id: str) -> str:
    return rule_id[len(RULE_PREFIX):] if rule_id.startswith(RULE_PREFIX) else ""


def quantity_hits(reader: QuantityReader, texts: pd.Series) -> pd.DataFrame:
    """The quantities of `texts` as hit rows (evaluate.HIT_COLUMNS but crime_ref and
    matched; row = position in `texts`), in row and text order."""
    found = read_texts(reader, texts)
    settings = reader.settings
    kinds = found["kind"].to_numpy(dtype=object)
    return pd.DataFrame({
        "row": found["row"].to_numpy(), "rule_id": RULE_PREFIX + found["kind"].astype(str),
        "level": "medium",
        "weight": np.array([settings.weight(k) for k in kinds], dtype=float),
        "four": pd.Series([settings.four(k) for k in kinds], dtype=object),
        "behaviour": "", "field": "narrative",
        "start": found["start"].to_numpy(), "end": found["end"].to_numpy()})


def describe(grammar: QuantityGrammar, settings: QuantitySettings, matched: str) -> str:
    """The readable fact of a quantity's matched text ("four occasions" -> "4 occasions")."""
    m = grammar.compiled()[0].match(matched)
    shape = _classify(m, settings) if m and not m.group("innocent") else None
    return shape[2] if shape else _norm(matched)
