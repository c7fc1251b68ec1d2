"""Benchmark of the link stage: time and peak memory of link() at two sizes.

    /work/venv/bin/python bench/bench_link.py                 # 100,000 and 1,000,000 rows
    /work/venv/bin/python bench/bench_link.py --rows 100000   # one size

The rows are made first (not timed) and pickled; link() then runs in a fresh process per
size. Its peak memory is the link stage's with its inputs (parties and crimes), the
row table dropped as `audit run` drops it; on Linux the peak is reset just before
link() so the pickle loading before it does not count. Rows come
from the sample generator (audit_cli.sample.generate, written to CSV and read back with
audit_cli.load) or, with --source synthetic, from the synthesiser below (people drawn
with Zipf-like name frequencies, each mention perturbed the way records are: nicknames,
typos, swapped dates of birth, missing fields, several ids).
Targets: 1M rows within 12x the 100k time and under 20 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

FIRST = ["john", "david", "michael", "james", "robert", "mohammed", "sarah", "emma",
         "katherine", "laura", "jan", "piotr", "wei", "priya", "fatima", "gurpreet", "sian",
         "oluwaseun", "chukwuemeka", "aisha", "daniel", "thomas", "rebecca", "samantha",
         "william", "elizabeth", "margaret", "richard", "imran", "yusuf", "niamh", "ciaran"]
NICK = {"robert": "bob", "william": "bill", "katherine": "kate", "elizabeth": "liz",
        "margaret": "maggie", "richard": "rich", "james": "jim", "michael": "mike",
        "daniel": "dan", "thomas": "tom", "samantha": "sam", "rebecca": "becky",
        "mohammed": "muhammad", "david": "dave", "oluwaseun": "seun"}
SUR = ["smith", "jones", "khan", "ali", "brown", "wilson", "taylor", "evans", "patel",
       "begum", "singh", "kowalski", "nowak", "zhang", "williams", "hussain", "murphy",
       "okafor", "adeyemi", "macdonald", "davies", "roberts", "walker", "wright", "hughes"]


SYLLABLES = ["ka", "ri", "mo", "len", "dar", "sha", "vi", "tor", "ne", "bel", "ast", "mur",
             "fe", "lin", "go", "ran", "su", "wel", "ja", "din", "ol", "pe", "zan", "hu"]


def _generated(rng: np.random.Generator, n: int, parts: int) -> list[str]:
    picks = rng.integers(0, len(SYLLABLES), (n, parts))
    return sorted({"".join(SYLLABLES[i] for i in row) for row in picks})


def _zipf_pick(rng: np.random.Generator, pool: list[str], exponent: float, n: int) -> np.ndarray:
    weights = 1.0 / np.arange(1, len(pool) + 1) ** exponent
    return np.array(pool, dtype=object)[rng.choice(len(pool), n, p=weights / weights.sum())]


def synthesise(rows: int, seed: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows frame in the canonical columns the model needs, truth per row)."""
    rng = np.random.default_rng(seed)
    n_people = max(rows // 5, 10)
    # Name frequencies shaped like a UK force's: a few very common names (about 3% for
    # the top first name and surname) and a long tail of generated ones.
    first = _zipf_pick(rng, FIRST + _generated(rng, 2000, 2), 0.7, n_people)
    sur = _zipf_pick(rng, SUR + _generated(rng, 20000, 3), 0.8, n_people)
    dob = np.datetime64("2008-01-01") - rng.integers(0, 60 * 365, n_people).astype("timedelta64[D]")
    post = np.array([f"LS{d} {n}{a}{b}" for d, n, a, b in zip(
        rng.integers(1, 30, n_people), rng.integers(1, 10, n_people),
        rng.choice(list("ABDEFGHJ"), n_people), rng.choice(list("LNPQRSTU"), n_people))])
    person = rng.integers(0, n_people, rows * 2)
    names = pd.Series(first[person]) + " " + pd.Series(sur[person])
    kind = rng.random(rows * 2)
    nick = pd.Series(first[person]).map(NICK)
    use_nick = (kind < 0.08) & nick.notna().to_numpy()
    names = names.where(~use_nick, nick + " " + pd.Series(sur[person]))
    typo = (kind >= 0.08) & (kind < 0.12)
    names = names.where(~typo, names.str.slice_replace(2, 3, "x"))
    dobs = pd.Series(dob[person]).astype("datetime64[ns]")
    dobs = dobs.where(rng.random(rows * 2) > 0.15)  # missing dates of birth
    swap = rng.random(rows * 2) < 0.02
    swapped = pd.to_datetime(dict(year=dobs.dt.year, month=dobs.dt.day.clip(upper=12),
                                  day=dobs.dt.month), errors="coerce")
    dobs = dobs.where(~swap, swapped)
    posts = pd.Series(post[person]).where(rng.random(rows * 2) > 0.3)
    ids = pd.Series("N" + pd.Series(person).astype(str)).where(rng.random(rows * 2) > 0.4)
    refs = pd.Series(np.arange(rows) // 2).astype(str).str.zfill(7)
    frame = pd.DataFrame({"row_id": np.arange(rows), "crime_ref": ("CR" + refs).to_numpy()})
    for role, part in (("victim", slice(0, rows)), ("suspect", slice(rows, 2 * rows))):
        frame[f"{role}_name"] = names.iloc[part].to_numpy()
        frame[f"{role}_dob"] = dobs.iloc[part].to_numpy()
        frame[f"{role}_postcode"] = posts.iloc[part].to_numpy()
        frame[f"{role}_id"] = ids.iloc[part].to_numpy()
    no_suspect = rng.random(rows) < 0.3
    for col in ("suspect_name", "suspect_dob", "suspect_postcode", "suspect_id"):
        frame.loc[no_suspect, col] = None
    days = rng.integers(0, 90, rows).astype("timedelta64[D]")
    frame["recorded_date"] = np.datetime64("2026-01-01") + days
    frame["offence_date"] = frame["recorded_date"]
    frame["offence"] = "Harassment"
    frame["narrative"] = np.where(rng.random(rows) < 0.05, "car AB12 CDE seen again", "text")
    truth = pd.DataFrame({"victim_person": person[:rows], "suspect_person": person[rows:]})
    return frame, truth


def build_rows(rows: int, seed: int, source: str) -> pd.DataFrame:
    """Canonical rows: the sample generator's export through the loader, or synthesised."""
    if source == "sample":
        from audit_cli.load import load_inputs
        from audit_cli.sample import generate, write_export

        export, _ = generate(rows, seed)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "export.csv"
            write_export(export, path)
            return load_inputs([path]).rows
    from audit_cli.names import normalise_name_series
    frame, _ = synthesise(rows, seed)
    for role in ("victim", "suspect"):
        codes, uniques = pd.factorize(frame[f"{role}_name"])
        norm = normalise_name_series(pd.Series(uniques, dtype="str")).to_numpy(dtype=object)
        frame[f"{role}_name_norm"] = pd.Series(np.where(codes >= 0, norm[np.maximum(codes, 0)],
                                                        None), dtype="str")
        frame[f"{role}_dob"] = pd.to_datetime(frame[f"{role}_dob"])
    return frame


def run_one(rows_file: str) -> dict:
    """Time link() on pickled canonical rows, in this (fresh) process."""
    from audit_cli.link import link, load_link_settings
    from audit_cli.model import crimes_from_rows, parties_from_rows

    from audit_cli.pipeline import release_memory

    frame = pd.read_pickle(rows_file)
    parties = parties_from_rows(frame)
    crimes = crimes_from_rows(frame)
    n_rows = len(frame)
    del frame  # as in `audit run`, where the row table is gone before linking
    release_memory()
    settings = load_link_settings()
    before = _rss_mb("VmRSS")
    _reset_peak()
    start = time.perf_counter()
    result = link(parties, crimes, settings)
    seconds = time.perf_counter() - start
    peak = _rss_mb("VmHWM") if _PEAK_RESETS else resource.getrusage(
        resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rows": n_rows, "parties": len(parties), "persons": len(result.persons),
            "cases": len(result.cases), "seconds": round(seconds, 2),
            "peak_mb": round(peak), "mb_before_link": round(before)}


_PEAK_RESETS = Path("/proc/self/clear_refs").exists()


def _reset_peak() -> None:
    """Linux: start the process's peak RSS (VmHWM) again from now, so the peak reported is
    the link stage's (with its inputs), not the pickle loading's before it."""
    if _PEAK_RESETS:
        Path("/proc/self/clear_refs").write_text("5")


def _rss_mb(field: str) -> float:
    """VmRSS or VmHWM of this process in MB (Linux); ru_maxrss elsewhere."""
    status = Path("/proc/self/status")
    if not status.exists():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for line in status.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, action="append")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--source", choices=["sample", "synthetic"], default="sample",
                        help="the sample generator's export (default) or the faster synthesiser")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    sizes = args.rows or [100_000, 1_000_000]
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            rows_file = str(Path(folder) / f"rows_{size}.pkl")
            build_rows(size, args.seed, args.source).to_pickle(rows_file)
            out = subprocess.run([sys.executable, __file__, "--child", rows_file],
                                 capture_output=True, text=True, check=True)
            results.append({"source": args.source,
                            **json.loads(out.stdout.strip().splitlines()[-1])})
            print(json.dumps(results[-1]), flush=True)
    if len(results) == 2:
        ratio = results[1]["seconds"] / max(results[0]["seconds"], 1e-9)
        print(f"ratio {results[1]['rows']}/{results[0]['rows']} rows: {ratio:.1f}x time "
              f"(target <= 12x; largest under 20 s: {results[1]['seconds'] < 20})")


if __name__ == "__main__":
    main()
