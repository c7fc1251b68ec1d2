"""Benchmark of the detect stage: time and peak memory of detect() at one or more sizes.

    /work/venv/bin/python bench/bench_detect.py                   # 100,000 and 1,000,000 rows
    /work/venv/bin/python bench/bench_detect.py --rows 100000     # one size
    /work/venv/bin/python bench/bench_detect.py --rows 100000 --repeat 3
    /work/venv/bin/python bench/bench_detect.py --input DETECT_IN.pkl   # a pickled (crimes, LinkResult)

The export comes from the sample generator (`audit sample --rows N --seed S`), cached as
bench/out/export_N_S.csv; it is loaded and linked once per size (not timed) and the
crimes and LinkResult are pickled. detect() then runs in a fresh process per repeat, so
the time includes compiling the rule pack (phrases, misspellings, automaton) as in one
`audit run`, and the peak memory (ru_maxrss: inputs + detect) is not inflated by the
generator or the link stage. Each run prints the seconds of the whole detect() and of
its parts (compile, text stage, base rules, codes, correlations, verdicts) and the CPU
seconds of the process (time.process_time, pyarrow threads included: the figure to
compare on a shared machine); the median is reported. Target on a 2-core machine: 1M
rows in under 20 s (measured idle: about 2 s at 100k, 15 s at 1M).
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))


def export_file(rows: int, seed: int) -> Path:
    """The cached sample export of this size, made with the generator when missing."""
    path = OUT / f"export_{rows}_{seed}.csv"
    if not path.exists():
        from audit_cli.sample import generate, write_export

        OUT.mkdir(parents=True, exist_ok=True)
        export, _ = generate(rows, seed)
        write_export(export, path)
    return path


def prepare(rows: int, seed: int) -> Path:
    """crimes + LinkResult for the export, pickled next to it (made once per size)."""
    cached = OUT / f"detect_input_{rows}_{seed}.pkl"
    source = export_file(rows, seed)
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    from audit_cli.link import link, load_link_settings
    from audit_cli.load import load_inputs
    from audit_cli.model import crimes_from_rows, parties_from_rows

    loaded = load_inputs([source])
    crimes = crimes_from_rows(loaded.rows)
    parties = parties_from_rows(loaded.rows)
    del loaded
    result = link(parties, crimes, load_link_settings())
    with open(cached, "wb") as fh:
        pickle.dump((crimes, result), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return cached


class _Clock:
    """Seconds spent in each wrapped detect step (the steps run inside detect())."""

    def __init__(self):
        self.parts: dict[str, float] = {}

    def wrap(self, owner, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.parts[label] = self.parts.get(label, 0.0) + time.perf_counter() - start

        setattr(owner, name, timed)


def run_child(input_file: str) -> dict:
    """Time detect() on the pickled inputs, in this (fresh) process."""
    from audit_cli.detect import engine, load_pack
    from audit_cli.detect.evaluate import BaseEvaluator

    with open(input_file, "rb") as fh:
        crimes, link = pickle.load(fh)
    pack = load_pack(None)
    clock = _Clock()
    clock.wrap(engine, "BaseEvaluator", "compile")
    clock.wrap(BaseEvaluator, "phrase_hits", "text")
    clock.wrap(engine, "CaseCodes", "codes")
    clock.wrap(engine, "correlate", "correlate")
    clock.wrap(engine, "findings", "verdicts")
    start, cpu = time.perf_counter(), time.process_time()
    result = engine.detect(crimes, link, pack)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    parts = dict(clock.parts)
    return {"rows": int(crimes["n_rows"].sum()) if "n_rows" in crimes else len(crimes),
            "crimes": len(crimes), "cases": len(link.cases), "hits": len(result.hits),
            "case_hits": len(result.case_hits), "findings": len(result.findings),
            "seconds": seconds, "cpu_seconds": cpu, "parts": parts,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, action="append",
                        help="export rows (repeatable; default 100000 and 1000000)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=1, help="fresh-process runs per size")
    parser.add_argument("--input", action="append",
                        help="a pickled (crimes, LinkResult) to time instead of an export size")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child)))
        return
    inputs = [Path(p) for p in args.input] if args.input else \
        [prepare(rows, args.seed) for rows in args.rows or [100_000, 1_000_000]]
    for input_file in inputs:
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, __file__, "--child", str(input_file)],
                                 capture_output=True, text=True, check=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        last = runs[-1]
        median = statistics.median(r["seconds"] for r in runs)
        parts = {k: statistics.median(r["parts"].get(k, 0.0) for r in runs)
                 for k in ("compile", "text", "codes", "correlate", "verdicts")}
        parts["rules"] = max(0.0, median - sum(parts.values()))  # the rest: base rules
        each = ", ".join(f"{r['seconds']:.2f}" for r in runs)
        cpu = statistics.median(r["cpu_seconds"] for r in runs)
        print(f"{last['rows']:,} rows ({last['crimes']:,} crimes, {last['cases']:,} cases): detect "
              f"{median:.2f} s median of {len(runs)} [{each}], CPU {cpu:.2f} s; peak RSS "
              f"{max(r['peak_rss_mb'] for r in runs):,.0f} MB")
        print("  parts: " + ", ".join(f"{k} {v:.2f} s" for k, v in parts.items()))
        print(f"  {last['hits']:,} hits, {last['case_hits']:,} case hits, "
              f"{last['findings']:,} findings")


if __name__ == "__main__":
    main()
