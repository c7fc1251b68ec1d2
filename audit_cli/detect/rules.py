"""Rule files: load, validate (every problem in one pass), and assemble the pack.

A pack is read from the built-in folder (audit_cli.paths.RULES_DIR) and then each
user folder given with `--rules DIR`; a rule whose id is already loaded from an
earlier folder replaces it. Validation is layered cheapest first: YAML syntax, keys
and values, fields and modifiers, conditions, then cross-rule checks (duplicate ids,
correlation references). Rules with errors are kept out of the pack; `audit rules
check` lists every problem at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from audit_cli import paths
from audit_cli.errors import AuditError
from audit_cli.detect import conditions, problems as P
from audit_cli.detect.modifiers import (BOOL, DATE, EQUALS, MATCH_KINDS, MODIFIERS, TEXT,
                                        parse_date)
from audit_cli.detect.templates import Slots, TemplateError, load_slots
from audit_cli.detect.yamlsrc import Source, read_yaml

STATUSES = {
    "experimental": "new; may fire on benign records; runs and counts",
    "test": "examples pass and it is being checked against real data; runs and counts",
    "stable": "reviewed on real data; runs and counts",
    "deprecated": "kept for reference; does not run",
}
LEVELS = {
    "informational": "context only; a building block for correlation rules",
    "low": "weak sign on its own",
    "medium": "a stalking behaviour worth a reviewer's look",
    "high": "strong sign of stalking, or of stalking hidden under another offence",
    "critical": "stalking with danger to the victim (threats, violence, breach of an order)",
}
LEVEL_ORDER = {name: i for i, name in enumerate(LEVELS)}

TEXT_FIELDS = ("narrative", "offence", "offence_code", "relationship", "flags",
               "allocated_team", "outcome_code", "spo", "support_referral", "risk_level")
BOOL_FIELDS = ("domestic",)
DATE_FIELDS = ("recorded_date", "offence_date")
FIELDS = TEXT_FIELDS + BOOL_FIELDS + DATE_FIELDS

BASE_KEYS = {"id", "title", "status", "description", "references", "author", "date", "tags",
             "scope", "detection", "falsepositives", "level", "weight", "tests", "modified"}
BASE_REQUIRED = ("id", "title", "status", "description", "references", "detection", "level",
                 "weight", "tests")
CORR_KEYS = {"id", "type", "title", "status", "description", "references", "author", "date",
             "tags", "correlation", "falsepositives", "level", "weight", "tests", "modified"}
CORR_REQUIRED = ("id", "type", "title", "status", "description", "references", "correlation",
                 "level", "weight", "tests")
CORRELATION_TYPES = ("event_count", "crime_count", "value_count", "rising", "after",
                     "third_party")
CORR_BLOCK_KEYS = {"type", "rules", "timespan", "condition", "field", "factor", "min_crimes",
                   "after_rules"}
CONDITION_OPS = ("gte", "gt", "lte", "lt", "eq")
CHANNELS = ("phone", "text", "social_media", "email", "in_person", "letter", "gift",
            "third_party", "property", "online")
FOUR_TAGS = {"four.fixated": "F", "four.obsessive": "O", "four.unwanted": "U",
             "four.repeated": "R"}
_TAG_RE = re.compile(r"^(four\.(fixated|obsessive|unwanted|repeated)|s2a3\.[a-g]|s4a\.(fear|alarm)"
                     r"|offence\.hiding|channel\.(" + "|".join(CHANNELS) + r"))$")
_ID_RE = re.compile(r"^[a-z0-9_]+$")
_TIMESPAN_RE = re.compile(r"^(\d+)\s*d$")


@dataclass
class FieldTest:
    """One `field|mod|mod: values` entry of a selection."""

    field: str
    modifiers: tuple[str, ...]
    values: list  # phrases: every phrase the written templates spell out
    line: int = 0
    written: list = field(default_factory=list)  # phrases: the values as written

    @property
    def written_lines(self) -> int:
        return len(self.written) if self.written else len(self.values)

    @property
    def kind(self) -> str:
        for mod in self.modifiers:
            if mod in MATCH_KINDS:
                return mod
        return "equals"

    @property
    def match_all(self) -> bool:
        return "all" in self.modifiers


@dataclass
class Selection:
    """A named selection: OR over alternatives, each an AND of field tests."""

    name: str
    alternatives: list[list[FieldTest]]


@dataclass
class Rule:
    id: str
    title: str
    status: str
    level: str
    weight: float
    description: str = ""
    references: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    scope_from: dt.date | None = None
    scope_to: dt.date | None = None
    selections: dict[str, Selection] = field(default_factory=dict)
    condition: tuple = ()
    condition_text: str = ""
    falsepositives: list = field(default_factory=list)
    should_flag: list = field(default_factory=list)
    should_not_flag: list = field(default_factory=list)
    path: Path | None = None
    text: str = ""

    @property
    def four(self) -> str:
        """FOUR letters the rule supports, in F-O-U-R order ('' when none)."""
        letters = {FOUR_TAGS[t] for t in self.tags if t in FOUR_TAGS}
        return "".join(ch for ch in "FOUR" if ch in letters)

    @property
    def behaviour(self) -> str:
        found = sorted(t.split(".", 1)[1] for t in self.tags if t.startswith("s2a3."))
        return "".join(found)

    @property
    def channels(self) -> list[str]:
        return sorted(t.split(".", 1)[1] for t in self.tags if t.startswith("channel."))

    @property
    def active(self) -> bool:
        return self.status != "deprecated"

    @property
    def positive_selections(self) -> set[str]:
        return conditions.positive_names(self.condition, list(self.selections))


@dataclass
class CorrelationRule:
    id: str
    title: str
    status: str
    level: str
    weight: float
    ctype: str
    rules: list = field(default_factory=list)  # ids or "tag:..." entries; [] = any base rule
    after_rules: list = field(default_factory=list)
    timespan_days: int | None = None
    op: str = "gte"
    threshold: float = 1
    value_field: str | None = None
    factor: float = 2.0
    min_crimes: int = 3
    description: str = ""
    references: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    falsepositives: list = field(default_factory=list)
    should_flag: list = field(default_factory=list)
    should_not_flag: list = field(default_factory=list)
    path: Path | None = None
    text: str = ""

    four = Rule.four
    behaviour = Rule.behaviour
    active = Rule.active


@dataclass
class RulePack:
    rules: list[Rule]
    correlations: list[CorrelationRule]
    verdicts: object  # verdict.VerdictSettings
    lexicon: object  # matcher.Lexicon
    version: str
    sha256: str
    dirs: list[Path] = field(default_factory=list)
    problems: list[P.Problem] = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def active_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.active]

    @property
    def active_correlations(self) -> list[CorrelationRule]:
        return [r for r in self.correlations if r.active]

    def rule(self, rule_id: str):
        for r in self.rules + self.correlations:
            if r.id == rule_id:
                return r
        return None

    def resolve(self, entries: list) -> set[str]:
        """Base-rule ids named by a correlation's `rules` list (ids or `tag:...`); [] = all."""
        active = self.active_rules
        if not entries:
            return {r.id for r in active}
        ids = set()
        for entry in entries:
            entry = str(entry)
            if entry.startswith("tag:"):
                ids |= {r.id for r in active if entry[4:] in r.tags}
            else:
                ids.add(entry)
        return ids & {r.id for r in active}


# --------------------------------------------------------------------------- checks


class _Checker:
    """Collects the problems of one file; `add(cls, message, *path)` locates them."""

    def __init__(self, src: Source, rel: str, slots: Slots | None = None):
        self.src = src
        self.rel = rel
        self.slots = slots if slots is not None else Slots()
        self.found: list[P.Problem] = []
        self.rule_id = ""

    def add(self, cls, message: str, *path) -> None:
        self.found.append(cls(self.rel, self.src.line(*path), message, self.rule_id))

    @property
    def failed(self) -> bool:
        return any(p.is_error for p in self.found)


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _check_keys(chk: _Checker, data: dict, allowed: set, required: tuple) -> None:
    for key in required:
        if key not in data:
            chk.add(P.MissingKey, f"required key {key!r} is missing", key)
    for key in data:
        if key not in allowed:
            chk.add(P.UnknownKey, f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})", key)


def _check_common(chk: _Checker, data: dict, expected_dir: str) -> None:
    rid = data.get("id")
    if "id" in data:
        if not isinstance(rid, str) or not _ID_RE.match(rid):
            chk.add(P.BadId, f"id {rid!r} must be lower case letters, digits and '_'", "id")
        elif chk.src.path.stem != rid:
            chk.add(P.FileNameMismatch, f"file name {chk.src.path.name!r} must be '{rid}.yml'", "id")
    if chk.src.path.parent.name != expected_dir:
        chk.add(P.NotARule, f"a {'correlation' if expected_dir == 'correlation' else 'base'} rule "
                f"belongs in a '{expected_dir}/' folder", ())
    if "status" in data and data["status"] not in STATUSES:
        chk.add(P.BadValue, f"status {data['status']!r} must be one of {', '.join(STATUSES)}", "status")
    if "level" in data and data["level"] not in LEVELS:
        chk.add(P.BadValue, f"level {data['level']!r} must be one of {', '.join(LEVELS)}", "level")
    if "weight" in data:
        w = data["weight"]
        if isinstance(w, bool) or not isinstance(w, (int, float)) or w < 0:
            chk.add(P.BadValue, f"weight {w!r} must be a number >= 0", "weight")
    for key in ("title", "description"):
        if key in data and (not isinstance(data[key], str) or not data[key].strip()):
            chk.add(P.BadValue, f"{key} must be non-empty text", key)
    refs = data.get("references")
    if "references" in data and (not isinstance(refs, list) or not refs
                                 or not all(isinstance(r, str) and r.strip() for r in refs)):
        chk.add(P.MissingReferences, "references must list at least one law, guidance or "
                "recommendation (text)", "references")
    tags = data.get("tags", [])
    if not isinstance(tags, list):
        chk.add(P.BadValue, "tags must be a list", "tags")
    else:
        for i, tag in enumerate(tags):
            if not isinstance(tag, str) or not _TAG_RE.match(tag):
                chk.add(P.UnknownTag, f"tag {tag!r} is not one of four.*, s2a3.a-g, s4a.fear|alarm, "
                        "offence.hiding, channel.<name>", "tags", i)
    if "falsepositives" not in data:
        chk.add(MissingFalsePositives,
                "falsepositives is missing: tell the reviewer when this fires but is not stalking",
                ())
    _check_tests_present(chk, data)


class MissingFalsePositives(P.Problem):
    severity = "warning"
    code = "missing-falsepositives"


def _check_tests_present(chk: _Checker, data: dict) -> None:
    tests = data.get("tests")
    if "tests" not in data:
        return  # reported as a missing key
    if not isinstance(tests, dict):
        chk.add(P.MissingExamples, "tests must be a map with should_flag and should_not_flag", "tests")
        return
    for key in tests:
        if key not in ("should_flag", "should_not_flag"):
            chk.add(P.UnknownKey, f"unknown key {key!r} under tests", "tests", key)
    for key in ("should_flag", "should_not_flag"):
        items = tests.get(key)
        if not isinstance(items, list) or not items:
            chk.add(P.MissingExamples, f"tests.{key} needs at least one example", "tests", key)
            continue
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                chk.add(P.BadExample, f"tests.{key}[{i}] must be a map of fields", "tests", key, i)


def _parse_date(chk: _Checker, value, *path) -> dt.date | None:
    parsed = parse_date(value)
    if parsed is None:
        chk.add(P.BadValue, f"{value!r} is not a date (YYYY-MM-DD)", *path)
    return parsed


def _check_example_fields(chk: _Checker, example: dict, path: tuple) -> None:
    for key in example:
        if key not in FIELDS and key not in ("crime_ref", "victim", "suspect"):
            chk.add(P.UnknownField, f"example field {key!r} is not a crimes-table field", *path, key)


def _field_test(chk: _Checker, key: str, value, path: tuple) -> FieldTest | None:
    parts = str(key).split("|")
    fname, mods = parts[0], tuple(parts[1:])
    line = chk.src.line(*path)
    ok = True
    if fname not in FIELDS:
        chk.add(P.UnknownField, f"unknown field {fname!r} (fields: {', '.join(FIELDS)})", *path)
        ok = False
    for mod in mods:
        if mod not in MODIFIERS:
            chk.add(P.UnknownModifier, f"unknown modifier {mod!r} (modifiers: {', '.join(MODIFIERS)})",
                    *path)
            ok = False
    if not ok:
        return None
    values = _as_list(value)
    kinds = [MODIFIERS[m] for m in mods if MODIFIERS[m].is_match]
    if len(kinds) > 1:
        chk.add(P.UnknownModifier, f"modifiers {' and '.join(k.name for k in kinds)} cannot be "
                "combined", *path)
        return None
    kind = kinds[0] if kinds else EQUALS
    flags = [MODIFIERS[m] for m in mods if MODIFIERS[m].goes_with not in ("", kind.name)]
    if flags:
        names = sorted({f.name for f in flags})
        chk.add(P.UnknownModifier, f"{' and '.join(names)} only go{'es' if len(names) == 1 else ''}"
                f" with {flags[0].goes_with}", *path)
        return None
    field_kind = BOOL if fname in BOOL_FIELDS else DATE if fname in DATE_FIELDS else TEXT
    if field_kind not in kind.fields:
        chk.add(P.UnknownModifier, f"{kind.name} needs a text field, not {fname!r}", *path)
        return None
    if not values:
        chk.add(P.BadValue, f"{key} has no value", *path)
        return None
    values, message = kind.check(values, fname, field_kind, key)
    if message:
        chk.add(P.BadValue, message, *path)
        return None
    if kind.name == "phrase":
        return _phrase_test(chk, fname, mods, values, path)
    return FieldTest(fname, mods, values, line)


def _phrase_test(chk: _Checker, fname: str, mods: tuple, written: list[str],
                 path: tuple) -> FieldTest | None:
    """A phrase test with its templates spelt out (lexicon/slots.yml); a written phrase
    that the others already spell out is reported, so a rule lists each idea once."""
    expanded: list[list[str]] = []
    for i, value in enumerate(written):
        where = path + (i,)  # a single value written without a list: its key's line
        try:
            phrases = chk.slots.expand(value)
        except TemplateError as exc:
            chk.add(P.BadTemplate, f"phrase {value!r}: {exc}", *where)
            return None
        if not phrases or any(not re.search(r"[^\W_]", v) for v in phrases):
            chk.add(P.BadValue, f"phrase {value!r}: a phrase needs at least one word", *where)
            return None
        expanded.append(phrases)
    keyed = [{chk.slots.canonical(p) for p in phrases} for phrases in expanded]
    spelt: dict[str, int] = {}
    for keys in keyed:
        for key in keys:
            spelt[key] = spelt.get(key, 0) + 1
    for i, keys in enumerate(keyed):
        if all(spelt[k] > 1 for k in keys):
            chk.add(P.RedundantPhrase, f"phrase {written[i]!r} is already spelt out by the "
                    "other phrases of this test: remove it", *path, i)
            for k in keys:  # the first of two equal lines is kept, the second reported
                spelt[k] -= 1
    values = list(dict.fromkeys(p for phrases in expanded for p in phrases))
    return FieldTest(fname, mods, values, chk.src.line(*path), written=list(written))


def _selection(chk: _Checker, name: str, body, path: tuple) -> Selection | None:
    if isinstance(body, list) and body and all(isinstance(v, (str, int, float)) and
                                                not isinstance(v, bool) for v in body):
        test = _phrase_test(chk, "narrative", ("phrase",), [str(v) for v in body], path)
        return Selection(name, [[test]]) if test is not None else None
    maps = body if isinstance(body, list) else [body]
    if not maps or not all(isinstance(m, dict) and m for m in maps):
        chk.add(P.BadValue, f"selection {name!r} must be a map of field tests, a list of maps, "
                "or a list of keywords", *path)
        return None
    alternatives = []
    for i, mapping in enumerate(maps):
        sub = path + ((i,) if isinstance(body, list) else ())
        tests = [_field_test(chk, k, v, sub + (k,)) for k, v in mapping.items()]
        if any(t is None for t in tests):
            return None
        alternatives.append(tests)
    return Selection(name, alternatives)


def _check_detection(chk: _Checker, det) -> tuple[dict, tuple, str]:
    if not isinstance(det, dict):
        chk.add(P.BadValue, "detection must be a map of selections and a condition", "detection")
        return {}, (), ""
    selections = {}
    for name, body in det.items():
        if name == "condition":
            continue
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", str(name)):
            chk.add(P.BadValue, f"selection name {name!r} must be letters, digits and '_'",
                    "detection", name)
            continue
        sel = _selection(chk, str(name), body, ("detection", name))
        if sel is not None:
            selections[str(name)] = sel
    text = det.get("condition")
    if text is None:
        if len(det) == 1 and "condition" not in det:
            text = next(iter(det))  # a single selection needs no condition
        else:
            chk.add(P.MissingKey, "detection needs a condition", "detection")
            return selections, (), ""
    if isinstance(text, list):
        text = " or ".join(f"({t})" for t in text)
    try:
        tree = conditions.parse(str(text))
    except conditions.ConditionError as exc:
        chk.add(P.BadCondition, f"condition {text!r}: {exc}", "detection", "condition")
        return selections, (), str(text)
    declared = [str(n) for n in det if n != "condition"]
    for msg in conditions.check_names(tree, declared):
        chk.add(P.UnknownSelection, msg, "detection", "condition")
    used = conditions.positive_names(tree, declared) | _all_names(tree, declared)
    for name in declared:
        if name not in used:
            chk.add(P.UnusedSelection, f"selection {name!r} is not used by the condition",
                    "detection", name)
    return selections, tree, str(text)


def _all_names(tree, names) -> set[str]:
    kind = tree[0]
    if kind == "sel":
        return {tree[1]}
    if kind == "of":
        return set(conditions.expand(tree[2], names))
    if kind == "not":
        return _all_names(tree[1], names)
    return _all_names(tree[1], names) | _all_names(tree[2], names)


def _check_base(chk: _Checker, data: dict) -> Rule | None:
    _check_keys(chk, data, BASE_KEYS, BASE_REQUIRED)
    _check_common(chk, data, "detection")
    scope_from = scope_to = None
    scope = data.get("scope")
    if scope is not None:
        if not isinstance(scope, dict):
            chk.add(P.BadValue, "scope must be a map with from and/or to", "scope")
        else:
            for key in scope:
                if key not in ("from", "to"):
                    chk.add(P.UnknownKey, f"unknown key {key!r} under scope (from, to)", "scope", key)
            if "from" in scope:
                scope_from = _parse_date(chk, scope["from"], "scope", "from")
            if "to" in scope:
                scope_to = _parse_date(chk, scope["to"], "scope", "to")
    selections, tree, text = _check_detection(chk, data.get("detection"))
    tests = data.get("tests") if isinstance(data.get("tests"), dict) else {}
    for key in ("should_flag", "should_not_flag"):
        for i, ex in enumerate(_as_list(tests.get(key))):
            if isinstance(ex, dict):
                _check_example_fields(chk, ex, ("tests", key, i))
    if chk.failed:
        return None
    return Rule(
        id=data["id"], title=data["title"].strip(), status=data["status"], level=data["level"],
        weight=float(data["weight"]), description=str(data["description"]).strip(),
        references=list(data["references"]), tags=list(data.get("tags") or []),
        scope_from=scope_from, scope_to=scope_to, selections=selections, condition=tree,
        condition_text=text, falsepositives=_as_list(data.get("falsepositives")),
        should_flag=list(tests["should_flag"]), should_not_flag=list(tests["should_not_flag"]),
        path=chk.src.path, text=chk.src.text)


def _timespan(chk: _Checker, value, *path) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    m = _TIMESPAN_RE.match(str(value).strip())
    if not m or int(m.group(1)) <= 0:
        chk.add(P.BadValue, f"timespan {value!r} must be a number of days such as 90d", *path)
        return None
    return int(m.group(1))


def _check_correlation(chk: _Checker, data: dict) -> CorrelationRule | None:
    _check_keys(chk, data, CORR_KEYS, CORR_REQUIRED)
    _check_common(chk, data, "correlation")
    if data.get("type") != "correlation":
        chk.add(P.BadValue, "type must be 'correlation'", "type")
    block = data.get("correlation")
    fields: dict = {}
    if not isinstance(block, dict):
        if "correlation" in data:
            chk.add(P.BadValue, "correlation must be a map", "correlation")
        block = {}
    for key in block:
        if key not in CORR_BLOCK_KEYS:
            chk.add(P.UnknownKey, f"unknown key {key!r} under correlation "
                    f"(allowed: {', '.join(sorted(CORR_BLOCK_KEYS))})", "correlation", key)
    ctype = block.get("type")
    if ctype not in CORRELATION_TYPES:
        chk.add(P.BadValue, f"correlation type {ctype!r} must be one of "
                f"{', '.join(CORRELATION_TYPES)}", "correlation", "type")
    for key in ("rules", "after_rules"):
        if key in block and (not isinstance(block[key], list)
                             or not all(isinstance(x, str) for x in block[key])):
            chk.add(P.BadValue, f"{key} must be a list of rule ids or 'tag:...' entries",
                    "correlation", key)
    if "timespan" in block:
        fields["timespan_days"] = _timespan(chk, block["timespan"], "correlation", "timespan")
    elif ctype == "rising":
        chk.add(P.MissingKey, "a rising correlation needs a timespan", "correlation")
    cond = block.get("condition")
    if ctype in ("event_count", "crime_count", "value_count"):
        if not isinstance(cond, dict) or len(cond) != 1 or next(iter(cond)) not in CONDITION_OPS:
            chk.add(P.BadValue, "condition must be one of {gte: N}, {gt: N}, {lte: N}, {lt: N}, "
                    "{eq: N}", "correlation", "condition")
        else:
            op, val = next(iter(cond.items()))
            if isinstance(val, bool) or not isinstance(val, (int, float)):
                chk.add(P.BadValue, f"condition value {val!r} must be a number",
                        "correlation", "condition")
            fields.update(op=op, threshold=float(val))
    if ctype == "value_count":
        vf = block.get("field")
        if vf is None:
            chk.add(P.MissingKey, "a value_count correlation needs a field", "correlation")
        elif vf not in FIELDS and vf != "tag:channel" and not str(vf).startswith("tag:"):
            chk.add(P.UnknownField, f"field {vf!r} is not a crimes-table field or tag:<prefix>",
                    "correlation", "field")
        fields["value_field"] = vf
    if ctype == "after" and not block.get("after_rules"):
        chk.add(P.MissingKey, "an after correlation needs after_rules", "correlation")
    for key, cast, minimum in (("factor", float, 0), ("min_crimes", int, 1)):
        if key in block:
            val = block[key]
            if isinstance(val, bool) or not isinstance(val, (int, float)) or val < minimum:
                chk.add(P.BadValue, f"{key} must be a number >= {minimum}", "correlation", key)
            else:
                fields[key] = cast(val)
    tests = data.get("tests") if isinstance(data.get("tests"), dict) else {}
    for key in ("should_flag", "should_not_flag"):
        for i, ex in enumerate(_as_list(tests.get(key))):
            if not isinstance(ex, dict):
                continue
            if not isinstance(ex.get("crimes"), list) or not ex["crimes"]:
                chk.add(P.BadExample, f"tests.{key}[{i}] needs a non-empty crimes list",
                        "tests", key, i)
                continue
            for k in ex:
                if k not in ("crimes", "other_victims"):
                    chk.add(P.UnknownKey, f"unknown key {k!r} in a correlation example "
                            "(crimes, other_victims)", "tests", key, i, k)
            for j, crime in enumerate(ex["crimes"]):
                if isinstance(crime, dict):
                    _check_example_fields(chk, crime, ("tests", key, i, "crimes", j))
                else:
                    chk.add(P.BadExample, "each example crime must be a map of fields",
                            "tests", key, i, "crimes", j)
    if chk.failed:
        return None
    return CorrelationRule(
        id=data["id"], title=data["title"].strip(), status=data["status"], level=data["level"],
        weight=float(data["weight"]), ctype=ctype, rules=list(block.get("rules") or []),
        after_rules=list(block.get("after_rules") or []),
        description=str(data["description"]).strip(), references=list(data["references"]),
        tags=list(data.get("tags") or []), falsepositives=_as_list(data.get("falsepositives")),
        should_flag=list(tests["should_flag"]), should_not_flag=list(tests["should_not_flag"]),
        path=chk.src.path, text=chk.src.text, **{k: v for k, v in fields.items() if v is not None})


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def check_file(path: Path, kind: str, slots: Slots | None = None
               ) -> tuple[object | None, list[P.Problem]]:
    """Validate one rule file (`kind` is 'detection' or 'correlation'); phrase templates
    are spelt out with `slots` (lexicon/slots.yml)."""
    src = read_yaml(path)
    chk = _Checker(src, _rel(path), slots)
    if src.error:
        chk.found.append(P.YamlSyntax(chk.rel, src.error_line, src.error))
        return None, chk.found
    if not isinstance(src.data, dict):
        chk.add(P.NotARule, "a rule file must hold one YAML map (id, title, detection, ...)")
        return None, chk.found
    chk.rule_id = str(src.data.get("id", ""))
    for key_path, line in src.duplicates:
        chk.found.append(P.DuplicateKey(chk.rel, line, f"key {key_path[-1]!r} is written twice "
                                        "(YAML keeps only the last)", chk.rule_id))
    if kind == "correlation" or src.data.get("type") == "correlation":
        rule = _check_correlation(chk, src.data)
    else:
        rule = _check_base(chk, src.data)
    return rule, chk.found


def _rule_files(folder: Path) -> list[tuple[Path, str]]:
    found = []
    for kind in ("detection", "correlation"):
        sub = folder / kind
        if sub.is_dir():
            files = sorted(list(sub.glob("*.yml")) + list(sub.glob("*.yaml")))
            found += [(p, kind) for p in files]
    return found


def validate(rules_dirs: list[Path]) -> tuple[RulePack, list[P.Problem]]:
    """Read every rule of every folder; return the pack of valid rules and all problems."""
    from audit_cli.detect.matcher import load_lexicon, phrase_tokens
    from audit_cli.detect.verdict import load_verdict_settings

    dirs = [Path(d) for d in rules_dirs]
    for d in dirs:
        if not d.is_dir():
            raise AuditError(f"rules folder {d} does not exist; give a folder holding "
                             "detection/ and/or correlation/")
    lexicon, found = load_lexicon(dirs)
    slots, sprobs = load_slots(dirs, lambda phrase: phrase_tokens(phrase, lexicon))
    found += sprobs
    chosen: dict[str, tuple[object, Path]] = {}
    for folder in dirs:
        in_folder: dict[str, tuple[Path, int]] = {}
        for path, kind in _rule_files(folder):
            rule, probs = check_file(path, kind, slots)
            found += probs
            rule_id = rule.id if rule is not None else _peek_id(path)
            if not rule_id:
                continue
            if rule_id in in_folder:
                first = in_folder[rule_id][0]
                found.append(P.DuplicateId(_rel(path), 1, f"id {rule_id!r} is also used by "
                                           f"{_rel(first)}", rule_id))
                chosen.pop(rule_id, None)
                continue
            in_folder[rule_id] = (path, 1)
            if rule is None:
                continue  # its errors are reported; an earlier folder's rule stays
            if rule_id in chosen:
                found.append(P.Overridden(_rel(path), 1, f"replaces {rule_id!r} from "
                                          f"{_rel(chosen[rule_id][0].path)}", rule_id))
            chosen[rule_id] = (rule, folder)
    rules = sorted((r for r, _ in chosen.values() if isinstance(r, Rule)), key=lambda r: r.id)
    corrs = sorted((r for r, _ in chosen.values() if isinstance(r, CorrelationRule)),
                   key=lambda r: r.id)
    base_ids = {r.id for r in rules}
    all_tags = {t for r in rules for t in r.tags}
    kept_corrs = []
    for corr in corrs:
        bad = False
        for key in ("rules", "after_rules"):
            for entry in getattr(corr, key):
                if entry.startswith("tag:"):
                    if entry[4:] not in all_tags:
                        found.append(P.UnknownTag(_rel(corr.path), _line_of(corr, entry),
                                                  f"{key} entry {entry!r}: no base rule has that tag",
                                                  corr.id))
                elif entry not in base_ids:
                    found.append(P.UnknownRule(_rel(corr.path), _line_of(corr, entry),
                                               f"{key} names rule {entry!r} which is not in the pack",
                                               corr.id))
                    bad = True
        if not bad:
            kept_corrs.append(corr)
    verdicts, vprobs = load_verdict_settings(dirs)
    found += vprobs
    pack = RulePack(rules=rules, correlations=kept_corrs, verdicts=verdicts, lexicon=lexicon,
                    version=verdicts.pack_version, sha256=_pack_hash(rules, kept_corrs, verdicts,
                                                                      lexicon, slots),
                    dirs=dirs, problems=found)
    return pack, found


def phrase_counts(rule: Rule) -> tuple[int, int]:
    """(phrase lines as written, phrases they spell out) over a base rule's phrase tests."""
    tests = [t for sel in rule.selections.values() for alt in sel.alternatives for t in alt
             if t.kind == "phrase"]
    return sum(t.written_lines for t in tests), sum(len(t.values) for t in tests)


def _line_of(rule, needle: str) -> int:
    for i, line in enumerate(rule.text.splitlines(), start=1):
        if needle in line:
            return i
    return 1


def _peek_id(path: Path) -> str:
    src = read_yaml(path)
    if isinstance(src.data, dict) and isinstance(src.data.get("id"), str):
        return src.data["id"]
    return ""


def _pack_hash(rules, corrs, verdicts, lexicon, slots) -> str:
    digest = hashlib.sha256()
    for rule in sorted(list(rules) + list(corrs), key=lambda r: r.id):
        digest.update(rule.id.encode())
        digest.update(b"\0")
        digest.update(rule.text.encode())
        digest.update(b"\0")
    digest.update(verdicts.source_text.encode())
    digest.update(lexicon.source_text.encode())
    digest.update(slots.source_text.encode())
    return digest.hexdigest()


def default_dirs(extra: list[Path] | tuple = ()) -> list[Path]:
    return [paths.RULES_DIR] + [Path(d) for d in extra]


def load_pack(rules_dirs: list[Path] | None = None) -> RulePack:
    """Load the pack (built-in folder first, then user folders); AuditError on any error."""
    dirs = list(rules_dirs) if rules_dirs else [paths.RULES_DIR]
    pack, found = validate(dirs)
    errors = [p for p in found if p.is_error]
    if errors:
        more = f" (and {len(errors) - 1} more; run `audit rules check`)" if len(errors) > 1 else ""
        raise AuditError(errors[0].format() + more)
    return pack
