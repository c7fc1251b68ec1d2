"""The glue between stages: the audited period and joining findings to cases."""

from __future__ import annotations

import pandas as pd

from audit_cli.pipeline import in_period, with_findings

CASES = pd.DataFrame({"case_id": ["C-a", "C-b", "C-c", "C-d"], "n_crimes": [2, 1, 1, 1]})
CASE_CRIMES = pd.DataFrame({"case_id": ["C-a", "C-a", "C-b", "C-c", "C-d"],
                            "crime_ref": ["R1", "R2", "R3", "R4", "R9"]})
CRIMES = pd.DataFrame({
    "crime_ref": ["R1", "R2", "R3", "R4"],
    "recorded_date": pd.to_datetime(["2026-06-30 23:00", "2026-07-01 08:00", "2026-09-30 22:00",
                                     None]),
})


def test_a_case_is_in_the_period_when_any_of_its_crimes_is():
    inside = in_period(CASES, CASE_CRIMES, CRIMES, pd.Timestamp("2026-07-01"),
                       pd.Timestamp("2026-09-30"))
    # C-a: R2 on the first day; C-b: the last day, late evening; C-c: no date; C-d: its
    # crime is not in the crimes table.
    assert inside.tolist() == [True, True, False, False]


def test_open_ended_periods_and_no_period():
    assert in_period(CASES, CASE_CRIMES, CRIMES, None, pd.Timestamp("2026-06-30")).tolist() == [
        True, False, False, False]
    assert in_period(CASES, CASE_CRIMES, CRIMES, pd.Timestamp("2026-07-02"), None).tolist() == [
        False, True, False, False]
    assert in_period(CASES, CASE_CRIMES, CRIMES, None, None).all()


def test_findings_join_by_case_id_in_any_order():
    findings = pd.DataFrame({"case_id": ["C-a", "C-b", "C-c", "C-d"],
                             "verdict": ["review", "no_concern", "missed_stalking", "review"]})
    same = with_findings(CASES, findings)
    assert same["verdict"].tolist() == ["review", "no_concern", "missed_stalking", "review"]
    shuffled = with_findings(CASES, findings.iloc[[2, 0, 3, 1]])
    pd.testing.assert_frame_equal(shuffled, same)
    assert list(same.columns) == ["case_id", "n_crimes", "verdict"]


def test_empty_like_keeps_columns_and_dtypes_but_no_rows():
    from audit_cli.pipeline import empty_like

    frame = pd.DataFrame({"crime_ref": pd.Series(["R1", "R2"], dtype="str"),
                          "recorded_date": pd.to_datetime(["2026-07-01", "2026-07-02"]),
                          "domestic": pd.array([True, None], dtype="boolean")})
    empty = empty_like(frame)
    assert len(empty) == 0
    assert empty.dtypes.to_dict() == frame.dtypes.to_dict()


def test_rule_scan_in_a_child_equals_the_scan_here():
    """audit run scans the base rules in a forked child while linking; what comes back
    through the pipe is the same table the scan gives in this process."""
    from audit_cli.detect import load_pack, scan
    from audit_cli.load import load_inputs
    from audit_cli.model import crimes_from_rows
    from audit_cli.paths import RULES_DIR, SAMPLE_DIR
    from audit_cli.pipeline import start_scan
    from audit_cli.report import background

    loaded = load_inputs([SAMPLE_DIR / "heldout" / "heldout.csv"], "generic", None)
    crimes = crimes_from_rows(loaded.rows)
    pack = load_pack([RULES_DIR])
    job = start_scan(crimes, pack)
    if not background.available():
        assert job is None
        return
    try:
        forked = job.wait()
    finally:
        job.stop()
    here = scan(crimes, pack)
    assert len(here) > 50
    pd.testing.assert_frame_equal(forked, here)
