"""Facts remembered per user: reused while their key holds, recomputed
when any part changes, and never an error when the cache is bad."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from asmsurgeon.elfcheck.elf import system_symbols
from asmsurgeon.toolchain import toolcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("ASMSURGEON_CACHE_DIR", str(d))
    return d


def test_value_is_reused_while_the_key_holds(cache):
    calls = []

    def compute():
        calls.append(1)
        return {"n": len(calls)}

    assert toolcache.remember("t", ("k", 1), compute) == {"n": 1}
    assert toolcache.remember("t", ("k", 1), compute) == {"n": 1}
    assert toolcache.remember("t", ("k", 2), compute) == {"n": 2}
    assert toolcache.remember("t", ("k", 2), compute, lambda v: False) == {"n": 3}
    assert len(calls) == 3
    assert [p.name for p in cache.iterdir()] == ["t.facts"]  # no temporary files left


def test_corrupt_or_unwritable_cache_is_not_an_error(cache, tmp_path, monkeypatch):
    cache.mkdir()
    (cache / "t.facts").write_bytes(b"\x00garbage")
    assert toolcache.remember("t", "k", lambda: 7) == 7
    assert toolcache.remember("t", "k", lambda: 8) == 7
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("ASMSURGEON_CACHE_DIR", str(blocker / "sub"))
    assert toolcache.remember("t", "k", lambda: 9) == 9


def test_identities_follow_the_files(tmp_path):
    f = tmp_path / "lib.so"
    f.write_bytes(b"one")
    before = toolcache.file_identity(str(f))
    assert before == (str(f.resolve()), 3, f.stat().st_mtime_ns)
    f.write_bytes(b"three")
    assert toolcache.file_identity(str(f)) != before
    assert toolcache.file_identity(str(tmp_path / "missing")) is None
    argv, words, env = toolcache.command_identity(["cc", "-O2"])
    assert argv == ("cc", "-O2") and words[1] == "-O2" and words[0][0] == os.path.realpath(words[0][0])


def test_system_symbols_are_remembered(cache):
    code = "from asmsurgeon.elfcheck.elf import system_symbols as s; print(len(s()))"
    env = {**os.environ, "ASMSURGEON_CACHE_DIR": str(cache)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert (cache / "system-symbols.facts").exists()
    second = subprocess.run([sys.executable, "-c", code + "; import sys; print('elftools' in sys.modules)"],
                            capture_output=True, text=True, env=env, check=True)
    assert second.stdout.split() == [first.stdout.strip(), "False"]  # same set, no ELF read
    assert len(system_symbols()) == int(first.stdout)


def test_stale_library_identity_means_a_fresh_read(cache):
    from asmsurgeon.toolchain.tools import Toolchain

    key = toolcache.command_identity(Toolchain().cc_cmd)
    stale = ((("/nonexistent/libc.so.6", 1, 1),), frozenset({"not_a_real_symbol"}))
    cache.mkdir()
    toolcache._store(str(cache / "system-symbols.facts"), (toolcache.FORMAT, key, stale))
    system_symbols.cache_clear()
    try:
        names = system_symbols()
    finally:
        system_symbols.cache_clear()
    assert "printf" in names and "not_a_real_symbol" not in names


def test_warm_runtime_runs_no_compiler(cache, capfd):
    from asmsurgeon.toolchain import runtime
    from asmsurgeon.toolchain.tools import Toolchain

    objs = runtime.objects(Toolchain())
    capfd.readouterr()
    echoed = []
    assert runtime.objects(Toolchain(echo=echoed.append)) == objs  # echo is told every command run
    assert echoed == [] and capfd.readouterr().err == ""
