"""Courses of conduct on the victim's timeline: the attachment rules of rules/courses.yml."""

from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from audit_cli.cli import cli as main
from audit_cli.errors import AuditError
from audit_cli.link import link, load_link_settings
from audit_cli.link.courses import force_course_rules, load_course_rules
from audit_cli.link.coursetest import example_rows, run_course_tests
from audit_cli.model import crimes_from_rows, parties_from_rows

JANE = {"victim": "Jane Doe", "victim_dob": "1990-05-17"}
MARK = {"suspect": "Mark Price", "suspect_dob": "1986-09-30"}


def rec(ref, date, offence, narrative, **parties):
    return {"ref": ref, "date": date, "offence": offence, "narrative": narrative, **parties}


def run(records, courses=None):
    rows = example_rows(records)
    settings = {"courses": courses} if courses else {}
    return link(parties_from_rows(rows), crimes_from_rows(rows), settings)


def case_of(result, ref):
    """The cases holding ref, as (crime_refs, row) pairs."""
    ids = result.case_crimes.loc[result.case_crimes["crime_ref"] == ref, "case_id"]
    return result.cases[result.cases["case_id"].isin(ids)]


def refs_with(result, ref) -> list[set]:
    return [set(r.split(";")) for r in case_of(result, ref)["crime_refs"]]


# ------------------------------------------------------------------ the rules' examples


def _examples():
    linking = {**load_link_settings(), "courses": load_course_rules()}
    return run_course_tests(linking)


@pytest.mark.parametrize("result", _examples(), ids=lambda r: r.test_id)
def test_attachment_rule_examples(result):
    assert result.passed, result.message


def test_every_rule_has_both_kinds_of_example():
    kinds = {(r.rule_id, r.kind) for r in _examples()}
    for rule in ("unknown_suspect", "name_variant", "proxy", "unidentified_pattern"):
        assert (f"courses.{rule}", "should_attach") in kinds
        assert (f"courses.{rule}", "should_not_attach") in kinds


# ------------------------------------------------------------------ unknown, then named


UNKNOWN_THEN_NAMED = [
    rec("A1", "2026-01-03", "Incident log - suspicious vehicle",
        "A grey car parked outside her house for two hours again, driver watching", **JANE),
    rec("A2", "2026-01-20", "Malicious communications",
        "IP getting messages from a new account she does not know", **JANE),
    rec("A3", "2026-02-12", "Harassment", "Ex-partner Mark turned up at her work and sent "
        "messages all day", **JANE, **MARK),
    rec("A4", "2026-02-20", "Burglary - residential",
        "Two masked males forced the back door and took a laptop", **JANE),
]


def test_unknown_records_join_the_named_thread_with_their_reason():
    result = run(UNKNOWN_THEN_NAMED)
    case = case_of(result, "A3")
    assert len(case) == 1
    row = case.iloc[0]
    assert set(row["crime_refs"].split(";")) == {"A1", "A2", "A3"}
    assert row["kind"] == "pair" and row["suspect"] == "Price, Mark"
    reasons = row["link_reasons"]
    assert "A1: no suspect recorded; 40 days before the first named record" in reasons
    assert "A2: no suspect recorded; 23 days before the first named record; contact" in reasons
    assert "(unknown_suspect)" in reasons
    # the burglary is on the victim's timeline but not in the course
    assert row["victim_crimes"] == "A1;A2;A3;A4"
    assert refs_with(result, "A4") == [{"A4"}]


def test_unknown_record_outside_the_window_stays_apart():
    records = [dict(UNKNOWN_THEN_NAMED[1], date="2024-06-01"), UNKNOWN_THEN_NAMED[2]]
    assert refs_with(run(records), "A3") == [{"A3"}]
    wider = force_course_rules([], {"unknown_suspect": {"window_days": 800}})
    assert refs_with(run(records, wider), "A3") == [{"A2", "A3"}]


def test_rules_can_be_switched_off():
    off = force_course_rules([], {"unknown_suspect": {"enabled": False}})
    assert refs_with(run(UNKNOWN_THEN_NAMED, off), "A3") == [{"A3"}]


# ------------------------------------------------------------------ hard negatives


def test_unrelated_crimes_of_one_victim_make_no_case():
    records = [
        rec("H1", "2026-01-05", "Burglary - residential", "Rear window forced, jewellery "
            "taken", **JANE),
        rec("H2", "2026-01-19", "Theft of motor vehicle", "Car taken from outside her "
            "house overnight", **JANE),
        rec("H3", "2026-02-02", "Assault", "IP punched by a stranger at the football match",
            **JANE),
        rec("H4", "2026-02-10", "Assault", "Neighbour pushed IP during an argument over "
            "parking", **JANE, suspect="Dean Shaw", suspect_dob="1970-02-02"),
    ]
    result = run(records)
    assert (result.cases["n_crimes"] == 1).all()
    assert set(result.cases["victim_crimes"]) == {"H1;H2;H3;H4"}


def test_a_shop_with_many_thefts_lists_only_its_own_crimes():
    records = [rec(f"S{i}", f"2026-01-{i + 1:02d}", "Shoplifting", "Items taken from the "
                   "shelves, male left without paying", victim="Tesco Stores Ltd",
                   suspect=f"Thief Number{i}", suspect_dob=f"1980-01-{i + 1:02d}")
               for i in range(6)]
    result = run(records)
    assert (result.cases["n_crimes"] == 1).all()
    assert (result.cases["victim_crimes"] == result.cases["crime_refs"]).all()


def test_two_ex_partners_keep_their_own_courses():
    records = [
        rec("T1", "2026-01-05", "Malicious communications", "Silent calls from a withheld "
            "number", **JANE),
        rec("T2", "2026-02-10", "Harassment", "Ex-partner Mark keeps messaging IP", **JANE,
            **MARK),
        rec("T3", "2026-02-20", "Harassment", "Ex-partner Tom keeps messaging IP", **JANE,
            suspect="Tom Elliot", suspect_dob="1984-03-03"),
    ]
    result = run(records)
    assert refs_with(result, "T2") == [{"T2"}]
    assert refs_with(result, "T3") == [{"T3"}]
    assert refs_with(result, "T1") == [{"T1"}]


# ------------------------------------------------------------------ names, proxy, pattern


def test_a_nickname_inside_one_victims_records_is_the_same_suspect():
    records = [
        rec("N1", "2026-01-05", "Harassment", "William keeps calling IP", **JANE,
            suspect="ASHDOWN-KERR, William", suspect_dob="1985-04-02"),
        rec("N2", "2026-01-25", "Malicious communications", "Messages from Billy", **JANE,
            suspect="Billy"),
        rec("N3", "2026-02-05", "Public order", "Turned up at IP's door", **JANE,
            suspect="W Ashdown Ker"),
    ]
    result = run(records)
    case = case_of(result, "N1").iloc[0]
    assert set(case["crime_refs"].split(";")) == {"N1", "N2", "N3"}
    assert "suspect 'Billy' taken as Ashdown-Kerr, William: nickname, surname missing, " \
        "same victim" in case["link_reasons"]
    assert "one-edit surname" in case["link_reasons"]


def test_namesakes_with_different_dates_of_birth_stay_apart():
    records = [
        rec("F1", "2026-01-05", "Harassment", "Neighbour shouting over the fence", **JANE,
            suspect="Peter Grant", suspect_dob="1960-01-01"),
        rec("F2", "2026-02-05", "Criminal damage", "Neighbour's son kicked the fence panel",
            **JANE, suspect="Peter Grant", suspect_dob="1990-06-06"),
    ]
    result = run(records)
    assert refs_with(result, "F1") == [{"F1"}]


def test_proxy_record_joins_the_course_and_keeps_its_own_case():
    records = [
        rec("P1", "2026-01-05", "Harassment", "Ex-partner Mark keeps messaging IP", **JANE,
            **MARK),
        rec("P2", "2026-01-20", "Malicious communications", "Mark keeps texting IP asking "
            "where Jane is living now", victim="Susan Doe", victim_dob="1960-02-02", **MARK),
    ]
    result = run(records)
    courses = refs_with(result, "P2")
    assert {"P1", "P2"} in courses and {"P2"} in courses
    jane = case_of(result, "P1").iloc[0]
    assert "P2: proxy: the narrative names the victim (proxy)" in jane["link_reasons"]


def test_repeated_pattern_makes_an_unidentified_suspect_thread():
    records = [
        rec("R1", "2026-01-05", "Incident log - suspicious person", "A man waiting outside "
            "her work again when she finished", **JANE),
        rec("R2", "2026-01-19", "Public order", "Male followed IP from the bus stop to her "
            "door", **JANE),
        rec("R3", "2026-02-02", "Incident log - suspicious person", "IP reports a man "
            "loitering by her car park", **JANE),
    ]
    result = run(records)
    case = case_of(result, "R1").iloc[0]
    assert case["kind"] == "unidentified_suspect"
    assert set(case["crime_refs"].split(";")) == {"R1", "R2", "R3"}
    assert "repeated pattern: presence in at least 3 records within 90 days" in \
        case["link_reasons"]
    fewer = force_course_rules([], {"unidentified_pattern": {"min_records": 4}})
    assert refs_with(run(records, fewer), "R1") == [{"R1"}]


# ------------------------------------------------------------------ settings errors


def test_bad_setting_is_one_line_naming_key():
    with pytest.raises(AuditError, match=r"courses\.unknown_suspect\.window_days: -3 is not"):
        run(UNKNOWN_THEN_NAMED, {"unknown_suspect": {"window_days": -3}})


@pytest.mark.parametrize("courses, message", [
    ({"unknown_suspect": {"window_days": "a year"}},
     "linking.courses.unknown_suspect.window_days: 'a year' is not a whole number"),
    ({"behaviour_families": {"contact": "(unclosed"}},
     "linking.courses.behaviour_families.contact: bad pattern"),
    ({"unknown_rule": {}}, "linking.courses.unknown_rule: unknown key"),
])
def test_bad_config_is_exit_2_naming_file_and_key(tmp_path: Path, courses, message):
    config = tmp_path / "force.yml"
    config.write_text(yaml.safe_dump({"linking": {"courses": courses}}), encoding="utf-8")
    export = tmp_path / "x.csv"
    export.write_text("crime_ref\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(export), "--out", str(tmp_path / "o"),
                                       "--config", str(config)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(config) in lines[0] and message in lines[0]


def test_force_rules_folder_courses_file(tmp_path: Path):
    (tmp_path / "courses.yml").write_text("unidentified_pattern:\n  min_records: 1\n",
                                          encoding="utf-8")
    with pytest.raises(AuditError) as caught:
        force_course_rules([tmp_path])
    assert str(tmp_path / "courses.yml") in str(caught.value)
    assert "unidentified_pattern.min_records: 1 is not a whole number of 2 or more" in \
        str(caught.value)
    (tmp_path / "courses.yml").write_text("unidentified_pattern:\n  within_days: 30\n",
                                          encoding="utf-8")
    merged = force_course_rules([tmp_path])
    assert merged["unidentified_pattern"]["within_days"] == 30
    assert merged["unidentified_pattern"]["min_records"] == 3  # the rest kept


def test_rules_test_command_runs_the_attachment_examples(tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(main, ["rules", "test", "-k", "courses.proxy"])
    assert result.exit_code == 0, result.output
    assert "3 passed, 0 failed" in result.output
    # a force's own example that does not hold fails the command
    own = {"proxy": {"tests": {"should_attach": [{"name": "wrong", "together": ["X1", "X2"],
                                                   "records": [
        rec("X1", "2026-01-05", "Harassment", "Mark messaging", **JANE, **MARK),
        rec("X2", "2026-01-06", "Assault", "Fight at the pub", victim="Dean Shaw",
            victim_dob="1977-07-07", **MARK)]}]}}}
    (tmp_path / "courses.yml").write_text(yaml.safe_dump(own), encoding="utf-8")
    result = runner.invoke(main, ["rules", "test", "--rules", str(tmp_path), "-k",
                                  "courses.proxy"])
    assert result.exit_code == 1
    assert "FAIL courses.proxy-should_attach-1: X1, X2 not in one case (wrong)" in result.output


# ------------------------------------------------------------------ the report


HEADER = ("crime_ref,recorded_date,offence_code,offence,narrative,victim_name,victim_dob,"
          "suspect_name,suspect_dob,relationship\n")


def _run_export(tmp_path: Path, lines: list[str]) -> tuple[Path, pd.DataFrame]:
    export = tmp_path / "export.csv"
    export.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(export), "--out", str(out), "--force"])
    assert result.exit_code in (0, 1), result.output
    return out, pd.read_csv(out / "cases.csv", dtype=str)


def test_recorded_stalking_wins_when_an_attached_record_is_stalking(tmp_path: Path):
    out, cases = _run_export(tmp_path, [
        "L1,03/01/2026,8Q,Stalking,\"IP reports a man following her home from work every "
        "night this week\",Jane Doe,17/05/1990,,,",
        "L2,20/01/2026,8L,Harassment,\"Ex-partner Mark followed her to work again and "
        "waited outside\",Jane Doe,17/05/1990,Mark Price,30/09/1986,ex-partner",
    ])
    course = cases[cases["crime_refs"].str.contains("L2")]
    assert len(course) == 1
    assert course.iloc[0]["crime_refs"] == "L1;L2"
    assert course.iloc[0]["verdict"] == "recorded_stalking"


def test_case_detail_shows_the_victims_whole_timeline(tmp_path: Path):
    from lxml import html as lxml_html

    header = ("crime_ref,recorded_date,offence_code,offence,narrative,victim_name,victim_dob,"
              "suspect_name,suspect_dob,relationship\n")
    lines = [
        "K1,03/01/2026,8L,Harassment,\"IP getting messages from new accounts every night, "
        "she has told him to stop, she is scared to go out\",Jane Doe,17/05/1990,,,",
        "K2,20/01/2026,125/12,Public order,\"Ex-partner Mark turned up at her work again, "
        "waited outside her house and followed her; told to stop contact, she is terrified\","
        "Jane Doe,17/05/1990,Mark Price,30/09/1986,ex-partner",
        "K3,02/02/2026,8L,Harassment,\"Mark keeps messaging IP and turned up at her door "
        "again despite being told to stop; she has changed her route to work\",Jane Doe,"
        "17/05/1990,Mark Price,30/09/1986,ex-partner",
        "K4,10/02/2026,28E,Burglary - residential,\"Two masked males forced the back door\","
        "Jane Doe,17/05/1990,,,",
    ]
    export = tmp_path / "export.csv"
    export.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(export), "--out", str(out), "--force"])
    assert result.exit_code in (0, 1), result.output
    cases = pd.read_csv(out / "cases.csv", dtype=str)
    course = cases[cases["crime_refs"].str.contains("K2")].iloc[0]
    assert set(course["crime_refs"].split(";")) == {"K1", "K2", "K3"}
    assert course["victim_crimes"] == "K1;K2;K3;K4"
    assert "K1: no suspect recorded" in course["link_reasons"]
    assert course["verdict"] in ("missed_stalking", "review")
    page = lxml_html.fromstring((out / "report.html").read_text(encoding="utf-8"))
    article = page.get_element_by_id(f"case-{course['case_id']}")
    items = article.xpath(".//ol[@class='timeline']/li")
    refs = {li.xpath(".//span[@class='crime-ref']")[0].text: li for li in items}
    assert set(refs) == {"K1", "K2", "K3", "K4"}
    assert refs["K4"].get("class") == "not-in-course"
    assert "Not part of this course" in refs["K4"].text_content()
    assert all(refs[r].get("class") is None for r in ("K1", "K2", "K3"))


def test_recorded_stalking_course_lists_its_records_recorded_as_other_conduct(tmp_path: Path):
    out, cases = _run_export(tmp_path, [
        "L1,03/01/2026,8Q,Stalking,\"IP reports a man following her home from work every "
        "night this week\",Jane Doe,17/05/1990,,,",
        "L2,20/01/2026,8L,Harassment,\"Ex-partner Mark followed her to work again and "
        "waited outside\",Jane Doe,17/05/1990,Mark Price,30/09/1986,ex-partner",
    ])
    case_id = cases.loc[cases["crime_refs"] == "L1;L2", "case_id"].iloc[0]
    gaps = pd.read_csv(out / "gaps.csv", dtype=str)
    gap = gaps[(gaps["case_id"] == case_id) & (gaps["gap_id"] == "not_recorded_as_stalking")]
    assert len(gap) == 1
    assert "unrecorded_records L2" in gap.iloc[0]["evidence"]
    assert "L1" not in gap.iloc[0]["evidence"].split("unrecorded_records ")[1].split(";")[0]


# ------------------------------------------------------------------ unidentified suspects

UNKNOWN_MAN = [
    rec("S1", "2026-03-02", "Suspicious incident", "A man she did not recognise was "
        "standing outside her window late at night", **JANE),
    rec("S2", "2026-03-16", "Incident - no crime", "An unsigned note pushed through her "
        "letterbox saying she looked tired today", **JANE),
    rec("S3", "2026-03-30", "Incident - no crime", "Pizzas and a taxi arrived at her flat "
        "that were ordered in her name", **JANE),
]


def test_an_unidentified_pattern_may_mix_behaviours_and_a_stranger_is_no_contradiction():
    case = case_of(run(UNKNOWN_MAN), "S1").iloc[0]
    assert set(case["crime_refs"].split(";")) == {"S1", "S2", "S3"}
    assert "repeated pattern: contact, presence, property, ordering in at least 3 records " \
        "within 90 days" in case["link_reasons"]
    one_family = force_course_rules([], {"unidentified_pattern": {"mix_families": False}})
    assert refs_with(run(UNKNOWN_MAN, one_family), "S1") == [{"S1"}]


def test_a_stranger_still_keeps_a_record_out_of_a_named_suspects_course():
    records = [
        rec("K1", "2026-01-05", "Suspicious incident", "A man she did not recognise was "
            "standing outside her window again", **JANE),
        rec("K2", "2026-02-10", "Harassment", "Ex-partner Mark keeps turning up at her "
            "house", **JANE, **MARK),
    ]
    assert refs_with(run(records), "K1") == [{"K1"}]


def test_mix_families_must_be_true_or_false():
    with pytest.raises(AuditError, match=r"unidentified_pattern\.mix_families: must be true"):
        run(UNKNOWN_MAN, {"unidentified_pattern": {"mix_families": "yes"}})
