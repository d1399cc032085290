"""The runtime under stress: array-heavy Numba programs with the runtime
and the program built with AddressSanitizer and UBSan (every allocation,
reallocation and free NRT does is checked), and a shared library called
from 8 threads at once (atomic reference counts)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from helpers import fresh_cache, run_cli

from asmsurgeon.toolchain.tools import Toolchain

CSRC = Path(__file__).resolve().parent / "csrc_runtime"

KERNELS = '''
import math
import numpy as np
from numba import njit
from numba.tests.test_array_reductions import array_median_global, array_percentile_global, array_cumsum

_median = njit(array_median_global)
_percentile = njit(array_percentile_global)
_cumsum = njit(array_cumsum)

@njit
def work(n):
    a = np.arange(n) * 1.5 - n / 3.0
    b = np.sort(a[::-1])
    xs = [v * 2.0 for v in b]
    for i in range(n):
        xs.append(math.sqrt(i))
    c = np.concatenate((a, b))
    u = np.unique(np.where(c > 0, c, 0.0))
    s = set()
    for v in a:
        s.add(int(v))
    return (_median(a) + b[-2] + sum(xs) + _cumsum(c)[-1] + u.size + len(s)
            + _percentile(a, 30.0) + a.reshape((1, n)).ravel().max() + np.argsort(-a)[0])
'''


@pytest.fixture(scope="module")
def kernels(tmp_path_factory) -> tuple[Path, float]:
    import importlib.util

    path = tmp_path_factory.mktemp("stress") / "stress_kernels.py"
    path.write_text(KERNELS)
    spec = importlib.util.spec_from_file_location("stress_kernels", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return path, module.work


def test_array_heavy_program_is_clean_under_asan_and_ubsan(kernels, tmp_path):
    path, work = kernels
    sanitize = "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
    env = {**os.environ, "CC": f"cc {sanitize}", "ASMSURGEON_CACHE_DIR": fresh_cache(tmp_path / "cache"),
           "ASAN_OPTIONS": "detect_leaks=1:abort_on_error=0", "UBSAN_OPTIONS": "print_stacktrace=1"}
    exe = tmp_path / "work"
    built = run_cli("build", f"{path}:work", "--sig", "float64(int64)", "--cpu", "host", "-o", exe, env=env)
    assert built.returncode == 0, built.stderr.decode()
    assert b"__asan_init" in subprocess.run(["nm", exe], check=True, capture_output=True).stdout
    for n in (2, 7, 100, 1000):  # b[-2] needs two elements
        run = subprocess.run([exe, str(n)], check=False, capture_output=True, text=True, env=env)
        assert (run.returncode, run.stderr) == (0, ""), run.stderr
        assert run.stdout == repr(work(n)) + "\n"


def test_shared_library_from_8_threads(kernels, tmp_path):
    path, work = kernels
    lib = tmp_path / "libwork.so"
    built = run_cli("build", f"{path}:work", "--sig", "float64(int64)", "--kind", "shared", "-o", lib)
    assert built.returncode == 0, built.stderr.decode()
    exe = tmp_path / "threads"
    Toolchain().cc(["-o", str(exe), str(CSRC / "threads_test.c"), str(lib), f"-Wl,-rpath,{tmp_path}", "-pthread"])
    run = subprocess.run([exe, "50", f"{work(50):.17g}", "300"], check=False, capture_output=True, text=True)
    assert (run.returncode, run.stdout, run.stderr) == (0, "0 wrong\n", "")


def _text_size(exe: Path) -> int:
    out = subprocess.run(["size", "-A", exe], capture_output=True, text=True, check=True).stdout
    return sum(int(line.split()[1]) for line in out.splitlines() if line.startswith(".text"))


def _symbols(exe: Path) -> set[str]:
    return set(subprocess.run(["nm", "-P", exe], capture_output=True, text=True, check=True).stdout.split())


def test_scalar_programs_get_no_runtime_family_and_no_libm(tmp_path):
    """The runtime is an archive: the seed sample and a scalar function
    link none of the NRT, math or arrays members, and no libm, so they are
    no bigger than before the families existed (linking every member would
    add 14 KB of code to the seed's program)."""
    from helpers import SAMPLES

    src = tmp_path / "scalar.py"
    src.write_text("from numba import njit\n@njit\ndef poly(x):\n    return 3 * x * x - 2 * x + 1\n")
    for spec, extra, args, out in ((SAMPLES / "seed_six_numba049.asm", [], [], "6\n"),
                                   (f"{src}:poly", ["--sig", "int64(int64)", "--cpu", "host"], ["4"], "41\n")):
        exe = tmp_path / "prog"
        built = run_cli("build", spec, *extra, "-o", exe)
        assert built.returncode == 0, built.stderr.decode()
        assert subprocess.run([exe, *args], check=False, capture_output=True, text=True).stdout == out
        names = _symbols(exe)
        assert not names & {"NRT_MemInfo_alloc", "numba_gamma", "numba_attempt_nocopy_reshape"}
        assert "libm.so" not in subprocess.run(["readelf", "-d", exe], check=False, capture_output=True, text=True).stdout
        # Each kind of parameter's parser is an archive member of its own:
        # an int64 parameter links int() parsing, not float(), complex() or
        # N-D literals (4.3 KB of .text here; 5.8 KB with every parser).
        assert _text_size(exe) < 4864
