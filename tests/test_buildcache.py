"""The build cache, through the real CLI with the real toolchain: a repeat
is the same file without running a tool, anything that changes the output
changes the key, a damaged entry is never used, and `scan` (the cached
path's argument reader) never reads a command line differently from
argparse."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SAMPLES, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from asmsurgeon.cli import build_parser
from asmsurgeon.commands.build import scan
from asmsurgeon.pipeline import buildcache

SIX = SAMPLES / "numba_six.asm"
HYPOT = SAMPLES / "numba_hypot.asm"


def entries(env: dict) -> list[Path]:
    d = Path(env["ASMSURGEON_CACHE_DIR"]) / "builds"
    return sorted(d.glob("*" + buildcache.SUFFIX)) if d.exists() else []


def build(env: dict, *args) -> subprocess.CompletedProcess:
    r = run_cli("build", *args, "-v", env=env)
    assert r.returncode == 0, r.stderr.decode()
    return r


def ran_tools(r: subprocess.CompletedProcess) -> bool:
    return b"\n+ " in b"\n" + r.stderr and b"+ cached build " not in r.stderr


def test_repeat_is_a_copy_of_the_first(tmp_path, env):
    first, second = tmp_path / "a", tmp_path / "b"
    r1 = build(env, SIX, "-o", first)
    assert ran_tools(r1) and len(entries(env)) == 1
    r2 = build(env, SIX, "-o", second)
    assert not ran_tools(r2)
    assert r2.stderr.decode().startswith(f"+ cached build {entries(env)[0]}")
    assert first.read_bytes() == second.read_bytes()
    assert stat.S_IMODE(first.stat().st_mode) == stat.S_IMODE(second.stat().st_mode)
    assert second.stat().st_mode & stat.S_IXUSR
    assert subprocess.run([str(second)], capture_output=True).stdout == b"6\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_console_entry_answers_without_argparse_or_the_pipeline(tmp_path, env):
    out = tmp_path / "six"
    build(env, SIX, "-o", out)
    code = ("import sys\n"
            "from asmsurgeon.commands.build import run_cached\n"
            "from asmsurgeon.fileio import Streams\n"
            f"status = run_cached([{str(SIX)!r}, '-o', {str(out)!r}], Streams.of_process())\n"
            "heavy = ('argparse', 'dataclasses', 'typing', 'subprocess', 'elftools', 'asmsurgeon.asm.parser')\n"
            "print(status, sorted(m for m in heavy if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.stdout.split("\n")[0] == "0 []", r.stderr


def test_a_changed_input_is_built_again(tmp_path, env):
    src = tmp_path / "prog.asm"
    out = tmp_path / "prog"
    shutil.copy(SIX, src)
    build(env, src, "-o", out)
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"
    shutil.copy(HYPOT, src)
    r = build(env, src, "-o", out)
    assert ran_tools(r)
    assert subprocess.run([str(out), "3", "4"], capture_output=True).stdout == b"5.0\n"
    assert len(entries(env)) == 2


@pytest.mark.parametrize("extra", [["--kind", "shared"], ["--kind", "object"], ["--nolibc"],
                                   ["--function", "six"], ["--sig", "int64()"]])
def test_options_that_shape_the_output_are_in_the_key(tmp_path, env, extra):
    build(env, SIX, "-o", tmp_path / "plain")
    r = build(env, SIX, "-o", tmp_path / "other", *extra)
    assert ran_tools(r)
    assert len(entries(env)) == 2


def test_the_tools_are_in_the_key(tmp_path, env):
    build(env, SIX, "-o", tmp_path / "a")
    r = build({**env, "CC": f"{shutil.which('cc')} -O0"}, SIX, "-o", tmp_path / "b")
    assert ran_tools(r) and f"+ {shutil.which('cc')} -O0 -pie ".encode() in r.stderr


def test_header_is_cached_with_the_library(tmp_path, env):
    build(env, SIX, "--kind", "shared", "--header", tmp_path / "a.h", "-o", tmp_path / "liba.so")
    r = build(env, SIX, "--kind", "shared", "--header", tmp_path / "b.h", "-o", tmp_path / "libb.so")
    assert not ran_tools(r)
    assert (tmp_path / "a.h").read_bytes() == (tmp_path / "b.h").read_bytes()
    assert b"six" in (tmp_path / "b.h").read_bytes()
    assert (tmp_path / "liba.so").read_bytes() == (tmp_path / "libb.so").read_bytes()


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_entry_is_never_used(tmp_path, env, damage):
    out = tmp_path / "six"
    build(env, SIX, "-o", out)
    (entry,) = entries(env)
    data = bytearray(entry.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x40  # inside the stored program
    elif damage == "truncate":
        del data[len(data) // 2:]
    elif damage == "garbage":
        data = bytearray(b"\x00not marshal" * 50)
    else:
        data = bytearray()
    entry.write_bytes(bytes(data))
    out.unlink()
    r = build(env, SIX, "-o", out)
    assert ran_tools(r)
    assert subprocess.run([str(out)], capture_output=True).stdout == b"6\n"
    assert entry.read_bytes() != bytes(data)  # stored afresh


@pytest.mark.parametrize("how", ["flag", "env"])
def test_no_cache_builds_and_stores_nothing(tmp_path, env, how):
    args, env2 = (["--no-cache"], env) if how == "flag" else ([], {**env, "ASMSURGEON_NO_CACHE": "1"})
    for _ in range(2):
        assert ran_tools(build(env2, SIX, "-o", tmp_path / "six", *args))
    assert entries(env) == []


def test_stdin_and_save_temps_are_not_cached(tmp_path, env):
    r = run_cli("build", "-", "-o", tmp_path / "a", input=SIX.read_bytes(), env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert ran_tools(build(env, SIX, "-o", tmp_path / "b", "--save-temps"))
    assert (tmp_path / "b.s").exists() and entries(env) == []


def test_a_hit_into_a_missing_directory_reports_like_a_build(tmp_path, env):
    build(env, SIX, "-o", tmp_path / "six")
    r = run_cli("build", SIX, "-o", tmp_path / "no" / "six", env=env)
    assert r.returncode == 2 and b"cannot write: no such directory" in r.stderr
    assert b"Traceback" not in r.stderr


def test_a_refused_build_is_not_remembered(tmp_path, env):
    bad = tmp_path / "bad.asm"
    bad.write_text("\t.text\n\t.globl\tf\nf:\n\tcall\tPyLong_FromLong@PLT\n\tret\n")
    for _ in range(2):
        r = run_cli("build", bad, "--kind", "object", "-o", tmp_path / "bad.o", env=env)
        assert r.returncode == 1 and b"PyLong_FromLong" in r.stderr
    assert entries(env) == [] and not (tmp_path / "bad.o").exists()


def test_store_evicts_the_least_recently_used(tmp_path, monkeypatch):
    monkeypatch.setenv("ASMSURGEON_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(buildcache, "MAX_ENTRIES", 3)
    out = tmp_path / "out"
    for n in range(5):
        out.write_bytes(b"program %d" % n)
        assert buildcache.store(f"k{n}", str(out), 0o777, None, [f"note {n}"])
        os.utime(buildcache._entry_path(f"k{n}"), ns=(n * 10**9, n * 10**9))
    assert buildcache.lookup("k0") is None and buildcache.lookup("k1") is None
    hit = buildcache.lookup("k2")
    assert hit.data == b"program 2" and hit.notes == ["note 2"] and hit.mode == 0o777
    out.write_bytes(b"program 5")
    buildcache.store("k5", str(out), 0o666, None, [])
    # k2 was just used, so k3 (the oldest now) went.
    assert [k for k in ("k2", "k3", "k4", "k5") if buildcache.lookup(k)] == ["k2", "k4", "k5"]


def test_unwritable_cache_is_not_an_error(tmp_path, env):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    r = build({**env, "ASMSURGEON_CACHE_DIR": str(not_a_dir)}, SIX, "-o", tmp_path / "six")
    assert subprocess.run([str(tmp_path / "six")], capture_output=True).stdout == b"6\n"
    assert ran_tools(r)


# -- scan agrees with argparse ---------------------------------------------------

def argparse_view(argv: list[str]) -> dict | None:
    """What argparse reads (the fields scan returns), or None if it refuses."""
    parser = build_parser(["build"])
    try:
        ns = parser.parse_args(["build", *argv])
    except SystemExit:
        return None
    view = vars(ns)
    return {k: view[k] for k in scan([SIX.name, "-o", "x"])}


VALUES = st.sampled_from(["o", "exe", "shared", "nope", "int64()", "f:int64()", "-", "-x", "", "a.s"])
VALUED = st.tuples(st.sampled_from(["-o", "--output", "--kind", "--header", "--function", "--sig"]), VALUES)
WORD = st.sampled_from(["--output=o", "--kind=shared", "--kind=nope", "--sig=f:int64()", "--function=",
                        "--header=h.h", "-v", "--verbose", "--save-temps", "--no-cache", "--nolibc"])
ODD = st.sampled_from(["--out", "--", "-h", "-vo", "-ox", "-o=o", "-1", "--nolibc=1", "--kind", "-o"])
# One odd spelling (which scan leaves to argparse) for every four usual ones.
OPTION = st.one_of(VALUED.map(list), VALUED.map(list), WORD.map(lambda w: [w]), WORD.map(lambda w: [w]),
                   ODD.map(lambda w: [w]))
INPUTS = st.lists(st.sampled_from(["a.s", "b.s", "-", "k.py:f"]), min_size=1, max_size=3)


@st.composite
def command_lines(draw) -> list[str]:
    """Mostly well-formed: options around one run of inputs, sometimes two."""
    options = [["-o", "out"]] + draw(st.lists(OPTION, max_size=5))
    for run in draw(st.lists(INPUTS, min_size=1, max_size=2)):
        options.insert(draw(st.integers(0, len(options))), run)
    return [w for group in options for w in group]


@settings(max_examples=500)
@given(command_lines())
def test_scan_reads_what_argparse_reads(argv):
    scanned = scan(argv)
    if scanned is None:
        return
    seen = argparse_view(argv)
    if seen is None:
        # The one difference allowed: scan does not check values, and a value
        # argparse refuses was never built, so it is never in the cache.
        assert scanned["kind"] not in ("exe", "shared", "static", "object"), argv
    else:
        assert scanned == seen, argv


@pytest.mark.parametrize("argv", [
    ["six.asm", "-o", "six"],
    ["-o", "six", "six.asm", "extra.asm", "--kind", "shared", "--header", "six.h"],
    ["six.asm", "--output=six", "--sig", "int64()", "--sig=f:int64()", "--function", "f", "-v"],
    ["six.asm", "-o", "six", "--nolibc", "--no-cache", "--save-temps", "--verbose"],
])
def test_scan_reads_the_usual_spellings(argv):
    assert scan(argv) is not None and scan(argv) == argparse_view(argv)


@pytest.mark.parametrize("argv", [
    ["six.asm"], ["six.asm", "-o"], ["six.asm", "--out", "six"], ["six.asm", "-o", "six", "--help"],
    ["a.s", "-v", "b.s", "-o", "x"], ["six.asm", "-o", "six", "--", "x"], ["-o", "-x", "a.s"],
    ["a.s", "-o", "x", "--kind", "o", "--kind=shared"],
])
def test_scan_leaves_the_unusual_to_argparse(argv):
    assert scan(argv) is None


def test_any_change_to_the_package_changes_the_key(tmp_path, monkeypatch):
    pkg = tmp_path / "asmsurgeon"
    shutil.copytree(Path(buildcache.__file__).parent.parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "grammars").mkdir()
    (tmp_path / "grammars" / "gas.lark").write_text("start: x\n")
    monkeypatch.setattr(buildcache, "__file__", str(pkg / "pipeline" / "buildcache.py"))
    before = buildcache._package_identity()
    with open(pkg / "runtime" / "cli.c", "a") as f:
        f.write("/* edited */\n")
    after_source = buildcache._package_identity()
    (tmp_path / "grammars" / "gas.lark").write_text("start: x y\n")
    after_grammar = buildcache._package_identity()
    assert len({repr(before), repr(after_source), repr(after_grammar)}) == 3
