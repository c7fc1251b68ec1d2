"""Courses of conduct on the victim's timeline: the attachment rules of rules/courses.yml.

A thread is the records of one victim person with one named suspect person (the 'pair'
groups of cases.py). assemble() then, in this order:

1. name_variant: merges two threads of one victim whose suspects' names are compatible
   (nickname, initial, hyphen or spacing, one-edit surname, missing surname) and whose
   dates of birth do not disagree;
2. unknown_suspect: moves a record with no suspect into the one thread of its victim
   whose window holds its date, when it describes a behaviour family and nothing
   contradicts it;
3. proxy: adds to a thread the records of another victim (a person or an organisation)
   that name the thread's victim, or that record the thread's suspect and describe
   contact about the victim (the record stays in its own case as well);
4. unidentified_pattern: joins the victim's remaining no-suspect records that repeat one
   behaviour family (min_records within within_days), on top of the shared narrative
   tokens cases.py already joins them on.

Every attachment carries its reason, written into the case's link_reasons. All work is
on integer arrays; text is read only for the few records a rule can concern (victims
with a thread or with several no-suspect records, narratives that name a relation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz.distance import OSA

from audit_cli import frames
from audit_cli.errors import AuditError
from audit_cli.link.cluster import connected_components, pairs_within_groups
from audit_cli.names import contains_regex, equivalent_name_pairs, normalise_name_series, \
    split_name_series
from audit_cli.paths import RULES_DIR

COURSES_FILE = RULES_DIR / "courses.yml"
RULE_IDS = ("unknown_suspect", "name_variant", "proxy", "unidentified_pattern")
DAY = np.timedelta64(1, "D")
# name_variant: above this many suspect threads a victim is a shop or a place, and its
# suspects are not compared (a default; `name_variant: max_suspects:` changes it)
MAX_SUSPECTS = 8
# proxy: a suspect with more victims than this is a prolific offender (shop thefts,
# fights), whose other victims are not read as proxies (`proxy: max_victims:`)
MAX_VICTIMS = 8


# --------------------------------------------------------------------------- settings


def load_course_rules(path: str | Path | None = None) -> dict:
    """rules/courses.yml (or `path`), checked; a problem is one line naming file and key."""
    import yaml

    file = Path(path) if path else COURSES_FILE
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AuditError(f"cannot read the course rules: {exc}".splitlines()[0],
                         file=str(file)) from None
    check_course_rules(data, file)
    return data


def force_course_rules(rules_dirs, override: dict | None = None) -> dict:
    """The courses settings a run uses: rules/courses.yml, then each --rules DIR's own
    courses.yml (checked, key by key), then a --config `linking: courses:` section."""
    from audit_cli.link.settings import merge_settings

    courses = load_course_rules()
    for folder in rules_dirs or []:
        file = Path(folder) / "courses.yml"
        if file.is_file():
            courses = merge_settings(courses, load_course_rules(file))
    return merge_settings(courses, override or {})


def check_course_rules(courses, file: str | Path, prefix: str = "") -> None:
    """Raise a one-line AuditError naming the file and the first bad key."""
    problems = course_problems(courses, prefix)
    if problems:
        raise AuditError(problems[0] + (f" (and {len(problems) - 1} more)"
                                        if len(problems) > 1 else ""), file=str(file))


def _whole(value, low: int = 1) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def course_problems(courses, prefix: str = "") -> list[str]:
    """Problems in a (possibly partial) courses mapping, each naming its key.

    prefix: how the mapping is reached in its file ("linking.courses." in a --config).
    """
    if courses is None:
        return []
    if not isinstance(courses, dict):
        return [f"{prefix or 'the file'}: must be a mapping"]
    problems = []
    known = {"version", "behaviour_families", "contradictions", *RULE_IDS}
    for key in sorted(set(courses) - known):
        problems.append(f"{prefix}{key}: unknown key; use {', '.join(sorted(known))}")
    for section in ("behaviour_families", "contradictions"):
        patterns = courses.get(section)
        if patterns is None:
            continue
        if not isinstance(patterns, dict):
            problems.append(f"{prefix}{section}: must be a mapping of name: pattern")
            continue
        for name, pattern in patterns.items():
            problems += _pattern_problem(f"{prefix}{section}.{name}", pattern)
    for rule in RULE_IDS:
        spec = courses.get(rule)
        if spec is None:
            continue
        if not isinstance(spec, dict):
            problems.append(f"{prefix}{rule}: must be a mapping")
            continue
        for key in ("window_days", "within_days", "min_records", "max_suspects",
                    "max_victims"):
            if key in spec and not _whole(spec[key], 2 if key == "min_records" else 1):
                least = 2 if key == "min_records" else 1
                problems.append(f"{prefix}{rule}.{key}: {spec[key]!r} is not a whole number "
                                f"of {least} or more")
        for key in ("enabled", "mix_families", "date_cited"):
            if key in spec and not isinstance(spec[key], bool):
                problems.append(f"{prefix}{rule}.{key}: must be true or false")
        for key in ("about_victim", "pointer"):
            if key in spec:
                problems += _pattern_problem(f"{prefix}{rule}.{key}", spec[key])
    return problems


def _pattern_problem(key: str, pattern) -> list[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        return [f"{key}: must be a non-empty pattern"]
    try:
        re.compile(pattern)
    except re.error as exc:
        return [f"{key}: bad pattern ({exc})"]
    return []


def rule_enabled(courses: dict, rule: str) -> bool:
    return bool((courses.get(rule) or {}).get("enabled", True))


# --------------------------------------------------------------------------- inputs


@dataclass
class Timeline:
    """What the rules read, per crime position and per person number (persons row + 1)."""

    ref: np.ndarray           # crime_ref per crime (object)
    date: np.ndarray          # datetime64[D] per crime (NaT: none)
    narrative: pd.Series      # str per crime, positions 0..n-1
    offence: pd.Series        # str per crime
    person_name: "PersonNames"  # normalised name per person number (0: none), on demand
    person_display: pd.Series # name as most often written, per person number
    person_dob: np.ndarray    # datetime64[D] per person number
    person_is_org: np.ndarray


class PersonNames:
    """Normalised names by person number (0: none), as `.iloc[numbers]` on a Series.

    norm: a normalised name per person number (from the person's mentions); else the
    display names are normalised when asked, only for the persons asked about.
    """

    def __init__(self, display_names: pd.Series, norm: np.ndarray | None = None):
        self.display = display_names.fillna("").astype("str").reset_index(drop=True)
        self.norm = norm

    @property
    def iloc(self):
        return self

    def __getitem__(self, numbers) -> pd.Series:
        numbers = np.atleast_1d(np.asarray(numbers, dtype=np.int64))
        if self.norm is not None:
            return pd.Series(self.norm[numbers], dtype="str").fillna("")
        distinct, back = np.unique(numbers, return_inverse=True)
        raw = pd.Series(np.full(len(distinct), ""), dtype="str")
        known = distinct > 0
        raw[known] = self.display.iloc[distinct[known] - 1].to_numpy()
        names = normalise_name_series(raw).fillna("").to_numpy(dtype=object)
        return pd.Series(names[back], dtype="str")


@dataclass
class Threads:
    """Per pairing row: its group, and the group's victim and suspect."""

    group: np.ndarray
    crime: np.ndarray
    victim: np.ndarray
    suspect: np.ndarray
    reason: np.ndarray        # object: why the row is in the group ("" = recorded together)


def _crime_text(crimes: pd.DataFrame, column: str) -> pd.Series:
    if column not in crimes:
        return pd.Series("", index=crimes.index, dtype="str")
    return crimes[column].fillna("").astype("str")


def timeline(crimes: pd.DataFrame, persons: pd.DataFrame, dates: np.ndarray,
             person_norm: np.ndarray | None = None) -> Timeline:
    return Timeline(
        ref=crimes["crime_ref"].astype("str").to_numpy(dtype=object),
        date=dates.astype("datetime64[D]"),
        narrative=_crime_text(crimes, "narrative"),
        offence=_crime_text(crimes, "offence"),
        person_name=PersonNames(persons["display_name"], person_norm),
        person_display=pd.concat([pd.Series([""], dtype="str"),
                                  persons["display_name"].fillna("").astype("str")],
                                 ignore_index=True).astype("str"),
        person_dob=np.r_[np.datetime64("NaT", "D"),
                         persons["dob"].to_numpy(dtype="datetime64[D]")],
        person_is_org=np.r_[False, persons["is_org"].to_numpy(dtype=bool)],
    )


# --------------------------------------------------------------------------- helpers


def _matches(texts: pd.Series, pattern: str) -> np.ndarray:
    """Case-insensitive match (the patterns carry their own (?i) where needed)."""
    if len(texts) == 0:
        return np.zeros(0, dtype=bool)
    return contains_regex(texts.reset_index(drop=True), pattern, ignore_case=True)


def families_of(texts: pd.Series, families: dict) -> np.ndarray:
    """Per text, a bit set of the behaviour families it describes (bit k: k-th family)."""
    bits = np.zeros(len(texts), dtype=np.int64)
    for k, pattern in enumerate(families.values()):
        bits |= _matches(texts, pattern).astype(np.int64) << k
    return bits


def family_names(bits: np.ndarray, families: dict) -> np.ndarray:
    """'contact, presence' per bit set (few distinct sets: made once each)."""
    names = list(families)
    codes, distinct = pd.factorize(bits)
    text = np.array([", ".join(n for k, n in enumerate(names) if int(b) >> k & 1)
                     for b in distinct] + [""], dtype=object)
    return text[codes]


def contradicted(crime: np.ndarray, line: Timeline, contradictions: dict,
                 named: bool = True) -> np.ndarray:
    """Per crime position: its offence or narrative rules it out of a named course
    (named) or of any course, an unidentified suspect's too (a stranger does not rule
    that out: `contradictions.stranger` is read for named courses only)."""
    out = np.zeros(len(crime), dtype=bool)
    if len(crime) == 0:
        return out
    if contradictions.get("offences"):
        out |= _matches(line.offence.iloc[crime], contradictions["offences"])
    for key in ("narrative", "stranger") if named else ("narrative",):
        if contradictions.get(key):
            out |= _matches(line.narrative.iloc[crime], contradictions[key])
    return out


def _days_apart(date: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Days before first (negative), 0 inside [first, last], days after last (positive)."""
    before = (date - first) / DAY
    after = (date - last) / DAY
    return np.where(before < 0, before, np.where(after > 0, after, 0)).astype(np.int64)


def _where_text(days: np.ndarray) -> np.ndarray:
    out = np.full(len(days), "between the named records", dtype=object)
    before, after = days < 0, days > 0
    out[before] = [f"{-d} days before the first named record" for d in days[before]]
    out[after] = [f"{d} days after the last named record" for d in days[after]]
    return out


def _span(group: np.ndarray, crime: np.ndarray, date: np.ndarray,
          n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """First and last date per group (NaT where a group has no dated record)."""
    day = date[crime].astype("datetime64[D]").astype(np.int64)
    known = ~np.isnat(date[crime])
    big = np.iinfo(np.int64).max
    first = np.full(n_groups, big, dtype=np.int64)
    last = np.full(n_groups, -big, dtype=np.int64)
    np.minimum.at(first, group[known], day[known])
    np.maximum.at(last, group[known], day[known])
    none = first == big
    first = first.astype("datetime64[D]")
    last = last.astype("datetime64[D]")
    first[none] = np.datetime64("NaT")
    last[none] = np.datetime64("NaT")
    return first, last


def _unique_candidates(node: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Mask of candidate rows whose node has exactly one distinct target."""
    if len(node) == 0:
        return np.zeros(0, dtype=bool)
    frame = pd.DataFrame({"node": node, "target": target}).drop_duplicates()
    count = frame.groupby("node")["target"].size()
    return count.reindex(node).to_numpy() == 1


# --------------------------------------------------------------------------- 1. names


def _name_parts(names: pd.Series) -> pd.DataFrame:
    """first, last and surname ("middle|last", for name_variant_pairs) of normalised names."""
    parts = split_name_series(names.fillna("").astype("str")).fillna("")
    parts["surname"] = parts["middle"] + "|" + parts["last"]
    return parts


def _surname_compatible(a: str, b: str) -> str | None:
    if not a or not b:
        return "surname missing" if (a or b) else None
    if a == b:
        return "same surname"
    flat_a, flat_b = a.replace("-", ""), b.replace("-", "")
    if flat_a == flat_b:
        return "hyphen or spacing"
    if a in b.split("-") or b in a.split("-"):
        return "one part of a double-barrelled surname"
    if min(len(flat_a), len(flat_b)) >= 4 and OSA.distance(flat_a, flat_b) <= 1:
        return "one-edit surname"
    return "__different__"


def _best_surname(a: str, b: str) -> str | None:
    """Surnames given as "middle|last": the last word alone, or all words after the first
    name run together (a double-barrelled surname written with a space)."""
    forms_a = {x for x in (a.split("|")[-1], a.replace("|", "-").strip("-")) if x} or {""}
    forms_b = {x for x in (b.split("|")[-1], b.replace("|", "-").strip("-")) if x} or {""}
    found = [_surname_compatible(x.replace(" ", "-"), y.replace(" ", "-"))
             for x in sorted(forms_a) for y in sorted(forms_b)]
    for how in ("same surname", "hyphen or spacing", "one part of a double-barrelled surname",
                "one-edit surname", "surname missing", None):
        if how in found:
            return how
    return "__different__"


def name_variant_pairs(first_a, last_a, first_b, last_b) -> np.ndarray:
    """Per pair of names (normalised parts): how they are compatible, None when not.

    Runs over the few pairs of suspects of one victim, not over the export.
    """
    nick = equivalent_name_pairs()
    nicknames = set(zip(nick["name_a"], nick["name_b"]))
    out = np.full(len(first_a), None, dtype=object)
    for i, (fa, la, fb, lb) in enumerate(zip(first_a, last_a, first_b, last_b)):
        surname = _best_surname(la, lb)
        if surname == "__different__" or (surname is None and fa != fb):
            continue
        if fa == fb:
            first = "same first name"
        elif (fa, fb) in nicknames:
            first = "nickname"
        elif (len(fa) == 1 or len(fb) == 1) and fa[:1] == fb[:1]:
            first = "initial"
        elif surname == "surname missing" and _short_form(fa, la, fb, lb):
            first = _short_form(fa, la, fb, lb)
        else:
            continue
        if surname == "surname missing" and first in ("initial",):
            continue  # an initial alone says too little
        out[i] = first if surname in (None, "same surname") else f"{first}, {surname}"
    return out


def _short_form(first_a: str, last_a: str, first_b: str, last_b: str) -> str | None:
    """A name given alone ("Ry", "Sid") that is how the other name starts: the first name
    cut short (2+ letters) or a nickname made from the surname (3+ letters). Only read
    inside one victim's records, where the other suspect is already written in full."""
    for alone, other_first, other_last, own_last in ((first_a, first_b, last_b, last_a),
                                                     (first_b, first_a, last_a, last_b)):
        if own_last.strip("|") or not other_last.strip("|") or len(alone) >= len(other_first):
            continue
        if len(alone) >= 2 and other_first.startswith(alone):
            return "short form of the first name"
        if len(alone) >= 3 and other_last.split("|")[-1].replace("-", "").startswith(alone):
            return "short form of the surname"
    return None


def _initials(first: np.ndarray) -> np.ndarray:
    return np.array([f[:1] for f in first], dtype=object)


def canonical_first(first: pd.Series) -> pd.Series:
    """Each first name's nickname group (bob -> robert), or the name itself."""
    from audit_cli.names import canonical_name

    return canonical_name(first.astype("str")).fillna("")


def merge_name_variants(threads: Threads, line: Timeline, n_groups: int,
                        courses: dict) -> tuple[np.ndarray, np.ndarray]:
    """(new group per old group, reason per old group: '' for the kept suspect).

    Within one victim, threads whose suspects are compatible merge; the thread with the
    most records gives the suspect. Dates of birth that disagree keep threads apart.
    """
    keep = np.arange(n_groups)
    reason = np.full(n_groups, "", dtype=object)
    if not rule_enabled(courses, "name_variant") or n_groups < 2:
        return keep, reason
    head = np.unique(threads.group, return_index=True)[1]
    g_victim, g_suspect = threads.victim[head], threads.suspect[head]
    size = np.bincount(threads.group, minlength=n_groups)
    # a victim with many suspects is a shop or a place, not one person's course
    most = int((courses.get("name_variant") or {}).get("max_suspects", MAX_SUSPECTS))
    victim_at = np.where(g_victim >= 0, g_victim, 0)
    n_threads = np.bincount(victim_at, minlength=len(line.person_is_org))
    eligible = np.flatnonzero((g_victim >= 0) & ~line.person_is_org[victim_at]
                              & (n_threads[victim_at] >= 2) & (n_threads[victim_at] <= most)
                              & ~line.person_is_org[g_suspect])
    a, b = pairs_within_groups(g_victim[eligible])
    a, b = eligible[a], eligible[b]
    if len(a) == 0:
        return keep, reason
    sa, sb = g_suspect[a], g_suspect[b]
    dob_a, dob_b = line.person_dob[sa], line.person_dob[sb]
    dob_clash = ~np.isnat(dob_a) & ~np.isnat(dob_b) & (dob_a != dob_b)
    involved = np.unique(np.r_[sa, sb])
    parts = _name_parts(line.person_name.iloc[involved].reset_index(drop=True))
    slot = np.zeros(len(line.person_is_org), dtype=np.int64)
    slot[involved] = np.arange(len(involved))
    first = parts["first"].to_numpy(dtype=object)
    group = canonical_first(parts["first"]).to_numpy(dtype=object)
    fa, fb = first[slot[sa]], first[slot[sb]]
    # a first name, an initial or a nickname in common, or a name alone that starts as the
    # other's surname: a cheap test before the careful one
    last_initial = _initials(parts["last"].to_numpy(dtype=object))
    maybe = np.flatnonzero(~dob_clash & ((group[slot[sa]] == group[slot[sb]])
                                         | (_initials(fa) == _initials(fb))
                                         | (_initials(fa) == last_initial[slot[sb]])
                                         | (_initials(fb) == last_initial[slot[sa]])))
    a, b, sa, sb = a[maybe], b[maybe], sa[maybe], sb[maybe]
    surname = parts["surname"].to_numpy(dtype=object)
    how = name_variant_pairs(first[slot[sa]], surname[slot[sa]], first[slot[sb]],
                             surname[slot[sb]])
    ok = np.array([h is not None for h in how], dtype=bool)
    if not ok.any():
        return keep, reason
    labels = connected_components(n_groups, a[ok], b[ok])
    # the thread with most records (then the lowest number) names the suspect
    order = np.lexsort((np.arange(n_groups), -size, labels))
    lead = np.empty(n_groups, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, labels[order][1:] != labels[order][:-1]])
    lead_of_label = np.empty(labels.max() + 1, dtype=np.int64)
    lead_of_label[labels[order][starts]] = order[starts]
    lead = lead_of_label[labels]
    how_of = {}
    for x, y, h in zip(a[ok], b[ok], how[ok]):
        how_of[(x, y)] = how_of[(y, x)] = h
    moved = np.flatnonzero(lead != keep)
    names = line.person_display
    for g in moved:
        h = how_of.get((g, lead[g]), "compatible name")
        reason[g] = (f"suspect '{names.iloc[g_suspect[g]]}' taken as "
                     f"{names.iloc[g_suspect[lead[g]]]}: {h}, same victim")
    return lead, reason


# --------------------------------------------------------------------------- 2-4


@dataclass
class Lone:
    """Pairing rows with no suspect: crime position and victim person (-1: none)."""

    crime: np.ndarray
    victim: np.ndarray


@dataclass
class Attached:
    """Rows added to threads: the crime, the thread group, the reason."""

    crime: np.ndarray
    group: np.ndarray
    reason: np.ndarray
    lone_row: np.ndarray      # the Lone row it came from (-1: a proxy pair record)


def _thread_table(threads: Threads, date: np.ndarray, n_groups: int) -> pd.DataFrame:
    first, last = _span(threads.group, threads.crime, date, n_groups)
    head = np.unique(threads.group, return_index=True)[1]
    return pd.DataFrame({"thread": np.arange(n_groups), "victim": threads.victim[head],
                         "suspect": threads.suspect[head], "first": first, "last": last})


def thread_families(pairs: Threads, thread: np.ndarray, line: Timeline,
                    families: dict) -> np.ndarray:
    """Per entry of `thread`, the behaviour families its named records describe (only
    the threads asked about are read)."""
    wanted = np.zeros(int(pairs.group.max(initial=-1)) + 2, dtype=bool)
    wanted[thread] = True
    rows = np.flatnonzero(wanted[pairs.group])
    bits = families_of(line.narrative.iloc[pairs.crime[rows]], families)
    per_thread = np.zeros(len(wanted), dtype=np.int64)
    np.bitwise_or.at(per_thread, pairs.group[rows], bits)
    return per_thread[thread]


def attach_unknown(lone: Lone, pairs: Threads, threads: pd.DataFrame, line: Timeline,
                   courses: dict, families: np.ndarray) -> Attached:
    """unknown_suspect: each lone row joins the one thread of its victim in window
    whose named records describe a behaviour family the row describes too.

    families: per lone row its behaviour families, 0 where it describes none or where a
    contradiction rules it out (the caller reads the texts once for every rule).
    """
    spec = courses.get("unknown_suspect") or {}
    window = np.timedelta64(int(spec.get("window_days", 365)), "D")
    rows = np.flatnonzero((lone.victim >= 0) & (families > 0))
    cand = pd.DataFrame({"row": rows, "victim": lone.victim[rows]}).merge(
        threads[threads["victim"] >= 0], on="victim")
    crime = lone.crime[cand["row"].to_numpy()]
    date = line.date[crime]
    first, last = cand["first"].to_numpy(), cand["last"].to_numpy()
    inside = (date >= first - window) & (date <= last + window)
    cand, crime, date = cand[inside], crime[inside], date[inside]
    single = _unique_candidates(cand["row"].to_numpy(), cand["thread"].to_numpy())
    cand, crime, date = cand[single], crime[single], date[single]
    # the thread itself must describe the behaviour: a course, not just a shared victim
    common = families[cand["row"].to_numpy()] & thread_families(
        pairs, cand["thread"].to_numpy(), line, courses["behaviour_families"])
    points = _matches(line.narrative.iloc[crime], spec["pointer"]) if spec.get("pointer") \
        else np.ones(len(cand), dtype=bool)
    # or a named record of the course cites the record's date ("damage on 21/6 to be
    # linked"): the officer has linked them already
    cited = cites_date(pairs, cand["thread"].to_numpy(), date, line) \
        if spec.get("date_cited", True) else np.zeros(len(cand), dtype=bool)
    keep = ((common > 0) & points) | cited
    cand, crime, date, common, cited = (cand[keep], crime[keep], date[keep], common[keep],
                                        cited[keep])
    days = _days_apart(date, cand["first"].to_numpy(), cand["last"].to_numpy())
    what = np.where(common > 0, family_names(common, courses["behaviour_families"]).astype(str)
                    + " as in the named records", "")
    what = np.where(cited, np.where(what == "", "", what + "; ")
                    + "a named record of the course cites its date", what)
    reason = np.array([f"{r}: no suspect recorded; {w}; {f} (unknown_suspect)"
                       for r, w, f in zip(line.ref[crime], _where_text(days), what)],
                      dtype=object)
    return Attached(crime=crime, group=cand["thread"].to_numpy(), reason=reason,
                    lone_row=cand["row"].to_numpy())


CITED_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](?:\d{4}|\d{2}))?\b")


def cites_date(pairs: Threads, thread: np.ndarray, date: np.ndarray,
               line: Timeline) -> np.ndarray:
    """Per (thread, date) candidate: a named record of the thread writes that day as
    d/m (or the day before or after: an overnight offence is recorded next morning).
    Only the candidates' threads are read."""
    out = np.zeros(len(thread), dtype=bool)
    if len(thread) == 0:
        return out
    wanted = np.zeros(int(pairs.group.max(initial=-1)) + 2, dtype=bool)
    wanted[thread] = True
    rows = np.flatnonzero(wanted[pairs.group])
    texts = line.narrative.iloc[pairs.crime[rows]].astype("str")
    cited = set()
    for group, text in zip(pairs.group[rows], texts):
        for day, month in CITED_DATE.findall(text):
            if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
                cited.add((int(group), int(month), int(day)))
    if not cited:
        return out
    for shift in (-1, 0, 1):
        shifted = pd.DatetimeIndex(date + np.timedelta64(shift, "D"))
        out |= np.array([(int(t), m, d) in cited for t, m, d in
                         zip(thread, shifted.month, shifted.day)], dtype=bool)
    return out


def _padded_words(texts: pd.Series) -> np.ndarray:
    """Lower-case texts with every non-letter a space, padded: ' word word '."""
    arrow = pc.utf8_lower(frames.to_arrow(texts.astype("str")))
    arrow = pc.replace_substring_regex(arrow, r"[^\p{L}'\-]+", " ")
    space = pa.scalar(" ", pa.large_string())
    return np.asarray(pc.binary_join_element_wise(space, arrow, space,
                                                  pa.scalar("", pa.large_string())),
                      dtype=object)


def _names_victim(texts: pd.Series, names: pd.Series) -> np.ndarray:
    """Per row: the narrative holds a word (3+ letters) of the victim's name. Run on the
    few candidate records only: a substring test per name word."""
    padded = _padded_words(texts)
    return np.array([any(len(w) >= 3 and f" {w} " in text for w in name.split())
                     for text, name in zip(padded, names)], dtype=bool)


def attach_proxy(pair: Threads, lone: Lone, threads: pd.DataFrame, line: Timeline,
                 courses: dict, taken: np.ndarray, relations: list[str]) -> Attached:
    """proxy: records of other victims naming the thread's victim or about them.

    relations: words for the people around a victim (linking.yml proxy.words: mum, new
    partner, employer...); a no-suspect record of another person is read for the
    victim's name only when it uses one (an organisation's records always are).
    """
    spec = courses.get("proxy") or {}
    window = np.timedelta64(int((courses.get("unknown_suspect") or {}).get(
        "window_days", 365)), "D")
    about = spec.get("about_victim") or ""
    contradictions = courses.get("contradictions") or {}
    parts = []
    # (a) the thread's suspect, another victim: names the victim or talks about them
    rec = pd.DataFrame({"crime": pair.crime, "other_victim": pair.victim,
                        "suspect": pair.suspect, "own": pair.group})
    most = int(spec.get("max_victims", MAX_VICTIMS))
    suspect = threads["suspect"].to_numpy()
    named = suspect[threads["victim"].to_numpy() >= 0]  # one thread per (victim, suspect)
    per_suspect = np.bincount(named, minlength=len(line.person_is_org))
    few = (per_suspect >= 2) & (per_suspect <= most)
    rec = rec[few[pair.suspect]]
    cand = rec.merge(threads[["thread", "victim", "suspect", "first", "last"]],
                     on="suspect")
    cand = cand[(cand["victim"] != cand["other_victim"]) & (cand["victim"] >= 0)]
    cand = cand[~line.person_is_org[cand["victim"].to_numpy()]]
    # a crime recording both victims is in the thread already
    width = np.int64(len(line.date) + 1)
    asked = np.zeros(int(pair.group.max(initial=-1)) + 1, dtype=bool)
    asked[cand["thread"].to_numpy()] = True
    mine = asked[pair.group]
    held = pair.group[mine] * width + pair.crime[mine]
    cand = cand[~np.isin(cand["thread"].to_numpy() * width + cand["crime"].to_numpy(), held)]
    cand = _in_window(cand, line, window)
    if len(cand):
        # a proxy record describes a behaviour (contact, turning up...), read once per crime
        distinct, back = np.unique(cand["crime"].to_numpy(), return_inverse=True)
        behaves = families_of(line.narrative.iloc[distinct], courses["behaviour_families"])
        cand = cand[behaves[back] > 0]
    if len(cand):
        crime = cand["crime"].to_numpy()
        texts = line.narrative.iloc[crime].reset_index(drop=True)
        named = _names_victim(texts, line.person_name.iloc[cand["victim"].to_numpy()])
        talks = _matches(texts, about) if about else np.zeros(len(cand), dtype=bool)
        keep = (named | talks) & ~contradicted(crime, line, contradictions)
        cand = cand[keep]
        why = np.where(named[keep], "the narrative names the victim",
                       "records the same suspect and describes contact about the victim")
        parts.append(Attached(crime=cand["crime"].to_numpy(), group=cand["thread"].to_numpy(),
                              reason=_proxy_reason(line.ref[cand["crime"].to_numpy()], why),
                              lone_row=np.full(len(cand), -1, dtype=np.int64)))
    # (b) no suspect, another victim: the narrative names the victim in full
    free = np.flatnonzero(~taken & (lone.victim >= 0))
    if len(free) and len(threads):
        about_someone = rf"\b(?:{'|'.join(re.escape(w) for w in relations)})\b" \
            if relations else ""
        parts.append(_lone_naming_victim(free, lone, threads, line, window, about_someone,
                                         contradictions))
    if not parts:
        return _no_attachment()
    return Attached(*(np.concatenate([getattr(p, f) for p in parts])
                      for f in ("crime", "group", "reason", "lone_row")))


def _no_attachment() -> Attached:
    empty = np.zeros(0, dtype=np.int64)
    return Attached(crime=empty, group=empty, reason=np.zeros(0, dtype=object),
                    lone_row=empty)


def _proxy_reason(crime: np.ndarray, why: np.ndarray) -> np.ndarray:
    return np.array([f"{c}: proxy: {w} (proxy)" for c, w in zip(crime, why)], dtype=object)


def _in_window(cand: pd.DataFrame, line: Timeline, window: np.timedelta64) -> pd.DataFrame:
    date = line.date[cand["crime"].to_numpy()]
    inside = (date >= cand["first"].to_numpy() - window) & \
        (date <= cand["last"].to_numpy() + window)
    return cand[inside]


def first_and_last(names: pd.Series) -> pa.Array:
    """'first last' of normalised names (middle names dropped), on arrow kernels."""
    arrow = frames.to_arrow(names.astype("str"))
    return pc.replace_substring_regex(arrow, r"^(\S+) (?:.+ )?(\S+)$", r"\1 \2")


def _lone_naming_victim(free: np.ndarray, lone: Lone, threads: pd.DataFrame, line: Timeline,
                        window: np.timedelta64, about: str, contradictions: dict) -> Attached:
    """No-suspect records of another victim whose narrative writes a thread victim's
    full name. Only an organisation's records, or a person's that match `about`, are
    read for names."""
    word = r"[A-Za-z][A-Za-z'\-]+"
    name = r"[A-Z][a-z'\-]+\s+[A-Z][A-Za-z'\-]+"
    speaks = contains_regex(line.narrative.iloc[lone.crime[free]].reset_index(drop=True),
                            rf"\b(?:[Ss]peak|[Tt]alk|[Aa]sk\w*|for|about|to|with|named|"
                            rf"called)\s+{name}\b")
    free = free[speaks]  # one scan of every record, then the few that name someone
    if about and len(free):
        person = ~line.person_is_org[lone.victim[free]]
        person[person] = _matches(line.narrative.iloc[lone.crime[free[person]]], about)
        free = free[person | line.person_is_org[lone.victim[free]]]
    crime = lone.crime[free]
    texts = line.narrative.iloc[crime].reset_index(drop=True)
    rows = np.arange(len(free))
    if len(rows) == 0:
        return _no_attachment()
    pattern = re.compile(rf"(?=\b({word})\s+({word})\b)")  # overlapping word pairs
    found = texts.iloc[rows].str.lower().str.findall(pattern)
    pairs = pd.DataFrame({"row": rows, "found": found.to_numpy()}).explode("found").dropna()
    if pairs.empty:
        return _no_attachment()
    pairs["full"] = [f"{a} {b}" for a, b in pairs["found"]]
    victims = threads[threads["victim"] >= 0][["thread", "victim", "first", "last"]]
    victims = victims[~line.person_is_org[victims["victim"].to_numpy()]]
    wanted = pd.unique(pairs["full"])
    people = np.unique(victims["victim"].to_numpy())
    full = first_and_last(line.person_name.iloc[people])
    hit = frames.member(full, wanted)
    victims = victims[frames.member(victims["victim"], people[hit])].copy()
    victims["full"] = pd.Series(np.asarray(full, dtype=object)[hit],
                                index=people[hit]).reindex(victims["victim"]).to_numpy()
    cand = pairs.merge(victims, on="full")
    cand["crime"] = crime[cand["row"].to_numpy()]
    cand["lone_row"] = free[cand["row"].to_numpy()]
    cand = cand[cand["victim"].to_numpy() != lone.victim[cand["lone_row"].to_numpy()]]
    cand = _in_window(cand, line, window).drop_duplicates(["lone_row", "thread"])
    single = _unique_candidates(cand["lone_row"].to_numpy(), cand["thread"].to_numpy())
    cand = cand[single]
    cand = cand[~contradicted(cand["crime"].to_numpy(), line, contradictions)]
    return Attached(crime=cand["crime"].to_numpy(), group=cand["thread"].to_numpy(),
                    reason=_proxy_reason(line.ref[cand["crime"].to_numpy()],
                                         np.full(len(cand), "the narrative names the victim",
                                                 dtype=object)),
                    lone_row=cand["lone_row"].to_numpy())


def _run_families(bits: np.ndarray, joined: np.ndarray, member: np.ndarray,
                  families: dict, template: str) -> np.ndarray:
    """Per member of a mixed run (sorted positions; position k of `joined` links k and
    k + 1): the template filled with the families the whole run describes."""
    link = np.zeros(len(bits), dtype=bool)
    link[joined] = True
    run_of = np.cumsum(member & ~np.r_[False, link[:-1]]) - 1
    union = np.zeros(int(run_of.max(initial=0)) + 1, dtype=np.int64)
    np.bitwise_or.at(union, run_of[member], bits[member])
    names = family_names(union, families)
    return np.array([template.format(n) for n in names], dtype=object)[run_of[member]]


def pattern_edges(lone: Lone, rows: np.ndarray, families: np.ndarray, line: Timeline,
                  courses: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """unidentified_pattern: (left, right) lone rows to join, and per lone row a reason.

    Per (victim, family), records sorted by date: a record starting a run of at least
    min_records within within_days joins the records of that run, one to the next.
    """
    spec = courses.get("unidentified_pattern") or {}
    need = int(spec.get("min_records", 3))
    within = int(spec.get("within_days", 90))
    reason = np.full(len(lone.crime), "", dtype=object)
    empty = np.zeros(0, dtype=np.int64)
    if not rule_enabled(courses, "unidentified_pattern") or len(rows) == 0:
        return empty, empty, reason
    names = list(courses["behaviour_families"])
    described = None  # per lone row, its own families (named in the reason when mixed)
    if spec.get("mix_families", False):
        # any behaviour counts: one pseudo-family holding every bit
        described = families
        families = np.where(families > 0, 1, 0)
        names = ["mixed"]
    lefts, rights = [], []
    day = line.date[lone.crime[rows]].astype(np.int64)
    dated = ~np.isnat(line.date[lone.crime[rows]])
    for k, family in enumerate(names):
        has = np.flatnonzero(((families[rows] >> k) & 1).astype(bool) & dated)
        if len(has) < need:
            continue
        r, v, d = rows[has], lone.victim[rows[has]], day[has]
        order = np.lexsort((d, v))
        r, v, d = r[order], v[order], d[order]
        # one sorted key: victim, then day (days fit well under 2**24)
        key = v.astype(np.int64) * (1 << 24) + (d - d.min())
        end = np.searchsorted(key, key + within, side="right")  # past the run's end
        run = (end - np.arange(len(key))) >= need
        if not run.any():
            continue
        cover = np.zeros(len(key) + 1, dtype=np.int64)
        np.add.at(cover, np.flatnonzero(run), 1)
        np.add.at(cover, end[run] - 1, -1)
        joined = np.flatnonzero(np.cumsum(cover)[:-1] > 0)  # k joins k + 1
        lefts.append(r[joined])
        rights.append(r[joined + 1])
        member = np.zeros(len(key), dtype=bool)
        member[joined] = member[joined + 1] = True
        text = f"repeated pattern: {family} in at least {need} records within {within} days"
        if described is not None:
            text = _run_families(described[r], joined, member, courses["behaviour_families"],
                                 text.replace(f": {family} in", ": {} in"))
        reason[r[member]] = np.where(reason[r[member]] == "", text,
                                     reason[r[member]] + "; " + text)
    if not lefts:
        return empty, empty, reason
    return np.concatenate(lefts), np.concatenate(rights), reason
