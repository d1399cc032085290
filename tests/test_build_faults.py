"""`asmsurgeon build` when the toolchain misbehaves, and several builds at
once, through the real CLI with real tools: a tool missing from PATH,
failing, killed, or leaving half a file. Each fault is exit 2 with a
message naming the tool and quoting what it printed, no traceback, the
output absent (or an older one untouched), no temporary file left, and
no broken runtime in the per-user cache."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from asmsurgeon import tables

from conftest import SAMPLES, run_cli

SIX = SAMPLES / "numba_six.asm"
PRECIOUS = b"an executable from an earlier build\n"
REAL_CC = shutil.which("cc")
REAL_AS = shutil.which("as")


def tool(directory: Path, name: str, body: str) -> Path:
    path = directory / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def output_arg() -> str:
    """Shell that sets $out to the argument after -o."""
    return 'out=; prev=\nfor a in "$@"; do [ "$prev" = -o ] && out=$a; prev=$a; done\n'


@pytest.fixture
def env(tmp_path) -> dict:
    """A fresh runtime cache (so the runtime is compiled by the tools under
    test), the parser tables from the usual place."""
    return {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "ASMSURGEON_CACHE_DIR": tables.cache_dir()}


def bin_with(tmp_path: Path, *tools: str) -> str:
    """A PATH holding only `tools` (links to the real ones)."""
    d = tmp_path / "bin"
    d.mkdir()
    for t in tools:
        (d / t).symlink_to(shutil.which(t))
    return str(d)


def runtime_entries(env: dict) -> list[str]:
    cache = Path(env["XDG_CACHE_HOME"]) / "asmsurgeon"
    return sorted(p.name for p in cache.iterdir() if not p.name.endswith(".lalr")) if cache.exists() else []


def refused(tmp_path: Path, env: dict, tool_name: str, *, precious: bool = False) -> str:
    """Build six into out/six; assert the fault contract; return stderr."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "six"
    if precious:
        out.write_bytes(PRECIOUS)
    r = run_cli("build", SIX, "-o", out, env=env)
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert "Traceback" not in err and r.stdout == b""
    assert err.startswith(f"error: {tool_name}: "), err
    assert "\n  command: " in err
    if precious:
        assert out.read_bytes() == PRECIOUS
        assert [p.name for p in out_dir.iterdir()] == ["six"]
    else:
        assert list(out_dir.iterdir()) == []
    for entry in runtime_entries(env):  # a runtime in the cache is a whole one
        assert not entry.startswith(".") and sorted(os.listdir(Path(env["XDG_CACHE_HOME"]) / "asmsurgeon" / entry)) == \
            ["cli.o", "nrt.o", "raise.o"], entry
    return err


def test_broken_runtime_cache_entry_is_replaced(tmp_path, env):
    out = tmp_path / "six"
    assert run_cli("build", SIX, "-o", out, env=env).returncode == 0
    (entry,) = runtime_entries(env)
    (Path(env["XDG_CACHE_HOME"]) / "asmsurgeon" / entry / "cli.o").unlink()  # as by hand, or an old version
    out.unlink()
    r = run_cli("build", SIX, "-o", out, env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert runtime_entries(env) == [entry]
    assert sorted(os.listdir(Path(env["XDG_CACHE_HOME"]) / "asmsurgeon" / entry)) == ["cli.o", "nrt.o", "raise.o"]
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"


def test_unwritable_cache_still_builds(tmp_path, env):
    not_a_dir = tmp_path / "cache-file"
    not_a_dir.write_text("")
    out = tmp_path / "six"
    r = run_cli("build", SIX, "-o", out, env={**env, "XDG_CACHE_HOME": str(not_a_dir)})
    assert r.returncode == 0, r.stderr.decode()
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"
