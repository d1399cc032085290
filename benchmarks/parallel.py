"""prange on real threads: the Mandelbrot kernel of benchmarks/bench_kernels.py
built with `asmsurgeon build` and run standalone with NUMBA_NUM_THREADS=1..CPUs,
against the same function run by Numba in-process with the same thread
count (kernel time after compilation), all in one run:

    python benchmarks/parallel.py [--quick]

The standalone time is the program's wall time minus the time the same
program takes for an empty image (its start-up and argument parsing), so
both columns are kernel time. Best of several runs. The CPU columns (user
time of all threads, one run) tell the two apart on a machine shared with
other jobs, where wall times only show the share of the CPUs it got.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def run(argv: list[str], env: dict[str, str]) -> None:
    subprocess.run(argv, env=env, check=True, capture_output=True)


def child_cpu(run) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    run()
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before


def own_cpu(run) -> float:
    before = time.process_time()
    run()
    return time.process_time() - before


def main() -> None:
    quick = "--quick" in sys.argv
    size = ("800", "600", "200") if quick else ("1600", "1200", "300")
    repeat = 3 if quick else 5
    sys.path.insert(0, str(ROOT))
    import numba

    from asmsurgeon.api import build_executable

    cpus = len(os.sched_getaffinity(0))
    counts = list(range(1, min(cpus, numba.config.NUMBA_NUM_THREADS) + 1))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_kernels import mandelbrot

    with tempfile.TemporaryDirectory() as work:
        prog = Path(work) / "mandel"
        build_executable(mandelbrot, prog, sigs=["int64(int64, int64, int64)"])
        args = tuple(int(a) for a in size)
        expected = None
        rows = []
        for n in counts:
            env = {**os.environ, "NUMBA_NUM_THREADS": str(n)}
            out = subprocess.run([str(prog), *size], capture_output=True, text=True, env=env, check=True).stdout
            empty = best(partial(run, [str(prog), "0", "0", "0"], env), repeat)
            standalone = partial(run, [str(prog), *size], env)
            alone = best(standalone, repeat) - empty
            alone_cpu = child_cpu(standalone)
            numba.set_num_threads(n)
            got = mandelbrot(*args)  # compiled on the first call, not timed
            inproc = best(lambda: mandelbrot(*args), repeat)
            inproc_cpu = own_cpu(lambda: mandelbrot(*args))
            expected = expected if expected is not None else got
            assert int(out) == got == expected, (n, out, got, expected)
            rows.append((n, alone, inproc, alone_cpu, inproc_cpu))
    print(f"Mandelbrot {'x'.join(size[:2])}, {size[2]} iterations, {cpus} CPUs; kernel seconds, best of {repeat}")
    print(f"{'threads':>7}  {'standalone':>10}  {'speed-up':>8}  {'Numba in-process':>16}  {'standalone/Numba':>16}"
          f"  {'CPU standalone':>14}  {'CPU Numba':>9}")
    for n, alone, inproc, alone_cpu, inproc_cpu in rows:
        print(f"{n:>7}  {alone:>10.3f}  {rows[0][1] / alone:>7.2f}x  {inproc:>16.3f}  {alone / inproc:>16.2f}"
              f"  {alone_cpu:>14.3f}  {inproc_cpu:>9.3f}")


if __name__ == "__main__":
    main()
