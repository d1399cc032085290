"""N-D arrays and complex numbers in and out of built programs: Numba's
own array functions (numba.tests.*) built with asmsurgeon, given N-D
arguments as Python literals, .npy files and standard input, and their
output compared byte for byte with what print() shows for the same call
run by Numba in-process."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from helpers import NUMBA_SRC
from numba import njit
from numba.tests.test_array_manipulation import expand_dims, numpy_argwhere, numpy_transpose_array, transpose_array
from numba.tests.test_array_reductions import array_all, array_argmax, array_mean, array_prod, array_std, array_sum, array_var
from numba.tests.test_np_functions import fliplr, flipud, np_cross, np_hanning, np_kaiser, roll, tri_n_m

import asmsurgeon

A2 = np.arange(12.0).reshape(3, 4) * 1.5 - 4
I2 = np.arange(12).reshape(3, 4)

CASES = [
    (transpose_array, (A2,), "(float64[:, ::1],)"),
    (numpy_transpose_array, (I2,), "(int64[:, ::1],)"),
    (expand_dims, (A2, 1), "(float64[:, ::1], int64)"),
    (numpy_argwhere, (I2 % 3,), "(int64[:, ::1],)"),
    (fliplr, (A2,), "(float64[:, ::1],)"),
    (flipud, (A2,), "(float64[:, ::1],)"),
    (tri_n_m, (4, 5), "(int64, int64)"),
    (roll, (I2, 2), "(int64[:, ::1], int64)"),
    (np_hanning, (7,), "(int64,)"),
    (np_kaiser, (6, 14.0), "(int64, float64)"),
    (np_cross, (np.array([[1.0, 2, 3]]), np.array([[4.0, 5, 6]])), "(float64[:, ::1], float64[:, ::1])"),
    (array_sum, (A2,), "(float64[:, ::1],)"),
    (array_mean, (A2,), "(float64[:, ::1],)"),
    (array_var, (A2,), "(float64[:, ::1],)"),
    (array_std, (A2,), "(float64[:, ::1],)"),
    (array_argmax, (I2,), "(int64[:, ::1],)"),
    (array_prod, (I2 + 1,), "(int64[:, ::1],)"),
    (array_all, (I2,), "(int64[:, ::1],)"),
]


def literal(v) -> str:
    return repr(v.tolist()) if isinstance(v, np.ndarray) else str(v)


def build(tmp_path, func, sig: str):
    out = tmp_path / func.__name__
    asmsurgeon.build_executable(njit(func), str(out), sigs=[sig])
    return out


def run(prog, *args, input=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(prog), *map(str, args)], capture_output=True, text=True, input=input)


@pytest.mark.parametrize("func,args,sig", CASES, ids=[c[0].__name__ for c in CASES])
def test_numba_array_functions_print_as_numpy(tmp_path, func, args, sig):
    prog = build(tmp_path, func, sig)
    expected = str(njit(func)(*args)) + "\n"
    r = run(prog, *map(literal, args))
    assert (r.returncode, r.stdout, r.stderr) == (0, expected, "")
    # The same arrays as .npy files, C and Fortran order alike.
    files = []
    for i, a in enumerate(args):
        if isinstance(a, np.ndarray):
            np.save(tmp_path / f"in{i}.npy", np.asfortranarray(a) if i % 2 else a)
            files.append(f"@{tmp_path / f'in{i}.npy'}")
        else:
            files.append(str(a))
    r = run(prog, *files)
    assert (r.returncode, r.stdout) == (0, expected)


KERNELS = (NUMBA_SRC / "array_kernels.py").read_text()


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    d = tmp_path_factory.mktemp("kernels")
    (d / "kern.py").write_text(KERNELS)
    return d / "kern.py"


def cli_build(kernels, tmp_path, func: str, sig: str):
    from helpers import run_cli

    out = tmp_path / func
    proc = run_cli("build", f"{kernels}:{func}", "--sig", sig, "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()
    return out


def test_layouts_dtypes_and_stdin(kernels, tmp_path):
    prog = cli_build(kernels, tmp_path, "scale", "(float32[::1, :], float32)")
    m = np.array([[1.5, 2], [3, 4.25], [1e-3, 7]], dtype=np.float32)
    expected = str(m * np.float32(2)) + "\n"
    assert run(prog, literal(m), 2).stdout == expected
    big = np.arange(40000, dtype=np.float32).reshape(200, 200)  # beyond the 128 KiB argv limit
    r = run(prog, "-", 1, input=literal(big))
    assert (r.returncode, r.stdout) == (0, str(big) + "\n")
    usage = run(prog).stderr.splitlines()[-1]
    assert "m:float32[::1, :] k:float32" in usage


def test_tuple_with_array_prints_repr_and_output_npy(kernels, tmp_path):
    prog = cli_build(kernels, tmp_path, "colsum", "(int32[:, :],)")
    m = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32)
    expected = KERNELS_NS["colsum"](m)
    assert run(prog, literal(m)).stdout == str(expected) + "\n"  # (array([5, 7, 9], dtype=int32), 2)
    out = tmp_path / "outdir"
    out.mkdir()
    r = run(prog, "--output", out, literal(m))
    assert r.returncode == 0, r.stderr
    np.testing.assert_array_equal(np.load(out / "0.npy"), expected[0])
    assert np.load(out / "0.npy").dtype == expected[0].dtype


def test_complex_arguments_and_results(kernels, tmp_path):
    prog = cli_build(kernels, tmp_path, "cmul", "(complex128, complex64)")
    for z, w in [("(1+2j)", "-4+0j"), ("1j", "1j"), ("-2.5", "(0-3j)"), ("1e3-1e-3j", "2")]:
        expected = np.complex128(complex(z)) * np.complex64(complex(w))
        assert run(prog, z, w).stdout == str(complex(expected)) + "\n"
    bad = run(prog, "1+j", "1")
    assert bad.returncode == 2 and "argument 1 (z): '1+j' is not a valid complex128" in bad.stderr
    arr = cli_build(kernels, tmp_path, "total", "(complex128[:, ::1],)")
    m = np.array([[1 + 2j, -1j], [3, 0.5 - 0.25j]])
    assert run(arr, literal(m)).stdout == str(m.sum()) + "\n"


@pytest.mark.parametrize("arg,message", [
    ("[[1, 2], [3]]", "the array is not rectangular: [1] has 1 items where others have 2"),
    ("[[1, 2], [3, x]]", "element [1, 1]: 'x' is not a valid float64"),
    ("[1, 2]", "expected a 2-D array, found the value '1' at element [0]"),
    ("1,2", "expected a 2-D array literal"),
    ("[[1, 2]", "missing ']'"),
])
def test_bad_array_arguments_name_the_parameter_and_element(kernels, tmp_path, arg, message):
    prog = cli_build(kernels, tmp_path, "total", "(float64[:, :],)")
    r = run(prog, arg)
    assert r.returncode == 2 and r.stdout == ""
    assert f"argument 1 (a): {message}" in r.stderr.splitlines()[0]


def test_npy_dtype_and_rank_must_fit(kernels, tmp_path):
    prog = cli_build(kernels, tmp_path, "total", "(float64[:, :],)")
    np.save(tmp_path / "i.npy", np.zeros((2, 2), dtype=np.int64))
    np.save(tmp_path / "r.npy", np.zeros(3))
    np.save(tmp_path / "ok.npy", np.arange(6.0).reshape(2, 3).astype(">f8"))  # big-endian is swapped
    assert "holds int64 values; the parameter is an array of float64" in run(prog, f"@{tmp_path / 'i.npy'}").stderr
    assert "holds a 1-D array; the parameter is 2-D" in run(prog, f"@{tmp_path / 'r.npy'}").stderr
    assert run(prog, f"@{tmp_path / 'ok.npy'}").stdout == "15.0\n"
    huge = "[[" + "1, " * 30000 + "y]]"
    r = run(prog, huge)
    assert r.returncode == 2 and len(r.stderr) < 400 and "element [0, 30000]: 'y'" in r.stderr


KERNELS_NS: dict = {}
exec(KERNELS, KERNELS_NS)


@pytest.mark.parametrize("version", [(1, 0), (2, 0), (3, 0)])
def test_npy_versions_in_and_one_file_out(kernels, tmp_path, version):
    prog = cli_build(kernels, tmp_path, "scale", "(int16[:, :, :], int16)")
    a = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
    with open(tmp_path / "a.npy", "wb") as f:
        np.lib.format.write_array(f, np.asfortranarray(a), version=version)
    r = run(prog, f"@{tmp_path / 'a.npy'}", 3)
    assert (r.returncode, r.stdout) == (0, str(a * np.int16(3)) + "\n")
    r = run(prog, f"--output={tmp_path / 'out.npy'}", f"@{tmp_path / 'a.npy'}", 3)
    assert (r.returncode, r.stdout) == (0, f"{tmp_path / 'out.npy'}\n")
    out = np.load(tmp_path / "out.npy")
    assert out.dtype == np.int16 and (out == a * 3).all()


@pytest.mark.parametrize("sig", ["(bool[:, ::1],)", "(int8[:, ::1],)", "(uint64[:, :],)", "(float32[:, ::1],)",
                                 "(float64[:, :, ::1],)", "(float64[::1, :],)", "(complex64[:, ::1],)",
                                 "(complex128[:],)"])
def test_random_arrays_round_trip(kernels, tmp_path, sig):
    """Random arrays of the parameter's dtype and rank, as literals, come
    back printed as NumPy prints them (including nan, inf, -0.0 and the
    widest integers)."""
    from test_ndprint import random_array

    prog = cli_build(kernels, tmp_path, "copy", sig)
    dtype = np.dtype(sig[1:sig.index("[")])
    ndim = sig[sig.index("["):sig.index("]")].count(",") + 1
    rng = np.random.default_rng(len(sig))
    done = 0
    while done < 25:
        a = random_array(rng)
        if a.dtype != dtype or a.ndim != ndim or a.size == 0:
            continue
        r = run(prog, "-", input=literal(a))
        assert (r.returncode, r.stdout) == (0, str(np.ascontiguousarray(a)) + "\n"), literal(a)
        done += 1


def _three_arrays(x, y):
    if x[0, 0] < 0:
        raise ValueError("negative corner")
    return x * 2.0, y + 1.0, x[0] > 0.5


def test_large_tuple_result_keeps_its_error_path(tmp_path):
    """A result of three arrays: LLVM schedules the wrapper's copies of it
    between the status test and the branch; the error path is still found
    (numba.tests.parfor_iss9490_usecase returns such a tuple)."""
    prog = build(tmp_path, _three_arrays, "(float64[:, ::1], float64[:, ::1])")
    ok = run(prog, literal(A2 + 5), literal(A2))
    assert (ok.returncode, ok.stdout) == (0, str(njit(_three_arrays)(A2 + 5, A2)) + "\n")
    bad = run(prog, literal(A2), literal(A2))
    assert (bad.returncode, bad.stderr) == (1, "ValueError: negative corner\n")
