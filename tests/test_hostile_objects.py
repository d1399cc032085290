"""The broken objects in hostile_objects.py are broken the way they say
(pyelftools and binutils, not our code, are the judges), and `check` and
`symbols` refuse each of them through the real CLI: exit 2, the file (and
archive member) named, the reason, no traceback, no hang."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from elftools.common.exceptions import ELFError
from elftools.elf.elffile import ELFFile
from hostile_objects import make_hostile_objects


@pytest.fixture(scope="module")
def objects(tmp_path_factory):
    return make_hostile_objects(tmp_path_factory.mktemp("objects"))


def read_elf(path):
    with open(path, "rb") as f:
        elf = ELFFile(f)
        return elf.elfclass, elf.little_endian, elf["e_machine"], [s.name for s in elf.iter_sections()]


def test_good_object_reads(objects):
    elfclass, little, machine, sections = read_elf(objects["good.o"])
    assert (elfclass, little, machine) == (64, True, "EM_X86_64") and ".text" in sections


@pytest.mark.parametrize("name", ["empty.o", "not-elf.o", "truncated-header.o", "truncated.o"])
def test_unreadable_objects(objects, name):
    with pytest.raises((ELFError, EOFError, ValueError)):
        read_elf(objects[name])


def test_foreign_objects(objects):
    assert read_elf(objects["elf32.o"])[:3] == (32, True, "EM_386")
    with open(objects["big-endian.o"], "rb") as f:
        assert ELFFile(f).little_endian is False
    with open(objects["aarch64-machine.o"], "rb") as f:
        assert ELFFile(f)["e_machine"] == "EM_AARCH64"


def test_archives(objects):
    listing = subprocess.run(["ar", "t", str(objects["good.a"])], capture_output=True, text=True, check=True)
    assert listing.stdout.split() == ["good.o", "other.o"]
    corrupt = subprocess.run(["nm", str(objects["corrupt-member.a"])], capture_output=True, text=True)
    assert "file format not recognized" in corrupt.stderr
    truncated = subprocess.run(["nm", str(objects["truncated-member.a"])], capture_output=True, text=True)
    assert "other.o: file format not recognized" in truncated.stderr  # nm still exits 0


# What `check` and `symbols` say about each: the path first (with the
# archive member in parentheses), then the reason; exit 2, no traceback.
REFUSALS = {
    "empty.o": ("", "empty file: neither ELF, archive nor assembly"),
    "not-elf.o": (":1:9", "unexpected 'assembly'"),  # not ELF, so read as assembly: a located syntax error
    "truncated-header.o": ("", "truncated ELF file (10 bytes)"),
    "truncated.o": ("", "truncated ELF file (section headers past the end)"),
    "big-endian.o": ("", "big-endian ELF is not supported: asmsurgeon handles x86-64 only"),
    "aarch64-machine.o": ("", "EM_AARCH64 ELF is not supported: asmsurgeon handles x86-64 only"),
    "elf32.o": ("", "32-bit (ELFCLASS32) ELF is not supported: asmsurgeon handles x86-64 only"),
    "corrupt-member.a": ("(other.o)", "archive member is not an ELF object (bad magic)"),
    "truncated-member.a": ("(other.o)", "truncated archive: member at offset "),
}


def run_all(argvs: list[list[str]]) -> list[subprocess.CompletedProcess]:
    """Real CLI processes, two at a time; a run that hangs is a failure."""
    out = []
    for i in range(0, len(argvs), 2):
        procs = [(argv, subprocess.Popen([sys.executable, "-m", "asmsurgeon", *argv], stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE)) for argv in argvs[i:i + 2]]
        for argv, p in procs:
            stdout, stderr = p.communicate(timeout=60)
            out.append(subprocess.CompletedProcess(argv, p.returncode, stdout, stderr))
    return out


def test_check_and_symbols_refuse_each_hostile_object(objects):
    argvs = [[cmd, str(objects[name])] for name in REFUSALS for cmd in ("check", "symbols")]
    for r in run_all(argvs):
        cmd, path = r.args
        where, message = REFUSALS[Path(path).name]
        err = r.stderr.decode()
        assert r.returncode == 2, (r.args, err)
        assert r.stdout == b"" and "Traceback" not in err, r.args
        assert err.startswith(f"{path}{where}: error: "), (r.args, err)
        assert message in err.splitlines()[0], (r.args, err)


def test_good_objects_pass_and_a_bad_one_spoils_the_set(objects):
    ok = run_all([["check", str(objects["good.o"])], ["check", str(objects["good.a"])],
                  ["symbols", str(objects["good.a"])],
                  ["check", str(objects["good.o"]), str(objects["elf32.o"])]])
    assert [r.returncode for r in ok] == [0, 0, 0, 2], [r.stderr for r in ok]
    assert ok[0].stdout.decode() == f"{objects['good.o']}: ok (0 undefined references, all provided without Python)\n"
    assert b"other.o" in ok[2].stdout and b" g" in ok[2].stdout
    assert ok[3].stderr.decode().startswith(f"{objects['elf32.o']}: error: 32-bit")


def _with_member_size(archive: bytes, size: bytes) -> bytes:
    header = bytearray(archive[8:68])  # the first member's header
    header[48:58] = size.ljust(10)
    return archive[:8] + bytes(header) + archive[68:]


@pytest.mark.parametrize("size", [b"-60", b"-61", b"0x10", b"\xd9\xa1"])
def test_archive_member_size_that_is_not_a_size(objects, tmp_path, size):
    # int() reads "-60", which stepped back onto the same header forever.
    bad = tmp_path / "bad-size.a"
    bad.write_bytes(_with_member_size(objects["good.a"].read_bytes(), size))
    (r,) = run_all([["check", str(bad)]])
    assert r.returncode == 2 and r.stderr.decode().startswith(f"{bad}: error: corrupt archive: bad member size")
