"""Libraries with arrays, tuples and complex numbers, used from C and C++
through the generated headers: 2-D arrays in and out (asmsurgeon_array
and the contiguous NAME_ptr shims), tuple results (including those LLVM
returns in registers C cannot read, through NAME_into), complex results,
two headers in one program; compiled with -std=c99 -pedantic -Werror and
as C++17, run under AddressSanitizer (which also checks for leaks)."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
from helpers import NUMBA_SRC, SAMPLES, run_cli

from asmsurgeon.pipeline.header import guard_for
from asmsurgeon.toolchain.tools import Toolchain

KERNELS = (NUMBA_SRC / "array_kernels.py").read_text()

SIGS = {"scale": "(float64[:, :], float64)", "stats": "(float64[:, ::1],)", "split": "(float64[:, ::1],)",
        "rot": "(complex128, complex128)", "rot32": "(complex64,)", "triple": "(int64,)", "grid": "(int64, int64)"}

OTHER = (NUMBA_SRC / "twice.py").read_text()

MAIN = r"""
#include <stdio.h>
#include "kern.h"
#include "other.h"
#include "kern.h"

static void show(const char *what, asmsurgeon_array *a)
{
    const double *d = (const double *)a->data;
    int64_t i, n = 1;
    printf("%s", what);
    for (i = 0; i < a->ndim; i++) {
        printf(" %lld", (long long)a->shape[i]);
        n *= a->shape[i];
    }
    printf(" :");
    for (i = 0; i < n; i++) /* results are C-contiguous */
        printf(" %g", d[i]);
    printf("\n");
    asmsurgeon_array_release(a);
}

int main(void)
{
    double data[6] = {1, 2, 3, 4, 5, 6.5};
    int64_t shape[2] = {3, 2}, strides[2] = {8, 24}; /* a Fortran-order view */
    asmsurgeon_array view = {data, shape, strides, 8, 2, NULL};
    asmsurgeon_array s = scale_ptr(data, 2, 3, 2.0);
    show("scale_ptr", &s);
    s = scale_array(&view, 10.0);
    show("scale_array", &s);
    s = grid_array(2, 3);
    show("grid", &s);
    stats_result st = stats_ptr(data, 2, 3);
    printf("stats %g %lld %g\n", st.f0, (long long)st.f1, st.f2);
    split_result sp = split_ptr(data, 2, 3);
    show("split.f0", &sp.f0);
    show("split.f1", &sp.f1);
    triple_result t = triple_array(40);
    printf("triple %lld %lld %lld\n", (long long)t.f0, (long long)t.f1, (long long)t.f2);
    asmsurgeon_complex128 a = {1, 2}, b = {0.5, -1};
    asmsurgeon_complex128 c = rot_array(a, b);
    asmsurgeon_complex64 f = {1, 2};
    asmsurgeon_complex64 g = rot32_array(f);
    printf("rot %g %g rot32 %g %g twice %g\n", c.re, c.im, g.re, g.im, twice(4.5));
    return 0;
}
"""


def expected() -> str:
    ns: dict = {}
    exec(KERNELS, ns)
    data = np.array([1, 2, 3, 4, 5, 6.5])
    m = data.reshape(2, 3)
    view = data.reshape(2, 3).T

    def show(what, a):
        return f"{what} {' '.join(map(str, a.shape))} : {' '.join(f'{v:g}' for v in a.ravel())}\n"

    st = ns["stats"](m)
    f0, f1 = ns["split"](m)
    c = ns["rot"](1 + 2j, 0.5 - 1j)
    g = ns["rot32"](np.complex64(1 + 2j))
    return (show("scale_ptr", ns["scale"](m, 2.0)) + show("scale_array", ns["scale"](view, 10.0))
            + show("grid", ns["grid"](2, 3)) + f"stats {st[0]:g} {st[1]} {st[2]:g}\n"
            + show("split.f0", f0) + show("split.f1", f1) + "triple 40 41 42\n"
            + f"rot {c.real:g} {c.imag:g} rot32 {g.real:g} {g.imag:g} twice 9\n")


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    d = tmp_path_factory.mktemp("lib")
    (d / "kern.py").write_text(KERNELS)
    (d / "other.py").write_text(OTHER)
    sigs = [a for f, s in SIGS.items() for a in ("--sig", f"{f}:{s}")]
    r = run_cli("build", f"{d / 'kern.py'}:{','.join(SIGS)}", *sigs, "--kind", "shared", "--header",
                d / "kern.h", "-o", d / "libkern.so")
    assert r.returncode == 0, r.stderr.decode()
    r = run_cli("build", f"{d / 'other.py'}:twice", "--sig", "(float64,)", "--kind", "static", "--header",
                d / "other.h", "-o", d / "libother.a")
    assert r.returncode == 0, r.stderr.decode()
    return d


@pytest.mark.parametrize("lang", ["c99", "c++17"])
def test_c_and_cpp_programs_under_asan(library, tmp_path, lang):
    cpp = lang.startswith("c++")
    src = tmp_path / ("main.cpp" if cpp else "main.c")
    src.write_text(MAIN)
    exe = tmp_path / "prog"
    cc = Toolchain().cc_cmd
    compiler = [shutil.which("g++") or "g++"] if cpp else cc
    subprocess.run([*compiler, f"-std={lang}", "-Wall", "-Wextra", "-pedantic", "-Werror", "-fsanitize=address,undefined",
                    "-fno-omit-frame-pointer", f"-I{library}", "-o", str(exe), str(src), str(library / "libkern.so"),
                    str(library / "libother.a"), "-lm", f"-Wl,-rpath,{library}"], check=True)
    run = subprocess.run([str(exe)], capture_output=True, text=True, env={"ASAN_OPTIONS": "detect_leaks=1"})
    assert (run.returncode, run.stdout, run.stderr) == (0, expected(), "")


def test_every_function_is_declared_and_guards_differ(library):
    text = (library / "kern.h").read_text()
    for f in SIGS:
        assert f"{f}(" in text or f"{f}_into(" in text
    assert "void triple_into(int64_t n, triple_raw *asmsurgeon_result);" in text
    assert "#ifndef ASMSURGEON_KERN_H_INCLUDED" in text
    assert "#ifndef ASMSURGEON_OTHER_H_INCLUDED" in (library / "other.h").read_text()
    assert guard_for("/x/my-lib.v2.h") == "ASMSURGEON_MY_LIB_V2_H_INCLUDED"


def test_the_header_array_type_is_the_runtimes(library):
    # One definition: the runtime's array.c is compiled against array.h,
    # whose typedef each generated header carries (the header stands alone).
    from asmsurgeon.toolchain.runtime import source_dir

    runtime_h = (source_dir() / "array.h").read_text()
    typedef = runtime_h[runtime_h.index("typedef struct asmsurgeon_array {"):runtime_h.index("} asmsurgeon_array;")]
    text = (library / "kern.h").read_text()
    assert text.count("typedef struct asmsurgeon_array {") == 1 and typedef in text


def test_signature_text_cannot_inject_code(tmp_path):
    from asmsurgeon.errors import UsageError
    from asmsurgeon.numba_abi.signature import Signature
    from asmsurgeon.pipeline.header import c_comment, header_text

    evil = "array(float64, 1d, C */ int x; /*)"
    with pytest.raises(UsageError, match="unsupported array type"):
        header_text({"f": Signature((evil,), "float64")})
    r = run_cli("build", SAMPLES / "numba_mean.asm", "--sig", f"float64({evil})", "--kind", "shared",
                "--header", tmp_path / "f.h", "-o", tmp_path / "libf.so")
    assert r.returncode == 2 and b"unsupported array type" in r.stderr and not (tmp_path / "f.h").exists()
    assert "*/" not in c_comment("int64(x */ int y; /*)") and "/*" not in c_comment("a/*b")
    text = header_text({"f": Signature(("int64",), "int64")}, unknown=["g */ int x; /*"])
    assert "int x;" in text and "g * / int x; / *" in text  # inside a comment, harmless
