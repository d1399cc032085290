"""parallel=True and prange in standalone programs: real numba, real
threads. Each kernel is built into an executable and run with
NUMBA_NUM_THREADS=1 and 2; its output must be what the same function
prints when Numba runs it in-process with that many threads (bit for bit:
the schedule and the reduction slots are Numba's)."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import numba
import numpy as np
import pytest

from asmsurgeon.api import asm_text, build_executable
from asmsurgeon.numba_abi.roles import PARFOR_GUFUNC, role_of
from asmsurgeon.passes.pipelines import strip_wrapper
from asmsurgeon.toolchain.runtime import SOURCES, source_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
import parallel_kernels as K
from helpers import run_cli

A = np.array([3.5, -1.25, 7.0, 2.0, 0.5, 9.75, -4.0, 6.0, 1.5, 8.25, -2.5, 5.0, 4.5])
POS = np.abs(A) + 0.5
EXACT = np.array([0.5 * k for k in range(1, 402)])  # every partial sum is exact in float64
HIST = np.array([float((k * 7919) % 97) for k in range(500)])

CASES = [
    ("sum_", "float64(float64[::1])", (A,)),
    ("prod_", "float64(float64[::1])", (POS,)),
    ("min_", "float64(float64[::1])", (A,)),
    ("max_", "float64(float64[::1])", (A,)),
    ("mean_", "float64(float64[::1])", (A,)),
    ("blackscholes", "float64(float64[::1])", (POS,)),
    ("add_reduce", "int64(int64)", (100003,)),
    ("mul_reduce", "float64(float64[::1])", (POS,)),
    ("min_max", "float64(float64[::1])", (A,)),
    ("written_then_reduced", "float64(float64[::1])", (A,)),
    ("grid_sum", "float64(float64[::1], int64)", (np.arange(60.0) * 0.25 - 3.0, 6)),
    ("histogram", "int64(float64[::1], int64)", (HIST, 13)),
    ("exact_sum", "float64(float64[::1])", (EXACT,)),
    ("harmonic", "float64(int64)", (1000003,)),
    ("squares", "int64(int64)", (5001,)),
    ("mandelbrot", "int64(int64, int64, int64)", (60, 40, 50)),
    ("chunked", "float64(int64)", (1003,)),
    ("thread_ids", "int64(int64)", (1003,)),
    ("one_thread", "int64(int64)", (1003,)),
]


def arg_text(x) -> str:
    if isinstance(x, np.ndarray):
        return ",".join(repr(float(v)) for v in x)
    return str(x)


def in_process(func, args, threads: int):
    numba.set_num_threads(threads)
    try:
        return func(*args)
    finally:
        numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)


def shown(value) -> str:
    return repr(float(value)) if isinstance(value, (float, np.floating)) else str(int(value))


def run(prog: Path, args, threads: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "NUMBA_NUM_THREADS": str(threads)}
    return subprocess.run([str(prog), *map(arg_text, args)], capture_output=True, text=True, env=env, timeout=60, check=False)


class Programs:
    """Each kernel's executable, built the first time a test asks for it
    (so test workers build only the kernels of their own tests)."""

    def __init__(self, where: Path):
        self.where, self.built = where, {}

    def __getitem__(self, name: str) -> Path:
        if name not in self.built:
            sig = next(s for n, s, _ in CASES if n == name)
            build_executable(getattr(K, name), self.where / name, sigs=[sig])
            self.built[name] = self.where / name
        return self.built[name]


@pytest.fixture(scope="module")
def programs(tmp_path_factory):
    return Programs(tmp_path_factory.mktemp("parallel"))


@pytest.mark.parametrize("name,sig,args", CASES, ids=[c[0] for c in CASES])
def test_kernel_matches_numba_with_one_and_two_threads(programs, name, sig, args):
    func = getattr(K, name)
    for threads in (1, 2):
        expected = shown(in_process(func, args, threads))
        got = run(programs[name], args, threads)
        assert got.returncode == 0, got.stderr
        assert got.stdout.strip() == expected, (threads, got.stdout, expected)


def test_exact_sum_is_exact(programs):
    got = run(programs["exact_sum"], (EXACT,), 2)
    assert float(got.stdout) == math.fsum(EXACT)


def test_thread_count_from_environment_and_default(programs):
    """Results agree with NUMBA_NUM_THREADS unset (the affinity mask's
    CPUs), 1, 3 and more threads than CPUs."""
    expected = {shown(in_process(K.harmonic, (1000003,), t)) for t in (1, 2)}
    outputs = set()
    for threads in (1, 3, 7):
        got = run(programs["harmonic"], (1000003,), threads)
        assert got.returncode == 0, got.stderr
        outputs.add(float(got.stdout))
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_NUM_THREADS"}
    got = subprocess.run([str(programs["harmonic"]), "1000003"], capture_output=True, text=True, env=env, check=False)
    assert got.returncode == 0 and got.stdout.strip() in {shown(in_process(K.harmonic, (1000003,), len(os.sched_getaffinity(0))))}
    assert all(abs(v - float(next(iter(expected)))) < 1e-9 for v in outputs)


def test_prange_body_exception_exits_1_with_the_message(tmp_path):
    prog = tmp_path / "checked"
    build_executable(K.checked_sum, prog, sigs=["float64(float64[::1])"])
    ok = run(prog, (POS,), 2)
    assert ok.returncode == 0 and ok.stdout.strip() == shown(K.checked_sum(POS))
    for threads in (1, 2):
        bad = run(prog, (A,), threads)
        assert bad.returncode == 1
        assert bad.stderr.strip() == "ValueError: negative value"


def numba_exception_line(func, args) -> str:
    """The line Python ends its traceback with when Numba runs `func` on
    one thread (the region's exception, under the SystemError Numba's
    wrapper adds for a result returned with an exception set)."""
    numba.set_num_threads(1)
    try:
        func(*args)
    except Exception as e:  # noqa: BLE001 - whatever Numba raised is the expectation
        exc = e.__context__ if isinstance(e, SystemError) and e.__context__ else e
        return f"{type(exc).__name__}: {exc}"
    finally:
        numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)
    raise AssertionError("Numba raised nothing")


@pytest.mark.parametrize("name,sig,args", [
    ("checked_at", "float64(float64[::1])", (np.array([1.0, 2.0, 3.0, -4.0]),)),
    ("grid_checked_at", "float64(float64[::1], int64)", (np.array([1.0, 2.0, 3.0, -4.0, 5.0, 6.0]), 2)),
], ids=["inline-body", "out-of-line-body"])
def test_prange_body_exception_with_values(tmp_path, name, sig, args):
    """`raise ValueError("bad value", i)` in a prange body prints Python's
    line with the values filled in, with the body inline in the region and
    out of line (nested prange)."""
    func = getattr(K, name)
    prog = tmp_path / name
    build_executable(func, prog, sigs=[sig])
    expected = numba_exception_line(func, args)
    assert expected == "ValueError: ('bad value', 3)"
    for threads in (1, 2):
        bad = run(prog, args, threads)
        assert (bad.returncode, bad.stderr.strip(), bad.stdout) == (1, expected, "")


CHECKED_DRIVER = r"""
#include <stdio.h>
double checked_at(void *meminfo, void *parent, long long nitems, long long itemsize, double *data,
                  long long shape, long long stride);
const char *asmsurgeon_last_error(void);
void asmsurgeon_clear_error(void);
int main(void) {
    double bad[4] = {-1.0, 2.0, -3.0, -4.0}, good[4] = {1.0, 2.0, 3.0, 4.0};
    for (int k = 0; k < 1000; k++) {
        asmsurgeon_clear_error();
        checked_at(NULL, NULL, 4, 8, bad, 4, 8);
        if (asmsurgeon_last_error() == NULL) return 3;
    }
    printf("%s\n", asmsurgeon_last_error());
    asmsurgeon_clear_error();
    double s = checked_at(NULL, NULL, 4, 8, good, 4, 8);
    printf("%s %.17g\n", asmsurgeon_last_error() ? "error" : "ok", s);
    return 0;
}
"""


@pytest.mark.parametrize("kind", ["asan", "shared"])
def test_region_exception_in_a_library_is_recorded_and_freed(tmp_path, kind):
    """A library's default hook returns: the calling thread's
    asmsurgeon_last_error() names the region's first exception; the
    function itself returns (what the rest of the loop computed, not 0 as
    for a raise outside a region: Numba's launch has no status to fail
    with). The other blocks' messages and the boxed values are freed:
    AddressSanitizer's leak check over a thousand raising calls, both
    blocks raising (kind "asan", the runtime built with it), and the same
    from a `--kind shared` library."""
    if kind == "asan":
        text = strip_wrapper(asm_text(K.checked_at, ["float64(float64[::1])"]))
        prog = _link_c(tmp_path, text, CHECKED_DRIVER, ["-fsanitize=address"])
    else:
        build_executable(K.checked_at, tmp_path / "libchk.so", sigs=["float64(float64[::1])"], kind="shared")
        (tmp_path / "main.c").write_text(CHECKED_DRIVER)
        prog = tmp_path / "prog"
        subprocess.run(["cc", "-o", str(prog), str(tmp_path / "main.c"), f"-L{tmp_path}", "-lchk",
                        f"-Wl,-rpath,{tmp_path}"], check=True, capture_output=True)
    for threads in ("1", "2"):
        got = subprocess.run([str(prog)], capture_output=True, text=True, timeout=120, check=False,
                             env={**os.environ, "NUMBA_NUM_THREADS": threads, "ASAN_OPTIONS": "detect_leaks=1"})
        assert got.returncode == 0, got.stderr
        first, second = got.stdout.splitlines()
        assert first in {"ValueError: ('bad value', 0)", "ValueError: ('bad value', 2)"}
        assert second == "ok 10"


def test_symbols_shows_the_parallel_region_with_its_own_role(tmp_path):
    src = tmp_path / "harmonic.s"
    src.write_text(asm_text(K.harmonic, ["float64(int64)"]))
    out = run_cli("symbols", src, "--role", "parfor-gufunc")
    assert out.returncode == 0, out.stderr
    rows = out.stdout.decode().splitlines()
    assert any(r.startswith("parfor-gufunc") and "parfor gufunc <dynamic>.__numba_parfor_gufunc_" in r for r in rows)
    assert role_of("__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x1B2v5B1cEx") == PARFOR_GUFUNC
    stripped = run_cli("strip-wrapper", src, "--dump-after", "parallel-regions", "-o", tmp_path / "h.s")
    assert stripped.returncode == 0, stripped.stderr
    dump = stripped.stderr.decode() + stripped.stdout.decode()
    assert "asmsurgeon_nogil" in dump and "PyEval_SaveThread" not in (tmp_path / "h.s").read_text()


def test_fork_child_runs_parallel_regions(tmp_path):
    """A C program calls the kernel, forks, and the child calls it again."""
    text = strip_wrapper(asm_text(K.harmonic, ["float64(int64)"]))
    driver = r"""
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
double harmonic(long long);
int main(void) {
    double a = harmonic(1000003);
    pid_t pid = fork();
    if (pid == 0) { double b = harmonic(1000003); _exit(a == b ? 7 : 8); }
    int st = 0;
    waitpid(pid, &st, 0);
    printf("%d %.17g\n", WEXITSTATUS(st), harmonic(1000003) - a);
    return 0;
}
"""
    prog = _link_c(tmp_path, text, driver, [])
    got = subprocess.run([str(prog)], capture_output=True, text=True, timeout=60, check=False,
                         env={**os.environ, "NUMBA_NUM_THREADS": "2"})
    assert got.returncode == 0, got.stderr
    assert got.stdout.split() == ["7", "0"]


def _link_c(tmp_path: Path, text: str, driver: str, flags: list[str], runtime=True) -> Path:
    (tmp_path / "k.s").write_text(text)
    (tmp_path / "main.c").write_text(driver)
    prog = tmp_path / "prog"
    archive = []
    if runtime:  # the runtime built with `flags` (-fsanitize=thread), as an archive: members on demand
        objs = []
        for n in SOURCES:
            objs.append(str(tmp_path / (Path(n).stem + ".o")))
            subprocess.run(["cc", "-std=c11", "-D_DEFAULT_SOURCE", "-O1", "-g", "-fPIC", *flags, "-c",
                            str(source_dir() / n), "-o", objs[-1]], check=True, capture_output=True)
        archive = [str(tmp_path / "librt.a")]
        subprocess.run(["ar", "rcs", archive[0], *objs], check=True, capture_output=True)
    subprocess.run(["cc", "-std=c11", "-D_DEFAULT_SOURCE", "-O1", "-g", *flags, "-o", str(prog),
                    str(tmp_path / "main.c"), str(tmp_path / "k.s"), *archive, "-lm"],
                   check=True, capture_output=True)
    return prog


def test_thread_sanitizer_finds_no_race(tmp_path):
    """The runtime and the kernel under ThreadSanitizer: a 2-D schedule and
    a reduction, called from four host threads at once (one gets the pool,
    the others run their blocks themselves), twenty times each."""
    text = strip_wrapper(asm_text(K.grid_sum, ["float64(float64[::1], int64)"]))
    driver = r"""
#include <pthread.h>
#include <stdio.h>
double grid_sum(void *meminfo, void *parent, long long nitems, long long itemsize, double *data,
                long long shape, long long stride, long long rows);
static double a[60], r[4];
static void *call(void *arg) {
    long t = (long)arg;
    for (int k = 0; k < 20; k++) r[t] = grid_sum(NULL, NULL, 60, 8, a, 60, 8, 6);
    return NULL;
}
int main(void) {
    pthread_t th[4];
    for (int i = 0; i < 60; i++) a[i] = i * 0.25 - 3.0;
    for (long t = 0; t < 4; t++) pthread_create(&th[t], NULL, call, (void *)t);
    for (int t = 0; t < 4; t++) pthread_join(th[t], NULL);
    for (int t = 0; t < 4; t++) printf("%.17g\n", r[t]);
    return 0;
}
"""
    prog = _link_c(tmp_path, text, driver, ["-fsanitize=thread"])
    env = {**os.environ, "NUMBA_NUM_THREADS": "3", "TSAN_OPTIONS": "halt_on_error=1 exitcode=66"}
    got = subprocess.run([str(prog)], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert got.returncode == 0, got.stderr
    assert "ThreadSanitizer" not in got.stderr
    expected = K.grid_sum(np.arange(60.0) * 0.25 - 3.0, 6)
    assert [float(v) for v in got.stdout.split()] == [expected] * 4


@pytest.mark.parametrize("kind", ["shared", "static"])
def test_library_called_from_eight_host_threads(tmp_path, kind):
    lib = tmp_path / ("libh.so" if kind == "shared" else "libh.a")
    build_executable(K.harmonic, lib, sigs=["float64(int64)"], kind=kind)
    driver = r"""
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
double harmonic(long long);
static double results[8][5];
static void *call(void *arg) {
    long t = (long)arg;
    for (int k = 0; k < 5; k++) results[t][k] = harmonic(200003 + 1000 * t);
    return NULL;
}
int main(void) {
    pthread_t th[8];
    for (long t = 0; t < 8; t++) pthread_create(&th[t], NULL, call, (void *)t);
    for (int t = 0; t < 8; t++) pthread_join(th[t], NULL);
    for (int t = 0; t < 8; t++) {
        for (int k = 1; k < 5; k++) if (results[t][k] != results[t][0]) return 3;
        printf("%.17g\n", results[t][0]);
    }
    return 0;
}
"""
    (tmp_path / "main.c").write_text(driver)
    prog = tmp_path / "prog"
    subprocess.run(["cc", "-O1", "-o", str(prog), str(tmp_path / "main.c"), f"-L{tmp_path}", "-lh",
                    f"-Wl,-rpath,{tmp_path}", "-lm"], check=True, capture_output=True)
    got = subprocess.run([str(prog)], capture_output=True, text=True, timeout=120, check=False,
                         env={**os.environ, "NUMBA_NUM_THREADS": "2"})
    assert got.returncode == 0, got.stderr
    values = [float(v) for v in got.stdout.split()]
    expected = [in_process(K.harmonic, (200003 + 1000 * t,), 2) for t in range(8)]
    assert values == expected


def test_raw_process_address_is_refused(tmp_path):
    """set_num_threads inside a function: compiled here, the pointer Numba
    baked in is named; the same assembly dumped by another process holds
    a bare address, which build refuses instead of jumping to it."""
    text = asm_text(K.one_thread, ["int64(int64)"])
    assert "\t.quad\tset_num_threads\n" in text
    src = tmp_path / "dumped.s"
    src.write_text(text.replace("\t.quad\tset_num_threads\n", "\t.quad\t140541736632576\n"))
    got = run_cli("build", src, "-o", tmp_path / "prog")
    assert got.returncode == 2
    err = got.stderr.decode()
    assert f"{src}:" in err and "holds an address in the Python process" in err and "Traceback" not in err
    assert not (tmp_path / "prog").exists()


def test_out_of_line_region_body_is_not_a_user_function(tmp_path):
    """grid_sum's region keeps its body in a function of its own: both are
    parfor-gufunc symbols, and only grid_sum gets a C name."""
    import json

    src = tmp_path / "grid.s"
    src.write_text(asm_text(K.grid_sum, ["float64(float64[::1], int64)"]))
    out = run_cli("symbols", src, "--json")
    assert out.returncode == 0, out.stderr
    (report,) = json.loads(out.stdout)["files"]
    regions = [s["name"] for s in report["symbols"] if s["role"] == PARFOR_GUFUNC and s["defined"]]
    assert len(regions) == 2 and sum(r.startswith("__gufunc__.") for r in regions) == 1
    assert [f["c_name"] for f in report["functions"]] == ["grid_sum"]
