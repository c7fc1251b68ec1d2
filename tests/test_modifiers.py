"""Field-test modifiers: each one's checks, matching and evidence span live in one class
(audit_cli/detect/modifiers.py); these tests go through `audit rules check` and the
engine, so they hold whatever the table's layout."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from audit_cli.detect.commands import rules_group
from audit_cli.detect.modifiers import MODIFIERS
from test_detect_engine import base_rule, fired, pack_with
from test_templates import folder_with


@pytest.mark.parametrize("test, message", [
    ("offence|contains|re: x", "modifiers contains and re cannot be combined"),
    ("offence|contains|nonegate: x", "nonegate only goes with phrase"),
    ("offence|contains|nonegate|exact: x", "exact and nonegate only go with phrase"),
    ("domestic|contains: x", "contains needs a text field, not 'domestic'"),
    ("offence|gte: [1, 2]", "gte takes one value"),
    ("offence|lte: abc", "lte on 'offence' takes a number"),
    ("recorded_date|gte: '2025-13-01'", "'2025-13-01' is not a date (YYYY-MM-DD)"),
    ("domestic: maybe", "domestic takes true or false"),
    ("offence|exists: maybe", "exists takes true or false"),
    ("offence|re: '(unclosed'", "bad regular expression '(unclosed'"),
    ("offence|sounds_like: x", "unknown modifier 'sounds_like' (modifiers: "
     + ", ".join(MODIFIERS) + ")"),
])
def test_each_modifier_checks_its_values(tmp_path, test, message):
    rule = base_rule("mod_rule", f"selection:\n  {test}\n")
    folder = folder_with(tmp_path, {"mod_rule": rule})
    result = CliRunner().invoke(rules_group, ["check", "--rules", str(folder)])
    assert result.exit_code == 1
    assert re.search(r"mod_rule\.yml:\d+: error: " + re.escape(message), result.output), \
        result.output


def test_each_text_modifier_matches_and_shows_its_span(tmp_path):
    pack = pack_with(tmp_path, {
        "contains_rule": base_rule("contains_rule", "selection:\n  offence|contains: MALICIOUS\n"),
        "starts_rule": base_rule("starts_rule", "selection:\n  offence|startswith: sec 4a\n"),
        "ends_rule": base_rule("ends_rule", "selection:\n  offence|endswith: communications\n"),
        "re_rule": base_rule("re_rule", "selection:\n  offence|re: 'sec\\s*4a'\n"),
        "equals_rule": base_rule("equals_rule", "selection:\n  offence: public order\n"),
    })
    found = fired(pack, {"offence": "  Malicious Communications "}, {"offence": "Sec 4A POA"},
                  {"offence": "Public Order"}, {"offence": "Theft"})
    assert found == [{"contains_rule", "ends_rule"}, {"starts_rule", "re_rule"}, {"equals_rule"},
                     set()]
