"""Follow-up stage: what was done for the victims of the stalking cases.

    check_followup(cases, crimes, case_crimes, hits, requirements, force) -> FollowupResult

Requirements are data (rules/followup/<gap_id>.yml, one per file, shaped like the
detection rules) and force policy is data (rules/force.yml: deadlines, teams, support
services, targets, phrases). The engine has three parts:

1. Facts. One row per case (and one per case x crime) with named columns computed once,
   vectorised: dates, yes/no fields, the case's main team normalised, the support
   services named in the referrals, PIN mentions, breach and stalking records, the
   detection tags of the case's crimes. FACT_TYPES lists every fact a requirement may
   name; the crime unit also sees the case facts.
2. Checks. A requirement's `applies_to` and `check` are lists of conditions (a list is
   AND) over the facts, from a small vocabulary:
       present: FIELD                       yes/no fact is yes; count above 0; else non-empty
       date_within: {field, from, days}     field's date at most `days` after `from`'s date
                                            (days: a number or a deadlines key; default the
                                            requirement's `deadline`); missing date fails
       value_in: {field, values | values_from}  case-insensitive; a list fact needs any item
       compare: {field, gte|gt|lte|lt|eq: V}    numbers or dates
       all: [..]  any: [..]  not: {..}
   Each condition also yields a description of the values it looked at, so a gap's
   evidence is the failing values ("recorded 2026-07-03; screening_tool empty").
   Logic that does not fit the vocabulary lives in a named fact (screening_due,
   very_frightened, pin_mention ...), never in per-rule code.
3. Outputs. Gaps (one per case, or per crime for `unit: crime`), compliance per
   requirement (overall, by team, by month, with RAG against force targets) and a
   triage sheet (recommended team, missing steps, lines of enquiry from
   rules/enquiries.yml, support services to signpost).

A requirement file mirrors a detection rule: id (= file name), title, status, description,
references, author, date, level, tests; plus unit (case | crime; default case),
applies_to, check, deadline (a force.yml deadlines key), evidence (extra facts shown in
the gap's evidence) and action (the step named on the triage sheet). A case is
applicable when its verdict is in force `applies_to_verdicts` and `applies_to` holds; for
a crime-unit requirement it is applicable when one of its crimes is, and compliant when
all of those crimes are. `tests` holds should_fail and should_pass examples, each a case
and its crimes (see example_frames); example_problems() runs them, so a force's own
requirements are tested the same way as the built-in ones.

Scale (a million rows give ~30,000 followed cases among ~940,000): facts are built only
for the followed and triaged cases and the hits on their crimes; cases and crimes are
numbered once and grouped as integers; text that repeats (teams, referrals, flags, tag
lists) is worked out once per distinct value; the narrative phrase regex runs only on
the texts a one-pass RE2 prefilter lets through. The output is the same as the plain
pandas form row for row.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from audit_cli import frames
from audit_cli.config import merge, read_yaml
from audit_cli.errors import AuditError
from audit_cli.model import FollowupResult
from audit_cli.paths import RULES_DIR
from audit_cli.safeyaml import load_yaml
from audit_cli.reference import Vocabulary, match_values

log = logging.getLogger("audit")

FOLLOWUP_DIR = RULES_DIR / "followup"
FORCE_FILE = RULES_DIR / "force.yml"
ENQUIRIES_FILE = RULES_DIR / "enquiries.yml"
PACK_DIRS = (RULES_DIR / "detection", RULES_DIR / "correlation")

GAP_COLUMNS = ["case_id", "gap_id", "level", "crime_ref", "team", "month", "evidence"]
COMPLIANCE_COLUMNS = ["requirement", "breakdown", "group", "applicable", "compliant", "rate",
                      "target", "rag", "question", "rating"]
# rating: the RAG in words, or why there is none.
RATING_WORDS = {"R": "Red", "A": "Amber", "G": "Green"}
TOO_FEW_CASES = "too few cases"
NO_CASES = "no cases"
DEFAULT_MIN_CASES = 5
TRIAGE_COLUMNS = ["case_id", "recommended_team", "missing_steps", "lines_of_enquiry",
                  "support_services"]
HIT_COLUMNS = ["crime_ref", "rule_id", "four", "behaviour"]  # what follow-up reads of hits
# What follow-up reads of cases (the case facts), besides the victims per suspect.
CASE_INPUT_COLUMNS = ["case_id", "kind", "verdict", "four", "principal_crime",
                      "recorded_as_stalking", "last_date", "suspect_person"]
NO_TEAM = "(not recorded)"  # compliance group for cases whose team is empty

STATUSES = ("experimental", "test", "stable", "deprecated")
LEVELS = ("informational", "low", "medium", "high", "critical")
UNITS = ("case", "crime")
# the date a gap's evidence starts with: when the case, or the crime, was recorded
ANCHOR_FACT = {"case": "first_recorded", "crime": "recorded_date"}
LIST_SEP = "; "  # list facts are text joined with this, "" when empty

# Fact name -> kind (text | bool | date | number | list). See the module docstring.
CASE_FACTS = {
    "case_id": "text", "kind": "text", "verdict": "text", "four": "text",
    "principal_crime": "bool", "recorded_as_stalking": "bool",
    "n_crimes": "number", "suspect_victims": "number",
    "first_recorded": "date", "last_recorded": "date",
    # first crime recorded as stalking; the first crime when none was
    "stalking_identified": "date",
    # recording date of the crime at which the screening trigger was met
    "screening_due": "date",
    "repeated": "bool", "very_frightened": "bool", "domestic": "bool",
    "team": "text", "team_as_recorded": "text", "offences": "list",
    "risk_level": "text", "risk_date": "date",
    "screening_tool": "bool", "screening_date": "date", "investigation_plan": "bool",
    "triage_date": "date",
    "support_referral": "text", "referral": "bool", "referral_date": "date",
    "specialist_referral": "bool", "specialist_services": "list",
    "generic_services": "list", "other_referrals": "list",
    "spo": "list", "tags": "list", "rules": "list",
    "n_breach_crimes": "number", "n_conduct_crimes": "number",
    "n_stalking_records": "number", "month": "text",
    # crime refs of the course recorded as a behaviour a stalking crime takes in
    # (force.yml records.absorbed) and not as stalking
    "unrecorded_records": "list",
}
CRIME_ONLY_FACTS = {
    "crime_ref": "text", "recorded_date": "date", "offence_date": "date", "offence": "text",
    "offence_code": "text", "narrative": "text", "flags": "text", "outcome_code": "text",
    "outcome_date": "date", "has_hits": "bool", "stalking_offence": "bool",
    "stalking_flag": "bool", "stalking_recorded": "bool", "breach_record": "bool",
    "conduct_record": "bool", "pin_mention": "text", "crime_tags": "list",
}
FACT_TYPES = {"case": CASE_FACTS, "crime": {**CASE_FACTS, **CRIME_ONLY_FACTS}}

FOUR_TAGS = {"F": "four.fixated", "O": "four.obsessive", "U": "four.unwanted",
             "R": "four.repeated"}
RISK_RANK = {"standard": 1, "medium": 2, "high": 3}
COMPARE_OPS = {"gte": (">=", "<"), "gt": (">", "<="), "lte": ("<=", ">"),
               "lt": ("<", ">="), "eq": ("=", "!=")}
LEAF_KINDS = ("present", "date_within", "value_in", "compare")
GROUP_KINDS = ("all", "any", "not")

REQUIRED_KEYS = ("id", "title", "status", "description", "references", "check", "level",
                 "tests")
OPTIONAL_KEYS = ("author", "date", "unit", "applies_to", "deadline", "action", "evidence",
                 "falsepositives", "modified", "question")


# ---------------------------------------------------------------------------
# requirements
# ---------------------------------------------------------------------------


@dataclass
class Requirement:
    id: str
    title: str
    status: str
    description: str
    references: list[str]
    unit: str
    applies_to: list
    check: list
    level: str
    tests: dict
    path: str
    deadline: str | None = None
    action: str = ""
    evidence: list[str] = field(default_factory=list)
    # The requirement asked the way it is met ("Referred to specialist stalking
    # support?"): compliance reports show it beside the share of cases that met it.
    question: str = ""


def load_requirements(dirs: Iterable[Path | str] | None = None) -> list[Requirement]:
    """Requirements from folders of <id>.yml files, later folders replacing earlier ids.

    A folder that does not exist is skipped (a force's rules folder need not have a
    followup/ part); deprecated requirements are dropped. Sorted by id.
    """
    folders = [FOLLOWUP_DIR] if dirs is None else [Path(d) for d in dirs]
    by_id: dict[str, Requirement] = {}
    for folder in folders:
        if not folder.is_dir():
            log.debug("follow-up folder %s not found; skipped", folder)
            continue
        for path in sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")]):
            requirement = parse_requirement(path)
            by_id[requirement.id] = requirement
    if not by_id:
        raise AuditError("no follow-up requirements found; expected <id>.yml files in "
                         + ", ".join(str(f) for f in folders))
    return [by_id[key] for key in sorted(by_id) if by_id[key].status != "deprecated"]


def parse_requirement(path: Path) -> Requirement:
    """Read and validate one requirement file; AuditError names the file and key."""
    data = read_yaml(Path(path), "follow-up requirement")
    file = str(path)

    def fail(message: str, key: str | None = None):
        raise AuditError(message, file=file, column=key)

    unknown = sorted(set(data) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        fail(f"unknown key; allowed keys are {', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)}",
             unknown[0])
    for key in REQUIRED_KEYS:
        if data.get(key) in (None, "", [], {}):
            fail("required key is missing or empty", key)
    rid = data["id"]
    if not isinstance(rid, str) or not re.fullmatch(r"[a-z0-9_]+", rid):
        fail("id must be lower case letters, digits and _", "id")
    if Path(path).stem != rid:
        fail(f"the file must be named {rid}.yml after its id", "id")
    if data["status"] not in STATUSES:
        fail(f"status must be one of {', '.join(STATUSES)}", "status")
    if data["level"] not in LEVELS:
        fail(f"level must be one of {', '.join(LEVELS)}", "level")
    unit = data.get("unit", "case")
    if unit not in UNITS:
        fail(f"unit must be one of {', '.join(UNITS)}", "unit")
    references = data["references"]
    if not isinstance(references, list) or not all(isinstance(r, str) for r in references):
        fail("references must be a list of sources", "references")
    deadline = data.get("deadline")
    if deadline is not None and not isinstance(deadline, str):
        fail("deadline must name a key of deadlines in force.yml", "deadline")
    facts = FACT_TYPES[unit]
    applies_to = as_condition_list(data.get("applies_to") or [], file, "applies_to")
    check = as_condition_list(data["check"], file, "check")
    for key, nodes in (("applies_to", applies_to), ("check", check)):
        for node in nodes:
            validate_node(node, facts, file, key, deadline_given=deadline is not None)
    evidence = data.get("evidence") or []
    if not isinstance(evidence, list) or any(e not in facts for e in evidence):
        fail(f"evidence must list facts of a {unit} requirement", "evidence")
    validate_tests(data["tests"], file)
    return Requirement(
        id=rid, title=str(data["title"]), status=data["status"],
        description=str(data["description"]).strip(), references=references, unit=unit,
        applies_to=applies_to, check=check, level=data["level"], tests=data["tests"],
        path=file, deadline=deadline, action=str(data.get("action") or data["title"]),
        evidence=list(evidence), question=str(data.get("question") or ""))


def as_condition_list(value, file: str, key: str) -> list:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return value
    raise AuditError("must be a condition or a list of conditions", file=file, column=key)


def validate_node(node, facts: Mapping[str, str], file: str, key: str,
                  deadline_given: bool = False) -> None:
    """Check one condition (recursively) against the vocabulary and the fact names."""
    def fail(message: str):
        raise AuditError(message, file=file, column=key)

    if not isinstance(node, dict) or len(node) != 1:
        fail("each condition is a mapping with one kind: "
             + ", ".join(LEAF_KINDS + GROUP_KINDS))
    (kind, spec), = node.items()
    if kind in ("all", "any"):
        if not isinstance(spec, list) or not spec:
            fail(f"'{kind}' takes a non-empty list of conditions")
        for child in spec:
            validate_node(child, facts, file, key, deadline_given)
        return
    if kind == "not":
        validate_node(spec, facts, file, key, deadline_given)
        return
    if kind not in LEAF_KINDS:
        fail(f"unknown condition '{kind}'; use one of " + ", ".join(LEAF_KINDS + GROUP_KINDS))
    if kind == "present":
        names = [spec]
    else:
        if not isinstance(spec, dict) or "field" not in spec:
            fail(f"'{kind}' takes a mapping with a field")
        names = [spec["field"]]
    for name in names:
        if name not in facts:
            fail(f"unknown fact {name!r} in '{kind}'; known facts: {', '.join(sorted(facts))}")
    if kind == "date_within":
        if spec.get("from") not in facts:
            fail(f"date_within needs 'from': a date fact, got {spec.get('from')!r}")
        if facts[spec["field"]] != "date" or facts[spec["from"]] != "date":
            fail("date_within compares two date facts")
        if "days" not in spec and not deadline_given:
            fail("date_within needs 'days' or the requirement's 'deadline'")
    elif kind == "value_in":
        if ("values" in spec) == ("values_from" in spec):
            fail("value_in takes either 'values' (a list) or 'values_from' (a force.yml key)")
        if "values" in spec and not isinstance(spec["values"], list):
            fail("value_in 'values' must be a list")
    elif kind == "compare":
        ops = [op for op in COMPARE_OPS if op in spec]
        if len(ops) != 1:
            fail("compare takes exactly one of " + ", ".join(COMPARE_OPS))


def validate_tests(tests, file: str) -> None:
    if not isinstance(tests, dict):
        raise AuditError("tests must have should_pass and should_fail", file=file,
                         column="tests")
    for key in ("should_pass", "should_fail"):
        examples = tests.get(key)
        if not isinstance(examples, list) or not examples:
            raise AuditError(f"tests need at least one {key} example", file=file,
                             column=f"tests.{key}")
        for example in examples:
            if not isinstance(example, dict) or not isinstance(example.get("crimes"), list) \
                    or not example["crimes"]:
                raise AuditError("each example needs a non-empty list of crimes", file=file,
                                 column=f"tests.{key}")


# ---------------------------------------------------------------------------
# force settings
# ---------------------------------------------------------------------------


def load_force_settings(path: Path | str | None = None) -> dict:
    """Built-in rules/force.yml, with a force's file merged over it key by key."""
    settings = merge(_builtin_force(), {})
    if path is not None:
        settings = merge(settings, read_yaml(Path(path), "force settings"))
    validate_force(settings, str(path or FORCE_FILE))
    return settings


def validate_force(settings: dict, source: str = "force settings") -> None:
    def fail(key: str, message: str):
        raise AuditError(message, file=source, column=key)

    deadlines = settings.get("deadlines") or {}
    if deadlines.get("day_count", "calendar") not in ("calendar", "working"):
        fail("deadlines.day_count", "must be calendar or working")
    for key, value in deadlines.items():
        if key != "day_count" and (not isinstance(value, (int, float)) or value < 0):
            fail(f"deadlines.{key}", "must be a number of days, 0 or more")
    targets = settings.get("targets") or {}
    for key in ("default", "amber_margin"):
        if not isinstance(targets.get(key), (int, float)) or not 0 <= targets[key] <= 1:
            fail(f"targets.{key}", "must be a number from 0 to 1")
    for key, value in (targets.get("by_requirement") or {}).items():
        if not isinstance(value, (int, float)) or not 0 <= value <= 1:
            fail(f"targets.by_requirement.{key}", "must be a number from 0 to 1")
    for section in ("teams.names", "support_services.specialist", "support_services.generic"):
        table = lookup_path(settings, section)
        if not isinstance(table, dict):
            fail(section, "must map a canonical name to a list of spellings")
        for name, variants in table.items():
            if variants is not None and not isinstance(variants, list):
                fail(f"{section}.{name}", "must be a list of spellings")
    aliases = lookup_path(settings, "teams.aliases") or {}
    if not isinstance(aliases, dict):
        fail("teams.aliases", 'must map a spelling to a team: "DAIU North": DAIU')
    for spelling, team in aliases.items():
        if team not in (lookup_path(settings, "teams.names") or {}):
            fail(f"teams.aliases.{spelling}", f"{team!r} is not a team in teams.names; "
                 "use one of its names")
    for entry in settings.get("allocation") or []:
        if not isinstance(entry, dict) or not entry.get("team"):
            fail("allocation", "each entry needs a team (and optionally when)")
        if entry.get("when") is not None:
            validate_node(entry["when"], CASE_FACTS, source, "allocation")


def lookup_path(settings: dict, dotted: str):
    value = settings
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


# ---------------------------------------------------------------------------
# text normalisation: teams, support services, phrases, record types
# ---------------------------------------------------------------------------


def plain(values: pd.Series) -> pd.Series:
    """Lower case, dots and apostrophes dropped, other punctuation as spaces."""
    text = values.astype(object).where(values.notna(), "").astype(str).str.lower()
    text = text.str.replace(r"[.'\u2019]", "", regex=True)
    text = text.str.replace(r"[^a-z0-9]+", " ", regex=True)
    return text.str.strip()


def team_key(values: pd.Series) -> pd.Series:
    keys = plain(values)
    # "CID team" and "CID" are one team; a name that is only "team" keeps it.
    stripped = keys.str.replace(r"\bteam\b", " ", regex=True).str.split().str.join(" ")
    return stripped.where(stripped != "", keys)


def normalise_teams(values: pd.Series, force: dict) -> pd.Series:
    """Canonical team names (teams.names), fuzzy on spelling; unknown teams as written.
    A million crimes name a few dozen teams: each distinct spelling is worked out once."""
    teams = per_distinct(values, lambda distinct: normalise_team_names(distinct, force))
    return teams.rename(values.name)


def normalise_team_names(values: pd.Series, force: dict) -> pd.Series:
    """normalise_teams row by row (the value of a row depends on that row only); a blank
    or missing team is NA. normalise_teams hands it each distinct value once."""
    found = team_matches(values, force)
    written = found["value"].set_axis(values.index)
    mapped = found["canonical"].set_axis(values.index)
    mapped = mapped.where(mapped.notna(), written)
    return mapped.where(written != "").astype("str")


def team_matches(values: pd.Series, force: dict) -> pd.DataFrame:
    """reference.match_values for teams: teams.names (canonical: spellings) and
    teams.aliases (spelling: canonical), keys ignoring case, punctuation and "team"."""
    teams = force["teams"]
    spellings = [(name, name) for name in teams["names"]]
    spellings += [(str(v), name) for name, variants in teams["names"].items()
                  for v in as_list(variants)]
    spellings += [(str(k), str(v)) for k, v in (teams.get("aliases") or {}).items()]
    keys = team_key(pd.Series([s for s, _ in spellings], dtype=object))
    vocabulary = Vocabulary(dict(spellings), dict(zip(keys, [c for _, c in spellings])),
                            float(teams.get("fuzzy_threshold", 88)))
    return match_values(values.astype(object).where(values.notna(), "").tolist(), vocabulary,
                        team_key)


@dataclass
class ServiceTable:
    names: pd.DataFrame  # service, kind ('specialist' | 'generic'), spelling, plain
    none_pattern: re.Pattern
    vocabulary: list[str]
    threshold: float


def service_table(force: dict) -> ServiceTable:
    conf = force["support_services"]
    rows = []
    for kind in ("specialist", "generic"):
        for name, variants in (conf.get(kind) or {}).items():
            for spelling in [name, *as_list(variants)]:
                rows.append((name, kind, spelling))
    names = pd.DataFrame(rows, columns=["service", "kind", "spelling"])
    names["plain"] = plain(names["spelling"])
    nones = [re.escape(w.lower()) for w in as_list(conf.get("none_words"))]
    none_pattern = re.compile(r"(?<![a-z0-9])(?:" + "|".join(nones) + r")(?![a-z0-9])"
                              if nones else r"(?!x)x")
    vocabulary = sorted({w for text in names["plain"] for w in text.split() if len(w) >= 5})
    return ServiceTable(names, none_pattern, vocabulary,
                        float(conf.get("fuzzy_threshold", 80)))


def find_services(items: pd.Series, table: ServiceTable) -> pd.DataFrame:
    """Every service named in each item (index kept): columns item, service, kind."""
    text = " " + plain(items) + " "
    found = []
    for service, group in table.names.groupby("service", sort=False):
        alternation = "|".join(re.escape(p) for p in sorted(group["plain"], key=len,
                                                            reverse=True) if p)
        hit = text.str.contains(" (?:" + alternation + ") ", regex=True)
        found.append(pd.DataFrame({"item": items.index[hit.to_numpy()], "service": service,
                                   "kind": group["kind"].iloc[0]}))
    return pd.concat(found, ignore_index=True) if found else \
        pd.DataFrame(columns=["item", "service", "kind"])


def correct_spelling(items: pd.Series, table: ServiceTable) -> pd.Series:
    """Replace misspelt words of 5+ letters by the service word they are closest to."""
    words = plain(items).str.split().explode().dropna()
    distinct = sorted({w for w in words if len(w) >= 5} - set(table.vocabulary))
    if not distinct or not table.vocabulary:
        return plain(items)
    scores = process.cdist(distinct, table.vocabulary, scorer=fuzz.ratio)
    best = scores.argmax(axis=1)
    good = scores.max(axis=1) >= table.threshold
    fixes = {w: table.vocabulary[b] for w, b, ok in zip(distinct, best, good) if ok}
    if not fixes:
        return plain(items)
    return plain(items).str.split().apply(lambda ws: " ".join(fixes.get(w, w) for w in ws))


def parse_referrals(crimes: pd.DataFrame, force: dict) -> pd.DataFrame:
    """Per crime_ref: specialist_services, generic_services, other_referrals (lists),
    referral (bool: some referral that is not a refusal or 'none')."""
    refs = crimes["crime_ref"]
    keys, distinct = pd.factorize(refs, use_na_sentinel=False)
    keys[refs.isna().to_numpy()] = -1  # no crime, no referral: the row is listed, empty
    out = referrals_per_key(keys, len(distinct), crimes["support_referral"], force)
    out.insert(0, "crime_ref", refs.unique())
    return out


def referrals_per_key(keys: np.ndarray, n_keys: int, texts: pd.Series,
                      force: dict) -> pd.DataFrame:
    """parse_referrals per key 0..n_keys-1 (rows 0..n_keys-1) from the support_referral
    texts of the rows holding it (keys: per row of texts, -1 for none)."""
    table = service_table(force)
    held = (keys >= 0) & texts.notna().to_numpy()
    items = pd.DataFrame({"key": keys[held],
                          "item": texts[held].astype(str).str.split(";").to_numpy()})
    items = items.explode("item")
    items["item"] = items["item"].str.strip()
    items = items[items["item"] != ""].drop_duplicates(["key", "item"])
    distinct = pd.Series(items["item"].unique())
    declined = plain(distinct).str.contains(table.none_pattern, regex=True)
    named = find_services(distinct, table)
    unnamed = ~distinct.index.isin(named["item"]) & ~declined
    if unnamed.any():
        corrected = correct_spelling(distinct[unnamed], table)
        again = find_services(corrected, table)
        named = pd.concat([named, again], ignore_index=True)
    # "Paladin - victim declined" names a service but is not a referral.
    named = named[~declined.loc[named["item"]].to_numpy()]
    named = named.assign(item=distinct.loc[named["item"]].to_numpy())
    other = distinct[~distinct.isin(named["item"]) & ~declined.to_numpy()]
    long = pd.concat([
        items.merge(named, on="item")[["key", "service", "kind"]],
        items[items["item"].isin(other)].assign(service=lambda d: d["item"], kind="other")
        [["key", "service", "kind"]],
    ], ignore_index=True)
    out = pd.DataFrame(index=pd.RangeIndex(n_keys))
    for kind, column in (("specialist", "specialist_services"),
                         ("generic", "generic_services"), ("other", "other_referrals")):
        of_kind = long[long["kind"] == kind]
        out[column] = group_join(of_kind["key"].to_numpy(), n_keys,
                                 of_kind["service"].astype("str")).fillna("")
    out["referral"] = (out != "").any(axis=1)
    return out


def phrase_entries(phrases: Iterable[str], case_sensitive: Iterable[str]
                   ) -> list[tuple[str, bool]]:
    """(phrase, case-insensitive) for every non-blank phrase, stripped."""
    entries = [(p, True) for p in as_list(phrases)] + [(p, False) for p in as_list(case_sensitive)]
    return [(p.strip(), ci) for p, ci in entries if p and p.strip()]


def phrase_pattern(phrases: Iterable[str], case_sensitive: Iterable[str],
                   negations: Iterable[str]) -> re.Pattern | None:
    """One regex: group `neg` (a negation word up to three words before) and `hit`."""
    entries = phrase_entries(phrases, case_sensitive)
    if not entries:
        return None
    entries.sort(key=lambda e: len(e[0]), reverse=True)  # longest phrase wins
    hits = "|".join(phrase_body(p, ci) for p, ci in entries)
    negs = "|".join(re.escape(n) for n in as_list(negations))
    neg = rf"(?P<neg>(?i:\b(?:{negs})\b)(?:[ \t]+[\w'-]+){{0,3}}?[ \t]+)?" if negs else ""
    return re.compile(rf"{neg}(?<!\w)(?P<hit>{hits})(?!\w)")


# Python's \s on ASCII text (str.isspace): RE2's \s leaves out \v and \x1c-\x1f.
ASCII_SPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f ]+"


def phrase_prefilter(phrases: Iterable[str], case_sensitive: Iterable[str]) -> str | None:
    """An RE2 pattern (pyarrow) matching wherever phrase_pattern's `hit` can in ASCII text:
    the same phrases without the word-boundary and negation parts, so a text it misses
    has no phrase. None when a phrase is not ASCII (Python's case-insensitive matching
    then goes beyond ASCII)."""
    entries = phrase_entries(phrases, case_sensitive)
    if not entries or not all(p.isascii() for p, _ in entries):
        return None
    return "|".join(phrase_body(p, ci, ASCII_SPACE) for p, ci in entries)


def phrase_body(phrase: str, insensitive: bool, space: str = r"\s+") -> str:
    """A phrase as a regex: its words as literals, `space` between them (any run of
    whitespace), case-insensitive when asked. re.escape's escapes (punctuation only) are
    literals in RE2 too, so the prefilter uses it as well."""
    body = space.join(re.escape(w) for w in phrase.split())
    return f"(?i:{body})" if insensitive else body


def may_match(text: pd.Series, prefilter: str | None) -> np.ndarray:
    """Texts that can hold a phrase: those the prefilter matches, and every text that is
    not ASCII. One pass of RE2 in C++ instead of Python's regex over every text."""
    try:
        array = frames.to_arrow(text)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        array = None
    if prefilter is None or array is None:
        return np.ones(len(text), dtype=bool)
    found = pc.or_(pc.invert(pc.string_is_ascii(array)),
                   pc.match_substring_regex(array, prefilter))
    return found.fill_null(False).to_numpy(zero_copy_only=False).astype(bool)


def first_phrase(text: pd.Series, pattern: re.Pattern | None,
                 prefilter: str | None = None) -> pd.Series:
    """The first non-negated phrase in each text, as written; NA where none. With a
    prefilter (phrase_prefilter), the regex runs only on the texts it lets through."""
    result = pd.Series(pd.NA, index=text.index, dtype="str")
    if pattern is None or text.empty:
        return result
    candidates = np.flatnonzero(may_match(text, prefilter))
    if not len(candidates):
        return result
    chosen = text.iloc[candidates]
    positional = pd.Series(chosen.astype(object).where(chosen.notna(), "").to_numpy(),
                           index=candidates)
    # The first match (a search) is the answer unless it is negated; only then are the
    # later matches of that text needed.
    first = positional.str.extract(pattern)
    negated = first["neg"].notna() if "neg" in first else pd.Series(False, index=first.index)
    first = first.loc[first["hit"].notna() & ~negated, "hit"]
    later = positional[negated.to_numpy()].str.extractall(pattern)
    if not later.empty:
        later = later.loc[later["neg"].isna(), "hit"].groupby(level=0).first()
        first = pd.concat([first, later])
    result.iloc[first.index.to_numpy()] = first.to_numpy()
    return result


def record_kind(crimes: pd.DataFrame, spec: dict) -> pd.Series:
    """Crimes whose code is in spec.codes or whose title matches spec.title_patterns
    (and no exclude_title_patterns). Codes and titles repeat a lot: each distinct one is
    tested once."""
    codes = {str(c).upper() for c in as_list(spec.get("codes"))}

    def code_in(values: pd.Series) -> pd.Series:
        return values.astype(object).where(values.notna(), "").astype(str).str.upper() \
            .isin(codes)
    by_code = per_distinct(crimes["offence_code"], code_in)
    by_title = per_distinct(crimes["offence"], lambda titles: title_matches(titles, spec))
    return (by_code | by_title).astype(bool)


def title_matches(offences: pd.Series, spec: dict) -> pd.Series:
    titles = offences.astype(object).where(offences.notna(), "").astype(str)
    matched = pd.Series(False, index=titles.index)
    include = as_list(spec.get("title_patterns"))
    if include:
        matched = titles.str.contains(any_of_patterns(include), flags=re.I, regex=True)
    exclude = as_list(spec.get("exclude_title_patterns"))
    if exclude:
        matched &= ~titles.str.contains(any_of_patterns(exclude), flags=re.I, regex=True)
    return matched.astype(bool)


def any_of_patterns(patterns: Iterable[str]) -> str:
    """One alternation; a force's capturing groups become non-capturing (only a test)."""
    return "|".join("(?:" + re.sub(r"(?<!\\)\((?!\?)", "(?:", p) + ")" for p in patterns)


def has_flag_word(flags: pd.Series, words: Iterable[str]) -> pd.Series:
    """Flags naming one of the words. The pattern needs Python's regex (a look-behind), so
    each distinct flags text is searched once."""
    words = [re.escape(w.lower()) for w in as_list(words)]
    if not words:
        return pd.Series(False, index=flags.index)
    pattern = r"(?<![a-z0-9])(?:" + "|".join(words) + r")(?![a-z0-9])"
    return per_distinct(flags, lambda text: plain(text).str.contains(pattern, regex=True))


# ---------------------------------------------------------------------------
# hits -> tags
# ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _pack_tags(folders: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    tags: dict[str, tuple[str, ...]] = {}
    for folder in folders:
        for path in sorted(Path(folder).glob("*.yml")):
            try:
                data = load_yaml(path, "rule") or {}
            except AuditError:
                continue  # the detect stage reports broken rule files
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                tags[data["id"]] = tuple(str(t) for t in as_list(data.get("tags")))
    return tags


def rule_tags_from_pack(folders: Iterable[Path | str] = PACK_DIRS) -> dict:
    """rule id -> tags, read from detection/correlation rule files (id and tags only)."""
    return dict(_pack_tags(tuple(str(f) for f in folders)))


def hit_tags(hits: pd.DataFrame, rule_tags: Mapping[str, Iterable[str]] | None
             ) -> tuple[np.ndarray, np.ndarray, pd.Series]:
    """(hit position, tag code, tags): one row per tag of a hit, its code indexing tags
    (distinct, stripped, never blank). The tags: the hits' own (a `tags` column, else
    rule_tags by rule_id), s2a3.<behaviour>, and four.* from the FOUR letters. Each
    distinct rule id, behaviour and FOUR text is read once: hits repeat them a lot."""
    rows, items = [], []
    if "tags" in hits.columns:
        # A list per hit, or text joined with ';' (as read back from a CSV).
        listed = pd.Series(hits["tags"].to_numpy(), index=np.arange(len(hits))).explode()
        listed = listed.astype(object).where(listed.notna(), "").astype(str) \
            .str.split(";").explode()
        rows.append(listed.index.to_numpy(dtype=np.int64))
        items.append(listed.to_numpy(dtype=object))
    elif rule_tags:
        codes, names = pd.factorize(hits["rule_id"])
        by_rule = {k: list(v) for k, v in rule_tags.items()}
        found = expand(codes, [by_rule.get(name, []) for name in names])
        rows.append(found[0])
        items.append(found[1])
    if "behaviour" in hits.columns:
        def behaviour_tag(values: pd.Series) -> pd.Series:
            text = values.astype(object).where(values.notna(), "").astype(str)
            text = text.str.strip().str.lower()
            return ("s2a3." + text).where(text != "", "")
        tag = per_distinct(hits["behaviour"], behaviour_tag).to_numpy(dtype=object)
        keep = np.flatnonzero(tag != "")
        rows.append(keep)
        items.append(tag[keep])
    if "four" in hits.columns:
        four = hits["four"].astype(object).where(hits["four"].notna(), "").astype(str)
        codes, letters = pd.factorize(four)
        for letter, tag in FOUR_TAGS.items():
            has = pd.Series(letters, dtype="str").str.contains(letter, regex=False)
            keep = np.flatnonzero(has.to_numpy()[codes])
            rows.append(keep)
            items.append(np.full(len(keep), tag, dtype=object))
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), \
            pd.Series([], dtype="str")
    rows, items = np.concatenate(rows), np.concatenate(items)
    codes, names = pd.factorize(items)  # missing items are -1
    # items equal once stripped are one tag; a blank one is no tag
    stripped = pd.Series(names, dtype=object).astype(str).str.strip()
    tag_of_name, tags = pd.factorize(stripped.where(stripped != ""))
    codes = np.append(tag_of_name, -1)[codes]  # a missing item (-1) reads the appended -1
    keep = codes >= 0
    return rows[keep], codes[keep].astype(np.int64), pd.Series(tags, dtype="str")


# ---------------------------------------------------------------------------
# facts
# ---------------------------------------------------------------------------


def per_distinct(values: pd.Series, compute) -> pd.Series:
    """compute() run once per distinct value (NA included) and spread back to every row.
    For row-wise work on text that repeats a lot (teams, flags, tag lists)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    result = compute(pd.Series(uniques, dtype=values.dtype))
    return result.take(codes).set_axis(values.index)


def expand(codes: np.ndarray, pieces: list[list]) -> tuple[np.ndarray, np.ndarray]:
    """Rows repeated once per item of pieces[code]: (row positions, items). A code of -1
    has no items. The CSR form of exploding a column whose values repeat."""
    lengths = np.array([len(p) for p in pieces], dtype=np.int64)
    flat = np.empty(int(lengths.sum()), dtype=object)
    flat[:] = [item for p in pieces for item in p]
    starts = np.cumsum(lengths) - lengths
    rows = np.flatnonzero(codes >= 0)
    counts = lengths[codes[rows]]
    total = int(counts.sum())
    within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    items = flat[np.repeat(starts[codes[rows]], counts) + within]
    return np.repeat(rows, counts), items


def split_items(values: pd.Series, sep: str = LIST_SEP) -> tuple[np.ndarray, pd.Series]:
    """values.str.split(sep).explode() as (row positions, items), split by pyarrow in one
    pass; missing values give no item."""
    lists = pc.split_pattern(frames.to_arrow(values.astype("str")), sep)
    rows = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False).astype(np.int64)
    return rows, pc.list_flatten(lists).to_pandas()


def group_join(keys: np.ndarray, n_keys: int, items, sep: str = LIST_SEP,
               skip_blank: bool = True) -> pd.Series:
    """Per key 0..n_keys-1: its sorted distinct items joined with sep; NA for a key with
    none. Missing items are dropped, and blank ones with skip_blank."""
    if isinstance(items, np.ndarray):
        items = pd.Series(items, dtype=object)
    codes, uniques = pd.factorize(items)
    text = pd.Series(uniques, dtype=object).astype("str")
    if skip_blank:
        blank = np.append((text.str.strip() == "").to_numpy(dtype=bool), True)
        codes = np.where(blank[codes], -1, codes)  # code -1 reads the appended True
    return join_codes(np.asarray(keys, dtype=np.int64), n_keys, codes, frames.to_arrow(text), sep)


def join_codes(keys: np.ndarray, n_keys: int, codes: np.ndarray, vocabulary: pa.Array,
               sep: str) -> pd.Series:
    """group_join on factorized items: codes index the distinct texts in vocabulary (-1:
    no item). The distinct (key, item) pairs come from one sort of integers, and pyarrow
    joins each key's list in C++."""
    order = pc.array_sort_indices(vocabulary).to_numpy()  # code point order, like sorted()
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    keep = codes >= 0
    width = max(len(order), 1)
    pairs = frames.sorted_unique(keys[keep] * width + rank[codes[keep]])
    counts = np.bincount(pairs // width, minlength=n_keys)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    values = vocabulary.take(pa.array(order[pairs % width]))
    lists = pa.ListArray.from_arrays(pa.array(offsets), values)
    joined = pc.binary_join(lists, pa.scalar(sep, pa.large_string()))
    return frames.strings(joined).where(counts > 0)


def split_list(values: pd.Series) -> pd.Series:
    """A list fact exploded to one item per row (index repeated), empty lists dropped."""
    items = values.fillna("").astype(str).str.split(LIST_SEP).explode()
    return items[items.str.strip() != ""]


def tri_any(frame: pd.DataFrame, key: str, column: str) -> pd.Series:
    """Yes if any crime says yes, no if some say no and none yes, NA if none recorded."""
    numeric = frame[column].astype("Float64")
    best = numeric.groupby(frame[key], sort=True).max()
    return best.map({1.0: True, 0.0: False}).astype("boolean")


def crime_table(crimes: pd.DataFrame, hits: pd.DataFrame, force: dict,
                rule_tags) -> pd.DataFrame:
    """Per-crime derived columns (one row per crime_ref of `crimes`)."""
    # A new frame already (copy-on-write): adding columns never touches `crimes`.
    table = crimes.drop_duplicates("crime_ref").reset_index(drop=True)
    for column in ("narrative", "flags", "offence", "offence_code", "outcome_code",
                   "allocated_team", "support_referral", "spo", "relationship", "risk_level"):
        if column not in table:
            table[column] = pd.Series(pd.NA, index=table.index, dtype="str")
    for column in ("recorded_date", "offence_date", "risk_date", "screening_date",
                   "referral_date", "triage_date", "outcome_date"):
        if column not in table:
            table[column] = pd.NaT
        table[column] = pd.to_datetime(table[column]).dt.normalize()
    for column in ("domestic", "screening_tool", "investigation_plan"):
        if column not in table:
            table[column] = pd.NA
        table[column] = table[column].astype("boolean")
    table["offence_date"] = table["offence_date"].fillna(table["recorded_date"])
    records = force["records"]
    table["stalking_offence"] = record_kind(table, records["stalking"])
    table["stalking_flag"] = has_flag_word(table["flags"],
                                           records["stalking"].get("flag_words"))
    table["stalking_recorded"] = table["stalking_offence"] | table["stalking_flag"]
    table["conduct_record"] = record_kind(table, records["conduct"]) | table["stalking_flag"]
    table["breach_record"] = record_kind(table, records["breach"])
    table["unrecorded_record"] = record_kind(table, records.get("absorbed") or {}) & \
        ~table["stalking_recorded"]
    table["team"] = normalise_teams(table["allocated_team"], force)

    phrases = force["phrases"]
    negations = phrases.get("negations")
    searched = table["narrative"].fillna("").astype(str) + " | " + \
        table["outcome_code"].fillna("").astype(str)
    pin = (phrases.get("pin"), phrases.get("pin_case_sensitive"))
    table["pin_mention"] = first_phrase(searched, phrase_pattern(*pin, negations),
                                        phrase_prefilter(*pin))
    frightened = (phrases.get("frightened"), [])
    frightened_text = first_phrase(table["narrative"], phrase_pattern(*frightened, negations),
                                   phrase_prefilter(*frightened))
    add_hit_columns(table, hits, force, rule_tags)
    table["frightened"] = frightened_text.notna() | table.pop("frightened_by_tag")
    relationships = {r.lower() for r in as_list(force.get("domestic_relationships"))}
    table["domestic_any"] = table["domestic"].fillna(False).astype(bool) | \
        table["relationship"].fillna("").astype(str).str.lower().isin(relationships)
    for column, values in referrals_by_crime(table, force).items():
        table[column] = values
    return table


def add_hit_columns(table: pd.DataFrame, hits: pd.DataFrame, force: dict, rule_tags) -> None:
    """Add crime_tags, crime_rules, has_hits, frightened_by_tag and repeated_hit to table
    (one row per crime_ref), from the hits on those crimes only. Tags and crimes are
    numbered once and the per-crime answers come from integer arrays."""
    n = len(table)
    crime_of = frames.positions(hits["crime_ref"], table["crime_ref"])
    used = [c for c in (*HIT_COLUMNS, "tags") if c in hits.columns]
    hits = hits.loc[crime_of >= 0, used]
    crime_of = crime_of[crime_of >= 0]
    tag_hit, codes, vocabulary = hit_tags(hits, rule_tags)
    tag_crime = crime_of[tag_hit]

    def tagged(wanted: pd.Series) -> np.ndarray:
        return np.bincount(tag_crime[wanted.to_numpy()[codes]], minlength=n) > 0

    table["crime_tags"] = join_codes(tag_crime, n, codes, frames.to_arrow(vocabulary),
                                     LIST_SEP).fillna("")
    table["crime_rules"] = group_join(crime_of, n, hits["rule_id"]).fillna("")
    table["has_hits"] = np.bincount(crime_of, minlength=n) > 0
    table["frightened_by_tag"] = tagged(vocabulary.isin(
        set(as_list(force.get("frightened_tags")))))
    table["repeated_hit"] = tagged(vocabulary == FOUR_TAGS["R"])


def referrals_by_crime(table: pd.DataFrame, force: dict) -> pd.DataFrame:
    """parse_referrals per crime of table, in its order. A crime's services depend on its
    support_referral text only, and few texts repeat over many crimes: each is parsed once."""
    codes, texts = pd.factorize(table["support_referral"], use_na_sentinel=False)
    parsed = referrals_per_key(np.arange(len(texts)), len(texts),
                               pd.Series(texts, dtype=object), force)
    return parsed.take(codes).reset_index(drop=True)


def main_team(long: pd.DataFrame) -> pd.DataFrame:
    """Per case (case_pos): the team of most of its crimes; a tie goes to the most recent
    crime's team (the one holding the case now). Columns team, team_as_recorded."""
    known = long[long["team"].notna() & (long["team"] != "")]
    per_team = known.groupby(["case_pos", "team"], sort=True).agg(
        n=("crime_ref", "size"), latest=("recorded_date", "max"),
        as_recorded=("allocated_team", "last"))
    per_team = per_team.reset_index().sort_values(
        ["case_pos", "n", "latest", "team"], ascending=[True, False, False, True])
    top = per_team.drop_duplicates("case_pos").set_index("case_pos")
    return pd.DataFrame({"team": top["team"], "team_as_recorded": top["as_recorded"]})


def build_facts(cases: pd.DataFrame, crimes: pd.DataFrame, case_crimes: pd.DataFrame,
                hits: pd.DataFrame, force: dict, rule_tags, case_ids: Iterable[str]
                ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(case facts indexed 0..n-1 in case_id order, crime facts one row per case x crime).

    Cases are numbered once (case_pos, their rank by case_id) and every per-case
    aggregate groups on that number: grouping and joining on the text ids was most of the
    time at scale."""
    ids = np.sort(pd.unique(pd.Series(case_ids, dtype="str").to_numpy()))
    n = len(ids)
    read = [c for c in CASE_INPUT_COLUMNS if c in cases]  # cases carry long texts
    chosen = cases.loc[frames.member(cases["case_id"], ids), read].drop_duplicates("case_id") \
        .set_index("case_id").reindex(ids).reset_index(drop=True)
    links = case_crimes[frames.member(case_crimes["case_id"], ids)][["case_id", "crime_ref"]]
    links = links.drop_duplicates()
    table = crime_table(crimes[frames.member(crimes["crime_ref"], links["crime_ref"])], hits,
                        force, rule_tags)
    long = crimes_by_case(links, table, ids)
    case = long["case_pos"].to_numpy()
    g = long.groupby("case_pos", sort=True)
    dated = ["case_pos", "recorded_date"]  # what the filtered copies below need of long

    def per_case(values: pd.Series) -> pd.Series:
        return values.reindex(np.arange(n))

    facts = pd.DataFrame({"case_id": pd.Series(ids, dtype="str")})
    facts["kind"] = column_or(chosen, "kind", "pair")
    facts["verdict"] = column_or(chosen, "verdict", "")
    facts["four"] = column_or(chosen, "four", "")
    facts["principal_crime"] = column_or(chosen, "principal_crime", False).astype(
        "boolean").fillna(False)
    facts["n_crimes"] = np.bincount(case, minlength=n).astype(int)
    facts["first_recorded"] = per_case(g["recorded_date"].min())
    facts["last_recorded"] = per_case(g["recorded_date"].max())
    facts["n_stalking_records"] = per_case(g["stalking_recorded"].sum()).fillna(0).astype(int)
    recorded = column_or(chosen, "recorded_as_stalking", pd.NA).astype("boolean")
    facts["recorded_as_stalking"] = recorded.fillna(facts["n_stalking_records"] > 0) \
        .astype(bool)
    unrecorded = long["unrecorded_record"].to_numpy(dtype=bool)
    facts["unrecorded_records"] = group_join(case[unrecorded], n,
                                             long["crime_ref"][unrecorded])
    facts["stalking_identified"] = per_case(long.loc[long["stalking_recorded"], dated]
                                            .groupby("case_pos")["recorded_date"].min()) \
        .fillna(facts["first_recorded"])

    # Screening is due once the case shows two incidents or fear: at its second crime,
    # or at an earlier crime whose own text shows repetition or fear.
    position = g.cumcount()
    trigger = (position >= 1) | long["repeated_hit"] | long["frightened"]
    facts["screening_due"] = per_case(long.loc[trigger, dated].groupby("case_pos")
                                      ["recorded_date"].min()).fillna(facts["first_recorded"])
    case_four_r = facts["four"].fillna("").astype(str).str.contains("R", regex=False)
    facts["repeated"] = (facts["n_crimes"] >= 2) | case_four_r | \
        per_case(g["repeated_hit"].any()).fillna(False).astype(bool)
    facts["very_frightened"] = per_case(g["frightened"].any()).fillna(False).astype(bool)
    facts["domestic"] = per_case(g["domestic_any"].any()).fillna(False).astype(bool)
    team = main_team(long)
    facts["team"] = per_case(team["team"])
    facts["team_as_recorded"] = per_case(team["team_as_recorded"])
    facts["offences"] = group_join(case, n, long["offence"])

    ranked = long[[*dated, "risk_level"]]
    ranked = ranked.assign(rank=ranked["risk_level"].str.lower().map(RISK_RANK).fillna(0))
    ranked = ranked[ranked["risk_level"].notna() & (ranked["risk_level"] != "")]
    ranked = ranked.sort_values(["case_pos", "rank", "recorded_date"], kind="stable")
    facts["risk_level"] = per_case(ranked.drop_duplicates("case_pos", keep="last")
                                   .set_index("case_pos")["risk_level"])
    for column in ("risk_date", "screening_date", "triage_date", "referral_date"):
        facts[column] = per_case(g[column].min())
    facts["screening_tool"] = per_case(tri_any(long, "case_pos", "screening_tool"))
    facts["investigation_plan"] = per_case(tri_any(long, "case_pos", "investigation_plan"))

    facts["support_referral"] = group_join(case, n, long["support_referral"])
    for column in ("specialist_services", "generic_services", "other_referrals"):
        rows, items = split_items(long[column])
        facts[column] = group_join(case[rows], n, items)
    facts["specialist_referral"] = facts["specialist_services"].fillna("") != ""
    facts["referral"] = per_case(g["referral"].any()).fillna(False).astype(bool)
    facts["spo"] = group_join(case, n, long["spo"].str.strip().str.lower())
    for fact, column in (("tags", "crime_tags"), ("rules", "crime_rules")):
        rows, items = split_items(long[column])
        facts[fact] = group_join(case[rows], n, items)
    facts["n_breach_crimes"] = per_case(g["breach_record"].sum()).fillna(0).astype(int)
    facts["n_conduct_crimes"] = per_case(g["conduct_record"].sum()).fillna(0).astype(int)
    facts["suspect_victims"] = suspect_victims(cases, chosen).fillna(1).astype(int)
    # The month a case counts in: its latest crime *recorded* (a case is reported for the
    # period its crimes were recorded in; its last offence date can be months earlier,
    # which put months before the audited quarter in the compliance tables).
    last = facts["last_recorded"].fillna(pd.to_datetime(column_or(chosen, "last_date", pd.NaT)))
    facts["month"] = last.dt.strftime("%Y-%m").fillna("")
    facts = typed_facts(facts, CASE_FACTS)

    # case_pos: the crime row's case as a row of facts (run_requirement counts on it)
    crime_columns = ["case_id", "case_pos", *[c for c in CRIME_ONLY_FACTS if c != "case_id"]]
    crime_facts = pd.concat([long[crime_columns],
                             facts.drop(columns="case_id").take(case).reset_index(drop=True)],
                            axis=1)
    return facts, typed_facts(crime_facts, FACT_TYPES["crime"])


def crimes_by_case(links: pd.DataFrame, table: pd.DataFrame, ids: np.ndarray) -> pd.DataFrame:
    """One row per (case, crime) link whose crime is in table: case_id, case_pos (position
    in the sorted ids) and the crime's columns, sorted by case, recorded date (missing
    last) and crime_ref."""
    case = frames.positions(links["case_id"], ids)
    crime = frames.positions(links["crime_ref"], table["crime_ref"])
    case, crime = case[crime >= 0], crime[crime >= 0]
    crime_rank = np.empty(len(table), dtype=np.int64)
    crime_rank[pc.array_sort_indices(frames.to_arrow(table["crime_ref"])).to_numpy()] = \
        np.arange(len(table))
    recorded = table["recorded_date"].to_numpy()[crime]
    missing = np.isnat(recorded)
    order = np.lexsort((crime_rank[crime], recorded.view(np.int64), missing, case))
    long = table.take(crime[order]).reset_index(drop=True)
    long.insert(0, "case_id", pd.Series(ids[case[order]], dtype="str"))
    long.insert(1, "case_pos", case[order])
    return long


def column_or(frame: pd.DataFrame, column: str, default) -> pd.Series:
    if column in frame:
        return frame[column]
    return pd.Series(default, index=frame.index)


def suspect_victims(cases: pd.DataFrame, chosen: pd.DataFrame) -> pd.Series:
    """Per row of chosen (cases): the number of distinct victims in all the cases of its
    suspect; NA without a suspect. Only the chosen cases' suspects are counted."""
    if "suspect_person" not in cases or "victim_person" not in cases:
        return pd.Series(np.nan, index=chosen.index)
    suspects = chosen["suspect_person"]
    known = cases.loc[cases["suspect_person"].notna(), ["suspect_person", "victim_person"]]
    known = known[frames.member(known["suspect_person"], suspects.dropna().unique())]
    counts = known.groupby("suspect_person")["victim_person"].nunique()
    return suspects.map(counts)


def typed_facts(frame: pd.DataFrame, types: Mapping[str, str]) -> pd.DataFrame:
    """Give every fact column its kind's dtype so conditions can rely on it."""
    out = frame.copy(deep=False)  # copy-on-write: columns are replaced, never changed
    for name, kind in types.items():
        if name not in out:
            out[name] = pd.NA
        if kind == "bool":
            out[name] = out[name].astype("boolean")
        elif kind == "date":
            out[name] = pd.to_datetime(out[name])
        elif kind == "number":
            out[name] = pd.to_numeric(out[name])
        elif kind == "list":
            out[name] = out[name].fillna("").astype("str")
        else:
            out[name] = out[name].astype("str")
    return out


# ---------------------------------------------------------------------------
# conditions
# ---------------------------------------------------------------------------


@dataclass
class Context:
    frame: pd.DataFrame
    types: Mapping[str, str]
    force: dict
    deadline: str | None = None
    source: str = ""
    explain: bool = True  # build the value descriptions (only needed for failing rows)


def describe(values: pd.Series, kind: str) -> pd.Series:
    """Values as evidence text; missing ones as 'empty'."""
    if kind == "bool":
        text = values.map({True: "Y", False: "N"})
    elif kind == "date":
        text = values.dt.strftime("%Y-%m-%d")
    elif kind == "number":
        text = values.astype("Int64").astype("str")
    else:
        text = values.astype("str").str.strip()
        text = text.where(text != "")
    return text.astype("str").fillna("empty")


def evaluate(node: dict, ctx: Context) -> tuple[pd.Series, list[pd.Series]]:
    """(holds per row, descriptions of the values that decided it, NA where irrelevant)."""
    (kind, spec), = node.items()
    if kind in ("all", "any"):
        results = [evaluate(child, ctx) for child in spec]
        holds = results[0][0].copy()
        for child_holds, _ in results[1:]:
            holds = holds & child_holds if kind == "all" else holds | child_holds
        parts = []
        for child_holds, child_parts in results:
            # all: a failure is explained by its failing children; any: by every child.
            relevant = (holds | ~child_holds) if kind == "all" else (~holds | child_holds)
            parts += [p.where(relevant) for p in child_parts]
        return holds, parts
    if kind == "not":
        holds, parts = evaluate(spec, ctx)
        return ~holds, parts
    return LEAVES[kind](spec, ctx)


def leaf_present(spec, ctx: Context):
    name = spec
    values, kind = ctx.frame[name], ctx.types[name]
    if kind == "bool":
        holds = values.fillna(False).astype(bool)
    elif kind == "date":
        holds = values.notna()
    elif kind == "number":
        holds = values.fillna(0) != 0
    else:
        holds = values.fillna("").astype(str).str.strip() != ""
    if not ctx.explain:
        return holds.astype(bool), []
    return holds.astype(bool), [name + " " + describe(values, kind)]


def resolve_days(spec: dict, ctx: Context) -> float:
    """`days` of a date_within: a number, or a deadlines key (default the requirement's)."""
    days = spec.get("days", ctx.deadline)
    if isinstance(days, str):
        value = (ctx.force.get("deadlines") or {}).get(days)
        if not isinstance(value, (int, float)):
            raise AuditError(f"deadline {days!r} is not a number of days in force.yml "
                             "deadlines", file=ctx.source)
        return float(value)
    return float(days)


def day_difference(start: pd.Series, end: pd.Series, day_count: str) -> pd.Series:
    """end - start in days (calendar or Monday-Friday), NaN where either is missing."""
    if day_count != "working":
        return (end - start).dt.days.astype("Float64")
    both = start.notna() & end.notna()
    placeholder = np.datetime64("2000-01-03", "D")
    begin = np.where(both, start.to_numpy(dtype="datetime64[D]"), placeholder)
    finish = np.where(both, end.to_numpy(dtype="datetime64[D]"), placeholder)
    counted = np.busday_count(begin, finish).astype(float)
    return pd.Series(np.where(both, counted, np.nan), index=start.index).astype("Float64")


def leaf_date_within(spec: dict, ctx: Context):
    name, origin = spec["field"], spec["from"]
    limit = resolve_days(spec, ctx)
    day_count = (ctx.force.get("deadlines") or {}).get("day_count", "calendar")
    start, end = ctx.frame[origin], ctx.frame[name]
    diff = day_difference(start, end, day_count)
    holds = (diff <= limit).fillna(False).astype(bool)
    if not ctx.explain:
        return holds, []
    unit = "working days" if day_count == "working" else "days"
    limit_text = f"{limit:g}"
    when = np.where(holds, " (within " + limit_text + ")", " (over " + limit_text + ")")
    after = (name + " " + describe(end, "date") + ", " + diff.astype("Int64").astype("str")
             + f" {unit} after " + origin + " " + describe(start, "date") + when)
    before = name + " " + describe(end, "date") + ", before " + origin + " " + \
        describe(start, "date")
    text = after.where(diff.fillna(0) >= 0, before)
    text = text.where(end.notna(), name + " empty")
    text = text.where(start.notna() | end.isna(), name + " " + describe(end, "date") + ", "
                      + origin + " empty")
    return holds, [text.astype("str")]


def leaf_value_in(spec: dict, ctx: Context):
    name = spec["field"]
    values, kind = ctx.frame[name], ctx.types[name]
    if "values_from" in spec:
        wanted = lookup_path(ctx.force, spec["values_from"])
        if wanted is None:
            raise AuditError(f"values_from {spec['values_from']!r} is not a key of force.yml",
                             file=ctx.source)
        wanted = as_list(wanted)
    else:
        wanted = spec["values"]
    wanted_text = [str(v) for v in wanted]
    lowered = {v.strip().lower() for v in wanted_text}
    if kind == "list":
        holds = per_distinct(values, lambda lists: has_any_item(lists, lowered))
    else:
        holds = values.fillna("").astype(str).str.strip().str.lower().isin(lowered)
    if not ctx.explain:
        return holds.astype(bool), []
    listed = ", ".join(wanted_text)
    text = name + " " + describe(values, kind) + pd.Series(
        np.where(holds, f" (one of {listed})", f" (not one of {listed})"), index=values.index)
    return holds.astype(bool), [text.astype("str")]


def has_any_item(lists: pd.Series, lowered: set[str]) -> pd.Series:
    """Lists (list facts) with an item in `lowered`, ignoring case and outer spaces."""
    items = split_list(lists).str.strip().str.lower()
    hit = items.isin(lowered).groupby(level=0).any()
    return hit.reindex(lists.index, fill_value=False).astype(bool)


def leaf_compare(spec: dict, ctx: Context):
    name = spec["field"]
    values, kind = ctx.frame[name], ctx.types[name]
    op = next(o for o in COMPARE_OPS if o in spec)
    target = spec[op]
    if kind == "date":
        target = pd.Timestamp(target)
        shown = target.strftime("%Y-%m-%d")
    else:
        shown = str(target)
    method = {"gte": "ge", "gt": "gt", "lte": "le", "lt": "lt", "eq": "eq"}[op]
    holds = getattr(values, method)(target).fillna(False).astype(bool)
    if not ctx.explain:
        return holds, []
    yes, no = COMPARE_OPS[op]
    text = name + " " + describe(values, kind) + pd.Series(
        np.where(holds, f" ({yes} {shown})", f" ({no} {shown})"), index=values.index)
    return holds, [text.astype("str")]


LEAVES = {"present": leaf_present, "date_within": leaf_date_within,
          "value_in": leaf_value_in, "compare": leaf_compare}


def all_of(nodes: list, ctx: Context) -> tuple[pd.Series, list[pd.Series]]:
    if not nodes:
        return pd.Series(True, index=ctx.frame.index), []
    return evaluate({"all": nodes}, ctx)


def join_parts(parts: list[pd.Series], index: pd.Index) -> pd.Series:
    """Join description parts row by row with '; ', each distinct text once (parts share
    `index`). Missing parts are skipped; an empty part adds nothing until some text has
    been written, then an empty item."""
    if not parts:
        return pd.Series("", index=index, dtype="str")
    arrays = [frames.to_arrow(part) for part in parts]
    written = np.zeros(len(index), dtype=bool)
    kept = []
    for j, array in enumerate(arrays):
        keep = array.is_valid().to_numpy(zero_copy_only=False)
        for earlier in arrays[:j]:
            keep &= ~pc.equal(array, earlier).fill_null(False).to_numpy(zero_copy_only=False)
        empty = pc.equal(array, "").fill_null(False).to_numpy(zero_copy_only=False)
        keep &= written | ~empty
        written |= keep & ~empty
        kept.append(keep)
    # The kept parts row by row as one pyarrow list per row, joined in C++.
    kept = np.stack(kept, axis=1)
    where = (np.arange(len(arrays)) * len(index))[None, :] + np.arange(len(index))[:, None]
    values = pa.concat_arrays(arrays).take(pa.array(where[kept]))
    offsets = np.concatenate([[0], np.cumsum(kept.sum(axis=1))]).astype(np.int32)
    lists = pa.ListArray.from_arrays(pa.array(offsets), values)
    joined = pc.binary_join(lists, pa.scalar("; ", pa.large_string()))
    return frames.strings(joined).set_axis(index)


# ---------------------------------------------------------------------------
# requirements over facts
# ---------------------------------------------------------------------------


@dataclass
class Outcome:
    """One requirement on every case in the facts, before any verdict filter."""
    requirement: Requirement
    rows: pd.DataFrame  # case_id, crime_ref, applicable, holds, evidence (unit rows)
    cases: pd.DataFrame  # case_id, applicable, compliant (one row per case)


def run_requirement(requirement: Requirement, facts: pd.DataFrame,
                    crime_facts: pd.DataFrame, force: dict) -> Outcome:
    frame = facts if requirement.unit == "case" else crime_facts
    types = FACT_TYPES[requirement.unit]
    ctx = Context(frame, types, force, requirement.deadline, requirement.path, explain=False)
    applicable, _ = all_of(requirement.applies_to, ctx)
    holds, _ = all_of(requirement.check, ctx)
    failing = (applicable & ~holds).to_numpy()
    evidence = pd.Series(pd.NA, index=frame.index, dtype="str")
    if failing.any():
        # Only the facts the evidence names: crime facts carry whole narratives.
        shown = list(dict.fromkeys([ANCHOR_FACT[requirement.unit],
                                    *condition_facts(requirement.check),
                                    *requirement.evidence]))
        evidence.loc[failing] = explain_failures(requirement, frame.loc[failing, shown],
                                                 types, force)
    rows = pd.DataFrame({
        "case_id": frame["case_id"],
        "crime_ref": frame["crime_ref"] if requirement.unit == "crime" else "",
        "applicable": applicable.to_numpy(), "holds": holds.to_numpy(),
        "evidence": evidence,
    })
    # A case is applicable when one of its units is, compliant when all of those hold.
    unit_case = np.arange(len(frame)) if requirement.unit == "case" else \
        frame["case_pos"].to_numpy()
    applied = rows["applicable"].to_numpy()
    n_applied = np.bincount(unit_case[applied], minlength=len(facts))
    n_failed = np.bincount(unit_case[applied & ~rows["holds"].to_numpy()],
                           minlength=len(facts))
    cases = pd.DataFrame({"case_id": facts["case_id"]})
    cases["applicable"] = n_applied > 0
    cases["compliant"] = (n_applied > 0) & (n_failed == 0)
    return Outcome(requirement, rows, cases)


def condition_facts(nodes: list) -> list[str]:
    """The fact names a list of conditions reads, in order."""
    names: list[str] = []
    for node in nodes:
        (kind, spec), = node.items()
        if kind in ("all", "any"):
            names += condition_facts(spec)
        elif kind == "not":
            names += condition_facts([spec])
        elif kind == "present":
            names.append(spec)
        elif kind == "date_within":
            names += [spec["field"], spec["from"]]
        else:
            names.append(spec["field"])
    return names


def explain_failures(requirement: Requirement, failed: pd.DataFrame, types, force: dict
                     ) -> pd.Series:
    """Evidence for rows that fail the check: the anchor date, the values that decided
    it, then the requirement's extra evidence facts."""
    ctx = Context(failed, types, force, requirement.deadline, requirement.path)
    _, parts = all_of(requirement.check, ctx)
    anchor = "recorded " + describe(failed[ANCHOR_FACT[requirement.unit]], "date")
    extra = [name + " " + describe(failed[name], types[name]) for name in requirement.evidence]
    return join_parts([anchor.astype("str"), *parts, *extra], failed.index)


def check_references(requirements: list[Requirement], force: dict) -> None:
    """Deadlines and values_from keys must exist in the (merged) force settings."""
    deadlines = force.get("deadlines") or {}

    def walk(node, requirement):
        (kind, spec), = node.items()
        if kind in ("all", "any"):
            for child in spec:
                walk(child, requirement)
        elif kind == "not":
            walk(spec, requirement)
        elif kind == "value_in" and "values_from" in spec \
                and lookup_path(force, spec["values_from"]) is None:
            raise AuditError(f"values_from {spec['values_from']!r} is not a key of the force "
                             "settings", file=requirement.path)
        elif kind == "date_within" and isinstance(spec.get("days"), str) \
                and spec["days"] not in deadlines:
            raise AuditError(f"days {spec['days']!r} is not a key of force deadlines",
                             file=requirement.path)

    for requirement in requirements:
        if requirement.deadline and requirement.deadline not in deadlines:
            raise AuditError(f"deadline {requirement.deadline!r} is not a key of force "
                             "deadlines; add it under deadlines: in force.yml",
                             file=requirement.path, column="deadline")
        for node in [*requirement.applies_to, *requirement.check]:
            walk(node, requirement)


@lru_cache(maxsize=1)
def _builtin_force() -> dict:
    return read_yaml(FORCE_FILE, "built-in force settings")


def settings_with_defaults(force: dict | None) -> dict:
    # merge() deep-copies, so the cached defaults are never changed.
    settings = merge(_builtin_force(), force or {})
    validate_force(settings, "force settings")
    return settings


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------


def check_followup(cases: pd.DataFrame, crimes: pd.DataFrame, case_crimes: pd.DataFrame,
                   hits: pd.DataFrame, requirements: list[Requirement], force: dict | None,
                   *, rule_tags: Mapping[str, Iterable[str]] | None = None,
                   enquiries: dict | None = None) -> FollowupResult:
    """Gaps, compliance and triage for the stalking cases.

    `force` is merged over the built-in rules/force.yml. Tags of the hits come from a
    `tags` column of `hits`, else `rule_tags` (rule id -> tags), else the id/tags of the
    built-in rule pack files; the `behaviour` and `four` columns always add s2a3.* and
    four.* tags.
    """
    settings = settings_with_defaults(force)
    check_references(requirements, settings)
    hits = hits if "crime_ref" in hits.columns else pd.DataFrame(columns=HIT_COLUMNS)
    hits = hits.assign(**{c: "" for c in HIT_COLUMNS if c not in hits.columns})
    if rule_tags is None and "tags" not in hits.columns:
        rule_tags = rule_tags_from_pack()
    followed = set(as_list(settings.get("applies_to_verdicts")))
    triaged = set(as_list(settings.get("triage_verdicts")))
    verdicts = cases["verdict"] if "verdict" in cases else pd.Series("", index=cases.index)
    ids = cases.loc[verdicts.isin(followed | triaged), "case_id"]
    facts, crime_facts = build_facts(cases, crimes, case_crimes, hits, settings, rule_tags,
                                     ids)
    outcomes = [run_requirement(r, facts, crime_facts, settings) for r in requirements]
    in_followup = facts.loc[facts["verdict"].isin(followed), "case_id"]
    gaps = gaps_table(outcomes, facts, in_followup)
    compliance = compliance_table(outcomes, facts, in_followup, settings)
    triage = triage_table(outcomes, facts[facts["verdict"].isin(triaged)], settings,
                          enquiries if enquiries is not None else load_enquiries())
    log.info("follow-up: %d cases, %d requirements, %d gaps", len(in_followup),
             len(requirements), len(gaps))
    return FollowupResult(gaps=gaps, compliance=compliance, triage=triage)


def gaps_table(outcomes: list[Outcome], facts: pd.DataFrame, case_ids) -> pd.DataFrame:
    parts = []
    for outcome in outcomes:
        rows = outcome.rows
        failed = rows[rows["applicable"] & ~rows["holds"]
                      & frames.member(rows["case_id"], case_ids)]
        parts.append(failed.assign(gap_id=outcome.requirement.id,
                                   level=outcome.requirement.level))
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in GAP_COLUMNS})
    gaps = pd.concat(parts, ignore_index=True)
    context = facts.set_index("case_id")[["team", "month"]]
    gaps["team"] = gaps["case_id"].map(context["team"]).fillna("")
    gaps["month"] = gaps["case_id"].map(context["month"]).fillna("")
    order = {o.requirement.id: i for i, o in enumerate(outcomes)}
    gaps = gaps.assign(_order=gaps["gap_id"].map(order)).sort_values(
        ["case_id", "_order", "crime_ref"], kind="stable")
    return gaps[GAP_COLUMNS].reset_index(drop=True).astype("str")


def gap_ids_by_case(gaps: pd.DataFrame, case_ids: Iterable[str] | None = None) -> pd.Series:
    """case_id -> ';'-joined sorted distinct gap ids (the `gaps` column of cases.csv).

    With case_ids, every given case is present ("" when it has no gap)."""
    keys, names = pd.factorize(gaps["case_id"], sort=True)
    known = keys >= 0
    joined = group_join(keys[known], len(names), gaps["gap_id"][known], sep=";",
                        skip_blank=False)
    if case_ids is None:
        return pd.Series(joined.to_numpy(), index=pd.Index(names, name="case_id"),
                         dtype="str", name="gaps")
    # A million case ids: looked up by pyarrow and kept as the index, without boxing
    # every id in Python. Ids given any other way are text too (an empty list included).
    index = pd.Index(case_ids if isinstance(case_ids, (pd.Series, pd.Index)) else
                     list(case_ids), dtype="str", name="case_id")
    found = frames.positions(index, names)
    values = frames.to_arrow(joined).take(pa.array(found, mask=found < 0)).fill_null("")
    return frames.strings(values, index=index).rename("gaps")


# ---------------------------------------------------------------------------
# compliance
# ---------------------------------------------------------------------------


def compliance_table(outcomes: list[Outcome], facts: pd.DataFrame, case_ids,
                     force: dict) -> pd.DataFrame:
    """Per requirement: applicable and compliant cases, overall / by team / by month."""
    context = facts.set_index("case_id")[["team", "month"]]
    parts = []
    for outcome in outcomes:
        per_case = outcome.cases[outcome.cases["applicable"]
                                 & frames.member(outcome.cases["case_id"], case_ids)]
        parts.append(per_case.assign(requirement=outcome.requirement.id))
    long = pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=["case_id", "applicable", "compliant", "requirement"])
    long["team"] = long["case_id"].map(context["team"]).fillna("").replace("", NO_TEAM)
    long["month"] = long["case_id"].map(context["month"]).fillna("").replace("", NO_TEAM)
    long["compliant"] = long["compliant"].astype(int)
    ids = [o.requirement.id for o in outcomes]

    overall = long.groupby("requirement")["compliant"].agg(["size", "sum"]) \
        .reindex(ids, fill_value=0).reset_index()
    overall = overall.assign(breakdown="overall", group="")
    pieces = [overall]
    for breakdown in ("team", "month"):
        grouped = long.groupby(["requirement", breakdown])["compliant"].agg(["size", "sum"])
        pieces.append(grouped.reset_index().rename(columns={breakdown: "group"})
                      .assign(breakdown=breakdown))
    table = pd.concat(pieces, ignore_index=True).rename(
        columns={"size": "applicable", "sum": "compliant"})
    table["applicable"] = table["applicable"].astype(int)
    table["compliant"] = table["compliant"].astype(int)
    table["rate"] = (table["compliant"] / table["applicable"].where(table["applicable"] > 0)) \
        .astype(float)
    targets = force["targets"]
    by_requirement = targets.get("by_requirement") or {}
    table["target"] = table["requirement"].map(
        {rid: float(v) for rid, v in by_requirement.items()}).fillna(float(targets["default"])) \
        .astype(float)
    table["rag"] = rag(table["rate"], table["target"], float(targets["amber_margin"]))
    # A rate on a handful of cases says little: below min_cases it gets no RAG at all
    # (one case met made a team "green"); the counts are still shown.
    few = (table["applicable"] > 0) & (table["applicable"] < int(
        targets.get("min_cases", DEFAULT_MIN_CASES)))
    table.loc[few, "rag"] = ""
    table["rating"] = table["rag"].map(RATING_WORDS).fillna(NO_CASES)
    table.loc[few, "rating"] = TOO_FEW_CASES
    questions = {o.requirement.id: o.requirement.question or o.requirement.title
                 for o in outcomes}
    table["question"] = table["requirement"].map(questions).fillna("")
    order = {rid: i for i, rid in enumerate(ids)}
    table = table.assign(_r=table["requirement"].map(order),
                         _b=table["breakdown"].map({"overall": 0, "team": 1, "month": 2}))
    table = table.sort_values(["_r", "_b", "group"], kind="stable")
    return table[COMPLIANCE_COLUMNS].reset_index(drop=True)


def rag(rate: pd.Series, target: pd.Series, amber_margin: float) -> pd.Series:
    """G at or above target, A within amber_margin below it, R below that, '' with no rate."""
    # Rates are ratios of counts; round away float noise so 0.9 == 9/10 exactly.
    r = rate.round(9)
    labels = np.select([r.isna(), r >= target.round(9), r >= (target - amber_margin).round(9)],
                       ["", "G", "A"], default="R")
    return pd.Series(labels, index=rate.index, dtype="str")


# ---------------------------------------------------------------------------
# triage sheet
# ---------------------------------------------------------------------------


def load_enquiries(path: Path | str | None = None) -> dict:
    """rules/enquiries.yml: {'always': [...], 'by_tag': {tag: [lines]}}."""
    file = Path(path) if path else ENQUIRIES_FILE
    data = read_yaml(file, "lines of enquiry")
    by_tag = data.get("by_tag") or {}
    if not isinstance(by_tag, dict) or not all(isinstance(v, list) for v in by_tag.values()):
        raise AuditError("by_tag must map a tag to a list of lines", file=str(file),
                         column="by_tag")
    if not isinstance(data.get("always") or [], list):
        raise AuditError("always must be a list of lines", file=str(file), column="always")
    return {"always": list(data.get("always") or []), "by_tag": by_tag}


def triage_table(outcomes: list[Outcome], facts: pd.DataFrame, force: dict,
                 enquiries: dict) -> pd.DataFrame:
    if facts.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in TRIAGE_COLUMNS})
    facts = facts.reset_index(drop=True)
    sheet = pd.DataFrame({"case_id": facts["case_id"]})
    sheet["recommended_team"] = recommended_team(facts, force)
    sheet["missing_steps"] = missing_steps(outcomes, facts, force)
    sheet["lines_of_enquiry"] = lines_of_enquiry(facts, enquiries)
    sheet["support_services"] = support_services(facts, force)
    return sheet.sort_values("case_id").reset_index(drop=True).astype("str")


def recommended_team(facts: pd.DataFrame, force: dict) -> pd.Series:
    """The first allocation entry whose condition holds (force.yml allocation)."""
    ctx = Context(facts, CASE_FACTS, force, source="force settings allocation")
    conditions, teams = [], []
    for entry in as_list(force.get("allocation")):
        when = entry.get("when")
        holds = evaluate(when, ctx)[0] if when else pd.Series(True, index=facts.index)
        conditions.append(holds.to_numpy())
        teams.append(str(entry["team"]))
    if not conditions:
        return pd.Series("", index=facts.index)
    return pd.Series(np.select(conditions, teams, default=""), index=facts.index)


def missing_steps(outcomes: list[Outcome], facts: pd.DataFrame, force: dict) -> pd.Series:
    by_id = {o.requirement.id: o for o in outcomes}
    steps = [s for s in as_list((force.get("triage") or {}).get("steps")) if s in by_id]
    parts = []
    if steps:  # every outcome lists the cases of one facts table in one order
        found = frames.positions(facts["case_id"], by_id[steps[0]].cases["case_id"])
    for step in steps:
        cases = by_id[step].cases
        failed = (cases["applicable"] & ~cases["compliant"]).to_numpy()
        missing = np.where(found >= 0, failed[np.maximum(found, 0)], False)
        action = by_id[step].requirement.action
        parts.append(pd.Series(np.where(missing, action, None), index=facts.index,
                               dtype="str"))
    return join_parts(parts, facts.index)


def lines_of_enquiry(facts: pd.DataFrame, enquiries: dict) -> pd.Series:
    """The `always` lines, then those of each tag the case has, in file order, once each.
    Cases share tag lists: each distinct list is worked out once."""
    return per_distinct(facts["tags"], lambda tags: lines_for_tags(tags, enquiries))


def lines_for_tags(tags: pd.Series, enquiries: dict) -> pd.Series:
    """lines_of_enquiry for each tag list (a list fact) of `tags`."""
    table = [(order, tag, line) for order, (tag, lines) in
             enumerate(enquiries.get("by_tag", {}).items()) for line in lines]
    lines = pd.DataFrame(table, columns=["order", "tag", "line"])
    lines["seq"] = range(len(lines))
    items = split_list(tags.reset_index(drop=True)).str.strip()
    case_tags = pd.DataFrame({"row": items.index, "tag": items.to_numpy()})
    found = case_tags.merge(lines, on="tag").sort_values(["row", "seq"])
    found = found.drop_duplicates(["row", "line"])
    always = LIST_SEP.join(enquiries.get("always", []))
    # found is sorted by row: the lines keep their order
    specific = frames.strings(frames.group_join(found["row"].to_numpy(), found["line"], len(tags),
                                                LIST_SEP, empty=None), index=tags.index)
    if not always:
        return specific.fillna("")
    return (always + (LIST_SEP + specific).fillna("")).astype("str")


def support_services(facts: pd.DataFrame, force: dict) -> pd.Series:
    """What was referred (specialist, generic) and, without a specialist referral, what to
    signpost."""
    conf = force["support_services"]
    specialist = facts["specialist_services"].fillna("")
    generic = facts["generic_services"].fillna("")
    signpost = LIST_SEP.join(as_list(conf.get("signpost")))
    domestic_extra = LIST_SEP.join(as_list(conf.get("signpost_domestic")))
    parts = [
        ("referred (specialist): " + specialist).where(specialist != ""),
        ("referred (generic, not specialist): " + generic).where(generic != ""),
    ]
    if signpost:
        parts.append(pd.Series("signpost: " + signpost, index=facts.index, dtype="str")
                     .where(specialist == ""))
    if domestic_extra:
        # An IDVA for a domestic case, unless one was already referred.
        already = generic.str.lower().str.contains(re.escape(domestic_extra.lower()),
                                                   regex=True)
        parts.append(pd.Series("signpost (domestic): " + domestic_extra, index=facts.index,
                               dtype="str").where(facts["domestic"].fillna(False)
                                                  .astype(bool) & ~already))
    joined = pd.Series("", index=facts.index, dtype="str")
    for part in parts:
        joined = joined.where(part.isna(), joined.where(joined == "", joined + " | ") + part)
    return joined


# ---------------------------------------------------------------------------
# per-requirement examples (the tests block of each requirement file)
# ---------------------------------------------------------------------------

def example_frames(examples: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame,
                                                 pd.DataFrame]:
    """(cases, crimes, case_crimes, hits) for examples, each a case with its crimes.

    Example i is case C-EXAMPLE-i. Omitted crime fields are empty; crime_ref defaults to
    T/1, T/2 ... (prefixed with the example number, so examples never share a crime);
    recorded_date to 2026-07-01 plus a week per crime; offence to Malicious
    Communications. A crime may list `hits` ({rule_id, tags, four, behaviour}). The case
    defaults to a pair case with verdict missed_stalking and FOUR "FOUR".
    """
    crime_rows, hit_rows, case_rows, links = [], [], [], []
    start = pd.Timestamp("2026-07-01")
    for number, example in enumerate(examples, start=1):
        case_id = f"C-EXAMPLE-{number}"
        for i, given in enumerate(example["crimes"]):
            crime = dict(given or {})
            hits = crime.pop("hits", []) or []
            crime["crime_ref"] = f"E{number}:{crime.get('crime_ref', f'T/{i + 1}')}"
            crime.setdefault("recorded_date", start + pd.Timedelta(days=7 * i))
            crime.setdefault("offence", "Malicious Communications")
            crime_rows.append(crime)
            links.append({"case_id": case_id, "crime_ref": crime["crime_ref"]})
            for hit in hits:
                hit_rows.append({"crime_ref": crime["crime_ref"],
                                 "rule_id": hit.get("rule_id", "x"), "four": hit.get("four", ""),
                                 "behaviour": hit.get("behaviour", ""),
                                 "tags": list(hit.get("tags", []))})
        case = {"case_id": case_id, "kind": "pair", "verdict": "missed_stalking",
                "four": "FOUR", "principal_crime": False, **(example.get("case") or {})}
        case.setdefault("recorded_as_stalking", case["verdict"] == "recorded_stalking")
        case.setdefault("suspect_person", f"S{number}" if case["kind"] == "pair" else None)
        case.setdefault("victim_person", f"V{number}")
        case_rows.append(case)
    crimes = pd.DataFrame(crime_rows)
    for column in ("recorded_date", "offence_date", "risk_date", "screening_date",
                   "referral_date", "triage_date", "outcome_date"):
        if column in crimes:
            crimes[column] = pd.to_datetime(crimes[column])
    for column in ("offence_code", "outcome_code"):
        if column in crimes:
            crimes[column] = crimes[column].astype("str")
    for column in ("narrative", "flags"):
        crimes[column] = crimes[column].fillna("") if column in crimes else ""
    hits = pd.DataFrame(hit_rows, columns=["crime_ref", "rule_id", "four", "behaviour", "tags"])
    return pd.DataFrame(case_rows), crimes, pd.DataFrame(links), hits


def run_examples(requirement: Requirement, examples: list[dict], force: dict | None = None
                 ) -> list[tuple[bool, bool, pd.DataFrame]]:
    """(applicable, compliant, gaps) per example. Examples sharing force overrides run
    together as one batch of cases."""
    results: dict[int, tuple[bool, bool, pd.DataFrame]] = {}
    batches: dict[str, list[int]] = {}
    for i, example in enumerate(examples):
        batches.setdefault(repr(example.get("force") or {}), []).append(i)
    for positions in batches.values():
        overrides = examples[positions[0]].get("force") or {}
        settings = settings_with_defaults(merge(force or {}, overrides))
        check_references([requirement], settings)
        cases, crimes, case_crimes, hits = example_frames([examples[i] for i in positions])
        facts, crime_facts = build_facts(cases, crimes, case_crimes, hits, settings, {},
                                         cases["case_id"])
        outcome = run_requirement(requirement, facts, crime_facts, settings)
        followed = set(facts.loc[facts["verdict"].isin(
            as_list(settings.get("applies_to_verdicts"))), "case_id"])
        gaps = gaps_table([outcome], facts, followed)
        per_case = outcome.cases.set_index("case_id")
        for number, i in enumerate(positions, start=1):
            case_id = f"C-EXAMPLE-{number}"
            applicable = bool(per_case.loc[case_id, "applicable"]) and case_id in followed
            compliant = applicable and bool(per_case.loc[case_id, "compliant"])
            results[i] = (applicable, compliant,
                          gaps[gaps["case_id"] == case_id].reset_index(drop=True))
    return [results[i] for i in range(len(examples))]


def example_problems(requirement: Requirement, force: dict | None = None) -> list[str]:
    """Every way the requirement disagrees with its own examples ([] when it agrees)."""
    problems = []
    for key in ("should_fail", "should_pass"):
        examples = requirement.tests.get(key) or []
        for number, (example, result) in enumerate(
                zip(examples, run_examples(requirement, examples, force)), start=1):
            problems += example_result_problems(requirement, key, number, example, result)
    return problems


def example_result_problems(requirement: Requirement, key: str, number: int, example: dict,
                            result: tuple[bool, bool, pd.DataFrame]) -> list[str]:
    """should_fail: a gap (with `evidence` text in it when given); should_pass: no gap,
    applicable (unless `applicable: false`) and compliant."""
    applicable, compliant, gaps = result
    where = f"{requirement.id} {key} #{number}"
    if key == "should_fail":
        if gaps.empty:
            return [f"{where}: no gap"]
        wanted = example.get("evidence")
        if wanted and not gaps["evidence"].str.contains(str(wanted), regex=False).any():
            return [f"{where}: evidence {gaps['evidence'].tolist()!r} lacks {wanted!r}"]
        return []
    problems = []
    if not gaps.empty:
        problems.append(f"{where}: unexpected gap {gaps['evidence'].tolist()!r}")
    expect_applicable = bool(example.get("applicable", True))
    if applicable != expect_applicable:
        problems.append(f"{where}: applicable is {applicable}, expected {expect_applicable}")
    elif applicable and not compliant:
        problems.append(f"{where}: not compliant")
    return problems
