"""Semantic safety of rename, judged by the real assembler: the object
built from rename's output is the object built from its input, section
for section and symbol for symbol; a real rename changes the renamed
symbol's name and nothing else (string table and the name offsets in the
symbol table aside, which must move when a name changes length)."""

from __future__ import annotations

import pytest
from helpers import assemble, elf_digest, run_cli, single_module_samples

from asmsurgeon.asm import parser
from asmsurgeon.asm.analysis import module_info
from asmsurgeon.fileio import decode

ASSEMBLABLE = single_module_samples()
NEW_NAME = "c_entry_point"


def pick_function(path) -> str:
    """The symbol a user would rename: Numba's cfunc wrapper, or for GCC
    output the first global function."""
    info = module_info(parser.parse(decode(path.read_bytes())))
    funcs = info.functions
    cfuncs = [n for n in funcs if n.startswith("cfunc.")]
    if cfuncs:
        return cfuncs[0]
    return next(n for n in funcs if info.symbols[n].binding == "global")


def check_rename_semantics(path, tmp_path):
    work = tmp_path / path.stem
    work.mkdir()
    base = elf_digest(assemble(path, work / "in.o"))
    name = pick_function(path)

    # Identity and no-match maps together: the output is the input.
    same = work / "same.s"
    r = run_cli("rename", path, "--map", f"{name}={name}", "--map", "no_such_symbol=x", "-o", same)
    assert r.returncode == 0, r.stderr
    assert same.read_bytes() == path.read_bytes()
    assert elf_digest(assemble(same, work / "same.o")) == base

    # A real rename: every section but the string table is byte-identical,
    # the symbol table the same entry for entry except the one name.
    renamed = work / "renamed.s"
    r = run_cli("rename", path, "--map", f"{name}={NEW_NAME}", "-o", renamed)
    assert r.returncode == 0, r.stderr
    sections, symbols = elf_digest(assemble(renamed, work / "renamed.o"))
    base_sections, base_symbols = base
    assert sections.keys() == base_sections.keys()
    for sec in base_sections:
        if sec == ".strtab":
            continue
        if sec == ".symtab":  # name offsets move; entries are compared below
            assert sections[sec][:6] == base_sections[sec][:6]
            continue
        assert sections[sec] == base_sections[sec], f"{path.name}: section {sec} changed"
    assert [s[0] for s in base_symbols].count(name) == 1
    expected = [((NEW_NAME,) + s[1:]) if s[0] == name else s for s in base_symbols]
    assert symbols == expected


@pytest.mark.parametrize("path", ASSEMBLABLE, ids=lambda p: p.name)
def test_numba_objects_are_unchanged_by_rename(path, tmp_path):
    check_rename_semantics(path, tmp_path)


def test_gcc_objects_are_unchanged_by_rename(gcc_outputs, tmp_path):
    for path in gcc_outputs:
        check_rename_semantics(path, tmp_path)
