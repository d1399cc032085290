"""build's small ELF reader (elfinfo) against pyelftools (elfcheck) on
real objects, linked programs, shared libraries and system libraries, and
on broken files."""

from __future__ import annotations

import pytest

from asmsurgeon.elfcheck import ElfError, read_report
from asmsurgeon.elfinfo import elf_facts, object_report
from conftest import SAMPLES, run_cli
from elfbuild import cc, sample_object
from hostile_objects import make_hostile_objects


def pyelftools_facts(path: str) -> dict:
    """What elf_facts returns, read with pyelftools."""
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    facts = {"needed": [], "textrel": False, "bind_now": False, "relro": False, "pie": False,
             "exec_stack": None, "defined": set(), "exported": set(), "type": None}
    with open(path, "rb") as f:
        elf = ELFFile(f)
        facts["type"] = elf["e_type"]
        for seg in elf.iter_segments():
            if seg["p_type"] == "PT_GNU_RELRO":
                facts["relro"] = True
            elif seg["p_type"] == "PT_GNU_STACK":
                facts["exec_stack"] = bool(seg["p_flags"] & 1)
        for sec in elf.iter_sections():
            if isinstance(sec, DynamicSection):
                for tag in sec.iter_tags():
                    d, v = tag.entry.d_tag, tag.entry.d_val
                    if d == "DT_NEEDED":
                        facts["needed"].append(tag.needed)
                    facts["textrel"] |= d == "DT_TEXTREL" or (d == "DT_FLAGS" and bool(v & 0x4))
                    facts["bind_now"] |= (d == "DT_BIND_NOW" or (d == "DT_FLAGS" and bool(v & 0x8))
                                          or (d == "DT_FLAGS_1" and bool(v & 0x1)))
                    facts["pie"] |= d == "DT_FLAGS_1" and bool(v & 0x08000000)
            if sec.name in (".symtab", ".dynsym"):
                for sym in sec.iter_symbols():
                    if sym.name and sym["st_shndx"] != "SHN_UNDEF":
                        facts["defined"].add(sym.name)
                        if sec.name == ".dynsym" and sym["st_info"]["bind"] != "STB_LOCAL":
                            facts["exported"].add(sym.name)
    return facts


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """A built executable, a shared library with a text relocation, a plain
    executable and the system's libc and libm."""
    from asmsurgeon.toolchain import Toolchain

    tmp = tmp_path_factory.mktemp("linked")
    exe, lib = tmp / "six", tmp / "libmean.so"
    assert run_cli("build", SAMPLES / "seed_six_numba049.asm", "-o", exe).returncode == 0
    assert run_cli("build", SAMPLES / "numba_mean.asm", "--kind", "shared", "-o", lib).returncode == 0
    obj = sample_object(tmp, "seed_six_numba049.asm")  # absolute addressing: DT_TEXTREL
    cc("-shared", "-o", tmp / "textrel.so", obj)
    (tmp / "hello.c").write_text('#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
    cc("-no-pie", "-o", tmp / "nopie", tmp / "hello.c")
    tc = Toolchain()
    return [str(p) for p in tmp.iterdir() if p.suffix not in (".o", ".c")] + \
        [tc.find_library("libc.so.6"), tc.find_library("libm.so.6")]


def test_linked_facts_agree_with_pyelftools(linked):
    for path in linked:
        assert elf_facts(path) == pyelftools_facts(path), path
    assert any(elf_facts(p)["textrel"] for p in linked)
    assert any(elf_facts(p)["pie"] for p in linked)


@pytest.mark.parametrize("sample", ["seed_six_numba049.asm", "numba_mean.asm", "numba_arange_sum.asm",
                                    "numba_hypot.asm"])
def test_object_symbols_agree_with_pyelftools(tmp_path, sample):
    obj = str(sample_object(tmp_path, sample))
    mine, theirs = object_report(obj), read_report(obj)
    assert mine.kind == theirs.kind == "relocatable"
    assert mine.symbols == theirs.symbols and mine.symbols
    assert mine.exported == theirs.exported and mine.undefined == theirs.undefined


def test_broken_files_raise_elf_error(tmp_path):
    for name, path in make_hostile_objects(tmp_path).items():
        if name == "good.o":
            assert object_report(str(path)).exported == {"f"}
            continue
        with pytest.raises(ElfError) as e:
            object_report(str(path))
        assert str(e.value).startswith(f"{path}: error: ")
        with pytest.raises(ElfError):
            elf_facts(str(path))
