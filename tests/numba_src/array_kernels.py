"""Kernels with array, tuple and complex parameters and results, built by
tests/test_arrays.py (programs) and tests/test_header_arrays.py (libraries)."""
import numpy as np
from numba import njit


@njit
def scale(m, k):
    return m * k


@njit
def stats(m):
    return m.sum(), m.shape[0], m[0, 0]


@njit
def split(m):
    return m[0].copy(), m.sum(axis=1)


@njit
def rot(z, w):
    return z * w


@njit
def rot32(z):
    return z * np.complex64(1j)


@njit
def triple(n):
    return n, n + 1, n + 2


@njit
def grid(n, m):
    out = np.empty((n, m))
    for i in range(n):
        for j in range(m):
            out[i, j] = (i * m + j) * 0.5
    return out


@njit
def colsum(m):
    return m.sum(axis=0), m.shape[0]


@njit
def cmul(z, w):
    return z * w


@njit
def total(a):
    return a.sum()


@njit
def copy(a):
    return a.copy()
