"""The runtime's array printer against NumPy's own print() and repr():
thousands of random arrays of every dtype Numba has and ranks 0 to 4,
with nan, inf, -0.0, huge, tiny and integral values, empty arrays and
arrays large enough to be summarized, loaded from .npy files (C and
Fortran order) by the runtime's argument parser."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from test_runtime import c_program, rt_objects  # noqa: F401  (fixture)

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def _floats(rng, n: int, dtype) -> np.ndarray:
    scale = 10.0 ** rng.integers(-12, 13)
    style = rng.integers(0, 6)
    if style == 0:
        v = rng.normal(size=n) * scale
    elif style == 1:
        v = rng.integers(-1000, 1000, size=n).astype(float)
    elif style == 2:
        v = rng.integers(-9, 10, size=n) / 4.0
    elif style == 3:
        v = rng.choice([0.0, -0.0, 1e-320, 5e-324, 1.7976931348623157e308, 1e16, 1e8, 99999999.5, 0.0001,
                        1e-5, 0.1, 1 / 3, 2 ** -9, 1e300, -1e-300, 123456789.0], size=n)
    elif style == 4:
        v = rng.uniform(-1, 1, size=n) * 10.0 ** rng.integers(-5, 9, size=n)
    else:
        v = np.round(rng.normal(size=n) * scale, int(rng.integers(0, 6)))
    if rng.random() < 0.3:
        v[rng.integers(0, n, size=max(1, n // 5))] = rng.choice([np.nan, np.inf, -np.inf, -0.0])
    with np.errstate(over="ignore"):
        return v.astype(dtype)


def random_array(rng) -> np.ndarray:
    dtype = np.dtype(DTYPES[rng.integers(len(DTYPES))])
    ndim = int(rng.choice([0, 1, 1, 1, 2, 2, 3, 4]))
    big = rng.random() < 0.08
    shape = tuple(int(rng.integers(0, 4 if ndim > 2 else 9) if not big else rng.integers(2, 40 if ndim > 1 else 3000))
                  for _ in range(ndim))
    n = int(np.prod(shape))
    if dtype.kind == "b":
        flat = rng.random(n) < 0.5
    elif dtype.kind in "iu":
        info = np.iinfo(dtype)
        hi = min(int(info.max), 10 ** int(rng.integers(1, 20)))
        lo = max(int(info.min), -hi) if dtype.kind == "i" else 0
        flat = rng.integers(lo, hi, size=n, dtype=dtype, endpoint=True)
    elif dtype.kind == "f":
        flat = _floats(rng, max(n, 1), dtype)[:n]
    else:
        part = np.float32 if dtype == np.complex64 else np.float64
        with np.errstate(invalid="ignore"):  # 1j * inf has a nan real part; NumPy's own arrays do the same
            flat = (_floats(rng, max(n, 1), part)[:n] + 1j * _floats(rng, max(n, 1), part)[:n]).astype(dtype)
    a = np.asarray(flat, dtype=dtype).reshape(shape)
    return np.asfortranarray(a) if rng.random() < 0.3 else a


@pytest.fixture(scope="module")
def driver(rt_objects, tmp_path_factory):  # noqa: F811
    return c_program(tmp_path_factory.mktemp("ndprint"), "ndprint_test.c", rt_objects)


def run_driver(driver, tmp_path, arrays, repr_: bool) -> list[str]:
    lines = []
    for i, a in enumerate(arrays):
        path = tmp_path / f"a{i}.npy"
        np.save(path, a)
        bits = 8 if a.dtype.kind == "b" else a.dtype.itemsize * 8
        lines.append(f"{a.dtype.kind} {bits} {a.ndim} {int(repr_)} {path}")
    out = subprocess.run([str(driver)], input="\n".join(lines).encode(), capture_output=True, check=True).stdout
    return out.decode().split("\n\0\n")[:-1]


@pytest.mark.parametrize("seed", range(6))
def test_print_matches_numpy(driver, tmp_path, seed):
    rng = np.random.default_rng(seed)
    arrays = [random_array(rng) for _ in range(600)]
    got = run_driver(driver, tmp_path, arrays, False)
    assert len(got) == len(arrays)
    bad = [(a.dtype, a.shape, str(a), g) for a, g in zip(arrays, got) if g != str(a)]
    assert not bad, f"{len(bad)} differ; first: {bad[0]}"


@pytest.mark.parametrize("seed", range(2))
def test_repr_matches_numpy(driver, tmp_path, seed):
    rng = np.random.default_rng(100 + seed)
    arrays = [random_array(rng) for _ in range(400)]
    got = run_driver(driver, tmp_path, arrays, True)
    bad = [(a.dtype, a.shape, repr(a), g) for a, g in zip(arrays, got) if g != repr(a)]
    assert not bad, f"{len(bad)} differ; first: {bad[0]}"


@pytest.mark.parametrize("a", [
    np.array([]), np.zeros((2, 0)), np.zeros((0, 3), dtype=np.int32), np.array(1.5), np.array(True),
    np.array([np.nan, -np.inf]), np.array([1e16, 1.0]), np.array([-0.0, 0.0]), np.float32([0.1, 0.3]),
    np.array([0.001953125, 1.0]), np.arange(2000.0).reshape(40, 50), np.array([1 + 2j, -0.5j]),
    np.array([[True, False], [False, False]]), np.array([np.iinfo(np.uint64).max], dtype=np.uint64),
])
def test_print_edge_cases(driver, tmp_path, a):
    assert run_driver(driver, tmp_path, [a, a], False) == [str(a), str(a)]
    assert run_driver(driver, tmp_path, [a], True) == [repr(a)]
