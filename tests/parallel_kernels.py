"""prange kernels for tests/test_parallel.py: Numba's own test functions
compiled with parallel=True (their array expressions and reductions
become parallel regions) and loops written for one feature each."""

import importlib.util
import math
from pathlib import Path

import numba
import numpy as np
from numba import njit, parallel_chunksize, prange
from numba.tests.test_array_reductions import (
    array_max,
    array_mean,
    array_min,
    array_prod,
    array_sum,
)
from numba.tests.test_parfors import blackscholes_impl

# The parallel benchmark's kernel, from benchmarks/bench_kernels.py (loaded by
# path: the benchmarks' directory on sys.path would shadow other modules).
_spec = importlib.util.spec_from_file_location(
    "bench_kernels", Path(__file__).resolve().parent.parent / "benchmarks" / "bench_kernels.py")
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)
mandelbrot = _bench.mandelbrot

par = njit(parallel=True)

# Numba's functions, made parallel.
sum_ = par(array_sum)
prod_ = par(array_prod)
min_ = par(array_min)
max_ = par(array_max)
mean_ = par(array_mean)
_blackscholes = par(blackscholes_impl)


@par
def blackscholes(a):
    return _blackscholes(a + 10.0, a + 9.0, 0.02, 0.3, a * 0.01 + 0.5).sum()


@par
def add_reduce(n):
    s = 0
    for i in prange(n):
        s += i * i - 3 * i
    return s


@par
def mul_reduce(a):
    p = 1.0
    for i in prange(a.shape[0]):
        p *= a[i]
    return p


@par
def min_max(a):
    lo = np.inf
    hi = -np.inf
    for i in prange(a.size):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return hi * 1000.0 + lo


@par
def written_then_reduced(a):
    out = np.empty_like(a)
    for i in prange(a.size):
        out[i] = math.sqrt(abs(a[i])) * 2.0 + i
    return out.sum()


@par
def grid_sum(a, rows):
    # A 2-D iteration space over a 1-D array (reshape needs the runtime's
    # numba_attempt_nocopy_reshape, which is another branch's).
    cols = a.size // rows
    s = 0.0
    for i in prange(rows):
        for j in prange(cols):
            s += a[i * cols + j] * (i + 1) - j
    return s


@par
def histogram(a, nbins):
    counts = np.zeros(nbins, np.int64)
    for b in prange(nbins):
        c = 0
        for x in a:
            if int(x) % nbins == b:
                c += 1
        counts[b] = c
    return (counts * np.arange(1, nbins + 1)).sum()


@par
def exact_sum(a):
    s = 0.0
    for i in prange(a.size):
        s += a[i]
    return s


@par
def harmonic(n):
    s = 0.0
    for i in prange(n):
        s += 1.0 / (i + 1)
    return s


@par
def squares(n):
    return (np.arange(n) ** 2).sum()


@njit
def _checked(x):
    if x < 0:
        raise ValueError("negative value")
    return x


@par
def checked_sum(a):
    s = 0.0
    for i in prange(a.size):
        s += _checked(a[i])
    return s


@njit
def _checked_at(x, i):
    if x < 0:
        raise ValueError("bad value", i)
    return x


@par
def checked_at(a):
    # The body inline in the region: its error path fills the template.
    s = 0.0
    for i in prange(a.size):
        s += _checked_at(a[i], i)
    return s


@par
def grid_checked_at(a, rows):
    # Nested prange: the region keeps its body in a function of its own.
    cols = a.size // rows
    s = 0.0
    for i in prange(rows):
        for j in prange(cols):
            s += _checked_at(a[i * cols + j], i * cols + j)
    return s


@par
def chunked(n):
    s = 0.0
    with parallel_chunksize(7):
        for i in prange(n):
            s += 1.0 / (i + 1)
    return s


@par
def thread_ids(n):
    ids = np.zeros(n, np.int64)
    for i in prange(n):
        ids[i] = numba.get_thread_id()
    return ids.max() * 1000 + ids[0] * 100 + ids[n - 1]


@par
def one_thread(n):
    numba.set_num_threads(1)
    ids = np.zeros(n, np.int64)
    for i in prange(n):
        ids[i] = numba.get_thread_id() + 1
    return ids.sum()
