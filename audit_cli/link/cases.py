"""Courses of conduct: crimes grouped by victim and suspect person.

kind 'pair': one case per (victim person, suspect person) with every crime recording both.
kind 'unidentified_suspect': a victim's crimes with no identified suspect, joined when
their narratives share a token (vehicle, phone, email, handle, a described person);
a crime that shares nothing is a case on its own. Every crime is in at least one case.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from audit_cli.link.cluster import connected_components
from audit_cli.names import contains_regex

CASE_COLUMNS = ["case_id", "kind", "victim_person", "suspect_person", "victim", "suspect",
                "crime_refs", "first_date", "last_date", "n_crimes", "recorded_offences",
                "link_reasons"]
GROUP_COLUMNS = ["suspect_person", "case_id", "victim_person", "proxy"]


def case_id(crime_refs: str, victim: str, suspect: str) -> str:
    """Stable id: the same crimes, victim and suspect always give the same id."""
    text = f"{crime_refs}|{victim}|{suspect}"
    return "C-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def is_in(values: pd.Series, allowed) -> pd.Series:
    """Series.isin through a hash index (the Arrow string isin walks values in Python)."""
    index = pd.Index(pd.Series(allowed).to_numpy(dtype=object)).unique()
    found = index.get_indexer(values.to_numpy(dtype=object)) >= 0
    return pd.Series(found, index=values.index)


def join_per_group(keys: pd.Series, values: pd.Series, sep: str = ";") -> pd.Series:
    """Sorted distinct values joined per key, without a Python call per group.

    Values are appended rank by rank (all groups' first values, then all second
    values...), so the work is one vectorised step per rank of the largest group.
    """
    frame = pd.DataFrame({"key": keys.to_numpy(), "value": values.to_numpy(dtype=object)})
    frame = frame.dropna().drop_duplicates().sort_values(["key", "value"], kind="stable")
    codes, uniques = pd.factorize(frame["key"])
    rank = frame.groupby("key", sort=False).cumcount().to_numpy()
    vals = frame["value"].astype(str).to_numpy(dtype=object)
    out = np.full(len(uniques), "", dtype=object)
    order = np.argsort(rank, kind="stable")
    bounds = np.searchsorted(rank[order], np.arange(rank.max() + 2 if len(rank) else 1))
    for r in range(len(bounds) - 1):
        sel = order[bounds[r]:bounds[r + 1]]
        prefix = out[codes[sel]] + sep if r else out[codes[sel]]
        out[codes[sel]] = prefix + vals[sel]
    return pd.Series(out, index=uniques, dtype="str")


def _crime_dates(crimes: pd.DataFrame) -> pd.DataFrame:
    date = crimes["offence_date"] if "offence_date" in crimes else crimes["recorded_date"]
    if "recorded_date" in crimes:
        date = date.fillna(crimes["recorded_date"])
    return pd.DataFrame({"crime_ref": crimes["crime_ref"].to_numpy(),
                         "date": pd.to_datetime(date).to_numpy()})


def person_numbers(person_ids: pd.Series) -> np.ndarray:
    """"P000123" -> 123; NA -> -1 (person ids are numbered, so integers stand in for them)."""
    digits = person_ids.astype("str").str.slice(1)
    return pd.to_numeric(digits, errors="coerce").fillna(-1).to_numpy(dtype=np.int64)


def person_labels(numbers: np.ndarray) -> pd.Series:
    """123 -> "P000123"; -1 -> NA."""
    text = pd.Series(numbers, dtype="int64").astype("str").str.zfill(6)
    return ("P" + text).where(numbers >= 0).astype("str")


def crime_pairings(parties: pd.DataFrame, crimes: pd.DataFrame) -> pd.DataFrame:
    """(crime, victim, suspect) integers: every victim x suspect of each crime.

    crime is the position of the crime_ref in `crimes`; victim and suspect are person
    numbers, -1 where the crime records none (no suspect: unidentified; no party at all:
    both -1). Integers keep a million crimes fast to group and sort.
    """
    crime_index = pd.Index(crimes["crime_ref"].to_numpy(dtype=object))
    crime = crime_index.get_indexer(parties["crime_ref"].to_numpy(dtype=object))
    numbers = (parties["person_no"].to_numpy() if "person_no" in parties
               else person_numbers(parties["person_id"]))
    frame = pd.DataFrame({"crime": crime, "person": numbers,
                          "victim_role": (parties["role"] == "victim").to_numpy()})
    frame = frame[frame["crime"] >= 0]
    victims = frame.loc[frame["victim_role"], ["crime", "person"]].drop_duplicates()
    suspects = frame.loc[~frame["victim_role"], ["crime", "person"]].drop_duplicates()
    pairs = victims.rename(columns={"person": "victim"}).merge(
        suspects.rename(columns={"person": "suspect"}), on="crime", how="outer")
    seen = np.zeros(len(crimes), dtype=bool)
    seen[pairs["crime"].to_numpy()] = True
    bare = pd.DataFrame({"crime": np.flatnonzero(~seen)})
    pairs = pd.concat([pairs, bare], ignore_index=True).fillna(-1)
    return pairs.astype(np.int64)


def _narrative_tokens(crimes: pd.DataFrame, crime_codes: np.ndarray,
                      settings: dict) -> pd.DataFrame:
    """(crime, token) rows, token like "phone 07700900123", for the given crime positions."""
    token_specs = ((settings.get("unidentified_suspect") or {}).get("tokens")) or {}
    texts = crimes["narrative"].fillna("").astype("str").iloc[crime_codes]
    texts.index = crime_codes
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
        return pd.DataFrame({"crime": pd.Series(dtype=np.int64), "token": pd.Series(dtype=object)})
    return pd.concat(found, ignore_index=True).drop_duplicates()


def _unidentified_groups(pairings: pd.DataFrame, crimes: pd.DataFrame,
                         settings: dict) -> pd.DataFrame:
    """(group, crime, victim, reason) for crimes with no identified suspect.

    A victim's crimes join when their narratives share a token; a crime with no victim
    recorded stays alone.
    """
    lone = pairings.loc[pairings["suspect"] < 0, ["crime", "victim"]].drop_duplicates()
    lone = lone.reset_index(drop=True)
    lone["node"] = np.arange(len(lone))
    victim_key = np.where(lone["victim"] >= 0, lone["victim"], -1 - lone["crime"])
    tokens = _narrative_tokens(crimes, lone["crime"].unique(), settings)
    shared = lone.assign(vkey=victim_key).merge(tokens, on="crime")
    shared = shared.sort_values(["vkey", "token", "node"])
    first_node = shared.groupby(["vkey", "token"])["node"].transform("first")
    n_in = shared.groupby(["vkey", "token"])["node"].transform("size")
    links = shared[n_in > 1]
    labels = connected_components(len(lone), first_node[n_in > 1].to_numpy(),
                                  links["node"].to_numpy())
    lone["group"] = labels
    reasons = links.assign(group=labels[links["node"].to_numpy()])
    reasons = reasons.drop_duplicates(["group", "token"]).sort_values(["group", "token"])
    reason_text = join_per_group(reasons["group"], reasons["token"], sep="; ")
    reason = lone["group"].map("narratives share: " + reason_text).astype(object)
    lone["reason"] = reason.fillna("single crime with no identified suspect").to_numpy()
    return lone


def _join_sorted(group: np.ndarray, values: np.ndarray, n_groups: int,
                 sep: str = ";") -> np.ndarray:
    """Join values per group; rows already sorted by group then value, no duplicates."""
    out = np.full(n_groups, "", dtype=object)
    if len(group) == 0:
        return out
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    rank = np.arange(len(group)) - np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    order = np.argsort(rank, kind="stable")
    bounds = np.searchsorted(rank[order], np.arange(rank.max() + 2))
    for r in range(len(bounds) - 1):  # one vectorised step per rank, not per group
        sel = order[bounds[r]:bounds[r + 1]]
        prefix = out[group[sel]] + sep if r else out[group[sel]]
        out[group[sel]] = prefix + values[sel]
    return out


def build_cases(parties: pd.DataFrame, persons: pd.DataFrame, crimes: pd.DataFrame,
                settings: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """cases and case_crimes per model.py."""
    crimes = crimes.reset_index(drop=True)
    pairings = crime_pairings(parties, crimes)
    paired = pairings[pairings["suspect"] >= 0]
    # one group per (victim, suspect); a crime with no victim recorded is a group alone
    offset = np.int64(len(crimes))
    victim_key = np.where(paired["victim"] >= 0, paired["victim"] + offset, paired["crime"])
    width = np.int64(paired["suspect"].max() + 1) if len(paired) else np.int64(1)
    pair_group, _ = pd.factorize(victim_key * width + paired["suspect"].to_numpy())
    lone = _unidentified_groups(pairings, crimes, settings)
    lone_group = pair_group.max() + 1 + lone["group"].to_numpy() if len(pair_group) else \
        lone["group"].to_numpy()
    membership = pd.DataFrame({
        "group": np.concatenate([pair_group, lone_group]),
        "crime": np.concatenate([paired["crime"].to_numpy(), lone["crime"].to_numpy()]),
        "victim": np.concatenate([paired["victim"].to_numpy(), lone["victim"].to_numpy()]),
        "suspect": np.concatenate([paired["suspect"].to_numpy(),
                                   np.full(len(lone), -1, dtype=np.int64)]),
        "reason": np.concatenate([np.full(len(paired), "", dtype=object),
                                  lone["reason"].to_numpy(dtype=object)]),
    })
    membership["group"], _ = pd.factorize(membership["group"])
    refs = crimes["crime_ref"].astype("str")
    ref_rank = np.empty(len(refs), dtype=np.int64)
    ref_rank[refs.argsort().to_numpy()] = np.arange(len(refs))
    order = np.lexsort((ref_rank[membership["crime"].to_numpy()], membership["group"].to_numpy()))
    membership = membership.iloc[order].drop_duplicates(["group", "crime"])
    group = membership["group"].to_numpy()
    crime = membership["crime"].to_numpy()
    n_groups = int(group.max()) + 1 if len(group) else 0
    dates = _crime_dates(crimes)["date"].to_numpy()[crime]
    grouped = pd.DataFrame({"group": group, "date": dates}).groupby("group")["date"]
    firsts = membership.drop_duplicates("group").set_index("group")
    ids, names = _person_lookup(persons)
    victim_no = firsts["victim"].to_numpy()
    suspect_no = firsts["suspect"].to_numpy()
    cases = pd.DataFrame({
        "kind": np.where(suspect_no >= 0, "pair", "unidentified_suspect"),
        "victim_person": ids[victim_no], "suspect_person": ids[suspect_no],
        "victim": names[victim_no], "suspect": names[suspect_no],
        "first_date": grouped.min().to_numpy(), "last_date": grouped.max().to_numpy(),
        "n_crimes": np.bincount(group, minlength=n_groups).astype(np.int64),
        "reason": firsts["reason"].to_numpy(dtype=object),
    })
    cases["crime_refs"] = _join_sorted(group, refs.to_numpy(dtype=object)[crime], n_groups)
    cases["recorded_offences"] = _join_offences(crimes, group, crime, n_groups)
    victim = cases["victim_person"].fillna("").tolist()
    suspect = cases["suspect_person"].fillna("").tolist()
    sha1 = hashlib.sha1
    cases["case_id"] = ["C-" + sha1(f"{c}|{v}|{s}".encode()).hexdigest()[:10]  # as case_id()
                        for c, v, s in zip(cases["crime_refs"].tolist(), victim, suspect)]
    counts = cases["n_crimes"].to_numpy()
    wording = np.array([f"victim and suspect recorded together in {n} crime{'s' * (n > 1)}"
                        for n in range(counts.max() + 1 if len(counts) else 1)], dtype=object)
    cases["link_reasons"] = np.where(cases["kind"] == "pair", wording[counts],
                                     cases["reason"].to_numpy(dtype=object))
    # case_crimes sorted by case_id, then crime_ref (the rows are in crime_ref order
    # already); cases row g is group g until the sort below
    case_ids = cases["case_id"].to_numpy(dtype=object)
    case_rank = np.empty(n_groups, dtype=np.int64)
    case_rank[pd.Series(case_ids, dtype="str").argsort().to_numpy()] = np.arange(n_groups)
    order = np.argsort(case_rank[group], kind="stable")
    case_crimes = pd.DataFrame({"case_id": case_ids[group[order]],
                                "crime_ref": refs.to_numpy(dtype=object)[crime[order]]})
    # by first date; ties keep the order the pairings were met in (deterministic)
    cases = cases.sort_values("first_date", kind="stable")
    cases = cases.reset_index(drop=True)
    cases = cases[CASE_COLUMNS].astype({c: "str" for c in (
        "case_id", "kind", "victim_person", "suspect_person", "victim", "suspect", "crime_refs",
        "recorded_offences", "link_reasons")})
    return cases, case_crimes.astype("str")


def _person_lookup(persons: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Arrays indexed by person number (last slot: none) of person ids and display names."""
    numbers = person_numbers(persons["person_id"])
    size = int(numbers.max()) + 2 if len(numbers) else 1
    ids = np.full(size, None, dtype=object)
    names = np.full(size, "", dtype=object)
    ids[numbers] = persons["person_id"].to_numpy(dtype=object)
    names[numbers] = persons["display_name"].fillna("").to_numpy(dtype=object)
    return ids, names  # index -1 (no person) reads the last, empty slot


def _join_offences(crimes: pd.DataFrame, group: np.ndarray, crime: np.ndarray,
                   n_groups: int) -> np.ndarray:
    """Distinct offence titles per group, sorted and ';'-joined."""
    if "offence" not in crimes:
        return np.full(n_groups, "", dtype=object)
    codes, titles = pd.factorize(crimes["offence"], sort=True)  # code order = title order
    frame = pd.DataFrame({"group": group, "offence": codes[crime]})
    frame = frame[frame["offence"] >= 0].drop_duplicates().sort_values(["group", "offence"])
    return _join_sorted(frame["group"].to_numpy(), np.asarray(titles, dtype=object)[
        frame["offence"].to_numpy()], n_groups)


def build_suspect_groups(cases: pd.DataFrame, parties: pd.DataFrame, crimes: pd.DataFrame,
                         case_crimes: pd.DataFrame, settings: dict) -> pd.DataFrame:
    """One row per pair case, grouped by suspect; proxy marks victims around the first victim."""
    proxy_cfg = settings.get("proxy") or {}
    days = np.timedelta64(int(float(proxy_cfg.get("interleave_days", 30)) * 86400), "s")
    pair = cases[cases["kind"].eq("pair") & cases["suspect_person"].notna()
                 & cases["victim_person"].notna()]
    if pair.empty:
        return pd.DataFrame({"suspect_person": pd.Series(dtype="str"),
                             "case_id": pd.Series(dtype="str"),
                             "victim_person": pd.Series(dtype="str"),
                             "proxy": pd.Series(dtype=bool)})
    groups = pd.DataFrame({
        "suspect": person_numbers(pair["suspect_person"]),
        "victim": person_numbers(pair["victim_person"]),
        "case_id": pair["case_id"].to_numpy(dtype=object),
        "first_date": pair["first_date"].to_numpy(dtype="datetime64[s]"),
        "last_date": pair["last_date"].to_numpy(dtype="datetime64[s]"),
    })
    groups = groups.sort_values(["suspect", "first_date", "case_id"], kind="stable",
                                ignore_index=True)
    first = groups.drop_duplicates("suspect").set_index("suspect")
    at = first.index.get_indexer(groups["suspect"])
    groups["first_victim"] = first["victim"].to_numpy()[at]
    start = first["first_date"].to_numpy()[at] - days
    end = first["last_date"].to_numpy()[at] + days
    interleaved = ((groups["first_date"].to_numpy() <= end)
                   & (groups["last_date"].to_numpy() >= start))
    other = (groups["victim"] != groups["first_victim"]).to_numpy()
    same_postcode = _shares_postcode(groups, parties) & other
    mentions = _mentions_proxy(groups, other, crimes, case_crimes, proxy_cfg)
    out = pd.DataFrame({
        "suspect_person": person_labels(groups["suspect"].to_numpy()),
        "case_id": groups["case_id"].astype("str"),
        "victim_person": person_labels(groups["victim"].to_numpy()),
        "proxy": other & (same_postcode | mentions | interleaved),
    })
    return out[GROUP_COLUMNS]


def _shares_postcode(groups: pd.DataFrame, parties: pd.DataFrame) -> np.ndarray:
    """The case's victim was recorded at a postcode of the suspect's first victim."""
    known = parties[parties["postcode"].notna()]
    where = pd.DataFrame({"person": person_numbers(known["person_id"]),
                          "postcode": known["postcode"].to_numpy(dtype=object)})
    where["postcode"], _ = pd.factorize(where["postcode"])
    where = where.drop_duplicates()
    rows = groups[["victim", "first_victim"]].reset_index()
    near = rows.merge(where.rename(columns={"person": "victim"}), on="victim").merge(
        where.rename(columns={"person": "first_victim"}), on=["first_victim", "postcode"])
    hit = np.zeros(len(groups), dtype=bool)
    hit[near["index"].to_numpy()] = True
    return hit


def _mentions_proxy(groups: pd.DataFrame, other: np.ndarray, crimes: pd.DataFrame,
                    case_crimes: pd.DataFrame, proxy_cfg: dict) -> np.ndarray:
    """A crime of the case names a relation (mum, new partner, colleague...)."""
    words = [str(w) for w in proxy_cfg.get("words", []) if str(w).strip()]
    hit = np.zeros(len(groups), dtype=bool)
    if not words or not other.any():
        return hit
    # only the other victims' crimes can show a proxy, so only they are read
    pattern = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    wanted = case_crimes[is_in(case_crimes["case_id"], groups.loc[other, "case_id"])]
    narrative = crimes.set_index("crime_ref")["narrative"]
    texts = narrative.reindex(wanted["crime_ref"].unique()).fillna("").astype("str")
    named = texts.index[contains_regex(texts, pattern, ignore_case=True)]
    hit_cases = wanted.loc[is_in(wanted["crime_ref"], pd.Series(named)), "case_id"]
    return is_in(groups["case_id"], hit_cases).to_numpy()


