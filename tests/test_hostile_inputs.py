"""Hostile inputs through the real CLI: each refused one gets a located
`file:line:col: error:` message, exit status 2 and no traceback, and the
output file that was there before is left exactly as it was, with no
temporary file beside it. The big and the deep ones must succeed, byte for
byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SAMPLES, assemble, elf_symbols, run_cli

from asmsurgeon.asm import parser
from asmsurgeon.fileio import decode, encode

PRECIOUS = b"precious: an output from an earlier run\n"


RENAME = ("rename", "--map", "a=b")


def refuse(tmp_path: Path, src: Path, line: int | None = None, col: int | None = None, command=RENAME) -> str:
    """Run `command` (rename) on `src` into a pre-existing output; assert
    the refusal contract and return the message."""
    out = tmp_path / "out.s"
    out.write_bytes(PRECIOUS)
    before = sorted(p.name for p in tmp_path.iterdir())
    r = run_cli(command[0], src, *command[1:], "-o", out)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2, err
    assert "Traceback" not in err
    assert r.stdout == b""
    first = err.splitlines()[0]
    where = f"{src}:{line if line is not None else ''}"
    assert first.startswith(where), first
    assert ": error: " in first
    if line is not None and col is not None:
        assert first.startswith(f"{src}:{line}:{col}: error: "), first
    assert out.read_bytes() == PRECIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temp file left
    return err


def accept(tmp_path: Path, src: Path) -> Path:
    """Rename with a map that matches nothing: exit 0, output == input."""
    out = tmp_path / "out.s"
    out.write_bytes(PRECIOUS)
    r = run_cli("rename", src, "--map", "no_such_symbol=x", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr.decode()
    assert out.read_bytes() == src.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    return out


def test_binary_data_an_object_file(tmp_path):
    obj = assemble(SAMPLES / "numba_six.asm", tmp_path / "six.o")
    err = refuse(tmp_path, obj, 1, 1)
    assert "(binary data?)" in err  # \x7fELF: a control character first


@pytest.mark.parametrize("data,col,message", [
    (b"\x00\x01\x02\x03", 1, "unexpected control character '\\x00' (binary data?)"),
    (b"\x89PNG\r\n\x1a\n", 1, "byte 0x89 is not valid UTF-8 here (binary data?)"),
    (b"\xef\xbb\xbf\t.text\n", 1, "unexpected character '\\ufeff'"),  # a UTF-8 byte-order mark
])
def test_binary_data_headers(tmp_path, data, col, message):
    src = tmp_path / "bin.s"
    src.write_bytes(data)
    err = refuse(tmp_path, src, 1, col)
    assert message in err


def test_truncated_file(tmp_path):
    data = (SAMPLES / "numba_mean.asm").read_bytes()
    cut = data.index(b"\t.asciz") + 10  # inside a string constant
    src = tmp_path / "cut.s"
    src.write_bytes(data[:cut])
    line = data[:cut].count(b"\n") + 1
    err = refuse(tmp_path, src, line)
    assert "unterminated string" in err


def test_truncated_inside_a_multi_line_comment(tmp_path):
    src = tmp_path / "cut.s"
    src.write_bytes(b"\tnop\n\tnop /* a comment\n that the file cuts")
    err = refuse(tmp_path, src, 2, 6)
    assert "unterminated comment" in err


def test_unterminated_string(tmp_path):
    src = tmp_path / "str.s"
    src.write_bytes(b'\t.text\n\t.ascii "abc\\"\n\tret\n')  # the escaped quote does not close it
    err = refuse(tmp_path, src, 2, 9)
    assert "unterminated string" in err
    # The offending line and a caret under the column.
    assert err.splitlines()[1:3] == ['\t.ascii "abc\\"', "\t       ^"]


def test_one_megabyte_ascii_line_succeeds(tmp_path):
    src = tmp_path / "big.s"
    payload = b"".join(bytes([0x20 + i % 90]) for i in range(1 << 20)).replace(b'"', b"'").replace(b"\\", b"/")
    src.write_bytes(b"\t.section .rodata\nbig:\n\t.ascii \"" + payload + b"\"\n\t.size big, .-big\n")
    accept(tmp_path, src)
    assert elf_symbols(assemble(src, tmp_path / "big.o"))["big"]["defined"]


def test_one_megabyte_quad_list_succeeds(tmp_path):
    items = b",".join(b"0x%016x" % (i * 0x9E3779B97F4A7C15 % (1 << 64)) for i in range(1 << 20 >> 4))
    src = tmp_path / "quads.s"
    src.write_bytes(b"\t.data\ntable:\n\t.quad " + items + b"\n")
    assert len(items) >= 1 << 20
    accept(tmp_path, src)


def test_one_megabyte_line_with_an_error_at_its_end(tmp_path):
    src = tmp_path / "bigbad.s"
    line = b"\t.quad " + b"0x0123456789abcdef," * (1 << 20 >> 4) + b"\x01\n"
    src.write_bytes(line)
    err = refuse(tmp_path, src, 1, len(line) - 1)
    # The context is cut around the column, not a megabyte echoed back.
    assert len(err) < 1000


@pytest.mark.parametrize("text", [
    "\t.long " + "(" * 10000 + "1" + ")" * 10000 + "\n",
    "\tmovq $" + "-~" * 5000 + "x, %rax\n",
    "\t.quad " + "+".join(["(1"] * 3000) + ")" * 3000 + "\n",
])
def test_expressions_nested_thousands_deep_succeed(tmp_path, text):
    src = tmp_path / "deep.s"
    src.write_bytes(text.encode())
    accept(tmp_path, src)


def test_expression_nested_thousands_deep_and_unclosed(tmp_path):
    src = tmp_path / "deep.s"
    text = "\t.long " + "(" * 10000 + "1" + ")" * 9999 + "\n"
    src.write_text(text)
    err = refuse(tmp_path, src, 1, len(text))
    assert "unexpected end of line" in err


def test_a_directory(tmp_path):
    d = tmp_path / "dir.s"
    d.mkdir()
    err = refuse(tmp_path, d, 1, 1)
    assert "is a directory" in err


def test_a_missing_path(tmp_path):
    err = refuse(tmp_path, tmp_path / "nope.s", 1, 1)
    assert "no such file" in err


@pytest.mark.parametrize("text,line,col,message", [
    ("\tmov eax, [rbx+4]\n", 1, 11, "unexpected character '['"),
    (".intel_syntax noprefix\n\tmov eax, DWORD PTR [rbx+4]\n", 2, 17, "unexpected 'PTR'"),
    ("\tlea rax, [rip + .LC0]\n", 1, 11, "unexpected character '['"),
    ("\tmov QWORD PTR [rsp+8], rdi\n", 1, 12, "unexpected 'PTR'"),
])
def test_intel_syntax_with_memory_operands_is_refused(tmp_path, text, line, col, message):
    src = tmp_path / "intel.s"
    src.write_text(text)
    err = refuse(tmp_path, src, line, col)
    assert message in err


def test_intel_syntax_without_memory_operands_round_trips(tmp_path):
    # `add rax, 1` is also well-formed AT&T (symbol operands), so the grammar
    # takes it: losslessly, and rename leaves it alone unless asked.
    src = tmp_path / "intel.s"
    src.write_text(".intel_syntax noprefix\n\tmov eax, 1\n\tadd rax, rbx\n\tret\n")
    accept(tmp_path, src)


@pytest.mark.parametrize("data", [b"", b"\n", b"\r\n", b"   ", b"# only a comment"])
def test_empty_and_blank_files_succeed(tmp_path, data):
    src = tmp_path / "empty.s"
    src.write_bytes(data)
    accept(tmp_path, src)
    r = run_cli("rename", "-", "--map", "a=b", input=data)
    assert r.returncode == 0 and r.stdout == data


@pytest.mark.parametrize("target", ["missing-dir/out.s", "a-directory"])
def test_unwritable_output_is_a_located_error(tmp_path, target):
    (tmp_path / "a-directory").mkdir()
    out = tmp_path / target
    r = run_cli("rename", SAMPLES / "numba_six.asm", "--map", "a=b", "-o", out)
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err
    assert f"{out}:1:1: error: cannot write" in err
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_many_hostile_lines_report_the_first(tmp_path):
    src = tmp_path / "many.s"
    src.write_bytes(b"\tnop\n" * 1000 + b"\tmov eax, [rbx]\n" + b"\x00" * 100 + b"\n")
    refuse(tmp_path, src, 1001, 11)


def test_non_utf8_comment_and_string_survive_rename(tmp_path):
    data = b"# caf\xe9\nf:\t.ascii \"\xff\xfe\"\n\tcall f # \x80\n"
    src = tmp_path / "latin.s"
    src.write_bytes(data)
    out = tmp_path / "out.s"
    r = run_cli("rename", src, "--map", "f=g", "-o", out)
    assert r.returncode == 0
    assert out.read_bytes() == data.replace(b"f:", b"g:").replace(b"call f", b"call g")
    assert encode(parser.parse(decode(data)).text) == data


# ---- strip-wrapper given what is not Numba's output ----

NOT_NUMBA = {
    "empty.s": b"",
    "blank.s": b"\n\t\n",
    "data-only.s": b"\t.data\nx:\t.long 1, 2, 3\n\t.text\n\tnop\n",
    "c-like.s": b"\t.text\n\t.globl main\n\t.type main, @function\nmain:\n\txorl %eax, %eax\n\tret\n"
                b"\t.size main, .-main\n",
    # Looks like Numba (a mangled name) but has no core/wrapper family.
    "lookalike.s": b"\t.text\n_ZN8__main__3fooEv:\n\tret\n",
}


@pytest.mark.parametrize("name", sorted(NOT_NUMBA))
def test_strip_wrapper_refuses_assembly_that_is_not_numba_output(tmp_path, name):
    src = tmp_path / name
    src.write_bytes(NOT_NUMBA[name])
    err = refuse(tmp_path, src, 1, 1, command=("strip-wrapper",))
    assert "no Numba function found" in err


def test_strip_wrapper_refuses_gcc_output(tmp_path, gcc_outputs):
    for path in gcc_outputs:
        src = tmp_path / path.name
        src.write_bytes(path.read_bytes())
        err = refuse(tmp_path, src, 1, 1, command=("strip-wrapper",))
        assert "no Numba function found" in err, path.name


@pytest.mark.parametrize("kind", ["object", "directory", "missing", "intel"])
def test_strip_wrapper_refuses_hostile_files(tmp_path, kind):
    src = tmp_path / "in.s"
    if kind == "object":
        assemble(SAMPLES / "numba_six.asm", src)
    elif kind == "directory":
        src.mkdir()
    elif kind == "intel":
        src.write_text(".intel_syntax noprefix\n\tmov eax, DWORD PTR [rbx+4]\n")
    message = {"object": "(binary data?)", "directory": "is a directory", "missing": "no such file",
               "intel": "unexpected 'PTR'"}[kind]
    assert message in refuse(tmp_path, src, command=("strip-wrapper",))


def test_terminal_control_sequences_are_not_echoed(tmp_path):
    # The offending line is shown under the message: ESC, BEL and a C1 CSI
    # from the file must reach the terminal as escapes, the caret still
    # under the column.
    src = tmp_path / "esc.s"
    src.write_bytes(b"\tnop\n\tmovq %rax, %rbx \x1b[2J\x1b]0;pwned\x07 \xc2\x9bx\n")
    err = refuse(tmp_path, src, 2, 18)
    assert not any(c in err for c in "\x1b\x07\x9b")
    assert err.splitlines()[1:3] == ["\tmovq %rax, %rbx \\x1b[2J\\x1b]0;pwned\\x07 \\x9bx", "\t" + " " * 16 + "^"]


@pytest.mark.parametrize("command", [("add-main",), ("build",)])
def test_assembly_without_a_function_names_the_file(tmp_path, command):
    src = tmp_path / "nothing.s"
    src.write_text("\t.text\n\tnop\n")
    err = refuse(tmp_path, src, command=command)
    assert err.startswith(f"{src}: error: no Numba C wrapper"), err


def test_a_function_that_is_not_there_names_the_file(tmp_path):
    src = tmp_path / "six.s"
    src.write_bytes((SAMPLES / "numba_six.asm").read_bytes())
    err = refuse(tmp_path, src, command=("add-main", "--function", "nope"))
    assert err.startswith(f"{src}: error: no function 'nope'; it has: six"), err


def test_an_unreadable_input(tmp_path):
    # /proc/self/mem cannot be read from its start, whoever runs the tests.
    src = Path("/proc/self/mem")
    for command in (RENAME, ("strip-wrapper",), ("add-main",)):
        err = refuse(tmp_path, src, 1, 1, command=command)
        assert "cannot read" in err, command


@pytest.mark.parametrize("command", [("strip-wrapper",), ("build",)])
def test_a_bad_name_option_is_called_by_its_name(tmp_path, command):
    src = tmp_path / "six.s"
    src.write_bytes((SAMPLES / "numba_six.asm").read_bytes())
    out = tmp_path / "out"
    r = run_cli(*command, src, "--name", "garbage", "-o", out)
    err = r.stderr.decode()
    assert (r.returncode, err) == (2, "error: --name: expected OLD=NEW, got 'garbage'\n")
    assert not out.exists()


def _precious_outputs(tmp_path: Path, *names: str) -> list[Path]:
    paths = [tmp_path / n for n in names]
    for p in paths:
        p.write_bytes(PRECIOUS)
    return paths


@pytest.mark.parametrize("data,row,message", [(b"a=b\nno pair here\n", 2, "expected OLD=NEW, got 'no pair here'"),
                                              (b"a=b\n# c\na=c\n", 3, "'a' is mapped twice ('b' and 'c')"),
                                              (b"\x00\x01binary=\n", 1, "expected OLD=NEW")])
def test_a_bad_map_file_line_is_located(tmp_path, data, row, message):
    names = tmp_path / "names.txt"
    names.write_bytes(data)
    out, = _precious_outputs(tmp_path, "out.s")
    r = run_cli("rename", SAMPLES / "numba_six.asm", "--map-file", names, "-o", out)
    err = r.stderr.decode()
    assert r.returncode == 2 and err.startswith(f"{names}:{row}:1: error: {message}"), err
    assert out.read_bytes() == PRECIOUS


@pytest.mark.parametrize("args,message", [
    (["--header", "lib.so"], "--header {d}/lib.so would overwrite -o {d}/lib.so"),
    (["--header", "lib.s", "--save-temps"], "--save-temps {d}/lib.s would overwrite --header {d}/lib.s"),
])
def test_outputs_that_would_overwrite_each_other_are_refused(tmp_path, args, message):
    src = tmp_path / "six.s"
    src.write_bytes((SAMPLES / "numba_six.asm").read_bytes())
    lib, = _precious_outputs(tmp_path, "lib.so")
    args = [str(tmp_path / a) if a.startswith("lib") else a for a in args]
    r = run_cli("build", src, "--kind", "shared", *args, "-o", lib)
    err = r.stderr.decode()
    assert r.returncode == 2 and err == "error: " + message.format(d=tmp_path) + "\n", err
    assert lib.read_bytes() == PRECIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.so", "six.s"]


@pytest.mark.parametrize("body,spec,message", [
    ("raise RuntimeError('boom at import')\n", "k.py:f", "{k}:1:1: error: cannot import k: RuntimeError: boom at import"),
    ("def f(x):\n    return x\n", "k.py:missing", "{k}:1:1: error: k has no function 'missing'"),
    # Python blames a file it cannot decode on <frozen importlib._bootstrap>
    ("def f(x):\n\0    return x\n", "k.py:f", "{k}:1:1: error: cannot import k: SyntaxError: source code string "
     "cannot contain null bytes"),
])
def test_python_files_that_cannot_give_the_function(tmp_path, body, spec, message):
    (tmp_path / "k.py").write_text(body)
    out, = _precious_outputs(tmp_path, "prog")
    for command in ("build", "compile"):
        r = run_cli(command, tmp_path / spec, "--sig", "int64(int64)", "-o", out)
        err = r.stderr.decode()
        assert r.returncode == 2 and "Traceback" not in err
        assert err.startswith(message.format(k=tmp_path / "k.py")), err
        assert out.read_bytes() == PRECIOUS
