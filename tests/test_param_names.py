"""Python parameter names in usage lines and headers: real modules compiled
by numba through the real CLI (and the API), the programs run, and a C
program compiled against the generated header and run."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import run_cli

from asmsurgeon.asm.parser import parse
from asmsurgeon.frontend import compiler as frontend
from asmsurgeon.numba_abi.families import exports
from asmsurgeon.numba_abi.params import resolve, usable
from asmsurgeon.toolchain.tools import Toolchain

KERNELS = """\
import math
from numba import njit

@njit
def hypot(x, y):
    return math.sqrt(x * x + y * y)

@njit
def scaled_total(xs, scale):
    s = 0.0
    for v in xs:
        s += v
    return s * scale

@njit
def keywords(char, long, auto, register, signed, int):
    return char + long + auto + register + signed + int

@njit
def macros(x, errno, linux, I, NX, complex):
    return x + errno + linux + I + NX + complex

@njit
def clash(x, x_len):
    return x.size + x_len
"""

SIGS = {"hypot": "float64(float64, float64)", "scaled_total": "float64(float64[::1], float64)",
        "keywords": "int64(int64, int64, int64, int64, int64, int64)",
        "macros": "float64(float64, float64, float64, float64, float64, float64)",
        "clash": "int64(float64[::1], int64)"}

# The names a C program could have defined before the header: errno and I
# (complex.h) are macros, linux is one GCC predefines in GNU mode.
C_MAIN = r"""
#include <complex.h>
#include <errno.h>
#include <stdio.h>
#include "k.h"
int main(void) {
    double xs[] = {1, 2, 3.5};
    printf("%g %g %lld %g %lld\n", hypot_float64_float64(3, 4), scaled_total_ptr(xs, 3, 2.0),
           (long long)keywords(1, 2, 3, 4, 5, 6), macros(1, 2, 3, 4, 5, 6), (long long)clash_ptr(xs, 3, 4));
    return 0;
}
"""


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    path = tmp_path_factory.mktemp("names") / "kern.py"
    path.write_text(KERNELS)
    return path


def build(out, *args):
    proc = run_cli("build", *args, "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()
    return out


def usage(exe) -> str:
    run = subprocess.run([str(exe)], capture_output=True, text=True)
    assert run.returncode == 2
    return run.stderr.splitlines()[-1].removeprefix(f"usage: {exe} ")


def test_numba_gives_the_core_symbol_and_the_names(kernels):
    (compiled,) = frontend.compile_spec(f"{kernels}:scaled_total", [SIGS["scaled_total"]])
    assert compiled.params == ("xs", "scale")
    assert exports(parse(compiled.asm, "<k>"))["scaled_total"].core == compiled.core
    _, _, names, _ = frontend.compile_for_build([f"{kernels}:hypot"], [SIGS["hypot"]])
    assert list(names.values()) == [("x", "y")]


@pytest.mark.parametrize("func, expected", [
    ("hypot", "x:float64 y:float64"),
    ("scaled_total", "xs:float64[::1] scale:float64  (arrays: [[1, 2], [3, 4]], 1,2,3, @FILE.npy, or - for standard input)"),
    ("keywords", "ARG1:int64 ARG2:int64 ARG3:int64 ARG4:int64 ARG5:int64 ARG6:int64"),
    ("macros", "x:float64 ARG2:float64 ARG3:float64 ARG4:float64 ARG5:float64 ARG6:float64"),
    ("clash", "ARG1:float64[::1] ARG2:int64  (arrays: [[1, 2], [3, 4]], 1,2,3, @FILE.npy, or - for standard input)"),
])
def test_usage_line_names_the_parameters(kernels, tmp_path, func, expected):
    exe = build(tmp_path / func, f"{kernels}:{func}", "--sig", SIGS[func])
    assert usage(exe) == expected


def test_header_names_parameters_and_compiles(kernels, tmp_path):
    header, lib = tmp_path / "k.h", tmp_path / "libk.so"
    sigs = [a for f, s in SIGS.items() for a in ("--sig", f"{f}:{s}")]
    build(lib, f"{kernels}:{','.join(SIGS)}", *sigs, "--kind", "shared", "--header", header)
    protos = [line for line in header.read_text().splitlines()
              if line.startswith(("double ", "int64_t ", "static ")) and "asmsurgeon_impl" not in line]
    assert protos == [
        "int64_t clash(void *a1_meminfo, void *a1_parent, int64_t a1_nitems, int64_t a1_itemsize, "
        "double *a1_data, int64_t a1_shape0, int64_t a1_stride0, int64_t a2);",
        "static inline int64_t clash_array(const asmsurgeon_array *a1, int64_t a2)",
        "static inline int64_t clash_ptr(const double *a1, int64_t a1_len, int64_t a2)",
        "double hypot_float64_float64(double x, double y);",  # libm has hypot: the fallback name
        "int64_t keywords(int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5, int64_t a6);",
        "double macros(double x, double a2, double a3, double a4, double a5, double a6);",
        "double scaled_total(void *xs_meminfo, void *xs_parent, int64_t xs_nitems, int64_t xs_itemsize, "
        "double *xs_data, int64_t xs_shape0, int64_t xs_stride0, double scale);",
        "static inline double scaled_total_array(const asmsurgeon_array *xs, double scale)",
        "static inline double scaled_total_ptr(const double *xs, int64_t xs_len, double scale)",
    ]
    assert ("return scaled_total(0, 0, xs_len, (int64_t)sizeof(*xs), (double *)xs, xs_len, (int64_t)sizeof(*xs), "
            "scale);") in header.read_text()
    (tmp_path / "main.c").write_text(C_MAIN)
    exe = tmp_path / "prog"
    Toolchain().cc(["-Wall", "-Werror", "-o", str(exe), str(tmp_path / "main.c"), str(lib), "-lm",
                    f"-Wl,-rpath,{tmp_path}"])
    run = subprocess.run([str(exe)], capture_output=True, text=True)
    assert (run.returncode, run.stdout) == (0, "5 13 21 21 7\n")


def test_python_api_passes_the_names(kernels, tmp_path):
    code = ("import asmsurgeon, sys\nsys.path.insert(0, sys.argv[1])\nfrom kern import hypot\n"
            "asmsurgeon.build_executable(hypot, sys.argv[2], sigs=['float64(float64, float64)'],"
            " kind='static', header=sys.argv[3])\n")
    lib, header = tmp_path / "libhypot.a", tmp_path / "hypot.h"
    proc = subprocess.run([sys.executable, "-c", code, str(kernels.parent), str(lib), str(header)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "\ndouble hypot_float64_float64(double x, double y);\n" in header.read_text()


@pytest.mark.parametrize("name", ["x", "xs", "N", "scale_2", "_x", "main"])
def test_usable_names(name):
    assert usable(name)


@pytest.mark.parametrize("name", ["char", "signed", "class", "xor", "errno", "linux", "I", "NX", "INT64_MAX",
                                  "size_t", "__x", "_X", "asmsurgeon_raise", "é", "bool", "true"])
def test_unusable_names(name):
    assert not usable(name)


def test_collisions_fall_back_for_the_whole_function():
    arr = "array(float64, 1d, C)"
    assert resolve(("xs", "n"), (arr, "int64"), "f") == ["xs", "n"]
    assert resolve(("xs", "xs_data"), (arr, "int64"), "f") == [None, None]
    assert resolve(("a2", "char"), ("int64", "int64"), "f") == [None, None]  # char's a2 meets a2
    assert resolve(("f", "y"), ("int64", "int64"), "f") == [None, "y"]  # the shim calls f
    assert resolve(("x",), ("int64", "int64"), "f") == [None, None]  # a --sig of another arity
    assert resolve(None, ("int64",), "f") == [None]
