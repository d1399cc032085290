"""The parallel=True corpus (tests/parallel_corpus.py): each function built
into an executable with `asmsurgeon build FILE.py:FUNC`, run with
NUMBA_NUM_THREADS=1 and 2, prints what print() of the same function run
by Numba in-process with that many threads prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numba
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import parallel_corpus as C
from helpers import run_cli

CORPUS = Path(C.__file__)
RNG = np.random.default_rng(7)
V = np.array([3.5, -1.25, 7.0, 2.0, 0.5, 9.75, -4.0, 6.0, 1.5, 8.25, -2.5, 5.0, 4.5])
POS = np.abs(V) + 0.5
M = np.arange(20.0).reshape(4, 5) * 0.5 - 3.0
SQ = np.arange(16.0).reshape(4, 4) * 0.25
_KM = np.random.default_rng(0).random((40, 3))

CASES = [
    ("blackscholes", "float64[::1](float64[::1], float64[::1], float64, float64, float64[::1])",
     (POS + 10.0, POS + 9.0, 0.02, 0.3, POS * 0.01 + 0.5)),
    ("logistic_regression", "float64[::1](float64[::1], float64[:,::1], float64[::1], int64)",
     (np.where(V > 0, 1.0, -1.0), np.stack([V * 0.1, POS * 0.05]).T.copy(), np.array([0.5, -0.25]), 3)),
    ("kmeans", "float64[:,::1](float64[:,::1], int64, int64, float64[:,::1])", (_KM, 3, 3, _KM[:3].copy())),
    ("cache_arrayexprs", "float64[::1](float64[::1])", (POS,)),
    ("cache_prange", "float64[::1](float64[::1])", (POS,)),
    ("cache_caller", "float64[::1](float64[::1])", (POS,)),
    ("busy", "float64[::1](float64[::1], float64[::1])", (POS, POS[::-1].copy())),
    ("iss9490", "Tuple((float64[:,::1], float64[:,::1], boolean[::1]))(float64[:,::1], float64[:,::1])",
     (np.random.default_rng(0).random((10, 4)), np.random.default_rng(1).random((10, 5)))),
    ("call_hoisting", "float64[::1](float64[::1])", (V,)),
    ("axpy", "float64[::1](float64[::1], float64[::1], float64[::1])", (V, POS, V[::-1].copy())),
    ("sines", "float64[::1](float64[::1])", (V,)),
    ("np_sum", "float64(float64[::1])", (V,)),
    ("method_sum", "float64(float64[::1])", (V,)),
    ("arg_reductions", "int64(float64[::1])", (V,)),
    ("stats", "UniTuple(float64, 5)(float64[::1])", (V,)),
    ("matrix_expr", "float64[:,:](float64[:,::1])", (SQ,)),
    ("ones_in_prange", "float64(int64)", (101,)),
    ("row_sums", "float64[::1](float64[:,::1])", (M,)),
    ("cube", "float64(int64)", (7,)),
    ("conditional", "float64(float64[::1])", (V,)),
    ("alloc_per_iteration", "float64[::1](int64, int64)", (9, 5)),
    ("array_reduction", "float64[::1](float64[::1], int64)", (V, 4)),
    ("two_reductions", "UniTuple(float64, 2)(float64[::1])", (V,)),
    ("complex_sum", "complex128(float64[::1])", (V,)),
    ("pndindex_fill", "float64[:,::1](float64[:,::1])", (M,)),
    ("stencil_avg", "float64[::1](float64[::1])", (V,)),
    ("int8_sum", "int64(int8[::1])", (np.array([100, 27, -128, 5, 127, -1, 64], np.int8),)),
    ("float32_sum", "float32(float32[::1])", (V.astype(np.float32) * np.float32(0.1),)),
    ("float32_method", "float32(float32[::1])", (V.astype(np.float32) * np.float32(0.1),)),
    ("empty_range", "float64(int64)", (0,)),
    ("negative_range", "float64(int64, int64)", (-7, 12)),
    ("negative_range", "float64(int64, int64)", (5, -2)),
    ("huge_count", "int64(int64)", (50_000_003,)),
    ("minmax_prange", "UniTuple(float64, 2)(float64[::1])", (V,)),
    ("threads_inside", "Tuple((int64, boolean, boolean))(int64)", (1001,)),
    ("nested_parallel_call", "float64[::1](int64)", (6,)),
    ("trig_math", "float64(int64)", (100_003,)),
    ("reshape_sum", "float64[::1](int64)", (5,)),
    ("int_max", "int64(int64[::1])", (np.array([3, 9, -2, 7, 1]),)),
    ("ones2d", "float64[:,::1](int64, int64)", (2, 3)),
    ("where_expr", "float64(float64[::1])", (V,)),
    ("fill_2d_prange", "float64[:,::1](int64, int64)", (3, 4)),
    ("uint_reduce", "uint32(int64)", (1000,)),
    ("float32_arr", "float32[::1](float32[::1])", (POS.astype(np.float32),)),
    ("list_in_prange", "int64(int64)", (50,)),
    ("dot_rows", "float64[::1](float64[:,::1], float64[::1])", (M, np.arange(5.0))),
    ("cumsum_rows", "float64[:,::1](float64[:,::1])", (M[:, ::-1].copy(),)),
    ("sort_rows", "float64[:,::1](float64[:,::1])", (M[:, ::-1].copy(),)),
    ("pairwise_distances", "float64[:,::1](float64[:,::1])", (_KM[:7].copy(),)),
    ("blur_rows", "float64[:,::1](float64[:,::1])", (M,)),
    ("histogram_chunks", "int64[::1](float64[::1], int64, int64)", (_KM[:, 0].copy(), 5, 3)),
    ("inner_step", "int64(int64, int64)", (40, 4)),
    ("exp_log_2d", "float64[:,::1](float64[:,::1], float64[:,::1])", (M * 0.1, np.abs(M))),
    ("where_2d", "float64[:,::1](float64[:,::1])", (M,)),
    ("positive_sum", "float64(float64[::1])", (V,)),
    ("argmax_rows", "int64[::1](float64[:,::1])", (M[:, ::-1].copy(),)),
    ("main", "float64(int64)", (1001,)),
    ("sin", "float64[::1](float64[::1])", (V,)),
    ("calls_allocating", "float64[::1](float64[::1])", (V,)),
    ("skip_negative", "float64(float64[::1])", (V,)),
    ("tuple_of_arrays", "UniTuple(float64[::1], 2)(float64[::1])", (V,)),
    ("int32_scale", "int32[::1](int32[::1], int32)", (np.array([3, -7, 11, 0, 5], np.int32), np.int32(3))),
    ("float32_norm", "float32(float32[::1])", (V.astype(np.float32),)),
    ("fortran_col_sums", "float64[::1](float64[::1,:])", (np.asfortranarray(M),)),
    ("fortran_expr", "float64[::1,:](float64[::1,:])", (np.asfortranarray(M),)),
    ("weighted_mix", "float64(float64[::1], float64[::1], float64[::1], float64[::1])",
     (V, POS, np.linspace(0.0, 1.0, V.size), np.zeros(V.size))),
    ("serial_caller", "float64(float64[::1])", (V,)),
    ("mean_std_cols", "UniTuple(float64, 2)(float64[:,::1])", (M,)),
    ("int_squares_2d", "int32[:,::1](int64, int64)", (3, 4)),
    ("global_weights", "float64[::1](float64[:,::1])", (M,)),
    ("volume_sum", "float64[::1](float64[:,:,::1])", (np.arange(24.0).reshape(2, 3, 4),)),
    ("strided_scale", "float64[:](float64[:])", (V[::2],)),
    ("row_norms", "float64[::1](float64[:,::1])", (M,)),
    ("complex_rows", "complex128[::1](int64)", (5,)),
    ("argsort_rows", "int64[:,::1](float64[:,::1])", (M[:, ::-1].copy(),)),
    ("argmax_rows", "int64[::1](float64[:,::1])", (np.zeros((0, 3)),)),
    ("divmod_loop", "int64(int64)", (50,)),
    ("raise_negative", "float64(float64[::1])", (V,)),
    ("while_inside", "int64[::1](float64[::1])", (POS * 10,)),
    ("sum_axis1", "float64[::1](float64[:,::1])", (M,)),
    ("bool_input", "float64(boolean[::1], float64[::1])", (V > 1, V)),
    ("linspace_expr", "float64(int64)", (11,)),
    ("arr_accumulate_2d", "float64[::1](float64[:,::1])", (M,)),
    ("dict_in_body", "int64(int64)", (30,)),
    ("matmul", "float64[:,::1](float64[:,::1], float64[:,::1])", (M, M.T.copy())),
    ("uint_range", "float64(int64)", (1001,)),
    ("int32_range", "int64(int32, int32)", (np.int32(-5), np.int32(17))),
    ("outer_accumulate", "float64[:,::1](float64[::1])", (V,)),
    ("broadcast_add", "float64[:,::1](float64[:,::1], float64[::1])", (M, np.arange(5.0))),
    ("str_len_loop", "int64(int64)", (1200,)),
    ("float32_scalar", "float32[::1](float32[::1], float32)", (V.astype(np.float32), np.float32(0.5))),
]


def literal(v) -> str:
    return repr(v.tolist()) if isinstance(v, np.ndarray) else str(v)


def in_process(func, args, threads: int) -> str:
    numba.set_num_threads(threads)
    try:
        return str(func(*[a.copy() if isinstance(a, np.ndarray) else a for a in args]))
    finally:
        numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)


def run(prog: Path, args, threads: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "NUMBA_NUM_THREADS": str(threads)}
    return subprocess.run([str(prog), *map(literal, args)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def build(tmp_path: Path, name: str, sig: str) -> Path:
    prog = tmp_path / name
    got = run_cli("build", f"{CORPUS}:{name}", "--sig", sig, "-o", prog)
    assert got.returncode == 0, got.stderr.decode()
    return prog


@pytest.mark.parametrize("name,sig,args", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_corpus_matches_numba_with_one_and_two_threads(tmp_path, name, sig, args):
    prog = build(tmp_path, name, sig)
    for threads in (1, 2):
        got = run(prog, args, threads)
        assert got.returncode == 0, got.stderr
        assert got.stdout == in_process(getattr(C, name), args, threads) + "\n", threads


def test_print_in_a_prange_body(tmp_path, capfd):
    """One thread: Numba's lines in Numba's order (captured at the file
    descriptor); two: the same lines, in the order the threads ran."""
    prog = build(tmp_path, "print_body", "int64(int64)")
    capfd.readouterr()
    in_process(C.print_body, (6,), 1)
    expected = capfd.readouterr().out
    assert expected.startswith("row 0 0.0\nrow 1 0.5\n")
    got = run(prog, (6,), 1)
    assert (got.returncode, got.stdout) == (0, expected + "6\n")
    two = run(prog, (6,), 2)
    assert two.returncode == 0 and sorted(two.stdout.splitlines()) == sorted((expected + "6\n").splitlines())


def test_zero_division_in_a_called_function(tmp_path):
    """A static exception raised by a function the prange body calls: exit
    1 with Numba's message, whichever thread raised it (Numba itself loses
    it when a worker thread raised; one thread shows what it raises)."""
    prog = build(tmp_path, "zero_div", "int64(int64[::1])")
    numba.set_num_threads(1)
    try:
        with pytest.raises(SystemError) as info:
            C.zero_div(np.array([1, 2, 0, 5]))
    finally:
        numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)
    cause = info.value.__context__
    for threads in (1, 2):
        got = run(prog, (np.array([1, 2, 0, 5]),), threads)
        assert (got.returncode, got.stderr) == (1, f"{type(cause).__name__}: {cause}\n")
        assert got.stdout == ""


def test_cache_true_function_builds_after_numba_cached_it(tmp_path):
    """parfors_cache_usecases are `cache=True`. One process runs
    cache_caller (Numba compiles and caches it); a second one loads it from
    Numba's cache, then builds it: the build still gets the assembly (the
    cache holds machine code only), as does a build in this process."""
    arr = POS.copy()
    expected = str(C.cache_caller(arr)) + "\n"
    env = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path / "numba-cache")}
    prelude = (f"import sys\nsys.path.insert(0, {str(CORPUS.parent)!r})\nimport numpy as np\n"
               "import parallel_corpus as C\nC.cache_caller(np.ones(3))\n")
    build_it = ("assert C.cache_caller.stats.cache_hits, 'not loaded from the cache'\n"
                "from asmsurgeon.api import build_executable\n"
                f"build_executable(C.cache_caller, {str(tmp_path / 'child')!r}, "
                "sigs=['float64[::1](float64[::1])'])\n")
    for script in (prelude, prelude + build_it):
        child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                               timeout=300, check=False)
        assert child.returncode == 0, child.stderr
    assert run(tmp_path / "child", (arr,), 2).stdout == expected
    prog = build(tmp_path, "cache_caller", "float64[::1](float64[::1])")
    assert run(prog, (arr,), 2).stdout == expected


def test_random_in_prange_draws_from_each_threads_state(tmp_path):
    """np.random in a prange body: each thread draws from its own state, as
    under Numba, whose states are not ours: the mean of many uniform draws
    is compared statistically, with 1, 2 and 3 threads."""
    prog = build(tmp_path, "random_mean", "float64(int64)")
    n = 200_000
    for threads in (1, 2, 3):
        got = run(prog, (n,), threads)
        assert got.returncode == 0, got.stderr
        assert abs(float(got.stdout) - 0.5) < 5 / np.sqrt(12 * n)
    assert abs(float(in_process(C.random_mean, (n,), 2)) - 0.5) < 5 / np.sqrt(12 * n)


@pytest.mark.parametrize("name,expected,sd", [("monte_carlo_pi", np.pi, 4 * np.sqrt(np.pi / 4 * (1 - np.pi / 4))),
                                               ("normal_mean", 2.0, 1.0)])
def test_random_estimates_match_within_five_standard_errors(tmp_path, name, expected, sd):
    """Monte-Carlo pi (two np.random.random draws per iteration, a
    conditional integer reduction) and the mean of np.random.normal(2, 1):
    within five standard errors of the true value, as Numba's estimate is."""
    prog = build(tmp_path, name, "float64(int64)")
    n = 200_000
    tol = 5 * sd / np.sqrt(n)
    for threads in (1, 2):
        got = run(prog, (n,), threads)
        assert got.returncode == 0, got.stderr
        assert abs(float(got.stdout) - expected) < tol
    assert abs(float(in_process(getattr(C, name), (n,), 2)) - expected) < tol


def test_raise_in_a_prange_body_exits_1_with_the_message(tmp_path):
    """A `raise` in the body makes Numba run the loop serially; the program
    prints what Numba raises, whatever the thread count."""
    prog = build(tmp_path, "raise_negative", "float64(float64[::1])")
    with pytest.raises(ValueError) as info:
        C.raise_negative(V - 200.0)
    for threads in (1, 2):
        got = run(prog, (V - 200.0,), threads)
        assert (got.returncode, got.stdout, got.stderr) == (1, "", f"ValueError: {info.value}\n")


def test_parallel_vectorize_ufunc_is_a_build_error(tmp_path):
    """`@vectorize(target="parallel")` makes a ufunc, not a dispatcher:
    refused at the file, exit 2, nothing written."""
    got = run_cli("build", f"{CORPUS}:vec_hypot", "--sig", "float64(float64, float64)", "-o", tmp_path / "p")
    err = got.stderr.decode()
    assert got.returncode == 2 and err.startswith(f"{CORPUS}:") and "vec_hypot is a ufunc" in err
    assert "Traceback" not in err and not (tmp_path / "p").exists()


def test_prange_step_numba_refuses_is_a_build_error(tmp_path):
    """`prange(n - 1, -1, -2)`: Numba's own error, at the loop's line, exit 2."""
    got = run_cli("build", f"{CORPUS}:stepped_prange", "--sig", "float64(int64)", "-o", tmp_path / "p")
    err = got.stderr.decode()
    assert got.returncode == 2 and "Only constant step size of 1 is supported for prange" in err
    assert "parallel_corpus.py:" in err and "Traceback" not in err and not (tmp_path / "p").exists()
