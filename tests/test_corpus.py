"""A corpus mixing the merged features: functions from numba.tests
modules and user-style code (print in loops, random with prange
reductions, arrays made in prange, complex arithmetic, tuples of arrays),
each built with `asmsurgeon build FILE.py:FUNC`, run, and its output
compared with the same call run by Numba in a subprocess (so print()
inside the function is captured too)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import run_cli

KERNELS = '''\
import numpy as np
from numba import njit, prange
from numba.tests.test_array_reductions import (array_sum, array_mean, array_argmin, array_var, array_prod,
                                               array_amax, array_cumsum)
from numba.tests.test_builtins import abs_usecase, divmod_usecase, pow_usecase, sum_usecase
from numba.tests.test_complex import mul_usecase, div_usecase, sqrt_usecase, exp_usecase, polar_usecase
from numba.tests.test_tuples import tuple_return_usecase

j_array_sum = njit(array_sum)
j_array_mean = njit(array_mean)
j_array_prod = njit(array_prod)
j_array_amax = njit(array_amax)
j_array_cumsum = njit(array_cumsum)
j_array_argmin = njit(array_argmin)
j_array_var = njit(array_var)
j_abs = njit(abs_usecase)
j_divmod = njit(divmod_usecase)
j_pow = njit(pow_usecase)
j_sum = njit(sum_usecase)
j_cmul = njit(mul_usecase)
j_cdiv = njit(div_usecase)
j_csqrt = njit(sqrt_usecase)
j_cexp = njit(exp_usecase)
j_polar = njit(polar_usecase)
j_tuple_return = njit(tuple_return_usecase)


@njit
def print_loop(n):
    total = 0.0
    for i in range(n):
        total += i / 3
        print("step", i, total, i % 2 == 0)
    return total


@njit
def _draws(n):
    # outside the parallel function: there Numba would draw in parallel,
    # from each thread's own generator
    np.random.seed(42)
    return np.random.random(n)


@njit(parallel=True)
def random_prange(n):
    draws = _draws(n)
    s = 0.0
    for i in prange(n):
        s += draws[i] * draws[i]
    return s


@njit(parallel=True)
def prange_array(n):
    out = np.empty(n)
    for i in prange(n):
        out[i] = np.sqrt(i) + 0.5 * i
    return out


@njit(parallel=True)
def prange_2d(a):
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        for j in range(a.shape[1]):
            out[i, j] = a[i, j] * (i + 1) - j
    return out


@njit
def complex_poly(z, n):
    acc = 0j
    for k in range(n):
        acc = acc * z + (k + 1j)
    return acc


@njit
def complex_array(n):
    a = np.arange(n) * (1 + 2j)
    return a * a.conjugate() - 1j


@njit
def tuple_of_arrays(n):
    a = np.arange(n)
    return a, a * 0.5


@njit
def array_and_total(n):
    a = np.arange(n) * 1.5
    return a, a.sum()


@njit
def stats(a):
    print("mean", a.mean(), "max", a.max())
    return a.std(), a.argmin()


@njit
def random_normal_sum(seed, n):
    np.random.seed(seed)
    s = 0.0
    for _ in range(n):
        s += np.random.normal(1.0, 2.0)
    return s


@njit
def print_tuple_loop(n):
    for i in range(n):
        print((i, i * 1.5), -i)
'''

A = "[[1.5, -2.0, 3.25], [4.0, 0.5, -6.0]]"
V = "[3.0, -1.0, 4.0, 1.0, -5.0, 9.0]"
CASES = [
    ("j_array_sum", "(float64[:, ::1],)", [A], f"np.array({A})"),
    ("j_array_mean", "(float64[::1],)", [V], f"np.array({V})"),
    ("j_array_prod", "(float64[:, ::1],)", [A], f"np.array({A})"),
    ("j_array_amax", "(float64[::1],)", [V], f"np.array({V})"),
    ("j_array_cumsum", "(float64[:, ::1],)", [A], f"np.array({A})"),
    ("j_array_argmin", "(float64[::1],)", [V], f"np.array({V})"),
    ("j_array_var", "(float64[::1],)", [V], f"np.array({V})"),
    ("j_abs", "(float64,)", ["-2.5"], "-2.5"),
    ("j_divmod", "(int64, int64)", ["17", "-5"], "17, -5"),
    ("j_pow", "(float64, float64)", ["1.5", "3.0"], "1.5, 3.0"),
    ("j_sum", "(float64[::1],)", [V], f"np.array({V})"),
    ("j_cmul", "(complex128, complex128)", ["1+2j", "3-1j"], "1+2j, 3-1j"),
    ("j_cdiv", "(complex128, complex128)", ["1+2j", "3-1j"], "1+2j, 3-1j"),
    ("j_csqrt", "(complex128,)", ["-4+0j"], "-4+0j"),
    ("j_cexp", "(complex128,)", ["0.5+1j"], "0.5+1j"),
    ("j_polar", "(complex128,)", ["1+1j"], "1+1j"),
    ("j_tuple_return", "(float64, int64)", ["2.5", "7"], "2.5, 7"),
    ("print_loop", "(int64,)", ["5"], "5"),
    ("random_prange", "(int64,)", ["100"], "100"),
    ("prange_array", "(int64,)", ["7"], "7"),
    ("prange_2d", "(float64[:, ::1],)", [A], f"np.array({A})"),
    ("complex_poly", "(complex128, int64)", ["0.5-1j", "6"], "0.5-1j, 6"),
    ("complex_array", "(int64,)", ["4"], "4"),
    ("tuple_of_arrays", "(int64,)", ["5"], "5"),
    ("array_and_total", "(int64,)", ["4"], "4"),
    ("stats", "(float64[::1],)", [V], f"np.array({V})"),
    ("random_normal_sum", "(int64, int64)", ["7", "20"], "7, 20"),
    ("print_tuple_loop", "(int64,)", ["3"], "3"),
]


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    (d / "kernels.py").write_text(KERNELS)
    return d / "kernels.py"


def numba_output(kernels, name: str, sig: str, args: str) -> bytes:
    script = (f"import sys\nsys.path.insert(0, {str(kernels.parent)!r})\nimport numpy as np\nimport kernels\n"
              f"f = kernels.{name}\nf.compile({sig!r})\nprint(f({args}))\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout


@pytest.mark.parametrize("name,sig,cli_args,py_args", CASES, ids=[c[0] for c in CASES])
def test_corpus_output_equals_numba(kernels, tmp_path, name, sig, cli_args, py_args):
    exe = tmp_path / name
    proc = run_cli("build", f"{kernels}:{name}", "--sig", sig, "-o", exe)
    assert proc.returncode == 0, proc.stderr.decode()
    got = subprocess.run([str(exe), *cli_args], capture_output=True)
    assert got.returncode == 0, got.stderr.decode()
    assert got.stdout == numba_output(kernels, name, sig, py_args)
