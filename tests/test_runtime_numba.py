"""Numba's own test-suite functions (numba.tests.test_array_reductions,
test_np_functions, test_mathlib, test_builtins) built into standalone
programs with `asmsurgeon build FILE.py:FUNC`, run, and compared with the
same functions run by Numba in-process: the printed result must be the
repr of Numba's, so floats agree to the last bit.

They exercise the runtime families this project provides: NRT (arrays,
lists, sets built and freed inside the function), math.c (numba_gamma,
cpow, frexp/ldexp, nextafter...) and arrays.c (the no-copy reshape behind
ravel, a.max(), np.median). Functions whose result is an array are wrapped
in a kernel that folds the array into one order-sensitive number, as
programs print scalars.
"""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys

import pytest

from asmsurgeon import api

KERNELS = '''
import math
import numpy as np
from numba import njit
from numba.tests import test_array_reductions as R, test_np_functions as F, test_mathlib as M, test_builtins as B

@njit
def fold(r):
    """An order-sensitive checksum of an array result."""
    s = 0.0
    for i, v in enumerate(r.ravel()):
        s += (i + 1) * v
    return s + r.size * 1000.0

# Reductions returning scalars, straight from Numba's tests.
array_sum = njit(R.array_sum)
array_prod = njit(R.array_prod)
array_mean = njit(R.array_mean)
array_var = njit(R.array_var)
array_std = njit(R.array_std)
array_min = njit(R.array_min)
array_max = njit(R.array_max)
array_amax = njit(R.array_amax)
array_argmin = njit(R.array_argmin)
array_argmax_global = njit(R.array_argmax_global)
array_median_global = njit(R.array_median_global)
array_nanmin = njit(R.array_nanmin)
array_nanmax = njit(R.array_nanmax)
array_nanmean = njit(R.array_nanmean)
array_nansum = njit(R.array_nansum)
array_nanstd = njit(R.array_nanstd)
array_nanvar = njit(R.array_nanvar)
array_nanmedian_global = njit(R.array_nanmedian_global)
array_percentile_global = njit(R.array_percentile_global)
array_nanpercentile_global = njit(R.array_nanpercentile_global)
array_quantile_global = njit(R.array_quantile_global)
array_ptp_global = njit(R.array_ptp_global)
array_all = njit(R.array_all)
array_any = njit(R.array_any)
searchsorted = njit(F.searchsorted)
interp = njit(F.interp)
array_contains = njit(F.array_contains)
sinc = njit(F.sinc)

frexp_ldexp_roundtrip = njit(M.frexp_ldexp_roundtrip)
round_usecase1 = njit(B.round_usecase1)
pow_usecase = njit(B.pow_usecase)
max_usecase1 = njit(B.max_usecase1)
abs_usecase = njit(B.abs_usecase)

_frexp = njit(M.frexp)
_pow_op = njit(B.pow_op_usecase)
_sum = njit(B.sum_usecase)

@njit
def frexp_mantissa(x):
    return _frexp(x)[0] * 4096.0 + _frexp(x)[1]

@njit
def cpow(ar, ai, br, bi):
    return _pow_op(complex(ar, ai), complex(br, bi))

@njit
def cpow32(ar, ai, br, bi):
    return _pow_op(np.complex64(complex(ar, ai)), np.complex64(complex(br, bi)))

@njit
def list_sum(n):
    return _sum([i * 0.5 for i in range(n)])

# Array results (np.sort, argsort, cumsum, unique, concatenate, where,
# reshape, ravel, ...), folded into one number.
_partition = njit(F.partition)

@njit
def partition_kth(a, k):
    return _partition(a, k)[k]

@njit
def sort_second_largest(a):
    return np.sort(a)[-2]

@njit
def argsort(a):
    return fold(np.argsort(a) * 1.0)

@njit
def argsort_mergesort(a):
    return fold(np.argsort(a, kind="mergesort") * 1.0)

@njit
def unique(a):
    return fold(np.unique(a))

@njit
def concatenate(a, b):
    return fold(np.concatenate((a, b, a)))

@njit
def where(a, t):
    return fold(np.where(a > t, a, -a))

@njit
def reshape_ravel(a):
    m = a.reshape((2, a.size // 2))
    return fold(m.T.ravel()) + m[1, 0]

@njit
def reshape_transposed(a):
    """Numba refuses to copy here (NotImplementedError): the no-copy test
    must say no exactly where NumPy's does."""
    return fold(a.reshape((2, a.size // 2)).T.reshape(a.size))

@njit
def strided_max(a):
    return a[::2].max() + a[1::3].min()

@njit
def list_append(n):
    xs = [0.0] * n
    for i in range(n):
        xs.append(math.sqrt(i))
    return sum(xs) + len(xs)

@njit
def set_count(a):
    s = set()
    for v in a:
        s.add(v)
    return len(s)

@njit
def string_repeat(n):
    return len("ab" * n)
'''

# Math, scalar in, scalar out. The kernels get names of their own (t_*): a
# C function named `lgamma` would be the libm function its code calls.
MATH = {"gamma": "x", "lgamma": "x", "erf": "x", "erfc": "x", "log1p": "x", "expm1": "x", "nextafter": "x, y",
        "ldexp": "x, e", "hypot": "x, y", "atan2": "y, x", "pow": "x, y", "gcd": "x, y"}
KERNELS += "".join(f"\n_{n} = njit(M.{n})\n\n@njit\ndef t_{n}({p}):\n    return _{n}({p})\n" for n, p in MATH.items())

# Functions of Numba's tests returning arrays: kernel name -> (function, parameters).
FOLDED = {"cumsum": ("R.array_cumsum", "a"), "cumprod": ("R.array_cumprod", "a"),
          "nancumsum": ("R.array_nancumsum", "a"), "diff1": ("F.diff1", "a"), "flip": ("F.flip", "a"),
          "roll": ("F.roll", "a, k"), "repeat": ("F.np_repeat", "a, k"), "union1d": ("F.np_union1d", "a, b"),
          "delete": ("F.delete", "a, k")}
KERNELS += "".join(f"\n_{n} = njit({f})\n\n@njit\ndef {n}({p}):\n    return fold(_{n}({p}))\n"
                   for n, (f, p) in FOLDED.items())

F64 = "float64[::1]"
ARR = [3.5, -1.25, 7.0, 0.5, 2.0, 9.75, -4.0, 2.0]
NANS = [1.5, float("nan"), -2.0, 4.25, float("nan"), 0.75]
INTS = [5, 3, 9, 3, 1, 8, 5, 2]
SMALL = [1.5, 0.5, 2.0, 1.25, 0.75, 3.0]

# (function, signature, arguments)
CASES = [
    *[(f, f"({F64},)", [ARR]) for f in (
        "array_sum", "array_mean", "array_var", "array_std", "array_min", "array_max", "array_amax",
        "array_argmin", "array_argmax_global", "array_median_global", "array_ptp_global", "array_all",
        "array_any", "cumsum", "diff1", "flip", "sort_second_largest", "argsort", "argsort_mergesort",
        "unique", "reshape_ravel", "reshape_transposed", "strided_max")],
    ("array_prod", f"({F64},)", [SMALL]),
    ("cumprod", f"({F64},)", [SMALL]),
    ("array_median_global", f"({F64},)", [ARR[:7]]),
    *[(f, f"({F64},)", [NANS]) for f in (
        "array_nanmin", "array_nanmax", "array_nanmean", "array_nansum", "array_nanstd", "array_nanvar",
        "array_nanmedian_global", "nancumsum")],
    ("array_percentile_global", f"({F64}, float64)", [ARR, 37.5]),
    ("array_nanpercentile_global", f"({F64}, float64)", [NANS, 80.0]),
    ("array_quantile_global", f"({F64}, float64)", [ARR, 0.3]),
    ("searchsorted", f"({F64}, float64)", [sorted(ARR), 2.0]),
    ("interp", f"(float64, {F64}, {F64})", [1.7, sorted(SMALL), ARR[:6]]),
    ("array_contains", f"({F64}, float64)", [ARR, 9.75]),
    ("roll", f"({F64}, int64)", [ARR, 3]),
    ("repeat", "(int64[::1], int64)", [INTS, 3]),
    ("partition_kth", "(int64[::1], int64)", [INTS, 4]),
    ("union1d", "(int64[::1], int64[::1])", [INTS, [4, 9, 11]]),
    ("delete", "(int64[::1], int64)", [INTS, 2]),
    ("unique", "(int64[::1],)", [INTS]),
    ("set_count", "(int64[::1],)", [INTS]),
    ("concatenate", f"({F64}, {F64})", [ARR, SMALL]),
    ("where", f"({F64}, float64)", [ARR, 1.0]),
    ("sinc", "(float64,)", [0.3]),
    ("list_append", "(int64,)", [50]),
    ("list_sum", "(int64,)", [33]),
    ("string_repeat", "(int64,)", [21]),
    *[("t_gamma", "(float64,)", [x]) for x in (0.5, 4.0, 171.5, -2.5, 1e-300)],
    *[("t_lgamma", "(float64,)", [x]) for x in (0.5, 1e6, -2.5)],
    *[(f, "(float64,)", [x]) for f in ("t_erf", "t_erfc", "t_log1p", "t_expm1") for x in (0.3, -2.75, 1e-10)],
    ("t_nextafter", "(float64, float64)", [1.0, 2.0]),
    ("t_nextafter", "(float64, float64)", [0.0, -1.0]),
    *[("t_ldexp", "(float64, int32)", [x, e]) for x, e in ((0.75, 10), (1e-310, 5), (3.0, -1080), (0.0, 7))],
    *[("frexp_mantissa", "(float64,)", [x]) for x in (12.5, 5e-324, -0.0, 1e308)],
    ("frexp_ldexp_roundtrip", "(float64,)", [123.456]),
    ("t_hypot", "(float64, float64)", [3e200, 4e200]),
    ("t_atan2", "(float64, float64)", [-0.5, -2.0]),
    ("t_pow", "(float64, float64)", [2.5, 3.25]),
    ("t_gcd", "(int64, int64)", [462, 1071]),
    *[("round_usecase1", "(float64,)", [x]) for x in (2.5, 3.5, -0.5)],
    ("pow_usecase", "(int64, int64)", [3, 13]),
    ("max_usecase1", "(float64, float64)", [1.5, -3.0]),
    ("abs_usecase", "(int64,)", [-42]),
    *[("cpow", "(float64, float64, float64, float64)", a) for a in (
        [1.5, -0.5, 2.5, 0.75], [0.0, 0.0, -1.0, 0.0], [0.0, 0.0, 2.5, 0.0], [-2.0, 0.0, 0.5, 0.0],
        [3.0, 4.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0], [1e-3, 2.0, -3.5, 1.5])],
    ("cpow32", "(float64, float64, float64, float64)", [1.5, -0.5, 2.5, 0.75]),
]


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    path = tmp_path_factory.mktemp("kernels") / "rt_kernels.py"
    path.write_text(KERNELS)
    spec = importlib.util.spec_from_file_location("rt_kernels", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["rt_kernels"] = module
    spec.loader.exec_module(module)
    return path, module


def argument(value) -> str:
    if isinstance(value, list):
        return ",".join(argument(v) for v in value)
    return repr(value)


def expected(func, args) -> tuple[int, str, str]:
    """What the program must do: (status, stdout, stderr) as Numba's result
    or exception would be printed."""
    import numpy as np

    try:
        value = func(*[np.array(a) if isinstance(a, list) else a for a in args])
    except Exception as e:  # noqa: BLE001 (Numba raised: the program prints it and exits 1)
        return 1, "", f"{type(e).__name__}: {e}\n"
    if isinstance(value, tuple):
        return 0, repr(tuple(v.item() if hasattr(v, "item") else v for v in value)) + "\n", ""
    return 0, repr(value.item() if hasattr(value, "item") else value) + "\n", ""


def build(path, name, sig, exe, **options):
    api.build_executable(f"{path}:{name}", str(exe), sigs=[sig], **options)
    return exe


@pytest.mark.parametrize("name, sig, args", CASES, ids=lambda v: v if isinstance(v, str) and "(" not in v else "")
def test_numba_test_suite_function_matches_numba(kernels, tmp_path, name, sig, args):
    path, module = kernels
    exe = build(path, name, sig, tmp_path / name)
    run = subprocess.run([exe, *map(argument, args)], check=False, capture_output=True, text=True)
    assert (run.returncode, run.stdout, run.stderr) == expected(getattr(module, name), args)


def test_cpow_of_zero_to_a_negative_power_is_nan_as_in_numba(kernels):
    _, module = kernels
    value = module.cpow(0.0, 0.0, -1.0, 0.0)
    assert math.isnan(value.real) and math.isnan(value.imag)  # what the compiled program printed above
