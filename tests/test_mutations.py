"""Mutation tests: real compiler output, damaged on purpose (bytes deleted,
duplicated, truncated, flipped, garbage inserted). Whatever comes out, the
parser gives it back byte for byte or raises the documented AsmSyntaxError,
and the CLI exits 0 (output identical to input: the map matches nothing) or
2 (a located message, no traceback, no output file).

The mutations come from a seeded random.Random, so every run damages the
files the same way; a failure names the file, the mutation and the seed.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from asmsurgeon import parser
from asmsurgeon.errors import AsmSyntaxError
from asmsurgeon.fileio import decode, encode

from conftest import numba_samples

# Counted in the README's "Reliability" section.
LIBRARY_MUTANTS_PER_FILE = 200
CLI_MUTANTS_PER_FILE = 3

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


def mutants(data: bytes, count: int, seed: str):
    rng = random.Random(seed)
    for k in range(count):
        mutate = MUTATORS[k % len(MUTATORS)]
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
