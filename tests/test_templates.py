"""Phrase templates: slots, alternation and optional words, spelt out at load.

The built-in slots (rules/lexicon/slots.yml) are exercised phrase by phrase through the
real engine, so a slot entry that the matcher would read differently fails here.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit_cli import paths
from audit_cli.detect import load_pack, validate
from audit_cli.detect.commands import rules_group
from audit_cli.detect.rules import phrase_counts
from audit_cli.detect.templates import Slots, TemplateError, load_slots
from test_detect_engine import base_rule, fired, write

SLOTS = Slots({"v": ("her", "the victim"), "p": ("home", "work")}, max_expansions=50)
BUILT_IN, _ = validate([paths.RULES_DIR])
PACK_SLOTS, _ = load_slots([paths.RULES_DIR])
SCREEN_LINES = 60  # a rule's detection block must read on one screen


def folder_with(tmp_path: Path, rules: dict[str, str]) -> Path:
    """A rules folder holding these rules and the built-in lexicon (slots included)."""
    folder = tmp_path / "pack"
    shutil.copytree(paths.RULES_DIR / "lexicon", folder / "lexicon")
    shutil.copy(paths.RULES_DIR / "verdicts.yml", folder / "verdicts.yml")
    for rid, text in rules.items():
        write(folder, "detection", rid, text)
    return folder


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


# --------------------------------------------------------------------------- spelling out


@pytest.mark.parametrize("template, phrases", [
    ("followed {v} home", ["followed her home", "followed the victim home"]),
    ("follow(ed|ing|s) {v}", ["followed her", "followed the victim", "following her",
                               "following the victim", "follows her", "follows the victim"]),
    ("outside {v} [front] door", ["outside her front door", "outside her door",
                                   "outside the victim front door", "outside the victim door"]),
    ("(turned up|turns up) at (her|my) {p}", ["turned up at her home", "turned up at her work",
                                               "turned up at my home", "turned up at my work",
                                               "turns up at her home", "turns up at her work",
                                               "turns up at my home", "turns up at my work"]),
    ("text(s|) (from (him|{v})|)", ["texts from him", "texts from her", "texts from the victim",
                                     "texts", "text from him", "text from her",
                                     "text from the victim", "text"]),
    ("plain words", ["plain words"]),
])
def test_templates_spell_out_every_phrase_once(template, phrases):
    assert SLOTS.expand(template) == phrases


@pytest.mark.parametrize("template, message", [
    ("followed {nobody} home", "unknown slot {nobody}"),
    ("follow(ed|ing home", "is never closed"),
    ("followed her) home", "closes nothing"),
    ("followed [her|him] home", "'|' inside [...]"),
    ("{v} {v} {v} {v} {v} {v}", "spells out 64 phrases, more than the limit of 50"),
])
def test_bad_templates_say_what_to_change(template, message):
    with pytest.raises(TemplateError, match=re.escape(message)):
        SLOTS.expand(template)


def test_a_bad_template_is_a_check_error_at_its_line(tmp_path):
    rule = base_rule("big_rule", """
        selection:
          narrative|phrase:
            - followed {victim} home
            - "{victim} {victim's} {victim} {victim's} {victim}"
        """)
    folder = folder_with(tmp_path, {"big_rule": rule})
    line = _line_of(rule, "{victim} {victim's} {victim}")
    result = CliRunner().invoke(rules_group, ["check", "--rules", str(folder)])
    assert result.exit_code == 1
    assert re.search(rf"big_rule\.yml:{line}: error: phrase .* template spells out [\d,]+ "
                     r"phrases, more than the limit of 2,000 .*\[bad-template\]", result.output)


def test_a_phrase_the_others_already_spell_out_is_reported(tmp_path):
    rule = base_rule("dup_rule", """
        selection:
          narrative|phrase:
            - followed {victim} home
            - followed the IP home
            - followed (her|him) to work
        """)
    folder = folder_with(tmp_path, {"dup_rule": rule})
    result = CliRunner().invoke(rules_group, ["check", "--rules", str(folder)])
    assert result.exit_code == 0  # a warning
    line = _line_of(rule, "- followed the IP home")
    assert f"dup_rule.yml:{line}: warning: phrase 'followed the IP home' is already spelt out" \
        in result.output
    assert result.output.count("[redundant-phrase]") == 1


def test_slots_of_a_force_folder_replace_the_built_in_ones(tmp_path):
    folder = folder_with(tmp_path, {})
    (folder / "lexicon" / "slots.yml").write_text(
        "max_expansions: 10\nslots:\n  victim: [her, the client]\n  new_one: [a, b]\n")
    slots, found = load_slots([paths.RULES_DIR, folder])
    assert not found
    assert slots.phrases["victim"] == ("her", "the client")
    assert slots.phrases["new_one"] == ("a", "b")
    assert "suspect" in slots.phrases and slots.max_expansions == 10


def test_a_bad_slots_file_is_reported(tmp_path):
    folder = folder_with(tmp_path, {})
    (folder / "lexicon" / "slots.yml").write_text(
        "max_expansions: 0\nslots:\n  victim: []\n  other: ['{victim} too']\n  x: ['(a']\n")
    _, found = load_slots([folder])
    messages = sorted(p.message for p in found)
    assert len(found) == 4, messages
    assert any("max_expansions must be a whole number" in m for m in messages)
    assert any("slot 'victim' must list at least one phrase" in m for m in messages)
    assert any("cannot use other slots" in m for m in messages)
    assert any("is never closed" in m for m in messages)


# --------------------------------------------------------------------------- built-in slots


def _slot_cases():
    texts = {"victim": "Susp followed {} home again.",
             "victim's": "Susp was waiting outside {} house at 3am.",
             "suspect": "IP states {} keeps turning up at her work.",
             "contact": "IP has had hundreds of {} from him.",
             "place": "He kept turning up at her {} every day.",
             "home": "He kept turning up at her {} every day.",
             "work": "He kept turning up at her {} every day."}
    return [(slot, phrase, texts[slot].format(phrase.upper() if i % 2 else phrase))
            for slot in texts for i, phrase in enumerate(PACK_SLOTS.phrases[slot])]


SLOT_RULE = base_rule("slot_rule", """
    selection:
      narrative|phrase:
        - followed {victim} home
        - waiting outside {victim's} house
        - "{suspect} keeps turning up"
        - hundreds of {contact}
        - turning up at her {place}
        - turning up at her {home}
        - turning up at her {work}
    """)


@pytest.fixture(scope="module")
def slot_pack(tmp_path_factory):
    return load_pack([folder_with(tmp_path_factory.mktemp("slots"), {"slot_rule": SLOT_RULE})])


@pytest.mark.parametrize("slot, phrase, text", _slot_cases(),
                         ids=[f"{s}-{p}" for s, p, _ in _slot_cases()])
def test_every_built_in_slot_phrase_is_found_as_written(slot_pack, slot, phrase, text):
    from audit_cli.detect.engine import evaluator
    from audit_cli.detect.ruletest import crimes_frame
    import datetime as dt

    hits = evaluator(slot_pack).run(crimes_frame([{"narrative": text}], ["CR0"],
                                                 [dt.date(2025, 1, 15)]))
    assert list(hits["rule_id"]) == ["slot_rule"], text
    start, end = int(hits["start"].iloc[0]), int(hits["end"].iloc[0])
    assert hits["matched"].iloc[0] == text[start:end]  # as written, capitals and all
    assert phrase.split()[0].lower() in text[start:end].lower()


def test_the_victim_slot_reads_police_and_first_person_wording(slot_pack):
    texts = [{"narrative": t} for t in (
        "susp followed the IP home", "He followed me home from the bus stop.",
        "Suspect FOLLOWED THE INJURED PARTY HOME.", "followed the complainant home",
        "no suggestion that he followed her home")]
    assert fired(slot_pack, *texts) == [{"slot_rule"}] * 4 + [set()]


# --------------------------------------------------------------------------- the pack


def test_the_pack_is_written_in_at_most_1500_phrase_lines():
    written = sum(phrase_counts(r)[0] for r in BUILT_IN.rules)
    expanded = sum(phrase_counts(r)[1] for r in BUILT_IN.rules)
    assert 0 < written <= 1500
    assert expanded > 5 * written  # the templates do the spelling out


@pytest.mark.parametrize("rule", BUILT_IN.rules, ids=[r.id for r in BUILT_IN.rules])
def test_each_rule_detection_fits_on_one_screen(rule):
    lines = rule.text.splitlines()
    start = lines.index("detection:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i][:1].isalpha())
    assert end - start <= SCREEN_LINES, f"{rule.id}: detection is {end - start} lines"


def test_rules_list_stats_prints_written_and_expanded_counts():
    result = CliRunner().invoke(rules_group, ["list", "--stats"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()[1:]}
    following = phrase_counts(BUILT_IN.rule("following_victim"))
    assert rows["following_victim"] == [f"{following[0]:,}", f"{following[1]:,}"]
    written = sum(phrase_counts(r)[0] for r in BUILT_IN.rules)
    assert rows["total"][0] == f"{written:,}"
    assert len(rows) == len(BUILT_IN.rules) + 1
