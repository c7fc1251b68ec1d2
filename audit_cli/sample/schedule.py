"""Which stories a sample tells, and how many per 6,000 rows."""

from __future__ import annotations

from audit_cli.sample import splits as S
from audit_cli.sample.scenarios import (by_proxy, controlling, coparenting, missed_course, neighbours,
                                        one_off, principal, prolific, recorded, single_record, store_thefts,
                                        unidentified, unrelated)
from audit_cli.sample.world import World

# (scenario, cases made per 6,000-row quarter, story function)
SCENARIOS: list[tuple[str, float, object]] = [
    ("split_harassment", 16, missed_course), ("split_malicious_comms", 16, missed_course),
    ("split_public_order", 9, missed_course), ("split_criminal_damage", 9, missed_course),
    ("order_breaches", 11, missed_course), ("tracker_theft", 5, missed_course),
    ("comms_offence", 7, missed_course), ("mixed_offences", 15, missed_course),
    ("online_fake_accounts", 8, missed_course), ("single_record_months", 9, single_record),
    ("unidentified_suspect", 7, unidentified), ("stalking_by_proxy", 5, by_proxy),
    ("principal_crime", 6, principal),
    # the splits of issue 12: one course of conduct cut across records
    ("unknown_then_named", 8, S.unknown_then_named), ("suspect_name_variants", 8, S.suspect_name_variants),
    ("unidentified_no_shared_token", 5, S.unidentified_no_shared_token),
    ("non_crime_records", 7, S.non_crime_records),
    ("recorded_stalking_good", 16, recorded), ("recorded_stalking_gaps", 20, recorded),
    ("recorded_partial", 8, recorded), ("recorded_included_classification", 6, recorded),
    ("neighbour_counter_allegations", 12, neighbours), ("prolific_offender", 3, prolific),
    ("organisation_many_thefts", 4, store_thefts),
    ("ccb_current_partner", 14, controlling), ("coparenting_contact", 12, coparenting),
    ("one_off_message", 20, one_off), ("unrelated_crimes_same_victim", 8, unrelated),
    ("namesake_father_son", 5, S.namesake_father_son), ("two_ex_partners", 6, S.two_ex_partners),
]


def run_stories(w: World, rows: int, budget_share: float = 0.45) -> None:
    """Tell every story the size asks for, first one of each kind, within a row budget."""
    scale = rows / 6000
    wanted = {name: max(1, round(per * scale)) if rows >= 600 else round(per * scale)
              for name, per, _ in SCENARIOS}
    if not any(wanted.values()):  # a small sample still needs one story to assemble
        wanted[max(SCENARIOS, key=lambda scenario: scenario[1])[0]] = 1
    budget = int(rows * budget_share)
    round_no = 0
    while True:
        told = False
        for name, _, fn in SCENARIOS:
            if wanted[name] > round_no and w.n_rows < budget:
                fn(w, name)
                told = True
        round_no += 1
        if not told:
            return


__all__ = ["run_stories", "SCENARIOS"]
