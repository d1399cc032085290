"""Broken and foreign object files, made with the real toolchain and a few
patched header bytes, for commands that read objects (`check`, the build
steps): each entry says what a reader must refuse clearly."""

from __future__ import annotations

from pathlib import Path

from asmsurgeon.toolchain.tools import Toolchain

SMALL = "\t.text\n\t.globl f\n\t.type f,@function\nf:\n\tret\n\t.size f, .-f\n"
EI_DATA, ELFDATA2MSB = 5, 2
E_MACHINE, EM_AARCH64 = 18, 183


def make_hostile_objects(directory: Path) -> dict[str, Path]:
    """name -> path, in `directory`: a good x86-64 object and its breakages."""
    tc = Toolchain()
    src = directory / "small.s"
    src.write_text(SMALL)
    out: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        out[name] = directory / name
        out[name].write_bytes(data)

    good = directory / "good.o"
    tc.assemble(str(src), str(good))
    out["good.o"] = good
    data = good.read_bytes()
    put("empty.o", b"")
    put("not-elf.o", b"this is assembly, not an object\n\tret\n")
    put("truncated-header.o", data[:10])
    put("truncated.o", data[: len(data) // 2])  # section headers sit past the end
    big = bytearray(data)
    big[EI_DATA] = ELFDATA2MSB
    put("big-endian.o", bytes(big))
    arm = bytearray(data)
    arm[E_MACHINE:E_MACHINE + 2] = EM_AARCH64.to_bytes(2, "little")
    put("aarch64-machine.o", bytes(arm))
    elf32 = directory / "elf32.o"
    tc.assemble(str(src), str(elf32), ["--32"])
    out["elf32.o"] = elf32

    other = directory / "other.o"
    other_src = directory / "other.s"
    other_src.write_text(SMALL.replace(" f", " g").replace("\nf:", "\ng:").replace("-f", "-g"))
    tc.assemble(str(other_src), str(other))
    lib = directory / "good.a"
    tc.ar(["rcs", str(lib), str(good), str(other)])
    out["good.a"] = lib
    archive = lib.read_bytes()
    second = archive.index(b"\x7fELF", archive.index(b"\x7fELF") + 1)
    put("corrupt-member.a", archive[:second] + b"JUNK" + archive[second + 4:])
    put("truncated-member.a", archive[: second + 40])
    return out
