"""`asmsurgeon build` end to end: real numba output, as, cc, and the built
programs run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SAMPLES, run_cli

from asmsurgeon.elfcheck.elf import read_report
from asmsurgeon.pipeline.build import build_executable

NUMBA_SRC = Path(__file__).resolve().parent / "numba_src"


@pytest.fixture(scope="session")
def abi(tmp_path_factory) -> Path:
    """tests/numba_src/abi_funcs.py compiled by numba, one NAME.asm each."""
    out = tmp_path_factory.mktemp("abi")
    subprocess.run([sys.executable, str(NUMBA_SRC / "abi_funcs.py"), str(out)], check=True)
    return out


def build_and_run(src: Path, out: Path, *args: str, build: tuple = ()) -> subprocess.CompletedProcess:
    proc = run_cli("build", src, "-o", out, *build)
    assert proc.returncode == 0, proc.stderr.decode()
    return subprocess.run([str(out), *args], capture_output=True, text=True)


def test_seed_sample_prints_6(tmp_path):
    run = build_and_run(SAMPLES / "seed_six_numba049.asm", tmp_path / "six")
    assert (run.returncode, run.stdout, run.stderr) == (0, "6\n", "")


def test_current_numba_six_prints_6(tmp_path):
    run = build_and_run(SAMPLES / "numba_six.asm", tmp_path / "six")
    assert (run.returncode, run.stdout) == (0, "6\n")


@pytest.mark.parametrize("sample", ["seed_six_numba049", "numba_six"])
def test_executable_is_hardened_and_python_free(tmp_path, sample):
    out = tmp_path / "six"
    assert run_cli("build", SAMPLES / f"{sample}.asm", "-o", out).returncode == 0
    r = read_report(str(out))
    assert r.kind == "executable" and r.pie  # an ET_DYN executable
    assert r.relro == "full" and r.bind_now
    assert r.nx_stack is True
    assert not r.textrel
    assert not [lib for lib in r.needed if "python" in lib]
    assert "main" in {s.name for s in r.defined}
    assert os.access(out, os.X_OK)


def test_nolibc_build_exits_with_the_result(tmp_path):
    out = tmp_path / "six"
    assert run_cli("build", SAMPLES / "seed_six_numba049.asm", "--nolibc", "-o", out).returncode == 0
    assert subprocess.run([str(out)]).returncode == 6
    assert read_report(str(out)).needed == []


@pytest.mark.parametrize("sample,args,expected", [
    ("numba_hypot", ["3", "4"], "5.0\n"),
    ("numba_is_even", ["4"], "True\n"),
    ("numba_is_even", ["7"], "False\n"),
    ("numba_fact", ["20"], "2432902008176640000\n"),  # recursion
    ("numba_nothing", ["1"], "None\n"),
    ("numba_scale32", ["0.1"], "0.15000000596046448\n"),  # float32 result, as float(np.float32(...))
])
def test_samples(tmp_path, sample, args, expected):
    run = build_and_run(SAMPLES / f"{sample}.asm", tmp_path / sample, *args)
    assert (run.returncode, run.stdout, run.stderr) == (0, expected, "")


# (file, arguments, expected stdout, extra build options)
ABI_CASES = [
    ("total.0", ["1,2,3.5"], "6.5\n", []),
    ("total.1", ["1,2,3"], "6\n", []),
    ("total.1", [""], "0\n", []),
    ("count_true", ["True,False,1,1"], "3\n", []),
    ("dot", ["1,2,3", "4,5,6", "3"], "32.0\n", ["--sig", "float32(array(float32, 1d, C), array(float32, 1d, C), int64)"]),
    ("swap", ["3", "1"], "(1, 3)\n", ["--sig", "UniTuple(int64, 2)(int64, int64)"]),
    ("triple", ["7"], "(7, 8, 9)\n", ["--sig", "UniTuple(int64, 3)(int64)"]),
    ("five", ["7"], "(7, 8, 9, 10, 11)\n", ["--sig", "UniTuple(int64, 5)(int64)"]),  # sret
    ("pairf", ["2", "0.25"], "(3, 0.5)\n", ["--sig", "Tuple(int64, float64)(int64, float64)"]),
    ("trio", ["1.5"], "(1.5, 2.5, 3.5)\n", ["--sig", "UniTuple(float64, 3)(float64)"]),  # x87 st0
    ("cplx", ["1", "2"], "(1+2j)\n", []),
    ("cplx", ["0", "-2.5"], "-2.5j\n", []),
    ("cplx32", ["0.1", "2"], "(0.10000000149011612+2j)\n", ["--sig", "complex64(float32, float32)"]),
    ("xor", ["True", "0"], "True\n", []),
    ("xor", ["1", "True"], "False\n", []),
    ("narrow", ["-5", "-300", "200", "60000", "7"], "59902\n", []),
    ("wrap8", ["255"], "0\n", []),
    ("neg32", ["-2147483647"], "2147483647\n", []),
    ("many", [str(i) for i in range(1, 19)], "2109.0\n", []),  # stack arguments
    ("half", ["0.1"], "0.05000000074505806\n", ["--sig", "float32(float32)"]),
    ("ident", ["1e16"], "1e+16\n", []),
    ("ident", ["0.00001"], "1e-05\n", []),
    ("ident", ["100"], "100.0\n", []),
    ("ident", ["-inf"], "-inf\n", []),
    ("ident", ["nan"], "nan\n", []),
    ("big", ["18446744073709551615"], "18446744073709551615\n", []),
    ("sine", ["0.5"], "0.479425538604203\n", []),  # calls libm's sin
    ("quad", ["1"], "(1, 2, 3, 4)\n", ["--sig", "UniTuple(int64, 4)(int64)"]),  # sret
    ("mix13", ["1"], "(1, 1.5, 2.5, 3.5)\n", ["--sig", "Tuple(int64, float64, float64, float64)(int64)"]),
    ("mix34", ["1"], "(1, 2, 3, 1.5, 2.5, 3.5, 4.5)\n",
     ["--sig", "Tuple(int64, int64, int64, float64, float64, float64, float64)(int64)"]),  # x87 st0, st1
    ("flag", ["-3"], "(False, -3)\n", ["--sig", "Tuple(bool, int64)(int64)"]),
    ("nest", ["1"], "(1, (0.5, 0.25))\n", ["--sig", "Tuple(int64, UniTuple(float64, 2))(int64)"]),
]


@pytest.mark.parametrize("name,args,expected,options", ABI_CASES, ids=lambda v: v if isinstance(v, str) else None)
def test_abi(abi, tmp_path, name, args, expected, options):
    run = build_and_run(abi / f"{name}.asm", tmp_path / name, *args, build=tuple(options))
    assert (run.returncode, run.stdout, run.stderr) == (0, expected, "")


@pytest.mark.parametrize("name,args,message", [
    ("ident", [], "expected 1 argument, got 0"),
    ("ident", ["1", "2"], "expected 1 argument, got 2"),
    ("ident", ["abc"], "argument 1: 'abc' is not a valid float64"),
    ("wrap8", ["256"], "argument 1: '256' is not a valid uint8"),
    ("wrap8", ["-1"], "argument 1: '-1' is not a valid uint8"),
    ("neg32", ["2147483648"], "argument 1: '2147483648' is not a valid int32"),
    ("xor", ["yes", "0"], "argument 1: 'yes' is not a valid bool"),
    ("total.1", ["1,,2"], "argument 1: element [1]: '' is not a valid int64"),
])
def test_bad_arguments_print_usage_and_exit_2(abi, tmp_path, name, args, message):
    run = build_and_run(abi / f"{name}.asm", tmp_path / name, *args)
    assert run.returncode == 2 and run.stdout == ""
    first, usage = run.stderr.splitlines()
    assert message in first
    assert usage.startswith(f"usage: {tmp_path / name} ARG1:")


def test_usage_names_parameter_types(abi, tmp_path):
    run = build_and_run(abi / "narrow.asm", tmp_path / "narrow")
    assert run.stderr.splitlines()[-1].endswith("ARG1:int8 ARG2:int16 ARG3:uint8 ARG4:uint16 ARG5:uint32")


# ---- error paths, allocation, two-module files ----

@pytest.mark.parametrize("sample,args,status,out,err", [
    ("numba_floordiv", ["7", "2"], 0, "3\n", ""),
    ("numba_floordiv", ["7", "0"], 1, "", "ZeroDivisionError: integer division by zero\n"),
    ("numba_check_positive", ["4"], 0, "2.0\n", ""),
    ("numba_check_positive", ["-1"], 1, "", "ValueError: x must be >= 0\n"),
    ("numba_mean", ["1,2,3.5"], 0, "2.1666666666666665\n", ""),
    ("numba_arange_sum", ["10"], 0, "45\n", ""),  # allocates through NRT
    ("numba_divmod", ["7", "2"], 0, "(3, 1)\n", ""),  # tuple result, inferred
])
def test_raising_and_allocating(tmp_path, sample, args, status, out, err):
    run = build_and_run(SAMPLES / f"{sample}.asm", tmp_path / sample, *args)
    assert (run.returncode, run.stdout, run.stderr) == (status, out, err)


def test_two_signatures_pick_by_c_name(tmp_path):
    run = build_and_run(SAMPLES / "numba_add.asm", tmp_path / "add", "0.1", "0.2",
                        build=("--function", "add_float64_float64"))
    assert (run.returncode, run.stdout) == (0, "0.30000000000000004\n")
    run = build_and_run(SAMPLES / "numba_add.asm", tmp_path / "add", "3", "4", build=("--function", "add_int64_int64"))
    assert (run.returncode, run.stdout) == (0, "7\n")


# ---- libraries ----

C_MAIN = r"""
#include <stdio.h>
#include "lib.h"
int main(void) {
    double xs[] = {1, 2, 3.5};
    swap_result r = swap(3, 1);
    printf("%g %g %lld %lld\n", total_ptr(xs, 3), ident(0.25), (long long)r.f0, (long long)r.f1);
    return 0;
}
"""


@pytest.fixture(scope="session")
def lib_asm(abi, tmp_path_factory) -> list[Path]:
    return [abi / "total.0.asm", abi / "ident.asm", abi / "swap.asm"]


@pytest.mark.parametrize("kind,lib", [("shared", "libabi.so"), ("static", "libabi.a")])
def test_library_used_from_c(lib_asm, tmp_path, kind, lib):
    from asmsurgeon.toolchain.tools import Toolchain

    header, out = tmp_path / "lib.h", tmp_path / lib
    proc = run_cli("build", *lib_asm, "--kind", kind, "--header", header, "-o", out,
                   "--function", "swap", "--sig", "UniTuple(int64, 2)(int64, int64)")
    assert proc.returncode == 0, proc.stderr.decode()
    text = header.read_text()
    assert "double total(" in text and "double ident(double a1);" in text and "swap_result swap(int64_t a1, int64_t a2);" in text
    (tmp_path / "main.c").write_text(C_MAIN)
    exe = tmp_path / "prog"
    Toolchain().cc(["-Wall", "-Werror", "-o", str(exe), str(tmp_path / "main.c"), str(out), "-lm",
                    *([f"-Wl,-rpath,{tmp_path}"] if kind == "shared" else [])])
    run = subprocess.run([str(exe)], capture_output=True, text=True)
    assert (run.returncode, run.stdout) == (0, "6.5 0.25 1 3\n")
    if kind == "shared":
        r = read_report(str(out))
        assert {"total", "ident", "swap"} <= {s.name for s in r.defined} and not r.textrel
        assert r.relro == "full" and r.bind_now and r.nx_stack is True
        assert {"total", "ident", "swap"} <= r.dynamic_exports
        assert not [s for s in r.dynamic_exports if s.startswith("_ZN")]  # Numba's internals hidden


def test_object_kind_bundles_the_runtime(abi, tmp_path):
    from helpers import elf_symbols

    out = tmp_path / "ident.o"
    assert run_cli("build", abi / "ident.asm", "--kind", "object", "-o", out).returncode == 0
    syms = elf_symbols(out)
    assert syms["ident"]["defined"] and syms["NRT_MemInfo_alloc_aligned"]["defined"]


# ---- the command itself ----

def test_save_temps_and_verbose(tmp_path):
    out = tmp_path / "six"
    proc = run_cli("build", SAMPLES / "numba_six.asm", "-o", out, "--save-temps", "-v")
    assert proc.returncode == 0
    assert (tmp_path / "six.s").exists() and (tmp_path / "six.o").exists()
    err = proc.stderr.decode()
    # as writes beside the object under a temporary name, renamed on success
    assert re.search(rf"\+ as -o {re.escape(str(tmp_path))}/\.six\.o\.\w+\.tmp {re.escape(str(tmp_path / 'six.s'))}\n", err)
    assert "+ cc -pie" in err


def test_missing_compiler_is_named_and_nothing_is_written(tmp_path):
    env = {**os.environ, "CC": "no-such-cc-asmsurgeon"}
    out = tmp_path / "six"
    proc = run_cli("build", SAMPLES / "numba_six.asm", "-o", out, "--header", tmp_path / "six.h", env=env)
    assert proc.returncode == 2
    assert "'no-such-cc-asmsurgeon' not found" in proc.stderr.decode()
    assert list(tmp_path.iterdir()) == []


def test_missing_assembler_is_named(tmp_path):
    env = {**os.environ, "AS": "no-such-as-asmsurgeon"}
    proc = run_cli("build", SAMPLES / "numba_six.asm", "-o", tmp_path / "six", env=env)
    assert proc.returncode == 2 and "as: 'no-such-as-asmsurgeon' not found" in proc.stderr.decode()


def test_check_refuses_python_references(tmp_path):
    src = tmp_path / "bad.s"
    src.write_text("\t.text\n\t.globl\tf\nf:\n\tcall\tPyErr_Clear@PLT\n\tret\n")
    out = tmp_path / "bad.o"
    proc = run_cli("build", src, "--kind", "object", "-o", out)
    assert proc.returncode == 1
    assert "PyErr_Clear" in proc.stderr.decode() and not out.exists()


def test_output_in_a_missing_directory(tmp_path):
    proc = run_cli("build", SAMPLES / "numba_six.asm", "-o", tmp_path / "nope" / "six")
    assert proc.returncode == 2 and "no such directory" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_function_choice_errors(tmp_path):
    proc = run_cli("build", SAMPLES / "numba_six.asm", "--function", "seven", "-o", tmp_path / "x")
    assert proc.returncode == 2 and "no function 'seven'; it has: six" in proc.stderr.decode()


def test_library_function_accepts_text(tmp_path):
    out = tmp_path / "six"
    result = build_executable((SAMPLES / "numba_six.asm").read_text(), str(out))
    assert result.entry == "main" and "six" in result.functions
    assert subprocess.run([str(out)], capture_output=True, text=True).stdout == "6\n"


def test_python_input_is_compiled_first(tmp_path):
    (tmp_path / "kernels.py").write_text("import math\nfrom numba import njit\n\n\n@njit\n"
                                         "def hypot(x, y):\n    return math.sqrt(x * x + y * y)\n")
    out = tmp_path / "hypot"
    proc = run_cli("build", f"{tmp_path / 'kernels.py'}:hypot", "--sig", "float64(float64, float64)", "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()
    run = subprocess.run([str(out), "3", "4"], capture_output=True, text=True)
    assert (run.returncode, run.stdout) == (0, "5.0\n")


def test_python_api_builds_from_a_dispatcher(tmp_path):
    code = ("import asmsurgeon, sys\nfrom numba import njit\n\n@njit\ndef twice(x):\n    return 2 * x\n\n"
            "asmsurgeon.build_executable(twice, sys.argv[1], sigs=['int64(int64)'])\n")
    out = tmp_path / "twice"
    proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert subprocess.run([str(out), "21"], capture_output=True, text=True).stdout == "42\n"


def test_missing_input_is_reported_as_missing(tmp_path):
    out = tmp_path / "x"
    r = run_cli("build", tmp_path / "missing.asm", "-o", out)
    assert r.returncode == 2
    assert r.stderr.decode().startswith(f"{tmp_path / 'missing.asm'}:1:1: error: no such file")
    assert not out.exists()


def test_a_lone_environment_changes_no_c_name(tmp_path):
    # An inlined helper can leave a NumbaEnv of another `fact` overload
    # behind; strip-wrapper, symbols and build must still agree on `fact`.
    env = "_ZN08NumbaEnv8__main__4factB2v99B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd"
    src = tmp_path / "fact.asm"
    src.write_text((SAMPLES / "numba_fact.asm").read_text() + f"\t.comm\t{env},8,8\n")
    stripped = run_cli("strip-wrapper", src)
    assert stripped.returncode == 0 and b"\nfact:\n" in stripped.stdout
    listed = run_cli("symbols", src, "--json")
    assert [f["c_name"] for f in json.loads(listed.stdout)["files"][0]["functions"]] == ["fact"]
    out = tmp_path / "fact"
    assert run_cli("build", src, "-o", out).returncode == 0
    assert subprocess.run([str(out), "5"], capture_output=True, text=True).stdout == "120\n"
