"""The on-disk cache of parser tables: used when valid, never when stale,
corrupt or half-written, and never a reason to fail."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from asmsurgeon.asm import tables

from conftest import SAMPLES

# A grammar that differs from the shipped one in what it accepts: no `lock`.
def other_grammar() -> str:
    g = tables.grammar_text()
    assert "|lock|" in g
    return g.replace("|lock|", "|")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("ASMSURGEON_CACHE_DIR", str(d))
    return d


def root_pattern(t: dict) -> str:
    # lark numbers states differently from run to run (hash seeds), so
    # tables are compared by what they accept: the root lexer's terminals.
    return t["patterns"][t["root_lexer"]][0][0]


def cache_files(d):
    return sorted(p.name for p in d.iterdir()) if d.exists() else []


def parse_in_subprocess(cache_dir, code="parser.parse('\\tlock; nop\\n')") -> str:
    prog = f"import sys; from asmsurgeon.asm import parser; {code}; print('lark' in sys.modules)"
    env = {**os.environ, "ASMSURGEON_CACHE_DIR": str(cache_dir)}
    r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_first_run_builds_with_lark_later_runs_do_not_import_it(cache):
    assert parse_in_subprocess(cache) == "True"
    assert [n.endswith(".lalr") for n in cache_files(cache)] == [True]
    assert parse_in_subprocess(cache) == "False"


def test_changed_grammar_never_uses_old_tables(cache):
    shipped = tables.load()
    other = tables.load(other_grammar())
    assert len(cache_files(cache)) == 2  # one file per grammar
    assert "|lock|" in root_pattern(shipped) and "|lock|" not in root_pattern(other)
    # Even a file sitting under the other grammar's name (a checksum
    # collision, a file copied by hand) is refused: its source differs.
    shipped_path = tables.cache_path(tables.cache_key(tables.cache_source(tables.grammar_text())))
    other_path = tables.cache_path(tables.cache_key(tables.cache_source(other_grammar())))
    os.replace(shipped_path, other_path)
    assert tables.read(other_path, tables.cache_source(other_grammar())) is None
    again = tables.load(other_grammar())
    assert "|lock|" not in root_pattern(again)
    assert again["source"] == tables.cache_source(other_grammar())


def test_new_lark_version_means_new_tables(cache, monkeypatch):
    tables.load()
    monkeypatch.setattr(tables, "lark_version", lambda: "0.0.0-other")
    tables.load()
    assert len(cache_files(cache)) == 2


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty"])
def test_corrupt_cache_file_is_ignored_and_rewritten(cache, damage):
    good = tables.load()
    path = cache / cache_files(cache)[0]
    data = path.read_bytes()
    path.write_bytes({
        "garbage": os.urandom(len(data)),
        "truncated": data[: len(data) // 2],
        "flipped": data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
        "empty": b"",
    }[damage])
    assert tables.read(str(path), good["source"]) is None
    rebuilt = tables.load()
    assert rebuilt["source"] == good["source"] and root_pattern(rebuilt) == root_pattern(good)
    assert tables.read(str(path), good["source"]) is not None  # rewritten whole
    assert parse_in_subprocess(cache) == "False"


def test_unwritable_cache_dir_still_parses(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("ASMSURGEON_CACHE_DIR", str(blocker / "cache"))
    assert tables.load()["start"] is not None
    r = subprocess.run([sys.executable, "-m", "asmsurgeon", "rename", str(SAMPLES / "seed_six_numba049.asm"),
                        "--map", "cfunc._ZN8__main__7six$241E=six", "-o", str(tmp_path / "out.s")],
                       capture_output=True, text=True, env={**os.environ, "ASMSURGEON_CACHE_DIR": str(blocker / "c")})
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""


def test_concurrent_first_runs_leave_one_whole_file(cache):
    # Eight processes race to build and write the same cache file while a
    # ninth keeps reading it: the reader must only ever see no file or a
    # whole one, and no temporary files may be left behind.
    source = tables.cache_source(tables.grammar_text())
    path = tables.cache_path(tables.cache_key(source))
    reader = (
        "import sys, os; from asmsurgeon.asm import tables\n"
        f"src = {source!r}\nseen = 0\n"
        "for _ in range(3000):\n"
        f"    if os.path.exists({path!r}):\n"
        f"        assert tables.read({path!r}, src) is not None, 'partial file read'\n"
        "        seen += 1\n"
        "print(seen)\n"
    )
    env = {**os.environ, "ASMSURGEON_CACHE_DIR": str(cache)}
    procs = [subprocess.Popen([sys.executable, "-c", reader], env=env, stdout=subprocess.PIPE, text=True)]
    procs += [subprocess.Popen([sys.executable, "-c", "from asmsurgeon.asm import tables; tables.load()"], env=env)
              for _ in range(8)]
    for p in procs:
        p.wait()
        assert p.returncode == 0
    assert cache_files(cache) == [os.path.basename(path)]
    assert tables.read(path, source) is not None


def test_warm_rename_command_loads_no_heavy_module(cache, tmp_path):
    # Start-up is most of a short run: with the tables cached, `rename`
    # must not import lark, numba or pyelftools (test_startup.py holds
    # every command's module and a warm `build` to the same).
    tables.load()
    out = tmp_path / "out.s"
    code = ("import sys; from asmsurgeon.cli import main; "
            f"rc = main(['rename', {str(SAMPLES / 'seed_six_numba049.asm')!r}, "
            f"'--map', 'cfunc._ZN8__main__7six$241E=six', '-o', {str(out)!r}]); "
            "print(rc, sorted(m for m in ('lark', 'numba', 'elftools') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={**os.environ, "ASMSURGEON_CACHE_DIR": str(cache)})
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[0] == "0 []"
    assert "\nsix:\n" in out.read_text()
