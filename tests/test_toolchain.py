"""Toolchain faults with real processes: a tool missing from PATH, a tool
that fails, one that is killed, one that cannot be executed. Each raises
ToolchainError naming the tool, its command line and what it printed, and
leaves no object behind."""

from __future__ import annotations

import os
import re
import signal
import stat
from pathlib import Path

import pytest

from asmsurgeon.errors import AsmError
from asmsurgeon.toolchain import Toolchain, ToolchainError

from conftest import SAMPLES, elf_symbols

GOOD = "\t.text\n\t.globl f\nf:\n\tret\n"


def script(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def src(tmp_path) -> Path:
    p = tmp_path / "f.s"
    p.write_text(GOOD)
    return p


def test_killed_tool_leaves_no_object(tmp_path, src, monkeypatch):
    # Writes half an object to its -o argument, then dies by SIGKILL.
    tool = script(tmp_path, "dying-as", 'printf "\\177ELFhalf" > "$2"\necho "about to die" >&2\nkill -9 $$\n')
    monkeypatch.setenv("AS", str(tool))
    obj = tmp_path / "f.o"
    with pytest.raises(ToolchainError) as e:
        Toolchain().assemble(str(src), str(obj))
    assert f"killed by signal {int(signal.SIGKILL)}" in str(e.value)
    assert "  | about to die" in str(e.value)
    assert not obj.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_killed_tool_leaves_an_older_object_alone(tmp_path, src, monkeypatch):
    obj = tmp_path / "f.o"
    Toolchain().assemble(str(src), str(obj))
    before = obj.read_bytes()
    monkeypatch.setenv("AS", str(script(tmp_path, "dying-as", 'printf "junk" > "$2"\nkill -9 $$\n')))
    with pytest.raises(ToolchainError):
        Toolchain().assemble(str(src), str(obj))
    assert obj.read_bytes() == before
