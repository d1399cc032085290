"""`asmsurgeon rename` end to end: real files in, the real assembler on
what comes out."""

from __future__ import annotations

import pytest
from helpers import SAMPLES, assemble, elf_symbols, run_cli, single_module_samples

from asmsurgeon.asm import parser
from asmsurgeon.asm.analysis import module_info
from asmsurgeon.fileio import decode
from asmsurgeon.passes.manager import Context
from asmsurgeon.passes.rename import RenameSymbols

SEED_CFUNC = "cfunc._ZN8__main__7six$241E"


def test_seed_rename_assembles_with_new_name(tmp_path):
    out = tmp_path / "out.s"
    r = run_cli("rename", SAMPLES / "seed_six_numba049.asm", "--map", f"{SEED_CFUNC}=six", "-o", out)
    assert r.returncode == 0, r.stderr
    syms = elf_symbols(assemble(out))
    assert syms["six"]["defined"] and syms["six"]["bind"] == "STB_GLOBAL"
    assert SEED_CFUNC not in syms


def test_untouched_lines_are_printed_exactly(tmp_path):
    src = SAMPLES / "seed_six_numba049.asm"
    out = tmp_path / "out.s"
    run_cli("rename", src, "--map", f"{SEED_CFUNC}=six", "-o", out)
    before = src.read_text().splitlines(keepends=True)
    after = out.read_text().splitlines(keepends=True)
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after)
    assert len(changed) == 4  # .globl, .type, the label, .size
    assert all(a.replace(SEED_CFUNC, "six") == b for a, b in changed)


def first_cfunc(path):
    info = module_info(parser.parse(decode(path.read_bytes())))
    return next(n for n in info.functions if n.startswith("cfunc."))


@pytest.mark.parametrize("path", single_module_samples(), ids=lambda p: p.name)
def test_every_numba_sample_renames_and_assembles(tmp_path, path):
    old = first_cfunc(path)
    out = tmp_path / "out.s"
    r = run_cli("rename", path, "--map", f"{old}=renamed_fn", "-o", out)
    assert r.returncode == 0, r.stderr
    syms = elf_symbols(assemble(out))
    assert syms["renamed_fn"]["defined"]
    assert old not in syms


def test_gcc_outputs_rename_and_assemble(tmp_path, gcc_outputs):
    for path in gcc_outputs:
        out = tmp_path / (path.stem + ".renamed.s")
        r = run_cli("rename", path, "--map", "collatz_steps=steps", "--map", "name_of=label_for", "-o", out)
        assert r.returncode == 0, r.stderr
        syms = elf_symbols(assemble(out))
        assert "collatz_steps" not in syms and "name_of" not in syms
        assert ("steps" in syms) or ("label_for" in syms)


def test_rename_touches_symbols_only():
    text = "six:\n\tcall six\n\tcall sixty\n\t.asciz \"six\"\n\t.quad six+8, sixty\n\t# six\n"
    m = RenameSymbols({"six": "seven"}).run(parser.parse(text), Context())
    assert m.text == "seven:\n\tcall seven\n\tcall sixty\n\t.asciz \"six\"\n\t.quad seven+8, sixty\n\t# six\n"


def test_new_name_that_is_not_an_identifier_is_quoted(tmp_path):
    out = tmp_path / "out.s"
    r = run_cli("rename", SAMPLES / "seed_six_numba049.asm", "--map", f"{SEED_CFUNC}=my six", "-o", out)
    assert r.returncode == 0
    assert '"my six":' in out.read_text()
    assert "my six" in elf_symbols(assemble(out))


def test_map_that_matches_nothing_is_identity(tmp_path):
    src = SAMPLES / "numba_floordiv.asm"
    out = tmp_path / "out.s"
    r = run_cli("rename", src, "--map", "no_such_symbol=x", "-o", out)
    assert r.returncode == 0
    assert out.read_bytes() == src.read_bytes()
    assert b"no symbol named 'no_such_symbol'" in r.stderr


def test_stdin_to_stdout_and_map_file(tmp_path):
    maps = tmp_path / "names.txt"
    maps.write_text(f"# seed\n\n{SEED_CFUNC}=six\n")
    src = (SAMPLES / "seed_six_numba049.asm").read_bytes()
    r = run_cli("rename", "-", "--map-file", maps, input=src)
    assert r.returncode == 0
    assert b"\n six:\n" not in r.stdout and b"\nsix:\n" in r.stdout


def test_in_place(tmp_path):
    f = tmp_path / "six.s"
    f.write_bytes((SAMPLES / "seed_six_numba049.asm").read_bytes())
    r = run_cli("rename", f, "--map", f"{SEED_CFUNC}=six", "--in-place")
    assert r.returncode == 0
    assert "\nsix:\n" in f.read_text()


def test_failed_rename_leaves_existing_output_alone(tmp_path):
    out = tmp_path / "out.s"
    out.write_text("precious\n")
    bad = tmp_path / "bad.s"
    bad.write_text('\t.asciz "unterminated\n')
    r = run_cli("rename", bad, "--map", "a=b", "-o", out)
    assert r.returncode == 2
    assert out.read_text() == "precious\n"
    assert [p.name for p in tmp_path.iterdir()] and all(not p.name.endswith(".tmp") for p in tmp_path.iterdir())


@pytest.mark.parametrize("args,message", [
    (["--map", "nonsense"], "expected OLD=NEW"),
    (["--map", f"{SEED_CFUNC}=_ZN8__main__7six$241E"], "already has a symbol"),
    (["--map", "a=b", "--map", "a=c"], "mapped twice"),
])
def test_bad_maps_are_usage_errors(args, message):
    r = run_cli("rename", SAMPLES / "seed_six_numba049.asm", *args)
    assert r.returncode == 2
    assert message in r.stderr.decode()
    assert "Traceback" not in r.stderr.decode()


def test_unknown_dump_after_pass_is_a_usage_error():
    # Was a ValueError traceback from the pass manager.
    r = run_cli("rename", SAMPLES / "numba_six.asm", "--map", "a=b", "--dump-after", "nosuch")
    assert r.returncode == 2
    assert r.stderr.decode().startswith("error: --dump-after: no pass named 'nosuch'")
    assert "Traceback" not in r.stderr.decode()


def test_new_name_with_a_line_break_is_refused(tmp_path):
    # Was reported as a syntax error at line 1 of the *input* file, about a
    # line the tool itself had written.
    out = tmp_path / "out.s"
    r = run_cli("rename", SAMPLES / "seed_six_numba049.asm", "--map", f"{SEED_CFUNC}=a\nb", "-o", out)
    assert r.returncode == 2
    assert "cannot be a symbol name" in r.stderr.decode()
    assert not out.exists()
