"""`asmsurgeon build` when the toolchain misbehaves, and several builds at
once, through the real CLI with real tools: a tool missing from PATH,
failing, killed, or leaving half a file. Each fault is exit 2 with a
message naming the tool and quoting what it printed, no traceback, the
output absent (or an older one untouched), no temporary file left, and
no broken runtime in the per-user cache."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SAMPLES, fresh_cache, run_cli

from asmsurgeon.toolchain import runtime

SIX = SAMPLES / "numba_six.asm"
PRECIOUS = b"an executable from an earlier build\n"
REAL_CC = shutil.which("cc")
REAL_AS = shutil.which("as")
# What a complete runtime cache entry holds: one object per C source.
RUNTIME_ENTRY = sorted([*(os.path.splitext(s)[0] + ".o" for s in runtime.SOURCES), runtime.ARCHIVE])


def tool(directory: Path, name: str, body: str) -> Path:
    path = directory / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def output_arg() -> str:
    """Shell that sets $out to the argument after -o."""
    return 'out=; prev=\nfor a in "$@"; do [ "$prev" = -o ] && out=$a; prev=$a; done\n'


def bin_with(tmp_path: Path, *tools: str) -> str:
    """A PATH holding only `tools` (links to the real ones)."""
    d = tmp_path / "bin"
    d.mkdir()
    for t in tools:
        (d / t).symlink_to(shutil.which(t))
    return str(d)


def runtime_entries(env: dict) -> list[str]:
    cache = Path(env["ASMSURGEON_CACHE_DIR"])
    if not cache.exists():
        return []
    # Everything but the tables, the facts and the build cache (buildcache).
    return sorted(p.name for p in cache.iterdir() if not p.name.endswith((".lalr", ".facts")) and p.name != "builds")


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
        assert not entry.startswith(".") and sorted(os.listdir(Path(env["ASMSURGEON_CACHE_DIR"]) / entry)) == \
            RUNTIME_ENTRY, entry
    return err


def test_as_missing_from_path(tmp_path, env):
    err = refused(tmp_path, {**env, "PATH": bin_with(tmp_path, "cc")}, "as", precious=True)
    assert "'as' not found on PATH (set $AS" in err


def test_cc_missing_from_path(tmp_path, env):
    err = refused(tmp_path, {**env, "PATH": bin_with(tmp_path, "as")}, "cc")
    assert "'cc' not found on PATH (set $CC" in err


def test_as_false(tmp_path, env):
    err = refused(tmp_path, {**env, "AS": "false"}, "as", precious=True)
    assert "as: failed with exit status 1\n  command: false -o " in err


def test_cc_false(tmp_path, env):
    err = refused(tmp_path, {**env, "CC": "false"}, "cc")
    assert "cc: failed with exit status 1\n  command: false " in err


def test_as_writing_half_an_object_then_failing(tmp_path, env):
    bad_as = tool(tmp_path, "half-as", output_arg() + 'printf "\\177ELFhalf" > "$out"\n'
                  'echo "half-as: out of disk writing $out" >&2\nexit 3\n')
    err = refused(tmp_path, {**env, "AS": str(bad_as)}, "as", precious=True)
    assert "as: failed with exit status 3" in err and "  | half-as: out of disk writing " in err


def _cc_dying_on(tmp_path: Path, pattern: str, how: str) -> Path:
    """A cc that is the real one except for commands matching `pattern`
    (a shell case pattern), where it writes junk to its -o and then `how`."""
    return tool(tmp_path, "flaky-cc", output_arg()
                + f'case "$*" in\n  {pattern}) printf junk > "$out"; echo "flaky-cc: giving up on $out" >&2; {how};;\n'
                + f'esac\nexec {REAL_CC} "$@"\n')


def test_cc_killed_compiling_the_runtime_leaves_no_cache_entry(tmp_path, env):
    cc = _cc_dying_on(tmp_path, "*raise.c*", "kill -9 $$")
    err = refused(tmp_path, {**env, "CC": str(cc)}, "cc", precious=True)
    assert f"cc: killed by signal {int(signal.SIGKILL)}" in err and "  | flaky-cc: giving up on " in err
    assert runtime_entries(env) == []  # nor half a directory, nor a temporary one
    # The next build compiles the runtime afresh and works.
    out = tmp_path / "six"
    assert run_cli("build", SIX, "-o", out, env={**env, "CC": str(REAL_CC)}).returncode == 0
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"


def test_cc_failing_compiling_the_runtime_leaves_no_cache_entry(tmp_path, env):
    cc = _cc_dying_on(tmp_path, "*cli.c*", "exit 4")
    err = refused(tmp_path, {**env, "CC": str(cc)}, "cc")
    assert "cc: failed with exit status 4" in err and "cli.c" in err
    assert runtime_entries(env) == []


def test_cc_killed_while_linking(tmp_path, env):
    cc = _cc_dying_on(tmp_path, "-pie*", "kill -9 $$")
    err = refused(tmp_path, {**env, "CC": str(cc)}, "cc", precious=True)
    assert "killed by signal 9" in err and "\n  command: " + str(cc) + " -pie " in err
    assert len(runtime_entries(env)) == 1  # compiled before the link: whole, and kept


def test_cc_with_arguments(tmp_path, env):
    out = tmp_path / "six"
    r = run_cli("build", SIX, "-o", out, "-v", env={**env, "CC": f"{REAL_CC} -O0"})
    assert r.returncode == 0, r.stderr.decode()
    assert f"+ {REAL_CC} -O0 -pie " in r.stderr.decode()
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"


def test_broken_runtime_cache_entry_is_replaced(tmp_path, env):
    out = tmp_path / "six"
    assert run_cli("build", SIX, "-o", out, env=env).returncode == 0
    (entry,) = runtime_entries(env)
    (Path(env["ASMSURGEON_CACHE_DIR"]) / entry / "cli.o").unlink()  # as by hand, or an old version
    out.unlink()
    r = run_cli("build", SIX, "-o", out, "--no-cache", env=env)  # not answered from the build cache
    assert r.returncode == 0, r.stderr.decode()
    assert runtime_entries(env) == [entry]
    assert sorted(os.listdir(Path(env["ASMSURGEON_CACHE_DIR"]) / entry)) == RUNTIME_ENTRY
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"


def test_unwritable_cache_still_builds(tmp_path, env):
    not_a_dir = tmp_path / "cache-file"
    not_a_dir.write_text("")
    out = tmp_path / "six"
    r = run_cli("build", SIX, "-o", out, env={**env, "ASMSURGEON_CACHE_DIR": str(not_a_dir / "asmsurgeon")})
    assert r.returncode == 0, r.stderr.decode()
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"


# (sample, arguments, what the program prints)
PROGRAMS = [("numba_six", [], b"6\n"), ("numba_fact", ["10"], b"3628800\n"), ("numba_hypot", ["3", "4"], b"5.0\n")]


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_concurrent_builds_into_one_directory(tmp_path, env, cache):
    """Three builds at once, one output directory, one runtime cache: cold,
    all three compile the runtime at the same time and one wins."""
    out = tmp_path / "out"
    out.mkdir()
    if cache == "warm":
        assert run_cli("build", SIX, "-o", tmp_path / "warm", env=env).returncode == 0
    for round_ in range(2):
        if cache == "cold":
            shutil.rmtree(Path(env["ASMSURGEON_CACHE_DIR"]), ignore_errors=True)
            fresh_cache(Path(env["ASMSURGEON_CACHE_DIR"]))
        procs = [(name, args, expected, subprocess.Popen(
            [sys.executable, "-m", "asmsurgeon", "build", str(SAMPLES / f"{name}.asm"), "-o", str(out / name)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)) for name, args, expected in PROGRAMS]
        for name, args, expected, p in procs:
            _, err = p.communicate()
            assert p.returncode == 0, err.decode()
            assert subprocess.run([str(out / name), *args], capture_output=True).stdout == expected, round_
        assert sorted(p.name for p in out.iterdir()) == sorted(name for name, _, _ in PROGRAMS)
        (entry,) = runtime_entries(env)
        assert sorted(os.listdir(Path(env["ASMSURGEON_CACHE_DIR"]) / entry)) == RUNTIME_ENTRY


def test_refusal_kills_the_link_it_overlapped(tmp_path, env):
    """The link starts before the check has read the object; a refusal
    kills it (and what it started), removes its temporary file, and is what
    the user sees. The linker here waits on a FIFO nobody writes, so it can
    only end by being killed: afterwards nobody reads the FIFO (ENXIO)."""
    gate = tmp_path / "gate"
    os.mkfifo(gate)
    cc = tool(tmp_path, "gated-cc", f'case "$*" in\n  *-shared*) cat "{gate}" >/dev/null 2>&1;;\nesac\n'
              f'exec {REAL_CC} "$@"\n')
    src = tmp_path / "bad.s"
    src.write_text("\t.text\n\t.globl\tf\nf:\n\tcall\tPyErr_Clear@PLT\n\tret\n")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    r = run_cli("build", src, "--kind", "shared", "-v", "-o", out_dir / "libbad.so", env={**env, "CC": str(cc)})
    err = r.stderr.decode()
    assert r.returncode == 1, err
    assert f"\n+ {cc} -shared " in err  # the link was under way
    assert err.endswith(f"{src}: error: refusing to link: it needs what no standalone program has:\n"
                        "  PyErr_Clear: Python C API (needs libpython)\n")
    assert list(out_dir.iterdir()) == []
    with pytest.raises(OSError) as e:
        os.open(gate, os.O_WRONLY | os.O_NONBLOCK)
    assert e.value.errno == errno.ENXIO


def test_one_of_several_inputs_failing_to_assemble(tmp_path, env):
    """Several inputs are assembled at once; one `as` failing is the error,
    and no object, temporary or output is left."""
    flaky = tool(tmp_path, "flaky-as", f'case "$*" in\n  *.1.s*) echo "flaky-as: cannot" >&2; exit 5;;\nesac\n'
                 f'exec {REAL_AS} "$@"\n')
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    r = run_cli("build", SIX, SAMPLES / "numba_fact.asm", "--kind", "shared", "--save-temps", "-o", out_dir / "lib.so",
                env={**env, "AS": str(flaky)})
    err = r.stderr.decode()
    assert r.returncode == 2 and err.startswith("error: as: failed with exit status 5\n"), err
    assert "  | flaky-as: cannot" in err
    assert sorted(p.name for p in out_dir.iterdir()) == ["lib.0.s", "lib.1.s"]
