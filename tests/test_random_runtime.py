"""runtime/random.c end to end: functions drawing from `np.random` and
`random` (Numba's own test functions, plus user code) built into standalone
programs whose output must equal Numba's in-process result number by
number; unseeded programs seeded by the OS; a shared library drawing from
8 threads at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import fresh_cache, run_cli
from numba import njit

from asmsurgeon.toolchain.tools import Toolchain

KERNELS = Path(__file__).resolve().parent / "numba_src" / "random_kernels.py"
sys.path.insert(0, str(KERNELS.parent))
import random_kernels as kernels  # noqa: E402

# Seeds past 32 bits are cut to 32 by Numba; k = 700 crosses a state refill.
SEEDS = (0, 7, 2**32 + 5)
DRAWS = (0, 3, 700)
ARRAY = np.array([0.5, -1.0, 2.25, 3.0, 7.5, 11.0, -4.0, 0.0, 9.0, 13.5])


@pytest.fixture(scope="module")
def programs(tmp_path_factory):
    """name -> path of the standalone program built from random_kernels.py,
    built on first use into one hermetic cache."""
    root = tmp_path_factory.mktemp("random")
    env = {**os.environ, "ASMSURGEON_CACHE_DIR": fresh_cache(root / "cache")}
    built: dict[str, Path] = {}

    def get(name: str, sig: str) -> Path:
        if name not in built:
            out = root / name
            proc = run_cli("build", f"{KERNELS}:{name}", "--sig", sig, "-o", out, env=env)
            assert proc.returncode == 0, proc.stderr.decode()
            assert b"still refers to Python" not in proc.stderr  # the runtime's numba_* are not Python
            built[name] = out
        return built[name]

    get.env = env
    get.root = root
    return get


def run(exe: Path, *args) -> str:
    proc = subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, check=False)
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    return proc.stdout.strip()


@pytest.mark.parametrize("name,which", [(n, w) for n, count in kernels.COUNTS.items() for w in range(count)])
def test_distribution_matches_numba(programs, name, which):
    exe = programs(name, "(int64, int64, int64)")
    draw = getattr(kernels, name)
    for seed in SEEDS:
        got = [run(exe, which, seed, k) for k in DRAWS]
        assert got == [repr(draw(which, seed, k)) for k in DRAWS], (seed, DRAWS)


@pytest.mark.parametrize("name", ["np_shuffled", "py_shuffled", "np_chosen"])
def test_arrays_modified_in_place_match_numba(programs, name):
    exe = programs(name, "(int64, float64[:])")
    for seed in SEEDS:
        a = ARRAY.copy()
        assert run(exe, seed, ",".join(map(repr, ARRAY.tolist()))) == repr(getattr(kernels, name)(seed, a))


@pytest.mark.parametrize("name,n", [("np_permuted", 50), ("np_sized", 40), ("monte_carlo_pi", 20000)])
def test_user_code_matches_numba(programs, name, n):
    exe = programs(name, "(int64, int64)")
    for seed in SEEDS:
        assert run(exe, seed, n) == repr(getattr(kernels, name)(seed, n))


@pytest.mark.parametrize("which", [0, 1], ids=["np.random", "random"])
def test_unseeded_program_is_seeded_by_the_os(programs, which):
    exe = programs("unseeded", "(int64,)")
    draws = [float(run(exe, which)) for _ in range(4)]
    assert len(set(draws)) == 4 and all(0.0 <= x < 1.0 for x in draws)


def test_state_layout_is_numbas():
    """The offsets random.c asserts are those Numba's compiled code uses."""
    import llvmlite.binding as llvm
    from numba.core import codegen  # noqa: F401  (initializes llvmlite's native target)
    from numba.cpython.randomimpl import rnd_state_t

    llvm.initialize_native_target()
    data = llvm.Target.from_default_triple().create_target_machine().target_data
    offsets = [rnd_state_t.get_element_offset(data, i) for i in range(5)]
    assert offsets == [0, 4, 2500, 2504, 2512] and rnd_state_t.get_abi_size(data) == 2520


THREADS_C = r"""
#include <pthread.h>
#include <stdio.h>
#include "rnd.h"

enum { THREADS = 8, CHUNK = 500, CHUNKS = 4, FRESH = 8 };
static uint32_t np_out[THREADS][CHUNK * CHUNKS], py_out[THREADS][CHUNK * CHUNKS], fresh[THREADS][FRESH];
static pthread_barrier_t start;

static void *work(void *arg)
{
    long t = (long)arg;
    pthread_barrier_wait(&start);
    np_extract_randomness_ptr(0, fresh[t], FRESH);  /* unseeded: this thread's OS seed */
    for (int c = 0; c < CHUNKS; c++) {
        /* seed 0 continues the stream; calls interleave with the other threads' */
        np_extract_randomness_ptr(c ? 0 : 1000 + t, np_out[t] + c * CHUNK, CHUNK);
        py_extract_randomness_ptr(c ? 0 : 2000 + t, py_out[t] + c * CHUNK, CHUNK);
    }
    return NULL;
}

int main(void)
{
    pthread_t th[THREADS];
    pthread_barrier_init(&start, NULL, THREADS);
    for (long t = 0; t < THREADS; t++)
        pthread_create(&th[t], NULL, work, (void *)t);
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < CHUNK * CHUNKS; i++)
            printf("%u %u\n", np_out[t][i], py_out[t][i]);
        for (int i = 0; i < FRESH; i++)
            printf("%u%c", fresh[t][i], i + 1 < FRESH ? ' ' : '\n');
    }
    return 0;
}
"""


def test_shared_library_draws_from_8_threads(programs, tmp_path):
    """Numba's own concurrency test functions, in a .so called from 8
    threads at once: each thread's state is its own, so each seeded stream
    is Numba's for that seed, and unseeded threads start from different
    OS seeds."""
    from numba.tests.test_random import np_extract_randomness, py_extract_randomness

    lib, header = tmp_path / "librnd.so", tmp_path / "rnd.h"
    src = tmp_path / "ext.py"
    src.write_text("from numba.tests.test_random import np_extract_randomness, py_extract_randomness\n")
    proc = run_cli("build", f"{src}:np_extract_randomness,py_extract_randomness", "--sig",
                   "void(int64, uint32[:])", "--kind", "shared", "--header", header, "-o", lib, env=programs.env)
    assert proc.returncode == 0, proc.stderr.decode()
    (tmp_path / "main.c").write_text(THREADS_C)
    exe = tmp_path / "threads"
    Toolchain().cc(["-std=c11", "-D_DEFAULT_SOURCE", "-Wall", "-Werror", "-pthread", f"-I{tmp_path}", "-o", str(exe),
                    str(tmp_path / "main.c"), str(lib), f"-Wl,-rpath,{tmp_path}"])
    lines = run(exe).splitlines()
    chunk, chunks = 500, 4
    per_thread = chunk * chunks + 1
    assert len(lines) == 8 * per_thread
    fresh = set()
    for t in range(8):
        rows = lines[t * per_thread:(t + 1) * per_thread]
        got = np.array([r.split() for r in rows[:-1]], dtype=np.uint32)
        want = np.zeros((2, chunk * chunks), dtype=np.uint32)
        for c in range(chunks):
            np_extract_randomness(0 if c else 1000 + t, want[0, c * chunk:(c + 1) * chunk])
            py_extract_randomness(0 if c else 2000 + t, want[1, c * chunk:(c + 1) * chunk])
        assert (got.T == want).all(), t
        fresh.add(rows[-1])
    assert len(fresh) == 8


@pytest.fixture(scope="module")
def sanitized(tmp_path_factory) -> Path:
    """tests/csrc_runtime/random_test.c linked with runtime/random.c, both
    built with AddressSanitizer and UBSan (any report fails the run)."""
    from asmsurgeon.toolchain import runtime

    exe = tmp_path_factory.mktemp("asan") / "random_test"
    Toolchain().cc(["-std=c11", "-D_DEFAULT_SOURCE", "-O1", "-g", "-Wall", "-Wextra", "-Werror",
                    "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-o", str(exe),
                    str(Path(__file__).resolve().parent / "csrc_runtime" / "random_test.c"),
                    str(runtime.source_dir() / "random.c"), "-lm"])
    return exe


@pytest.mark.parametrize("seed", [0, 1, 42, 2**32 - 1])
def test_seeding_and_refill_give_numbas_words(sanitized, seed):
    from numba import _helperlib
    from numba.tests.test_random import get_np_state_ptr

    kernels.numpy_seed(seed)
    ptr = get_np_state_ptr()
    seeded = _helperlib.rnd_get_state(ptr)
    _helperlib.rnd_shuffle(ptr)
    refilled = _helperlib.rnd_get_state(ptr)
    want = [" ".join(map(str, [index, *words])) for index, words in (seeded, refilled)]
    assert run(sanitized, "words", seed).splitlines() == want


@pytest.mark.parametrize("lam", [10.0, 37.5, 1e6])
def test_poisson_ptrs_gives_numbas_draws(sanitized, lam):
    @njit
    def draws(seed, lam, n):
        np.random.seed(seed)
        return [kernels.np_poisson(lam) for _ in range(n)]

    for seed in (3, 99):
        assert run(sanitized, "poisson", seed, lam, 500).split() == [str(k) for k in draws(seed, lam, 500)]


def test_forked_child_is_reseeded(sanitized):
    """As in Numba, a child process does not repeat its parent's stream;
    the parent's state is untouched."""
    assert run(sanitized, "fork", 42) == "1 1"
