"""The follow-up stage: requirements as data, gaps with evidence, compliance, triage."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from audit_cli.errors import AuditError
from audit_cli.followup import (
    COMPLIANCE_COLUMNS, FOLLOWUP_DIR, GAP_COLUMNS, TRIAGE_COLUMNS, check_followup,
    condition_facts, example_result_problems, expand, first_phrase, gap_ids_by_case,
    group_join, hit_tags, join_parts, load_force_settings, load_requirements,
    may_match, normalise_teams, parse_referrals, per_distinct, phrase_pattern,
    phrase_prefilter, rag, referrals_by_crime, run_examples, split_items, suspect_victims,
)

GAP_IDS = {
    "not_recorded_as_stalking", "no_included_classification", "no_screening",
    "no_risk_assessment", "no_investigation_plan", "no_referral", "late_referral",
    "not_triaged", "wrong_team", "spo_not_considered", "pin_used", "breaches_in_isolation",
    "closed_weakly",
}
REQUIREMENTS = load_requirements()
FORCE = load_force_settings()
T = pd.Timestamp


def example_params():
    for requirement in REQUIREMENTS:
        for key in ("should_fail", "should_pass"):
            for number, example in enumerate(requirement.tests[key], start=1):
                yield pytest.param(requirement, key, number, example,
                                   id=f"{requirement.id}-{key}-{number}")


# ---------------------------------------------------------------------------
# each requirement against its own examples
# ---------------------------------------------------------------------------


@lru_cache(maxsize=None)
def example_results(rid: str) -> dict:
    """Each requirement's examples run once, as one batch of cases per kind."""
    requirement = next(r for r in REQUIREMENTS if r.id == rid)
    return {key: run_examples(requirement, requirement.tests[key])
            for key in ("should_fail", "should_pass")}


@pytest.mark.parametrize("requirement,key,number,example", list(example_params()))
def test_requirement_example(requirement, key, number, example):
    result = example_results(requirement.id)[key][number - 1]
    assert example_result_problems(requirement, key, number, example, result) == []


def test_the_fixed_gap_ids_are_all_shipped():
    assert {r.id for r in REQUIREMENTS} == GAP_IDS
    for requirement in REQUIREMENTS:
        assert Path(requirement.path).stem == requirement.id
        assert requirement.references and requirement.tests["should_pass"]


def test_an_example_that_contradicts_its_requirement_is_reported():
    screening = next(r for r in REQUIREMENTS if r.id == "no_screening")
    done_in_time = {"crimes": [{"recorded_date": "2026-07-03"},
                               {"recorded_date": "2026-07-10", "screening_tool": True,
                                "screening_date": "2026-07-11"}]}
    result = run_examples(screening, [done_in_time])[0]
    problems = example_result_problems(screening, "should_fail", 1, done_in_time, result)
    assert problems == ["no_screening should_fail #1: no gap"]


# ---------------------------------------------------------------------------
# loading and validation
# ---------------------------------------------------------------------------


def write_requirement(folder: Path, rid: str, **changes) -> Path:
    data = yaml.safe_load((FOLLOWUP_DIR / "no_investigation_plan.yml").read_text())
    data["id"] = rid
    data.update(changes)
    path = folder / f"{rid}.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


@pytest.mark.parametrize("changes,message", [
    ({"check": [{"present": "no_such_fact"}]}, "unknown fact 'no_such_fact'"),
    ({"check": [{"looks_like": "narrative"}]}, "unknown condition 'looks_like'"),
    ({"check": [{"date_within": {"field": "risk_date", "from": "first_recorded"}}]},
     "needs 'days' or the requirement's 'deadline'"),
    ({"level": "urgent"}, "level must be one of"),
    ({"tests": {"should_fail": [{"crimes": [{}]}]}}, "should_pass"),
    ({"unit": "person"}, "unit must be one of"),
    ({"check": [{"present": "pin_mention"}]}, "unknown fact 'pin_mention'"),
])
def test_bad_requirement_files_are_refused_with_the_file_named(tmp_path, changes, message):
    path = write_requirement(tmp_path, "my_check", **changes)
    with pytest.raises(AuditError) as err:
        load_requirements([tmp_path])
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_file_name_must_match_the_id(tmp_path):
    path = write_requirement(tmp_path, "one")
    path.rename(tmp_path / "two.yml")
    with pytest.raises(AuditError, match="named one.yml"):
        load_requirements([tmp_path])


def test_a_force_folder_replaces_and_adds_requirements(tmp_path):
    write_requirement(tmp_path, "no_investigation_plan", level="high")
    write_requirement(tmp_path, "force_extra")
    loaded = {r.id: r for r in load_requirements([FOLLOWUP_DIR, tmp_path,
                                                  tmp_path / "absent"])}
    assert loaded["no_investigation_plan"].level == "high"
    assert "force_extra" in loaded and len(loaded) == len(GAP_IDS) + 1


def test_unknown_deadline_key_is_refused_at_check_time(tmp_path):
    write_requirement(tmp_path, "late_plan", deadline="plan_days",
                      check=[{"date_within": {"field": "risk_date", "from": "first_recorded"}}])
    requirement = load_requirements([tmp_path])
    cases, crimes, case_crimes, hits = fixture_frames()
    with pytest.raises(AuditError, match="deadline 'plan_days'"):
        check_followup(cases, crimes, case_crimes, hits, requirement, {}, rule_tags={})


def test_force_file_merges_over_the_defaults(tmp_path):
    path = tmp_path / "force.yml"
    path.write_text("deadlines: {screening_days: 10}\nteams: {domestic: [CID]}\n")
    settings = load_force_settings(path)
    assert settings["deadlines"]["screening_days"] == 10
    assert settings["deadlines"]["referral_days"] == 2  # untouched default
    assert settings["teams"]["domestic"] == ["CID"]
    assert "DAIU" in settings["teams"]["names"]
    path.write_text("deadlines: {day_count: fortnightly}\n")
    with pytest.raises(AuditError, match="day_count"):
        load_force_settings(path)


# ---------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------


def test_team_spellings_normalise_to_the_canonical_names():
    written = pd.Series(["D.A.I.U", "Domestic Abuse Inv Unit", "domestic abuse investigaton unit",
                         "cid team", "Respnse", "Dog Section", None, "CIT"])
    teams = normalise_teams(written, FORCE)
    assert teams.fillna("<missing>").tolist() == [
        "DAIU", "DAIU", "DAIU", "CID", "Response", "Dog Section", "<missing>", "CIT"]


def test_referrals_split_into_specialist_generic_and_other():
    crimes = pd.DataFrame({"crime_ref": ["1", "2", "3", "4", "5"], "support_referral": [
        "Nat Stalking Helpline; IDVA", "Victim Frist", "declined", "Palladin; GP surgery", None]})
    parsed = parse_referrals(crimes, FORCE).set_index("crime_ref")
    assert parsed.loc["1", "specialist_services"] == "National Stalking Helpline"
    assert parsed.loc["1", "generic_services"] == "IDVA"
    assert parsed.loc["2", "generic_services"] == "Victim First"
    assert parsed.loc["2", "specialist_services"] == ""
    assert not parsed.loc["3", "referral"]
    assert parsed.loc["4", "specialist_services"] == "Paladin"
    assert parsed.loc["4", "other_referrals"] == "GP surgery"
    assert parsed["referral"].tolist() == [True, True, False, True, False]


@pytest.mark.parametrize("rate,expected", [(0.95, "G"), (0.9, "G"), (0.8999, "A"), (0.8, "A"),
                                           (0.7999, "R"), (0.0, "R"), (float("nan"), "")])
def test_rag_bands(rate, expected):
    assert rag(pd.Series([rate]), pd.Series([0.9]), 0.1).iloc[0] == expected


# ---------------------------------------------------------------------------
# a fixture with known compliance figures
# ---------------------------------------------------------------------------
# Each case: crimes on the given days (July/August 2026), the team as written in the
# export with the canonical team it must normalise to, and what was done.
SPECIALIST = {"Paladin", "nat stalking helpline", "Suzy Lamplugh Trust"}
FIXTURE = [
    dict(id="C-01", verdict="missed_stalking", days=["2026-07-01", "2026-07-05"],
         team="CID", canon="CID", domestic=False, screening=("2026-07-06",),
         referral=("Paladin", "2026-07-02"), risk=("medium", "2026-07-01")),
    dict(id="C-02", verdict="missed_stalking", days=["2026-07-02", "2026-07-09"],
         team="NPT", canon="NPT", domestic=False, screening=("2026-07-20",),
         referral=("Victim Support", "2026-07-03"), risk=None),
    dict(id="C-03", verdict="recorded_stalking", days=["2026-07-03"], team="D.A.I.U",
         canon="DAIU", domestic=True, screening=None, referral=("IDVA", "2026-07-10"),
         risk=("high", "2026-07-03")),
    dict(id="C-04", verdict="recorded_stalking", days=["2026-07-10", "2026-08-02"],
         team="Domestic Abuse Inv Unit", canon="DAIU", domestic=True, screening=None,
         referral=("nat stalking helpline", "2026-07-11"), risk=("standard", "2026-07-15")),
    dict(id="C-05", verdict="missed_stalking", days=["2026-08-01", "2026-08-03", "2026-08-04"],
         team="CID", canon="CID", domestic=True, screening=("2026-08-05",), referral=None,
         risk=("high", "2026-08-02")),
    dict(id="C-06", verdict="review", days=["2026-08-05", "2026-08-06"], team="NPT",
         canon="NPT", domestic=False, screening=None, referral=None, risk=None),
    dict(id="C-07", verdict="missed_stalking", days=["2026-08-10", "2026-08-12"],
         team="cid team", canon="CID", domestic=False, screening=("2026-08-12",),
         referral=("Suzy Lamplugh Trust; Victim First", "2026-08-15"),
         risk=("medium", "2026-08-10")),
    dict(id="C-08", verdict="recorded_stalking", days=["2026-08-20"], team=None, canon="",
         domestic=False, screening=None, referral=("declined", None), risk=None),
    dict(id="C-09", verdict="no_concern", days=["2026-08-21", "2026-08-22"], team="NPT",
         canon="NPT", domestic=False, screening=None, referral=None, risk=None),
]
FOLLOWED = {"missed_stalking", "recorded_stalking"}


def fixture_frames():
    crimes, links, cases = [], [], []
    for spec in FIXTURE:
        for n, day in enumerate(spec["days"]):
            crime = {"crime_ref": f"{spec['id']}/{n + 1}", "recorded_date": T(day),
                     "offence": "Stalking" if spec["verdict"] == "recorded_stalking"
                     else "Malicious Communications", "narrative": "",
                     "allocated_team": spec["team"], "domestic": spec["domestic"],
                     "flags": ""}
            if n == 0 and spec["referral"]:
                crime["support_referral"] = spec["referral"][0]
                crime["referral_date"] = T(spec["referral"][1]) if spec["referral"][1] \
                    else pd.NaT
            if n == 0 and spec["risk"]:
                crime["risk_level"], crime["risk_date"] = spec["risk"][0], T(spec["risk"][1])
            if n == len(spec["days"]) - 1 and spec["screening"]:
                crime["screening_tool"] = True
                crime["screening_date"] = T(spec["screening"][0])
            crimes.append(crime)
            links.append({"case_id": spec["id"], "crime_ref": crime["crime_ref"]})
        cases.append({"case_id": spec["id"], "kind": "pair", "verdict": spec["verdict"],
                      "four": "FOU", "principal_crime": False,
                      "recorded_as_stalking": spec["verdict"] == "recorded_stalking",
                      "victim_person": f"V{spec['id']}", "suspect_person": f"S{spec['id']}",
                      "last_date": T(spec["days"][-1])})
    crimes = pd.DataFrame(crimes)
    for column in ("referral_date", "risk_date", "screening_date"):
        crimes[column] = pd.to_datetime(crimes[column])
    crimes["domestic"] = crimes["domestic"].astype("boolean")
    crimes["screening_tool"] = crimes["screening_tool"].astype("boolean")
    hits = pd.DataFrame(columns=["crime_ref", "rule_id", "four", "behaviour"])
    return pd.DataFrame(cases), crimes, pd.DataFrame(links), hits


def expected_outcomes() -> dict[str, dict[str, bool]]:
    """Plain-Python reading of the fixture: requirement -> {case_id: compliant} for the
    applicable cases, written from the requirement texts, not from the engine."""
    def days_between(a, b):
        return (T(b) - T(a)).days

    expected = {"no_screening": {}, "no_referral": {}, "late_referral": {},
                "wrong_team": {}, "no_risk_assessment": {}}
    for spec in FIXTURE:
        if spec["verdict"] not in FOLLOWED:
            continue
        cid, first = spec["id"], spec["days"][0]
        if len(spec["days"]) >= 2:  # screening due at the second crime
            done = spec["screening"] is not None and \
                days_between(spec["days"][1], spec["screening"][0]) <= 3
            expected["no_screening"][cid] = done
        text = spec["referral"][0] if spec["referral"] else ""
        expected["no_referral"][cid] = any(s in text for s in SPECIALIST)
        if text and text != "declined":
            expected["late_referral"][cid] = spec["referral"][1] is not None and \
                days_between(first, spec["referral"][1]) <= 2
        allowed = {"DAIU"} if spec["domestic"] else {"DAIU", "CID", "CIT", "Stalking Unit"}
        expected["wrong_team"][cid] = spec["canon"] in allowed
        expected["no_risk_assessment"][cid] = spec["risk"] is not None and \
            days_between(first, spec["risk"][1]) <= 1
    return expected


@pytest.fixture(scope="module")
def fixture_result():
    cases, crimes, case_crimes, hits = fixture_frames()
    return check_followup(cases, crimes, case_crimes, hits, REQUIREMENTS, {}, rule_tags={})


def test_output_tables_keep_the_contract_columns(fixture_result):
    assert list(fixture_result.gaps.columns) == GAP_COLUMNS
    assert list(fixture_result.compliance.columns) == COMPLIANCE_COLUMNS
    assert list(fixture_result.triage.columns) == TRIAGE_COLUMNS


@pytest.mark.parametrize("requirement", ["no_screening", "no_referral", "late_referral",
                                         "wrong_team", "no_risk_assessment"])
def test_compliance_matches_an_independent_count(fixture_result, requirement):
    truth = expected_outcomes()[requirement]
    table = fixture_result.compliance[fixture_result.compliance["requirement"] == requirement]
    overall = table[table["breakdown"] == "overall"].iloc[0]
    assert (overall["applicable"], overall["compliant"]) == (len(truth), sum(truth.values()))
    assert overall["rate"] == pytest.approx(sum(truth.values()) / len(truth))

    specs = {s["id"]: s for s in FIXTURE}
    for breakdown, key in (("team", lambda s: s["canon"] or "(not recorded)"),
                           ("month", lambda s: s["days"][-1][:7])):
        counted: dict[str, list[int]] = {}
        for cid, ok in truth.items():
            group = counted.setdefault(key(specs[cid]), [0, 0])
            group[0] += 1
            group[1] += int(ok)
        rows = table[table["breakdown"] == breakdown]
        got = {g: [a, c] for g, a, c in zip(rows["group"], rows["applicable"],
                                            rows["compliant"])}
        assert got == counted, breakdown


def test_gaps_name_their_evidence_and_context(fixture_result):
    gaps = fixture_result.gaps.set_index(["case_id", "gap_id"])
    assert gaps.loc[("C-02", "no_screening"), "evidence"] == (
        "recorded 2026-07-02; screening_date 2026-07-20, 11 days after screening_due "
        "2026-07-09 (over 3)")
    assert gaps.loc[("C-05", "wrong_team"), "evidence"] == (
        "recorded 2026-08-01; domestic Y; team CID (not one of DAIU); team_as_recorded CID")
    assert gaps.loc[("C-03", "no_referral"), "evidence"].endswith(
        "support_referral IDVA; generic_services IDVA")
    assert ("C-04", "wrong_team") not in gaps.index  # "Domestic Abuse Inv Unit" is DAIU
    row = gaps.loc[("C-04", "no_risk_assessment")]
    assert (row["team"], row["month"], row["level"], row["crime_ref"]) == \
        ("DAIU", "2026-08", "high", "")
    assert not fixture_result.gaps["case_id"].isin(["C-06", "C-09"]).any()


def test_gap_ids_by_case_joins_sorted_ids(fixture_result):
    joined = gap_ids_by_case(fixture_result.gaps, [s["id"] for s in FIXTURE])
    ids = joined["C-02"].split(";")
    assert ids == sorted(ids) and "no_screening" in ids and "no_referral" in ids
    assert joined["C-09"] == ""
    direct = fixture_result.gaps[fixture_result.gaps["case_id"] == "C-07"]["gap_id"]
    assert joined["C-07"] == ";".join(sorted(set(direct)))


def test_result_does_not_depend_on_input_order(fixture_result):
    cases, crimes, case_crimes, hits = fixture_frames()
    again = check_followup(cases.iloc[::-1], crimes.sample(frac=1, random_state=3),
                           case_crimes.iloc[::-1], hits, REQUIREMENTS, {}, rule_tags={})
    pd.testing.assert_frame_equal(again.gaps, fixture_result.gaps)
    pd.testing.assert_frame_equal(again.compliance, fixture_result.compliance)
    pd.testing.assert_frame_equal(again.triage, fixture_result.triage)


def test_force_targets_and_deadlines_change_the_figures():
    cases, crimes, case_crimes, hits = fixture_frames()
    force = {"deadlines": {"screening_days": 30},
             "targets": {"by_requirement": {"no_screening": 0.5}}}
    result = check_followup(cases, crimes, case_crimes, hits, REQUIREMENTS, force,
                            rule_tags={})
    row = result.compliance[(result.compliance["requirement"] == "no_screening")
                            & (result.compliance["breakdown"] == "overall")].iloc[0]
    # C-01, C-02, C-07 screened (C-02 now in time); C-04 and C-05: C-05 screened.
    assert (row["applicable"], row["compliant"], row["target"], row["rag"]) == (5, 4, 0.5, "G")


def test_working_day_deadlines_skip_weekends():
    cases, crimes, case_crimes, hits = fixture_frames()
    # C-03: recorded Friday 2026-07-03, risk graded the same day; move it to Monday.
    crimes.loc[crimes["crime_ref"] == "C-03/1", "risk_date"] = T("2026-07-06")
    result = {}
    for count in ("calendar", "working"):
        out = check_followup(cases, crimes, case_crimes, hits, REQUIREMENTS,
                             {"deadlines": {"day_count": count}}, rule_tags={})
        result[count] = set(out.gaps.loc[out.gaps["gap_id"] == "no_risk_assessment",
                                         "case_id"])
    assert "C-03" in result["calendar"] and "C-03" not in result["working"]


# ---------------------------------------------------------------------------
# crime-level requirements and hits
# ---------------------------------------------------------------------------


def crime_case_frames():
    crimes = pd.DataFrame({
        "crime_ref": ["X/1", "X/2", "X/3"],
        "recorded_date": [T("2026-07-01"), T("2026-07-08"), T("2026-07-15")],
        "offence": ["Harassment", "Criminal Damage", "Malicious Communications"],
        "narrative": ["Harassment warning given to susp", "no PIN issued", "PIN served"],
        "flags": ["", "", ""], "outcome_code": ["15", None, "17"],
        "outcome_date": [T("2026-07-05"), pd.NaT, T("2027-02-01")],
        "allocated_team": ["CID"] * 3,
    })
    cases = pd.DataFrame({"case_id": ["C-x", "C-y"], "kind": ["pair", "pair"],
                          "verdict": ["missed_stalking", "missed_stalking"],
                          "four": ["FOUR", "FOUR"], "principal_crime": [False, False],
                          "recorded_as_stalking": [False, False],
                          "victim_person": ["V1", "V2"], "suspect_person": ["S1", "S1"]})
    # X/3 names two victims: it belongs to both pairings.
    case_crimes = pd.DataFrame({"case_id": ["C-x", "C-x", "C-x", "C-y"],
                                "crime_ref": ["X/1", "X/2", "X/3", "X/3"]})
    hits = pd.DataFrame({"crime_ref": ["X/1", "X/3"], "rule_id": ["r1", "r2"],
                         "four": ["UR", "U"], "behaviour": ["a", ""],
                         "tags": ["channel.in_person;s2a3.e", ["channel.gift"]]})
    return cases, crimes, case_crimes, hits


def test_crime_level_gaps_are_per_case_and_crime():
    result = check_followup(*crime_case_frames(), REQUIREMENTS, {})
    pins = result.gaps[result.gaps["gap_id"] == "pin_used"]
    assert list(zip(pins["case_id"], pins["crime_ref"])) == [("C-x", "X/1"), ("C-x", "X/3"),
                                                             ("C-y", "X/3")]
    assert "pin_mention Harassment warning" in pins["evidence"].iloc[0]
    closed = result.gaps[result.gaps["gap_id"] == "closed_weakly"]
    assert list(zip(closed["case_id"], closed["crime_ref"])) == [("C-x", "X/1"),
                                                                 ("C-x", "X/3"),
                                                                 ("C-y", "X/3")]
    pin = result.compliance[(result.compliance["requirement"] == "pin_used")
                            & (result.compliance["breakdown"] == "overall")].iloc[0]
    assert (pin["applicable"], pin["compliant"]) == (2, 0)


def test_triage_sheet_uses_policy_tags_and_gaps():
    result = check_followup(*crime_case_frames(), REQUIREMENTS, {})
    sheet = result.triage.set_index("case_id")
    # Same suspect with two victims: complex -> CIT under the default policy.
    assert sheet.loc["C-x", "recommended_team"] == "CIT"
    lines = sheet.loc["C-x", "lines_of_enquiry"]
    assert "House-to-house enquiries near the places the suspect loitered" in lines
    assert "Delivery records, purchase records and payment details" in lines
    assert lines.startswith("Victim statement covering the whole course of conduct")
    assert "Delivery records" in sheet.loc["C-y", "lines_of_enquiry"]
    assert "CCTV along the routes" in lines  # s2a3.a from the behaviour column
    steps = sheet.loc["C-x", "missing_steps"]
    assert steps.startswith("Record the course of conduct as stalking")
    assert "Complete the stalking screening tool (S-DASH)" in steps
    assert sheet.loc["C-x", "support_services"] == \
        "signpost: National Stalking Helpline; Paladin; ISAC"


@pytest.mark.parametrize("change,team", [
    ({"domestic": True}, "DAIU"),
    ({"tags": "channel.social_media"}, "CIT"),
    ({}, "CID"),
])
def test_allocation_policy(change, team):
    cases, crimes, case_crimes, hits = crime_case_frames()
    cases = cases.iloc[:1].assign(suspect_person="S9")
    case_crimes = case_crimes[case_crimes["case_id"] == "C-x"]
    hits = hits.iloc[:0]
    if "domestic" in change:
        crimes["domestic"] = change["domestic"]
    if "tags" in change:
        hits = pd.DataFrame({"crime_ref": ["X/2"], "rule_id": ["r"], "four": [""],
                             "behaviour": [""], "tags": [change["tags"]]})
    result = check_followup(cases, crimes, case_crimes, hits, REQUIREMENTS, {})
    assert result.triage["recommended_team"].tolist() == [team]


def test_specialist_and_generic_referrals_on_the_triage_sheet():
    cases, crimes, case_crimes, hits = crime_case_frames()
    crimes["support_referral"] = ["Victim First", None, "paladin service"]
    crimes["domestic"] = [True, True, True]
    result = check_followup(cases.iloc[:1], crimes, case_crimes, hits, REQUIREMENTS, {})
    assert result.triage["support_services"].iloc[0] == (
        "referred (specialist): Paladin | referred (generic, not specialist): Victim First"
        " | signpost (domestic): IDVA")


def test_tags_come_from_the_rule_pack_mapping_when_hits_have_none():
    cases, crimes, case_crimes, hits = crime_case_frames()
    hits = hits.drop(columns="tags")
    plain = check_followup(cases, crimes, case_crimes, hits, REQUIREMENTS, {}, rule_tags={})
    tagged = check_followup(cases, crimes, case_crimes, hits, REQUIREMENTS, {},
                            rule_tags={"r2": ["channel.letter"]})
    assert "Forensic examination of the letters" not in plain.triage["lines_of_enquiry"][0]
    assert "Forensic examination of the letters" in tagged.triage["lines_of_enquiry"][0]


def test_no_stalking_cases_gives_empty_tables_with_zero_counts():
    cases, crimes, case_crimes, hits = fixture_frames()
    cases = cases.assign(verdict="no_concern")
    result = check_followup(cases, crimes, case_crimes, hits, REQUIREMENTS, {}, rule_tags={})
    assert result.gaps.empty and result.triage.empty
    overall = result.compliance[result.compliance["breakdown"] == "overall"]
    assert len(overall) == len(REQUIREMENTS)
    assert (overall["applicable"] == 0).all() and overall["rate"].isna().all()
    assert (overall["rag"] == "").all()


# ---------------------------------------------------------------------------
# the integer-coded helpers behind the facts (fast at a million rows)
# ---------------------------------------------------------------------------


def test_group_join_sorts_dedupes_and_skips_blank_items():
    keys = np.array([0, 0, 0, 0, 2, 2, 0])
    items = pd.Series(["b", "a", " ", None, "é", "B", "a"], dtype="str")
    joined = group_join(keys, 3, items)
    assert joined.iloc[0] == "a; b"
    assert pd.isna(joined.iloc[1])  # no item at all
    assert joined.iloc[2] == "B; é"  # code point order, like sorted()
    kept = group_join(np.array([0, 0]), 1, np.array(["", "x"], dtype=object), sep=";",
                      skip_blank=False)
    assert kept.tolist() == [";x"]


def test_split_items_and_expand_explode_by_positions():
    rows, items = split_items(pd.Series(["a; b", None, "", "c"], dtype="str"))
    assert rows.tolist() == [0, 0, 2, 3] and items.tolist() == ["a", "b", "", "c"]
    rows, items = expand(np.array([1, -1, 0, 1]), [["x"], ["y", "z"]])
    assert rows.tolist() == [0, 0, 2, 3, 3] and items.tolist() == ["y", "z", "x", "y", "z"]


def test_per_distinct_computes_each_value_once():
    seen = []

    def upper(values):
        seen.append(len(values))
        return values.str.upper()

    values = pd.Series(["a", "b", "a", None, "a"], index=[5, 6, 7, 8, 9], dtype="str")
    result = per_distinct(values, upper)
    assert seen == [3]  # a, b and the missing value
    assert result.index.tolist() == [5, 6, 7, 8, 9]
    assert result.fillna("-").tolist() == ["A", "B", "A", "-", "A"]


PHRASE_TEXTS = [
    "Very frightened, no PIN", "PINs issued; scared to leave", "naïve PIN",
    "very\x1cfrightened", "very\x0bscared", "not  very frightened", "VERY   FRIGHTENED",
    "very\u00a0frightened", "spinning", None, "", "harassment\twarning notice given",
    "she fears for her\nlife", "no harassment warning but a PHL issued", "terrified_",
    "not terrified, now very scared", "scared for his life; never scared for her life",
]


@pytest.mark.parametrize("kind", ["pin", "frightened"])
def test_the_phrase_prefilter_never_changes_what_is_found(kind):
    phrases = FORCE["phrases"]
    sensitive = phrases["pin_case_sensitive"] if kind == "pin" else []
    pattern = phrase_pattern(phrases[kind], sensitive, phrases["negations"])
    texts = pd.Series(PHRASE_TEXTS, dtype="str")
    filtered = first_phrase(texts, pattern, phrase_prefilter(phrases[kind], sensitive))
    pd.testing.assert_series_equal(filtered, first_phrase(texts, pattern))
    expected = {
        "pin": {1: "PINs", 2: "PIN", 11: "harassment\twarning notice", 13: "PHL"},
        "frightened": {0: "Very frightened", 1: "scared to leave", 3: "very\x1cfrightened",
                       4: "very\x0bscared", 6: "VERY   FRIGHTENED", 7: "very\u00a0frightened",
                       12: "fears for her\nlife", 15: "very scared",
                       16: "scared for his life"},
    }[kind]
    assert filtered.dropna().to_dict() == expected


def test_the_prefilter_lets_through_phrases_and_every_non_ascii_text():
    prefilter = phrase_prefilter(["very frightened"], ["PIN"])
    texts = pd.Series(["VERY\tFrightened", "very scared", "naïve", "a pin", "PIN"], dtype="str")
    assert may_match(texts, prefilter).tolist() == [True, False, True, False, True]
    assert phrase_prefilter(["très peur"], []) is None  # not ASCII: no prefilter
    assert may_match(texts, None).all()


def test_join_parts_skips_missing_and_repeated_texts():
    index = pd.Index([10, 11, 12])
    parts = [pd.Series(["a", None, ""], index=index, dtype="str"),
             pd.Series(["a", "b", "c"], index=index, dtype="str"),
             pd.Series([None, "b", ""], index=index, dtype="str"),
             pd.Series(["", "", "d"], index=index, dtype="str")]
    joined = join_parts(parts, index)
    # An empty part after some text adds an empty item (rows 10 and 11); in row 12 the
    # leading "" adds nothing and the later "" repeats it.
    assert joined.tolist() == ["a; ", "b; ", "c; d"]
    assert joined.index.equals(index)
    assert join_parts([], index).tolist() == ["", "", ""]


def test_gap_ids_by_case_for_a_text_series_of_ids():
    gaps = pd.DataFrame({"case_id": ["C-2", "C-1", "C-2", "C-2"],
                         "gap_id": ["no_screening", "wrong_team", "no_referral",
                                    "no_screening"]})
    ids = pd.Series(["C-3", "C-2", "C-1"], dtype="str", name="case_id")
    joined = gap_ids_by_case(gaps, ids)
    assert joined.tolist() == ["", "no_referral;no_screening", "wrong_team"]
    assert joined.index.tolist() == ["C-3", "C-2", "C-1"]
    assert (joined.name, joined.index.name, str(joined.dtype)) == ("gaps", "case_id", "str")
    pd.testing.assert_series_equal(joined, gap_ids_by_case(gaps, ["C-3", "C-2", "C-1"]))


def test_hit_tags_reads_rule_tags_behaviour_and_four_letters():
    hits = pd.DataFrame({"crime_ref": ["A", "B", "C"], "rule_id": ["r1", "r2", "r1"],
                         "four": ["FR", "", None], "behaviour": [" B", "", None]})
    rows, codes, vocabulary = hit_tags(hits, {"r1": ["channel.text", " ", "x "], "r2": []})
    assert vocabulary.is_unique and (vocabulary != "").all()
    pairs = sorted(zip(rows.tolist(), vocabulary.to_numpy()[codes].tolist()))
    assert pairs == [(0, "channel.text"), (0, "four.fixated"), (0, "four.repeated"),
                     (0, "s2a3.b"), (0, "x"), (2, "channel.text"), (2, "x")]


def test_hit_tags_give_tags_equal_once_stripped_one_code():
    hits = pd.DataFrame({"crime_ref": ["A", "B"], "rule_id": ["r1", "r2"],
                         "tags": [["x", " x"], "x ;y; "]})
    rows, codes, vocabulary = hit_tags(hits, None)
    assert sorted(vocabulary) == ["x", "y"]
    assert sorted(zip(rows.tolist(), vocabulary.to_numpy()[codes].tolist())) == [
        (0, "x"), (0, "x"), (1, "x"), (1, "y")]


def test_referrals_by_crime_parse_each_crime_as_parse_referrals_does():
    texts = ["Nat Stalking Helpline; IDVA", "Victim Frist", "declined", None, "IDVA",
             "Palladin; GP surgery", "IDVA"]
    crimes = pd.DataFrame({"crime_ref": [f"C{i}" for i in range(len(texts))],
                           "support_referral": pd.Series(texts, dtype="str")})
    expected = parse_referrals(crimes, FORCE).drop(columns="crime_ref")
    pd.testing.assert_frame_equal(referrals_by_crime(crimes, FORCE), expected)
    assert expected["generic_services"].tolist()[4] == "IDVA"


def test_normalise_teams_keeps_the_index_and_name():
    written = pd.Series(["cid team", None, "Respnse"], index=[7, 8, 9], name="allocated_team")
    teams = normalise_teams(written, FORCE)
    assert teams.index.tolist() == [7, 8, 9] and teams.name == "allocated_team"
    assert teams.fillna("-").tolist() == ["CID", "-", "Response"]


def test_condition_facts_lists_every_fact_a_check_reads():
    nodes = [{"present": "risk_date"},
             {"any": [{"date_within": {"field": "referral_date", "from": "first_recorded"}},
                      {"not": {"value_in": {"field": "team", "values": ["CID"]}}}]}]
    assert condition_facts(nodes) == ["risk_date", "referral_date", "first_recorded", "team"]


def test_suspect_victims_counts_every_case_of_the_suspect():
    cases = pd.DataFrame({"case_id": ["c1", "c2", "c3", "c4"],
                          "suspect_person": ["S1", "S1", None, "S2"],
                          "victim_person": ["V1", "V2", "V3", "V4"]})
    chosen = cases.iloc[[0, 2, 3]].reset_index(drop=True)
    counts = suspect_victims(cases, chosen)
    assert counts.fillna(-1).tolist() == [2, -1, 1]


def test_check_followup_leaves_its_inputs_unchanged():
    frames = crime_case_frames()
    before = [frame.copy(deep=True) for frame in frames]
    check_followup(*frames, REQUIREMENTS, {})
    for frame, copy in zip(frames, before):
        pd.testing.assert_frame_equal(frame, copy)
