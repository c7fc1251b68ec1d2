"""From stories and background crime to export rows and their ground-truth labels."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from audit_cli import __version__
from audit_cli.sample.background import background
from audit_cli.sample.followup import fill_followup
from audit_cli.sample.names import ORGANISATIONS
from audit_cli.sample.offences import recorded_stalking_mask
from audit_cli.sample.population import Population
from audit_cli.sample.render import format_dates, postcode_style, render_nominals
from audit_cli.sample.schedule import run_stories
from audit_cli.sample.world import World

EXPORT_COLUMNS = [
    "crime_ref", "recorded_date", "offence_date", "offence_code", "offence", "narrative",
    "victim_name", "victim_dob", "victim_postcode", "victim_id",
    "suspect_name", "suspect_dob", "suspect_postcode", "suspect_id",
    "relationship", "domestic", "flags", "allocated_team", "risk_level", "risk_date",
    "screening_tool", "screening_date", "investigation_plan", "support_referral", "referral_date",
    "spo", "triage_date", "outcome_code", "outcome_date",
]
CRIME_TEXT = ["offence_code", "offence", "narrative", "relationship", "domestic", "flags", "allocated_team",
              "risk_level", "screening_tool", "investigation_plan", "support_referral", "spo", "outcome_code"]
CRIME_DATES = ["offence_date", "risk_date", "screening_date", "referral_date", "triage_date", "outcome_date"]
DUPLICATE_SHARE = 0.004
MIN_ROWS = 20
_REF_MARK = re.compile(r"\[\[REF(\d+)\]\]")


def streams(seed: int) -> tuple[list[np.random.Generator], random.Random]:
    """Independent generators per stage, so one stage's draws never shift another's."""
    children = np.random.SeedSequence(seed).spawn(7)
    gens = [np.random.default_rng(c) for c in children[:6]]
    py = random.Random(int(np.random.default_rng(children[6]).integers(0, 2**62)))
    return gens, py


@dataclass
class Sample:
    """A generated export with everything needed to label it."""

    export: pd.DataFrame
    parties: pd.DataFrame  # per export row: crime, victim, suspect, perp, case (person numbers)
    cases: pd.DataFrame
    crimes: pd.DataFrame
    people: pd.DataFrame
    seed: int
    rows: int

    def labels(self) -> dict:
        return make_labels(self.export, self.parties, self.cases, self.crimes, self.people, self.seed, self.rows)

    def counts(self) -> dict:
        """Figures for the one-line summary, without building the labels."""
        p = self.parties
        persons = np.unique(np.concatenate([p["victim"], p["suspect"], self.cases["victim"], self.cases["perp"]]))
        return {"rows": len(self.export), "crimes": int(self.export["crime_ref"].nunique()),
                "persons": int((persons >= 0).sum()),
                "cases": len(self.cases), **self.cases["label"].value_counts().to_dict()}


def build(rows: int, seed: int) -> Sample:
    if rows < MIN_ROWS:
        raise ValueError(f"rows must be at least {MIN_ROWS}")
    (g_pop, g_bg, g_fu, g_ren, g_ref, g_dup), py = streams(seed)
    n_dup = int(round(rows * DUPLICATE_SHARE))
    base_rows = rows - n_dup

    pop = Population(g_pop, max(400, int(rows * 1.6)))
    world = World(pop, py)
    run_stories(world, base_rows)
    crimes, pairs = collect(world, g_bg, base_rows)
    people = pop.frame()

    crimes = assign_refs(g_ref, crimes)
    crimes = crimes.join(fill_followup(g_fu, crimes))
    crimes["narrative"] = resolve_refs(crimes)
    cases = build_cases(world, crimes, pairs)
    export, row_parties = export_rows(g_ren, py, crimes, pairs, people)
    export, row_parties = add_duplicates(g_dup, export, row_parties, n_dup)
    return Sample(export, row_parties, cases, crimes, people, seed, rows)


def generate(rows: int, seed: int) -> tuple[pd.DataFrame, dict]:
    """Export rows (all text, generic export columns) and the labels dict for them."""
    sample = build(rows, seed)
    return sample.export, sample.labels()


def collect(world: World, rng: np.random.Generator, base_rows: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    story_crimes = pd.DataFrame(world.crimes)
    story_crimes["recorded"] = pd.to_datetime(story_crimes["recorded"]).astype("datetime64[s]")
    story_crimes["offence_date"] = pd.to_datetime(story_crimes["offence_date"]).astype("datetime64[s]")
    story_pairs = pd.DataFrame(world.pairs)
    bg_crimes, bg_pairs = background(rng, world.pop, base_rows - world.n_rows, len(story_crimes))
    crimes = pd.concat([story_crimes, bg_crimes], ignore_index=True)
    crimes["offence_date"] = crimes["offence_date"].astype("datetime64[s]")
    crimes["source"] = np.where(np.arange(len(crimes)) < len(story_crimes), "story", "background")
    pairs = pd.concat([story_pairs, bg_pairs], ignore_index=True)
    pairs["s_name"] = pairs["s_name"].fillna("") if "s_name" in pairs else ""
    pairs["s_dob"] = pairs["s_dob"].fillna(False).astype(bool) if "s_dob" in pairs else False
    for col in ("crime", "order", "victim", "suspect", "perp", "case"):
        pairs[col] = pairs[col].astype(np.int64)
    crimes["has_suspect"] = pairs.groupby("crime")["suspect"].max().reindex(crimes.index).to_numpy() >= 0
    return crimes, pairs


def assign_refs(rng: np.random.Generator, crimes: pd.DataFrame) -> pd.DataFrame:
    """Crime references count up through each year in recorded order, with gaps for the
    crimes outside the extract."""
    order = np.lexsort((crimes.index.to_numpy(), crimes["recorded"].to_numpy()))
    ranked = crimes.iloc[order]
    year = ranked["recorded"].dt.year.to_numpy()
    step = 1 + (rng.random(len(ranked)) < 0.5)
    numbers = np.empty(len(ranked), dtype=np.int64)
    for y in np.unique(year):
        sel = year == y
        base = 30_000 if y == 2026 else 1_000
        numbers[sel] = base + int(rng.integers(0, 5_000)) + np.cumsum(step[sel])
    yy = pd.Series(year % 100).map("{:02d}".format).to_numpy(dtype=object)
    refs = "LC/" + yy + "/" + pd.Series(numbers).map("{:06d}".format).to_numpy(dtype=object)
    crimes = crimes.copy()
    crimes.loc[ranked.index, "crime_ref"] = refs
    crimes["rank"] = 0
    crimes.loc[ranked.index, "rank"] = np.arange(len(ranked))
    return crimes


def resolve_refs(crimes: pd.DataFrame) -> pd.Series:
    """Stories cite earlier reports by crime number; the numbers exist only now."""
    narrative = crimes["narrative"].copy()
    refs = crimes["crime_ref"].to_numpy(dtype=object)
    marked = narrative.str.contains("[[REF", regex=False).to_numpy()
    narrative[marked] = [_REF_MARK.sub(lambda m: refs[int(m.group(1))], t) for t in narrative[marked]]
    return narrative


def build_cases(world: World, crimes: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """True courses of conduct: one case per (victim, true perpetrator) pair.

    Background pairings open single-crime cases; a pairing whose (victim, perpetrator)
    already has a case joins it, so the definition holds even when random background
    crime lands on a story's people.
    """
    stories = pd.DataFrame(world.cases)
    bg = pairs["case"] < 0
    new_ids = np.arange(len(stories), len(stories) + int(bg.sum()))
    pairs.loc[bg, "case"] = new_ids
    bg_cases = pd.DataFrame({
        "case": new_ids, "label": "not_stalking", "scenario": "background",
        "victim": pairs.loc[bg, "victim"].to_numpy(), "perp": pairs.loc[bg, "perp"].to_numpy(),
        "notes": "single background crime: " + crimes.loc[pairs.loc[bg, "crime"], "key"].to_numpy(dtype=object),
    })
    cases = pd.concat([stories, bg_cases], ignore_index=True).set_index("case")
    known = pairs["perp"] >= 0
    canonical = pairs[known].groupby(["victim", "perp"])["case"].transform("min")
    pairs.loc[known, "case"] = canonical
    cases = cases.loc[np.unique(pairs["case"])]
    recorded = recorded_stalking_mask(crimes["offence_code"], crimes["offence"], crimes["flags"])
    crimes["recorded_stalking"] = recorded
    case_recorded = pd.Series(recorded[pairs["crime"].to_numpy()]).groupby(pairs["case"].to_numpy()).any()
    cases["any_recorded"] = case_recorded.reindex(cases.index).to_numpy()
    check_labels(cases)
    return cases


def check_labels(cases: pd.DataFrame) -> None:
    """The label must agree with what the records say (the labels' own definition)."""
    bad_missed = (cases["label"] == "missed_stalking") & cases["any_recorded"]
    bad_recorded = (cases["label"] == "recorded_stalking") & ~cases["any_recorded"]
    bad_negative = (cases["label"] == "not_stalking") & cases["any_recorded"]
    if bad_missed.any() or bad_recorded.any() or bad_negative.any():
        raise AssertionError("generator produced a case whose label contradicts its records")


def export_rows(rng: np.random.Generator, py: random.Random, crimes: pd.DataFrame, pairs: pd.DataFrame,
                people: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per crime x party pairing, in recorded order."""
    pairs = pairs.assign(rank=crimes["rank"].to_numpy()[pairs["crime"].to_numpy()])
    pairs = pairs.sort_values(["rank", "order"], kind="stable").reset_index(drop=True)
    mentions = party_mentions(rng, py, pairs, people)
    c = pairs["crime"].to_numpy()
    out = {"crime_ref": crimes["crime_ref"].to_numpy(dtype=object)[c],
           "recorded_date": format_dates(crimes["recorded"].to_numpy(), with_time=True)[c]}
    for col in CRIME_DATES:
        out[col] = format_dates(crimes[col].to_numpy())[c]
    for col in CRIME_TEXT:
        out[col] = crimes[col].to_numpy(dtype=object)[c]
    for role in ("victim", "suspect"):
        for field in ("name", "dob", "postcode", "id"):
            out[f"{role}_{field}"] = mentions[f"{role}_{field}"]
    # object dtype: the rows are text already, and arrow conversion of a million rows costs seconds.
    export = pd.DataFrame({col: out[col] for col in EXPORT_COLUMNS}, dtype=object)
    parties = pairs[["crime", "victim", "suspect", "perp", "case"]].copy()
    return export, parties


def party_mentions(rng: np.random.Generator, py: random.Random, pairs: pd.DataFrame,
                   people: pd.DataFrame) -> dict[str, np.ndarray]:
    """Render each (crime, role, person) once, so rows of one crime agree."""
    long = pd.concat([
        pd.DataFrame({"row": pairs.index, "crime": pairs["crime"], "role": 0, "pid": pairs["victim"],
                      "v_pc": pairs["v_pc"]}),
        pd.DataFrame({"row": pairs.index, "crime": pairs["crime"], "role": 1, "pid": pairs["suspect"],
                      "v_pc": "", "s_name": pairs["s_name"], "s_dob": pairs["s_dob"]}),
    ], ignore_index=True)
    long["s_name"] = long["s_name"].fillna("")
    long["s_dob"] = long["s_dob"].fillna(False).astype(bool)
    long = long[long["pid"] >= 0]
    unique = long.drop_duplicates(["crime", "role", "pid"]).reset_index(drop=True)
    counts = unique.groupby("pid").size()
    used = counts.index.to_numpy()
    variants = [[canon] + list(forms) for canon, forms, _ in ORGANISATIONS]
    nominals = render_nominals(rng, py, people, used, counts.to_numpy(), variants)
    # Most mentions reuse a person's main record; some land on a duplicate.
    starts = np.flatnonzero(nominals["first"].to_numpy())
    n_nom = np.diff(np.append(starts, len(nominals)))
    where = np.searchsorted(used, unique["pid"].to_numpy())
    extra = np.where((n_nom[where] > 1) & (rng.random(len(unique)) >= 0.7),
                     1 + (rng.random(len(unique)) * (n_nom[where] - 1)).astype(int), 0)
    chosen = nominals.iloc[starts[where] + extra].reset_index(drop=True)
    ids = np.where(rng.random(len(unique)) < 0.06, "", chosen["id"].to_numpy(dtype=object))
    pcs = chosen["postcode"].to_numpy(dtype=object)
    story_pc = unique["v_pc"].to_numpy(dtype=object)
    pcs = np.where(story_pc != "", postcode_style(rng, story_pc), pcs)
    # A suspect typed free-hand (a nickname, initials, a misspelling) has no nominal id.
    free = (unique["s_name"] != "").to_numpy()
    names = np.where(free, unique["s_name"].to_numpy(dtype=object), chosen["name"].to_numpy(dtype=object))
    keeps_dob = unique["s_dob"].to_numpy(dtype=bool)
    bare = free & ~keeps_dob
    # a free-hand entry that gives a date of birth gives the right one
    true_dob = format_dates(people["dob"].to_numpy()[unique["pid"].to_numpy()])
    dobs = np.where(bare, "", np.where(free & keeps_dob, true_dob, chosen["dob"].to_numpy(dtype=object)))
    pcs = np.where(bare, "", pcs)
    ids = np.where(free, "", ids)
    unique = unique.assign(name=names, dob=dobs, postcode=pcs, id=ids)
    long = long.merge(unique[["crime", "role", "pid", "name", "dob", "postcode", "id"]],
                      on=["crime", "role", "pid"], how="left")
    out = {}
    n = len(pairs)
    for role, prefix in ((0, "victim"), (1, "suspect")):
        part = long[long["role"] == role]
        for field in ("name", "dob", "postcode", "id"):
            col = np.full(n, "", dtype=object)
            col[part["row"].to_numpy()] = part[field].to_numpy(dtype=object)
            out[f"{prefix}_{field}"] = col
    return out


def add_duplicates(rng: np.random.Generator, export: pd.DataFrame, parties: pd.DataFrame,
                   n_dup: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Exact repeated rows, mostly next to the original (a join fan-out), some at the end."""
    n = len(export)
    if n_dup <= 0 or n == 0:
        return export, parties
    src = np.sort(rng.choice(n, min(n_dup, n), replace=False))
    key = np.concatenate([np.arange(n, dtype=float),
                          np.where(rng.random(len(src)) < 0.7, src + 0.5, n + np.arange(len(src)))])
    take = np.concatenate([np.arange(n), src])[np.argsort(key, kind="stable")]
    return export.iloc[take].reset_index(drop=True), parties.iloc[take].reset_index(drop=True)


def person_codes(ids: np.ndarray) -> dict[int, str]:
    width = max(6, len(str(len(ids))))
    return {int(p): f"T{i + 1:0{width}d}" for i, p in enumerate(ids)}


def make_labels(export: pd.DataFrame, parties: pd.DataFrame, cases: pd.DataFrame, crimes: pd.DataFrame,
                people: pd.DataFrame, seed: int, rows: int) -> dict:
    persons = np.unique(np.concatenate([parties["victim"], parties.loc[parties["suspect"] >= 0, "suspect"],
                                        cases["victim"], cases.loc[cases["perp"] >= 0, "perp"]]))
    code = person_codes(persons)
    code_arr = np.array([code[int(p)] for p in persons], dtype=object)
    victim_code = code_arr[np.searchsorted(persons, parties["victim"].to_numpy())].tolist()
    susp = parties["suspect"].to_numpy()
    suspect_code = np.where(susp >= 0, code_arr[np.searchsorted(persons, np.maximum(susp, 0))], None).tolist()
    suspect_name = export["suspect_name"].tolist()
    label_rows = [
        {"line": i + 2, "crime_ref": ref, "victim_name": vn, "victim_person": vp,
         "suspect_name": sn if sp else None, "suspect_person": sp}
        for i, (ref, vn, vp, sn, sp) in enumerate(zip(export["crime_ref"].tolist(), export["victim_name"].tolist(),
                                                      victim_code, suspect_name, suspect_code))
    ]
    kinds = people["kind"].to_numpy(dtype=object)
    label_persons = [{"person": code[p], "kind": kinds[p]} for p in persons]

    refs = crimes["crime_ref"].to_numpy(dtype=object)
    links = pd.DataFrame({"case": parties["case"].to_numpy(), "ref": refs[parties["crime"].to_numpy()]})
    links = links.drop_duplicates().sort_values(["case", "ref"], kind="stable")
    bounds = np.flatnonzero(np.diff(links["case"].to_numpy())) + 1
    starts = np.concatenate([[0], bounds])
    ends = np.concatenate([bounds, [len(links)]])
    ref_list = links["ref"].tolist()
    case_refs = dict(zip(links["case"].to_numpy()[starts].tolist(),
                         (ref_list[a:b] for a, b in zip(starts.tolist(), ends.tolist()))))
    width = max(5, len(str(len(cases))))
    perps = cases["perp"].to_numpy()
    label_cases = [
        {"case": f"K{k + 1:0{width}d}", "label": label, "scenario": scenario, "victim_person": code[int(v)],
         "suspect_person": code[int(p)] if p >= 0 else None, "crime_refs": case_refs[cid], "notes": notes}
        for k, (cid, label, scenario, v, p, notes) in enumerate(zip(
            cases.index.tolist(), cases["label"].tolist(), cases["scenario"].tolist(), cases["victim"].tolist(),
            perps.tolist(), cases["notes"].tolist()))
    ]
    return {"format": "audit-labels", "version": 1,
            "generator": {"seed": seed, "rows": rows, "tool_version": __version__},
            "rows": label_rows, "persons": label_persons, "cases": label_cases}
