"""Fat (generic + host, dispatched at load time) against host-only build.

The kernel, poly_sum of benchmarks/bench_kernels.py, is a vectorisable reduction
(fastmath lets LLVM use the widest vectors the target has); each program
runs it over N elements and is timed best-of-R by wall clock, N being
large enough that start-up is noise.
Prints kernel time of both builds, their ratio and the binary sizes; the
docs/portability.md's table comes from here. Run: python benchmarks/cpu_targets.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

KERNELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench_kernels.py")
N, REPEAT = "400000000", 7


def best(prog: str) -> float:
    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        subprocess.run([prog, N], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as d:
        progs = {}
        for label, cpu in (("fat (generic,host)", []), ("host only", ["--cpu", "host"]),
                           ("generic only", ["--cpu", "generic"])):
            out = os.path.join(d, label.split()[0])
            subprocess.run([sys.executable, "-m", "asmsurgeon", "build", f"{KERNELS}:poly_sum", "--sig",
                            "float64(int64)", "--no-cache", "-o", out, *cpu], check=True)
            progs[label] = out
        results = {label: (best(p), os.path.getsize(p)) for label, p in progs.items()}
    host = results["host only"][0]
    print(f"{'build':<20} {'kernel s':>9} {'vs host':>8} {'bytes':>7}")
    for label, (t, size) in results.items():
        print(f"{label:<20} {t:9.3f} {t / host:8.3f} {size:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
