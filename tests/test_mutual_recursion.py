"""Mutually recursive functions (numba.tests.recursion_usecases): Numba's
`.numba.unresolved$<symbol>` cells are resolved when the function is in the
input, and a clear error names it when it is not."""

from __future__ import annotations

import subprocess

import pytest
from helpers import run_cli
from numba.tests.recursion_usecases import inner_fac, outer_fac


@pytest.fixture
def mr(tmp_path):
    (tmp_path / "mr.py").write_text("from numba.tests.recursion_usecases import inner_fac, outer_fac\n")
    return tmp_path / "mr.py"


def check_results(out, fn):
    for n in (0, 1, 5, 20):
        run = subprocess.run([str(out), str(n)], capture_output=True, text=True)
        assert (run.returncode, run.stdout) == (0, f"{fn(n)}\n")


def test_outer_fac_calls_itself_through_numbas_cell(tmp_path, mr):
    """outer_fac's code inlines inner_fac and calls outer_fac through a cell."""
    proc = run_cli("build", f"{mr}:outer_fac", "--sig", "int64(int64)", "-o", tmp_path / "outer")
    assert proc.returncode == 0, proc.stderr.decode()
    check_results(tmp_path / "outer", outer_fac)


def test_inner_fac_alone_names_the_missing_function_and_builds_with_it(tmp_path, mr):
    alone = run_cli("build", f"{mr}:inner_fac", "--sig", "int64(int64)", "-o", tmp_path / "inner")
    err = alone.stderr.decode()
    assert alone.returncode == 2 and "Traceback" not in err, err
    assert "error: numba.tests.recursion_usecases.outer_fac(int64) is called (mutual recursion) but not " \
           "defined in the input" in err
    assert not (tmp_path / "inner").exists()
    both = run_cli("build", f"{mr}:inner_fac,outer_fac", "--sig", "int64(int64)", "--function", "inner_fac",
                   "-o", tmp_path / "inner")
    assert both.returncode == 0, both.stderr.decode()
    check_results(tmp_path / "inner", inner_fac)


@pytest.mark.parametrize("kind", ["shared"])
def test_mutual_recursion_in_a_library(tmp_path, mr, kind):
    import ctypes

    proc = run_cli("build", f"{mr}:inner_fac,outer_fac", "--sig", "int64(int64)", "--kind", kind,
                   "-o", tmp_path / "libmr.so")
    assert proc.returncode == 0, proc.stderr.decode()
    lib = ctypes.CDLL(str(tmp_path / "libmr.so"))
    for name, fn in (("inner_fac", inner_fac), ("outer_fac", outer_fac)):
        c = getattr(lib, name)
        c.restype, c.argtypes = ctypes.c_int64, [ctypes.c_int64]
        assert [c(n) for n in range(12)] == [fn(n) for n in range(12)]
