"""Refuse, before anything runs, a build whose outputs would land on its
inputs or cannot be written at all: the failure would otherwise come after
minutes of work, as a traceback, or as a silently destroyed source file."""

from __future__ import annotations

import os

from ..errors import InputError, UsageError


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def temp_names(output: str, kind: str, count: int) -> list[str]:
    """What --save-temps writes beside the output (see build.assemble_all)."""
    base = os.path.splitext(output)[0] if kind != "exe" else output
    suffixes = [""] if count == 1 else [f".{n}" for n in range(count)]
    return [f"{base}{s}{ext}" for s in suffixes for ext in (".s", ".o")]


def check_outputs(inputs: list[str], output: str, header: str | None, kind: str, save_temps: bool) -> None:
    paths = [i.rpartition(":")[0] if ".py:" in i else i for i in inputs if i != "-"]
    written = [("-o", output)] + ([("--header", header)] if header else [])
    if save_temps:
        written += [("--save-temps", t) for t in temp_names(output, kind, len(inputs))]
    for n, (option, target) in enumerate(written):
        for other, earlier in written[:n]:  # one output written over another
            if _same(target, earlier):
                raise UsageError(f"{option} {target} would overwrite {other} {earlier}")
        for src in paths:
            if _same(target, src):
                raise UsageError(f"{option} {target} would overwrite the input {src}")
    for option, target in written[: 2]:
        if os.path.isdir(target):
            raise InputError(target, f"cannot write {option} here: it is a directory")
        directory = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(directory):
            raise InputError(target, "cannot write: no such directory")
        if not os.access(directory, os.W_OK | os.X_OK):
            raise InputError(target, f"cannot write: permission denied in {directory}")
