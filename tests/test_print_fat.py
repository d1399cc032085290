"""print() in builds that hold several modules of one function: a second
build in the same process (Numba's function ids have moved on, so the
in-process `host` compile and the `generic` child name the same code
differently) and a fat build whose variants both carry Numba's
`".const.\\n"` (the newline print() ends with), which GNU as reads as the
symbol `.const.\\n`, backslash kept."""

from __future__ import annotations

import subprocess

from helpers import run_cli

KERNELS = '''\
import numpy as np
from numba import njit
from numba.tests.test_print import print_empty

empty = njit(print_empty)


@njit
def loop(n):
    x = np.arange(n) * 0.5
    s = 0.0
    for i in range(n):
        s += x[i] * x[i] + 1.0
    print()
    print(s, n)
    return s
'''


def _build(tmp_path, name, sig, *options):
    (tmp_path / "kernels.py").write_text(KERNELS)
    exe = tmp_path / name
    proc = run_cli("build", f"{tmp_path / 'kernels.py'}:{name}", "--sig", sig, "-o", exe, "--no-cache",
                   "--save-temps", *options)
    assert proc.returncode == 0, proc.stderr.decode()
    return exe


def test_second_build_in_one_process(tmp_path):
    for k in range(2):
        d = tmp_path / str(k)
        d.mkdir()
        exe = _build(d, "empty", "void()")
        got = subprocess.run([str(exe)], capture_output=True)
        assert (got.returncode, got.stdout) == (0, b"\nNone\n")
        # generic and host gave the same code: one variant, no dispatcher
        assert "asms.host." not in exe.with_suffix(".s").read_text()


def test_fat_variants_each_with_the_newline_constant(tmp_path):
    exe = _build(tmp_path, "loop", "float64(int64)", "--cpu", "generic,x86-64-v3")
    text = exe.with_suffix(".s").read_text()
    assert "asms.x86_64_v3." in text and text.count('.const.\\n') >= 2
    got = subprocess.run([str(exe), "10"], capture_output=True)
    s = sum((i * 0.5) ** 2 + 1.0 for i in range(10))
    assert got.returncode == 0, got.stderr
    assert got.stdout.decode() == f"\n{s} 10\n{s}\n"
