"""The shipped parser tables: made from the shipped grammar, the language
lark's own tables accept, refused when the grammar changed, and loaded
without lark."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import SAMPLES, numba_samples

from asmsurgeon.asm import gas_tables, lalr, parser, tables
from asmsurgeon.errors import AsmError
from asmsurgeon.fileio import decode


# A grammar that differs from the shipped one in what it accepts: no `lock`.
def other_grammar() -> str:
    g = tables.grammar_text()
    assert "|lock|" in g
    return g.replace("|lock|", "|")


def root_pattern(t: dict) -> str:
    # lark numbers states differently from run to run (hash seeds, object
    # ids), so tables are compared by what they accept.
    return t["patterns"][t["root_lexer"]][0][0]


def test_shipped_tables_were_made_from_the_shipped_grammar():
    assert gas_tables.GRAMMAR == tables.grammar_text()
    assert tables.load() is gas_tables.TABLES


def test_a_changed_grammar_is_refused_not_parsed_with_stale_tables():
    with pytest.raises(AsmError, match="not generated from this grammar.*tablegen"):
        tables.load(other_grammar())


def test_regenerated_tables_accept_what_the_shipped_ones_accept(gcc_outputs):
    from asmsurgeon.asm import tablegen

    fresh = tablegen.build(tables.grammar_text())
    shipped = tables.load()
    assert root_pattern(fresh) == root_pattern(shipped)
    assert "|lock|" not in root_pattern(tablegen.build(other_grammar()))
    # The same trees (rule names and token spans), line by line, on every
    # sample and GCC output; the same kind of failure where there is one.
    drivers = [tree_driver(t) for t in (fresh, shipped)]
    for path in [*numba_samples(), *gcc_outputs]:
        for line in decode(path.read_bytes()).splitlines():
            assert outcome(drivers[0], line + "\n") == outcome(drivers[1], line + "\n"), line


def tree_driver(t: dict) -> lalr.Driver:
    names = {name for _, _, name, inline, _, _ in t["rules"] if not inline}
    return lalr.Driver(t, {n: (lambda name: lambda ctx, c: (name, c))(n) for n in names})


def outcome(driver: lalr.Driver, text: str):
    toks: list = []
    try:
        tree = driver.parse(text, None, toks)
    except (lalr.UnexpectedCharacters, lalr.UnexpectedToken) as e:
        return type(e).__name__
    return resolve(tree, toks)


def resolve(node, toks):
    if isinstance(node, int):
        return toks[node]
    name, children = node
    return (name, [resolve(c, toks) for c in children])


def test_no_command_imports_lark(tmp_path):
    # Start-up is most of a short run: `rename` must not import lark, numba
    # or pyelftools (test_startup.py holds every command to the same).
    out = tmp_path / "out.s"
    code = ("import sys; from asmsurgeon.cli import main; "
            f"rc = main(['rename', {str(SAMPLES / 'seed_six_numba049.asm')!r}, "
            f"'--map', 'cfunc._ZN8__main__7six$241E=six', '-o', {str(out)!r}]); "
            "print(rc, sorted(m for m in ('lark', 'numba', 'elftools') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[0] == "0 []"
    assert "\nsix:\n" in out.read_text()


def test_parse_works_without_a_cache_directory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    code = "from asmsurgeon.asm import parser; print(len(parser.parse('\\tlock; nop\\n').lines))"
    import os

    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={**os.environ, "ASMSURGEON_CACHE_DIR": str(blocker / "c")})
    assert r.returncode == 0 and r.stdout.strip() == "1", r.stderr
    assert parser.parse("\tnop\n").lines
