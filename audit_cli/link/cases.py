"""Courses of conduct: crimes grouped by victim and suspect person.

kind 'pair': one case per (victim person, suspect person) with every crime recording both.
kind 'unidentified_suspect': a victim's crimes with no identified suspect, joined when
their narratives share a token (vehicle, phone, email, handle, a described person);
a crime that shares nothing is a case on its own. Every crime is in at least one case.

A million crimes make about a million cases, most of them one crime each. The work is
done on integers (crime positions, person numbers, case numbers); text is made once, at
the end, and only joined for the cases holding several crimes.
"""

from __future__ import annotations

import binascii
import hashlib
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import frames
from audit_cli.link import courses
from audit_cli.link.cluster import connected_components
from audit_cli.link.relations import share_a_value
from audit_cli.names import contains_regex

CASE_COLUMNS = ["case_id", "kind", "victim_person", "suspect_person", "victim", "suspect",
                "crime_refs", "first_date", "last_date", "n_crimes", "recorded_offences",
                "link_reasons", "victim_crimes"]
GROUP_COLUMNS = ["suspect_person", "case_id", "victim_person", "proxy"]
LONE_SINGLE = "single crime with no identified suspect"


@dataclass
class CaseTables:
    """The two case tables of model.py, with the integers they were built from.

    victim, suspect: person number per cases row (-1: none); key: the case_id's hex
    digits as an unsigned integer (same order as the ids); row_case, row_crime: per case_crimes
    row, its cases row and its crime's position in `crimes`.
    """

    cases: pd.DataFrame
    case_crimes: pd.DataFrame
    victim: np.ndarray
    suspect: np.ndarray
    key: np.ndarray
    row_case: np.ndarray
    row_crime: np.ndarray


# 16 hex digits (64 bits): two of a million cases share an id with a chance of about 3 in
# 100 million. With 10 digits (40 bits), as before, that chance was about 0.4 at 1M cases.
ID_HEX = 16
# Stands for "no such party" in the id text (a case with no identified suspect, a crime
# with no victim recorded); a normalised name never holds it.
NO_PARTY = "\x1f"


RECORDED_IDS = "recorded ids"


def case_id(first_crime_ref: str, victim: str | None, suspect: str | None,
            victim_id: str | None = None, suspect_id: str | None = None) -> str:
    """The id of a course of conduct, kept as the course grows (neither the set of its
    crimes nor the person numbers, which clustering assigns afresh each run, go into it).

    A victim and a suspect who both carry a records-system id (the id recorded most often
    for them across the course): those two ids, so the course keeps its id when earlier
    history is added too. Otherwise: its first crime (earliest recorded, then lowest crime
    reference) and the victim's and the suspect's names as recorded on that crime
    (normalised). The rare clash (two courses of the same two ids or names) is settled by
    _case_keys with the case's crime references."""
    if victim_id is not None and suspect_id is not None:
        parts = [RECORDED_IDS, victim_id, suspect_id]
    else:
        parts = [first_crime_ref, NO_PARTY if victim is None else victim,
                 NO_PARTY if suspect is None else suspect]
    return "C-" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:ID_HEX]


def _first_per_crime(crime: np.ndarray, person: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (crime, person), first mention kept, ordered by crime then mention order."""
    width = np.int64(person.max() + 2) if len(person) else np.int64(1)
    repeated = pd.Index(crime * width + person + 1).duplicated()
    keep = np.flatnonzero(~repeated)
    keep = keep[np.argsort(crime[keep], kind="stable")]
    return crime[keep], person[keep]


def crime_pairings(crime: np.ndarray, person: np.ndarray, is_victim: np.ndarray,
                   n_crimes: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(crime, victim, suspect) integers: every victim x suspect of each crime.

    crime: per mention, its position in `crimes` (-1: not a known crime, skipped);
    person: person number. Victim and suspect are -1 where the crime records none (no
    suspect: unidentified; no party at all: both -1). Rows come crime by crime, victims
    in mention order, each with the suspects in mention order; crimes without any party
    come last.
    """
    known = crime >= 0
    v_crime, v_person = _first_per_crime(crime[known & is_victim], person[known & is_victim])
    s_crime, s_person = _first_per_crime(crime[known & ~is_victim], person[known & ~is_victim])
    n_v = np.bincount(v_crime, minlength=n_crimes)
    n_s = np.bincount(s_crime, minlength=n_crimes)
    v_start = np.cumsum(n_v) - n_v
    s_start = np.cumsum(n_s) - n_s
    seen = np.flatnonzero((n_v + n_s) > 0)
    v_slots, s_slots = np.maximum(n_v[seen], 1), np.maximum(n_s[seen], 1)
    per_crime = v_slots * s_slots
    row_crime = np.repeat(seen, per_crime)
    within = np.arange(len(row_crime)) - np.repeat(np.cumsum(per_crime) - per_crime, per_crime)
    s_width = np.repeat(s_slots, per_crime)
    # a crime without victims (or suspects) has one slot for them: the -1 at the end
    v_at = np.where(n_v[row_crime] > 0, v_start[row_crime] + within // s_width, len(v_person))
    s_at = np.where(n_s[row_crime] > 0, s_start[row_crime] + within % s_width, len(s_person))
    victim = np.append(v_person, -1)[v_at]
    suspect = np.append(s_person, -1)[s_at]
    bare = np.flatnonzero((n_v + n_s) == 0)
    none = np.full(len(bare), -1, dtype=np.int64)
    return (np.concatenate([row_crime, bare]).astype(np.int64),
            np.concatenate([victim, none]).astype(np.int64),
            np.concatenate([suspect, none]).astype(np.int64))


def join_per_group(keys: pd.Series, values: pd.Series, sep: str = ";") -> pd.Series:
    """Sorted distinct values joined per key, without a Python call per group."""
    frame = pd.DataFrame({"key": keys.to_numpy(), "value": values.to_numpy(dtype=object)})
    frame = frame.dropna().drop_duplicates().sort_values(["key", "value"], kind="stable")
    codes, uniques = pd.factorize(frame["key"])
    joined = frames.group_join(codes, frame["value"].astype(str), len(uniques), sep)
    return frames.strings(joined, index=uniques)


def _narrative_tokens(crimes: pd.DataFrame, crime_codes: np.ndarray,
                      settings: dict) -> pd.DataFrame:
    """(crime, token) rows, token like "phone 07700900123", for the given crime positions."""
    token_specs = ((settings.get("unidentified_suspect") or {}).get("tokens")) or {}
    empty = pd.DataFrame({"crime": pd.Series(dtype=np.int64), "token": pd.Series(dtype=object)})
    if not token_specs or len(crime_codes) == 0:
        return empty
    texts = crimes["narrative"].fillna("").astype("str").iloc[crime_codes]
    texts.index = crime_codes
    # one scan for any token picks the few narratives the per-kind scans need to read
    texts = texts[contains_regex(texts, "|".join(f"(?:{p})" for p in token_specs.values()))]
    found = []
    for kind, pattern in token_specs.items():
        compiled = re.compile(pattern)
        if compiled.groups == 0:  # the token is the whole match unless a group says which part
            compiled = re.compile(f"({pattern})")
        # the fast RE2 scan picks the narratives; Python's re extracts from those few
        subset = texts[contains_regex(texts, pattern)].astype(object)
        matches = subset.str.extractall(compiled) if len(subset) else pd.DataFrame()
        if matches.empty:
            continue
        value = matches.iloc[:, 0].astype(str)
        value = value.str.upper().str.replace(r"[\s]", "", regex=True)
        if kind in ("email", "handle", "described_person"):
            value = value.str.lower()
        if kind == "phone":
            value = value.str.replace(r"^\+44", "0", regex=True)
        found.append(pd.DataFrame({"crime": matches.index.get_level_values(0).to_numpy(),
                                   "token": (kind + " " + value).to_numpy(dtype=object)}))
    if not found:
        return empty
    return pd.concat(found, ignore_index=True).drop_duplicates()


def _unidentified_groups(crime: np.ndarray, victim: np.ndarray, crimes: pd.DataFrame,
                         settings: dict, extra_left: np.ndarray | None = None,
                         extra_right: np.ndarray | None = None) -> tuple[np.ndarray,
                                                                         np.ndarray]:
    """(group label, reason) per crime with no identified suspect (distinct crime, victim).

    A victim's crimes join when their narratives share a token, or along extra edges
    (positions in `crime`: the repeated-pattern rule of courses.py); a crime with no
    victim recorded stays alone. A group joined by the pattern alone gets reason "": the
    pattern's own reasons say why.
    """
    lone = pd.DataFrame({"crime": crime, "victim": victim, "node": np.arange(len(crime))})
    victim_key = np.where(victim >= 0, victim, -1 - crime)
    tokens = _narrative_tokens(crimes, pd.unique(crime), settings)
    shared = lone.assign(vkey=victim_key).merge(tokens, on="crime")
    shared = shared.sort_values(["vkey", "token", "node"])
    first_node = shared.groupby(["vkey", "token"])["node"].transform("first")
    n_in = shared.groupby(["vkey", "token"])["node"].transform("size")
    links = shared[n_in > 1]
    no_edges = np.zeros(0, dtype=np.int64)
    extra_left = no_edges if extra_left is None else extra_left
    extra_right = no_edges if extra_right is None else extra_right
    labels = connected_components(len(lone), np.r_[first_node[n_in > 1].to_numpy(),
                                                   extra_left].astype(np.int64),
                                  np.r_[links["node"].to_numpy(), extra_right].astype(np.int64))
    reasons = links.assign(group=labels[links["node"].to_numpy()])
    reasons = reasons.drop_duplicates(["group", "token"]).sort_values(["group", "token"])
    reason_text = join_per_group(reasons["group"], reasons["token"], sep="; ")
    reason = np.full(len(lone), LONE_SINGLE, dtype=object)
    in_pattern = np.zeros(len(lone), dtype=bool)
    in_pattern[labels[np.r_[extra_left, extra_right].astype(np.int64)]] = True
    reason[in_pattern[labels]] = ""
    if len(reason_text):
        text = ("narratives share: " + reason_text).to_numpy(dtype=object)
        at = pd.Index(reason_text.index).get_indexer(labels)
        reason[at >= 0] = text[at[at >= 0]]
    return labels, reason


def _crime_dates(crimes: pd.DataFrame) -> np.ndarray:
    date = crimes["offence_date"] if "offence_date" in crimes else crimes["recorded_date"]
    if "recorded_date" in crimes:
        date = date.fillna(crimes["recorded_date"])
    return pd.to_datetime(date).to_numpy()


def _group_min_max(dates: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last date per group of consecutive rows; NaT only where a group has none."""
    stamp = dates.view(np.int64)
    nat = np.iinfo(np.int64).min  # NaT's integer: already the smallest for the maximum
    low = np.minimum.reduceat(np.where(stamp == nat, np.iinfo(np.int64).max, stamp), starts)
    high = np.maximum.reduceat(stamp, starts)
    low = np.where(low == np.iinfo(np.int64).max, nat, low)
    return low.view(dates.dtype), high.view(dates.dtype)


def _texts_per_group(single: np.ndarray, single_at: np.ndarray, singles: pa.Array,
                     multi_group: np.ndarray, multi_values: np.ndarray,
                     n_groups: int) -> pa.Array:
    """One text per group: singles[single_at] where `single`, else its values ';'-joined.

    multi_group, multi_values: the values of the other groups, sorted by group then
    value, no duplicates. Only those few thousand groups are joined in Python strings.
    """
    multi = np.flatnonzero(~single)
    slot = np.full(n_groups, -1, dtype=np.int64)
    slot[multi] = np.arange(len(multi))
    joined = frames.group_join(slot[multi_group], multi_values, len(multi), ";")
    both = pa.concat_arrays([singles, joined])
    index = np.where(single, single_at, len(singles) + slot)
    return both.take(pa.array(index))


def _sha1_keys(text: pa.Array) -> tuple[bytes, np.ndarray]:
    """The first ID_HEX/2 bytes of each text's sha1, joined, and as unsigned integers."""
    sha1 = hashlib.sha1
    size = ID_HEX // 2
    digests = b"".join([sha1(t).digest()[:size]
                        for t in text.cast(pa.large_binary()).to_pylist()])
    return digests, np.frombuffer(digests, dtype=">u8").astype(np.uint64)  # big-endian


def _case_keys(first_ref: pa.Array, victim: pa.Array, suspect: pa.Array,
               victim_id: pa.Array, suspect_id: pa.Array,
               crime_refs: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """case_id per case (as case_id() makes it) and its digest as an unsigned integer,
    which sorts as the id does. victim, suspect: the names on the first crime, null where
    the case has no such party; victim_id, suspect_id: recorded ids, null where none.
    Cases that would share an id are told apart by adding their crime references.

    One sha1 per case is unavoidable; everything around it is done on whole arrays.
    """
    bar = pa.scalar("|", pa.large_string())
    by_names = pc.binary_join_element_wise(
        *[pc.fill_null(part.cast(pa.large_string()), NO_PARTY)
          for part in (first_ref, victim, suspect)], bar)
    by_ids = pc.binary_join_element_wise(pa.scalar(RECORDED_IDS, pa.large_string()),
                                         victim_id.cast(pa.large_string()),
                                         suspect_id.cast(pa.large_string()), bar)
    text = pc.if_else(pc.is_valid(by_ids), by_ids, by_names)
    digests, key = _sha1_keys(text)
    clash = pd.Index(key).duplicated(keep=False)
    if clash.any():
        at = np.flatnonzero(clash)
        taken = pa.array(at)
        again = pc.binary_join_element_wise(text.take(taken), crime_refs.take(taken), bar)
        fixed, fixed_key = _sha1_keys(again)
        size = ID_HEX // 2
        parts_of = bytearray(digests)
        for slot, row in enumerate(at):
            parts_of[row * size:(row + 1) * size] = fixed[slot * size:(slot + 1) * size]
        digests, key = bytes(parts_of), key.copy()
        key[at] = fixed_key
    n = len(text)
    width = 2 + ID_HEX
    chars = np.empty((n, width), dtype=np.uint8)
    chars[:, 0], chars[:, 1] = ord("C"), ord("-")
    chars[:, 2:] = np.frombuffer(binascii.hexlify(digests), dtype=np.uint8).reshape(n, ID_HEX)
    offsets = np.arange(0, width * n + 1, width, dtype=np.int64)
    ids = pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets.tobytes()),
                                           pa.py_buffer(chars.tobytes()))
    return ids, key


def _first_crimes(crimes: pd.DataFrame, ref_rank: np.ndarray, row_crime: np.ndarray,
                  starts: np.ndarray) -> np.ndarray:
    """Per group, the position of its first crime: earliest recorded, then lowest crime
    reference (the crime reference alone when no recorded date is known)."""
    if "recorded_date" in crimes:
        day = pd.to_datetime(crimes["recorded_date"]).to_numpy("datetime64[ns]").view(np.int64)
        day = np.where(day == np.iinfo(np.int64).min, np.iinfo(np.int64).max, day)
        rank = np.empty(len(crimes), dtype=np.int64)
        rank[np.lexsort((ref_rank, day))] = np.arange(len(crimes))
    else:
        rank = ref_rank
    by_rank = np.empty(len(crimes), dtype=np.int64)
    by_rank[rank] = np.arange(len(crimes))
    if len(starts) == 0:
        return np.zeros(0, dtype=np.int64)
    return by_rank[np.minimum.reduceat(rank[row_crime], starts)]  # rows come group by group


@dataclass
class MentionValues:
    """One text per (crime, person) mention key, as integer codes: the smallest value
    where one crime records a person twice (so the choice ignores row order). distinct:
    the values, sorted, so that code order is value order."""

    keys: pd.Index  # crime * width + person + 1
    code: np.ndarray
    distinct: np.ndarray
    width: np.int64

    @classmethod
    def of(cls, crime: np.ndarray, person: np.ndarray, values: pd.Series) -> MentionValues:
        width = np.int64(max(int(person.max()) if len(person) else 0, 0) + 2)
        code, distinct = pd.factorize(values.reset_index(drop=True), sort=True)
        known = (crime >= 0) & (code >= 0)
        smallest = pd.Series(code[known]).groupby(crime[known] * width + person[known] + 1,
                                                  sort=False).min()
        return cls(keys=smallest.index, code=smallest.to_numpy(),
                   distinct=np.asarray(distinct, dtype=object), width=width)

    def codes_at(self, crime: np.ndarray, person: np.ndarray) -> np.ndarray:
        """The code recorded for each (crime, person); -1 where none (or person < 0)."""
        if len(self.code) == 0:  # nothing recorded at all (e.g. no records-system ids)
            return np.full(len(crime), -1, dtype=np.int64)
        at = self.keys.get_indexer(crime * self.width + person + 1)
        return np.where((at >= 0) & (person >= 0), self.code[np.maximum(at, 0)], -1)

    def texts(self, codes: np.ndarray) -> pa.Array:
        """The values of codes; null for -1."""
        values = np.append(self.distinct, None)
        return pa.array(values[np.where(codes >= 0, codes, len(self.distinct))],
                        type=pa.large_string())


def _most_recorded(ids: MentionValues, group: np.ndarray, row_crime: np.ndarray,
                   party: np.ndarray) -> pa.Array:
    """Per group, the id its party (victim or suspect number per group, -1: none) carries
    most often across the group's crimes; ties go to the smallest id. Null where none."""
    n_groups = len(party)
    code = ids.codes_at(row_crime, party[group]) if n_groups else np.zeros(0, np.int64)
    found = code >= 0
    n_codes = np.int64(max(len(ids.distinct), 1))
    pairs, counts = np.unique(group[found] * n_codes + code[found], return_counts=True)
    owner_group, owner_code = pairs // n_codes, pairs % n_codes
    best = np.lexsort((owner_code, -counts, owner_group))  # most often, then smallest id
    if len(best):
        best = best[np.r_[True, owner_group[best][1:] != owner_group[best][:-1]]]
    chosen = np.full(n_groups, -1, dtype=np.int64)
    chosen[owner_group[best]] = owner_code[best]
    return ids.texts(chosen)


def build_cases(crime: np.ndarray, person: np.ndarray, is_victim: np.ndarray,
                persons: pd.DataFrame, crimes: pd.DataFrame, settings: dict,
                mention_names: pd.Series | None = None,
                mention_ids: pd.Series | None = None) -> CaseTables:
    """cases and case_crimes per model.py, from each mention's crime position, person number
    and role. persons row k is person number k + 1 (as build_persons makes it). mention_names:
    each mention's normalised name (the course rules compare names; case ids use the names
    recorded on the course's first crime), mention_ids: its records-system id (case ids);
    None: no names, no ids recorded.
    """
    crimes = crimes.reset_index(drop=True)
    p_crime, p_victim, p_suspect = crime_pairings(crime, person, is_victim, len(crimes))
    dates = _crime_dates(crimes)
    person_norm = None
    if mention_names is not None:
        first = frames.first_rows(person)
        person_norm = np.full(len(persons) + 1, "", dtype=object)
        person_norm[person[first]] = mention_names.fillna("").to_numpy(dtype=object)[first]
    course = _course_rows(p_crime, p_victim, p_suspect, persons, crimes, dates, settings,
                          person_norm)
    group, row_crime = course.group, course.crime

    refs = frames.to_arrow(crimes["crime_ref"].astype("str"))
    ref_rank = np.empty(len(refs), dtype=np.int64)
    ref_rank[np.asarray(pc.sort_indices(refs))] = np.arange(len(refs))
    order = np.lexsort((ref_rank[row_crime], group))
    group, row_crime = group[order], row_crime[order]
    n_groups = int(group.max()) + 1 if len(group) else 0
    sizes = np.bincount(group, minlength=n_groups)
    starts = np.cumsum(sizes) - sizes
    victim, suspect = course.victim[order][starts], course.suspect[order][starts]
    first_date, last_date = _group_min_max(dates[row_crime], starts) if \
        n_groups else (np.zeros(0, "datetime64[us]"),) * 2
    single = sizes == 1
    in_multi = np.flatnonzero(~single[group])
    multi_refs = np.asarray(refs.take(pa.array(row_crime[in_multi])), dtype=object)
    crime_refs = _texts_per_group(single, row_crime[starts], refs, group[in_multi], multi_refs,
                                  n_groups)
    offences = _offences_per_group(crimes, group, row_crime, single, starts, n_groups)

    ids = frames.to_arrow(persons["person_id"].astype("str"))
    names = frames.to_arrow(persons["display_name"].fillna("").astype("str"))
    names = pa.concat_arrays([names, pa.array([""], type=pa.large_string())])
    victim_ids, suspect_ids = ids.take(pa.array(np.maximum(victim - 1, 0), mask=victim < 0)), \
        ids.take(pa.array(np.maximum(suspect - 1, 0), mask=suspect < 0))
    first_crime = _first_crimes(crimes, ref_rank, row_crime, starts)
    absent = pd.Series(pd.NA, index=range(len(crime)), dtype="str")
    spelled = MentionValues.of(crime, person,
                               absent if mention_names is None else mention_names)
    recorded = MentionValues.of(crime, person, absent if mention_ids is None else mention_ids)
    parties = {"victim": np.where(victim >= 0, victim, -1),
               "suspect": np.where(suspect >= 0, suspect, -1)}
    case_ids, key = _case_keys(
        refs.take(pa.array(first_crime)),
        *[spelled.texts(spelled.codes_at(first_crime, parties[role]))
          for role in ("victim", "suspect")],
        *[_most_recorded(recorded, group, row_crime, parties[role])
          for role in ("victim", "suspect")],
        crime_refs)
    direct = np.bincount(group[course.direct[order]], minlength=n_groups)
    reasons = _link_reasons(suspect >= 0, direct, course.base_reason[order][starts])
    reasons = _with_attachments(reasons, group, course.extra_reason[order], n_groups)
    victim_crimes = _victim_crimes(p_crime, p_victim, ref_rank, refs, victim, crime_refs,
                                   persons["is_org"].to_numpy(dtype=bool))

    # by first date; ties keep the order the pairings were met in (deterministic)
    out = np.argsort(first_date, kind="stable")
    cases = pd.DataFrame({
        "case_id": pd.array(case_ids.take(pa.array(out)), dtype="str"),
        "kind": pd.array(np.where(suspect[out] >= 0, "pair", "unidentified_suspect"),
                         dtype="str"),
        "victim_person": pd.array(victim_ids.take(pa.array(out)), dtype="str"),
        "suspect_person": pd.array(suspect_ids.take(pa.array(out)), dtype="str"),
        "victim": frames.take_strings(names, np.where(victim >= 0, victim - 1,
                                                      len(names) - 1)[out]),
        "suspect": frames.take_strings(names, np.where(suspect >= 0, suspect - 1,
                                                       len(names) - 1)[out]),
        "crime_refs": pd.array(crime_refs.take(pa.array(out)), dtype="str"),
        "first_date": first_date[out], "last_date": last_date[out],
        "n_crimes": sizes[out].astype(np.int64),
        "recorded_offences": pd.array(offences.take(pa.array(out)), dtype="str"),
        "link_reasons": pd.array(reasons.take(pa.array(out)), dtype="str"),
        "victim_crimes": pd.array(victim_crimes.take(pa.array(out)), dtype="str"),
    })
    # case_crimes sorted by case_id, then crime_ref (rows are in crime_ref order per group)
    position = np.empty(n_groups, dtype=np.int64)
    position[out] = np.arange(n_groups)
    id_rank = np.empty(n_groups, dtype=np.int64)
    id_rank[np.argsort(key, kind="stable")] = np.arange(n_groups)
    row_order = np.argsort(id_rank[group], kind="stable")
    case_crimes = pd.DataFrame({
        "case_id": pd.array(case_ids.take(pa.array(group[row_order])), dtype="str"),
        "crime_ref": pd.array(refs.take(pa.array(row_crime[row_order])), dtype="str"),
    })
    return CaseTables(cases=cases, case_crimes=case_crimes, victim=victim[out],
                      suspect=suspect[out], key=key[out], row_case=position[group[row_order]],
                      row_crime=row_crime[row_order])


@dataclass
class CourseRows:
    """Each (course, crime) membership: group 0..k-1, crime position, the course's victim
    and suspect person numbers, direct (the crime records that victim and suspect, or is
    a no-suspect crime of its own group), the group's base reason (no-suspect groups) and
    the reason an attachment rule gave ("" when none)."""

    group: np.ndarray
    crime: np.ndarray
    victim: np.ndarray
    suspect: np.ndarray
    direct: np.ndarray
    base_reason: np.ndarray
    extra_reason: np.ndarray


def _course_rows(p_crime: np.ndarray, p_victim: np.ndarray, p_suspect: np.ndarray,
                 persons: pd.DataFrame, crimes: pd.DataFrame, dates: np.ndarray,
                 settings: dict, person_norm: np.ndarray | None = None) -> CourseRows:
    """The victim's threads (victim, suspect) with the records rules/courses.yml attaches,
    and the no-suspect groups made of what is left (courses.py explains the rules)."""
    rules = settings.get("courses") or {}
    paired = np.flatnonzero(p_suspect >= 0)
    # one thread per (victim, suspect); a crime with no victim recorded is a thread alone
    victim_key = np.where(p_victim[paired] >= 0, p_victim[paired] + len(crimes),
                          p_crime[paired])
    width = np.int64(p_suspect.max() + 1) if len(paired) else np.int64(1)
    pair_group, _ = pd.factorize(victim_key * width + p_suspect[paired])
    n_pair = int(pair_group.max()) + 1 if len(pair_group) else 0
    line = courses.timeline(crimes, persons, dates, person_norm)
    threads = courses.Threads(group=pair_group, crime=p_crime[paired],
                              victim=p_victim[paired], suspect=p_suspect[paired],
                              reason=np.full(len(paired), "", dtype=object))
    lead, merged_why = courses.merge_name_variants(threads, line, n_pair, rules)
    head = np.zeros(n_pair, dtype=np.int64)
    head[pair_group[::-1]] = np.arange(len(paired))[::-1]  # first row of each thread
    thread_no, leads = pd.factorize(lead[pair_group])
    n_threads = len(leads)
    threads = courses.Threads(group=thread_no.astype(np.int64), crime=p_crime[paired],
                              victim=p_victim[paired][head[lead[pair_group]]],
                              suspect=p_suspect[paired][head[lead[pair_group]]],
                              reason=merged_why[pair_group])
    table = courses._thread_table(threads, line.date, n_threads)

    lone_rows = np.flatnonzero(p_suspect < 0)
    lone = courses.Lone(crime=p_crime[lone_rows], victim=p_victim[lone_rows])
    families, pattern_families = _lone_families(lone, table, line, rules)
    unknown = courses.attach_unknown(lone, threads, table, line, rules, families) if \
        courses.rule_enabled(rules, "unknown_suspect") else courses._no_attachment()
    taken = np.zeros(len(lone_rows), dtype=bool)
    taken[unknown.lone_row] = True
    proxy = courses.attach_proxy(threads, lone, table, line, rules, taken,
                                 (settings.get("proxy") or {}).get("words") or []) if \
        courses.rule_enabled(rules, "proxy") else courses._no_attachment()
    taken[proxy.lone_row[proxy.lone_row >= 0]] = True

    rest = np.flatnonzero(~taken)
    at = np.full(len(lone_rows), -1, dtype=np.int64)
    at[rest] = np.arange(len(rest))
    left, right, pattern_why = courses.pattern_edges(
        lone, rest[(pattern_families[rest] > 0) & (lone.victim[rest] >= 0)],
        pattern_families, line, rules)
    lone_label, lone_reason = _unidentified_groups(lone.crime[rest], lone.victim[rest],
                                                   crimes, settings, at[left], at[right])
    lone_group, _ = pd.factorize(lone_label)
    attached = [unknown, proxy]
    n = [len(paired), len(rest)] + [len(a.crime) for a in attached]
    none = np.full(sum(n[2:]), "", dtype=object)
    attach_group = np.concatenate([a.group for a in attached]).astype(np.int64)
    rows = CourseRows(
        group=np.concatenate([threads.group, lone_group + n_threads, attach_group]),
        crime=np.concatenate([threads.crime, lone.crime[rest]] + [a.crime for a in attached]),
        victim=np.concatenate([threads.victim, lone.victim[rest],
                               table["victim"].to_numpy()[attach_group]]),
        suspect=np.concatenate([threads.suspect, np.full(len(rest), -1, dtype=np.int64),
                                table["suspect"].to_numpy()[attach_group]]),
        direct=np.r_[threads.reason == "", np.ones(len(rest), dtype=bool),
                     np.zeros(len(attach_group), dtype=bool)],
        base_reason=np.concatenate([np.full(len(paired), "", dtype=object), lone_reason,
                                    none]),
        extra_reason=np.concatenate([threads.reason, pattern_why[rest]]
                                    + [a.reason for a in attached]),
    )
    if len(proxy.crime) == 0:
        return rows
    # a crime met twice in one course (recorded with the victim and also as a proxy)
    # counts once, as recorded
    order = np.lexsort((~rows.direct, rows.crime, rows.group))
    keep = order[frames.first_rows(rows.group[order], rows.crime[order])]
    keep.sort()
    return CourseRows(*(getattr(rows, f)[keep] for f in CourseRows.__dataclass_fields__))


def _lone_families(lone: "courses.Lone", table: pd.DataFrame, line: "courses.Timeline",
                   rules: dict) -> tuple[np.ndarray, np.ndarray]:
    """Behaviour families per no-suspect row: (for a named thread, for an unidentified
    pattern), 0 where contradicted (a stranger contradicts the first only). Read only for
    victims with a thread or with enough no-suspect records to make a pattern."""
    families = rules.get("behaviour_families") or {}
    bits = np.zeros(len(lone.crime), dtype=np.int64)
    if not families or len(lone.crime) == 0:
        return bits, bits.copy()
    need = int((rules.get("unidentified_pattern") or {}).get("min_records", 3))
    n_people = int(max(lone.victim.max(initial=-1), table["victim"].max() if len(table)
                       else -1)) + 2
    has_thread = np.zeros(n_people, dtype=bool)
    has_thread[table["victim"].to_numpy()[table["victim"].to_numpy() >= 0]] = True
    count = np.bincount(lone.victim[lone.victim >= 0], minlength=n_people)
    victim = np.where(lone.victim >= 0, lone.victim, n_people - 1)
    read = np.flatnonzero((lone.victim >= 0) & (has_thread[victim] | (count[victim] >= need)))
    if len(read) == 0:
        return bits, bits.copy()
    crime = lone.crime[read]
    found = courses.families_of(line.narrative.iloc[crime], families)
    contradictions = rules.get("contradictions") or {}
    pattern_bits = bits.copy()
    bits[read] = np.where(courses.contradicted(crime, line, contradictions), 0, found)
    pattern_bits[read] = np.where(
        courses.contradicted(crime, line, contradictions, named=False), 0, found)
    return bits, pattern_bits


def _with_attachments(reasons: pa.Array, group: np.ndarray, extra: np.ndarray,
                      n_groups: int) -> pa.Array:
    """Each group's reason followed by the distinct reasons of its attached records."""
    has = np.flatnonzero(extra != "")
    if len(has) == 0:
        return reasons
    frame = pd.DataFrame({"group": group[has], "why": extra[has]}).drop_duplicates()
    frame = frame.sort_values(["group", "why"], kind="stable")
    codes, uniques = pd.factorize(frame["group"])
    joined = np.asarray(frames.group_join(codes, frame["why"].astype(str), len(uniques),
                                          "; "), dtype=object)
    base = np.asarray(reasons, dtype=object)
    at = uniques.to_numpy()
    head = base[at]
    base[at] = np.where(head == "", joined, head + "; " + joined)
    return pa.array(base, type=pa.large_string())


# victim_crimes lists at most this many of a person's crimes (then "+N more"): a person
# with thousands of records is a recording error, and each of their cases repeats the list
MAX_TIMELINE = 200


def _victim_crimes(p_crime: np.ndarray, p_victim: np.ndarray, ref_rank: np.ndarray,
                   refs: pa.Array, victim: np.ndarray, crime_refs: pa.Array,
                   is_org: np.ndarray) -> pa.Array:
    """Per case, every crime of its victim person (sorted refs, ';'-joined): the victim's
    whole timeline. A case without a victim person, or whose victim is an organisation
    (a shop's hundreds of thefts are no timeline), shows its own crimes."""
    known = p_victim >= 0
    known[known] = ~is_org[p_victim[known] - 1]  # person number k is persons row k - 1
    width = np.int64(len(ref_rank) + 1)
    distinct = frames.sorted_unique(p_victim[known] * width + ref_rank[p_crime[known]])
    owner, rank = distinct // width, distinct % width
    by_rank = np.empty(len(ref_rank), dtype=np.int64)
    by_rank[ref_rank] = np.arange(len(ref_rank))
    n_people = int(max(owner.max(initial=-1), victim.max(initial=-1))) + 1
    count = np.bincount(owner, minlength=n_people)
    nth = np.arange(len(owner)) - (np.cumsum(count) - count)[owner]
    shown = nth < MAX_TIMELINE
    owner, rank = owner[shown], rank[shown]
    single = count == 1
    first = np.zeros(n_people, dtype=np.int64)
    first[owner[::-1]] = by_rank[rank[::-1]]
    multi = ~single[owner]
    texts = _texts_per_group(single, first, refs, owner[multi],
                             refs.take(pa.array(by_rank[rank[multi]])), n_people)
    over = np.flatnonzero(count > MAX_TIMELINE)
    if len(over):
        more = pa.array([f";+{n - MAX_TIMELINE} more" for n in count[over]],
                        type=pa.large_string())
        tail = pa.array(np.full(n_people, ""), type=pa.large_string())
        tail = pc.replace_with_mask(tail, pa.array(count > MAX_TIMELINE), more)
        texts = pc.binary_join_element_wise(texts, tail, pa.scalar("", pa.large_string()))
    has_timeline = (victim >= 0) & (count[np.maximum(victim, 0)] > 0)
    own = texts.take(pa.array(np.where(has_timeline, victim, 0)))
    return pc.if_else(pa.array(has_timeline), own, crime_refs)


def _link_reasons(is_pair: np.ndarray, sizes: np.ndarray, lone_reason: np.ndarray) -> pa.Array:
    """Why each group's crimes were put together; few distinct texts, made once each."""
    most = int(sizes.max()) if len(sizes) else 0
    wording = [f"victim and suspect recorded together in {n} crime{'s' * (n > 1)}"
               for n in range(most + 1)]
    codes, texts = pd.factorize(pd.Series(lone_reason[~is_pair], dtype=object))
    index = np.empty(len(sizes), dtype=np.int64)
    index[is_pair] = sizes[is_pair]
    index[~is_pair] = len(wording) + codes
    every = pa.array(wording + list(texts), type=pa.large_string())
    return every.take(pa.array(index))


def _offences_per_group(crimes: pd.DataFrame, group: np.ndarray, row_crime: np.ndarray,
                        single: np.ndarray, starts: np.ndarray, n_groups: int) -> pa.Array:
    """Distinct offence titles per group, sorted and ';'-joined."""
    if "offence" not in crimes:
        return pa.array(np.full(n_groups, ""), type=pa.large_string())
    codes, titles = pd.factorize(crimes["offence"], sort=True)  # code order = title order
    titles = pa.array(list(titles) + [""], type=pa.large_string())
    code = codes[row_crime]
    in_multi = ~single[group] & (code >= 0)
    width = np.int64(len(titles))
    distinct = frames.sorted_unique(group[in_multi] * width + code[in_multi])  # group, title
    values = np.asarray(titles, dtype=object)[distinct % width]
    first = code[starts]
    return _texts_per_group(single, np.where(first >= 0, first, len(titles) - 1), titles,
                            distinct // width, values, n_groups)


def build_suspect_groups(tables: CaseTables, mentions: pd.DataFrame, crimes: pd.DataFrame,
                         settings: dict) -> pd.DataFrame:
    """One row per pair case, grouped by suspect; proxy marks victims around the first victim.

    mentions: the resolved parties (person_no, postcode).
    """
    proxy_cfg = settings.get("proxy") or {}
    days = np.timedelta64(int(float(proxy_cfg.get("interleave_days", 30)) * 86400), "s")
    cases = tables.cases
    pair = np.flatnonzero((tables.suspect >= 0) & (tables.victim >= 0))
    if len(pair) == 0:
        return pd.DataFrame({"suspect_person": pd.Series(dtype="str"),
                             "case_id": pd.Series(dtype="str"),
                             "victim_person": pd.Series(dtype="str"),
                             "proxy": pd.Series(dtype=bool)})
    suspect, victim = tables.suspect[pair], tables.victim[pair]
    first_date = cases["first_date"].to_numpy(dtype="datetime64[s]")[pair]
    last_date = cases["last_date"].to_numpy(dtype="datetime64[s]")[pair]
    order = np.lexsort((tables.key[pair], first_date, suspect))
    pair, suspect, victim = pair[order], suspect[order], victim[order]
    first_date, last_date = first_date[order], last_date[order]
    starts = np.flatnonzero(np.r_[True, suspect[1:] != suspect[:-1]])
    head = np.repeat(starts, np.diff(np.r_[starts, len(suspect)]))
    first_victim = victim[head]
    interleaved = ((first_date <= last_date[head] + days)
                   & (last_date >= first_date[head] - days))
    other = victim != first_victim
    same_postcode = _shares_postcode(victim, first_victim, mentions) & other
    mentioned = _mentions_proxy(pair, other, tables, crimes, proxy_cfg)
    out = pd.DataFrame({
        "suspect_person": cases["suspect_person"].array.take(pair),
        "case_id": cases["case_id"].array.take(pair),
        "victim_person": cases["victim_person"].array.take(pair),
        "proxy": other & (same_postcode | mentioned | interleaved),
    })
    return out[GROUP_COLUMNS]


def _shares_postcode(victim: np.ndarray, first_victim: np.ndarray,
                     mentions: pd.DataFrame) -> np.ndarray:
    """The case's victim was recorded at a postcode of the suspect's first victim."""
    person = mentions["person_no"].to_numpy(dtype=np.int64)
    involved = np.zeros(int(person.max()) + 1, dtype=bool)
    involved[victim] = involved[first_victim] = True
    known = mentions["postcode"].notna().to_numpy() & involved[person]  # the few that matter
    code, _ = pd.factorize(mentions["postcode"][known])
    person = person[known]
    width = np.int64(len(code) + 1)
    places = frames.sorted_unique(person * width + code)  # sorted by person, then postcode
    return share_a_value(places, width, victim, first_victim)


def _mentions_proxy(pair: np.ndarray, other: np.ndarray, tables: CaseTables,
                    crimes: pd.DataFrame, proxy_cfg: dict) -> np.ndarray:
    """A crime of the case names a relation (mum, new partner, colleague...)."""
    words = [str(w) for w in proxy_cfg.get("words", []) if str(w).strip()]
    hit = np.zeros(len(pair), dtype=bool)
    if not words or not other.any():
        return hit
    # only the other victims' crimes can show a proxy, so only they are read
    pattern = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    wanted_case = np.zeros(len(tables.cases), dtype=bool)
    wanted_case[pair[other]] = True
    rows = np.flatnonzero(wanted_case[tables.row_case])
    crime = frames.sorted_unique(tables.row_crime[rows])
    texts = crimes["narrative"].reset_index(drop=True).fillna("").astype("str").iloc[crime]
    named = np.zeros(len(crimes), dtype=bool)
    named[crime[contains_regex(texts, pattern, ignore_case=True)]] = True
    case_named = np.zeros(len(tables.cases), dtype=bool)
    case_named[tables.row_case[rows[named[tables.row_crime[rows]]]]] = True
    return case_named[pair]
