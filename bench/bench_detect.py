"""Benchmark the detection text stage over N synthetic narratives.

    /work/venv/bin/python bench/bench_detect.py 100000
    /work/venv/bin/python bench/bench_detect.py 1000000

Narratives are ~500 characters of sentences drawn from a small random vocabulary, with
indicator phrases (some misspelt, abbreviated or negated) in about one in five. Prints
the seconds of each step and the peak RSS. Target: 1M narratives in under 20 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit_cli.detect.engine import evaluator  # noqa: E402
from audit_cli.detect.rules import default_dirs, validate  # noqa: E402

FILLER = ("the a he she they it was were is to of and in on at with by for from that this "
          "officers attended address called reported stated later night morning car house "
          "work phone street friend mother neighbour garden door window parked left came "
          "went told asked said police report incident there again time about after before "
          "believes states advised confirmed property vehicle statement taken enquiries "
          "ongoing contacted").split()
INDICATORS = [
    "followed her home from the station", "folowed her home", "IP states susp was waiting o/s her house",
    "sent her flowers at work", "keeps turning up at her work", "has been watching her house",
    "bombarded her with msgs", "over 50 calls in one nite", "threatened to kill her",
    "no suggestion that he followed her", "harrasment continues", "put a tracker on her car",
    "created a fake profile in her name", "she is too scared to leave the house",
    "he has been stalkin her for months", "told him to stop contacting her",
]


def narratives(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts, length = [], 0
        while length < 480:
            words = rng.choices(FILLER, k=rng.randint(6, 14))
            if rng.random() < 0.04:
                words.insert(rng.randint(0, len(words)), rng.choice(INDICATORS))
            sentence = " ".join(words).capitalize() + rng.choice([". ", ". ", "; ", ", ", ".  "])
            parts.append(sentence)
            length += len(sentence)
        out.append("".join(parts))
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    texts = narratives(args.n)
    crimes = pd.DataFrame({"crime_ref": [f"CR{i:07d}" for i in range(args.n)],
                           "narrative": pd.array(texts, dtype="str"),
                           "offence": pd.array(random.Random(3).choices(
                               ["Theft", "Assault", "Criminal Damage", "Harassment",
                                "Malicious Communications", "Burglary"],
                               weights=[40, 25, 15, 8, 7, 5], k=args.n), dtype="str"),
                           "offence_code": "", "flags": "",
                           "offence_date": pd.Timestamp("2025-01-01"),
                           "recorded_date": pd.Timestamp("2025-01-01")})
    mb = sum(map(len, texts)) / 1e6
    del texts
    t1 = time.perf_counter()
    pack, problems = validate(default_dirs())
    ev = evaluator(pack)
    t2 = time.perf_counter()
    phrase_hits = ev.phrase_hits(crimes)
    t3 = time.perf_counter()
    hits = ev.run(crimes, phrase_hits)
    t4 = time.perf_counter()
    n_phr = sum(len(h) for h in phrase_hits.values())
    print(f"narratives: {args.n:,} ({mb:.0f} MB), generated in {t1 - t0:.1f} s")
    print(f"rules: {len(pack.active_rules)} base, {len(ev.matcher.patterns)} phrases; "
          f"compile {t2 - t1:.2f} s")
    print(f"text stage (normalise + misspellings + automaton + negation): {t3 - t2:.1f} s, "
          f"{n_phr:,} phrase mentions, {len(ev.matcher.misspellings):,} misspellings learnt")
    print(f"rule evaluation + evidence: {t4 - t3:.1f} s, {len(hits):,} hits on "
          f"{hits['crime_ref'].nunique():,} crimes")
    print(f"detect text stage total: {t4 - t2:.1f} s; peak RSS {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
