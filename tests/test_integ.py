"""Features that meet: print() in a prange region, get_num_threads() in a
function, and a --nolibc program whose function can raise. Each built
with `asmsurgeon build FILE.py:FUNC`, run, and compared with Numba."""

from __future__ import annotations

import subprocess
import sys

from helpers import run_cli

KERNELS = '''\
import numba
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def prange_print(n):
    s = 0
    for i in prange(n):
        print("item", i, i * 0.5)
        s += i
    return s


@njit(parallel=True)
def col_means(n):
    m = np.arange(n * 3.0).reshape((n, 3))
    out = np.empty(3)
    for j in prange(3):
        out[j] = m[:, j].mean()
    print("means", out, n)
    return out.sum()


@njit
def threads(n):
    return numba.get_num_threads() * 100 + n


@njit
def may_raise(n):
    a = 1
    for i in range(n):
        a *= 2
    if a > 100:
        raise ValueError("too big")
    return a
'''


def _build(tmp_path, name, sig, *options):
    (tmp_path / "kernels.py").write_text(KERNELS)
    exe = tmp_path / name
    proc = run_cli("build", f"{tmp_path / 'kernels.py'}:{name}", "--sig", sig, "-o", exe, *options)
    assert proc.returncode == 0, proc.stderr.decode()
    return exe


def _numba(tmp_path, code: str) -> subprocess.CompletedProcess:
    script = f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import kernels\n{code}"
    return subprocess.run([sys.executable, "-c", script], capture_output=True)


def test_print_in_prange_region(tmp_path, monkeypatch):
    exe = _build(tmp_path, "prange_print", "int64(int64)")
    got = subprocess.run([str(exe), "9"], capture_output=True)
    # Numba's own threads interleave the parts of their lines; one thread does not
    monkeypatch.setenv("NUMBA_NUM_THREADS", "1")
    want = _numba(tmp_path, "print(kernels.prange_print(9))")
    assert got.returncode == want.returncode == 0, got.stderr
    # the threads interleave the items; each line is whole and the result last
    assert sorted(got.stdout.splitlines()) == sorted(want.stdout.splitlines())
    assert got.stdout.splitlines()[-1] == b"36"
    assert len(got.stdout.splitlines()) == 10


def test_print_in_a_function_that_launches_a_region(tmp_path):
    """The print pass leaves the launch's thread-state calls to the
    parallel-regions pass rather than refuse them as boxing."""
    exe = _build(tmp_path, "col_means", "float64(int64)")
    want = _numba(tmp_path, "print(kernels.col_means(5))")
    for threads in ("1", "2"):
        got = subprocess.run([str(exe), "5"], capture_output=True, env={"NUMBA_NUM_THREADS": threads})
        assert (got.returncode, got.stdout) == (0, want.stdout) == (0, b"means [6. 7. 8.] 5\n21.0\n")


def test_get_num_threads_in_a_function(tmp_path):
    exe = _build(tmp_path, "threads", "int64(int64)")
    got = subprocess.run([str(exe), "7"], capture_output=True)
    want = _numba(tmp_path, "print(kernels.threads(7))")
    assert (got.returncode, got.stdout) == (0, want.stdout)


def test_nolibc_function_that_raises(tmp_path):
    for n, status in ((3, 8), (6, 64), (7, 1)):
        d = tmp_path / str(n)
        d.mkdir()
        (d / "kernels.py").write_text(KERNELS + f"\n\n@njit\ndef fixed():\n    return may_raise({n})\n")
        exe = d / "fixed"
        proc = run_cli("build", f"{d / 'kernels.py'}:fixed", "--sig", "int64()", "--nolibc", "-o", exe)
        assert proc.returncode == 0, proc.stderr.decode()
        got = subprocess.run([str(exe)], capture_output=True)
        # 2**7 = 128 > 100 raises: the hook exits 1 with nothing printed
        assert (got.returncode, got.stdout, got.stderr) == (status, b"", b"")
