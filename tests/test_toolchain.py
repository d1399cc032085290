"""Toolchain faults with real processes: a tool missing from PATH, a tool
that fails, one that is killed, one that cannot be executed. Each raises
ToolchainError naming the tool, its command line and what it printed, and
leaves no object behind."""

from __future__ import annotations

import errno
import os
import re
import signal
import stat
import time
from pathlib import Path

import pytest
from helpers import SAMPLES, elf_symbols

from asmsurgeon.errors import AsmError
from asmsurgeon.toolchain.tools import Toolchain, ToolchainError

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


def test_real_as_assembles(tmp_path, src):
    obj = tmp_path / "f.o"
    Toolchain().assemble(str(src), str(obj))
    assert elf_symbols(obj)["f"]["defined"]


def test_as_missing_from_path(tmp_path, src, monkeypatch):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.delenv("AS", raising=False)
    monkeypatch.setenv("PATH", str(empty))
    obj = tmp_path / "f.o"
    with pytest.raises(ToolchainError) as e:
        Toolchain().assemble(str(src), str(obj))
    assert e.value.tool == "as"
    assert "'as' not found on PATH (set $AS" in str(e.value)
    assert isinstance(e.value, AsmError) and e.value.exit_status == 2
    assert not obj.exists()


def test_as_false_fails(tmp_path, src, monkeypatch):
    monkeypatch.setenv("AS", "false")
    obj = tmp_path / "f.o"
    with pytest.raises(ToolchainError) as e:
        Toolchain().assemble(str(src), str(obj))
    msg = str(e.value)
    assert msg.startswith("error: as: failed with exit status 1")
    # The exact command run: `as` writes a temporary beside the object.
    assert re.search(rf"command: false -o {re.escape(str(tmp_path))}/\.f\.o\.\w+\.tmp {re.escape(str(src))}", msg)
    assert not obj.exists()


def test_failing_tool_shows_its_stderr(tmp_path, src, monkeypatch):
    tool = script(tmp_path, "noisy-as", 'echo "noisy-as: cannot cope with $3" >&2\necho "second line" >&2\nexit 3\n')
    monkeypatch.setenv("AS", f"{tool} --some-flag")
    with pytest.raises(ToolchainError) as e:
        Toolchain().assemble(str(src), str(tmp_path / "f.o"))
    msg = str(e.value)
    assert "failed with exit status 3" in msg
    assert f"  | noisy-as: cannot cope with {tmp_path}/.f.o." in msg and "  | second line" in msg
    assert e.value.argv[:2] == [str(tool), "--some-flag"]


def test_real_as_rejecting_input_shows_its_message(tmp_path):
    bad = tmp_path / "bad.s"
    bad.write_text("\tmovq %rax\n")
    obj = tmp_path / "bad.o"
    with pytest.raises(ToolchainError) as e:
        Toolchain().assemble(str(bad), str(obj))
    assert "Error:" in e.value.output and "bad.s:1" in e.value.output
    assert not obj.exists()


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


def test_tool_that_cannot_be_executed(tmp_path, src, monkeypatch):
    tool = tmp_path / "bad-interp-as"
    tool.write_text("#!/nonexistent/interpreter\n")
    tool.chmod(0o755)
    monkeypatch.setenv("AS", str(tool))
    with pytest.raises(ToolchainError) as e:
        Toolchain().assemble(str(src), str(tmp_path / "f.o"))
    assert "as: cannot run:" in str(e.value)


def test_cc_false_and_cc_with_arguments(tmp_path, monkeypatch):
    c = tmp_path / "m.c"
    c.write_text("int main(void) { return 0; }\n")
    monkeypatch.setenv("CC", "false")
    with pytest.raises(ToolchainError) as e:
        Toolchain().cc(["-c", str(c), "-o", str(tmp_path / "m.o")])
    assert e.value.tool == "cc" and "failed with exit status 1" in str(e.value)
    # $CC is split like a shell would: a wrapper with arguments works.
    monkeypatch.setenv("CC", f"env LC_ALL=C {os.environ.get('CC_REAL', 'cc')}")
    Toolchain().cc(["-c", str(c), "-o", str(tmp_path / "m.o")])
    assert elf_symbols(tmp_path / "m.o")["main"]["defined"]


def test_verbose_echoes_the_command(tmp_path, src):
    lines = []
    Toolchain(echo=lines.append).assemble(str(src), str(tmp_path / "f.o"))
    assert lines[0].startswith("+ as -o ")


def test_sample_assembles_through_toolchain(tmp_path):
    obj = tmp_path / "six.o"
    Toolchain().assemble(str(SAMPLES / "seed_six_numba049.asm"), str(obj))
    assert "cfunc._ZN8__main__7six$241E" in elf_symbols(obj)


# ---- start(): a tool running while the caller works ----


def test_started_tool_gives_its_output(tmp_path):
    with Toolchain().start(["sh", "-c", "echo out; echo err >&2"], "cc") as tool:
        done = tool.wait()
    assert (done.returncode, done.stdout, done.stderr) == (0, b"out\n", b"err\n")


def test_started_tool_fails_like_run(tmp_path):
    tool = script(tmp_path, "bad-cc", 'echo "bad-cc: no such file $1" >&2\nexit 4\n')
    with pytest.raises(ToolchainError) as ran:
        Toolchain().run([str(tool), "x.o"], "cc")
    with Toolchain().start([str(tool), "x.o"], "cc") as started:
        with pytest.raises(ToolchainError) as waited:
            started.wait()
    assert str(waited.value) == str(ran.value)
    assert str(waited.value) == f"error: cc: failed with exit status 4\n  command: {tool} x.o\n  | bad-cc: no such file x.o"


def test_started_tool_killed_by_a_signal(tmp_path):
    tool = script(tmp_path, "dying-cc", 'echo "about to die" >&2\nkill -9 $$\n')
    with Toolchain().start([str(tool)], "cc") as started:
        with pytest.raises(ToolchainError) as e:
            started.wait()
    assert f"killed by signal {int(signal.SIGKILL)}" in str(e.value) and "  | about to die" in str(e.value)


def test_abandoned_tool_is_killed_with_all_it_started(tmp_path):
    """cc runs collect2 runs ld: leaving the block kills the whole process
    group, so nothing writes the output afterwards. The tool's grandchild
    (not holding the tool's pipes, so killing the tool alone would not
    hang) reads a FIFO: once the block is left, its read end closes, and
    the grandchild never got past it."""
    gate, out = tmp_path / "gate", tmp_path / "out"
    os.mkfifo(gate)
    tool = script(tmp_path, "slow-cc", f'(cat "{gate}"; echo late > "{out}") >/dev/null 2>&1 &\nwait\n')
    with pytest.raises(KeyboardInterrupt):
        with Toolchain().start([str(tool)], "cc"):
            writer = open(gate, "wb", buffering=0)  # returns when the grandchild has opened it
            raise KeyboardInterrupt
    with writer:
        # SIGKILL is sent, but the read end closes only once the kernel has
        # torn the killed reader down: poll (without feeding it) until an
        # open for writing finds no reader (ENXIO). Never, if it was not killed.
        for _ in range(2000):
            try:
                os.close(os.open(gate, os.O_WRONLY | os.O_NONBLOCK))
            except OSError as e:
                assert e.errno == errno.ENXIO
                break
            time.sleep(0.005)
        else:
            pytest.fail("the tool's grandchild still reads the FIFO")
    assert not out.exists()


def test_assembling_several_at_once(tmp_path, src):
    """Objects appear when their block ends, and only if `as` succeeded."""
    objs = [tmp_path / f"f{i}.o" for i in range(3)]
    tc = Toolchain()
    with tc.assembling(str(src), str(objs[0])) as a, tc.assembling(str(src), str(objs[1])) as b:
        assert not objs[0].exists() and not objs[1].exists()
        a.wait(), b.wait()
    assert all(elf_symbols(o)["f"]["defined"] for o in objs[:2])
    bad = tmp_path / "bad.s"
    bad.write_text("\tmovq %rax\n")
    with pytest.raises(ToolchainError):
        with tc.assembling(str(src), str(objs[2])), tc.assembling(str(bad), str(tmp_path / "bad.o")) as failing:
            failing.wait()
    assert not objs[2].exists() and not (tmp_path / "bad.o").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
