"""Hostile small files end with one line and exit 2 within seconds, under a memory limit:
XLSX that expands to gigabytes, YAML alias bombs, catastrophic rule regexes."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
import time

import pytest
from hostile_files import billion_laughs_yaml, far_cell_xlsx, shared_string_bomb_xlsx

from audit_cli.errors import EXIT_USAGE
from audit_cli.paths import SAMPLE_DIR

MEMORY_LIMIT = 2 * 1024 ** 3  # the run's whole address space
SECONDS = 60  # generous for a loaded 2-core machine; each case takes a few seconds
QUARTER = SAMPLE_DIR / "quarter.csv"


def _limited():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def audit(*args, cwd=None):
    """`audit ARGS` in a child under the memory limit; (exit code, stderr, seconds)."""
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "audit_cli.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=SECONDS,
                          preexec_fn=_limited, cwd=cwd)
    return done.returncode, done.stderr, time.monotonic() - start


def assert_refused(code, stderr, *words):
    assert code == EXIT_USAGE, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("audit: error:"), stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_xlsx_with_a_value_in_the_last_cell_is_refused(tmp_path):
    book = far_cell_xlsx(tmp_path / "far.xlsx")
    assert book.stat().st_size < 4000
    code, stderr, _ = audit("validate", book, "--out", tmp_path / "rejects.csv")
    assert_refused(code, stderr, "far.xlsx", "limits.xlsx_max_columns")


def test_xlsx_of_repeated_shared_strings_is_refused(tmp_path):
    book = shared_string_bomb_xlsx(tmp_path / "sst.xlsx")
    assert book.stat().st_size < 100_000
    code, stderr, _ = audit("run", book, "--out", tmp_path / "out")
    assert_refused(code, stderr, "sst.xlsx", "limits.xlsx_max_text_bytes")
    assert not (tmp_path / "out").exists()


def test_xlsx_limits_are_settings(tmp_path):
    from hostile_files import xlsx
    rows = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>v{i}</t></is></c></row>'
                   for i in range(1, 6))
    book = xlsx(tmp_path / "five.xlsx", rows)
    config = tmp_path / "config.yml"
    config.write_text("limits:\n  xlsx_max_rows: 3\n")
    code, stderr, _ = audit("run", book, "--out", tmp_path / "out", "--config", config)
    assert_refused(code, stderr, "5 rows", "limits.xlsx_max_rows")
    config.write_text("limits:\n  xlsx_max_rowz: 3\n")
    code, stderr, _ = audit("run", book, "--out", tmp_path / "out", "--config", config)
    assert_refused(code, stderr, "limits.xlsx_max_rowz", "unknown limit")


@pytest.mark.parametrize("where", ["config", "rules"])
def test_yaml_alias_bomb_is_refused(tmp_path, where):
    if where == "config":
        bomb = tmp_path / "config.yml"
        bomb.write_text(billion_laughs_yaml("run"))
        extra = ["--config", bomb]
    else:
        (tmp_path / "pack" / "detection").mkdir(parents=True)
        bomb = tmp_path / "pack" / "detection" / "bomb.yml"
        bomb.write_text(billion_laughs_yaml("detection"))
        extra = ["--rules", tmp_path / "pack"]
    code, stderr, _ = audit("run", QUARTER, "--out", tmp_path / "out", *extra)
    assert_refused(code, stderr, "bomb.yml" if where == "rules" else "config.yml")
    assert "limits.yaml_max_nodes" in stderr


@pytest.mark.parametrize("content, words", [
    ("run: " + "[" * 20000 + "]" * 20000 + "\n", ["config.yml"]),
    (b"\x00\xff\xfebinary", ["config.yml", "not UTF-8"]),
    ("run:\n  period: 2026Q3\n  period: 2026Q2\n", ["row 3", "'period' is written twice"]),
    ("x" * 3_000_000, ["limits.yaml_max_bytes"]),
])
def test_bad_config_files_are_one_line_exit_2(tmp_path, content, words):
    config = tmp_path / "config.yml"
    if isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content)
    code, stderr, _ = audit("run", QUARTER, "--out", tmp_path / "out", "--config", config)
    assert_refused(code, stderr, *words)


CATASTROPHIC_RULE = textwrap.dedent("""\
    id: slow_rule
    title: slow rule
    status: test
    description: a pattern that backtracks exponentially
    references: ["PHA 1997 s2A"]
    tags: [four.repeated]
    detection:
      sel:
        narrative|re: '(a+)+$'
      condition: sel
    falsepositives: [none]
    level: medium
    weight: 1.0
    tests:
      should_flag:
        - narrative: "aaaa"
      should_not_flag:
        - narrative: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"
    """)


def test_catastrophic_regex_is_refused_quickly_and_rules_check_says_why(tmp_path):
    (tmp_path / "pack" / "detection").mkdir(parents=True)
    (tmp_path / "pack" / "detection" / "slow_rule.yml").write_text(CATASTROPHIC_RULE)
    code, stderr, seconds = audit("run", QUARTER, "--out", tmp_path / "out",
                                  "--rules", tmp_path / "pack")
    assert code == EXIT_USAGE and "nested quantifiers" in stderr, stderr
    assert seconds < SECONDS
    done = subprocess.run([sys.executable, "-m", "audit_cli.cli", "rules", "check", "--rules",
                           str(tmp_path / "pack")], capture_output=True, text=True,
                          timeout=SECONDS, preexec_fn=_limited)
    assert done.returncode == 1
    assert "slow_rule.yml" in done.stdout + done.stderr
    assert "nested quantifiers" in done.stdout + done.stderr


def test_regex_check_accepts_the_built_in_pack_and_refuses_classic_shapes():
    from audit_cli.detect.regex_safety import catastrophic
    for bad in ["(a+)+$", "(a*)*b", r"(\w+\s?)*$", r"(x+y?){2,60}", r"((ab)*c)+"]:
        assert catastrophic(bad), bad
    for good in ["a+b+", "(?:ab)+", r"\b(he|she)\b(?:(?!\bnot\b)[^.;!?]){0,60}?\bcalled",
                 r"\d+ (calls|texts)"]:
        assert catastrophic(good) is None, good
