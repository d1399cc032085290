"""elfcheck.read_report on real objects, executables, shared objects and
archives built here, and on broken files."""

from __future__ import annotations

import pytest
from elfbuild import ar, assemble_text, cc, sample_object, stripped_source, write

from asmsurgeon.elfcheck.elf import ElfError, read_report, system_symbols

MAIN_C = '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n'
COS_C = "#include <math.h>\ndouble wave(double x) { return cos(x) * 2.0; }\n"


def test_object_references_map_to_functions(tmp_path):
    r = read_report(str(sample_object(tmp_path, "numba_floordiv.asm")))
    assert r.kind == "relocatable" and r.entry is None and r.nx_stack is True
    undefined = {s.name for s in r.undefined}
    assert {"PyArg_UnpackTuple", "numba_do_raise", "NRT_Free"} <= undefined
    assert all(s.defined is False and s.section is None for s in r.undefined)
    (wrapper,) = r.references["PyArg_UnpackTuple"]
    assert wrapper.startswith("_ZN7cpython8__main__8floordiv")
    assert any(f.startswith("cfunc.") for f in r.references["numba_gil_ensure"])
    core = next(s for s in r.symbols if s.name.startswith("_ZN8__main__8floordiv"))
    assert core.type == "func" and core.binding == "global" and core.section == ".ltext" and core.size > 0
    env = next(s for s in r.symbols if s.name.startswith("_ZN08NumbaEnv"))
    assert env.section == "*COM*" and env.defined


def test_hardened_pie_executable(tmp_path):
    exe = tmp_path / "hello"
    cc("-O2", "-fPIE", "-pie", "-Wl,-z,relro,-z,now", "-o", exe, write(tmp_path / "m.c", MAIN_C))
    r = read_report(str(exe))
    assert (r.kind, r.pie, r.relro, r.bind_now, r.nx_stack, r.textrel) == ("executable", True, "full", True, True, False)
    assert "libc.so.6" in r.needed and r.interp and r.entry
    assert "puts" in {s.name for s in r.undefined}


def test_weak_executable_facts(tmp_path):
    exe = tmp_path / "soft"
    cc("-no-pie", "-Wl,-z,norelro,-z,lazy,-z,execstack", "-o", exe, write(tmp_path / "m.c", MAIN_C))
    r = read_report(str(exe))
    assert (r.kind, r.pie, r.relro, r.bind_now, r.nx_stack) == ("executable", False, "none", False, False)


def test_shared_objects_and_text_relocations(tmp_path):
    # Numba's large-code-model `movabsq $sym` needs the loader to patch code.
    numba_so = tmp_path / "libfact.so"
    cc("-shared", "-o", numba_so, assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm")))
    r = read_report(str(numba_so))
    assert r.kind == "shared" and r.textrel and not r.pie
    assert "fact" in r.exported and "fact" in r.dynamic_exports
    assert {s.name for s in r.dynamic_symbols} < {s.name for s in r.symbols}  # .dynsym read beside .symtab
    c_so = tmp_path / "libwave.so"
    cc("-shared", "-fPIC", "-O2", "-Wl,-soname,libwave.so.1", "-o", c_so, write(tmp_path / "w.c", COS_C))
    r = read_report(str(c_so))
    assert (r.kind, r.soname, r.textrel) == ("shared", "libwave.so.1", False)
    assert "cos" in {s.name for s in r.undefined}


def test_archive_members(tmp_path):
    a = ar(tmp_path / "libmix.a", sample_object(tmp_path, "numba_six.asm"),
           assemble_text(tmp_path, "a_member_with_a_long_file_name", stripped_source("numba_fact.asm")))
    r = read_report(str(a))
    assert r.kind == "archive"
    assert [m.path for m in r.members] == [f"{a}(numba_six.o)", f"{a}(a_member_with_a_long_file_name.o)"]
    assert {s.member for s in r.symbols} == {"numba_six.o", "a_member_with_a_long_file_name.o"}
    assert "PyArg_UnpackTuple" in r.references and "fact" in r.exported


def test_system_symbols_come_from_libc_libm_libgcc():
    names = system_symbols()
    assert {"printf", "malloc", "sqrt", "cos", "__stack_chk_fail"} <= names
    assert not any(n.startswith("PyArg_") for n in names)


@pytest.fixture
def obj_bytes(tmp_path) -> bytes:
    return sample_object(tmp_path, "numba_six.asm").read_bytes()


@pytest.mark.parametrize("mutate,message", [
    (lambda b: b[:10], "truncated ELF file"),
    (lambda b: b[:200], "truncated ELF file"),
    (lambda b: b[:len(b) // 2], "truncated"),
    (lambda b: b[:4] + b"\x01" + b[5:], "32-bit (ELFCLASS32) ELF is not supported"),
    (lambda b: b[:5] + b"\x02" + b[6:], "big-endian ELF is not supported"),
    (lambda b: b[:18] + b"\x28\x00" + b[20:], "EM_ARM ELF is not supported"),
    (lambda b: b"\x00garbage" * 10, "not an ELF file or archive"),
])
def test_broken_files_are_clear_errors(tmp_path, obj_bytes, mutate, message):
    f = tmp_path / "broken.o"
    f.write_bytes(mutate(obj_bytes))
    with pytest.raises(ElfError) as e:
        read_report(str(f))
    assert str(e.value).startswith(f"{f}: error: ") and message in str(e.value)


def test_archive_with_corrupt_member(tmp_path, obj_bytes):
    good = tmp_path / "good.o"
    good.write_bytes(obj_bytes)
    bad = write(tmp_path / "bad.o", "this is not an object\n")
    a = ar(tmp_path / "libbad.a", good, bad)
    with pytest.raises(ElfError, match=r"libbad\.a\(bad\.o\): error: archive member is not an ELF object"):
        read_report(str(a))
    cut = tmp_path / "libcut.a"
    cut.write_bytes(a.read_bytes()[:-30])
    with pytest.raises(ElfError, match="truncated archive"):
        read_report(str(cut))


def test_every_truncation_is_an_elf_error(tmp_path, obj_bytes):
    f = tmp_path / "cut.o"
    for n in range(0, len(obj_bytes), max(1, len(obj_bytes) // 40)):
        f.write_bytes(obj_bytes[:n])
        with pytest.raises(ElfError):
            read_report(str(f))
