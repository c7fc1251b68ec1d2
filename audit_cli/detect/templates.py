"""Phrase templates: one written line stands for the phrases it spells out.

    followed {victim} [all the way] home
    (turn|turned|turning|turns) up at {victim's} {place}
    follow(ed|ing|s) {victim}

- `{name}`: a slot, one of the alternatives listed under `slots:` in
  `rules/lexicon/slots.yml` ("her", "the IP", "the injured party", ...);
- `(a|b|c)`: one of the alternatives; glued to a word it spells that word's forms
  (`follow(ed|ing)` is "followed" or "following"); an empty alternative (`(s|)`) means
  the part may be left out; alternatives may hold several words, slots and groups;
- `[words]`: optional words, the same as `(words|)`.

Templates are expanded once, when the rules are loaded, into plain phrases that go into
the matcher's one automaton as before, so matching speed depends on the phrases, not
on how they are written. A template that would spell out more than `max_expansions`
phrases is an error (`audit rules check` names the file and line): a slip such as three
slots in a row would otherwise load tens of thousands of patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Callable, Hashable
from itertools import product
from pathlib import Path

from audit_cli.detect import problems as P
from audit_cli.detect.yamlsrc import read_map_files

SLOTS_FILE = "slots.yml"
DEFAULT_MAX_EXPANSIONS = 2000
_SLOT_NAME_RE = re.compile(r"^[a-z][a-z_']*$")
_SPECIAL = set("{}()[]|")


class TemplateError(ValueError):
    """A template that cannot be read: the message says what to change."""


@dataclass(frozen=True)
class _Slot:
    name: str


@dataclass(frozen=True)
class _Choice:
    options: tuple  # of sequences (tuples of str | _Slot | _Choice)


def parse(text: str) -> tuple:
    """A template as a sequence of literal strings, slots and choices."""
    seq, pos = _parse_seq(text, 0, closing="")
    if pos != len(text):
        raise TemplateError(f"unexpected {text[pos]!r} at character {pos + 1}")
    return seq


def _parse_seq(text: str, pos: int, closing: str) -> tuple[tuple, int]:
    """Items up to (not including) a '|' or the `closing` bracket."""
    items: list = []
    literal = []
    while pos < len(text):
        ch = text[pos]
        if ch not in _SPECIAL:
            literal.append(ch)
            pos += 1
            continue
        if ch == "|" or (closing and ch == closing):
            break
        if ch in ")]}":
            raise TemplateError(f"{ch!r} at character {pos + 1} closes nothing")
        if literal:
            items.append("".join(literal))
            literal = []
        if ch == "{":
            end = text.find("}", pos)
            if end < 0:
                raise TemplateError(f"'{{' at character {pos + 1} is never closed")
            name = text[pos + 1:end].strip()
            if not _SLOT_NAME_RE.match(name):
                raise TemplateError(f"slot name {name!r} must be lower case letters, '_' or \"'\"")
            items.append(_Slot(name))
            pos = end + 1
        else:
            close = ")" if ch == "(" else "]"
            options, pos = _parse_options(text, pos + 1, close, opened_at=pos)
            if ch == "[":
                if len(options) != 1:
                    raise TemplateError("'|' inside [...]: write (a|b) for alternatives, "
                                        "[words] for optional words")
                options = options + ((),)
            items.append(_Choice(options))
    if literal:
        items.append("".join(literal))
    return tuple(items), pos


def _parse_options(text: str, pos: int, close: str, opened_at: int) -> tuple[tuple, int]:
    options = []
    while True:
        seq, pos = _parse_seq(text, pos, closing=close)
        options.append(seq)
        if pos >= len(text):
            raise TemplateError(f"{text[opened_at]!r} at character {opened_at + 1} is never "
                                f"closed with {close!r}")
        if text[pos] == close:
            return tuple(options), pos + 1
        pos += 1  # '|'


def slot_names(seq: tuple) -> set[str]:
    found = set()
    for item in seq:
        if isinstance(item, _Slot):
            found.add(item.name)
        elif isinstance(item, _Choice):
            for option in item.options:
                found |= slot_names(option)
    return found


@dataclass
class Slots:
    """The named slots (name -> phrases it stands for) and the expansion limit."""

    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_expansions: int = DEFAULT_MAX_EXPANSIONS
    source_text: str = ""
    # the form the matcher reads a phrase in: phrases with one form are one phrase
    canonical: Callable[[str], Hashable] = field(default=lambda phrase: _tidy(phrase.lower()))

    def count(self, seq: tuple) -> int:
        """How many phrases a parsed template spells out (without spelling them)."""
        total = 1
        for item in seq:
            if isinstance(item, _Slot):
                total *= len(self.phrases[item.name])
            elif isinstance(item, _Choice):
                total *= sum(self.count(option) for option in item.options)
        return total

    def expand(self, template: str) -> list[str]:
        """Every phrase a template spells out, in written order, without repeats.

        TemplateError when it cannot be read, names an unknown slot or spells out more
        than `max_expansions` phrases."""
        if not _SPECIAL & set(template):
            return [_tidy(template)]
        seq = parse(template)
        unknown = sorted(slot_names(seq) - set(self.phrases))
        if unknown:
            known = ", ".join("{" + n + "}" for n in sorted(self.phrases)) or "none"
            raise TemplateError(f"unknown slot {{{unknown[0]}}} (slots: {known}); define it in "
                                f"lexicon/{SLOTS_FILE}")
        size = self.count(seq)
        if size > self.max_expansions:
            raise TemplateError(f"template spells out {size:,} phrases, more than the limit "
                                f"of {self.max_expansions:,} (max_expansions in lexicon/"
                                f"{SLOTS_FILE}): split it into several lines")
        out = dict.fromkeys(_tidy(t) for t in self._spell(seq))
        out.pop("", None)
        return list(out)

    def _spell(self, seq: tuple) -> list[str]:
        parts = []
        for item in seq:
            if isinstance(item, str):
                parts.append([item])
            elif isinstance(item, _Slot):
                parts.append([" " + p + " " for p in self.phrases[item.name]])
            else:
                parts.append([s for option in item.options for s in self._spell(option)])
        return ["".join(combo) for combo in product(*parts)]


def _tidy(phrase: str) -> str:
    return " ".join(phrase.split())


def load_slots(dirs: list[Path], canonical=None) -> tuple[Slots, list[P.Problem]]:
    """Built-in slots merged with each folder's lexicon/slots.yml (a slot named again
    replaces the earlier one; `max_expansions` likewise).

    `canonical(phrase)` gives the form the matcher reads (abbreviations expanded): a
    slot keeps the first of phrases that read the same ("the IP", "the victim"), so
    they are matched and counted once."""
    slots = Slots() if canonical is None else Slots(canonical=canonical)
    sources, found, slots.source_text = read_map_files(
        [Path(folder) / "lexicon" / SLOTS_FILE for folder in dirs], "a slots file")
    for src in sources:
        _merge_slots(slots, src, src.path, found)
    return slots, found


def _merge_slots(slots: Slots, src, path: Path, found: list) -> None:
    data = src.data
    for key in data:
        if key not in ("slots", "max_expansions"):
            found.append(P.UnknownKey(str(path), src.line(key),
                                      f"unknown key {key!r} (slots, max_expansions)"))
    if "max_expansions" in data:
        limit = data["max_expansions"]
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            found.append(P.BadSettings(str(path), src.line("max_expansions"),
                                       "max_expansions must be a whole number >= 1"))
        else:
            slots.max_expansions = limit
    table = data.get("slots") or {}
    if not isinstance(table, dict):
        found.append(P.BadSettings(str(path), src.line("slots"), "slots must be a map"))
        return
    for name, items in table.items():
        where = src.line("slots", name)
        if not isinstance(name, str) or not _SLOT_NAME_RE.match(name):
            found.append(P.BadSettings(str(path), where, f"slot name {name!r} must be lower "
                                       "case letters, '_' or \"'\""))
            continue
        if not isinstance(items, list) or not items:
            found.append(P.BadSettings(str(path), where, f"slot {name!r} must list at least "
                                       "one phrase"))
            continue
        phrases: list[str] = []
        for i, item in enumerate(items):
            try:
                seq = parse(str(item))
                if slot_names(seq):
                    raise TemplateError("a slot's phrases cannot use other slots")
                phrases += Slots(max_expansions=slots.max_expansions).expand(str(item))
            except TemplateError as exc:
                found.append(P.BadTemplate(str(path), src.line("slots", name, i),
                                           f"slot {name!r}, {item!r}: {exc}"))
        kept: dict = {}
        for phrase in phrases:
            kept.setdefault(slots.canonical(phrase), phrase)
        slots.phrases[name] = tuple(kept.values())
