"""End-to-end benchmark: `audit run` (or `audit validate`) against pandas read_csv.

    python bench/bench_run.py                      # 100,000 and 1,000,000 rows
    python bench/bench_run.py --rows 100000 --what validate

For each size it generates the export once with the sample generator (cached in
bench/out/), then, each in its own process so peak memory is that process's own:
pandas `read_csv` of the file with the pyarrow engine (the fast read the audit is held
to), and the audit command. Prints a markdown table with wall time, the peak RSS of the
largest process, the peak summed PSS of all the command's processes (`audit run` forks
children for the rule scan and the reports; psutil samples every 0.5 s, so a peak shorter
than that can be missed), the ratio to read_csv and, for `run`, each stage's seconds from
the run summary.
Not a test: nothing here asserts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import click

OUT = Path(__file__).resolve().parent / "out"
READ_CSV = ("import sys, pandas as pd; "
            "pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False, engine='pyarrow')")


# Each command runs under a small wrapper process whose only child is the command, so
# RUSAGE_CHILDREN's peak RSS is that command's own.
_WRAPPER = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "t = time.perf_counter() - t; sys.stderr.write(p.stderr[-2000:]); "
            "print(p.returncode, t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
            "print(*[l for l in p.stdout.splitlines() if l.startswith('time:')])")


class SummedMemory:
    """Samples the summed PSS (shared pages split between the processes sharing them) of
    a process and all its descendants: `audit run` forks children for the rule scan and
    the reports, and the largest single RSS does not show what they use together."""

    def __init__(self, pid: int):
        import psutil  # in the test extra; benchmarks are a developer's tool

        self.peak = 0
        self._root = psutil.Process(pid)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        while not self._done.is_set():
            total = 0
            try:
                family = [self._root, *self._root.children(recursive=True)]
            except psutil.Error:
                family = []
            for process in family:
                try:
                    total += process.memory_full_info().pss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._done.wait(0.5)

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak / 1e6


def timed(cmd: list[str]) -> tuple[float, float, str, float]:
    """Wall seconds, peak RSS (MB) of the largest process, the `time:` summary line, and
    the peak summed PSS (MB) of the command and its children."""
    proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, *cmd], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    memory = SummedMemory(proc.pid)
    out, err = proc.communicate()
    summed = memory.stop()
    proc = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    first, _, stages = proc.stdout.partition("\n")
    code, seconds, max_kb = first.split()
    if int(code) not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd[:4])} failed:\n{proc.stderr}")
    return (float(seconds), int(max_kb) / 1024, stages.strip().removeprefix("time: "),
            summed)


def ensure_export(rows: int, seed: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"export_{rows}_{seed}.csv"
    if not path.exists():
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "audit_cli", "-q", "sample", "--rows", str(rows),
                        "--seed", str(seed), "--out", str(path)], check=True)
        click.echo(f"generated {rows:,} rows in {time.perf_counter() - start:.1f} s "
                   f"({path.stat().st_size / 1e6:.0f} MB)", err=True)
    return path


@click.command()
@click.option("--rows", "sizes", multiple=True, type=int, default=[100_000, 1_000_000])
@click.option("--seed", default=11, type=int)
@click.option("--what", type=click.Choice(["run", "validate"]), default="run")
def main(sizes, seed, what):
    click.echo(f"| rows | file MB | read_csv s | read_csv MB | audit {what} s | peak MB | "
               f"all processes MB | ratio | stages (s) |")
    click.echo("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for rows in sizes:
        export = ensure_export(rows, seed)
        read_s, read_mb, _, _ = timed([sys.executable, "-c", READ_CSV, str(export)])
        out = Path(tempfile.mkdtemp(prefix="audit-bench-")) / "run"
        if what == "run":
            cmd = [sys.executable, "-m", "audit_cli", "-q", "run", str(export), "--out",
                   str(out), "--format", "html,xlsx,csv"]
        else:
            cmd = [sys.executable, "-m", "audit_cli", "-q", "validate", str(export), "--out",
                   str(out.parent / "rejects.csv")]
        audit_s, audit_mb, stages, summed_mb = timed(cmd)
        shutil.rmtree(out.parent, ignore_errors=True)
        click.echo(f"| {rows:,} | {export.stat().st_size / 1e6:.0f} | {read_s:.2f} | "
                   f"{read_mb:.0f} | {audit_s:.1f} | {audit_mb:.0f} | {summed_mb:.0f} | "
                   f"{audit_s / read_s:.0f}x | {stages} |")


if __name__ == "__main__":
    main()
