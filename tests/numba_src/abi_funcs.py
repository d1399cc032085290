"""Functions compiled by tests/test_build.py to check the C ABI of Numba's
C wrappers end to end. Run as __main__ (argument: output directory) so the
symbols read `_ZN8__main__...`; each function's assembly goes to NAME.asm
(and, with several signatures, each module to NAME.0.asm, NAME.1.asm...).
None of these can raise, so their C wrappers have no error path and they
build before strip-wrapper's error-path rewrite is in place."""

import math
import os
import sys

import numpy as np
from numba import njit

SIGS = {
    "total": ["float64(float64[::1])", "int64(int64[::1])"],
    "count_true": ["int64(boolean[::1])"],
    "swap": ["UniTuple(int64, 2)(int64, int64)"],
    "triple": ["UniTuple(int64, 3)(int64)"],
    "five": ["UniTuple(int64, 5)(int64)"],
    "pairf": ["Tuple((int64, float64))(int64, float64)"],
    "trio": ["UniTuple(float64, 3)(float64)"],
    "cplx": ["complex128(float64, float64)"],
    "cplx32": ["complex64(float32, float32)"],
    "xor": ["boolean(boolean, boolean)"],
    "narrow": ["int32(int8, int16, uint8, uint16, uint32)"],
    "wrap8": ["uint8(uint8)"],
    "neg32": ["int32(int32)"],
    "many": ["float64(int64, float64, int64, float64, int64, float64, int64, float64, int64, "
             "float64, int64, float64, int64, float64, int64, float64, int64, float64)"],
    "dot": ["float32(float32[::1], float32[::1], int64)"],
    "half": ["float32(float32)"],
    "ident": ["float64(float64)"],
    "big": ["uint64(uint64)"],
    "sine": ["float64(float64)"],
    "quad": ["UniTuple(int64, 4)(int64)"],
    "mix13": ["Tuple((int64, float64, float64, float64))(int64)"],
    "mix34": ["Tuple((int64, int64, int64, float64, float64, float64, float64))(int64)"],
    "flag": ["Tuple((boolean, int64))(int64)"],
    "nest": ["Tuple((int64, UniTuple(float64, 2)))(int64)"],
}


def total(a):
    s = a[0] - a[0] if a.size else 0
    for x in a:
        s += x
    return s


def count_true(a):
    n = 0
    for x in a:
        n += x
    return n


def swap(a, b):
    return b, a


def triple(a):
    return a, a + 1, a + 2


def five(a):
    return a, a + 1, a + 2, a + 3, a + 4


def pairf(a, b):
    return a + 1, b * 2.0


def trio(x):
    return x, x + 1.0, x + 2.0


def cplx(x, y):
    return complex(x, y)


def cplx32(x, y):
    return np.complex64(complex(x, y))


def xor(a, b):
    return a != b


def narrow(a, b, c, d, e):
    return np.int32(a + b + c + d + e)


def wrap8(x):
    return x + np.uint8(1)


def neg32(x):
    return -x


def many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):  # noqa: E741 (eighteen in a row)
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k \
        + 12 * l + 13 * m + 14 * n + 15 * o + 16 * p + 17 * q + 18 * r


def dot(a, b, n):
    s = np.float32(0)
    for i in range(n):
        s += a[i] * b[i]
    return s


def half(x):
    return x / np.float32(2)


def ident(x):
    return x


def big(x):
    return x


def sine(x):
    return math.sin(x)


def quad(a):
    return a, a + 1, a + 2, a + 3


def mix13(a):
    return a, a + 0.5, a + 1.5, a + 2.5


def mix34(a):
    return a, a + 1, a + 2, a + 0.5, a + 1.5, a + 2.5, a + 3.5


def flag(a):
    return a > 0, a


def nest(a):
    return a, (a / 2, a / 4)


if __name__ == "__main__":
    out = sys.argv[1]
    for name, sigs in SIGS.items():
        f = njit(sigs)(globals()[name])
        texts = list(f.inspect_asm().values())
        with open(os.path.join(out, f"{name}.asm"), "w") as fh:
            fh.write("".join(texts))
        if len(texts) > 1:  # one module per file as well: NAME.0.asm, ...
            for i, text in enumerate(texts):
                with open(os.path.join(out, f"{name}.{i}.asm"), "w") as fh:
                    fh.write(text)
