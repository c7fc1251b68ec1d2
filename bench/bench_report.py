"""Time the report stage on a synthetic 10,000-case result (run once; not a test).

    /work/venv/bin/python bench/bench_report.py [n_cases]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from report_fixture import build_result  # noqa: E402

from audit_cli.report import write_reports  # noqa: E402


def main(n_cases: int = 10_000) -> None:
    started = time.perf_counter()
    result = build_result(n_cases=n_cases)
    print(f"fixture: {n_cases:,} cases, {len(result.crimes):,} crimes, "
          f"{len(result.detect.hits):,} hits in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        for formats in ({"xlsx"}, {"html"}, {"csv"}):
            started = time.perf_counter()
            written = write_reports(result, Path(folder) / "-".join(sorted(formats)), formats)
            seconds = time.perf_counter() - started
            sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in written
                              if p.suffix in (".xlsx", ".html"))
            print(f"{'+'.join(sorted(formats)):5} {seconds:6.2f} s  {sizes}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
