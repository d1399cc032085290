"""build refuses outputs that land on its inputs or cannot be written,
before any tool runs; the output and its header appear together."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from helpers import SAMPLES, fresh_cache, run_cli


@pytest.fixture
def six(tmp_path):
    src = tmp_path / "six.s"
    shutil.copy(SAMPLES / "numba_six.asm", src)
    return src


def refused(proc, text: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2 and text in err and "Traceback" not in err, err


def test_output_over_the_input_is_refused(six):
    before = six.read_bytes()
    refused(run_cli("build", six, "-o", six), f"-o {six} would overwrite the input {six}")
    assert six.read_bytes() == before


def test_save_temps_over_the_input_is_refused(six, tmp_path):
    before = six.read_bytes()
    refused(run_cli("build", six, "-o", tmp_path / "six", "--save-temps"), "--save-temps")
    assert six.read_bytes() == before and not (tmp_path / "six").exists()


def test_header_over_the_input_is_refused(six, tmp_path):
    refused(run_cli("build", six, "--kind", "shared", "-o", tmp_path / "l.so", "--header", six),
            "would overwrite the input")


def test_cached_build_does_not_restore_over_the_input(six, tmp_path):
    """A first build caches; the same inputs and options with -o the input
    must not be answered from the cache."""
    env = dict(os.environ, ASMSURGEON_CACHE_DIR=fresh_cache(tmp_path / "cache"))
    assert run_cli("build", six, "-o", tmp_path / "first", env=env).returncode == 0
    before = six.read_bytes()
    refused(run_cli("build", six, "-o", six, env=env), "would overwrite the input")
    assert six.read_bytes() == before


@pytest.mark.parametrize("where", ["dir", "proc"])
def test_unwritable_output_is_exit_2_with_a_message(six, tmp_path, where):
    target = tmp_path if where == "dir" else "/proc/asmsurgeon-out"
    proc = run_cli("build", six, "-o", target)
    refused(proc, f"{target}:1:1: error: cannot write")


def test_header_that_cannot_be_written_leaves_no_output(six, tmp_path):
    (tmp_path / "h").mkdir()
    refused(run_cli("build", six, "--kind", "shared", "-o", tmp_path / "l.so", "--header", tmp_path / "h"),
            "cannot write --header here: it is a directory")
    assert not (tmp_path / "l.so").exists()


def test_output_and_header_appear_together(six, tmp_path):
    proc = run_cli("build", six, "--kind", "shared", "-o", tmp_path / "l.so", "--header", tmp_path / "l.h")
    assert proc.returncode == 0 and (tmp_path / "l.so").exists() and "six" in (tmp_path / "l.h").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l.h", "l.so", "six.s"]  # no temporaries


def test_python_file_without_function_lists_the_functions(tmp_path):
    (tmp_path / "k.py").write_text("from numba import njit\nimport math\n\n@njit\ndef hyp(x, y):\n"
                                   "    return math.hypot(x, y)\n\ndef helper():\n    pass\n\n"
                                   "@njit(cache=False)\ndef twice(x):\n    return 2 * x\n")
    proc = run_cli("build", tmp_path / "k.py", "-o", tmp_path / "k")
    refused(proc, f"{tmp_path / 'k.py'}: error: Python source, not assembly")
    assert proc.stderr.decode().rstrip().endswith("it defines: hyp, twice")
    assert not (tmp_path / "k").exists()
    run = run_cli("build", f"{tmp_path / 'k.py'}:twice", "--sig", "int64(int64)", "-o", tmp_path / "k")
    assert run.returncode == 0
    assert subprocess.run([str(tmp_path / "k"), "21"], capture_output=True, text=True).stdout == "42\n"


@pytest.mark.parametrize("directive", ['.incbin "{secret}"', '.include "{secret}"', '  .INCBIN "{secret}"'])
def test_include_directives_are_refused_without_allow_include(six, tmp_path, directive):
    secret = tmp_path / "secret"
    secret.write_text("# a comment only\n")
    lines = six.read_text().splitlines(keepends=True)
    six.write_text("".join(lines[:3]) + "\t.section .rodata\n\t" + directive.format(secret=secret) + "\n\t.text\n"
                   + "".join(lines[3:]))
    refused(run_cli("build", six, "-o", tmp_path / "six"),
            f"{six}:5:{2 + directive.index('.')}: error: "
            f"{directive.split()[0]} reads a file outside the build's inputs (use --allow-include to allow it)")
    assert not (tmp_path / "six").exists()


def test_allowed_include_is_never_answered_from_a_stale_cache(six, tmp_path):
    secret = tmp_path / "secret"
    six.write_text(six.read_text() + f'\t.section .rodata\n\t.incbin "{secret}"\n')
    env = dict(os.environ, ASMSURGEON_CACHE_DIR=fresh_cache(tmp_path / "cache"))
    for content in (b"first-secret-AAAA", b"second-secret-BBBB"):
        secret.write_bytes(content)
        r = run_cli("build", six, "--allow-include", "-o", tmp_path / "six", env=env)
        assert r.returncode == 0, r.stderr.decode()
        assert content in (tmp_path / "six").read_bytes()
        assert subprocess.run([str(tmp_path / "six")], capture_output=True).stdout == b"6\n"
