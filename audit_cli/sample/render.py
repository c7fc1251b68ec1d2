"""How the records system wrote each person down: nominal records and their quirks.

A person has one or more nominal records (duplicates are common, and commoner for people
who come to police notice often). Each nominal has its own id and its own way of writing
the name, date of birth and postcode; a mention of the person in a crime uses one of
them. Bulk choices are numpy; only the small share of names that get a typo or lose
their accents go through Python.
"""

from __future__ import annotations

import random
import unicodedata

import numpy as np
import pandas as pd

KEYBOARD_NEIGHBOURS = {
    "a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
    "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad",
    "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu", "z": "x",
}

FAITH_NAMES = ["Kaur", "Singh", "Begum", "Bibi"]
TWO_DIGITS = np.array([f"{i:02d}" for i in range(100)], dtype=object)


def one_edit(name: str, rng: random.Random) -> str:
    """A single keying slip: neighbouring key, dropped, doubled or swapped letter."""
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    if len(letters) < 3:
        return name
    i = rng.choice(letters[1:])
    op = rng.random()
    ch = name[i]
    if op < 0.35 and ch.lower() in KEYBOARD_NEIGHBOURS:
        new = rng.choice(KEYBOARD_NEIGHBOURS[ch.lower()])
        return name[:i] + (new.upper() if ch.isupper() else new) + name[i + 1:]
    if op < 0.6:
        return name[:i] + name[i + 1:]
    if op < 0.8:
        return name[:i] + ch + name[i:]
    j = i - 1
    return name[:j] + name[i] + name[j] + name[i + 1:]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def apply_subset(values: np.ndarray, mask: np.ndarray, fn) -> np.ndarray:
    out = values.copy()
    idx = np.flatnonzero(mask)
    out[idx] = [fn(v) for v in values[idx]]
    return out


def format_dates(values: np.ndarray, with_time: bool = False) -> np.ndarray:
    """dd/mm/yyyy (HH:MM) text; NaT becomes ''."""
    s = pd.Series(values).astype("datetime64[s]")
    ok = s.notna().to_numpy()
    out = np.full(len(s), "", dtype=object)
    if not ok.any():
        return out
    v = s[ok]
    text = (TWO_DIGITS[v.dt.day.to_numpy()] + "/" + TWO_DIGITS[v.dt.month.to_numpy()] + "/"
            + v.dt.year.astype(str).to_numpy(dtype=object))
    if with_time:
        text = text + " " + TWO_DIGITS[v.dt.hour.to_numpy()] + ":" + TWO_DIGITS[v.dt.minute.to_numpy()]
    out[ok] = text
    return out


def nominal_counts(rng: np.random.Generator, mentions: np.ndarray) -> np.ndarray:
    """People who come to notice often collect duplicate records."""
    p_extra = np.minimum(0.6, 0.08 + 0.07 * mentions)
    return 1 + (rng.random(len(mentions)) < p_extra) + (rng.random(len(mentions)) < p_extra * 0.25)


def render_nominals(rng: np.random.Generator, py: random.Random, people: pd.DataFrame,
                    used: np.ndarray, mentions: np.ndarray, org_variants: list[list[str]]) -> pd.DataFrame:
    """One row per nominal record: pid, nominal number, id, name, dob, postcode text."""
    counts = nominal_counts(rng, mentions)
    pid = np.repeat(used, counts)
    first = np.concatenate([[True], pid[1:] != pid[:-1]])
    n = len(pid)
    p = people.loc[pid]
    is_org = (p["kind"] == "organisation").to_numpy()
    space = max(900_000, 4 * n)
    ids = rng.choice(space, n, replace=False) + (100_000 if space == 900_000 else 1_000_000)
    nom = pd.DataFrame({"pid": pid, "first": first})
    nom["id"] = "N" + pd.Series(ids).astype(str).to_numpy(dtype=object)
    nom["name"] = person_names(rng, py, p, first, is_org, org_variants)
    nom["dob"] = dob_text(rng, p["dob"].to_numpy(), first, is_org)
    nom["postcode"] = postcode_text(rng, p["postcode"].to_numpy(dtype=object), first, is_org)
    return nom


def person_names(rng: np.random.Generator, py: random.Random, p: pd.DataFrame, first: np.ndarray,
                 is_org: np.ndarray, org_variants: list[list[str]]) -> np.ndarray:
    n = len(first)
    fore = p["fore"].to_numpy(dtype=object)
    middle = p["middle"].to_numpy(dtype=object)
    sur = p["sur"].to_numpy(dtype=object)
    nick = p["nick"].to_numpy(dtype=object)
    odd = np.where(first, 0.0, 1.0)  # duplicates are where the quirks live
    r = lambda: rng.random(n)  # noqa: E731
    given = np.where((nick != "") & (r() < 0.04 + 0.3 * odd), nick, fore)
    mid = np.where((middle != "") & (r() < 0.5 - 0.25 * odd), " " + middle, "")
    # A duplicate record may hold the name the person goes by, their middle name (Paul
    # for John Paul Smith); a Sikh or Muslim name (Kaur, Singh, Begum) is often keyed
    # as the surname (Harpreet Kaur for Harpreet Kaur Gill).
    faith = np.isin(middle, FAITH_NAMES)
    by_middle = (middle != "") & ~faith & (r() < 0.12 * odd)
    given = np.where(by_middle, middle, given)
    as_surname = faith & (r() < 0.3 * odd)
    sur = np.where(as_surname, middle, sur)
    mid = np.where(by_middle | as_surname, "", mid)
    hyph = np.array(["-" in s for s in sur]) & (r() < 0.05 + 0.3 * odd)
    part = r() < 0.5
    sur = apply_subset(sur, hyph & part, lambda s: s.split("-")[0])
    sur = apply_subset(sur, hyph & ~part, lambda s: s.split("-")[-1])
    swap = (p["culture"].to_numpy(dtype=object) == "chinese") & (r() < 0.3)
    given, sur = np.where(swap, sur, given), np.where(swap, given, sur)
    typo = ~is_org & (r() < 0.012 + 0.12 * odd)
    on_sur = r() < 0.6
    sur = apply_subset(sur, typo & on_sur, lambda s: one_edit(s, py))
    given = apply_subset(given, typo & ~on_sur, lambda s: one_edit(s, py))
    accented = np.array([not s.isascii() for s in sur]) | np.array([not s.isascii() for s in given])
    plain = accented & (r() < 0.5)
    sur = apply_subset(sur, plain, strip_accents)
    given = apply_subset(given, plain, strip_accents)
    apos = np.array(["'" in s for s in sur]) & (r() < 0.25)
    sur = apply_subset(sur, apos, lambda s: s.replace("'", py.choice(["", " "])))

    style = rng.choice(6, n, p=[0.55, 0.10, 0.25, 0.04, 0.04, 0.02])
    sur_s, given_s = pd.Series(sur, dtype=object), pd.Series(given + mid, dtype=object)
    forms = [
        (sur_s.str.upper() + ", " + given_s),
        (sur_s + ", " + given_s),
        (given_s + " " + sur_s),
        (given_s + " " + sur_s).str.upper(),
        (given_s + " " + sur_s).str.lower(),
        (given_s + " " + sur_s.str.upper()),
    ]
    name = np.select([style == k for k in range(6)], [f.to_numpy(dtype=object) for f in forms], "")
    if is_org.any():
        name[is_org] = org_names(rng, p["org"].to_numpy()[is_org], first[is_org], org_variants)
    return name


def org_names(rng: np.random.Generator, org: np.ndarray, first: np.ndarray, variants: list[list[str]]) -> np.ndarray:
    out = np.empty(len(org), dtype=object)
    pick = rng.random(len(org))
    for i, (o, f, r) in enumerate(zip(org, first, pick)):
        forms = variants[o]
        out[i] = forms[0] if (f and r < 0.6) else forms[int(r * 1000) % len(forms)]
    return out


def dob_text(rng: np.random.Generator, dob: np.ndarray, first: np.ndarray, is_org: np.ndarray) -> np.ndarray:
    n = len(dob)
    odd = np.where(first, 0.0, 1.0)
    d = pd.Series(dob).astype("datetime64[s]")
    ok = d.notna().to_numpy() & ~is_org
    day = np.where(ok, d.dt.day.fillna(1).to_numpy(dtype=int), 1)
    month = np.where(ok, d.dt.month.fillna(1).to_numpy(dtype=int), 1)
    year = np.where(ok, d.dt.year.fillna(2000).to_numpy(dtype=int), 2000)
    swap = ok & (day <= 12) & (day != month) & (rng.random(n) < 0.01 + 0.12 * odd)
    day, month = np.where(swap, month, day), np.where(swap, day, month)
    slip = ok & ~swap & (rng.random(n) < 0.005 + 0.05 * odd)
    on_year = rng.random(n) < 0.5
    step = np.where(rng.random(n) < 0.5, -1, 1)
    year = np.where(slip & on_year, year + step, year)
    day = np.where(slip & ~on_year & (day < 28) & (day > 1), day + step, day)
    text = (TWO_DIGITS[day] + "/" + TWO_DIGITS[month] + "/" + year.astype(str).astype(object))
    missing = ~ok | (rng.random(n) < 0.07 + 0.2 * odd)
    return np.where(missing, "", text)


def postcode_text(rng: np.random.Generator, postcode: np.ndarray, first: np.ndarray, is_org: np.ndarray) -> np.ndarray:
    from audit_cli.sample.population import random_postcodes
    n = len(postcode)
    odd = ~first
    old = odd & (rng.random(n) < 0.4)
    pc = np.where(old, random_postcodes(rng, n), postcode)
    missing = rng.random(n) < np.where(is_org, 0.3, np.where(first, 0.15, 0.3))
    style = rng.random(n)
    s = pd.Series(pc, dtype=object)
    pc = np.where(style < 0.04, s.str.replace(" ", "", regex=False).to_numpy(dtype=object), pc)
    pc = np.where(style > 0.97, s.str.lower().to_numpy(dtype=object), pc)
    return np.where(missing, "", pc)


def postcode_style(rng: np.random.Generator, pc: np.ndarray) -> np.ndarray:
    """Write postcodes given by a story (a moved victim's new address) with the same habits."""
    s = pd.Series(pc, dtype=object)
    style = rng.random(len(pc))
    return np.where(style < 0.05, s.str.replace(" ", "", regex=False).to_numpy(dtype=object), pc)
