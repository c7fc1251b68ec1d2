"""Field-test modifiers (`field|mod|mod`), one class each.

A match modifier says how a test's values are checked when the rule is loaded, how a
text column is matched (over the whole column, or once per distinct value) and which
span of the value is shown as evidence. A flag modifier (`nonegate`, `exact`, `all`)
changes how another one works. Adding a modifier is one class here and its line in
MODIFIERS; rules.py and evaluate.py only look things up in the table.

`phrase` is matched by the one-pass phrase matcher (matcher.py) rather than per column;
`exists`, `gte` and `lte` on dates and booleans are computed on the typed columns in
evaluate.py.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from audit_cli.detect.regex_safety import catastrophic

TEXT, DATE, BOOL = "text", "date", "bool"
ANY_FIELD = (TEXT, DATE, BOOL)


def parse_date(value) -> dt.date | None:
    """A date written in a rule (YYYY-MM-DD or a YAML date), None when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _not_a_date(value) -> str:
    return f"{value!r} is not a date (YYYY-MM-DD)"


def _is_text(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


class Modifier:
    """One modifier: its name, its meaning (docs, errors) and what it does."""

    name = ""
    meaning = ""
    is_match = True  # a match kind (one per test) rather than a flag
    fields: tuple = (TEXT,)  # kinds of field it works on
    goes_with = ""  # a flag: the match kind it needs

    def check(self, values: list, field: str, field_kind: str, key: str) -> tuple[list, str]:
        """The values as the engine uses them, or an error message (second item)."""
        if not all(_is_text(v) for v in values):
            return values, f"values of {key} must be text"
        return [str(v) for v in values], ""

    # text matching: the column is lower-cased; `wanted` is a value as written
    def column(self, col: pd.Series, wanted: str) -> np.ndarray:
        raise NotImplementedError(self.name)

    def value(self, value: str, wanted: str) -> bool:
        raise NotImplementedError(self.name)

    def span(self, text: str, wanted: str) -> tuple[int, int] | None:
        """Where `wanted` matched in `text` as written; None: the whole value."""
        return None


class Equals(Modifier):
    name = "equals"
    meaning = "text: equal to the whole trimmed value, ignoring case; bool/date: equal"
    fields = ANY_FIELD

    def check(self, values, field, field_kind, key):
        if field_kind == BOOL:
            ok = all(isinstance(v, bool) for v in values)
            return values, "" if ok else f"{field} takes true or false"
        if field_kind == DATE:
            parsed = [parse_date(v) for v in values]
            bad = [v for v, p in zip(values, parsed) if p is None]
            return parsed, _not_a_date(bad[0]) if bad else ""
        return super().check(values, field, field_kind, key)

    def column(self, col, wanted):
        return (col == wanted.lower().strip()).fillna(False).to_numpy(dtype=bool)

    def value(self, value, wanted):
        return value == wanted.lower().strip()


class Contains(Modifier):
    name = "contains"
    meaning = "case-insensitive: the value holds this text"

    def column(self, col, wanted):
        return col.str.contains(wanted.lower(), regex=False).fillna(False).to_numpy(dtype=bool)

    def value(self, value, wanted):
        return wanted.lower() in value

    def span(self, text, wanted):
        want = wanted.lower()
        pos = text.lower().find(want)
        return (pos, pos + len(want)) if pos >= 0 else None


class StartsWith(Modifier):
    name = "startswith"
    meaning = "case-insensitive: the value starts with this text"

    def column(self, col, wanted):
        return col.str.startswith(wanted.lower()).fillna(False).to_numpy(dtype=bool)

    def value(self, value, wanted):
        return value.startswith(wanted.lower())

    def span(self, text, wanted):
        low, want = text.lower(), wanted.lower()
        if not low.strip().startswith(want):
            return None
        pos = len(low) - len(low.lstrip())
        return pos, pos + len(want)


class EndsWith(Modifier):
    name = "endswith"
    meaning = "case-insensitive: the value ends with this text"

    def column(self, col, wanted):
        return col.str.endswith(wanted.lower()).fillna(False).to_numpy(dtype=bool)

    def value(self, value, wanted):
        return value.endswith(wanted.lower())

    def span(self, text, wanted):
        low, want = text.lower(), wanted.lower()
        if not low.rstrip().endswith(want):
            return None
        pos = len(low.rstrip()) - len(want)
        return pos, pos + len(want)


class Regex(Modifier):
    name = "re"
    meaning = ("Python regular expression, case-insensitive; slow over narratives: "
               "prefer phrases with * / **")

    def check(self, values, field, field_kind, key):
        values, message = super().check(values, field, field_kind, key)
        for v in values if not message else ():
            try:
                re.compile(v)
            except re.error as exc:
                return values, f"bad regular expression {v!r}: {exc}"
            risk = catastrophic(v)
            if risk:
                return values, f"regular expression {v!r} refused: {risk}"
        return values, message

    def column(self, col, wanted):
        # Python semantics (as pandas gives); RE2 narrows the rows Python reads
        from audit_cli.detect.evaluate import _regex_mask

        return _regex_mask(col, wanted.lower())

    def value(self, value, wanted):
        return re.search(wanted, value, re.IGNORECASE) is not None

    def span(self, text, wanted):
        m = re.search(wanted, text, re.IGNORECASE)
        return m.span() if m else None


class Phrase(Modifier):
    name = "phrase"
    meaning = "the words occur in this order (templates, abbreviations, misspellings, negation)"


class Exists(Modifier):
    name = "exists"
    meaning = "true: the field is not empty; false: it is empty"
    fields = ANY_FIELD

    def check(self, values, field, field_kind, key):
        ok = len(values) == 1 and isinstance(values[0], bool)
        return values, "" if ok else "exists takes true or false"


class _Bound(Modifier):
    fields = ANY_FIELD

    def check(self, values, field, field_kind, key):
        if len(values) != 1:
            return values, f"{self.name} takes one value"
        if field_kind == DATE:
            parsed = parse_date(values[0])
            return [parsed], "" if parsed is not None else _not_a_date(values[0])
        if isinstance(values[0], bool) or not isinstance(values[0], (int, float)):
            return values, f"{self.name} on {field!r} takes a number"
        return values, ""


class AtLeast(_Bound):
    name = "gte"
    meaning = "on/after a date (YYYY-MM-DD), or >= a number"


class AtMost(_Bound):
    name = "lte"
    meaning = "on/before a date (YYYY-MM-DD), or <= a number"


class _Flag(Modifier):
    is_match = False
    fields = ANY_FIELD


class NoNegate(_Flag):
    name = "nonegate"
    meaning = "with phrase: count negated mentions too"
    goes_with = "phrase"


class Exact(_Flag):
    name = "exact"
    meaning = "with phrase: no misspelling tolerance (abbreviations still apply)"
    goes_with = "phrase"


class All(_Flag):
    name = "all"
    meaning = "a list must match all its values instead of any"


EQUALS = Equals()
MODIFIERS: dict[str, Modifier] = {m.name: m for m in (
    Phrase(), NoNegate(), Exact(), Contains(), StartsWith(), EndsWith(), Regex(), All(),
    AtLeast(), AtMost(), Exists())}
MATCH_KINDS = tuple(name for name, m in MODIFIERS.items() if m.is_match)


def kind_of(name: str) -> Modifier:
    """The modifier object of a test's kind ('equals' when no match modifier is written)."""
    return MODIFIERS.get(name, EQUALS)
