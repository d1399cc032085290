"""A library never exits on a Numba exception: the function returns 0, and
the calling thread's asmsurgeon_last_error() says what was raised until
asmsurgeon_clear_error(); executables still print it and exit 1."""

from __future__ import annotations

import ctypes
import subprocess
import threading

import pytest
from helpers import run_cli

SOURCE = """\
from numba import njit

@njit('float64(float64)')
def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input")
    return x ** 0.5
"""


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    d = tmp_path_factory.mktemp("errors")
    (d / "k.py").write_text(SOURCE)
    proc = run_cli("build", f"{d}/k.py:checked_sqrt", "--kind", "shared", "--header", d / "k.h", "-o", d / "libk.so")
    assert proc.returncode == 0, proc.stderr.decode()
    so = ctypes.CDLL(str(d / "libk.so"))
    so.checked_sqrt.restype, so.checked_sqrt.argtypes = ctypes.c_double, [ctypes.c_double]
    so.asmsurgeon_last_error.restype = ctypes.c_char_p
    return d, so


def test_raise_in_a_library_returns_and_records_the_error(lib):
    d, so = lib
    assert so.checked_sqrt(4.0) == 2.0 and so.asmsurgeon_last_error() is None
    assert so.checked_sqrt(-1.0) == 0.0  # the process is still here
    assert so.asmsurgeon_last_error() == b"ValueError: negative input"
    so.asmsurgeon_clear_error()
    assert so.asmsurgeon_last_error() is None
    header = (d / "k.h").read_text()
    assert "const char *asmsurgeon_last_error(void);" in header and "void asmsurgeon_clear_error(void);" in header


def test_the_error_belongs_to_the_thread_that_raised(lib):
    _, so = lib
    so.asmsurgeon_clear_error()
    seen = []

    def worker():
        so.checked_sqrt(-2.0)
        seen.append(so.asmsurgeon_last_error())

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == [b"ValueError: negative input"]
    assert so.asmsurgeon_last_error() is None


def test_executable_still_prints_and_exits_1(tmp_path):
    (tmp_path / "k.py").write_text(SOURCE)
    assert run_cli("build", f"{tmp_path}/k.py:checked_sqrt", "-o", tmp_path / "prog").returncode == 0
    run = subprocess.run([str(tmp_path / "prog"), "-1"], capture_output=True, text=True)
    assert (run.returncode, run.stdout, run.stderr) == (1, "", "ValueError: negative input\n")
