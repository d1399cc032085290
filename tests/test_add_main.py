"""`asmsurgeon add-main`: the entry point it writes, checked by assembling
and running it (the seed question's own `as` + `ld` commands for
--nolibc), and its errors."""

from __future__ import annotations

import subprocess

import pytest
from helpers import SAMPLES, run_cli

from asmsurgeon.asm.parser import parse_file
from asmsurgeon.numba_abi.signature import Signature, parse_signature
from asmsurgeon.passes.add_main import AddMain, main_text
from asmsurgeon.passes.manager import Context


@pytest.mark.parametrize("sample", ["seed_six_numba049", "numba_six"])
def test_nolibc_with_the_seed_questions_commands(tmp_path, sample):
    asm = tmp_path / "six.asm"
    proc = run_cli("add-main", SAMPLES / f"{sample}.asm", "--nolibc", "-o", asm)
    assert proc.returncode == 0, proc.stderr.decode()
    shell = "as -o six.o six.asm && ld six.o -o six.bin && ./six.bin; echo $?"
    out = subprocess.run(["sh", "-c", shell], cwd=tmp_path, capture_output=True, text=True)
    assert out.stdout == "6\n", out.stderr


def test_output_to_stdout_is_the_module_plus_main():
    proc = run_cli("add-main", SAMPLES / "numba_six.asm")
    assert proc.returncode == 0
    text = proc.stdout.decode()
    assert "\n\t.globl\tmain\n" in text and "\tcall\tsix\n" in text
    assert "cfunc." not in text and "PyArg_UnpackTuple" not in text


def test_main_is_parsed_like_any_code(tmp_path):
    sig = parse_signature("Tuple(int64, float64)(array(float64, 1d, C), int64, float32, bool)")
    text = main_text("f", sig)
    assert "call\tasmsurgeon_parse_array" in text and "call\tasmsurgeon_parse_float32" in text
    module = parse_file(str(SAMPLES / "seed_six_numba049.asm"))
    with pytest.raises(Exception, match="no function 'f' is defined"):
        AddMain("f", sig).run(module, Context())


@pytest.mark.parametrize("args,message", [
    (["--nolibc", "--sig", "int64(int64)"], "--nolibc: six takes 1 argument(s)"),
    (["--nolibc", "--sig", "float64()"], "--nolibc: six returns float64"),
    (["--function", "nine"], "no function 'nine'; it has: six"),
    (["--sig", "int64(int64"], "bad signature"),
    (["--sig", "widget()"], "unsupported type 'widget'"),
])
def test_errors_exit_2(args, message):
    proc = run_cli("add-main", SAMPLES / "numba_six.asm", *args)
    assert proc.returncode == 2 and proc.stdout == b""
    assert message in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_twice_is_refused(tmp_path):
    once = tmp_path / "once.s"
    assert run_cli("add-main", SAMPLES / "numba_six.asm", "-o", once).returncode == 0
    proc = run_cli("add-main", once, "--sig", "int64()")
    assert proc.returncode == 2 and "already defines main" in proc.stderr.decode()


def test_input_already_stripped(tmp_path):
    stripped = tmp_path / "six.s"
    assert run_cli("strip-wrapper", SAMPLES / "numba_six.asm", "-o", stripped).returncode == 0
    proc = run_cli("add-main", stripped)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "\tcall\tsix\n" in proc.stdout.decode()
    out = tmp_path / "six"
    assert run_cli("build", stripped, "-o", out).returncode == 0
    assert subprocess.run([str(out)], capture_output=True, text=True).stdout == "6\n"


def test_several_functions_need_a_choice():
    proc = run_cli("add-main", SAMPLES / "numba_add.asm")
    assert proc.returncode == 2
    assert "choose one with --function: add_float64_float64, add_int64_int64" in proc.stderr.decode()


def test_dump_after(tmp_path):
    proc = run_cli("add-main", SAMPLES / "numba_six.asm", "--dump-after", "add-main", "-o", tmp_path / "x.s")
    assert proc.returncode == 0 and "# ---- after pass add-main ----" in proc.stderr.decode()


def test_signature_object_round_trip():
    assert str(parse_signature("UniTuple(int64, 2)(int64, int64)")) == "UniTuple(int64, 2)(int64, int64)"
    assert parse_signature("void()") == Signature((), "none")
