"""print() and exceptions with run-time values, built and run without
Python: Numba's own test functions (numba.tests.test_print,
numba.tests.test_exceptions) and ours, each program's stdout and stderr
compared byte for byte with the same function run by Numba in a
subprocess (so its output is captured at the file-descriptor level)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import elf_symbols, last_line, numba_run, run_cli

from asmsurgeon.toolchain.tools import Toolchain

KERNELS = '''\
import numpy as np
from numba import njit
from numba.tests.test_print import (print_value, print_values, print_empty, print_string,
                                    print_vararg, print_string_vararg)
from numba.tests.test_exceptions import MyError, raise_instance_runtime_args, raise_runtime_value

value = njit(print_value)
values = njit(print_values)
empty = njit(print_empty)
string = njit(print_string)
_vararg = njit(print_vararg)
_string_vararg = njit(print_string_vararg)
_value = njit(print_value)
_raise_value = njit(raise_runtime_value)
_raise_my = njit(raise_instance_runtime_args(MyError))
_raise_value_error = njit(raise_instance_runtime_args(ValueError))
_raise_linalg = njit(raise_instance_runtime_args(np.linalg.LinAlgError))


@njit
def vararg(a, b):
    _vararg(a, b, (b, a * 0.5, "c"))


@njit
def string_vararg(a, b):
    _string_vararg(a, b, (True, None, 2.5))


@njit
def cplx(a, b):
    _value(complex(a, b))
    print(np.complex64(complex(a, b)), complex(a, -b), complex(-0.0, b))


@njit
def none_and_tuples(n):
    print(None)
    print((n,), (n, 1.5, "it's", (True, None)), ())


@njit
def strings(n):
    print("ab" * n, "\\u00e9" * n, "\\u2603" * n, "\\U0001f600" * n, "tab\\tq'\\"" * n)
    print(("x" * n, "'" * n, "\\n" * n))


@njit
def literals(n):
    print("step", 3, 2.5, True, None, -7, 2 ** 62, "e" "\\u00e9", n)


@njit
def widths(n):
    print(np.int8(n), np.uint8(n), np.int16(n), np.uint16(n), np.int32(n), np.uint32(n),
          np.int64(n), np.uint64(n), np.float32(n) / 3, np.float64(n) / 3)


@njit
def loop(n):
    total = 0.0
    for i in range(n):
        total += i * 0.1
        print("step", i, total)
    return total


@njit
def rec(n):
    if n <= 0:
        print("bottom")
        return 0.0
    print("down", n)
    r = n + rec(n - 1)
    print("up", n, r)
    return r


@njit
def raise_value(x):
    _raise_value(x)


@njit
def raise_message(a):
    if a == 0:
        msg = "A was 0"
        raise ValueError(msg)
    raise ValueError("bad value", a, a * 0.5, True, "q")


@njit
def raise_my(i):
    return _raise_my(i, "hello")


@njit
def raise_value_error(i):
    return _raise_value_error(i, "world")


@njit
def raise_linalg(i):
    return _raise_linalg(i, "linalg")


@njit
def raise_mixed_int_width(a):
    if a == 0:
        value = np.int64(-7)
        raise ValueError(value)
    value = np.uint64(2 ** 63)
    raise ValueError(value)


@njit
def print_then_raise(n):
    for i in range(n):
        print("working", i)
    raise IndexError("index", n, "is out of bounds")


@njit
def bad_value(x):
    if x > 2.0:
        raise ValueError("bad value", x)
    return x
'''

# name, signature, arguments (strings, as on the command line)
CASES = [
    ("value", "void(int32)", ["1"]),
    ("value", "void(int32)", ["-234"]),
    ("value", "void(int64)", ["123456789876543210"]),
    ("value", "void(int64)", ["-123456789876543210"]),
    ("value", "void(uint64)", [str(2 ** 63 + 123)]),
    ("value", "void(boolean)", ["True"]),
    ("value", "void(boolean)", ["False"]),
    ("value", "void(float64)", ["1.5"]),
    ("value", "void(float64)", [repr(100.0 ** 10.0)]),
    ("value", "void(float64)", ["nan"]),
    ("value", "void(float64)", ["-inf"]),
    ("value", "void(float64)", ["-0.0"]),
    ("value", "void(float64)", ["0.1"]),
    ("value", "void(float64)", ["1e-05"]),
    ("value", "void(float64)", ["1e16"]),
    ("value", "void(float64)", ["123456789.125"]),
    ("value", "void(float32)", ["1.1"]),
    ("values", "void(int64, float64, boolean)", ["-3", "2.25", "True"]),
    ("empty", "void()", []),
    ("string", "void(int64)", ["7"]),
    ("string", "void(float64)", ["0.3"]),
    ("vararg", "void(int64, float64)", ["4", "1e300"]),
    ("string_vararg", "void(int64, float64)", ["4", "-2.5"]),
    ("cplx", "void(float64, float64)", ["1.0", "2.0"]),
    ("cplx", "void(float64, float64)", ["0.0", "-0.5"]),
    ("cplx", "void(float64, float64)", ["nan", "inf"]),
    ("none_and_tuples", "void(int64)", ["5"]),
    ("strings", "void(int64)", ["2"]),
    ("strings", "void(int64)", ["0"]),
    ("literals", "void(int64)", ["9"]),
    ("widths", "void(int64)", ["200"]),
    ("widths", "void(int64)", ["-1"]),
    ("loop", "float64(int64)", ["12"]),
    ("rec", "float64(int64)", ["4"]),
    # dynamic exceptions
    ("raise_value", "void(float64)", ["2.5"]),
    ("raise_value", "void(int64)", ["-3"]),
    ("raise_message", "void(int64)", ["0"]),
    ("raise_message", "void(int64)", ["3"]),
    ("raise_my", "int64(int32)", ["1"]),
    ("raise_my", "int64(int32)", ["0"]),
    ("raise_value_error", "int64(int32)", ["2"]),
    ("raise_linalg", "int64(int32)", ["3"]),
    ("raise_mixed_int_width", "void(int64)", ["0"]),
    ("raise_mixed_int_width", "void(int64)", ["1"]),
    ("print_then_raise", "void(int64)", ["3"]),
    ("bad_value", "float64(float64)", ["1e100"]),
]


@pytest.fixture(scope="module")
def kernels(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("kernels")
    (d / "kernels.py").write_text(KERNELS)
    return d / "kernels.py"


def build(kernels: Path, name: str, sig: str, out: Path, *options) -> subprocess.CompletedProcess:
    return run_cli("build", f"{kernels}:{name}", "--sig", sig, "-o", out, *options)


@pytest.mark.parametrize("name,sig,args", CASES,
                         ids=lambda v: v if isinstance(v, str) else None)
def test_output_equals_numba(kernels, tmp_path, name, sig, args):
    exe = tmp_path / name
    proc = build(kernels, name, sig, exe)
    assert proc.returncode == 0, proc.stderr.decode()
    got = subprocess.run([str(exe), *args], capture_output=True)
    want = numba_run(kernels, name, sig, args)
    assert got.stdout == want.stdout
    assert got.stderr == last_line(want.stderr)  # the traceback's last line
    assert (got.returncode == 0) == (want.returncode == 0)
    assert b"Py" not in subprocess.run(["nm", "-D", str(exe)], capture_output=True).stdout


def test_stdout_is_flushed_before_the_exception(kernels, tmp_path):
    exe = tmp_path / "p"
    assert build(kernels, "print_then_raise", "void(int64)", exe).returncode == 0
    got = subprocess.run([str(exe), "3"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    want = numba_run(kernels, "print_then_raise", "void(int64)", ["3"], combined=True)
    assert got.stdout == b"working 0\nworking 1\nworking 2\nIndexError: ('index', 3, 'is out of bounds')\n"
    assert want.stdout.startswith(b"working 0\nworking 1\nworking 2\n")
    assert want.stdout.endswith(got.stdout.split(b"\n")[-2] + b"\n")


def _explain(kernels: Path, tmp_path: Path, name: str) -> tuple[list[str], str]:
    asm = tmp_path / f"{name}.asm"
    assert run_cli("compile", f"{kernels}:{name}", "--sig", "void(int64)", "-o", asm).returncode == 0
    proc = run_cli("strip-wrapper", asm, "--explain", "--dump-after", "print", "-o", tmp_path / f"{name}.s")
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    return [n for n in err.splitlines() if n.startswith("print: ")], err


def test_explain_lists_each_print_site_and_dump_after_shows_the_pass(kernels, tmp_path):
    sites, dumped = _explain(kernels, tmp_path, "literals")
    assert len(sites) == 1 and "(9 items)" in sites[0] and "literals" in sites[0]
    assert "asmsurgeon_write_stdout" in dumped and "PySys_FormatStdout" not in dumped
    sites, _ = _explain(kernels, tmp_path, "none_and_tuples")
    assert len(sites) == 2 and "(1 items)" in sites[0] and "(3 items)" in sites[1]


@pytest.mark.parametrize("body,what", [
    ("print(np.zeros(n, dtype='datetime64[D]'))", "datetime64[D]"),
    ("print({n: 1.5})", "a dict"),
    ("print({n})", "a set"),
])
def test_unprintable_values_are_refused_naming_function_and_type(tmp_path, body, what):
    src = tmp_path / "k.py"
    src.write_text(f"import numpy as np\nfrom numba import njit\n\n@njit\ndef shows(n):\n    {body}\n")
    proc = run_cli("build", f"{src}:shows", "--sig", "void(int64)", "-o", tmp_path / "x")
    err = proc.stderr.decode()
    assert proc.returncode != 0 and "Traceback" not in err
    assert "shows" in err and what in err and "print()" in err
    assert not (tmp_path / "x").exists()


def test_strip_wrapper_refuses_an_array_print_in_assembly(tmp_path):
    code = ("import numpy as np, sys\nfrom numba import njit\n@njit('void(int64)')\n"
            "def shows(n):\n    print(np.arange(n))\n"
            "sys.stdout.write(shows.inspect_asm(shows.signatures[0]))\n")
    asm = tmp_path / "a.asm"
    asm.write_bytes(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout)
    proc = run_cli("strip-wrapper", asm, "-o", tmp_path / "a.s")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.startswith(f"{asm}:1:1: error: ") and "shows" in err and "an array" in err
    assert "Environment" in err and "FILE.py:FUNC" in err


def test_output_defines_no_python_symbol(kernels, tmp_path):
    out = tmp_path / "lib.o"
    assert build(kernels, "literals", "void(int64)", out, "--kind", "object").returncode == 0
    syms = elf_symbols(out)
    assert not [s for s, v in syms.items() if v["defined"] and s.startswith(("Py", "_Py"))]
    assert not {"numba_gil_ensure", "numba_gil_release", "numba_unpickle"} & set(syms)
    assert syms["asmsurgeon_write_stdout"]["defined"]


def test_print_in_a_shared_library_called_from_c(kernels, tmp_path):
    lib, header = tmp_path / "libk.so", tmp_path / "k.h"
    proc = run_cli("build", f"{kernels}:loop,rec", "--sig", "float64(int64)",
                   "--kind", "shared", "--header", header, "-o", lib)
    assert proc.returncode == 0, proc.stderr.decode()
    text = header.read_text()
    assert "loop(" in text and "rec(" in text
    main = tmp_path / "main.c"
    main.write_text(f'#include "{header}"\n#include <stdio.h>\n#include <stdint.h>\n'
                    "int main(void)\n{\n    printf(\"from C\\n\");\n"
                    "    double t = loop(3);\n    printf(\"C got %g\\n\", t);\n"
                    "    printf(\"C got %g\\n\", rec(2));\n    return 0;\n}\n")
    exe = tmp_path / "prog"
    Toolchain().cc(["-Wall", "-Werror", "-o", str(exe), str(main), str(lib), f"-Wl,-rpath,{tmp_path}"])
    got = subprocess.run([str(exe)], capture_output=True, text=True)
    assert got.returncode == 0, got.stderr
    assert got.stdout == ("from C\nstep 0 0.0\nstep 1 0.1\nstep 2 0.30000000000000004\nC got 0.3\n"
                          "down 2\ndown 1\nbottom\nup 1 1.0\nup 2 3.0\nC got 3\n")


ASAN_MAIN = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
double bad_value(double x);
char *asmsurgeon_excinfo_text(const void *excinfo, int status);
static long raised;
static char first[128];
/* A library's own hook: it returns, so the wrapper frees the exception. */
void asmsurgeon_raise(const void *excinfo, int status)
{
    if (raised++ == 0) {
        char *t = asmsurgeon_excinfo_text(excinfo, status);
        snprintf(first, sizeof first, "%s", t);
        free(t);
    }
}
int main(void)
{
    double sum = 0;
    for (long i = 0; i < 1000000; i++)
        sum += bad_value(i % 2 ? 3.5 : 1.0);
    printf("%ld raised, sum %g, first: %s\n", raised, sum, first);
    return 0;
}
"""


@pytest.mark.parametrize("kind,lib", [("shared", "libbad.so"), ("static", "libbad.a")])
def test_dynamic_raise_a_million_times_under_asan_does_not_leak(kernels, tmp_path, kind, lib):
    lib = tmp_path / lib
    assert build(kernels, "bad_value", "float64(float64)", lib, "--kind", kind).returncode == 0
    main = tmp_path / "main.c"
    main.write_text(ASAN_MAIN)
    exe = tmp_path / "prog"
    Toolchain().cc(["-fsanitize=address", "-g", "-o", str(exe), str(main), str(lib), "-lm",
                    *([f"-Wl,-rpath,{tmp_path}"] if kind == "shared" else [])])
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:halt_on_error=1")
    got = subprocess.run([str(exe)], capture_output=True, text=True, env=env)
    assert got.returncode == 0, got.stderr[-3000:]
    assert got.stdout == "500000 raised, sum 500000, first: ValueError: ('bad value', 3.5)\n"
    assert "LeakSanitizer" not in got.stderr


class Placeholder:
    """Stands for the llvmlite constant Numba pickles where a run-time value goes."""


def test_dynamic_exception_template():
    import pickle

    from asmsurgeon.numba_abi.excinfo import REPR_SLOT, STR_SLOT, describe

    loc = ("f", "k.py", 3)
    assert describe(pickle.dumps((ValueError, ("bad value", Placeholder(), 2.5), loc), protocol=4)) == \
        f"ValueError: ('bad value', {REPR_SLOT}, 2.5)"
    assert describe(pickle.dumps((ValueError, (Placeholder(),), loc), protocol=4)) == f"ValueError: {STR_SLOT}"
    assert describe(pickle.dumps((IndexError, (Placeholder(), "it's"), None), protocol=4)) == \
        f"IndexError: ({REPR_SLOT}, \"it's\")"
