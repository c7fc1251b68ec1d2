"""Counts and frequencies as evidence (audit_cli/detect/quantities.py) and one-record
courses (verdict.one_record_courses): the grammar on many phrasings, innocent numbers,
negation, the settings' validation, the rule-test hook and the CLI end to end."""

from __future__ import annotations


import pandas as pd
import pytest
from click.testing import CliRunner

from audit_cli import paths
from audit_cli.cli import cli
from audit_cli.detect import load_pack
from audit_cli.detect.commands import rules_group
from audit_cli.detect.quantities import QuantityReader, QuantitySettings, read_texts, sentences
from audit_cli.detect.verdict import load_verdict_settings
from audit_cli.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

PACK = load_pack()
READER = QuantityReader(PACK.verdicts.grammar, PACK.lexicon, PACK.verdicts.quantities)


def read(text: str) -> list[tuple[str, str, str]]:
    """(kind, exact matched text, fact) of each quantity read in the text."""
    return [(q.kind, text[q.start:q.end], q.fact) for q in READER.read(text)]


# Written from how victims and officers describe repeated conduct (the examples,
# statements in the first person, police shorthand), not from the sample generator.
POSITIVE = [
    ("40-50 texts a day since she ended it in May",
     [("frequency", "40-50 texts a day", "40-50 texts a day"), ("period", "since she ended it", "since she ended it")]),
    ("he has been outside her work on four occasions",
     [("occasions", "four occasions", "4 occasions")]),
    ("calls every night for two months",
     [("frequency", "every night", "every night"), ("period", "for two months", "for two months")]),
    ("seen in her street 9 times last month",
     [("many", "9 times last month", "9 times last month")]),
    ("parked opposite on 3 evenings in one week",
     [("occasions", "3 evenings in one week", "3 evenings in one week")]),
    ("susp has sent about 45 msgs a day for about 10 weeks",
     [("frequency", "about 45 msgs a day", "about 45 msgs a day"),
      ("period", "for about 10 weeks", "for about 10 weeks")]),
    ("He rang me 20 to 30 times a night",
     [("frequency", "20 to 30 times a night", "20-30 times a night")]),
    ("IP has had dozens of calls from a withheld number",
     [("many", "dozens of calls", "dozens of calls")]),
    ("she has received hundreds of messages on insta",
     [("many", "hundreds of messages", "hundreds of messages")]),
    ("I've had a dozen letters from him", [("many", "a dozen letters", "a dozen letters")]),
    ("he keeps turning up at my work, twice this week", [("occasions", "twice this week", "twice this week")]),
    ("he messages her over and over again", [("frequency", "over and over again", "over and over again")]),
    ("he texts her constantly", [("frequency", "constantly", "constantly")]),
    ("he has followed her home most days since March",
     [("frequency", "most days", "most days"), ("period", "since March", "since march")]),
    ("the ex has been driving past daily over the past 6 weeks",
     [("frequency", "daily", "daily"), ("period", "over the past 6 weeks", "over the past 6 weeks")]),
    ("SUSP RANG 17 TIMES IN AN HOUR", [("many", "17 TIMES IN AN HOUR", "17 times in an hour")]),
    ("Susp has sent 200+ emails", [("many", "200+ emails", "200+ emails")]),
    ("he was seen loitering o/s her flat on 3 separate occasions",
     [("occasions", "3 separate occasions", "3 separate occasions")]),
    ("susp sends her flowers weekly", [("frequency", "weekly", "weekly")]),
    ("he watches her house every single evening", [("frequency", "every single evening", "every single evening")]),
    ("the calls are constant, day and night",
     [("frequency", "constant", "constant"), ("frequency", "day and night", "day and night")]),
    ("he has created 5 fake accounts", [("many", "5 fake accounts", "5 fake accounts")]),
    ("Twenty-five voicemails left on her phone", [("many", "Twenty-five voicemails", "25 voicemails")]),
    ("he has been harassing her for months", [("period", "for months", "for months")]),
    ("ever since they split up he has been texting her",
     [("period", "ever since they split up", "ever since they split up")]),
    ("he has turned up at her work on a number of occasions",
     [("occasions", "a number of occasions", "a number of occasions")]),
    ("he has been outside her house more than once",
     [("occasions", "more than once", "more than once")]),
    ("he follows her every time she leaves the house", [("frequency", "every time", "every time")]),
    ("he has sent her messages over the course of 3 months",
     [("period", "over the course of 3 months", "over the course of 3 months")]),
    ("susp has been contacting her since the 3rd of May",
     [("period", "since the 3rd of May", "since the 3rd of may")]),
    ("He has been showing up at the gym 4 times a week",
     [("frequency", "4 times a week", "4 times a week")]),
    ("he drives past her house twice a day", [("frequency", "twice a day", "twice a day")]),
    ("he has been waiting at her bus stop most Saturday mornings",
     [("frequency", "most Saturday mornings", "most saturday mornings")]),
    ("he sits outside her work every shift she does", [("frequency", "every shift", "every shift")]),
    ("he has turned up at her work a dozen or so times",
     [("many", "a dozen or so times", "a dozen times")]),
    ("he has rung her office every single day",
     [("frequency", "every single day", "every single day")]),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_quantities_read_with_their_exact_span_and_fact(text, expected):
    assert read(text) == expected


INNOCENT = [
    "3 vehicles damaged in the car park",
    "IP called 999 twice and officers attended",
    "IP rang police 3 times about the noise",
    "2 males seen running from the scene",
    "victim aged 14 was pushed over",
    "the boy (14) was spoken to",
    "Incident at flat 12, Oak Court",
    "he lives at 14 Station Road",
    "At 14:30 on 03/07/2026 the susp shouted at IP",
    "offence at 2230hrs on the 5th of June",
    "see crime ref LC/26/034950 and 22/1234/26",
    "theft of £250 from her purse",
    "IP can be contacted on 07700 900123",
    "she has 2 children aged 5 and 7",
    "damage to 4 windows",
    "IP has lived at the address for 6 years",
    "IP takes her medication daily",
    "susp knows her daily routine",
    "the bus was delayed by 20 minutes",
    "she went to the doctor 3 days ago",
    "he sat outside for 3 days",
    "2 of them were arrested",
    "vehicle reg AB12 CDE seen at LS1 4AB",
    "the meeting was held on a number of occasions",
    "I have been in the job more than once",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_numbers_are_not_quantities(text):
    assert read(text) == []


NEGATED = [
    "no further contact since March",
    "susp denies sending 40 texts a day",
    "IP advised what to do if he turns up again 3 times",
    "he has not called her since May",
    "there have been no calls since they split up",
    "in case he calls 10 times a day she will ring 999",
]


@pytest.mark.parametrize("text", NEGATED)
def test_negated_and_hypothetical_quantities_are_dropped(text):
    assert read(text) == []


def test_pseudo_negation_and_a_breaker_keep_the_quantity():
    assert [k for k, *_ in read("he will not stop calling, 30 times a day")] == ["frequency"]
    assert [k for k, *_ in read("he did not attend but rang 9 times")] == ["many"]


def test_a_count_needs_a_behaviour_word_within_the_window():
    assert read("on four occasions") == []
    assert read("He was outside her house on four occasions") != []
    # a behaviour word further away than window_words, in the same sentence
    far = "He was outside, then we spoke with her sister and the dog and the cat on four occasions"
    assert read(far) == []
    wide = QuantityReader(PACK.verdicts.grammar, PACK.lexicon, QuantitySettings(window_words=20))
    assert [q.kind for q in wide.read(far)] == ["occasions"]


def test_a_period_counts_next_to_a_behaviour_or_beside_a_counted_quantity():
    assert read("Since March.") == []
    assert [k for k, *_ in read("He calls every night and has done for two months")] == [
        "frequency", "period"]


def test_thresholds_come_from_the_settings():
    strict = QuantityReader(PACK.verdicts.grammar, PACK.lexicon,
                            QuantitySettings(occasions_min=3, many_min=10))
    assert strict.read("he turned up twice") == []
    assert [q.kind for q in strict.read("he turned up 9 times")] == ["occasions"]
    assert [q.kind for q in strict.read("he turned up 10 times")] == ["many"]


def test_reading_from_anchor_words_finds_what_the_regex_finds_everywhere():
    """matches() tries the regex only at the grammar's first words; it must agree with
    trying it at every position, on the sample quarter's narratives and the examples."""
    texts = pd.read_csv(paths.SAMPLE_DIR / "quarter.csv", dtype=str)["narrative"]
    texts = list(pd.unique(texts.fillna(""))) + [t for t, _ in POSITIVE] + INNOCENT + NEGATED
    for text in texts:
        for start, end in sentences(text):
            fast = [m.span() for m in READER.matches(text, start, end)]
            slow = [m.span() for m in READER.quantity.finditer(text, start, end)]
            assert fast == slow, text[start:end]


def test_read_texts_reads_each_text_and_spreads_offsets():
    texts = pd.Series(["Nothing here.", "IP is scared. He rang 9 times last night.",
                       "He rang 9 times last night.", ""])
    found = read_texts(READER, texts)
    assert found["row"].tolist() == [1, 2]
    for row, start, end in zip(found["row"], found["start"], found["end"]):
        assert texts[row][start:end] == "9 times last night"


# --------------------------------------------------------------------------- settings


def _force_folder(tmp_path, verdicts: str = "", quantities: str = ""):
    folder = tmp_path / "force"
    folder.mkdir()
    if verdicts:
        (folder / "verdicts.yml").write_text(verdicts, encoding="utf-8")
    if quantities:
        (folder / "quantities.yml").write_text(quantities, encoding="utf-8")
    return folder


@pytest.mark.parametrize("body,key", [
    ("quantities:\n  frequency_four: RX\n", "quantities.frequency_four"),
    ("quantities:\n  many_weight: lots\n", "quantities.many_weight"),
    ("quantities:\n  window_words: -1\n", "quantities.window_words"),
    ("one_record_course:\n  boost: [1]\n", "one_record_course.boost"),
])
def test_bad_quantity_settings_are_one_line_errors_naming_file_and_key(tmp_path, body, key):
    folder = _force_folder(tmp_path, verdicts=body)
    settings, found = load_verdict_settings([paths.RULES_DIR, folder])
    assert [p.message.split(" ")[0] for p in found] == [key]
    assert found[0].file.endswith("verdicts.yml")
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "none.csv"), "--rules", str(folder),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_USAGE
    assert "verdicts.yml" in result.output and key in result.output
    assert "Traceback" not in result.output


def test_unknown_key_and_bad_list_in_quantities_yml(tmp_path):
    folder = _force_folder(tmp_path, quantities="contact_nouns: 5\nwords: [x]\n"
                                                "should_flag:\n  - narrative: x\n")
    _, found = load_verdict_settings([folder])
    messages = sorted(p.message for p in found)
    assert messages == ["quantities.yml: contact_nouns must be a list of words",
                        "quantities.yml: should_flag[0] needs a narrative and expect: a list "
                        "of frequency, many, occasions, period",
                        "quantities.yml: unknown key 'words'"]


def test_weights_and_letters_feed_the_scores(tmp_path):
    folder = _force_folder(tmp_path, verdicts="quantities:\n  many_weight: 5\n  many_four: fo\n")
    pack = load_pack([paths.RULES_DIR, folder])
    assert pack.verdicts.quantities.many_weight == 5.0
    assert pack.verdicts.quantities.many_four == "FO"


# --------------------------------------------------------------------------- rule tests


def test_rules_test_runs_the_grammar_examples_and_reports_a_failing_one(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(rules_group, ["test", "-k", "quantities"])
    assert ok.exit_code == EXIT_OK, ok.output
    folder = _force_folder(tmp_path, quantities=(
        "should_not_flag:\n  - narrative: he texted her 50 times a day\n"
        "should_flag:\n  - narrative: he turned up on 4 occasions\n    expect: [frequency]\n"))
    bad = runner.invoke(rules_group, ["test", "-k", "quantities", "--rules", str(folder)])
    assert bad.exit_code == EXIT_FINDINGS
    assert "FAIL quantities-should_not_flag-" in bad.output
    assert "expected no quantity, read frequency" in bad.output
    assert "expected frequency, read occasions" in bad.output


# --------------------------------------------------------------------------- CLI


def test_one_record_course_is_missed_stalking_with_the_explanation(tmp_path):
    rows = pd.DataFrame({
        "crime_ref": ["OR/1", "OR/2", "OR/3"],
        "recorded_date": ["01/08/2026"] * 3,
        "offence": ["Harassment", "Harassment", "Criminal damage"],
        "narrative": [
            "IP reports her ex has sent 40-50 texts a day since she ended it in May. "
            "She has told him to stop and is too scared to go out.",
            "IP called 999 twice after 2 males argued outside flat 12. IP aged 14 not hurt.",
            "3 vehicles damaged in the car park. No further contact since March.",
        ],
        "victim_name": ["Ann Aye", "Bea Bee", "Cat Sea"],
        "suspect_name": ["Dan Dee", "Ed Eee", "Fay Eff"],
    })
    export = tmp_path / "export.csv"
    rows.to_csv(export, index=False)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(export), "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    cases = pd.read_csv(out / "cases.csv", dtype=str).set_index("crime_refs")
    course = cases.loc["OR/1"]
    assert course["verdict"] == "missed_stalking"
    assert ("One record describes a course of conduct (OR/1: 40-50 texts a day, since she "
            "ended it)") in course["explanation"]
    assert 'quantity_frequency (w2, OR): OR/1 "40-50 texts a day"' in course["explanation"]
    assert cases.loc["OR/2", "verdict"] == "no_concern"
    assert cases.loc["OR/3", "verdict"] == "no_concern"
    assert "quantity_" not in str(cases.loc["OR/2", "rules"]) + str(cases.loc["OR/3", "rules"])
    crimes = pd.read_csv(out / "crimes.csv", dtype=str).set_index("crime_ref")
    assert 'quantity_frequency: "40-50 texts a day"' in crimes.loc["OR/1", "evidence"]


def test_without_a_second_dimension_one_record_is_not_a_course(tmp_path):
    rows = pd.DataFrame({"crime_ref": ["OR/9"], "recorded_date": ["01/08/2026"],
                         "offence": ["Harassment"],
                         "narrative": ["He has emailed her 3 times asking for the money back."],
                         "victim_name": ["Gil Gee"], "suspect_name": ["Hal Aitch"]})
    export = tmp_path / "export.csv"
    rows.to_csv(export, index=False)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(export), "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    case = pd.read_csv(out / "cases.csv", dtype=str).iloc[0]
    assert case["verdict"] != "missed_stalking"
    assert "One record describes" not in case["explanation"]
    assert "quantity_occasions" in case["rules"]


def test_a_weekday_alone_is_not_a_frequency():
    assert read("She works every Sunday and visits her mum most Saturdays.") == []


def _run_one(tmp_path, narratives: list[str], relationships: list[str]) -> pd.DataFrame:
    n = len(narratives)
    rows = pd.DataFrame({"crime_ref": [f"CP/{i}" for i in range(n)],
                         "recorded_date": [f"0{i + 1}/08/2026" for i in range(n)],
                         "offence": ["Harassment"] * n, "narrative": narratives,
                         "victim_name": ["Ivy Jay"] * n, "suspect_name": ["Ken Kay"] * n,
                         "relationship": relationships})
    export = tmp_path / "export.csv"
    rows.to_csv(export, index=False)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(export), "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return pd.read_csv(out / "cases.csv", dtype=str)


COURSE = ["He turns up at her work, follows her home and has sent 40 texts a day since May.",
          "He was waiting outside her house again and followed her to the gym."]


def test_a_current_partner_course_is_review_not_missed_stalking(tmp_path):
    case = _run_one(tmp_path, COURSE, ["partner", "partner"]).iloc[0]
    assert case["verdict"] == "review"
    assert "Current partners: controlling or coercive behaviour (SCA 2015 s76)" in case["explanation"]


def test_the_same_course_by_a_former_partner_is_missed_stalking(tmp_path):
    case = _run_one(tmp_path, COURSE, ["ex-partner", "partner"]).iloc[0]
    assert case["verdict"] == "missed_stalking"
    assert "Current partners" not in case["explanation"]


def test_how_long_it_has_gone_on_is_persistence_in_a_one_record_course(tmp_path):
    case = _run_one(tmp_path, ["He has been messaging her every day for six weeks."], [""]).iloc[0]
    assert "quantity_period" in case["rules"] and "quantity_frequency" in case["rules"]
    assert case["verdict"] == "missed_stalking"
    assert "One record describes a course of conduct (CP/0: every day, for six weeks)" in \
        case["explanation"]
