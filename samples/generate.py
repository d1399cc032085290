"""Regenerate the Numba samples: `python samples/generate.py` (from anywhere).

Each function is compiled with the installed numba and its assembly written
the way users do it, `for v in f.inspect_asm().values(): out.write(v)`, so a
function with two signatures gives a two-module file. Run as __main__ so the
mangled names read `_ZN8__main__...` like the original question's.
"""

import math
import os

import numpy as np
from numba import njit

OUT = os.path.dirname(os.path.abspath(__file__))


@njit(nogil=True)
def six():
    return 6


@njit
def add(a, b):
    return a + b


@njit
def floordiv(a, b):
    return a // b


@njit
def hypot(x, y):
    return math.sqrt(x * x + y * y)


@njit
def is_even(n):
    return n % 2 == 0


@njit
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


@njit
def mean(a):
    return a.sum() / a.size


@njit
def arange_sum(n):
    a = np.arange(n)
    return a.sum()


@njit
def check_positive(x):
    if x < 0:
        raise ValueError("x must be >= 0")
    return math.sqrt(x)


@njit
def scale32(x):
    return np.float32(x) * np.float32(1.5)


@njit
def divmod_(a, b):
    return a // b, a % b


@njit
def nothing(x):
    pass


# Return types for signature inference (`asmsurgeon symbols`): each boxes its
# result differently in the CPython wrapper.
@njit("int32(int32)")  # explicit: Numba would widen int32 * int32 to int64
def ret_int32(x):
    return x * np.int32(3)


@njit
def ret_uint64(x):
    return np.uint64(x) + np.uint64(1)


@njit
def ret_complex(x):
    return complex(x, -x)


@njit
def ret_mixed(n):
    return n + 1, n * 0.5


@njit
def ret_array(n):
    return np.arange(n) * 2.0


# Narrow integers and complex64: how the wrapper widens before boxing.
@njit(["int8(int8)", "int16(int16)", "uint8(uint8)", "uint16(uint16)", "uint32(uint32)",
       "complex64(complex64)"])
def ret_narrow(x):
    return x + x


def main(only=()):
    calls = [
        (six, ()),
        (add, (1, 2)), (add, (1.0, 2.0)),
        (floordiv, (7, 2)),
        (hypot, (3.0, 4.0)),
        (is_even, (4,)),
        (fact, (5,)),
        (mean, (np.arange(4.0),)),
        (arange_sum, (10,)),
        (check_positive, (4.0,)),
        (scale32, (np.float32(2.0),)),
        (divmod_, (7, 2)),
        (nothing, (1,)),
        (ret_int32, (np.int32(4),)),
        (ret_uint64, (4,)),
        (ret_complex, (2.0,)),
        (ret_mixed, (3,)),
        (ret_array, (3,)),
        (ret_narrow, (np.int8(1),)),
    ]
    if only:  # regenerate some samples only: `generate.py ret_int32 ...`
        calls = [(f, a) for f, a in calls if f.__name__ in only]
    for f, args in calls:
        f(*args)
    for f in {f for f, _ in calls}:
        name = f.__name__.rstrip("_")
        with open(os.path.join(OUT, f"numba_{name}.asm"), "w") as out:
            for v in f.inspect_asm().values():
                out.write(v)


if __name__ == "__main__":
    import sys

    if globals().get("_RELATIVE_NAME"):
        main(sys.argv[1:])
    else:
        # Numba pickles the defining file's path into its exception constants;
        # run this file again under its repository-relative name so that no
        # machine's path lands in a sample.
        with open(__file__) as f:
            code = compile(f.read(), "samples/generate.py", "exec")
        exec(code, {"__name__": "__main__", "__file__": __file__, "_RELATIVE_NAME": True})
