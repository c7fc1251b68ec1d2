"""The link stage: who is who across crimes, and which crimes form a course of conduct.

    link(parties, crimes, settings) -> LinkResult        (model.py describes every column)

1. Mentions collapse to distinct records (name, dob, postcode, id); organisations are
   recognised by their words (rules/lexicon/organisations.yml) and never meet people.
2. The engine (engine.PandasEngine, the one seam a DuckDB or Spark engine would
   replace) blocks and scores record pairs per rules/linking.yml.
3. Pairs at or above the threshold are clustered (cluster.py) without chaining people
   whose dates of birth conflict or who appear together in one crime; then pairs whose
   records share a counterpart person gain weight and are clustered again
   (relations.py). Organisations join on id, or postcode and a shared name word.
4. Cases and the suspect-centred view are built from the persons (cases.py).

Also here: pairwise_quality(parties_with_person_id, truth) for the tests and benchmarks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from audit_cli import frames
from audit_cli.errors import AuditError
from audit_cli.link.cases import build_cases, build_suspect_groups
from audit_cli.link.courses import course_problems, load_course_rules
from audit_cli.link.cluster import connected_components, split_on_dob, split_same_crime
from audit_cli.link.engine import PandasEngine, describe_pairs, score_pairs
from audit_cli.link.records import build_records, prepare_mentions
from audit_cli.link.relations import counterpart_pairs, organisation_clusters
from audit_cli.link.settings import load_link_settings, merge_settings, settings_problems
from audit_cli.model import PARTY_COLUMNS, LinkResult
from audit_cli.names import display_form, is_full_name

__all__ = ["link", "load_link_settings", "pairwise_quality", "resolve_persons", "PandasEngine"]

LINK_COLUMNS = ["party_key", "person_id", "linked_to", "score", "reasons"]
PERSON_COLUMNS = ["person_id", "display_name", "dob", "is_org", "n_mentions", "n_crimes"]


def link(parties: pd.DataFrame, crimes: pd.DataFrame, settings: dict | None = None,
         engine=None) -> LinkResult:
    """Resolve persons over all parties (victims and suspects together) and build cases.

    settings: the parsed linking.yml, or any part of it; keys given override the
    built-in rules/linking.yml key by key (an empty dict means the defaults). Its
    `courses` key overrides rules/courses.yml the same way.
    """
    defaults = {**load_link_settings(), "courses": load_course_rules()}
    settings = merge_settings(defaults, settings)
    problems = settings_problems(settings) + course_problems(settings["courses"], "courses.")
    if problems:
        raise AuditError("link settings: " + "; ".join(problems))
    resolved, party_links = resolve_persons(parties, settings, engine)
    persons = build_persons(resolved)
    tables = build_cases(frames.positions(resolved["crime_ref"].astype("str"),
                                         crimes["crime_ref"].astype("str")),
                         resolved["person_no"].to_numpy(dtype=np.int64),
                         (resolved["role"] == "victim").to_numpy(dtype=bool),
                         persons, crimes, settings,
                         mention_names=resolved["name_norm"],
                         mention_ids=resolved["source_id"])
    groups = build_suspect_groups(tables, resolved, crimes, settings)
    out_parties = parties[PARTY_COLUMNS].reset_index(drop=True)
    out_parties["person_id"] = resolved["person_id"].to_numpy()
    out_parties["is_org"] = resolved["is_org"].to_numpy()
    return LinkResult(parties=out_parties, persons=persons, party_links=party_links,
                      cases=tables.cases, case_crimes=tables.case_crimes,
                      suspect_groups=groups)


def resolve_persons(parties: pd.DataFrame, settings: dict,
                    engine=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions with person_id, party_links). Mentions keep the input order."""
    engine = engine or PandasEngine()
    mentions = prepare_mentions(parties.reset_index(drop=True))
    records = build_records(mentions)
    people = records[~records["is_org"]].reset_index()  # engine positions 0..m-1
    scored = engine.predict(people, settings)
    threshold = float(settings["threshold"])
    edges = scored[scored["score"] >= threshold]
    # per mention: its record's engine position (-1: an organisation) and crime number
    position = np.full(len(records), -1, dtype=np.int64)
    position[people["rec"].to_numpy()] = np.arange(len(people))
    position = position[mentions["rec"].to_numpy()]
    crime, _ = pd.factorize(mentions["crime_ref"])
    mentions["crime_no"] = crime
    rec_crimes = _record_crimes(position, crime)
    labels = _cluster(people, rec_crimes, edges, settings)
    counterpart = (settings["comparisons"].get("counterpart") or {}).get("levels", {})
    shared_weight = float((counterpart.get("shared") or {}).get("weight", 0.0))
    if shared_weight:
        role, _ = pd.factorize(mentions["role"])
        shared = counterpart_pairs(scored, position, crime, role, labels)
        scored["counterpart_level"] = np.where(shared, 0, 1).astype(np.int8)
        scored["counterpart_weight"] = np.where(shared, shared_weight, 0.0)
        scored["score"] = scored["score"] + scored["counterpart_weight"]
        edges = scored[scored["score"] >= threshold]
        labels = _cluster(people, rec_crimes, edges, settings)
    cluster = np.empty(len(records), dtype=np.int64)
    cluster[people["rec"].to_numpy()] = labels
    orgs = records.index[records["is_org"]]
    cluster[orgs.to_numpy()] = len(people) + organisation_clusters(records.loc[orgs])
    mentions["cluster"] = cluster[mentions["rec"].to_numpy()]
    mentions["person_id"] = _person_ids(mentions)
    links = _party_links(mentions, records, people, position, edges, labels, settings)
    return mentions, links


def _record_crimes(position: np.ndarray, crime: np.ndarray) -> pd.DataFrame:
    """(rec, crime) integer rows, one per distinct pair, for the people's mentions."""
    person = position >= 0
    width = np.int64(crime.max() + 1) if len(crime) else np.int64(1)
    distinct = pd.unique(position[person] * width + crime[person])
    return pd.DataFrame({"rec": distinct // width, "crime": distinct % width})


def _cluster(people, rec_crimes, edges, settings) -> np.ndarray:
    """Components over matching pairs, split where they hold unlike records."""
    labels = connected_components(len(people), edges["left"], edges["right"])
    if settings.get("split_conflicting_dob", True):
        labels = split_on_dob(labels, people["dob"], edges)
    if settings.get("split_same_crime", True):
        labels = split_same_crime(labels, rec_crimes, edges)
    return labels


def _party_order(mentions: pd.DataFrame) -> np.ndarray:
    """Positions of the mentions in party_key order (no sort when they are in it already)."""
    key = mentions["party_key"].to_numpy(dtype=np.int64)
    if len(key) < 2 or bool((key[1:] > key[:-1]).all()):
        return np.arange(len(key))
    return np.argsort(key, kind="stable")


def person_labels(n_persons: int) -> pd.Series:
    """"P000001".."Pnnnnnn" for person numbers 1..n."""
    numbers = pd.Series(np.arange(1, n_persons + 1), dtype="int64").astype("str")
    return ("P" + numbers.str.zfill(6)).astype("str")


def _person_ids(mentions: pd.DataFrame) -> pd.Series:
    """P000001... numbered by each person's first mention in party_key order."""
    order = _party_order(mentions)
    number = np.empty(len(order), dtype=np.int64)
    number[order] = pd.factorize(mentions["cluster"].to_numpy()[order])[0] + 1
    mentions["person_no"] = number
    labels = pa.array(person_labels(int(number.max()) if len(number) else 0).array)
    return pd.Series(pd.array(labels.take(pa.array(number - 1)), dtype="str"),
                     index=mentions.index)


def _best_edges(edges: pd.DataFrame, labels: np.ndarray) -> pd.DataFrame:
    """Per record, its strongest link to another record of its final cluster."""
    inside = edges[labels[edges["left"].to_numpy()] == labels[edges["right"].to_numpy()]]
    flipped = inside.rename(columns={"left": "right", "right": "left"})
    both = pd.concat([inside, flipped], ignore_index=True)
    both = both.sort_values(["left", "score", "right"], ascending=[True, False, True],
                            kind="stable")
    return both.drop_duplicates("left")


def _party_links(mentions, records, people, pos, edges, labels, settings) -> pd.DataFrame:
    """One row per party: which mention it was linked to, the score and the reasons.

    A repeated record (same name, dob, postcode and id as an earlier mention) links to
    its first mention, scored as compared with itself; a first mention links to the
    first mention of its strongest linked record; a person seen once links to nothing.
    pos: per mention, its record's engine position (-1: an organisation).
    """
    n = len(mentions)
    rec = mentions["rec"].to_numpy()
    party_key = mentions["party_key"].to_numpy(dtype=np.int64)
    first_party = records["first_party"].to_numpy(dtype=np.int64)[rec]
    linked = np.full(n, -1, dtype=np.int64)
    score = np.full(n, np.nan)
    reasons = np.full(n, "", dtype=object)

    repeat = party_key != first_party
    linked[repeat] = first_party[repeat]
    person_repeat = np.flatnonzero(repeat & (pos >= 0))
    if len(person_repeat):
        inverse, positions = pd.factorize(pos[person_repeat])
        self_scored = score_pairs(people, positions, positions, settings)  # once per record
        score[person_repeat] = self_scored["score"].to_numpy()[inverse]
        reasons[person_repeat] = describe_pairs(self_scored, settings).to_numpy(
            dtype=object)[inverse]
    reasons[repeat & (pos < 0)] = "organisation: same name, postcode and id as written"

    best = _best_edges(edges, labels)
    best_of = np.full(len(people), -1, dtype=np.int64)
    best_of[best["left"].to_numpy()] = np.arange(len(best))
    chosen_row = np.where(~repeat & (pos >= 0), best_of[np.maximum(pos, 0)], -1)
    rows = np.flatnonzero(chosen_row >= 0)
    if len(rows):
        chosen = best.iloc[chosen_row[rows]].reset_index(drop=True)
        other_rec = people["rec"].to_numpy()[chosen["right"].to_numpy()]
        linked[rows] = records["first_party"].to_numpy(dtype=np.int64)[other_rec]
        score[rows] = chosen["score"].to_numpy()
        reasons[rows] = describe_pairs(chosen, settings).to_numpy(dtype=object)

    org_first = np.flatnonzero(~repeat & (pos < 0))
    if len(org_first):  # organisations joined across records: the cluster's first mention
        cluster = mentions["cluster"].to_numpy()
        cluster_first = pd.Series(party_key).groupby(cluster).min()
        anchor = cluster_first.reindex(cluster[org_first]).to_numpy()
        rows = org_first[anchor != party_key[org_first]]
        linked[rows] = anchor[anchor != party_key[org_first]]
        reasons[rows] = "organisation: same id, or same postcode and a shared name word"
    out = pd.DataFrame({
        "party_key": party_key,
        "person_id": mentions["person_id"].to_numpy(),
        "linked_to": pd.array(np.where(linked >= 0, linked, 0), dtype="Int64"),
        "score": score,
        "reasons": pd.array(reasons, dtype="str"),
    })
    out.loc[linked < 0, "linked_to"] = pd.NA
    return out.sort_values("party_key", ignore_index=True)[LINK_COLUMNS]


def build_persons(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per person: most used name as written, most used date of birth, counts.

    Ties go to the form seen first. Works on person numbers and name codes (integers).
    """
    order = _party_order(mentions)
    in_order = (lambda column: column) if (order == np.arange(len(order))).all() else \
        (lambda column: column.iloc[order])
    person = mentions["person_no"].to_numpy(dtype=np.int64)[order]
    n_persons = int(person.max()) if len(person) else 0
    name_code, names = pd.factorize(in_order(mentions["name"]))
    dob_code, dobs = pd.factorize(in_order(mentions["dob"]))
    crime_code = mentions["crime_no"].to_numpy(dtype=np.int64)[order]
    # persons are numbered by first mention in party_key order: the first mentions in
    # that order carry the ids of persons 1..n
    first = order[frames.first_rows(person)]
    persons = pd.DataFrame({"person_id": mentions["person_id"].iloc[first]}).reset_index(drop=True)
    # The display name: the most used *full* form (a forename, not an initial), else the
    # most used form of any kind.
    full = is_full_name(pd.Series(np.asarray(names, dtype=object)))
    full_code = np.where((name_code >= 0) & full[np.maximum(name_code, 0)], name_code, -1)
    display = _most_used(person, full_code, n_persons)
    display = np.where(display >= 0, display, _most_used(person, name_code, n_persons))
    display_name = np.append(np.asarray(names, dtype=object), "")
    display_name = display_name[np.where(display >= 0, display, -1)]
    # One display form per person ('Surname, Forename'); organisations as written.
    is_org_person = np.bincount(person, weights=mentions["is_org"].to_numpy(dtype=float)[order],
                                minlength=n_persons + 1)[1:] > 0
    formatted = display_form(pd.Series(display_name, dtype=object)).to_numpy(dtype=object)
    persons["display_name"] = pd.array(np.where(is_org_person, display_name, formatted),
                                       dtype="str")
    best_dob = _most_used(person, dob_code, n_persons)
    dob_values = np.append(np.asarray(dobs, dtype="datetime64[ns]"), np.datetime64("NaT"))
    persons["dob"] = dob_values[np.where(best_dob >= 0, best_dob, len(dobs))]
    is_org = mentions["is_org"].to_numpy(dtype=float)[order]
    persons["is_org"] = np.bincount(person, weights=is_org, minlength=n_persons + 1)[1:] > 0
    persons["n_mentions"] = np.bincount(person, minlength=n_persons + 1)[1:].astype(np.int64)
    width = np.int64(crime_code.max() + 1) if len(crime_code) else np.int64(1)
    crimes = pd.unique(person * width + crime_code) // width  # one per distinct (person, crime)
    persons["n_crimes"] = np.bincount(crimes, minlength=n_persons + 1)[1:].astype(np.int64)
    return persons[PERSON_COLUMNS]


def _most_used(person: np.ndarray, code: np.ndarray, n_persons: int) -> np.ndarray:
    """Per person 1..n (position 0..n-1), the most frequent code, first seen on ties;
    -1 when the person has none. person and code are in party_key order."""
    known = np.flatnonzero(code >= 0)
    out = np.full(n_persons + 1, -1, dtype=np.int64)
    if len(known) == 0:
        return out[1:]
    width = np.int64(code.max() + 1)
    pair, distinct = pd.factorize(person[known] * width + code[known])
    count = np.bincount(pair)
    first = np.empty(len(distinct), dtype=np.int64)
    first[pair[::-1]] = known[::-1]  # first-seen position of each (person, code)
    owner = distinct // width
    best = np.lexsort((first, -count, owner))
    head = best[np.r_[True, owner[best][1:] != owner[best][:-1]]]
    out[owner[head]] = distinct[head] % width
    return out[1:]


def pairwise_quality(parties_with_person_id: pd.DataFrame, truth: pd.DataFrame) -> dict:
    """Pairwise precision/recall of predicted persons against true persons.

    truth: party_key and true_person per party. Pairs are counted per cluster
    (n * (n - 1) / 2), never enumerated, so giant clusters cost nothing.
    """
    joined = parties_with_person_id[["party_key", "person_id"]].merge(
        truth[["party_key", "true_person"]].dropna(), on="party_key")

    def pairs(counts: pd.Series) -> int:
        c = counts.to_numpy(dtype=np.int64)
        return int((c * (c - 1) // 2).sum())

    predicted = pairs(joined.groupby("person_id").size())
    true = pairs(joined.groupby("true_person").size())
    both = pairs(joined.groupby(["person_id", "true_person"]).size())
    precision = both / predicted if predicted else 1.0
    recall = both / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": true,
            "predicted_pairs": predicted}
