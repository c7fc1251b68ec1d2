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

from audit_cli.errors import AuditError
from audit_cli.link.cases import build_cases, build_suspect_groups
from audit_cli.link.cluster import connected_components, split_on_dob, split_same_crime
from audit_cli.link.engine import PandasEngine, describe_pairs, score_pairs
from audit_cli.link.records import build_records, prepare_mentions
from audit_cli.link.relations import counterpart_pairs, organisation_clusters
from audit_cli.link.settings import load_link_settings, merge_settings, settings_problems
from audit_cli.model import PARTY_COLUMNS, LinkResult

__all__ = ["link", "load_link_settings", "pairwise_quality", "resolve_persons", "PandasEngine"]

LINK_COLUMNS = ["party_key", "person_id", "linked_to", "score", "reasons"]
PERSON_COLUMNS = ["person_id", "display_name", "dob", "is_org", "n_mentions", "n_crimes"]


def link(parties: pd.DataFrame, crimes: pd.DataFrame, settings: dict | None = None,
         engine=None) -> LinkResult:
    """Resolve persons over all parties (victims and suspects together) and build cases.

    settings: the parsed linking.yml, or any part of it; keys given override the
    built-in rules/linking.yml key by key (an empty dict means the defaults).
    """
    settings = merge_settings(load_link_settings(), settings)
    problems = settings_problems(settings)
    if problems:
        raise AuditError("link settings: " + "; ".join(problems))
    resolved, party_links = resolve_persons(parties, settings, engine)
    persons = build_persons(resolved)
    cases, case_crimes = build_cases(resolved, persons, crimes, settings)
    groups = build_suspect_groups(cases, resolved, crimes, case_crimes, settings)
    out_parties = parties[PARTY_COLUMNS].reset_index(drop=True)
    out_parties["person_id"] = resolved["person_id"].to_numpy()
    out_parties["is_org"] = resolved["is_org"].to_numpy()
    return LinkResult(parties=out_parties, persons=persons, party_links=party_links,
                      cases=cases, case_crimes=case_crimes, suspect_groups=groups)


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
    labels = _cluster(people, mentions, edges, settings)
    counterpart = (settings["comparisons"].get("counterpart") or {}).get("levels", {})
    shared_weight = float((counterpart.get("shared") or {}).get("weight", 0.0))
    if shared_weight:
        shared = counterpart_pairs(scored, people, mentions, labels)
        scored["counterpart_level"] = np.where(shared, 0, 1).astype(np.int8)
        scored["counterpart_weight"] = np.where(shared, shared_weight, 0.0)
        scored["score"] = scored["score"] + scored["counterpart_weight"]
        edges = scored[scored["score"] >= threshold]
        labels = _cluster(people, mentions, edges, settings)
    cluster = np.empty(len(records), dtype=np.int64)
    cluster[people["rec"].to_numpy()] = labels
    orgs = records.index[records["is_org"]]
    cluster[orgs.to_numpy()] = len(people) + organisation_clusters(records.loc[orgs])
    mentions["cluster"] = cluster[mentions["rec"].to_numpy()]
    mentions["person_id"] = _person_ids(mentions)
    links = _party_links(mentions, records, people, edges, labels, settings)
    return mentions, links


def _cluster(people, mentions, edges, settings) -> np.ndarray:
    """Components over matching pairs, split where they hold unlike records."""
    labels = connected_components(len(people), edges["left"], edges["right"])
    if settings.get("split_conflicting_dob", True):
        labels = split_on_dob(labels, people["dob"], edges)
    if settings.get("split_same_crime", True):
        position = pd.Series(np.arange(len(people)), index=people["rec"])
        person_mentions = mentions[~mentions["is_org"]]
        crime, _ = pd.factorize(person_mentions["crime_ref"])
        rec_crimes = pd.DataFrame({"rec": position.reindex(person_mentions["rec"]).to_numpy(),
                                   "crime": crime}).drop_duplicates()
        labels = split_same_crime(labels, rec_crimes, edges)
    return labels


def _person_ids(mentions: pd.DataFrame) -> pd.Series:
    """P000001... numbered by each person's first mention in party_key order."""
    order = mentions.sort_values("party_key", kind="stable")
    firsts = order.drop_duplicates("cluster")["cluster"]
    number = pd.Series(np.arange(1, len(firsts) + 1), index=firsts.to_numpy())
    mentions["person_no"] = number.reindex(mentions["cluster"]).to_numpy(dtype=np.int64)
    return ("P" + mentions["person_no"].astype("str").str.zfill(6)).astype("str")


def _best_edges(edges: pd.DataFrame, labels: np.ndarray) -> pd.DataFrame:
    """Per record, its strongest link to another record of its final cluster."""
    inside = edges[labels[edges["left"].to_numpy()] == labels[edges["right"].to_numpy()]]
    flipped = inside.rename(columns={"left": "right", "right": "left"})
    both = pd.concat([inside, flipped], ignore_index=True)
    both = both.sort_values(["left", "score", "right"], ascending=[True, False, True],
                            kind="stable")
    return both.drop_duplicates("left")


def _party_links(mentions, records, people, edges, labels, settings) -> pd.DataFrame:
    """One row per party: which mention it was linked to, the score and the reasons.

    A repeated record (same name, dob, postcode and id as an earlier mention) links to
    its first mention, scored as compared with itself; a first mention links to the
    first mention of its strongest linked record; a person seen once links to nothing.
    """
    n = len(mentions)
    rec = mentions["rec"].to_numpy()
    party_key = mentions["party_key"].to_numpy(dtype=np.int64)
    first_party = records["first_party"].to_numpy(dtype=np.int64)[rec]
    pos_of_rec = np.full(len(records), -1, dtype=np.int64)
    pos_of_rec[people["rec"].to_numpy()] = np.arange(len(people))
    pos = pos_of_rec[rec]
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
    ordered = mentions.sort_values("party_key", kind="stable")
    person = ordered["person_no"].to_numpy(dtype=np.int64)
    n_persons = int(person.max()) if len(person) else 0
    name_code, names = pd.factorize(ordered["name"])
    dob_code, dobs = pd.factorize(ordered["dob"])
    crime_code, _ = pd.factorize(ordered["crime_ref"])
    frame = pd.DataFrame({"person": person, "name": name_code, "dob": dob_code,
                          "crime": crime_code, "is_org": ordered["is_org"].to_numpy(),
                          "seen": np.arange(len(person))})
    persons = pd.DataFrame({"person": np.arange(1, n_persons + 1)})
    persons["person_id"] = ("P" + persons["person"].astype("str").str.zfill(6)).astype("str")
    display = _most_used(frame, "name", n_persons)
    persons["display_name"] = np.asarray(names, dtype=object)[display] if len(names) else ""
    persons.loc[display < 0, "display_name"] = ""
    best_dob = _most_used(frame, "dob", n_persons)
    dob_values = np.append(np.asarray(dobs, dtype="datetime64[ns]"), np.datetime64("NaT"))
    persons["dob"] = dob_values[np.where(best_dob >= 0, best_dob, len(dobs))]
    persons["is_org"] = np.bincount(person, weights=frame["is_org"].to_numpy(dtype=float),
                                    minlength=n_persons + 1)[1:] > 0
    persons["n_mentions"] = np.bincount(person, minlength=n_persons + 1)[1:].astype(np.int64)
    crimes = frame[["person", "crime"]].drop_duplicates()["person"].to_numpy()
    persons["n_crimes"] = np.bincount(crimes, minlength=n_persons + 1)[1:].astype(np.int64)
    persons["display_name"] = persons["display_name"].astype("str")
    return persons[PERSON_COLUMNS]


def _most_used(frame: pd.DataFrame, column: str, n_persons: int) -> np.ndarray:
    """Per person 1..n (position 0..n-1), the most frequent code of column, first seen on
    ties; -1 when the person has none."""
    known = frame[frame[column] >= 0]
    counts = known.groupby(["person", column], sort=False).agg(n=("seen", "size"),
                                                               first=("seen", "min"))
    counts = counts.reset_index().sort_values(["person", "n", "first"],
                                              ascending=[True, False, True])
    best = counts.drop_duplicates("person")
    out = np.full(n_persons + 1, -1, dtype=np.int64)
    out[best["person"].to_numpy()] = best[column].to_numpy()
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
