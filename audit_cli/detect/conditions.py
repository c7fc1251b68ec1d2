"""The condition grammar of a base rule: selections joined by and / or / not.

    condition := or_expr
    or_expr   := and_expr ("or" and_expr)*
    and_expr  := not_expr ("and" not_expr)*
    not_expr  := "not" not_expr | atom
    atom      := NAME | "(" or_expr ")" | QUANT "of" (PATTERN | "them")
    QUANT     := "1" | "2" | ... | "any" | "all"

Sigma semantics: `1 of selection_*` is true when at least one selection whose name
matches the glob is true; `all of them` needs every selection (names starting with
"_" are left out of `them`, as in pySigma). Parsing yields a tiny tree of tuples so a
condition is evaluated once per rule over whole boolean columns, never per crime.
"""

from __future__ import annotations

import fnmatch
import re

import numpy as np

_TOKEN = re.compile(r"\s*(\(|\)|[A-Za-z0-9_*]+)")
KEYWORDS = {"and", "or", "not", "of", "them"}


class ConditionError(ValueError):
    """The condition text does not parse or names a selection that does not exist."""


def tokenise(text: str) -> list[str]:
    tokens, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ConditionError(f"unexpected character {text[pos]!r} at column {pos + 1}")
        tokens.append(m.group(1))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return tokens


class _Parser:
    def __init__(self, tokens: list[str]):
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if tok is None:
            raise ConditionError("condition ends too early" + (f": expected {expected!r}" if expected else ""))
        if expected is not None and tok.lower() != expected:
            raise ConditionError(f"expected {expected!r} but found {tok!r}")
        self.pos += 1
        return tok

    def parse(self):
        if not self.tokens:
            raise ConditionError("condition is empty")
        tree = self.or_expr()
        if self.peek() is not None:
            raise ConditionError(f"unexpected {self.peek()!r} after a complete condition")
        return tree

    def or_expr(self):
        left = self.and_expr()
        while (self.peek() or "").lower() == "or":
            self.take()
            left = ("or", left, self.and_expr())
        return left

    def and_expr(self):
        left = self.not_expr()
        while (self.peek() or "").lower() == "and":
            self.take()
            left = ("and", left, self.not_expr())
        return left

    def not_expr(self):
        if (self.peek() or "").lower() == "not":
            self.take()
            return ("not", self.not_expr())
        return self.atom()

    def atom(self):
        tok = self.take()
        low = tok.lower()
        if tok == "(":
            inner = self.or_expr()
            self.take(")")
            return inner
        if tok == ")":
            raise ConditionError("unbalanced ')'")
        nxt = (self.peek() or "").lower()
        if nxt == "of" and (low.isdigit() or low in ("any", "all")):
            self.take("of")
            target = self.take()
            if target == "(" or target == ")":
                raise ConditionError(f"'{tok} of' needs a selection pattern or 'them'")
            need = "all" if low == "all" else (1 if low == "any" else int(low))
            if need == 0:
                raise ConditionError("'0 of' is always true; use 'not 1 of' instead")
            return ("of", need, target)
        if low in KEYWORDS or low.isdigit():
            raise ConditionError(f"unexpected {tok!r} where a selection name was expected")
        if "*" in tok:
            raise ConditionError(f"a pattern such as {tok!r} needs '1 of' or 'all of' before it")
        return ("sel", tok)


def parse(text: str):
    """Parse a condition; raises ConditionError with a one-line reason."""
    return _Parser(tokenise(str(text))).parse()


def expand(target: str, names: list[str]) -> list[str]:
    """Selection names a quantifier target stands for (`them` or a glob)."""
    if target.lower() == "them":
        return [n for n in names if not n.startswith("_")]
    return [n for n in names if fnmatch.fnmatchcase(n, target)]


def check_names(tree, names: list[str]) -> list[str]:
    """One message per selection the condition names but the rule does not define."""
    problems = []
    kind = tree[0]
    if kind == "sel":
        if tree[1] not in names:
            problems.append(f"condition names selection {tree[1]!r} which is not defined")
    elif kind == "of":
        if not expand(tree[2], names):
            problems.append(f"'{tree[2]}' in the condition matches no selection")
    elif kind == "not":
        problems += check_names(tree[1], names)
    else:
        problems += check_names(tree[1], names) + check_names(tree[2], names)
    return problems


def positive_names(tree, names: list[str], negated: bool = False) -> set[str]:
    """Selections that can make the rule fire (not under a `not`): their matches are evidence."""
    kind = tree[0]
    if kind == "sel":
        return set() if negated else {tree[1]}
    if kind == "of":
        return set() if negated else set(expand(tree[2], names))
    if kind == "not":
        return positive_names(tree[1], names, not negated)
    return positive_names(tree[1], names, negated) | positive_names(tree[2], names, negated)


def evaluate(tree, values: dict[str, np.ndarray], size: int) -> np.ndarray:
    """Evaluate over whole columns: `values` maps a selection name to a boolean array."""
    kind = tree[0]
    if kind == "sel":
        return values[tree[1]]
    if kind == "not":
        return ~evaluate(tree[1], values, size)
    if kind == "and":
        return evaluate(tree[1], values, size) & evaluate(tree[2], values, size)
    if kind == "or":
        return evaluate(tree[1], values, size) | evaluate(tree[2], values, size)
    members = expand(tree[2], list(values))
    if not members:
        return np.zeros(size, dtype=bool)
    count = np.sum([values[n] for n in members], axis=0)
    need = len(members) if tree[1] == "all" else tree[1]
    return count >= need
