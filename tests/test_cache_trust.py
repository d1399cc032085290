"""The per-user cache is untrusted input: a directory that is not the
user's own is never used, runtime objects are verified before every link,
and a build-cache entry is used only when the user's key vouches for it and
its output is what a build makes. Each through the CLI."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

from helpers import SAMPLES, run_cli

from asmsurgeon.pipeline import buildcache
from asmsurgeon.toolchain import runtime

SIX = SAMPLES / "numba_six.asm"


def _env(cache: Path) -> dict:
    env = {**os.environ, "ASMSURGEON_CACHE_DIR": str(cache)}
    env.pop("ASMSURGEON_NO_CACHE", None)
    return env


def test_a_cache_others_may_write_is_never_used(tmp_path):
    cache = tmp_path / "shared-cache"
    cache.mkdir()
    cache.chmod(0o777)
    r = run_cli("build", SIX, "-o", tmp_path / "six", env=_env(cache))
    assert r.returncode == 0, r.stderr
    err = r.stderr.decode()
    assert err.count("warning: not using the cache directory") == 1 and "others may write to it" in err
    assert list(cache.iterdir()) == []  # nothing read from or written to it
    assert subprocess.run([str(tmp_path / "six")], capture_output=True).stdout == b"6\n"


def _runtime_entry(cache: Path) -> Path:
    (entry,) = [p for p in cache.iterdir() if p.name.startswith("runtime-")]
    return entry


def test_a_replaced_runtime_object_is_rebuilt_not_linked(tmp_path):
    cache = tmp_path / "cache"
    env = _env(cache)
    assert run_cli("build", SIX, "-o", tmp_path / "first", "--no-cache", env=env).returncode == 0
    entry = _runtime_entry(cache)
    good = (entry / "cli.o").read_bytes()
    # An object that would print 7 instead of 6 (any other object), then an emptied one.
    for replacement in [(entry / "nrt.o").read_bytes(), b""]:
        (entry / "cli.o").write_bytes(replacement)
        r = run_cli("build", SIX, "-o", tmp_path / "six", "--no-cache", env=env)
        assert r.returncode == 0, r.stderr
        assert subprocess.run([str(tmp_path / "six")], capture_output=True).stdout == b"6\n"
        assert (_runtime_entry(cache) / "cli.o").read_bytes() == good


def test_an_entry_the_key_does_not_vouch_for_is_not_used(tmp_path):
    cache = tmp_path / "cache"
    env = _env(cache)
    assert run_cli("build", SIX, "-o", tmp_path / "first", env=env).returncode == 0
    (entry,) = (cache / "builds").glob("*" + buildcache.SUFFIX)
    fmt, key, data, mac, mode, header, notes = marshal.loads(entry.read_bytes())
    # Someone without the key swaps the program (and recomputes a plain digest).
    forged = data.replace(b"6", b"7", 1)
    entry.write_bytes(marshal.dumps((fmt, key, forged, buildcache._blake2b().hexdigest(), mode, header, notes)))
    r = run_cli("build", SIX, "-o", tmp_path / "six", "-v", env=env)
    assert r.returncode == 0 and b"+ cached build" not in r.stderr and b"+ as " in r.stderr
    assert (tmp_path / "six").read_bytes() == (tmp_path / "first").read_bytes()


def test_a_copy_that_is_not_a_program_is_not_published(tmp_path):
    assert buildcache.looks_built((SAMPLES.parent / "README.md").read_bytes(), "exe") is False
    exe = tmp_path / "six"
    assert run_cli("build", SIX, "-o", exe, "--no-cache", env=_env(tmp_path / "cache")).returncode == 0
    data = exe.read_bytes()
    assert buildcache.looks_built(data, "exe") and not buildcache.looks_built(data, "object")
    assert not buildcache.looks_built(data.replace(b"libc.so.6", b"libpython3", 1), "exe")


def test_the_runtime_entry_records_what_it_was_compiled_to(tmp_path):
    cache = tmp_path / "cache"
    assert run_cli("build", SIX, "-o", tmp_path / "six", "--no-cache", env=_env(cache)).returncode == 0
    recorded = marshal.loads((_runtime_entry(cache) / runtime.MANIFEST).read_bytes())
    assert set(recorded) == {os.path.splitext(s)[0] + ".o" for s in runtime.SOURCES} | {runtime.ARCHIVE}


def test_a_full_cache_disk_falls_back_to_the_scratch_directory(tmp_path):
    """The cache on a file system too small for the runtime (a 300 KiB tmpfs,
    mounted in a mount namespace of the test's own): the build compiles the
    runtime in its scratch directory instead and succeeds."""
    cache = tmp_path / "small"
    cache.mkdir(mode=0o700)
    exe = tmp_path / "six"
    script = (f"mount -t tmpfs -o size=300k,mode=0700 tmpfs {cache} && "
              f"{sys.executable} -m asmsurgeon build {SIX} -o {exe} --no-cache")
    r = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, env=_env(cache))
    assert r.returncode == 0, r.stderr.decode()
    assert subprocess.run([str(exe)], capture_output=True).stdout == b"6\n"
