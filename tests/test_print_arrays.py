"""print() of NumPy arrays without Python: the dtype Numba boxes an array
with lives in the function's Environment, which the front end reads when
it compiles (FILE.py:FUNC); the runtime prints with ndprint.c. Each
program's stdout is compared byte for byte with the same function run by
Numba in a subprocess (captured at the file-descriptor level)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run_cli

from asmsurgeon.toolchain.tools import Toolchain

DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128", "bool_"]

# One function per dtype prints 1-D, 2-D (C, F and A layouts), 3-D, empty
# and 0-size arrays, and arrays inside tuples (repr); n % 4 == 0.
SHOW = '''
@njit
def show_{dt}(n):
    k = np.arange(n) - n // 3
    a = {make}
    b = a.reshape((2, -1))
    print(a)
    print(b)
    print("F", b.T, "A", b[:, ::2])
    print(a.reshape((2, 2, -1)))
    print(a[:0], b[:, :0], a.reshape((2, 2, -1))[:, :0])
    print((a[:3], 7), (b,))
'''


def _make(dt: str) -> str:
    """The values of show_<dt>: negative and positive, wrapping for the
    narrow integers; nan, -inf and -0.0 among the floats."""
    if dt == "bool_":
        return "k % 3 == 0"
    if dt.startswith("complex"):
        return f"(k * 0.25 + 1j * k[::-1] * 1e-3).astype(np.{dt})"
    if dt.startswith("float"):
        return f"np.where(k == 1 - n // 3, np.nan, np.where(k == 2 - n // 3, -np.inf, k * 0.37)).astype(np.{dt})"
    return f"(k * 37).astype(np.{dt})"


KERNELS = '''\
import numpy as np
from numba import njit, prange
from numba.tests.test_print import print_value

value = njit(print_value)
''' + "".join(SHOW.format(dt=dt, make=_make(dt)) for dt in DTYPES) + '''

@njit
def grid(n):
''' + "".join(f"    show_{dt}(n)\n" for dt in DTYPES) + '''

@njit
def floats(n):
    k = np.arange(n) - n // 2
    print(k * 1e10, k * 1e-7, k / 3.0)
    print(np.float32(1.0) / (np.arange(n) + 1).astype(np.float32))
    print(np.array([np.nan, np.inf, -np.inf, -0.0, 0.0]))
    print(np.array([1e16, 1.0]), np.array([0.5, 1e-5]))


@njit
def extras(n):
    a = np.arange(n * n).reshape((n, n))
    print(a)
    print(a[::-1, ::-3], a[1])
    print(np.array(2.5), (np.array(7),))
    print(np.arange(n, dtype=np.uint64) * np.uint64(2 ** 62))
    print(np.full(3, complex(np.nan, -np.inf)), np.zeros((0, 2, 0)))
    print((np.arange(n) > 3, np.arange(3.0)), [1][0])


@njit
def inner(x):
    print(x)


@njit
def inner_fn_print(n):
    # numba.tests.test_print.TestPrint.test_inner_fn_print
    inner(np.arange(n))
    inner('hello')


@njit
def in_loop(n):
    a = np.arange(n) * 0.5
    for i in range(n):
        a[i] = -a[i]
        print(i, a[: i + 1])
    return a.sum()


@njit(parallel=True)
def in_prange(n):
    for i in prange(2):
        a = np.arange(n) * (i + 1)
        if i == 1:
            print("region", a)


@njit
def parr(n):
    a = np.arange(n) * 0.5
    print(a)
    print("x", a.reshape((2, -1)), np.arange(n))
'''


@pytest.fixture(scope="module")
def kernels(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("kernels")
    (d / "arrays.py").write_text(KERNELS)
    return d / "arrays.py"


def numba_stdout(kernels: Path, call: str) -> bytes:
    """What the function prints when Numba runs it (fd-level capture)."""
    script = (f"import sys, numpy as np\nsys.path.insert(0, {str(kernels.parent)!r})\nfrom arrays import *\n"
              f"{call}\n")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout


def build(kernels: Path, name: str, sig: str, out: Path, *options) -> None:
    proc = run_cli("build", f"{kernels}:{name}", "--sig", sig, "-o", out, *options)
    assert proc.returncode == 0, proc.stderr.decode()


def run(exe: Path, *args, **kw) -> bytes:
    got = subprocess.run([str(exe), *map(str, args)], capture_output=True, **kw)
    assert got.returncode == 0, got.stderr.decode()
    assert got.stderr == b""
    return got.stdout


def test_the_issue_example_in_a_fat_build(kernels, tmp_path):
    exe = tmp_path / "parr"
    build(kernels, "parr", "void(int64)", exe)
    assert run(exe, 10) == numba_stdout(kernels, "parr(10)") + b"None\n"
    assert run(exe, 10).startswith(b"[0.  0.5 1.  1.5 2.  2.5 3.  3.5 4.  4.5]\nx [[0.  0.5 1.  1.5 2. ]\n")


@pytest.mark.parametrize("n", [12, 0, 4000])
def test_every_dtype_shape_and_layout_prints_as_numpy(kernels, tmp_path, n):
    exe = tmp_path / "grid"
    build(kernels, "grid", "void(int64)", exe, "--cpu", "host")
    got, want = run(exe, n).decode(), numba_stdout(kernels, f"grid({n})").decode() + "None\n"
    assert got.splitlines() == want.splitlines()
    assert got == want
    if n == 4000:  # NumPy's summary: 3 edge items around `...`
        assert " ... " in got and "shape=(2, 2000)" in got


def test_float_formats_nan_inf_and_negative_zero(kernels, tmp_path):
    exe = tmp_path / "floats"
    build(kernels, "floats", "void(int64)", exe, "--cpu", "host")
    for n in (1, 7, 2001):
        assert run(exe, n) == numba_stdout(kernels, f"floats({n})") + b"None\n"
    assert b"[ nan  inf -inf  -0.   0.]" in run(exe, 3)


def test_summarised_rows_negative_strides_and_zero_d_arrays(kernels, tmp_path):
    exe = tmp_path / "extras"
    build(kernels, "extras", "void(int64)", exe, "--cpu", "host")
    for n in (4, 45):
        assert run(exe, n) == numba_stdout(kernels, f"extras({n})") + b"None\n"


def test_numba_print_value_of_an_int32_array_argument(kernels, tmp_path):
    # numba.tests.test_print.TestPrint.test_print_values, the array case
    exe = tmp_path / "value"
    build(kernels, "value", "void(int32[::1])", exe, "--cpu", "host")
    assert run(exe, ",".join(map(str, range(10)))) == b"[0 1 2 3 4 5 6 7 8 9]\nNone\n"
    assert run(exe, ",".join(map(str, range(10)))) == \
        numba_stdout(kernels, "value(np.arange(10, dtype=np.int32))") + b"None\n"


def test_numba_inner_function_print_reads_its_own_environment(kernels, tmp_path):
    exe = tmp_path / "inner"
    build(kernels, "inner_fn_print", "void(int64)", exe, "--cpu", "host")
    assert run(exe, 5) == b"[0 1 2 3 4]\nhello\nNone\n"


def test_print_in_a_loop_and_in_a_prange_region(kernels, tmp_path):
    loop, region = tmp_path / "loop", tmp_path / "region"
    build(kernels, "in_loop", "float64(int64)", loop, "--cpu", "host")
    assert run(loop, 5) == numba_stdout(kernels, "print(in_loop(5))")
    build(kernels, "in_prange", "void(int64)", region, "--cpu", "host")
    env = dict(os.environ, NUMBA_NUM_THREADS="2")
    assert run(region, 4, env=env) == b"region [0 2 4 6]\nNone\n"
    assert run(region, 4, env=env) == numba_stdout(kernels, "in_prange(4)") + b"None\n"


ASAN_MAIN = r"""
#include <stdio.h>
double in_loop(long n);
int main(void)
{
    double total = 0;
    for (int k = 0; k < 200; k++)
        total += in_loop(30);
    fflush(stdout);
    fprintf(stderr, "total %g\n", total);
    return 0;
}
"""


@pytest.mark.parametrize("kind,lib", [("shared", "libloop.so"), ("static", "libloop.a")])
def test_array_prints_in_a_library_called_from_c_do_not_leak_under_asan(kernels, tmp_path, kind, lib):
    lib = tmp_path / lib
    build(kernels, "in_loop", "float64(int64)", lib, "--kind", kind, "--cpu", "host")
    main = tmp_path / "main.c"
    main.write_text(ASAN_MAIN)
    exe = tmp_path / "prog"
    Toolchain().cc(["-fsanitize=address", "-g", "-o", str(exe), str(main), str(lib), "-lm",
                    *([f"-Wl,-rpath,{tmp_path}"] if kind == "shared" else [])])
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:halt_on_error=1")
    got = subprocess.run([str(exe)], capture_output=True, env=env)
    assert got.returncode == 0, got.stderr.decode()[-3000:]
    once = numba_stdout(kernels, "in_loop(30)")
    assert got.stdout == once * 200
    assert got.stderr == b"total -43500\n"  # no LeakSanitizer report


def test_strip_wrapper_of_a_python_function_explains_each_array_print_site(kernels, tmp_path):
    proc = run_cli("strip-wrapper", f"{kernels}:parr", "--sig", "void(int64)", "--explain", "-o", tmp_path / "p.s")
    assert proc.returncode == 0, proc.stderr.decode()
    sites = [n for n in proc.stderr.decode().splitlines() if n.startswith("print: ")]
    arrays = [n for n in sites if n.endswith("-> asmsurgeon_box_array")]
    assert len(arrays) == 3 and len(sites) == 5, sites
    assert "(float64, 1-D)" in arrays[0] and "(float64, 2-D)" in arrays[1] and "(int64, 1-D)" in arrays[2]
    text = (tmp_path / "p.s").read_text()
    assert "asmsurgeon_box_array" in text and "NRT_adapt" not in text and "PyList_GetItem" not in text


@pytest.mark.parametrize("body,what", [
    ("print(np.zeros(n, dtype='datetime64[D]'))", "datetime64[D]"),
    ("print((np.zeros(n, dtype='timedelta64[ms]'), n))", "timedelta64[ms]"),
])
def test_arrays_of_other_dtypes_are_refused_naming_function_and_type(tmp_path, body, what):
    src = tmp_path / "k.py"
    src.write_text(f"import numpy as np\nfrom numba import njit\n\n@njit\ndef shows(n):\n    {body}\n")
    proc = run_cli("build", f"{src}:shows", "--sig", "void(int64)", "--cpu", "host", "-o", tmp_path / "x")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err, err
    assert err.startswith(f"{src}:5:1: error: ") and "shows" in err and what in err and "print() of an array" in err
    assert not (tmp_path / "x").exists()


def test_record_arrays_are_refused_naming_the_fields(tmp_path):
    src = tmp_path / "k.py"
    src.write_text("import numpy as np\nfrom numba import njit\n\n"
                   "REC = np.zeros(3, dtype=[('a', np.int64), ('b', np.float64)])\n\n"
                   "@njit\ndef records(n):\n    print(REC[:n])\n")
    proc = run_cli("build", f"{src}:records", "--sig", "void(int64)", "--cpu", "host", "-o", tmp_path / "x")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err, err
    assert "records" in err and "('a', '<i8')" in err and "print() of an array" in err
