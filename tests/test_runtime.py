"""The standalone runtime, compiled with the machine's cc and exercised by
small C programs: its exports match PROVIDED_SYMBOLS, NRT behaves as
Numba's generated code expects, the error hook prints and exits, and
floats print exactly as Python's repr."""

from __future__ import annotations

import math
import os
import random
import struct
import subprocess
from pathlib import Path

import pytest

from asmsurgeon.toolchain import runtime
from asmsurgeon.toolchain.tools import Toolchain

CSRC = Path(__file__).resolve().parent / "csrc_runtime"


@pytest.fixture(scope="module")
def rt_objects(tmp_path_factory) -> list[str]:
    """A runtime compiled into a fresh cache, as on a new machine."""
    old = os.environ.get("ASMSURGEON_CACHE_DIR")
    os.environ["ASMSURGEON_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    try:
        yield runtime.objects(Toolchain())
    finally:
        if old is None:
            del os.environ["ASMSURGEON_CACHE_DIR"]
        else:
            os.environ["ASMSURGEON_CACHE_DIR"] = old


def c_program(tmp_path: Path, source: str, objs: list[str], extra: list[str] = ()) -> Path:
    exe = tmp_path / Path(source).stem
    # The archive, as programs link it: only the members the program uses
    # (not linalg.o, which would need BLAS).
    archive = os.path.join(os.path.dirname(objs[0]), runtime.ARCHIVE)
    Toolchain().cc(["-o", str(exe), str(CSRC / source), *extra, archive, "-lm"])
    return exe


def test_exports_match_provided_symbols(rt_objects):
    from elftools.elf.elffile import ELFFile

    defined = set()
    for obj in rt_objects:
        with open(obj, "rb") as f:
            for sym in ELFFile(f).get_section_by_name(".symtab").iter_symbols():
                if (sym["st_info"]["bind"] in ("STB_GLOBAL", "STB_WEAK") and sym["st_shndx"] != "SHN_UNDEF"
                        and sym["st_other"]["visibility"] != "STV_HIDDEN"):  # asms_ helpers shared by the sources
                    defined.add(sym.name)
    assert defined == set(runtime.PROVIDED_SYMBOLS)


def test_error_hook_and_increfs_are_weak(rt_objects):
    from elftools.elf.elffile import ELFFile

    weak = set()
    for obj in rt_objects:
        with open(obj, "rb") as f:
            for sym in ELFFile(f).get_section_by_name(".symtab").iter_symbols():
                if sym["st_info"]["bind"] == "STB_WEAK":
                    weak.add(sym.name)
    assert {"asmsurgeon_raise", "NRT_incref", "NRT_decref"} <= weak


def test_cache_is_reused_and_keyed_by_location(rt_objects, tmp_path, monkeypatch):
    assert all(o.startswith(os.environ["ASMSURGEON_CACHE_DIR"] + os.sep) for o in rt_objects)
    mtimes = [os.stat(o).st_mtime_ns for o in rt_objects]
    assert runtime.objects(Toolchain()) == rt_objects
    assert [os.stat(o).st_mtime_ns for o in rt_objects] == mtimes
    monkeypatch.delenv("ASMSURGEON_CACHE_DIR")  # then $XDG_CACHE_HOME/asmsurgeon
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = runtime.objects(Toolchain())
    assert all(o.startswith(str(tmp_path)) and os.path.exists(o) for o in fresh)
    assert not [p for p in (tmp_path / "asmsurgeon").iterdir() if p.name.startswith(".")]


def test_a_header_edit_rebuilds_the_cached_runtime(tmp_path, monkeypatch):
    # A copy of the sources, two of which include dict.h (compiling only
    # those keeps the test short); the cache entry is named by the headers too.
    import shutil

    src = tmp_path / "runtime"
    shutil.copytree(runtime.source_dir(), src)
    monkeypatch.setattr(runtime, "_source_dir", lambda: str(src))
    monkeypatch.setattr(runtime, "SOURCES", ("dict.c", "set.c"))
    monkeypatch.setenv("ASMSURGEON_CACHE_DIR", str(tmp_path / "cache"))
    before = runtime.objects(Toolchain())
    assert runtime.objects(Toolchain()) == before
    header = src / "dict.h"
    header.write_text(header.read_text().replace("#define ASMS_DICT_LOOKUP_ERROR (-3)",
                                                 "#define ASMS_DICT_LOOKUP_ERROR (-3)\n#define ASMS_EDITED 1"))
    after = runtime.objects(Toolchain())
    assert os.path.dirname(after[0]) != os.path.dirname(before[0])
    assert all(os.path.exists(o) for o in before + after)
    assert runtime.archive(Toolchain()) == os.path.join(os.path.dirname(after[0]), runtime.ARCHIVE)


def test_nrt_lifecycle(rt_objects, tmp_path):
    exe = c_program(tmp_path, "nrt_test.c", rt_objects)
    proc = subprocess.run([exe], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (0, "ok\n")


@pytest.mark.parametrize("mode,expected", [
    ("static", "ZeroDivisionError: integer division by zero\n"),
    ("dyn", "ZeroDivisionError\n"),
    ("null", "SystemError: Numba function failed with status 1\n"),
    ("negative", "SystemError: Numba function failed with status -3\n"),
])
def test_error_hook_prints_and_exits_1(rt_objects, tmp_path, mode, expected):
    exe = c_program(tmp_path, "raise_test.c", rt_objects)
    proc = subprocess.run([exe, mode], capture_output=True, text=True)
    assert (proc.returncode, proc.stderr, proc.stdout) == (1, expected, "")


def test_error_hook_in_a_library_records_and_returns(rt_objects, tmp_path):
    exe = c_program(tmp_path, "raise_test.c", rt_objects)
    proc = subprocess.run([exe, "library"], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "recorded: ZeroDivisionError: integer division by zero\n", "")


def test_error_hook_can_be_overridden(rt_objects, tmp_path):
    override = tmp_path / "mine.c"
    override.write_text('#include <stdio.h>\n#include <stdlib.h>\n'
                        'void asmsurgeon_raise(const void *e, int s) { printf("mine %d\\n", s); exit(0); }\n')
    exe = c_program(tmp_path, "raise_test.c", rt_objects, [str(override)])
    proc = subprocess.run([exe, "null"], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (0, "mine 1\n")


def _bits(x: float) -> str:
    return format(struct.unpack("<Q", struct.pack("<d", x))[0], "x")


def test_floats_print_as_python_repr(rt_objects, tmp_path):
    rng = random.Random(5)
    values = [0.0, -0.0, 0.1, 100.0, 1e16, 1e15, 1.5e-05, 0.0001, 1e-4, 123456789012345.6, 5e-324,
              1.7976931348623157e308, math.pi, -2.5, 1 / 3, 2.0 ** 53, 9007199254740993.0, 1e22,
              float("nan"), float("inf"), float("-inf"), 0.30000000000000004]
    values += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(300)]
    values += [rng.uniform(-1e6, 1e6) for _ in range(100)] + [float(rng.randint(-10**6, 10**6)) for _ in range(50)]
    values = [v for v in values if not math.isnan(v)] + [float("nan")]
    complexes = [complex(1, 2), complex(0, 2), complex(-0.0, 2), complex(1.5, -2), complex(0, -2.5),
                 complex(float("inf"), float("nan")), complex(1e16, 1e-5), complex(0.1, 0)]
    lines = [f"f {_bits(v)} 0" for v in values] + [f"c {_bits(c.real)} {_bits(c.imag)}" for c in complexes]
    exe = c_program(tmp_path, "print_test.c", rt_objects)
    proc = subprocess.run([exe], input="\n".join(lines), capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines() == [repr(v) for v in values] + [repr(c) for c in complexes]


@pytest.mark.parametrize("source", runtime.source_files())
def test_sources_compile_without_warnings(source):
    tc = Toolchain()
    proc = tc.run([*tc.cc_cmd, "-std=c11", "-D_DEFAULT_SOURCE", "-O2", "-Wall", "-Wextra", "-Wpedantic",
                   "-fsyntax-only", str(runtime.source_dir() / source)], "cc")
    assert proc.stdout + proc.stderr == b""
