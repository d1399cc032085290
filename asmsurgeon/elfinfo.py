"""What `build` reads back from the files it makes: the symbols of the
object `as` wrote, and the facts about the linked file that say whether the
build came out right (what it needs at run time, how it is hardened).

These are a handful of fixed-size little-endian records (the ELF header,
section and program headers, symbols, dynamic entries), read here with
`struct`. pyelftools reads the same and more, but importing it takes longer
than everything else `build` does in Python put together; elfcheck.py
(`symbols`, `check`) keeps using it. Only well-formed x86-64 ELF is read
here; anything else raises ElfError, and `build` then hands the file to
elfcheck, whose messages say what is wrong. tests/test_elfinfo.py checks
both readers agree.
"""

from __future__ import annotations

import struct

from .elfcheck import ElfError, ElfReport, ElfSymbol
from .fileio import read_bytes

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_SHDR = struct.Struct("<IIQQQQIIQQ")  # name type flags addr offset size link info addralign entsize
_PHDR = struct.Struct("<IIQQQQQQ")  # type flags offset vaddr paddr filesz memsz align
_SYM = struct.Struct("<IBBHQQ")  # name info other shndx value size
_DYN = struct.Struct("<qQ")

_E_TYPES = {0: "ET_NONE", 1: "ET_REL", 2: "ET_EXEC", 3: "ET_DYN", 4: "ET_CORE"}
_SHT_NOBITS, _SHT_DYNAMIC = 8, 6
_SHN_UNDEF, _SHN_ABS, _SHN_COMMON, _SHN_XINDEX = 0, 0xFFF1, 0xFFF2, 0xFFFF
_PT_GNU_STACK, _PT_GNU_RELRO = 0x6474E551, 0x6474E552
_DT_NEEDED, _DT_TEXTREL, _DT_BIND_NOW, _DT_FLAGS, _DT_FLAGS_1 = 1, 22, 24, 30, 0x6FFFFFFB
_BINDINGS = {0: "local", 1: "global", 2: "weak", 10: "unique"}
_TYPES = {0: "notype", 1: "object", 2: "func", 3: "section", 4: "file", 5: "common", 6: "tls",
          10: "gnu_ifunc"}
_VISIBILITY = ("default", "internal", "hidden", "protected")


class _Elf:
    """The headers of one x86-64 ELF file, and strings and symbols on demand."""

    def __init__(self, path: str, data: bytes):
        self.path, self.data = path, data
        try:
            self._read_headers()
        except (struct.error, IndexError, ValueError) as e:
            raise ElfError(path, f"truncated or corrupt ELF file ({e})") from None

    def _read_headers(self) -> None:
        data = self.data
        if data[:4] != b"\x7fELF" or data[4:6] != b"\x02\x01":
            raise ElfError(self.path, "not a 64-bit little-endian ELF file")
        (_, e_type, machine, _, self.entry, phoff, shoff, _, _, phentsize, phnum, shentsize, shnum,
         shstrndx) = _EHDR.unpack_from(data)
        if machine != 62:  # EM_X86_64
            raise ElfError(self.path, f"machine {machine} is not x86-64")
        self.type = _E_TYPES.get(e_type, e_type)
        if shoff and shnum == 0:  # more sections than e_shnum holds
            shnum = _SHDR.unpack_from(data, shoff)[5]
        if shstrndx == _SHN_XINDEX:
            shstrndx = _SHDR.unpack_from(data, shoff)[6]
        self.sections = [_SHDR.unpack_from(data, shoff + i * shentsize) for i in range(shnum)] if shoff else []
        self.segments = [_PHDR.unpack_from(data, phoff + i * phentsize) for i in range(phnum)] if phoff else []
        for sec in self.sections:
            if sec[1] != _SHT_NOBITS and sec[4] + sec[5] > len(data):
                raise ElfError(self.path, "truncated ELF file (a section runs past the end)")
        names = self.sections[shstrndx] if 0 < shstrndx < len(self.sections) else None
        self.names = [self.string(names, s[0]) if names else "" for s in self.sections]

    def string(self, strtab: tuple, offset: int) -> str:
        start = strtab[4] + offset
        end = self.data.index(b"\0", start, strtab[4] + strtab[5])
        return self.data[start:end].decode("utf-8", "replace")

    def symbols(self, index: int):
        """(name, info, other, shndx, value, size) of the symbol table at
        `index`, the null symbol included."""
        sec = self.sections[index]
        strtab = self.sections[sec[6]]
        base, count = sec[4], sec[5] // _SYM.size
        for i in range(count):
            name, info, other, shndx, value, size = _SYM.unpack_from(self.data, base + i * _SYM.size)
            if shndx == _SHN_XINDEX:
                raise ElfError(self.path, "extended section indices are not read here")
            yield self.string(strtab, name) if name else "", info, other, shndx, value, size

    def dynamic(self):
        """(tag, value, string) of each dynamic entry up to DT_NULL; string
        is the entry's value read from the dynamic string table."""
        for sec in self.sections:
            if sec[1] != _SHT_DYNAMIC:
                continue
            strtab = self.sections[sec[6]]
            for off in range(sec[4], sec[4] + sec[5] - _DYN.size + 1, _DYN.size):
                tag, value = _DYN.unpack_from(self.data, off)
                if tag == 0:
                    break
                yield tag, value, (lambda v=value: self.string(strtab, v))


def _open(path: str) -> _Elf:
    return _Elf(path, read_bytes(path))


def _guarded(path: str, fn):
    try:
        return fn()
    except ElfError:
        raise
    except (struct.error, IndexError, ValueError) as e:
        raise ElfError(path, f"truncated or corrupt ELF file ({e})") from None


def object_report(path: str) -> ElfReport:
    """An ElfReport of a relocatable object's symbols, enough for
    linkcheck.check_reports (no relocation cross-references)."""
    elf = _open(path)

    def read() -> ElfReport:
        if elf.type != "ET_REL":
            raise ElfError(path, f"not a relocatable object ({elf.type})")
        report = ElfReport(path, "relocatable")
        symtab = next((i for i, n in enumerate(elf.names) if n == ".symtab"), None)
        if symtab is None:
            return report
        for name, info, other, shndx, value, size in list(elf.symbols(symtab))[1:]:
            if shndx == _SHN_COMMON:
                section = "*COM*"
            elif shndx == _SHN_ABS:
                section = "*ABS*"
            elif shndx == _SHN_UNDEF:
                section = None
            else:
                section = elf.names[shndx] if shndx < len(elf.names) else str(shndx)
            base, _, version = name.partition("@")
            report.symbols.append(ElfSymbol(
                base, _BINDINGS.get(info >> 4, str(info >> 4)), _TYPES.get(info & 15, str(info & 15)),
                shndx != _SHN_UNDEF, section, size, value, _VISIBILITY[other & 3], None,
                version.lstrip("@") or None))
        return report

    return _guarded(path, read)


def elf_facts(path: str) -> dict:
    """needed (DT_NEEDED), textrel, bind_now, relro, pie, exec_stack (None
    without PT_GNU_STACK), defined and exported names, type ("ET_DYN"...)."""
    elf = _open(path)
    facts = {"needed": [], "textrel": False, "bind_now": False, "relro": False, "pie": False,
             "exec_stack": None, "defined": set(), "exported": set(), "type": elf.type}

    def read() -> dict:
        for p_type, p_flags, *_ in elf.segments:
            if p_type == _PT_GNU_RELRO:
                facts["relro"] = True
            elif p_type == _PT_GNU_STACK:
                facts["exec_stack"] = bool(p_flags & 1)
        for tag, value, string in elf.dynamic():
            if tag == _DT_NEEDED:
                facts["needed"].append(string())
            elif tag == _DT_TEXTREL:
                facts["textrel"] = True
            elif tag == _DT_BIND_NOW:
                facts["bind_now"] = True
            elif tag == _DT_FLAGS:
                facts["textrel"] |= bool(value & 0x4)  # DF_TEXTREL
                facts["bind_now"] |= bool(value & 0x8)  # DF_BIND_NOW
            elif tag == _DT_FLAGS_1:
                facts["pie"] |= bool(value & 0x08000000)  # DF_1_PIE
                facts["bind_now"] |= bool(value & 0x1)  # DF_1_NOW
        for i, name in enumerate(elf.names):
            if name in (".symtab", ".dynsym"):
                for sym, info, _, shndx, _, _ in elf.symbols(i):
                    if sym and shndx != _SHN_UNDEF:
                        facts["defined"].add(sym)
                        if name == ".dynsym" and info >> 4 != 0:
                            facts["exported"].add(sym)
        return facts

    return _guarded(path, read)
