"""nrt.c's complete MemInfo API, driven from C as Numba's code drives it,
and the MemoryError a failed allocation becomes in a built program."""

from __future__ import annotations

import subprocess
from pathlib import Path

from asmsurgeon.toolchain import runtime
from asmsurgeon.toolchain.tools import Toolchain

CSRC = Path(__file__).resolve().parent / "csrc_runtime"


def test_every_meminfo_entry_point_behaves_as_numba_expects(tmp_path):
    exe = tmp_path / "nrt_complete"
    nrt = runtime.source_dir() / "nrt.c"
    Toolchain().cc([*runtime.CFLAGS, "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-o", str(exe),
                    str(CSRC / "nrt_complete_test.c"), str(nrt)])
    run = subprocess.run([exe], check=False, capture_output=True, text=True,
                         env={"ASAN_OPTIONS": "detect_leaks=1:allocator_may_return_null=1"})
    assert (run.returncode, run.stdout) == (0, "ok\n"), run.stderr
    # ASan only warns about the huge requests that must fail.
    assert [line for line in run.stderr.splitlines() if "failed to allocate" not in line] == []


def test_failed_allocation_is_numbas_memoryerror(tmp_path):
    from helpers import run_cli

    src = tmp_path / "big.py"
    src.write_text("import numpy as np\nfrom numba import njit\n\n@njit\ndef big(n):\n"
                   "    a = np.empty(n)\n    a[0] = 1.5\n    return a[0]\n")
    exe = tmp_path / "big"
    built = run_cli("build", f"{src}:big", "--sig", "float64(int64)", "-o", exe)
    assert built.returncode == 0, built.stderr.decode()
    assert subprocess.run([exe, "10"], check=False, capture_output=True, text=True).stdout == "1.5\n"
    run = subprocess.run([exe, str(2**44)], check=False, capture_output=True, text=True)
    assert (run.returncode, run.stdout, run.stderr) == (1, "", "MemoryError: Allocation failed (probably too large).\n")
