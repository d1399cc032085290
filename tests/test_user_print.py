"""print() and exceptions in typical user code (tests/user_print_kernels.py),
each function built from its source with `build FILE.py:FUNC`, run, and its
stdout, stderr and exit status compared with the same function run by Numba
in a subprocess. A function is built once and run with each set of
arguments, so that a raise and the path without one share a build."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers import last_line, numba_run, run_cli

KERNELS = Path(__file__).resolve().parent / "user_print_kernels.py"

# name, signature, argument lists (strings, as on the command line)
CASES = [
    ("group_arrays", "void(int64)", [["4"]]),
    ("group_strings", "void(int64)", [["2"]]),
    ("group_containers", "void(int64)", [["3"]]),
    ("fstring_loop", "void(int64)", [["4"]]),
    ("float_str", "void(float64)", [["2.0"]]),
    ("scalars", "void(int64)", [["3"]]),
    ("raise_value", "int64(int64)", [["5"], ["2"]]),
    ("raise_several", "float64(int64, float64)", [["-2", "1.5"], ["2", "1.5"]]),
    ("raise_index", "int64(int64)", [["7"]]),
    ("raise_key", "float64(int64)", [["3"], ["2"]]),
    ("raise_zero", "int64(int64)", [["0"]]),
    ("builtin_zero", "int64(int64)", [["0"]]),
    ("builtin_zero_float", "float64(float64)", [["0.0"]]),
    ("raise_assert", "int64(int64)", [["-1"]]),
    ("raise_assert_plain", "int64(int64)", [["-1"]]),
    ("helper_loop", "int64(int64)", [["6"], ["3"]]),
    ("main", "int64(int64)", [["3"]]),
    ("sin", "float64(float64)", [["0.5"]]),
    ("print_result", "void(int64)", [["4"]]),
    # print() and `@` in one function: the print and fatal-error passes
    # both point numba_gil_ensure at the runtime
    ("matrix", "void(int64)", [["3"]]),
    # one call prints the literal of either branch
    ("none_ret", "void(int64)", [["0"], ["3"]]),
    ("big_arr", "void(int64)", [["2000"]]),
    ("my_error", "int64(int64)", [["5"]]),
    ("float_formats", "void(float64)", [["2.5"]]),
    ("while_print", "int64(int64)", [["27"]]),
    ("divide_all", "int64(int64)", [["3"]]),
    ("validate", "float64(float64)", [["-2.5"], ["nan"], ["4.0"]]),
    # the literal "fine" is unpickled through a register the other branch reuses
    ("try_except", "int64(int64)", [["3"], ["1"]]),
    ("raise_plain", "void(int64)", [[str(i)] for i in range(7)]),
    ("singular", "float64(int64)", [["3"]]),
    ("ints", "void(int64)", [["10"]]),
    ("floats2", "void(float64)", [["2.5"]]),
    ("arrays_in_loop", "float64(int64)", [["3"]]),
    ("return_tuple", "UniTuple(float64, 2)(int64)", [["3"]]),
    ("return_array", "int64[:](int64)", [["4"]]),
]


@pytest.mark.parametrize("name,sig,arglists", CASES, ids=[c[0] for c in CASES])
def test_user_code_prints_and_raises_as_numba_does(tmp_path, name, sig, arglists):
    exe = tmp_path / name
    proc = run_cli("build", f"{KERNELS}:{name}", "--sig", sig, "--cpu", "host", "-o", exe)
    assert proc.returncode == 0, proc.stderr.decode()
    for args in arglists:
        got = subprocess.run([str(exe), *args], capture_output=True)
        want = numba_run(KERNELS, name, sig, args)
        assert got.stdout == want.stdout, args
        assert got.stderr == last_line(want.stderr), args
        assert (got.returncode == 0) == (want.returncode == 0), args
