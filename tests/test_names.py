"""Python functions named like what a C program links (libc, libm, libgcc,
the runtime, the loader, C keywords) build and give Numba's results: as
executables under internal names, as libraries under their own name where
that is safe, else NAME_ARGTYPES with a note, or the name --name gives."""

from __future__ import annotations

import ctypes
import importlib.util
import subprocess

import pytest
from helpers import run_cli

from asmsurgeon.elfcheck.elf import read_report
from asmsurgeon.pipeline.build import LIBRARY_API

LIBM = ["sin", "cos", "tan", "exp", "exp2", "log", "log2", "log10", "sqrt", "pow", "fabs", "floor", "ceil",
        "lgamma", "tgamma", "expm1", "log1p", "erf", "erfc", "hypot", "atan2", "fmod", "round", "trunc",
        "cbrt", "sinh", "tanh", "asin", "acos", "atan", "copysign", "fmin", "fmax", "ldexp", "frexp", "modf",
        "nan", "rint", "remainder"]
LIBC = ["malloc", "free", "calloc", "realloc", "strtod", "strtol", "atoi", "atof", "abs", "labs", "exit",
        "abort", "printf", "puts", "putchar", "memcpy", "memset", "memmove", "strlen", "strcmp", "qsort",
        "rand", "srand", "time", "clock", "open", "read", "write", "close", "signal", "sigaction", "getenv",
        "system", "sleep", "fork", "kill", "random", "select", "poll", "div", "fflush", "perror"]
OTHERS = ["main", "_start", "_init", "_fini", "environ", "errno", "__divti3", "asmsurgeon_raise",
          "NRT_Allocate", "int", "double", "char", "float", "long", "short", "static", "signed"]
NAMES = LIBM + LIBC + OTHERS


def source(names: list[str]) -> str:
    """One function per name, each giving a different float64 result
    (the same whichever file it is in)."""
    body = ["import math", "from numba import njit", ""]
    for name in names:
        n = NAMES.index(name)
        body += ["@njit('float64(float64)')", f"def {name}(x):", f"    return math.sin(x) * {n + 1} + math.exp(x / {n + 2})", ""]
    return "\n".join(body)


def load(path, names):
    spec = importlib.util.spec_from_file_location(f"names_{abs(hash(str(path)))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {n: getattr(module, n) for n in names}


CHUNK = 14  # functions per library: a build's cost grows faster than its size


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    d = tmp_path_factory.mktemp("names")
    (d / "k.py").write_text(source(["sin", "malloc"]))
    return d / "k.py", load(d / "k.py", ["sin", "malloc"])


@pytest.mark.parametrize("name", ["sin", "malloc", "strtod", "main", "free", "exit", "printf", "memcpy", "_start", "int"])
def test_executable_named_like_a_c_symbol_runs_and_gives_numbas_result(tmp_path, name):
    path, out = tmp_path / "one.py", tmp_path / "prog"
    path.write_text(source([name]))
    numba = load(path, [name])
    proc = run_cli("build", f"{path}:{name}", "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()
    run = subprocess.run([str(out), "0.75"], capture_output=True, text=True)
    assert (run.returncode, run.stdout, run.stderr) == (0, f"{numba[name](0.75)!r}\n", "")
    assert name not in {s.name for s in read_report(str(out)).dynamic_symbols if s.defined}


@pytest.mark.parametrize("chunk", range(0, len(NAMES), CHUNK))
def test_library_of_functions_named_like_c_symbols(tmp_path, chunk):
    """Every name, CHUNK at a time in one shared library: the unsafe ones
    get NAME_float64 with a note each, the library still gives Numba's
    results, and it defines none of the C library's names."""
    names = NAMES[chunk:chunk + CHUNK]
    path, lib = tmp_path / "k.py", tmp_path / "libk.so"
    path.write_text(source(names))
    numba = load(path, names)
    proc = run_cli("build", f"{path}:{','.join(names)}", "--kind", "shared", "--header", tmp_path / "k.h", "-o", lib)
    assert proc.returncode == 0, proc.stderr.decode()
    notes = proc.stderr.decode()
    exported = {s.name for s in read_report(str(lib)).dynamic_symbols if s.defined}
    so = ctypes.CDLL(str(lib))
    for name in names:
        # The runtime's own names move out of its namespace: fn_asmsurgeon_raise_float64.
        ours = name.startswith(("asmsurgeon_", "NRT_"))
        typed = f"fn_{name}_float64" if ours else f"{name}_float64"
        assert name not in exported or name in LIBRARY_API
        assert f"note: {name} is " in notes and f"exports it as {typed}" in notes
        fn = getattr(so, typed)
        fn.restype, fn.argtypes = ctypes.c_double, [ctypes.c_double]
        assert fn(0.5) == numba[name](0.5), name
        assert f"double {typed}(double x);" in (tmp_path / "k.h").read_text()


def test_library_keeps_a_safe_natural_name(tmp_path):
    (tmp_path / "m.py").write_text("from numba import njit\n@njit('float64(float64)')\ndef sine_plus(x):\n    return x + 1\n")
    lib = tmp_path / "libm2.so"
    proc = run_cli("build", f"{tmp_path}/m.py:sine_plus", "--kind", "shared", "-o", lib)
    assert proc.returncode == 0 and b"note:" not in proc.stderr
    assert "sine_plus" in {s.name for s in read_report(str(lib)).dynamic_symbols if s.defined}


def test_host_program_links_libm_and_a_library_with_sin(tmp_path, kernels):
    """A C program calling libm's sin and malloc next to the library's
    functions gets each its own: nothing interposes."""
    path, numba = kernels
    proc = run_cli("build", f"{path}:sin,malloc", "--kind", "static", "--header", tmp_path / "k.h",
                   "-o", tmp_path / "libk.a")
    assert proc.returncode == 0, proc.stderr.decode()
    (tmp_path / "host.c").write_text(
        '#include <math.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include "k.h"\n'
        'int main(void) { double *p = malloc(sizeof *p); *p = 0.5;\n'
        '  printf("%.17g %.17g %.17g\\n", sin(*p), sin_float64(*p), malloc_float64(*p)); free(p); return 0; }\n')
    subprocess.run(["cc", "-o", tmp_path / "host", tmp_path / "host.c", tmp_path / "libk.a", "-lm"], check=True)
    run = subprocess.run([str(tmp_path / "host")], capture_output=True, text=True)
    import math
    expected = [math.sin(0.5), numba["sin"](0.5), numba["malloc"](0.5)]
    assert run.returncode == 0 and [float(v) for v in run.stdout.split()] == expected


def test_name_option_chooses_and_refuses_unsafe_names(tmp_path, kernels):
    path, numba = kernels
    lib = tmp_path / "libk.so"
    proc = run_cli("build", f"{path}:sin", "--kind", "shared", "--name", "sin=my_sin", "-o", lib)
    assert proc.returncode == 0 and b"note:" not in proc.stderr
    fn = ctypes.CDLL(str(lib)).my_sin
    fn.restype, fn.argtypes = ctypes.c_double, [ctypes.c_double]
    assert fn(0.25) == numba["sin"](0.25)
    bad = run_cli("build", f"{path}:sin", "--kind", "shared", "--name", "sin=cos", "-o", tmp_path / "b.so")
    assert bad.returncode == 2 and b"'cos' cannot be exported" in bad.stderr
    assert not (tmp_path / "b.so").exists()

