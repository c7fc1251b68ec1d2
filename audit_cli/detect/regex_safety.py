"""Refusing rule regular expressions that can take exponential time.

Python's `re` backtracks: `(a+)+$` on 46 letters and a mismatch tries 2^46 ways and never
returns. A linear-time engine (RE2) would be the cure, but the `|re` modifier promises
Python's syntax and the built-in pack uses what RE2 lacks (look-ahead inside a bounded
repeat), so instead a pattern is refused when a repeat that can run more than once holds
another repeat with no upper bound, the shape of every classic catastrophic pattern:
`(a+)+`, `(a*)*`, `(\\w+\\s?)*`, `(x+y?){2,60}`. What it does not catch (overlapping
alternatives under one repeat, `(a|a)*`) is listed in SECURITY.md.
"""

from __future__ import annotations

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover (3.10)
    import sre_constants as _c
    import sre_parse as _parser

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op is _c.SUBPATTERN:
        return [av[-1]]
    if op is _c.BRANCH:
        return list(av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return [av]
    if op is _c.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


def _has_unbounded_repeat(items) -> bool:
    for op, av in items:
        if op in _REPEATS and av[1] == _c.MAXREPEAT:
            return True
        if any(_has_unbounded_repeat(child) for child in _children(op, av)):
            return True
    return False


def _nested(items) -> str | None:
    for op, av in items:
        if op in _REPEATS and av[1] > 1 and _has_unbounded_repeat(av[2]):
            return "a repeated group holds another unbounded repeat"
        for child in _children(op, av):
            found = _nested(child)
            if found:
                return found
    return None


def catastrophic(pattern: str) -> str | None:
    """Why the pattern can backtrack exponentially, or None when it looks safe."""
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001  (compile() reports syntax errors itself)
        return None
    why = _nested(parsed)
    if why:
        return (f"{why} (nested quantifiers, as in (a+)+), which can take exponential time "
                "on a narrative that almost matches; rewrite it without the inner + or * "
                "(e.g. (a+)+ -> a+, (\\w+\\s?)* -> [\\w\\s]*)")
    return None
