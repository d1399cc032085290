"""`asmsurgeon compile` end to end: the real CLI in a subprocess on modules
written to tmp_path and on samples/examples.py."""

from __future__ import annotations

import subprocess

import pytest
from helpers import SAMPLES, assemble, elf_symbols, run_cli

from asmsurgeon.asm.parser import parse
from asmsurgeon.numba_abi.demangle import parse_numba_name
from asmsurgeon.toolchain.tools import Toolchain

MODULE = """\
from numba import njit

print("chatty module")

@njit
def scale(x, k):
    return x * k

@njit
def broken(x):
    return x.nope

@njit
def prints(x):
    print({x})
    return x

if __name__ == "__main__":
    raise SystemExit("the main block must not run")
"""


@pytest.fixture
def module(tmp_path):
    path = tmp_path / "chatty.py"
    path.write_text(MODULE)
    return path


def core_symbols(text: str) -> list[str]:
    mod = parse(text, "<out>")
    return [name for line in mod.lines for name, _, _, is_def in line.symbol_spans()
            if is_def and (n := parse_numba_name(name)) is not None and n.role == "core"]


def test_two_signatures_to_a_file(module, tmp_path):
    out = tmp_path / "scale.asm"
    r = run_cli("compile", f"{module}:scale", "--sig", "int64(int64, int64)",
                "--sig", "float64(float64, float64)", "-o", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b""
    assert b"chatty module" in r.stderr
    cores = core_symbols(out.read_text())
    assert [parse_numba_name(c).args for c in cores] == [("int64", "int64"), ("float64", "float64")]
    assert all(c.startswith("_ZN6chatty5scale") for c in cores)


def test_build_two_signatures_of_one_function(module, tmp_path):
    """Both overloads get their typed C names (as with `compile` then
    `build`), rather than two definitions of `scale` the linker refuses."""
    sigs = ["--sig", "int64(int64, int64)", "--sig", "float64(float64, float64)"]
    r = run_cli("build", f"{module}:scale", *sigs, "--kind", "shared", "--header", tmp_path / "scale.h",
                "-o", tmp_path / "libscale.so")
    assert r.returncode == 0, r.stderr.decode()
    main = tmp_path / "main.c"
    main.write_text('#include <stdio.h>\n#include "scale.h"\n'
                    'int main(void) { printf("%ld %g\\n", (long)scale_int64_int64(6, 7), '
                    'scale_float64_float64(1.5, 3)); return 0; }\n')
    exe = tmp_path / "main"
    Toolchain().cc(["-Wall", "-Werror", "-o", str(exe), str(main), f"-L{tmp_path}", "-lscale",
                    f"-Wl,-rpath,{tmp_path}"])
    assert subprocess.run([str(exe)], capture_output=True, text=True).stdout == "42 4.5\n"
    r = run_cli("build", f"{module}:scale", *sigs, "--function", "scale_float64_float64", "-o", tmp_path / "scale")
    assert r.returncode == 0, r.stderr.decode()
    assert subprocess.run([str(tmp_path / "scale"), "1.5", "3"], capture_output=True).stdout == b"4.5\n"


def test_stdout_holds_only_assembly_and_pipes_into_strip_wrapper(module, tmp_path):
    r = run_cli("compile", f"{module}:scale", "--sig", "int64(int64, int64)")
    assert r.returncode == 0, r.stderr
    assert b"chatty module" not in r.stdout
    assert len(core_symbols(r.stdout.decode())) == 1
    stripped = run_cli("strip-wrapper", "-", "-o", tmp_path / "scale.s", input=r.stdout)
    assert stripped.returncode == 0, stripped.stderr
    syms = elf_symbols(assemble(tmp_path / "scale.s"))
    assert syms["scale"]["defined"] and syms["scale"]["bind"] == "STB_GLOBAL"
    assert not any(name.startswith("Py") for name in syms)


def failed_compile(spec: str, out) -> str:
    """Run compile for int64(int64) into `out`; it must fail cleanly (exit 2,
    no traceback, no output file). Returns standard error."""
    r = run_cli("compile", spec, "--sig", "int64(int64)", "-o", out)
    err = r.stderr.decode()
    assert r.returncode == 2
    assert "Traceback" not in err
    assert not out.exists()
    return err


def test_typing_error_is_numbas_message_without_traceback(module, tmp_path):
    err = failed_compile(f"{module}:broken", tmp_path / "x.asm")
    assert "chatty.py:10:1: error: Numba could not compile broken(int64):" in err
    assert "Unknown attribute 'nope' of type int64" in err


def test_import_error_with_location(tmp_path):
    (tmp_path / "bad.py").write_text("import numba\n\nvalue = {}['missing']\n")
    r = run_cli("compile", "bad.py:f", "--sig", "int64(int64)", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.decode() == "bad.py:3:9: error: cannot import bad: KeyError: 'missing'\n"


def test_refused_function_names_the_symbol(module, tmp_path):
    out = tmp_path / "x.asm"
    err = failed_compile(f"{module}:prints", out)
    assert "prints(int64) cannot run without Python: its code calls PySys_FormatStdout" in err
    r = run_cli("compile", f"{module}:prints", "--sig", "int64(int64)", "--allow-python", "-o", out)
    assert r.returncode == 0 and "PySys_FormatStdout" in out.read_text()


def test_missing_signature_and_bad_spec(module):
    r = run_cli("compile", f"{module}:scale")
    assert r.returncode == 2
    assert "scale has no compiled or declared signature; give one with --sig" in r.stderr.decode()
    r = run_cli("compile", "six.asm:f")
    assert r.returncode == 2
    assert r.stderr.decode() == "error: expected FILE.py:FUNC[,FUNC...], got 'six.asm:f'\n"


def test_help_has_examples():
    r = run_cli("compile", "--help")
    assert r.returncode == 0
    assert b"asmsurgeon compile kernels.py:hypot --sig 'float64(float64, float64)'" in r.stdout


EXAMPLES = {
    "hypotenuse": "float64(float64, float64)",
    "collatz_steps": "int64(int64)",
    "mean": "float64(float64[::1])",
    "clamp": "int64(int64, int64, int64)",
}


EXAMPLES_MAIN = r"""#include <stdio.h>
#include <stdlib.h>
double hypotenuse(double, double);
long long collatz_steps(long long);
double mean(void *meminfo, void *parent, long long n, long long itemsize, double *data,
            long long shape, long long stride);
long long clamp(long long, long long, long long);
void *NRT_Allocate(size_t n) { return malloc(n); }
void asmsurgeon_raise(const void *excinfo, int status) { printf("raised: %s\n", *(const char **)excinfo); }
void asmsurgeon_excinfo_free(void *e) { (void)e; }
int main(void) {
    double a[] = {1, 2, 3, 4};
    printf("%g %lld %g %lld\n", hypotenuse(3, 4), collatz_steps(27), mean(0, 0, 4, 8, a, 4, 8), clamp(15, 0, 10));
    clamp(1, 10, 0);
    return 0;
}
"""


def test_samples_examples_compile_strip_and_run(tmp_path):
    out = tmp_path / "examples.asm"
    sigs = [a for f, s in EXAMPLES.items() for a in ("--sig", f"{f}:{s}")]
    r = run_cli("compile", f"{SAMPLES / 'examples.py'}:{','.join(EXAMPLES)}", *sigs, "-o", out)
    assert r.returncode == 0, r.stderr
    names = [parse_numba_name(c) for c in core_symbols(out.read_text())]
    assert [(n.module, n.function) for n in names] == [("examples", f) for f in EXAMPLES]
    r = run_cli("strip-wrapper", out, "-o", tmp_path / "examples.s")
    assert r.returncode == 0, r.stderr
    (tmp_path / "main.c").write_text(EXAMPLES_MAIN)
    exe = tmp_path / "examples"
    Toolchain().cc(["-o", str(exe), str(tmp_path / "main.c"), str(assemble(tmp_path / "examples.s")), "-lm"])
    run = subprocess.run([exe], capture_output=True, text=True, check=True)
    assert run.stdout == "5 111 2.5 10\nraised: ValueError: clamp: lo must be <= hi\n"
