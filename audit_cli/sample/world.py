"""The story-level record of what happened: crimes, who was in them, and the true cases.

Stories (scenarios.py) write crimes here with the people they really involve; the
assembler later decides how the records system wrote those people down.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from audit_cli.sample.offences import OFFENCES
from audit_cli.sample.population import Population

QUARTER_START = datetime(2026, 7, 1)
QUARTER_END = datetime(2026, 9, 30, 23, 59)
HISTORY_START = datetime(2025, 1, 1)


class World:
    """Crimes, party pairings and cases, in creation order."""

    def __init__(self, pop: Population, rng: random.Random):
        self.pop = pop
        self.rng = rng
        self.crimes: list[dict] = []
        self.pairs: list[dict] = []
        self.cases: list[dict] = []
        self.told: dict[str, int] = {}  # cases opened per scenario so far

    @property
    def n_rows(self) -> int:
        return len(self.pairs)

    def case(self, label: str, scenario: str, victim: int, perp: int | None, notes: str) -> int:
        self.told[scenario] = self.told.get(scenario, 0) + 1
        self.cases.append({"case": len(self.cases), "label": label, "scenario": scenario,
                           "victim": victim, "perp": -1 if perp is None else perp, "notes": notes})
        return len(self.cases) - 1

    def offence(self, key: str) -> tuple[str, str]:
        codes, titles = OFFENCES[key]
        code = self.rng.choices([c for c, _ in codes], weights=[w for _, w in codes])[0]
        title = self.rng.choices([t for t, _ in titles], weights=[w for _, w in titles])[0]
        return code, title

    def crime(self, recorded: datetime, key: str, narrative: str, parties: list[dict], *,
              relationship: str = "", domestic: str = "", flags: str = "", cat: str = "bg",
              offence_date: datetime | None = None, title: str | None = None) -> int:
        """Add one crime; parties are dicts victim, suspect (-1 none), perp, case, v_pc, and
        optionally s_name (the suspect written free-hand this way, with no records-system
        id) and s_dob (that free-hand entry keeps his date of birth)."""
        code, default_title = self.offence(key)
        if offence_date is None and self.rng.random() < 0.85:
            offence_date = recorded - timedelta(days=self.rng.choice([0, 0, 0, 0, 1, 1, 2, 3]),
                                                hours=self.rng.randint(0, 10))
        idx = len(self.crimes)
        self.crimes.append({
            "recorded": recorded, "offence_date": offence_date, "key": key,
            "offence_code": code, "offence": title or default_title, "narrative": narrative,
            "relationship": relationship, "domestic": domestic, "flags": flags, "cat": cat,
        })
        for order, p in enumerate(parties):
            self.pairs.append({"crime": idx, "order": order, "victim": p["victim"],
                               "suspect": p.get("suspect", -1), "perp": p.get("perp", -1),
                               "case": p.get("case", -1), "v_pc": p.get("v_pc", ""),
                               "s_name": p.get("s_name", ""), "s_dob": p.get("s_dob", False)})
        return idx


def random_time(rng: random.Random, day: datetime) -> datetime:
    hour = rng.choices(range(24), weights=[2, 1, 1, 1, 1, 1, 2, 3, 5, 6, 6, 6, 6, 6, 6, 6, 7, 7,
                                           7, 6, 5, 4, 3, 3])[0]
    return day.replace(hour=hour, minute=rng.randint(0, 59), second=0)


def course_dates(rng: random.Random, n: int, mean_gap: float,
                 history: float = 0.25) -> list[datetime]:
    """Dates of n reports ending inside the quarter; long gaps reach back into 2025."""
    end = QUARTER_START + timedelta(days=rng.uniform(3, 91))
    gaps = [max(1.0, rng.expovariate(1 / mean_gap)) for _ in range(n - 1)]
    days = [end]
    for g in reversed(gaps):
        days.insert(0, days[0] - timedelta(days=g))
    if n > 2 and rng.random() < history:
        # The first report often sits months back, recorded and closed on its own.
        days[0] = days[1] - timedelta(days=rng.uniform(120, 400))
    days = [max(d, HISTORY_START + timedelta(days=rng.uniform(0, 30))) for d in days]
    days.sort()
    return [random_time(rng, d) for d in days]


def quarter_date(rng: random.Random) -> datetime:
    return random_time(rng, QUARTER_START + timedelta(days=rng.uniform(0, 91.9)))
