"""math.c and arrays.c against Numba's own helpers, bit for bit: the
runtime's C files compiled into a shared object, Numba's helpers called at
the addresses its _helperlib registers (`_helperlib.c_helpers`), both
through ctypes, over thousands of inputs including the edge cases (signed
zeros, subnormals, infinities, NaN, poles of gamma, overflow)."""

from __future__ import annotations

import ctypes
import math
import random
import struct

import pytest

from asmsurgeon.toolchain import runtime
from asmsurgeon.toolchain.tools import Toolchain

EDGES = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 0.5, 1.0, -1.0, 1.5, 2.0, -2.5, 3.0,
         170.5, 171.7, 172.0, -171.5, 1e300, 1.7976931348623157e308, -1e-10, 1e-10, math.pi, -math.pi,
         math.inf, -math.inf, math.nan, -100.0, -3.0, 25.0]


def _inputs(n: int = 1500) -> list[float]:
    rng = random.Random(12)
    values = list(EDGES)
    for _ in range(n):
        values.append(rng.choice((-1, 1)) * 10.0 ** rng.uniform(-320, 308))
        values.append(rng.uniform(-200, 200))
    return values


VALUES = _inputs()


@pytest.fixture(scope="module")
def libs(tmp_path_factory):
    """(ours, numba's helper address table)."""
    from numba import _helperlib

    so = tmp_path_factory.mktemp("rtmath") / "librtmath.so"
    src = runtime.source_dir()
    Toolchain().cc([*runtime.CFLAGS, "-shared", "-o", str(so), str(src / "math.c"), str(src / "arrays.c"), "-lm"])
    return ctypes.CDLL(str(so)), _helperlib.c_helpers


def _pair(libs, name: str, restype, *argtypes):
    ours, theirs = libs
    proto = ctypes.CFUNCTYPE(restype, *argtypes)
    return proto(("numba_" + name, ours)), proto(theirs[name])


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or struct.pack("<d", a) == struct.pack("<d", b)


UNARY = ["gamma", "lgamma", "erf", "erfc", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan",
         "asinh", "acosh", "atanh", "exp", "expm1", "log", "log10", "log1p", "sqrt", "fabs", "floor", "ceil",
         "trunc", "round"]


@pytest.mark.parametrize("name", UNARY)
def test_unary_double_and_float_helpers_are_bit_identical(libs, name):
    ours, theirs = _pair(libs, name, ctypes.c_double, ctypes.c_double)
    assert [v for v in VALUES if not _same(ours(v), theirs(v))] == []
    ours_f, theirs_f = _pair(libs, name + "f", ctypes.c_float, ctypes.c_float)
    assert [v for v in VALUES[::7] if not _same(ours_f(v), theirs_f(v))] == []


@pytest.mark.parametrize("name", ["nextafter", "atan2", "pow", "fmod"])
def test_binary_helpers_are_bit_identical(libs, name):
    ours, theirs = _pair(libs, name, ctypes.c_double, ctypes.c_double, ctypes.c_double)
    pairs = list(zip(VALUES, reversed(VALUES)))[:1200] + [(x, y) for x in EDGES for y in EDGES]
    assert [p for p in pairs if not _same(ours(*p), theirs(*p))] == []


def test_frexp_and_ldexp_are_bit_identical(libs):
    ours, theirs = _pair(libs, "frexp", ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctypes.c_int))
    for v in VALUES:
        e1, e2 = ctypes.c_int(-7), ctypes.c_int(-7)
        assert _same(ours(v, ctypes.byref(e1)), theirs(v, ctypes.byref(e2))) and e1.value == e2.value, v
    ours, theirs = _pair(libs, "ldexp", ctypes.c_double, ctypes.c_double, ctypes.c_int)
    for v in VALUES[::5]:
        for e in (0, 1, -1, 52, -1074, 1100, -2000, 7):
            assert _same(ours(v, e), theirs(v, e)), (v, e)


class Complex(ctypes.Structure):
    _fields_ = [("real", ctypes.c_double), ("imag", ctypes.c_double)]


class Complex64(ctypes.Structure):
    _fields_ = [("real", ctypes.c_float), ("imag", ctypes.c_float)]


@pytest.mark.parametrize("name, struct_type", [("cpow", Complex), ("cpowf", Complex64)])
def test_complex_power_is_bit_identical(libs, name, struct_type):
    ptr = ctypes.POINTER(struct_type)
    ours, theirs = _pair(libs, name, None, ptr, ptr, ptr)
    parts = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.5, 3.75, 1e-3, 40.0, math.inf, math.nan]
    rng = random.Random(3)
    cases = [(a, b, c, d) for a in parts[:8] for b in parts[:6] for c in parts for d in parts[:6]]
    cases += [tuple(rng.uniform(-5, 5) for _ in range(4)) for _ in range(2000)]
    for a, b, c, d in cases:
        x, y = struct_type(a, b), struct_type(c, d)
        r1, r2 = struct_type(), struct_type()
        ours(ctypes.byref(x), ctypes.byref(y), ctypes.byref(r1))
        theirs(ctypes.byref(x), ctypes.byref(y), ctypes.byref(r2))
        assert _same(r1.real, r2.real) and _same(r1.imag, r2.imag), (a, b, c, d)


def test_zero_to_a_negative_or_complex_power_is_nan_as_numba_returns(libs):
    ptr = ctypes.POINTER(Complex)
    ours, _ = _pair(libs, "cpow", None, ptr, ptr, ptr)
    for exponent in (Complex(-1.0, 0.0), Complex(2.0, 1.0)):
        r = Complex()
        ours(ctypes.byref(Complex(0.0, 0.0)), ctypes.byref(exponent), ctypes.byref(r))
        assert math.isnan(r.real) and math.isnan(r.imag)


def test_integer_helpers_match(libs):
    i64, u64 = ctypes.c_int64, ctypes.c_uint64
    rng = random.Random(5)
    pairs = [(rng.randrange(-2**62, 2**62), rng.choice((1, -1)) * rng.randrange(1, 2**40)) for _ in range(500)]
    pairs += [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**63 - 1, 3)]
    for name, t in (("sdiv", i64), ("srem", i64)):
        ours, theirs = _pair(libs, name, t, t, t)
        assert [p for p in pairs if ours(*p) != theirs(*p)] == []
    for name in ("udiv", "urem"):
        ours, theirs = _pair(libs, name, u64, u64, u64)
        assert [p for p in pairs if ours(abs(p[0]), abs(p[1])) != theirs(abs(p[0]), abs(p[1]))] == []
    ours, theirs = _pair(libs, "fptoui", u64, ctypes.c_double)
    assert [v for v in (0.0, 1.5, -1.5, 1e18, -3e18, 12345.9) if ours(v) != theirs(v)] == []


def _shapes(rng: random.Random):
    """A shape, strides for it (C, F or a slice's), and a new shape of the
    same size, with axes of length 1 sprinkled in."""
    dims = [rng.choice((1, 1, 2, 3, 4, 6)) for _ in range(rng.randint(0, 5))]
    itemsize = rng.choice((1, 4, 8))
    order = rng.choice("CFS")
    strides, step = [0] * len(dims), itemsize * (rng.choice((1, 2)) if order == "S" else 1)
    for k in (range(len(dims) - 1, -1, -1) if order in "CS" else range(len(dims))):
        strides[k] = step
        step *= dims[k] * (rng.choice((1, 2)) if order == "S" else 1)
    size = math.prod(dims)
    new, left = [], size
    while left > 1 and len(new) < 5:
        f = rng.choice([d for d in (2, 3, 4, 6, left) if left % d == 0])
        new.append(f)
        left //= f
        if rng.random() < 0.3:
            new.insert(rng.randrange(len(new) + 1), 1)
    if left > 1 or rng.random() < 0.1:
        new.append(left if rng.random() < 0.9 else left + 1)  # sometimes a size that cannot match
    return dims, strides, new, itemsize


def test_nocopy_reshape_agrees_with_numba(libs):
    ours_lib, theirs_table = libs
    arr = ctypes.c_ssize_t * 8
    argtypes = (ctypes.c_ssize_t, arr, arr, ctypes.c_ssize_t, arr, arr, ctypes.c_ssize_t, ctypes.c_int)
    ours, theirs = _pair(libs, "attempt_nocopy_reshape", ctypes.c_int, *argtypes)
    rng = random.Random(8)
    for _ in range(4000):
        dims, strides, new, itemsize = _shapes(rng)
        zero = rng.random() < 0.05
        if zero:
            dims, new = [*dims, 0], [*new, 0]
            strides = [*strides, itemsize]
        for f_order in (0, 1):
            out1, out2 = arr(*[-1] * 8), arr(*[-1] * 8)
            r1 = ours(len(dims), arr(*dims), arr(*strides), len(new), arr(*new), out1, itemsize, f_order)
            r2 = theirs(len(dims), arr(*dims), arr(*strides), len(new), arr(*new), out2, itemsize, f_order)
            # A length-1 axis's stride never takes part in addressing (and
            # Numba's F-order code reads before its shape array for it).
            used = [k for k, d in enumerate(new) if d != 1]
            assert (r1, [out1[k] for k in used] if r1 else None) == (r2, [out2[k] for k in used] if r2 else None), \
                (dims, strides, new, itemsize, f_order)
