"""ELF files read into plain facts: what `symbols`, `check` and `build` need.

pyelftools parses; this module turns one file (a relocatable object, an
executable, a shared object, or a static archive of objects) into an
`ElfReport`: its symbols, which function each relocation sits in (so an
undefined `PyArg_UnpackTuple` is reported with the functions that use it),
the dynamic section's DT_NEEDED and flags, and the hardening facts a build
wants to verify (PIE, RELRO and BIND_NOW, a non-executable stack, no text
relocations). pyelftools reads lazily, so every fact is pulled out while
the file is open and inside one error handler: a truncated or corrupt file
becomes an `ElfError` (`path: error: ...`), never a traceback.

Only x86-64 little-endian ELF is accepted, since that is all Numba's
x86-64 output can become; anything else is refused with a message that
says what it is.
"""

from __future__ import annotations

import functools
import io
import struct
from dataclasses import dataclass, field

from ..errors import PathError
from ..fileio import display_name, read_bytes

ELF_MAGIC = b"\x7fELF"
AR_MAGIC = b"!<arch>\n"
THIN_AR_MAGIC = b"!<thin>\n"


class ElfError(PathError):
    """A file that is not (readable) x86-64 ELF."""


@dataclass(frozen=True)
class ElfSymbol:
    name: str
    binding: str  # "global", "weak", "local" (also "unique")
    type: str  # "func", "object", "notype", "tls", "common", "section", "file", ...
    defined: bool
    section: str | None  # section name; None if undefined, "*COM*"/"*ABS*" for those
    size: int
    value: int
    visibility: str = "default"
    member: str | None = None  # the archive member holding it
    version: str | None = None  # "GLIBC_2.2.5" for `puts@GLIBC_2.2.5` in a linked file's .symtab


@dataclass
class ElfReport:
    """Facts about one ELF file or archive. For an archive, `members` holds
    one report per member and `symbols`/`references` are their union (each
    symbol says its `member`)."""

    path: str
    kind: str  # "relocatable", "executable", "shared", "archive", "core"
    symbols: list[ElfSymbol] = field(default_factory=list)
    # referenced symbol -> the defined functions whose code refers to it
    # (through relocations; "" when a relocation lies outside any function,
    # e.g. in data or, for linked files, in the GOT/PLT)
    references: dict[str, set[str]] = field(default_factory=dict)
    needed: list[str] = field(default_factory=list)  # DT_NEEDED
    soname: str | None = None
    rpath: list[str] = field(default_factory=list)  # DT_RPATH and DT_RUNPATH entries
    interp: str | None = None  # PT_INTERP
    entry: int | None = None  # e_entry (None for objects and archives)
    pie: bool = False  # position-independent executable
    relro: str = "none"  # "none", "partial" (PT_GNU_RELRO) or "full" (and BIND_NOW)
    bind_now: bool = False  # DT_BIND_NOW, DF_BIND_NOW or DF_1_NOW
    # PT_GNU_STACK (linked) or .note.GNU-stack (objects) without the exec flag;
    # None when the file does not say (a linker then may make the stack executable)
    nx_stack: bool | None = None
    textrel: bool = False  # DT_TEXTREL / DF_TEXTREL: the loader must write to code
    members: list[ElfReport] = field(default_factory=list)
    # .dynsym, what the dynamic loader sees (linked files; the same list as
    # `symbols` when there is no .symtab, empty for objects and archives)
    dynamic_symbols: list[ElfSymbol] = field(default_factory=list)

    @property
    def defined(self) -> list[ElfSymbol]:
        return [s for s in self.symbols if s.defined]

    @property
    def undefined(self) -> list[ElfSymbol]:
        """Undefined named symbols (each name once; weak ones included)."""
        seen: dict[str, ElfSymbol] = {}
        for s in self.symbols:
            if not s.defined and s.name and s.name not in seen:
                seen[s.name] = s
        return list(seen.values())

    @property
    def exported(self) -> set[str]:
        """Names this file defines for others to link against."""
        return {s.name for s in self.symbols if s.defined and s.binding != "local" and s.name}

    @property
    def dynamic_exports(self) -> set[str]:
        """Names a linked file offers the dynamic loader (.dynsym's defined,
        non-local symbols): what other programs can bind to at run time."""
        return {s.name for s in self.dynamic_symbols if s.defined and s.binding != "local" and s.name}


def is_elf_or_archive(data: bytes) -> bool:
    return data[:4] == ELF_MAGIC or data[:8] in (AR_MAGIC, THIN_AR_MAGIC)


def read_report(path: str, data: bytes | None = None) -> ElfReport:
    """Read an ELF file or an `ar` archive of them (by magic, not extension)."""
    name = display_name(path)
    if data is None:
        data = read_bytes(path)
    if data[:8] == THIN_AR_MAGIC:
        raise ElfError(name, "thin archives are not supported (their members live in other files)")
    if data[:8] == AR_MAGIC:
        return _archive(name, data)
    if data[:4] != ELF_MAGIC:
        raise ElfError(name, "not an ELF file or archive (bad magic)")
    return _elf(name, data, None)


def _archive(name: str, data: bytes) -> ElfReport:
    report = ElfReport(name, "archive")
    for member, body in _ar_members(name, data):
        if body[:4] != ELF_MAGIC:
            raise ElfError(f"{name}({member})", "archive member is not an ELF object (bad magic)")
        sub = _elf(f"{name}({member})", body, member)
        report.members.append(sub)
        report.symbols.extend(sub.symbols)
        for sym, funcs in sub.references.items():
            report.references.setdefault(sym, set()).update(funcs)
    return report


def _ar_members(name: str, data: bytes):
    """(member name, bytes) of a System V / GNU archive, index tables skipped."""
    pos, longnames = len(AR_MAGIC), b""
    while pos < len(data):
        if data[pos:pos + 1] == b"\n":  # padding to an even offset
            pos += 1
            continue
        header = data[pos:pos + 60]
        if len(header) < 60:
            raise ElfError(name, f"truncated archive: member header at offset {pos} is cut short")
        if header[58:60] != b"`\n":
            raise ElfError(name, f"corrupt archive: bad member header at offset {pos}")
        field = header[48:58].decode("latin-1").strip()
        if not field.isdigit() or not field.isascii():  # int() takes "-60", which would loop forever
            raise ElfError(name, f"corrupt archive: bad member size at offset {pos}")
        size = int(field)
        body = data[pos + 60:pos + 60 + size]
        raw = header[:16].decode("latin-1").rstrip()
        index = raw in ("/", "/SYM64/", "__.SYMDEF", "__.SYMDEF SORTED", "//")
        if index:
            member = ""
        elif raw.startswith("#1/"):  # BSD: the name precedes the contents
            n = int(raw[3:]) if raw[3:].isdigit() else 0
            member, body = body[:n].rstrip(b"\0").decode("latin-1"), body[n:]
        elif raw.startswith("/") and raw[1:].isdigit():
            off = int(raw[1:])
            end = longnames.find(b"\n", off)
            member = longnames[off:end if end >= 0 else None].decode("latin-1").rstrip("/")
        else:
            member = raw.rstrip("/")
        if pos + 60 + size > len(data):
            where = f"{name}({member})" if member else name
            raise ElfError(where, f"truncated archive: member at offset {pos} needs {size} bytes, "
                                  f"{len(data) - pos - 60} left")
        pos += 60 + size + (size & 1)
        if raw == "//":
            longnames = body
        if not index:
            yield member, body


def _elf(name: str, data: bytes, member: str | None) -> ElfReport:
    if len(data) < 20:
        raise ElfError(name, f"truncated ELF file ({len(data)} bytes)")
    ei_class, ei_data = data[4], data[5]
    if ei_class != 2:
        what = "32-bit (ELFCLASS32)" if ei_class == 1 else f"ELF class {ei_class}"
        raise ElfError(name, f"{what} ELF is not supported: asmsurgeon handles x86-64 only")
    if ei_data != 1:
        what = "big-endian" if ei_data == 2 else f"byte order {ei_data}"
        raise ElfError(name, f"{what} ELF is not supported: asmsurgeon handles x86-64 only")
    from elftools.common.exceptions import ELFError as PyElfError
    from elftools.construct.core import ConstructError

    try:
        return _read_elf(name, data, member)
    except ElfError:
        raise
    except (PyElfError, ConstructError, struct.error, ValueError, KeyError, IndexError, OverflowError,
            AttributeError, TypeError, UnicodeDecodeError, AssertionError) as e:
        # pyelftools reports a short read as a ConstructError or struct.error,
        # a bad table as anything from KeyError to AssertionError.
        detail = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ElfError(name, f"truncated or corrupt ELF file ({detail})") from None


_KINDS = {"ET_REL": "relocatable", "ET_EXEC": "executable", "ET_DYN": "shared", "ET_CORE": "core"}
_DF_TEXTREL, _DF_BIND_NOW, _DF_1_NOW, _DF_1_PIE, _PF_X = 0x4, 0x8, 0x1, 0x08000000, 0x1


def _read_elf(name: str, data: bytes, member: str | None) -> ElfReport:
    from elftools.elf.elffile import ELFFile

    elf = ELFFile(io.BytesIO(data))
    if elf["e_machine"] != "EM_X86_64":
        raise ElfError(name, f"{elf['e_machine']} ELF is not supported: asmsurgeon handles x86-64 only")
    if elf["e_shoff"] + elf["e_shnum"] * elf["e_shentsize"] > len(data):
        raise ElfError(name, "truncated ELF file (section headers past the end)")
    kind = _KINDS.get(elf["e_type"], str(elf["e_type"]))
    report = ElfReport(name, kind)
    sections = list(elf.iter_sections())
    _dynamic(elf, report)
    _segments(elf, report)
    if kind == "relocatable":
        stack = elf.get_section_by_name(".note.GNU-stack")
        report.nx_stack = None if stack is None else not (stack["sh_flags"] & 0x4)  # SHF_EXECINSTR
    else:
        report.entry = elf["e_entry"]
    symtab = next((i for want in (".symtab", ".dynsym") for i, sec in enumerate(sections) if sec.name == want), None)
    syms = list(sections[symtab].iter_symbols()) if symtab is not None else []
    report.symbols = [_symbol(s, sections, member) for s in syms[1:]]
    dynsym = next((i for i, sec in enumerate(sections) if sec.name == ".dynsym"), None)
    if dynsym == symtab:
        report.dynamic_symbols = report.symbols
    elif dynsym is not None:
        report.dynamic_symbols = [_symbol(s, sections, member) for s in list(sections[dynsym].iter_symbols())[1:]]
    if kind == "relocatable" and symtab is not None:
        report.references = _references(sections, syms, symtab)
    else:
        report.references = {s.name: {""} for s in report.symbols if not s.defined and s.name}
    return report


def _symbol(s, sections, member: str | None) -> ElfSymbol:
    shndx = s["st_shndx"]
    defined = shndx != "SHN_UNDEF"
    if shndx == "SHN_COMMON":
        section = "*COM*"
    elif shndx == "SHN_ABS":
        section = "*ABS*"
    elif isinstance(shndx, int) and shndx < len(sections):
        section = sections[shndx].name
    else:
        section = None if not defined else str(shndx)
    bind = s["st_info"]["bind"].replace("STB_", "").lower()
    typ = s["st_info"]["type"].replace("STT_", "").lower()
    vis = s["st_other"]["visibility"].replace("STV_", "").lower()
    name, _, version = s.name.partition("@")
    return ElfSymbol(name, bind, typ, defined, section, s["st_size"], s["st_value"], vis, member,
                     version.lstrip("@") or None)


def _references(sections, syms, symtab: int) -> dict[str, set[str]]:
    """Symbol -> the functions whose relocations name it. A relocation's
    function is the defined function (or, failing that, any named symbol)
    in the relocated section whose [value, value+size) holds the offset."""
    from elftools.elf.relocation import RelocationSection

    starts: dict[int, list[tuple[int, int, int, str]]] = {}
    for s in syms:
        shndx = s["st_shndx"]
        if isinstance(shndx, int) and s.name and s["st_info"]["type"] in ("STT_FUNC", "STT_OBJECT", "STT_NOTYPE"):
            rank = 0 if s["st_info"]["type"] == "STT_FUNC" else 1
            starts.setdefault(shndx, []).append((s["st_value"], s["st_size"], rank, s.name))
    for v in starts.values():
        v.sort()
    refs: dict[str, set[str]] = {}
    for sec in sections:
        if not isinstance(sec, RelocationSection) or sec["sh_link"] >= len(sections) or sec["sh_link"] != symtab:
            continue
        target = sec["sh_info"]
        if target >= len(sections) or sections[target].name.startswith(".debug") or sections[target].name.startswith(".eh_frame"):
            continue
        candidates = starts.get(target, [])
        for rel in sec.iter_relocations():
            idx = rel["r_info_sym"]
            if idx == 0 or idx >= len(syms):
                continue
            sym = syms[idx]
            if sym["st_info"]["type"] == "STT_SECTION":
                continue
            refs.setdefault(sym.name, set()).add(_containing(candidates, rel["r_offset"]))
    return refs


def _containing(candidates, offset: int) -> str:
    best, best_rank = "", 9
    fallback = ""
    for value, size, rank, name in candidates:
        if value > offset:
            break
        if offset < value + size and rank < best_rank:
            best, best_rank = name, rank
        fallback = name
    return best or fallback


def _dynamic(elf, report: ElfReport) -> None:
    from elftools.elf.dynamic import DynamicSection

    for sec in elf.iter_sections():
        if not isinstance(sec, DynamicSection):
            continue
        for tag in sec.iter_tags():
            t = tag.entry.d_tag
            if t == "DT_NEEDED":
                report.needed.append(tag.needed)
            elif t == "DT_SONAME":
                report.soname = tag.soname
            elif t in ("DT_RPATH", "DT_RUNPATH"):
                report.rpath.extend((tag.rpath if t == "DT_RPATH" else tag.runpath).split(":"))
            elif t == "DT_TEXTREL":
                report.textrel = True
            elif t == "DT_BIND_NOW":
                report.bind_now = True
            elif t == "DT_FLAGS":
                report.textrel |= bool(tag.entry.d_val & _DF_TEXTREL)
                report.bind_now |= bool(tag.entry.d_val & _DF_BIND_NOW)
            elif t == "DT_FLAGS_1":
                report.bind_now |= bool(tag.entry.d_val & _DF_1_NOW)
                if tag.entry.d_val & _DF_1_PIE:
                    report.pie = True
        break


def _segments(elf, report: ElfReport) -> None:
    relro = False
    for seg in elf.iter_segments():
        t = seg["p_type"]
        if t == "PT_INTERP":
            report.interp = seg.get_interp_name()
        elif t == "PT_GNU_RELRO":
            relro = True
        elif t == "PT_GNU_STACK":
            report.nx_stack = not (seg["p_flags"] & _PF_X)
    if report.kind == "shared" and (report.pie or (report.interp and not report.soname)):
        report.kind, report.pie = "executable", True
    if relro:
        report.relro = "full" if report.bind_now else "partial"


SYSTEM_LIBRARIES = ("libc.so.6", "libm.so.6", "libgcc.a")


@functools.cache
def system_symbols() -> frozenset[str]:
    """What the system links into every C program: the dynamic symbols
    libc.so.6 and libm.so.6 define, and libgcc's helpers (`__divti3`,
    `__muldc3`, ...), found where the C compiler finds them. Read once per
    process, and remembered per user (toolcache) for as long as the
    compiler and the three libraries are the same files."""
    from ..toolchain.toolcache import command_identity, file_identity, remember
    from ..toolchain.tools import Toolchain

    tc = Toolchain()

    def read() -> tuple:
        paths = [tc.find_library(lib) for lib in SYSTEM_LIBRARIES]
        names: set[str] = set()
        for path in paths:
            if path is not None:
                names.update(read_report(path).exported)
        return tuple(file_identity(p) for p in paths), frozenset(names)

    def unchanged(value: tuple) -> bool:
        return all(ident is None or file_identity(ident[0]) == ident for ident in value[0])

    return remember("system-symbols", command_identity(tc.cc_cmd), read, unchanged)[1]
