"""print() of lists: Numba boxes a list into a new Python list
(PyList_New + PyList_SetItem), which the print pass points at the
runtime's list object; the text must be Python's, byte for byte."""

from __future__ import annotations

import subprocess

import pytest
from helpers import numba_run
from test_print import build

KERNELS = '''
import numpy as np
from numba import njit
from numba.tests.test_print import print_value

_print_value = njit(print_value)


@njit
def numbers(n):
    print([i * 2 for i in range(n)], [i * 0.5 - 1 for i in range(n)], [i % 2 == 0 for i in range(n)])


@njit
def strings_and_tuples(n):
    print([str(i) + "'" for i in range(n)], [(i, i * 1.5, "t") for i in range(n)])


@njit
def nested(n):
    print([[j for j in range(i)] for i in range(n)])


@njit
def empty(n):
    a = [n]
    a.pop()
    print(a, "after")


@njit
def through_numba_print_value(n):
    _print_value([np.int32(i) - 3 for i in range(n)])
    _print_value([complex(i, -i) for i in range(n)])


@njit
def in_a_loop(n):
    acc = [0.1]
    for i in range(n):
        acc.append(acc[-1] * 3)
        print(i, acc)
'''

CASES = [("numbers", "3"), ("numbers", "0"), ("strings_and_tuples", "2"), ("nested", "4"),
         ("empty", "5"), ("through_numba_print_value", "3"), ("in_a_loop", "4")]


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    d = tmp_path_factory.mktemp("lists")
    (d / "kernels.py").write_text(KERNELS)
    return d / "kernels.py"


@pytest.mark.parametrize("name,arg", CASES)
def test_list_print_equals_numba(kernels, tmp_path, name, arg):
    exe = tmp_path / name
    proc = build(kernels, name, "void(int64)", exe)
    assert proc.returncode == 0, proc.stderr.decode()
    got = subprocess.run([str(exe), arg], capture_output=True)
    want = numba_run(kernels, name, "void(int64)", [arg])
    assert got.returncode == 0 and want.returncode == 0, (got.stderr, want.stderr)
    assert got.stdout == want.stdout
    assert got.stderr == b""
