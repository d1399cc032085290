"""Executables read their arguments as Python's int() and float() read
them, and report a result they cannot write, as Python does."""

from __future__ import annotations

import subprocess

import pytest
from helpers import run_cli

SOURCE = """\
from numba import njit

@njit('int64(int64)')
def twice(x):
    return 2 * x

@njit('uint8(uint8)')
def small(x):
    return x

@njit('float64(float64)')
def half(x):
    return x / 2
"""
INTS = ["42", " 42 ", "\t-7\n", "+5", "1_000", "0_5", "007", "\u0663\u0664", "\uff11\uff12", "\u00a012\u3000",
        "9_223_372_036_854_775", "-0"]
BAD_INTS = ["0x10", "1__0", "_1", "1_", "", " ", "1.0", "1e3", "\u00bd", "12a", "\u0663_", "9223372036854775808"]
FLOATS = ["1.5", " 1.5 ", "1_000.25", "1e1_0", ".5", "5.", "-inf", "Infinity", "NAN", "+nan", "\uff11.\uff15", "1E-3"]
BAD_FLOATS = ["0x10", "nan(123)", "1_.5", "1._5", "_1.0", "1e", "e5", ".", "", "inf inity", "1,5", "0x1p3", "infinit"]


@pytest.fixture(scope="module")
def progs(tmp_path_factory):
    d = tmp_path_factory.mktemp("numbers")
    (d / "k.py").write_text(SOURCE)
    for name in ("twice", "small", "half"):
        proc = run_cli("build", f"{d}/k.py:{name}", "-o", d / name)
        assert proc.returncode == 0, proc.stderr.decode()
    return d


def run(progs, name, arg):
    return subprocess.run([str(progs / name), arg], capture_output=True)


@pytest.mark.parametrize("text", INTS)
def test_integers_as_int_reads_them(progs, text):
    r = run(progs, "twice", text)
    assert (r.returncode, r.stdout.decode()) == (0, f"{2 * int(text)}\n")


@pytest.mark.parametrize("text", BAD_INTS)
def test_integers_int_refuses(progs, text):
    with pytest.raises(ValueError):
        v = int(text)
        if not -2**63 <= v < 2**63:
            raise ValueError(text)
    r = run(progs, "twice", text)
    assert r.returncode == 2 and b"is not a valid int64" in r.stderr


@pytest.mark.parametrize("text,expected", [("-0", 0), (" 255 ", 255), ("2_5_5", 255), ("-1", None), ("256", None)])
def test_unsigned(progs, text, expected):
    r = run(progs, "small", text)
    if expected is None:
        assert r.returncode == 2 and b"is not a valid uint8" in r.stderr
    else:
        assert (r.returncode, r.stdout) == (0, f"{expected}\n".encode())


@pytest.mark.parametrize("text", FLOATS)
def test_floats_as_float_reads_them(progs, text):
    r = run(progs, "half", text)
    assert (r.returncode, r.stdout.decode()) == (0, f"{float(text) / 2!r}\n")


@pytest.mark.parametrize("text", BAD_FLOATS)
def test_floats_float_refuses(progs, text):
    with pytest.raises(ValueError):
        float(text)
    r = run(progs, "half", text)
    assert r.returncode == 2 and b"is not a valid float64" in r.stderr


def test_write_error_on_stdout_exits_1_with_a_message(progs):
    with open("/dev/full", "wb") as full:
        r = subprocess.run([str(progs / "twice"), "21"], stdout=full, stderr=subprocess.PIPE)
    assert r.returncode == 1
    assert b"error: cannot write the result: No space left on device" in r.stderr
