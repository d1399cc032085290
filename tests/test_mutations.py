"""Mutation tests: real compiler output, damaged on purpose (bytes deleted,
duplicated, truncated, flipped, garbage inserted). Whatever comes out, the
parser gives it back byte for byte or raises the documented AsmSyntaxError,
and the CLI exits 0 (output identical to input: the map matches nothing) or
2 (a located message, no traceback, no output file).

Byte damage mostly stops at the parser; line damage (whole lines dropped,
duplicated or swapped, a number or a symbol replaced) keeps the file
parseable, so it reaches strip-wrapper's passes and `symbols`' analysis,
which must succeed or raise AsmError, never anything else.

The mutations come from a seeded random.Random, so every run damages the
files the same way; a failure names the file, the mutation and the seed.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import numba_samples

from asmsurgeon.asm import parser
from asmsurgeon.commands.symbols import describe
from asmsurgeon.elfcheck.inputs import Loaded, assembly_report
from asmsurgeon.errors import AsmError, AsmSyntaxError
from asmsurgeon.fileio import decode, encode
from asmsurgeon.passes.pipelines import strip_module

# Counted in docs/reliability.md.
LIBRARY_MUTANTS_PER_FILE = 200
CLI_MUTANTS_PER_FILE = 3
LINE_MUTANTS_PER_FILE = 60
CLI_MUTANTS_PER_KIND = 1  # a byte and a line mutant per sample, through strip-wrapper and symbols

_GARBAGE = [b"\x00", b"\xff\xfe", b'"', b"/*", b"*/", b"#", b";", b":", b",", b"(", b")", b"$", b"%", b"{", b"}",
            b"\r", b"\n", b"\t", b"\\", b"@", b"movq %rax,", b".long", b"\x7fELF", b"\xc3\x28", b"0x", b"1b"]


def _delete(rng, d):
    i = rng.randrange(len(d))
    return d[:i] + d[i + rng.randint(1, 64):], f"delete@{i}"


def _duplicate(rng, d):
    i = rng.randrange(len(d))
    j = min(len(d), i + rng.randint(1, 200))
    return d[:j] + d[i:j] + d[j:], f"duplicate@{i}:{j}"


def _truncate(rng, d):
    i = rng.randrange(len(d))
    return d[:i], f"truncate@{i}"


def _flip(rng, d):
    b = bytearray(d)
    spots = [rng.randrange(len(b)) for _ in range(rng.randint(1, 4))]
    for i in spots:
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b), f"flip@{spots}"


def _insert(rng, d):
    i = rng.randrange(len(d))
    junk = rng.choice(_GARBAGE) if rng.random() < 0.7 else bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return d[:i] + junk + d[i:], f"insert@{i}:{junk!r}"


MUTATORS = [_delete, _duplicate, _truncate, _flip, _insert]


def _drop_lines(rng, d):
    lines = d.splitlines(keepends=True)
    i, n = rng.randrange(len(lines)), rng.randint(1, 5)
    return b"".join(lines[:i] + lines[i + n:]), f"drop-lines@{i}+{n}"


def _duplicate_lines(rng, d):
    lines = d.splitlines(keepends=True)
    i, n = rng.randrange(len(lines)), rng.randint(1, 8)
    return b"".join(lines[:i + n] + lines[i:i + n] + lines[i + n:]), f"duplicate-lines@{i}+{n}"


def _swap_lines(rng, d):
    lines = d.splitlines(keepends=True)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"".join(lines), f"swap-lines@{i},{j}"


_NUMBERS = [b"0", b"-1", b"4096", b"0x7fffffffffffffff", b"18446744073709551616", b"(1<<40)", b"x+1"]


def _replace_number(rng, d):
    m = rng.choice(list(re.finditer(rb"(?<![\w.$])\d+\b", d)))
    new = rng.choice(_NUMBERS)
    return d[:m.start()] + new + d[m.end():], f"number@{m.start()}:{new!r}"


def _replace_symbol(rng, d):
    words = list(re.finditer(rb"[A-Za-z_.][\w.$]*", d))
    a, b = rng.choice(words), rng.choice(words)
    return d[:a.start()] + b.group() + d[a.end():], f"symbol@{a.start()}:{b.group()[:40]!r}"


LINE_MUTATORS = [_drop_lines, _duplicate_lines, _swap_lines, _replace_number, _replace_symbol]


def mutants(data: bytes, count: int, seed: str, mutators=MUTATORS):
    rng = random.Random(seed)
    for k in range(count):
        mutate = mutators[k % len(mutators)]
        yield mutate(rng, data)


def check_library(data: bytes, what: str) -> bool:
    """True if it parsed (and round-tripped), False if AsmSyntaxError."""
    text = decode(data)
    try:
        module = parser.parse(text, "m.s")
    except AsmSyntaxError as e:
        physical = text.split("\n")
        assert 1 <= e.line <= len(physical), what
        assert 1 <= e.col <= len(physical[e.line - 1]) + 1, what
        e.render()
        return False
    assert encode(module.text) == data, what
    check_passes(module, what)
    return True


def check_passes(module, what: str) -> bool:
    """strip-wrapper's passes and `symbols`' description of a parsed
    mutant: True if strip-wrapper took it, False if it raised AsmError
    (no Numba function left, say); any other exception fails the test."""
    describe(Loaded(assembly_report(module, "m.s"), module))
    try:
        strip_module(module)
    except AsmError as e:
        assert str(e), what
        return False
    return True


@pytest.mark.parametrize("path", numba_samples(), ids=lambda p: p.name)
def test_mutated_numba_samples_round_trip_or_raise_syntax_error(path):
    data = path.read_bytes()
    outcomes = [check_library(m, f"{path.name} {how}")
                for m, how in mutants(data, LIBRARY_MUTANTS_PER_FILE, path.name)]
    assert len(outcomes) == LIBRARY_MUTANTS_PER_FILE


def test_mutated_gcc_outputs_round_trip_or_raise_syntax_error(gcc_outputs):
    outcomes = []
    for path in gcc_outputs:
        data = path.read_bytes()
        outcomes += [check_library(m, f"{path.name} {how}")
                     for m, how in mutants(data, LIBRARY_MUTANTS_PER_FILE, path.name)]
    # Both outcomes occur: the damage is neither always fatal nor always benign.
    assert True in outcomes and False in outcomes


@pytest.mark.parametrize("path", numba_samples(), ids=lambda p: p.name)
def test_line_mutants_through_strip_wrapper_and_symbols(path):
    # A few do not parse (`x+1` where a plain number must be): those raise
    # the located syntax error, like the byte mutants.
    outcomes = [check_library(m, f"{path.name} {how}")
                for m, how in mutants(path.read_bytes(), LINE_MUTANTS_PER_FILE, "lines:" + path.name, LINE_MUTATORS)]
    assert len(outcomes) == LINE_MUTANTS_PER_FILE and True in outcomes, path.name


def test_mutants_through_strip_wrapper_and_symbols_cli(tmp_path):
    """Real `strip-wrapper` and `symbols` processes on a byte mutant and a
    line mutant of every Numba sample: exit 0 with output, or exit 2 with
    a message naming the file, the older output untouched; never a
    traceback."""
    argvs, jobs = [], []
    for path in numba_samples():
        kinds = [mutants(path.read_bytes(), CLI_MUTANTS_PER_KIND, "strip-cli:" + path.name),
                 mutants(path.read_bytes(), CLI_MUTANTS_PER_KIND, "strip-cli-lines:" + path.name, LINE_MUTATORS)]
        for k, (data, how) in enumerate(m for kind in kinds for m in kind):
            src = tmp_path / f"{path.stem}.{k}.s"
            src.write_bytes(data)
            out = tmp_path / f"{path.stem}.{k}.out.s"
            out.write_bytes(b"precious\n")
            jobs += [(src, out, f"{path.name} {how}")] * 2
            argvs += [["strip-wrapper", str(src), "-o", str(out)], ["symbols", str(src)]]
    statuses = set()
    for (src, out, what), (argv, rc, stdout, err) in zip(jobs, run_pairs(argvs)):
        statuses.add((argv[0], rc))
        assert rc in (0, 2), (what, argv, rc, err)
        assert "Traceback" not in err, (what, argv)
        if rc == 2:
            assert err.startswith(f"{src}:") and ": error: " in err.splitlines()[0], (what, argv, err)
            assert stdout == b"", (what, argv)
        if argv[0] == "strip-wrapper":
            assert (out.read_bytes() == b"precious\n") == (rc == 2), what
        else:
            assert bool(stdout) == (rc == 0), what
    assert {("strip-wrapper", 0), ("strip-wrapper", 2), ("symbols", 0), ("symbols", 2)} <= statuses
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def run_pairs(argvs: list[list[str]]):
    """(argv, status, stdout, stderr) of real CLI processes, two at a time
    (the machine has two cores)."""
    for i in range(0, len(argvs), 2):
        procs = [(argv, subprocess.Popen([sys.executable, "-m", "asmsurgeon", *argv],
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)) for argv in argvs[i:i + 2]]
        for argv, p in procs:
            out, err = p.communicate(timeout=120)
            yield argv, p.returncode, out, err.decode("utf-8", "replace")


def test_mutated_files_through_the_cli(tmp_path, gcc_outputs):
    """Real `asmsurgeon rename` processes, two at a time (the machine has
    two cores), on mutants of every sample and GCC output."""
    jobs = []
    for path in [*numba_samples(), *gcc_outputs]:
        for k, (data, how) in enumerate(mutants(path.read_bytes(), CLI_MUTANTS_PER_FILE, "cli:" + path.name)):
            src = tmp_path / f"{path.stem}.{k}.s"
            src.write_bytes(data)
            jobs.append((src, tmp_path / f"{path.stem}.{k}.out.s", data, f"{path.name} {how}"))
    results = []
    for i in range(0, len(jobs), 2):
        procs = [(job, subprocess.Popen([sys.executable, "-m", "asmsurgeon", "rename", str(job[0]),
                                         "--map", "no_such_symbol_here=x", "-o", str(job[1])],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE))
                 for job in jobs[i:i + 2]]
        for job, p in procs:
            out, err = p.communicate()
            results.append((job, p.returncode, out, err.decode("utf-8", "replace")))
    statuses = set()
    for (src, dst, data, what), rc, out, err in results:
        statuses.add(rc)
        assert rc in (0, 2), (what, rc, err)
        assert "Traceback" not in err, what
        assert out == b"", what
        if rc == 0:
            assert dst.read_bytes() == data, what
        else:
            assert err.startswith(f"{src}:"), (what, err)
            assert ": error: " in err.splitlines()[0], (what, err)
            assert not dst.exists(), what
    assert statuses == {0, 2}
    assert not [p.name for p in Path(tmp_path).iterdir() if p.name.endswith(".tmp")]
