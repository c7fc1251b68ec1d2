"""Follow-up fields filled the way forces fill them: often empty, sometimes late, written
inconsistently.

Each crime carries a follow-up category from its story: bg / bg_da (ordinary crime),
missed / missed_da (stalking recorded as something else, so handled as that), rec_good /
rec_gap (recorded stalking, handled well or with gaps), hn / hn_da (look-alikes).
Values are drawn per category with numpy, so a million crimes cost well under a second
per field.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

EXTRACT_DAY = np.datetime64("2026-10-07T00:00", "s")

TEAMS = {
    "daiu": ["DAIU", "D.A.I.U", "Domestic Abuse Inv Unit", "daiu", "DA Investigation Unit", "DAIU North"],
    "response": ["Response", "RESPONSE", "Response Team 3", "Resp"],
    "npt": ["NPT", "NPT South", "Neighbourhood Policing", "N.P.T."],
    "cid": ["CID", "C.I.D.", "CID City"],
    "bureau": ["Crime Bureau", "CRIME BUREAU", "Crime Mgmt Unit", "CMU"],
    "hub": ["Investigation Hub", "Inv Hub", "IHUB"],
    "cit": ["CIT", "Complex Investigation Team"],
    "stalking": ["Stalking Unit", "Stalking & Harassment Team", "Stalking and Harassment Unit", "SCU", "PVP Stalking"],
    "ppu": ["PPU", "Public Protection Unit", "P.P.U"],
    "": [""],
}
SERVICES = {
    "generic": ["Victim First", "Victim first", "VICTIM FIRST", "Victim Support", "Signposted - Victim First", "VS"],
    "da": ["IDVA", "I.D.V.A", "Women's Aid", "Womens Aid", "Refuge", "IDVA service"],
    "stalking": ["Paladin", "paladin service", "Nat Stalking Helpline", "National Stalking Helpline", "NSH",
                 "Suzy Lamplugh Trust", "ISAC", "Veritas Justice"],
    "declined": ["declined", "Declined support", "IP declined"],
    "": [""],
}
SPO_VALUES = {
    "considered": ["considered", "Considered", "CONSIDERED"], "not appropriate": ["not appropriate", "Not Appropriate"],
    "interim applied": ["interim applied", "Interim Applied"], "interim granted": ["interim granted", "Interim granted"],
    "applied": ["applied", "Applied"], "granted": ["granted", "Granted"], "refused": ["refused", "Refused"], "": [""],
}

CATS = ("bg", "bg_da", "missed", "missed_da", "rec_good", "rec_gap", "hn", "hn_da")

# per category: {choice: weight}
TEAM_W = {
    "bg": {"response": 30, "npt": 15, "bureau": 30, "cid": 8, "hub": 10, "cit": 2, "": 5},
    "da": {"daiu": 55, "response": 20, "cid": 8, "npt": 7, "ppu": 5, "": 5},
    "missed": {"response": 30, "npt": 30, "bureau": 15, "cid": 10, "hub": 10, "": 5},
    "rec_good": {"stalking": 45, "daiu": 15, "ppu": 15, "cid": 25},
    "rec_gap": {"response": 25, "npt": 20, "daiu": 20, "cid": 15, "stalking": 10, "": 10},
}
RISK_W = {
    "bg": {"": 97, "standard": 3}, "da": {"": 15, "standard": 47, "medium": 30, "high": 8},
    "missed": {"": 88, "standard": 8, "medium": 4}, "rec_good": {"standard": 15, "medium": 50, "high": 35},
    "rec_gap": {"": 45, "standard": 25, "medium": 22, "high": 8},
}
SCREEN_W = {
    "bg": {"": 98, "N": 2}, "da": {"": 85, "N": 12, "Y": 3}, "missed": {"": 86, "N": 12, "Y": 2},
    "rec_good": {"Y": 100}, "rec_gap": {"": 45, "N": 20, "Y": 35},
}
PLAN_W = {
    "bg": {"": 65, "Y": 20, "N": 15}, "da": {"": 50, "Y": 35, "N": 15}, "missed": {"": 60, "Y": 25, "N": 15},
    "rec_good": {"Y": 95, "": 5}, "rec_gap": {"": 40, "Y": 40, "N": 20},
}
REFERRAL_W = {
    "bg": {"": 72, "generic": 25, "declined": 3}, "da": {"": 25, "da": 55, "generic": 15, "declined": 5},
    "missed": {"": 55, "generic": 40, "declined": 5}, "rec_good": {"stalking": 100},
    "rec_gap": {"": 35, "generic": 30, "stalking": 20, "declined": 15},
}
SPO_W = {
    "bg": {"": 100}, "da": {"": 100}, "missed": {"": 99, "not appropriate": 1},
    "rec_good": {"considered": 25, "not appropriate": 15, "interim applied": 10, "interim granted": 20,
                 "applied": 15, "granted": 15},
    "rec_gap": {"": 60, "considered": 20, "not appropriate": 10, "refused": 5, "applied": 5},
}
OUTCOME_W = {
    "bg_nosusp": {"18": 75, "14": 15, "20": 5, "16": 5},
    "bg": {"1": 20, "8": 10, "3": 5, "15": 15, "16": 25, "21": 5, "22": 5, "14": 5, "18": 5, "1A": 2, "20": 3},
    "da": {"16": 45, "15": 15, "1": 20, "21": 5, "3": 3, "18": 2, "8": 2, "20": 8},
    "missed": {"16": 35, "15": 18, "14": 8, "18": 12, "1": 10, "21": 6, "17": 4, "8": 3, "22": 2, "3": 2},
    "rec_good": {"1": 45, "16": 20, "15": 20, "1A": 5, "21": 2, "3": 3, "": 5},
    "rec_gap": {"16": 40, "15": 25, "18": 10, "14": 10, "1": 10, "17": 5},
}
# share of crimes already closed at the extract, before the age term
CLOSED_BASE = {"bg": 0.35, "da": 0.3, "missed": 0.4, "rec_good": 0.15, "rec_gap": 0.35}


def group_of(cat: np.ndarray) -> np.ndarray:
    """Collapse story categories into the five follow-up behaviours."""
    g = np.full(len(cat), "bg", dtype=object)
    g[np.isin(cat, ["bg_da", "hn_da", "missed_da"])] = "da"
    g[cat == "missed"] = "missed"
    g[cat == "rec_good"] = "rec_good"
    g[cat == "rec_gap"] = "rec_gap"
    return g


def draw(rng: np.random.Generator, group: np.ndarray, table: dict[str, dict[str, float]]) -> np.ndarray:
    out = np.full(len(group), "", dtype=object)
    for g, weights in table.items():
        rows = np.flatnonzero(group == g)
        if len(rows):
            keys = np.array(list(weights), dtype=object)
            p = np.array(list(weights.values()), dtype=float)
            out[rows] = keys[rng.choice(len(keys), len(rows), p=p / p.sum())]
    return out


def spell(rng: np.random.Generator, values: np.ndarray, variants: dict[str, list[str]]) -> np.ndarray:
    """Write each canonical value the way one of several officers would."""
    out = values.copy()
    for canon, forms in variants.items():
        rows = np.flatnonzero(values == canon)
        if len(rows):
            out[rows] = np.array(forms, dtype=object)[rng.integers(0, len(forms), len(rows))]
    return out


def days_after(rng: np.random.Generator, recorded: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    days = rng.uniform(low, high)
    out = recorded + (days * 86400).astype("timedelta64[s]")
    out = out.astype("datetime64[D]").astype("datetime64[s]")
    return np.where(out > EXTRACT_DAY, np.datetime64("NaT"), out)


def timeliness(rng: np.random.Generator, group: np.ndarray, good: tuple, late: tuple, p_late: dict) -> tuple:
    """Per-row (low, high) day offsets: prompt for most, late for a category's share."""
    late_mask = rng.random(len(group)) < np.vectorize(lambda g: p_late.get(g, 0.3), otypes=[float])(group)
    low = np.where(late_mask, late[0], good[0])
    high = np.where(late_mask, late[1], good[1])
    return low, high


def fill_followup(rng: np.random.Generator, crimes: pd.DataFrame) -> pd.DataFrame:
    """Follow-up columns for every crime (dates as datetime64, text as str)."""
    n = len(crimes)
    cat = crimes["cat"].to_numpy(dtype=object)
    group = group_of(cat)
    rec = crimes["recorded"].to_numpy().astype("datetime64[s]")
    nat = np.datetime64("NaT")
    out = pd.DataFrame(index=crimes.index)

    team_group = np.where(np.isin(group, ["rec_good", "rec_gap", "missed", "da"]), group, "bg")
    team = draw(rng, team_group, TEAM_W)
    out["allocated_team"] = spell(rng, team, TEAMS)

    risk = draw(rng, group, RISK_W)
    case_style = rng.random(n)
    risk = np.where(case_style < 0.2, np.char.capitalize(risk.astype(str)).astype(object), risk)
    risk = np.where(case_style > 0.92, np.char.upper(risk.astype(str)).astype(object), risk)
    out["risk_level"] = risk
    lo, hi = timeliness(rng, group, (0, 1.5), (4, 30), {"rec_good": 0.0, "rec_gap": 0.5, "missed": 0.3, "da": 0.2})
    risk_date = days_after(rng, rec, lo, hi)
    out["risk_date"] = np.where((risk != "") & (rng.random(n) > 0.08), risk_date, nat)

    screen = draw(rng, group, SCREEN_W)
    out["screening_tool"] = spell(rng, screen, {"Y": ["Y", "Y", "Y", "Yes", "y"], "N": ["N", "N", "No", "n"], "": [""]})
    lo, hi = timeliness(rng, group, (0, 2.5), (5, 40), {"rec_good": 0.0, "rec_gap": 0.7})
    out["screening_date"] = np.where(screen == "Y", days_after(rng, rec, lo, hi), nat)

    plan = draw(rng, group, PLAN_W)
    out["investigation_plan"] = spell(rng, plan, {"Y": ["Y", "Y", "Yes"], "N": ["N", "No"], "": [""]})

    ref = draw(rng, group, REFERRAL_W)
    services = spell(rng, ref, SERVICES)
    # Good stalking handling often adds the DA or general service too.
    second = (group == "rec_good") & (rng.random(n) < 0.45)
    extra = np.where(crimes["domestic"].astype(str).str.startswith("Y").to_numpy(),
                     spell(rng, np.full(n, "da", dtype=object), SERVICES),
                     spell(rng, np.full(n, "generic", dtype=object), SERVICES))
    sep = np.array(["; ", ";", " ; "], dtype=object)[rng.integers(0, 3, n)]
    services = np.where(second, services + sep + extra, services)
    out["support_referral"] = services
    lo, hi = timeliness(rng, group, (0, 2.5), (3, 30), {"rec_good": 0.0, "rec_gap": 0.6, "missed": 0.5, "bg": 0.5, "da": 0.4})
    has_ref = (ref != "") & (ref != "declined") & (rng.random(n) > 0.1)
    out["referral_date"] = np.where(has_ref, days_after(rng, rec, lo, hi), nat)

    out["spo"] = spell(rng, draw(rng, group, SPO_W), SPO_VALUES)

    triage_p = np.select([group == "rec_good", group == "rec_gap", group == "missed", cat == "hn_da"],
                         [0.95, 0.4, 0.03, 0.05], 0.0)
    lo, hi = timeliness(rng, group, (0, 7), (10, 45), {"rec_good": 0.1, "rec_gap": 0.8})
    out["triage_date"] = np.where(rng.random(n) < triage_p, days_after(rng, rec, lo, hi), nat)

    code, when = outcomes(rng, crimes, group, rec)
    out["outcome_code"] = code
    out["outcome_date"] = when
    return out


def outcomes(rng: np.random.Generator, crimes: pd.DataFrame, group: np.ndarray, rec: np.ndarray):
    n = len(crimes)
    no_susp = ~crimes["has_suspect"].to_numpy(dtype=bool)
    ogroup = np.where((group == "bg") & no_susp, "bg_nosusp", group)
    code = draw(rng, ogroup, OUTCOME_W)
    age = (EXTRACT_DAY - rec) / np.timedelta64(1, "D")
    base = np.vectorize(lambda g: CLOSED_BASE.get(g, 0.35), otypes=[float])(group)
    closed = rng.random(n) < np.minimum(0.95, base + age / 110)
    # Quick closures: no-suspect thefts and the victim-withdrawal outcomes in stalking-like cases.
    quick = ((code == "18") | ((code == "16") & np.isin(group, ["missed", "rec_gap"]))) & (rng.random(n) < 0.7)
    low = np.where(quick, 1, 10)
    high = np.where(quick, 14, 120)
    when = days_after(rng, rec, low, high)
    closed &= (code != "") & ~np.isnat(when)
    code = np.where(closed, code, "")
    when = np.where(closed & (rng.random(n) > 0.03), when, np.datetime64("NaT"))
    return code, when
