"""The link stage: person resolution, cases, the suspect view, and quality on the sample."""

import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from audit_cli.errors import AuditError
from audit_cli.link import PandasEngine, link, load_link_settings, pairwise_quality
from audit_cli.link.cases import case_id
from audit_cli.link.cluster import connected_components
from audit_cli.link.engine import candidate_pairs
from audit_cli.link.records import build_records, prepare_mentions
from audit_cli.model import LinkResult, crimes_from_rows, parties_from_rows
from audit_cli.names import normalise_name_series
from audit_cli.paths import SAMPLE_DIR

ROW_FIELDS = ["crime_ref", "victim", "v_dob", "v_pc", "v_id", "suspect", "s_dob", "s_pc",
              "s_id", "narrative", "date"]


def make_rows(records: list[tuple]) -> pd.DataFrame:
    """Canonical rows from compact tuples (the columns the link stage reads)."""
    raw = pd.DataFrame(records, columns=ROW_FIELDS)
    rows = pd.DataFrame({
        "row_id": np.arange(len(raw)),
        "crime_ref": raw["crime_ref"],
        "recorded_date": pd.to_datetime(raw["date"]),
        "offence": "Harassment",
        "narrative": raw["narrative"].fillna(""),
    })
    rows["offence_date"] = rows["recorded_date"]
    for role, prefix in (("victim", "v"), ("suspect", "s")):
        name = raw["victim" if role == "victim" else "suspect"].astype("str")
        rows[f"{role}_name"] = name
        rows[f"{role}_name_norm"] = normalise_name_series(name)
        rows[f"{role}_dob"] = pd.to_datetime(raw[f"{prefix}_dob"])
        rows[f"{role}_postcode"] = raw[f"{prefix}_pc"].astype("str")
        rows[f"{role}_id"] = raw[f"{prefix}_id"].astype("str")
    return rows


def run(records: list[tuple], settings: dict | None = None) -> LinkResult:
    rows = make_rows(records)
    return link(parties_from_rows(rows), crimes_from_rows(rows), settings or {})


def person(result: LinkResult, crime_ref: str, role: str) -> str:
    p = result.parties
    return p.loc[(p["crime_ref"] == crime_ref) & (p["role"] == role), "person_id"].iloc[0]


N = None
STORY = [
    # crime, victim, dob, postcode, id, suspect, dob, postcode, id, narrative, date
    ("C1", "Katherine Smith", "1990-03-04", "LS6 2AB", "N1", "Robert Jones", "1988-01-02",
     "LS6 1AA", "N2", "He keeps messaging her", "2026-01-05"),
    ("C2", "SMITH, Kate", "1990-04-03", "LS6 2AB", N, "Bob Jones", "1988-01-02", N, "N2",
     "He followed her home", "2026-02-05"),
    ("C3", "Kate Smith", "1975-05-05", "M1 1AA", "N9", N, N, N, N,
     "Unknown male in car AB12 CDE, calls from 07700 900123", "2026-02-07"),
    ("C4", "Kate Smith", "1975-05-05", "M1 1AA", "N9", N, N, N, N,
     "Same vehicle ab12cde parked outside", "2026-02-09"),
    ("C5", "Kate Smith", "1975-05-05", "M1 1AA", "N9", N, N, N, N,
     "Bike stolen from shed", "2026-02-10"),
    ("C6", "Tesco Stores Ltd", N, "LS6 3XY", N, "Robert Jones", "1988-01-02", "LS6 1AA", N,
     "Shop theft", "2026-02-10"),
    ("C7", "Robert Jones", "1988-01-02", "LS6 1AA", "N2", "Katherine Smith", "1990-03-04",
     "LS6 2AB", N, "Counter allegation", "2026-02-11"),
    ("C8", "Mary Smith-Jones", "1961-07-07", N, N, "Robert Jones", "1988-01-02", N, N,
     "Messages to the victim's mum about her daughter", "2026-02-12"),
    ("C9", "Mary Jones", "1961-07-07", N, N, "Robert Jones", "1988-01-02", N, N,
     "More messages", "2026-05-12"),
]


@pytest.fixture(scope="module")
def story() -> LinkResult:
    return run(STORY)


def test_result_has_the_contract_columns(story):
    assert list(story.parties.columns[-2:]) == ["person_id", "is_org"]
    assert list(story.persons.columns) == ["person_id", "display_name", "dob", "is_org",
                                           "n_mentions", "n_crimes"]
    assert list(story.party_links.columns) == ["party_key", "person_id", "linked_to", "score",
                                               "reasons"]
    assert list(story.cases.columns) == [
        "case_id", "kind", "victim_person", "suspect_person", "victim", "suspect",
        "crime_refs", "first_date", "last_date", "n_crimes", "recorded_offences",
        "link_reasons", "victim_crimes"]
    assert list(story.case_crimes.columns) == ["case_id", "crime_ref"]
    assert list(story.suspect_groups.columns) == ["suspect_person", "case_id",
                                                  "victim_person", "proxy"]


def test_nickname_swapped_dob_and_counter_allegation_join_one_person(story):
    kate = person(story, "C1", "victim")
    assert person(story, "C2", "victim") == kate  # Kate / Katherine, day and month swapped
    assert person(story, "C7", "suspect") == kate  # suspect in a counter-allegation
    bob = person(story, "C1", "suspect")
    assert {person(story, c, "suspect") for c in ("C2", "C6", "C8", "C9")} == {bob}
    assert person(story, "C7", "victim") == bob


def test_same_name_with_another_date_of_birth_is_another_person(story):
    assert person(story, "C3", "victim") != person(story, "C1", "victim")
    assert person(story, "C3", "victim") == person(story, "C5", "victim")


def test_hyphenated_surname_matches_either_part(story):
    assert person(story, "C8", "victim") == person(story, "C9", "victim")


def test_organisation_is_marked_and_kept_apart(story):
    store = story.parties[story.parties["name"] == "Tesco Stores Ltd"]
    assert store["is_org"].all()
    assert story.parties.loc[~story.parties["name"].eq("Tesco Stores Ltd"), "is_org"].sum() == 0
    org_person = store["person_id"].iloc[0]
    assert (story.parties["person_id"] == org_person).sum() == 1
    assert story.persons.set_index("person_id").loc[org_person, "is_org"]


def test_person_ids_follow_first_appearance(story):
    first_seen = story.parties.sort_values("party_key").drop_duplicates("person_id")
    expected = [f"P{i:06d}" for i in range(1, len(first_seen) + 1)]
    assert first_seen["person_id"].tolist() == expected


def test_party_links_give_readable_reasons(story):
    links = story.party_links.set_index("party_key")
    kate2 = story.parties.query("crime_ref == 'C2' and role == 'victim'")["party_key"].iloc[0]
    reason = links.loc[kate2, "reasons"]
    swapped = load_link_settings()["comparisons"]["dob"]["levels"]["swapped"]["weight"]
    assert "name: nickname match" in reason
    assert f"dob: day/month swapped ({swapped:+.1f})" in reason
    assert links.loc[kate2, "score"] >= load_link_settings()["threshold"]
    # the first mention of a one-mention person links to nothing
    store = story.parties.query("name == 'Tesco Stores Ltd'")["party_key"].iloc[0]
    assert pd.isna(links.loc[store, "linked_to"]) and links.loc[store, "reasons"] == ""


def test_pair_cases_hold_every_crime_of_the_pairing(story):
    cases = story.cases.set_index("crime_refs")
    assert cases.loc["C1;C2", "kind"] == "pair"
    assert cases.loc["C1;C2", "n_crimes"] == 2
    assert cases.loc["C1;C2", "victim"] == "Smith, Katherine"  # one display form
    assert cases.loc["C7", "victim_person"] == person(story, "C1", "suspect")  # counter case
    assert cases.loc["C6", "victim"] == "Tesco Stores Ltd"  # organisations get cases
    assert cases.loc["C8;C9", "first_date"] == pd.Timestamp("2026-02-12")
    assert cases.loc["C8;C9", "last_date"] == pd.Timestamp("2026-05-12")


def test_unidentified_suspect_crimes_join_on_a_shared_plate(story):
    cases = story.cases.set_index("crime_refs")
    assert cases.loc["C3;C4", "kind"] == "unidentified_suspect"
    assert cases.loc["C3;C4", "link_reasons"] == "narratives share: vehicle AB12CDE"
    assert pd.isna(cases.loc["C3;C4", "suspect_person"]) and cases.loc["C3;C4", "suspect"] == ""
    assert cases.loc["C5", "kind"] == "unidentified_suspect"  # nothing shared: alone
    assert cases.loc["C5", "link_reasons"] == "single crime with no identified suspect"


def test_every_crime_is_in_a_case_and_case_ids_are_stable(story):
    assert set(story.case_crimes["crime_ref"]) == {r[0] for r in STORY}
    # case_crimes is the long form of cases.crime_refs, sorted by case then crime
    long = story.case_crimes.groupby("case_id")["crime_ref"].agg(";".join)
    assert long.to_dict() == dict(zip(story.cases["case_id"], story.cases["crime_refs"]))
    assert story.case_crimes.equals(story.case_crimes.sort_values(["case_id", "crime_ref"])
                                    .reset_index(drop=True))
    # ids come from the recorded ids of victim and suspect (N1, N2) when both have one,
    # else from the first crime and the names recorded on it; never the set of crimes
    cases = story.cases.set_index("crime_refs")
    row = cases.loc["C1;C2"]
    assert row["case_id"] == "C-" + hashlib.sha1(b"recorded ids|N1|N2").hexdigest()[:16]
    assert row["case_id"] == case_id("C1", "katherine smith", "robert jones", "N1", "N2")
    lone = cases.loc["C3;C4"]
    assert lone["case_id"] == "C-" + hashlib.sha1(
        "C3|kate smith|\x1f".encode()).hexdigest()[:16]
    mary = cases.loc["C8;C9"]
    assert mary["case_id"] == case_id("C8", "mary smith-jones", "robert jones")
    again = run(STORY)
    pd.testing.assert_frame_equal(again.cases, story.cases)
    reordered = run(STORY[::-1])  # ids do not depend on the order of the input rows
    assert set(reordered.cases["case_id"]) == set(story.cases["case_id"])
    pd.testing.assert_frame_equal(again.parties, story.parties)


def test_suspect_groups_mark_victims_around_the_first_victim(story):
    bob = person(story, "C1", "suspect")
    groups = story.suspect_groups[story.suspect_groups["suspect_person"] == bob]
    proxy = dict(zip(groups["victim_person"], groups["proxy"]))
    assert proxy[person(story, "C1", "victim")] is False or not proxy[person(story, "C1", "victim")]
    assert proxy[person(story, "C8", "victim")]  # "mum" in the narrative
    assert len(groups) == 3  # Kate, the store, Mary


COMMON = [
    # Two John Smiths with different dates of birth, and a third mention with no date of
    # birth that shares a weak postcode district with both: it must not chain them.
    ("K1", "John Smith", "1980-01-01", "LS6 2AB", N, N, N, N, N, "", "2026-01-01"),
    ("K2", "John Smith", "1980-01-01", "LS6 2AB", N, N, N, N, N, "", "2026-01-02"),
    ("K3", "John Smith", "1975-06-30", "LS6 9ZZ", N, N, N, N, N, "", "2026-01-03"),
    ("K4", "John Smith", N, "LS6 4QQ", N, N, N, N, N, "", "2026-01-04"),
    ("K5", "Jon Smith", "1975-06-30", "LS6 9ZZ", "X1", N, N, N, N, "", "2026-01-05"),
    # a typo'd id colliding with another person's id
    ("K6", "Priya Patel", "1992-02-02", N, "X1", N, N, N, N, "", "2026-01-06"),
    # one person with two ids
    ("K7", "Fatima Begum", "1985-05-05", "B1 1AA", "X7", N, N, N, N, "", "2026-01-07"),
    ("K8", "Fatima Begum", "1985-05-05", N, "X8", N, N, N, N, "", "2026-01-08"),
    # one person split across a year typo and a surname typo
    ("K9", "Oluwaseun Adeyemi", "1979-11-12", "E1 6AN", N, N, N, N, N, "", "2026-01-09"),
    ("K10", "Seun Adeyemi", "1997-11-12", N, N, N, N, N, N, "", "2026-01-10"),
    ("K11", "Oluwaseun Adeymi", "1979-11-12", N, N, N, N, N, N, "", "2026-01-11"),
]


@pytest.fixture(scope="module")
def common() -> LinkResult:
    return run(COMMON)


def test_common_names_with_different_dobs_stay_apart(common):
    assert person(common, "K1", "victim") == person(common, "K2", "victim")
    assert person(common, "K3", "victim") == person(common, "K5", "victim")  # typo + dob
    assert person(common, "K1", "victim") != person(common, "K3", "victim")
    assert person(common, "K4", "victim") not in {person(common, "K1", "victim"),
                                                  person(common, "K3", "victim")}


def test_ids_are_evidence_not_the_key(common):
    assert person(common, "K6", "victim") != person(common, "K5", "victim")
    assert person(common, "K7", "victim") == person(common, "K8", "victim")


def test_year_typo_nickname_and_surname_typo_link(common):
    seun = person(common, "K9", "victim")
    assert person(common, "K11", "victim") == seun
    # nickname + a year off by one transposition needs more evidence than that alone
    assert person(common, "K10", "victim") != seun


def test_dob_conflict_splits_a_chained_cluster():
    # B has no date of birth and links strongly to both A and C through the same id and
    # exact name; A and C have incompatible dates of birth, so the chain must break.
    chain = [
        ("D1", "Wojciech Nowicki", "1970-01-01", "CF10 1AA", "Z1", N, N, N, N, "", "2026-01-01"),
        ("D2", "Wojciech Nowicki", N, "CF10 1AA", "Z1", N, N, N, N, "", "2026-01-02"),
        ("D3", "Wojciech Nowicki", "1990-09-09", "CF10 1AA", "Z1", N, N, N, N, "", "2026-01-03"),
    ]
    result = run(chain)
    a, b, c = (person(result, f"D{i}", "victim") for i in (1, 2, 3))
    assert a != c
    assert b in {a, c}
    unsplit = run(chain, {"split_conflicting_dob": False})
    assert person(unsplit, "D1", "victim") == person(unsplit, "D3", "victim")


def test_two_parties_of_one_crime_are_two_people():
    rows = [
        ("S1", "Gareth Evans", "1980-01-01", "SA1 1AA", "G1", "Gareth Evans", N, "SA1 1AA", "G1",
         "", "2026-01-01"),
    ]
    result = run(rows)
    assert person(result, "S1", "victim") != person(result, "S1", "suspect")


def test_blocking_is_a_deduplicated_union_not_all_pairs(common):
    rows = make_rows(COMMON)
    records = build_records(prepare_mentions(parties_from_rows(rows)))
    people = records[~records["is_org"]].reset_index()
    settings = load_link_settings()
    left, right = candidate_pairs(people, settings)
    n = len(people)
    assert len(left) < n * (n - 1) // 2
    assert (left < right).all()
    assert len(set(zip(left.tolist(), right.tolist()))) == len(left)


def test_link_uses_the_engine_it_is_given():
    seen = []

    class RecordingEngine(PandasEngine):
        def predict(self, records, settings):
            seen.append(len(records))
            return super().predict(records, settings)

    rows = make_rows(STORY)
    link_result = link(parties_from_rows(rows), crimes_from_rows(rows), {},
                       engine=RecordingEngine())
    assert seen and seen[0] == link_result.parties.loc[~link_result.parties["is_org"]].pipe(
        lambda p: len(p.drop_duplicates(["name_norm", "dob", "postcode", "source_id"])))


def test_settings_override_and_validation():
    settings = load_link_settings()
    assert settings["threshold"] > 0 and len(settings["blocking_rules"]) >= 4
    strict = run(STORY, {"threshold": 40})
    assert person(strict, "C1", "victim") != person(strict, "C2", "victim")
    with pytest.raises(AuditError, match="unknown key"):
        run(STORY, {"blocking_rules": [{"keys": ["shoe_size"]}]})


def test_bad_settings_file_names_the_file(tmp_path):
    bad = tmp_path / "linking.yml"
    bad.write_text("threshold: high\n", encoding="utf-8")
    with pytest.raises(AuditError, match="linking.yml"):
        load_link_settings(bad)


def test_connected_components_joins_chains():
    labels = connected_components(6, np.array([0, 1, 4]), np.array([1, 2, 5]))
    assert labels.tolist() == [0, 0, 0, 3, 4, 4]


def test_pairwise_quality_counts_pairs_per_group():
    predicted = pd.DataFrame({"party_key": range(6),
                              "person_id": ["a", "a", "a", "b", "b", "c"]})
    truth = pd.DataFrame({"party_key": range(6),
                          "true_person": ["x", "x", "y", "y", "y", "z"]})
    q = pairwise_quality(predicted, truth)
    # predicted pairs: 3 + 1 = 4; true pairs: 1 + 3 = 4; correct: (0,1) and (3,4) = 2
    assert (q["predicted_pairs"], q["true_pairs"]) == (4, 4)
    assert q["precision"] == pytest.approx(0.5) and q["recall"] == pytest.approx(0.5)


def test_store_branches_are_told_apart_by_postcode_and_id():
    bob = ("Robert Jones", "1988-01-02", N, N, "")
    rows = [
        ("B1", "Tesco Express", N, "LE1 1AA", "O1", *bob, "2026-01-01"),
        ("B2", "TESCO STORES LTD", N, "LE1 1AA", "O2", *bob, "2026-01-02"),
        ("B3", "Tesco Express", N, "LE9 9ZZ", "O3", *bob, "2026-01-03"),
        ("B4", "M&S", N, "LE2 2BB", "O4", *bob, "2026-01-04"),
        ("B5", "Marks and Spencer plc", N, "LE2 2BB", "O5", *bob, "2026-01-05"),
        ("B6", "Tesco", N, N, "O3", *bob, "2026-01-06"),
        ("B7", "Tesco", N, N, N, *bob, "2026-01-07"),
    ]
    result = run(rows)
    store = {c: person(result, c, "victim") for c in ("B1", "B2", "B3", "B4", "B5", "B6", "B7")}
    assert store["B1"] == store["B2"]  # same postcode, shared word "tesco"
    assert store["B1"] != store["B3"]  # another branch
    assert store["B4"] == store["B5"]  # initials at the same postcode
    assert store["B6"] == store["B3"]  # same id
    assert list(store.values()).count(store["B7"]) == 1  # nothing but a chain name: alone
    assert result.parties["is_org"].sum() == 7
    assert len({person(result, c, "suspect") for c in store}) == 1


def test_a_shared_suspect_links_two_records_of_one_victim():
    kelly = [
        ("R1", "Kelly Smyth-Brown", N, "LE3 3CC", "V1", "Darren Price", "1985-04-04", N, "S1",
         "", "2026-01-01"),
        ("R2", "SMYTH-BROWN, Kelly", N, N, "V2", "Darren Price", "1985-04-04", N, "S1",
         "", "2026-02-01"),
        ("R3", "Kelly Smyth-Brown", N, "LE5 5EE", "V3", "Adam Cole", "1970-07-07", N, "S9",
         "", "2026-03-01"),
    ]
    result = run(kelly)
    assert person(result, "R1", "victim") == person(result, "R2", "victim")
    assert person(result, "R3", "victim") != person(result, "R1", "victim")
    key = result.parties.query("crime_ref == 'R2' and role == 'victim'")["party_key"].iloc[0]
    reasons = result.party_links.set_index("party_key").loc[key, "reasons"]
    assert "counterpart: recorded with the same other person (+6.0)" in reasons
    off = {"comparisons": {"counterpart": {"levels": {"shared": {"weight": 0.0}}}}}
    assert person(run(kelly, off), "R1", "victim") != person(run(kelly, off), "R2", "victim")


# ---------------------------------------------------------------------------
# quality on the generated sample (and the held-out set) when they exist
# ---------------------------------------------------------------------------
# Targets: pairwise precision >= 0.99 over all mentions and recall >= 0.95 over people.
# Organisations are held to precision only (plus a floor on recall): the branches of one
# chain share every name variant, so a branch's records written without postcode and
# with another id cannot be placed, and are left apart rather than guessed.

# final.csv is the last unseen held-out set: the lead measures it once, at the end, so it
# is no test gate here (a gate would invite tuning against it).
NOT_A_GATE = {"final.csv"}


def _labelled_sets() -> list[tuple[Path, Path]]:
    found = []
    for folder in (SAMPLE_DIR, SAMPLE_DIR / "heldout"):
        for csv_path in sorted(folder.glob("*.csv")):
            labels = csv_path.with_name(csv_path.stem + "_labels.json")
            if labels.exists() and csv_path.name not in NOT_A_GATE:
                found.append((csv_path, labels))
    return found


def _load_rows(path: Path) -> pd.DataFrame:
    from audit_cli.load import load_inputs
    return load_inputs([path]).rows


def _truth(labels: dict, parties: pd.DataFrame) -> pd.DataFrame:
    rows = pd.DataFrame(labels["rows"])
    truth = pd.concat([
        rows[["crime_ref", f"{role}_name", f"{role}_person"]]
        .set_axis(["crime_ref", "name", "true_person"], axis=1).assign(role=role)
        for role in ("victim", "suspect")
    ], ignore_index=True).dropna()
    truth = truth.astype({"name": str, "true_person": str}).drop_duplicates(
        ["crime_ref", "role", "name"])
    return parties.merge(truth, on=["crime_ref", "role", "name"])[["party_key", "true_person",
                                                                    "name_norm"]]


def _generated_set(folder: Path) -> tuple[Path, Path]:
    """A fresh sample from the generator (another seed than any weight was set on)."""
    from audit_cli.sample import generate, write_export, write_labels
    export, labels = generate(6000, 11)
    write_export(export, folder / "generated.csv")
    write_labels(labels, folder / "generated_labels.json")
    return folder / "generated.csv", folder / "generated_labels.json"


@pytest.fixture(scope="module", params=["generated", *_labelled_sets()],
                ids=lambda p: p if isinstance(p, str) else p[0].name)
def labelled(request, tmp_path_factory):
    if request.param == "generated":
        pytest.importorskip("audit_cli.sample")
        csv_path, labels_path = _generated_set(tmp_path_factory.mktemp("sample"))
    else:
        csv_path, labels_path = request.param
    rows = _load_rows(csv_path)
    result = link(parties_from_rows(rows), crimes_from_rows(rows), load_link_settings())
    truth = _truth(json.loads(labels_path.read_text(encoding="utf-8")), result.parties)
    return result, truth


# courses.csv (the second held-out set) writes one suspect per victim as a nickname,
# initials and a misspelt surname on purpose: across the force those must stay apart
# (issue 12 resolves them inside one victim's records, at course assembly), so force-wide
# people recall there is held to a lower floor; 0.899 when the set was written.
# The generator's split courses (issue 12) type some suspects free-hand (initials, a
# nickname) with no date of birth or id: force-wide those rightly stay apart (0.947 on the
# generated set when they were added).
PEOPLE_RECALL_FLOOR = {"courses.csv": 0.85, "generated": 0.94}


def test_sample_pairwise_quality(labelled, request):
    result, truth = labelled
    set_name = request.node.callspec.id
    overall = pairwise_quality(result.parties, truth)
    assert overall["true_pairs"] > 0
    assert overall["precision"] >= 0.99, overall
    people = result.parties[~result.parties["is_org"]]
    quality = pairwise_quality(people, truth)
    assert quality["precision"] >= 0.99, quality
    assert quality["recall"] >= PEOPLE_RECALL_FLOOR.get(set_name, 0.95), quality
    orgs = result.parties[result.parties["is_org"]]
    if len(orgs):
        org_quality = pairwise_quality(orgs, truth)
        assert org_quality["precision"] >= 0.99, org_quality
        # a busy store's hundred-odd thefts (issue 12: the first store of a generated
        # sample is busy) weigh quadratically in pairwise recall, and its branches written
        # alike with neither id nor postcode in common stay apart by design (README)
        assert org_quality["recall"] >= 0.55, org_quality


def test_no_case_mixes_two_true_people_sharing_a_name(labelled):
    result, truth = labelled
    joined = result.parties.merge(truth[["party_key", "true_person"]], on="party_key")
    groups = joined.groupby(["person_id", "name_norm"])
    mixed = groups["true_person"].nunique()
    # Two people written with one name and born the same day, with no postcode that
    # differs, only their ids (the regenerated quarter holds one such pair of Krzysztof
    # Nowaks), cannot be told apart by any linker: they count against pairwise precision
    # (test_sample_pairwise_quality), not here.
    indistinct = (groups["dob"].nunique().eq(1) & groups["dob"].count().eq(groups.size())
                  & groups["postcode"].nunique().le(1))
    mixed = mixed[(mixed > 1) & ~indistinct.reindex(mixed.index)]
    mixed_persons = set(mixed.index.get_level_values("person_id"))
    in_cases = set(result.cases["victim_person"].dropna()) | \
        set(result.cases["suspect_person"].dropna())
    assert not (mixed_persons & in_cases), sorted(mixed_persons & in_cases)[:5]


def test_phone_and_handle_join_a_victims_unidentified_crimes():
    rows = [
        ("U1", "Zainab Hussain", "1991-01-01", "LE1 1AA", "Z1", N, N, N, N,
         "Texts from 07700 900456 saying he is watching", "2026-03-01"),
        ("U2", "Zainab Hussain", "1991-01-01", "LE1 1AA", "Z1", N, N, N, N,
         "More messages from 07700900456 and from @watcher_99 on Instagram", "2026-03-05"),
        ("U3", "Zainab Hussain", "1991-01-01", "LE1 1AA", "Z1", N, N, N, N,
         "DM from @Watcher_99 again", "2026-03-09"),
        ("U4", "Lena Fischer", "1990-02-02", "LE2 2BB", "Z2", N, N, N, N,
         "Texts from 07700 900456 too", "2026-03-10"),  # another victim: her own case
    ]
    result = run(rows)
    cases = result.cases.set_index("crime_refs")
    assert cases.loc["U1;U2;U3", "kind"] == "unidentified_suspect"
    # the same three records also make a pattern (rules/courses.yml pattern rule; the
    # reason names every behaviour family of the run)
    assert cases.loc["U1;U2;U3", "link_reasons"] == \
        "narratives share: handle @watcher_99; phone 07700900456; " \
        "repeated pattern: contact, watching in at least 3 records within 90 days"
    assert cases.loc["U4", "n_crimes"] == 1


def test_suspect_groups_flag_interleaved_crimes_against_another_victim():
    rows = [
        ("I1", "Amy Clarke", "1990-01-01", "LE1 1AA", "A1", "Dean Moss", "1985-05-05", N, "D1",
         "", "2026-01-01"),
        ("I2", "Amy Clarke", "1990-01-01", "LE1 1AA", "A1", "Dean Moss", "1985-05-05", N, "D1",
         "", "2026-03-01"),
        ("I3", "Ben Ortiz", "1970-07-07", "M1 1AA", "B1", "Dean Moss", "1985-05-05", N, "D1",
         "", "2026-02-01"),  # inside Amy's case period
        ("I4", "Cara Boyd", "1960-06-06", "M2 2BB", "C1", "Dean Moss", "1985-05-05", N, "D1",
         "", "2026-12-01"),  # long after, no link
    ]
    result = run(rows)
    groups = result.suspect_groups.set_index("victim_person")["proxy"]
    assert not groups[person(result, "I1", "victim")]
    assert groups[person(result, "I3", "victim")]
    assert not groups[person(result, "I4", "victim")]


# --- integer building blocks of the fast paths ---------------------------------------

def test_one_digit_apart_matches_the_string_distance():
    from rapidfuzz.distance import OSA

    from audit_cli.link.cluster import date_digits, date_parts, one_digit_apart
    dates = pd.to_datetime(["1980-03-12", "1980-03-13", "1980-12-03", "1908-03-12",
                            "1981-04-12", "1890-03-12", "1677-09-22"])
    stamp = dates.to_numpy(dtype="datetime64[ns]")
    year, month, day = date_parts(stamp)
    assert year.tolist() == [1980, 1980, 1980, 1908, 1981, 1890, 1677]
    assert day.tolist() == [12, 13, 3, 12, 12, 12, 22]
    digits = date_digits(year, month, day)
    left, right = np.meshgrid(np.arange(len(dates)), np.arange(len(dates)))
    left, right = left.ravel(), right.ravel()
    near = one_digit_apart(digits[left], digits[right])
    text = dates.strftime("%Y%m%d").tolist()
    expected = [OSA.distance(text[a], text[b]) <= 1 for a, b in zip(left, right)]
    assert near.tolist() == expected
    assert near[(left == 0) & (right == 3)].item()  # 1980 / 1908: two digits swapped
    assert not near[(left == 0) & (right == 4)].item()  # two digits changed


def test_first_seen_numbers_is_groupby_ngroup():
    from audit_cli.link.records import first_seen_numbers
    a = pd.Series(["x", None, "x", "y", None, "x"], dtype="str")
    b = pd.Series([1, 2, 1, 1, 2, 3])
    expected = pd.DataFrame({"a": a, "b": b}).groupby(["a", "b"], dropna=False,
                                                        sort=False).ngroup()
    assert first_seen_numbers([a, b]).tolist() == expected.tolist() == [0, 1, 0, 2, 1, 3]


def test_pairs_within_groups_lists_each_pair_once():
    from audit_cli.link.cluster import pairs_within_groups
    a, b = pairs_within_groups(np.array([5, 7, 5, 5, 9, 7]))
    assert sorted(zip(a.tolist(), b.tolist())) == [(0, 2), (0, 3), (1, 5), (2, 3)]


def test_block_pairs_are_every_pair_of_distinct_records_in_a_small_block():
    from itertools import combinations

    from audit_cli.link.engine import _pairs_within_blocks
    rng = np.random.default_rng(5)
    for _ in range(50):
        recs = rng.integers(0, 30, 60)
        blocks = np.unique(rng.integers(0, 25, 60), return_inverse=True)[1]
        expected = set()
        for block in np.unique(blocks):
            members = recs[blocks == block]
            if 2 <= len(members) <= 4:
                expected |= {(min(x, y), max(x, y)) for x, y in combinations(members.tolist(), 2)
                             if x != y}
        codes = _pairs_within_blocks(recs, blocks, 30, 4)
        assert sorted(set(zip((codes // 30).tolist(), (codes % 30).tolist()))) == \
            sorted(expected)


def test_share_a_value_finds_owners_holding_a_common_value():
    from audit_cli.link.relations import share_a_value
    rng = np.random.default_rng(7)
    owner, value = rng.integers(0, 40, 200), rng.integers(0, 15, 200)
    width = np.int64(15)
    packed = np.unique(owner * width + value)
    held = {o: set(value[owner == o].tolist()) for o in range(45)}
    a, b = rng.integers(0, 45, 300), rng.integers(0, 45, 300)
    expected = [bool(held[x] & held[y]) for x, y in zip(a.tolist(), b.tolist())]
    assert any(expected) and not all(expected)
    assert share_a_value(packed, width, a, b).tolist() == expected
    assert not share_a_value(packed[:0], width, a, b).any()


def test_the_dob_split_keeps_together_what_the_comparison_does_not_call_different():
    from audit_cli.link.cluster import dob_levels, split_on_dob
    from audit_cli.link.settings import FIELD_LEVELS
    levels = FIELD_LEVELS["dob"]
    dob = pd.Series(pd.to_datetime(["1980-03-12", "1980-12-03", "1980-03-13", "1981-07-01",
                                    None, "1908-03-12"]), dtype="datetime64[ns]")
    stamp = dob.to_numpy()
    left, right = np.array([0, 0, 0, 0, 0, 3]), np.array([1, 2, 3, 4, 5, 4])
    assert [levels[i] for i in dob_levels(stamp, left, right)] == [
        "swapped", "one_digit", "different", "missing", "one_digit", "missing"]
    edges = pd.DataFrame({"left": left, "right": right, "score": 10.0})
    labels = split_on_dob(np.zeros(6, dtype=np.int64), dob, edges)
    # 3 (1981) is the one date none of the others can be: it alone leaves the component
    assert len(set(labels[[0, 1, 2, 4, 5]].tolist())) == 1 and labels[3] != labels[0]


def test_crime_pairings_cross_victims_and_suspects_per_crime():
    from audit_cli.link.cases import crime_pairings
    # crime 0: victims 1, 2 and suspect 3; crime 1: victim 4 only; crime 2: suspect 5
    # only; crime 3: nobody; a mention of an unknown crime (-1) is ignored
    crime = np.array([0, 0, 0, 1, 2, -1, 0])
    person = np.array([1, 2, 3, 4, 5, 6, 1])
    victim = np.array([True, True, False, True, False, True, True])
    rows = crime_pairings(crime, person, victim, 4)
    assert [r.tolist() for r in rows] == [[0, 0, 1, 2, 3], [1, 2, 4, -1, -1],
                                          [3, 3, -1, 5, -1]]


def test_most_used_takes_the_commonest_then_the_first_seen():
    from audit_cli.link import _most_used
    person = np.array([1, 1, 1, 2, 2, 3, 1])
    code = np.array([4, 5, 5, 6, 7, -1, 4])
    # person 1: 4 and 5 twice each, 4 seen first; person 2: a tie, 6 first; 3: none
    assert _most_used(person, code, 3).tolist() == [4, 6, -1]


# --- how one person is keyed in twice --------------------------------------------------

def test_name_written_family_name_first_joins_on_a_matching_date_of_birth():
    rows = [
        ("W1", "Zhang Hao", "1984-02-19", "LE4 9SJ", "N1", N, N, N, N, "", "2026-01-01"),
        ("W2", "HAO, Zhang", "1984-02-19", N, "N2", N, N, N, N, "", "2026-01-02"),
        ("W3", "Chen Xiu Ying", "1998-01-03", "NG10 3JB", "N3", N, N, N, N, "", "2026-01-03"),
        ("W4", "Xiu Ying Chen", "1998-01-03", N, "N4", N, N, N, N, "", "2026-01-04"),
        # the same words and another date of birth: two people
        ("W5", "Thomas Scott", "1970-05-05", N, "N5", N, N, N, N, "", "2026-01-05"),
        ("W6", "Scott Thomas", "1991-08-30", N, "N6", N, N, N, N, "", "2026-01-06"),
    ]
    result = run(rows)
    assert person(result, "W1", "victim") == person(result, "W2", "victim")
    assert person(result, "W3", "victim") == person(result, "W4", "victim")
    assert person(result, "W5", "victim") != person(result, "W6", "victim")
    links = result.party_links.set_index("party_key")
    w4 = result.parties.query("crime_ref == 'W4'")["party_key"].iloc[0]
    assert "name: same name words in another order (+5.5)" in links.loc[w4, "reasons"]


def test_word_set_codes_ignore_word_order_only():
    from audit_cli.link.records import word_set_codes
    names = pd.Series(["zhang hao", "hao zhang", "chen xiu ying", "xiu ying chen",
                       "xiu chen", None, "hao hao zhang"], dtype="str")
    code = word_set_codes(names)
    assert code[0] == code[1] and code[2] == code[3]
    assert len({code[0], code[2], code[4], code[6]}) == 4  # other words, or one repeated
    assert code[5] == -1


def test_word_set_codes_never_give_a_shorter_name_a_longer_ones_code():
    from itertools import combinations

    from audit_cli.link.records import word_set_codes
    names = ["a b", "c", "d", "zhang hao", "mary", "smith", "hao zhang", "a b c", "c a b",
             "b", "a c", "d e f g", "g f e d", "e"]
    code = word_set_codes(pd.Series(names, dtype="str"))
    for i, j in combinations(range(len(names)), 2):
        same_words = sorted(names[i].split()) == sorted(names[j].split())
        assert (code[i] == code[j]) == same_words, (names[i], names[j])


def test_name_order_blocking_pairs_only_names_written_two_ways():
    rows = make_rows([
        ("X1", "Zhang Hao", N, "LE1 1AA", "N1", N, N, N, N, "", "2026-01-01"),
        ("X2", "Hao Zhang", N, "LE9 9ZZ", "N2", N, N, N, N, "", "2026-01-02"),
        ("X3", "Mary Green", N, "LE2 2BB", "N3", N, N, N, N, "", "2026-01-03"),
        ("X4", "Mary Green", N, "LE3 3CC", "N4", N, N, N, N, "", "2026-01-04"),
    ])
    records = build_records(prepare_mentions(parties_from_rows(rows)))
    only_words = {**load_link_settings(), "blocking_rules": [{"keys": ["name_words"]}]}
    left, right = candidate_pairs(records.reset_index(), only_words)
    # Mary Green / Mary Green is paired by the name rules; the word rule adds nothing
    assert list(zip(left.tolist(), right.tolist())) == [(0, 1)]


def test_a_typed_nickname_is_one_typo():
    rows = [
        # chirs -> chris (christopher), gsz -> gaz (gareth), dacid -> david (davey)
        ("T1", "Christopher Lee Moore", "2000-02-25", "LE17 1PQ", "N1", N, N, N, N, "",
         "2026-01-01"),
        ("T2", "Chirs Lee Moore", "2000-02-25", N, "N2", N, N, N, N, "", "2026-01-02"),
        ("T3", "Gareth Griffiths", "1985-07-26", N, "N3", N, N, N, N, "", "2026-01-03"),
        ("T4", "Gsz Griffiths", "1985-07-26", "LE17 4JH", "N4", N, N, N, N, "", "2026-01-04"),
        ("T5", "Davey Palmer", N, "LE18 2PS", "N5", N, N, N, N, "", "2026-01-05"),
        ("T6", "Dacid Palmer", "1966-10-27", "LE18 2PS", "N6", N, N, N, N, "", "2026-01-06"),
        # two listed names one letter apart are two people (twins: one date of birth)
        ("T7", "Jan Kowalski", "1990-01-01", N, "N7", N, N, N, N, "", "2026-01-07"),
        ("T8", "Jen Kowalski", "1990-01-01", N, "N8", N, N, N, N, "", "2026-01-08"),
    ]
    result = run(rows)
    for a, b in (("T1", "T2"), ("T3", "T4"), ("T5", "T6")):
        assert person(result, a, "victim") == person(result, b, "victim"), (a, b)
    assert person(result, "T7", "victim") != person(result, "T8", "victim")
    links = result.party_links.set_index("party_key")
    t2 = result.parties.query("crime_ref == 'T2'")["party_key"].iloc[0]
    assert "name: one typo (+6.0)" in links.loc[t2, "reasons"]


def test_typo_in_the_first_letter_links_at_the_same_postcode():
    rows = [
        ("P1", "Ayse Celik", "1975-11-26", "DE74 4ZE", "N1", N, N, N, N, "", "2026-01-01"),
        ("P2", "Yase Celik", N, "DE74 4ZE", "N2", N, N, N, N, "", "2026-01-02"),
        # a relative at the same address with another first name stays apart
        ("P3", "Emre Celik", N, "DE74 4ZE", "N3", N, N, N, N, "", "2026-01-03"),
    ]
    result = run(rows)
    assert person(result, "P1", "victim") == person(result, "P2", "victim")
    assert person(result, "P3", "victim") != person(result, "P1", "victim")


def test_an_apostrophe_does_not_split_a_store_name():
    bob = ("Robert Jones", "1988-01-02", N, N, "")
    rows = [
        ("S1", "Sainsbury's", N, "LE9 9SZ", "O1", *bob, "2026-01-01"),
        ("S2", "Sainsburys Local", N, "LE9 9SZ", "O2", *bob, "2026-01-02"),
        ("S3", "Sainsburys Local", N, "LE1 1AA", "O3", *bob, "2026-01-03"),
    ]
    result = run(rows)
    assert person(result, "S1", "victim") == person(result, "S2", "victim")
    assert person(result, "S3", "victim") != person(result, "S1", "victim")  # another branch


def test_a_shared_records_system_id_links_unless_the_dates_of_birth_disagree():
    rows = [
        # known by a middle name on one record, the same nominal id on both
        ("I1", "Jonathan Paul Reid", "1984-02-10", "LE2 1AA", "N77", N, N, N, N, "", "2026-01-01"),
        ("I2", "Paul Reid", N, "LE5 9ZZ", "N77", N, N, N, N, "", "2026-01-02"),
        # the same id typed on someone born on another day: not one person
        ("I3", "Peter Reid", "1990-07-01", N, "N77", N, N, N, N, "", "2026-01-03"),
    ]
    result = run(rows, load_link_settings())
    assert person(result, "I1", "victim") == person(result, "I2", "victim")
    assert person(result, "I3", "victim") != person(result, "I1", "victim")
    reasons = result.party_links.set_index("party_key")["reasons"]
    assert reasons.str.contains("same records-system id (+28.0)", regex=False).any()


def test_middle_name_singh_kaur_and_an_unlisted_forename_link_on_dob_and_postcode():
    rows = [
        ("M1", "John Paul Smith", "1980-05-05", "LE3 3AA", "N1", N, N, N, N, "", "2026-01-01"),
        ("M2", "Paul Smith", "1980-05-05", N, "N2", N, N, N, N, "", "2026-01-02"),
        ("M3", "Harpreet Kaur Gill", "1991-09-12", "LE4 6BB", "N3", N, N, N, N, "", "2026-01-03"),
        ("M4", "Harpreet Kaur", "1991-09-12", N, "N4", N, N, N, N, "", "2026-01-04"),
        ("M5", "Harpreet Sandhu", "1979-01-20", "LE4 7CC", "N5", N, N, N, N, "", "2026-01-05"),
        ("M6", "Harpreet Singh", "1979-01-20", "LE4 7CC", "N6", N, N, N, N, "", "2026-01-06"),
        # a nickname outside the lexicon: the same surname, birth date and postcode
        ("M7", "Gareth Price", "1972-03-03", "LE9 1DD", "N7", N, N, N, N, "", "2026-01-07"),
        ("M8", "Gaz Price", "1972-03-03", "LE9 1DD", "N8", N, N, N, N, "", "2026-01-08"),
        # Kaur and another surname with only a date of birth in common is not enough
        ("M9", "Harpreet Bains", "1991-09-12", "LE1 1EE", "N9", N, N, N, N, "", "2026-01-09"),
    ]
    result = run(rows, load_link_settings())
    for a, b in (("M1", "M2"), ("M3", "M4"), ("M5", "M6"), ("M7", "M8")):
        assert person(result, a, "victim") == person(result, b, "victim"), (a, b)
    assert person(result, "M9", "victim") != person(result, "M4", "victim")
    reasons = " ".join(result.party_links["reasons"])
    assert "known by a middle name" in reasons and "one surname is Singh or Kaur" in reasons


def test_namesakes_born_the_same_day_lose_weight_for_another_postcode_and_id():
    rows = [
        ("W1", "Thomas Okonkwo-Hale", "2000-11-30", "DE74 3TS", "N1", N, N, N, N, "", "2026-01-01"),
        ("W2", "Thomas Okonkwo-Hale", "2000-11-30", "LE4 4HX", "N2", N, N, N, N, "", "2026-01-02"),
    ]
    settings = load_link_settings()
    records = build_records(prepare_mentions(parties_from_rows(make_rows(rows))))
    scored = PandasEngine().predict(records[~records["is_org"]].reset_index(drop=True), settings)
    assert len(scored) == 1
    # name, date of birth, and the differences: below the threshold unless the name is rare
    name = float(scored["name_weight"].iloc[0])
    assert float(scored["score"].iloc[0]) == pytest.approx(name + 9.0 - 2.0 - 1.0)
