"""Libraries export the user's functions and the documented asmsurgeon_*
API, nothing else: two `--kind object` (or static) outputs link into one
program, and a host's own NRT_* or runtime names do not clash or interpose."""

from __future__ import annotations

import subprocess

import numpy as np
from helpers import run_cli

from asmsurgeon.elfcheck.elf import read_report
from asmsurgeon.pipeline.build import LIBRARY_API

SOURCE = """\
import numpy as np
from numba import njit

@njit('float64(int64)')
def {name}(n):
    return np.arange(n).astype(np.float64).sum() * {k}
"""
API = {"asmsurgeon_raise", "asmsurgeon_last_error", "asmsurgeon_clear_error", "asmsurgeon_error_state"}
HOST = r"""
#include <stdio.h>
#include <stdlib.h>
double one(long long); double two(long long);
/* The host's own functions of the runtime's names. */
void *NRT_MemInfo_alloc_aligned(size_t size, unsigned align) { (void)size; (void)align; abort(); }
void NRT_Free(void *p) { (void)p; abort(); }
int asmsurgeon_parse_int(void) { return 0; }
int main(void) { printf("%.17g %.17g\n", one(10), two(100)); return 0; }
"""


def build(tmp_path, name, k, kind, out):
    (tmp_path / f"{name}.py").write_text(SOURCE.format(name=name, k=k))
    proc = run_cli("build", f"{tmp_path}/{name}.py:{name}", "--kind", kind, "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()
    return out


def defined_globals(path) -> set[str]:
    r = read_report(str(path))
    members = r.members or [r]
    return {s.name for m in members for s in m.symbols if s.defined and s.binding in ("global", "weak")}


def expected(n, k):
    return float(np.arange(n).astype(np.float64).sum() * k)


def test_two_objects_and_a_host_with_runtime_names_link_together(tmp_path):
    a = build(tmp_path, "one", 2, "object", tmp_path / "one.o")
    b = build(tmp_path, "two", 3, "static", tmp_path / "libtwo.a")
    # The error API, plus whichever of the other helpers the headers use that the
    # runtime members they pulled in define (array results, exception text).
    assert {"one", *API} <= defined_globals(a) <= {"one", *LIBRARY_API}
    assert {"two", *API} <= defined_globals(b) <= {"two", *LIBRARY_API}
    (tmp_path / "host.c").write_text(HOST)
    subprocess.run(["cc", "-o", tmp_path / "host", tmp_path / "host.c", a, b, "-lm"], check=True)
    run = subprocess.run([str(tmp_path / "host")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert [float(v) for v in run.stdout.split()] == [expected(10, 2), expected(100, 3)]


def test_shared_library_exports_only_its_interface(tmp_path):
    lib = build(tmp_path, "one", 2, "shared", tmp_path / "libone.so")
    exported = {s.name for s in read_report(str(lib)).dynamic_symbols if s.defined}
    # A shared library carries the whole documented API (the header's array shims
    # call asmsurgeon_array_adopt/_release even when the library's code does not).
    assert exported == {"one", *LIBRARY_API}
    (tmp_path / "host.c").write_text(HOST.replace("double two(long long);", "")
                                     .replace(", two(100)", ", 0.0").replace("%.17g %.17g", "%.17g %.1f"))
    subprocess.run(["cc", "-o", tmp_path / "host", tmp_path / "host.c", lib, f"-Wl,-rpath,{tmp_path}"], check=True)
    run = subprocess.run([str(tmp_path / "host")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert float(run.stdout.split()[0]) == expected(10, 2)
