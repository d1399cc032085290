"""strip-wrapper on real Numba output: assemble with `as`, read the object
with pyelftools, link into a PIE with a C main and run it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers import SAMPLES, assemble, elf_symbols, numba_samples, run_cli

from asmsurgeon.asm.analysis import module_info
from asmsurgeon.asm.parser import parse
from asmsurgeon.errors import InputError, UsageError
from asmsurgeon.numba_abi.demangle import c_names, parse_numba_name
from asmsurgeon.passes.pipelines import strip_module, strip_wrapper
from asmsurgeon.toolchain import runtime
from asmsurgeon.toolchain.tools import Toolchain

# C declarations of each sample's function, a call, and what it prints.
HARNESS = """\
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *asmsurgeon_excinfo_text(const void *excinfo, int status);
/* A hook of one's own, as a library would have; the runtime does the rest. */
void asmsurgeon_raise(const void *p, int status) {
    char *text = asmsurgeon_excinfo_text(p, status);
    printf("%s\\n", text);
    free(text);
    exit(1);
}
"""

PROGRAMS = {
    "numba_six.asm": ("int64_t six(void);", 'printf("%lld\\n", (long long)six());', "6"),
    "seed_six_numba049.asm": ("int64_t six(void);", 'printf("%lld\\n", (long long)six());', "6"),
    "numba_add.asm": ("int64_t add_int64_int64(int64_t, int64_t); double add_float64_float64(double, double);",
                      'printf("%lld %g\\n", (long long)add_int64_int64(2, 3), add_float64_float64(0.5, 0.25));',
                      "5 0.75"),
    "numba_hypot.asm": ("double hypot(double, double);", 'printf("%g\\n", hypot(3, 4));', "5"),
    "numba_fact.asm": ("int64_t fact(int64_t);", 'printf("%lld\\n", (long long)fact(10));', "3628800"),
    "numba_is_even.asm": ("_Bool is_even(int64_t);", 'printf("%d %d\\n", is_even(4), is_even(7));', "1 0"),
    "numba_scale32.asm": ("float scale32(float);", 'printf("%g\\n", scale32(2.0f));', "3"),
    "numba_mean.asm": ("double mean(void *, void *, int64_t, int64_t, double *, int64_t, int64_t);",
                       'double a[4] = {1, 2, 3, 6}; printf("%g\\n", mean(0, 0, 4, 8, a, 4, 8));', "3"),
    "numba_arange_sum.asm": ("int64_t arange_sum(int64_t);", 'printf("%lld\\n", (long long)arange_sum(10));', "45"),
    "numba_floordiv.asm": ("int64_t floordiv(int64_t, int64_t);",
                           'printf("%lld\\n", (long long)floordiv(7, 2)); fflush(stdout); floordiv(1, 0);',
                           "3\nZeroDivisionError: integer division by zero"),
    "numba_check_positive.asm": ("double check_positive(double);",
                                 'printf("%g\\n", check_positive(16)); fflush(stdout); check_positive(-1);',
                                 "4\nValueError: x must be >= 0"),
}

PYTHON_PREFIXES = ("Py", "_Py", "numba_", "_ZN7cpython", "_ZN08NumbaEnv")


def function_bytes(obj: Path) -> dict[str, bytes]:
    """Each defined function's bytes, from its .symtab value and size."""
    from elftools.elf.elffile import ELFFile

    out = {}
    with open(obj, "rb") as f:
        elf = ELFFile(f)
        for sym in elf.get_section_by_name(".symtab").iter_symbols():
            if sym["st_info"]["type"] == "STT_FUNC" and isinstance(sym["st_shndx"], int):
                data = elf.get_section(sym["st_shndx"]).data()
                out[sym.name] = data[sym["st_value"]:sym["st_value"] + sym["st_size"]]
    return out


def has_textrel(exe: Path) -> bool:
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    with open(exe, "rb") as f:
        for sec in ELFFile(f).iter_sections():
            if isinstance(sec, DynamicSection):
                for tag in sec.iter_tags():
                    if tag.entry.d_tag == "DT_TEXTREL":
                        return True
                    if tag.entry.d_tag == "DT_FLAGS" and tag.entry.d_val & 0x4:
                        return True
    return False


def link_and_run(tmp: Path, asm_text: str, decls: str, body: str) -> tuple[subprocess.CompletedProcess, Path]:
    src = tmp / "lib.s"
    src.write_text(asm_text)
    main = tmp / "main.c"
    main.write_text(HARNESS + decls + "\nint main(void) {\n" + body + "\nreturn 0;\n}\n")
    exe = tmp / "prog"
    Toolchain().cc(["-pie", "-fPIE", "-o", str(exe), str(main), str(src), *runtime.objects(Toolchain()), "-lm"])
    return subprocess.run([str(exe)], capture_output=True, text=True), exe


def python_symbols(obj: Path) -> list[str]:
    return sorted(n for n in elf_symbols(obj) if n.startswith(PYTHON_PREFIXES))


@pytest.fixture(scope="module")
def stripped(tmp_path_factory) -> dict[str, tuple[str, Path]]:
    out = {}
    tmp = tmp_path_factory.mktemp("stripped")
    for path in numba_samples():
        text = strip_wrapper(path.read_text(), path=str(path))
        src = tmp / (path.stem + ".s")
        src.write_text(text)
        out[path.name] = (text, assemble(src))
    return out


@pytest.mark.parametrize("sample", [p.name for p in numba_samples()])
def test_no_python_left_and_c_names_global(stripped, sample):
    text, obj = stripped[sample]
    syms = elf_symbols(obj)
    assert python_symbols(obj) == []
    assert not [n for n in syms if n.startswith("cfunc.")]
    original = module_info(parse((SAMPLES / sample).read_text()))
    expected = c_names(s for s in original.symbols if (n := parse_numba_name(s)) and n.role == "cfunc")
    assert expected
    for name in expected.values():
        assert syms[name]["defined"] and syms[name]["bind"] == "STB_GLOBAL" and syms[name]["type"] == "STT_FUNC"


@pytest.mark.parametrize("sample", [p.name for p in numba_samples()])
def test_core_functions_keep_their_machine_code(tmp_path, sample):
    """With --keep-absolute the core functions are byte-identical to the
    input's (merged, renamed only); without it, only address loads differ."""
    text = (SAMPLES / sample).read_text()
    reference = strip_module(parse(text), keep_wrapper=True, keep_absolute=True)
    absolute = strip_module(parse(text), keep_absolute=True)
    pic = strip_module(parse(text))
    for name, module in (("ref", reference), ("abs", absolute)):
        (tmp_path / f"{name}.s").write_text(module.text)
    ref_bytes = function_bytes(assemble(tmp_path / "ref.s"))
    abs_bytes = function_bytes(assemble(tmp_path / "abs.s"))
    ref_info, pic_info = module_info(reference), module_info(pic)
    cores = [s for s in ref_info.symbols if (n := parse_numba_name(s)) and n.role == "core" and ref_info.symbols[s].defined]
    assert cores
    for core in cores:
        assert abs_bytes[core] == ref_bytes[core]
        before = _code(reference, ref_info, core)
        after = _code(pic, pic_info, core)
        assert len(before) == len(after)
        for old, new in zip(before, after):
            if old != new:
                assert old.split()[0] == "movabsq", old
                assert new.split()[0] in ("leaq", "movq") and "(%rip)" in new, new


def _code(module, info, name) -> list[str]:
    ext = info.extents[name]
    return [line.text for line in module.lines[ext.label:ext.stop] if "instruction" in line.statement_kinds()]


@pytest.mark.parametrize("sample", sorted(PROGRAMS))
def test_links_into_pie_and_runs(tmp_path, stripped, sample):
    decls, body, expected = PROGRAMS[sample]
    proc, exe = link_and_run(tmp_path, stripped[sample][0], decls, body)
    assert proc.stdout.strip() == expected
    assert proc.returncode == (1 if "Error" in expected else 0)
    assert not has_textrel(exe)


def test_error_hook_gets_the_decoded_message(tmp_path, stripped):
    text = stripped["numba_floordiv.asm"][0]
    assert '.asciz\t"ZeroDivisionError: integer division by zero"' in text
    assert "callq\tasmsurgeon_raise@PLT" in text
    assert "pickledata" not in text


def test_keep_wrapper_only_renames():
    text = (SAMPLES / "numba_floordiv.asm").read_text()
    out = strip_wrapper(text, keep_wrapper=True)
    assert "_ZN7cpython8__main__8floordiv" in out and "numba_unpickle" in out
    assert "\nfloordiv:" in out and "cfunc." not in out


def test_names_override_by_cfunc_core_or_default_name():
    text = (SAMPLES / "numba_add.asm").read_text()
    core = next(s for s in module_info(parse(text)).symbols if s.endswith("dEdd") and s.startswith("_ZN8"))
    out = strip_wrapper(text, names={"add_int64_int64": "iadd", core: "fadd"})
    assert "\niadd:" in out and "\nfadd:" in out
    with pytest.raises(UsageError, match="no Numba function called 'nope'"):
        strip_wrapper(text, names={"nope": "x"})
    with pytest.raises(UsageError, match="two functions would be called 'add_float64_float64'"):
        strip_wrapper(text, names={"add_int64_int64": "add_float64_float64"})


def test_no_numba_function_is_an_input_error():
    with pytest.raises(InputError, match=r"^x\.s:1:1: error: no Numba function found"):
        strip_wrapper("\t.text\nmain:\n\tretq\n", path="x.s")


def test_several_modules_and_files_merge(tmp_path):
    add = (SAMPLES / "numba_add.asm").read_text()
    assert add.count(".Lfunc_end0:") == 2
    out = tmp_path / "all.s"
    proc = run_cli("strip-wrapper", SAMPLES / "numba_add.asm", SAMPLES / "numba_six.asm",
                   SAMPLES / "seed_six_numba049.asm", SAMPLES / "numba_arange_sum.asm", "-o", out)
    assert proc.returncode == 0, proc.stderr
    syms = elf_symbols(assemble(out))
    for name in ("add_int64_int64", "add_float64_float64", "six_void_v1", "six_void__241", "arange_sum"):
        assert syms[name]["defined"]
    assert python_symbols(out.with_suffix(".o")) == []


def test_cli_stdin_stdout_explain_and_dump(tmp_path):
    data = (SAMPLES / "numba_floordiv.asm").read_bytes()
    proc = run_cli("strip-wrapper", "-", "--explain", "--dump-after", "error-hook", input=data)
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert "# ---- after pass error-hook ----" in err
    assert "removed: _ZN7cpython8__main__8floordiv" in err and "CPython wrapper of __main__.floordiv(int64, int64)" in err
    assert "exception: .const.picklebuf." in err and "ZeroDivisionError: integer division by zero" in err
    assert b"\nfloordiv:" in proc.stdout


def test_cli_errors_exit_2_without_output(tmp_path):
    out = tmp_path / "out.s"
    proc = run_cli("strip-wrapper", "-", "-o", out, input=b"\t.text\nf:\n\tretq\n")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("<stdin>:1:1: error: no Numba function found")
    assert not out.exists()
    proc = run_cli("strip-wrapper", SAMPLES / "numba_six.asm", "--dump-after", "nosuch")
    assert proc.returncode == 2 and b"no pass named" in proc.stderr


def test_a_line_of_several_statements_is_neither_a_crash_nor_lost(tmp_path):
    # `a; b` is one line of two statements: the analysis must read the
    # directive (not the last statement), and the PIC rewrite of a section
    # line must not drop the instruction that shares it.
    text = (SAMPLES / "numba_six.asm").read_text()
    text = text.replace('\t.section\t.ltext,"axl",@progbits\n', '\t.section\t.ltext,"axl",@progbits; nop\n', 1)
    assert "; nop\n" in text
    out = strip_wrapper(text)
    assert '.ltext,"axl",@progbits; nop\n' in out
    src = tmp_path / "six.s"
    src.write_text(out)
    assert elf_symbols(assemble(src))["six"]["defined"]
    mutant = (SAMPLES / "numba_ret_int32.asm").read_text().replace('"al",@progbits\n', '"al",@progbit;s\n', 1)
    assert '"al",@progbit;s\n' in strip_wrapper(mutant)  # `s` is no instruction, but `as` says so


@pytest.mark.parametrize("data", ["\t.zero\t1<<3\n", "\t.zero\t0x10000000000\n", "\t.byte\t1+1\n"])
def test_exception_constant_that_is_not_plain_data(data):
    # Not a pickle we can read: the generic message, not a crash (nor a
    # terabyte allocated for a `.zero`).
    text = (SAMPLES / "numba_floordiv.asm").read_text()
    start = text.index("\t.ascii\t\"\\200\\004")
    text = text[:start] + data + text[text.index("\n", start) + 1:]
    out = strip_wrapper(text)
    assert '.asciz\t"exception raised by Numba-compiled code"' in out
