"""The synthetic population: people and organisations with their true identities.

Base people are drawn in bulk with numpy; scenarios then reserve people from the pool
(so one stalker is not also three other stalkers) and add the few people a story needs
(a victim's mother with the same surname, a stalker the records never name).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit_cli.sample.names import (COMMON_FULL_NAMES, CULTURES, MIDDLE_BY_CULTURE, MIDDLE_F,
                                    MIDDLE_M, NICKNAMES, ORGANISATIONS, POSTCODE_DISTRICTS,
                                    POSTCODE_LETTERS)

REFERENCE_DAY = np.datetime64("2026-07-01")


def zipf_weights(n: int, exponent: float) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** exponent
    return w / w.sum()


def random_postcodes(rng: np.random.Generator, n: int) -> np.ndarray:
    districts = np.array(POSTCODE_DISTRICTS, dtype=object)[rng.integers(0, len(POSTCODE_DISTRICTS), n)]
    letters = np.array(list(POSTCODE_LETTERS), dtype=object)
    digits = rng.integers(1, 10, n).astype(str).astype(object)
    return (districts + " " + digits + letters[rng.integers(0, len(letters), n)]
            + letters[rng.integers(0, len(letters), n)])


def random_dobs(rng: np.random.Generator, n: int, low: int = 16, high: int = 85) -> np.ndarray:
    # Victims and suspects of recorded crime are mostly 20-45; a beta shape gives that skew.
    ages = low + (high - low) * rng.beta(2.0, 4.0, n)
    days = (ages * 365.25).astype(np.int64)
    return REFERENCE_DAY - days.astype("timedelta64[D]")


class Population:
    """Column arrays of people; index = person number (0-based)."""

    def __init__(self, rng: np.random.Generator, n_people: int):
        self.rng = rng
        cols = self._draw_people(n_people)
        orgs = self._draw_organisations()
        self.cols = {k: np.concatenate([cols[k], orgs[k]]) for k in cols}
        self.n_base = len(self.cols["kind"])
        self.extra: list[dict] = []
        self.reserved = np.zeros(self.n_base, dtype=bool)
        self._pools: dict[str, tuple[np.ndarray, list[int]]] = {}
        self.org_index = np.flatnonzero(self.cols["kind"] == "organisation")
        self.people_index = np.flatnonzero(self.cols["kind"] == "person")
        kinds = np.array([o[2] for o in ORGANISATIONS], dtype=object)
        org = self.cols["org"]
        self.store_index = np.flatnonzero((org >= 0) & (kinds[np.maximum(org, 0)] == "store"))

    # ---- bulk drawing -------------------------------------------------------------
    def _draw_people(self, n: int) -> dict[str, np.ndarray]:
        rng = self.rng
        names = list(CULTURES)
        shares = np.array([CULTURES[c][0] for c in names])
        culture = rng.choice(len(names), size=n, p=shares / shares.sum())
        gender = np.where(rng.random(n) < 0.5, "F", "M").astype(object)
        fore = np.empty(n, dtype=object)
        sur = np.empty(n, dtype=object)
        for ci, cname in enumerate(names):
            _, fem, mal, surs = CULTURES[cname]
            sel = culture == ci
            for g, pool in (("F", fem), ("M", mal)):
                idx = np.flatnonzero(sel & (gender == g))
                fore[idx] = np.array(pool, dtype=object)[
                    rng.choice(len(pool), size=len(idx), p=zipf_weights(len(pool), 0.6))]
            idx = np.flatnonzero(sel)
            sur[idx] = np.array(surs, dtype=object)[
                rng.choice(len(surs), size=len(idx), p=zipf_weights(len(surs), 0.6))]
        # Overwrite a slice with the full names that collide most in real systems.
        common = rng.random(n) < 0.008
        pick = rng.integers(0, len(COMMON_FULL_NAMES), n)
        for i in np.flatnonzero(common):
            g, f, s = COMMON_FULL_NAMES[pick[i]]
            gender[i], fore[i], sur[i] = g, f, s
        middle = np.full(n, "", dtype=object)
        has_mid = rng.random(n) < 0.3
        cult = np.array(names, dtype=object)[culture]
        for c in [None] + list(MIDDLE_BY_CULTURE):
            fem, mal = MIDDLE_BY_CULTURE.get(c, (MIDDLE_F, MIDDLE_M))
            sel = has_mid & (~np.isin(cult, list(MIDDLE_BY_CULTURE)) if c is None else cult == c)
            for g, pool in (("F", fem), ("M", mal)):
                idx = np.flatnonzero(sel & (gender == g))
                if pool and len(idx):
                    middle[idx] = np.array(pool, dtype=object)[rng.integers(0, len(pool), len(idx))]
        return {
            "kind": np.full(n, "person", dtype=object),
            "gender": gender,
            "culture": cult,
            "fore": fore,
            "middle": middle,
            "sur": sur,
            "nick": self._nicknames(fore),
            "dob": random_dobs(rng, n),
            "postcode": random_postcodes(rng, n),
            "common": common,
            "org": np.full(n, -1),
        }

    def _nicknames(self, fore: np.ndarray) -> np.ndarray:
        rng = self.rng
        nick = np.full(len(fore), "", dtype=object)
        pick = rng.random(len(fore))
        for name, variants in NICKNAMES.items():
            idx = np.flatnonzero(fore == name)
            if len(idx):
                nick[idx] = np.array(variants, dtype=object)[(pick[idx] * len(variants)).astype(int)]
        return nick

    def _draw_organisations(self) -> dict[str, np.ndarray]:
        rng = self.rng
        rows = []
        for oi, (canon, _, okind) in enumerate(ORGANISATIONS):
            branches = int(rng.integers(2, 6)) if okind == "store" else 1
            rows += [(oi, canon)] * branches
        n = len(rows)
        return {
            "kind": np.full(n, "organisation", dtype=object),
            "gender": np.full(n, "", dtype=object),
            "culture": np.full(n, "", dtype=object),
            "fore": np.full(n, "", dtype=object),
            "middle": np.full(n, "", dtype=object),
            "sur": np.array([r[1] for r in rows], dtype=object),
            "nick": np.full(n, "", dtype=object),
            "dob": np.full(n, np.datetime64("NaT"), dtype="datetime64[D]"),
            "postcode": random_postcodes(rng, n),
            "common": np.zeros(n, dtype=bool),
            "org": np.array([r[0] for r in rows]),
        }

    # ---- picking people for stories ----------------------------------------------------
    def pick(self, gender: str | None = None, age: tuple[int, int] = (18, 60),
             common: bool = False) -> int:
        """Reserve an unused adult person of the gender and age band asked for."""
        key = f"{gender}{common}"
        if key not in self._pools:
            mask = self.cols["kind"][: self.n_base] == "person"
            if gender:
                mask &= self.cols["gender"][: self.n_base] == gender
            if common:
                mask &= self.cols["common"][: self.n_base]
            idx = np.flatnonzero(mask)
            self._pools[key] = (self.rng.permutation(idx), [0])
        order, cursor = self._pools[key]
        dob = self.cols["dob"]
        while cursor[0] < len(order):
            i = int(order[cursor[0]])
            cursor[0] += 1
            years = (REFERENCE_DAY - dob[i]).astype(int) / 365.25
            if not self.reserved[i] and age[0] <= years <= age[1]:
                self.reserved[i] = True
                return i
        # The pool ran dry (tiny populations): make a fresh person instead.
        return self.add(gender or "F", age=age)

    def pick_org(self, kind: str | None = None) -> int:
        idx = self.org_index
        if kind:
            okinds = np.array([ORGANISATIONS[o][2] for o in self.cols["org"][idx]])
            idx = idx[okinds == kind]
        return int(idx[self.rng.integers(0, len(idx))])

    def add(self, gender: str, *, fore: str | None = None, sur: str | None = None,
            culture: str | None = None, age: tuple[int, int] = (18, 60),
            postcode: str | None = None) -> int:
        """A person the story needs (relative with the same surname, hidden stalker)."""
        rng = self.rng
        if culture is None:
            culture = str(rng.choice(list(CULTURES)))
        _, fem, mal, surs = CULTURES[culture]
        pool = fem if gender == "F" else mal
        fore = fore or pool[int(rng.integers(0, len(pool)))]
        sur = sur or surs[int(rng.integers(0, len(surs)))]
        years = rng.uniform(age[0], age[1])
        dob = REFERENCE_DAY - np.timedelta64(int(years * 365.25), "D")
        variants = NICKNAMES.get(fore, [])
        fem, mal = MIDDLE_BY_CULTURE.get(culture, (MIDDLE_F, MIDDLE_M))
        mids = fem if gender == "F" else mal
        has_mid = bool(mids) and rng.random() < 0.3
        self.extra.append({
            "kind": "person", "gender": gender, "culture": culture, "fore": fore,
            "middle": mids[int(rng.integers(0, len(mids)))] if has_mid else "",
            "sur": sur, "nick": variants[int(rng.integers(0, len(variants)))] if variants else "",
            "dob": dob, "postcode": postcode or random_postcodes(rng, 1)[0],
            "common": False, "org": -1,
        })
        return self.n_base + len(self.extra) - 1

    def get(self, i: int, field: str):
        if i < self.n_base:
            return self.cols[field][i]
        return self.extra[i - self.n_base][field]

    def frame(self) -> pd.DataFrame:
        """All people as one table (index = person number)."""
        data = {}
        for k, base in self.cols.items():
            extra = [e[k] for e in self.extra]
            if k == "dob":
                extra_arr = np.array(extra, dtype="datetime64[D]")
            else:
                extra_arr = np.array(extra, dtype=base.dtype)
            data[k] = np.concatenate([base, extra_arr]) if extra else base
        return pd.DataFrame(data)
