"""One reader for what `symbols` and `check` accept: ELF files, archives,
and Numba's assembly.

ELF and `ar` archives are recognised by their magic bytes whatever the file
is called; anything else that is text is read as assembly and described
from the tree (analysis.module_info), without assembling it: that works on
files `as` rejects (numba_add.asm's two modules), is fast, and gives the
same undefined symbols the object would have, because GNU as makes every
referenced, undefined, non-`.L` symbol an external. What the tree cannot
give is a function's size (`.size f, .Lfunc_end0-f` needs the assembler),
so assembly symbols have size None unless the source states a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.nodes import Module
from ..fileio import decode, display_name, read_bytes
from .elf import ElfError, ElfReport, ElfSymbol, is_elf_or_archive, read_report

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .linkcheck import CheckReport

_TYPES = {"function": "func", "object": "object", "tls_object": "tls", "gnu_indirect_function": "gnu_ifunc"}


@dataclass
class Loaded:
    report: ElfReport
    module: Module | None  # the parsed source, for assembly input


def load(path: str) -> Loaded:
    data = read_bytes(path)
    if is_elf_or_archive(data):
        return Loaded(read_report(path, data), None)
    if not data.strip():
        raise ElfError(display_name(path), "empty file: neither ELF, archive nor assembly")
    if b"\0" in data[:4096]:
        raise ElfError(display_name(path), "not an ELF file, archive or assembly source (bad magic)")
    from ..asm.parser import parse

    module = parse(decode(data), display_name(path))
    return Loaded(assembly_report(module, display_name(path)), module)


def assembly_report(module: Module, path: str) -> ElfReport:
    from ..asm.analysis import module_info

    info = module_info(module)
    sizes = _numeric_sizes(module)
    symbols = []
    for s in info.symbols.values():
        if s.is_assembler_local:
            continue
        typ = "common" if s.section == "*COM*" else _TYPES.get(s.type or "", "notype")
        size = s.common_size if s.common_size is not None else sizes.get(s.name)
        binding = s.binding if s.defined else ("weak" if s.binding == "weak" else "global")
        symbols.append(ElfSymbol(s.name, binding, typ, s.defined, s.section if s.defined else None,
                                 size, 0, s.visibility or "default"))
    references: dict[str, set[str]] = {}
    for owner, targets in info.refs.items():
        for name in targets:
            if not name.startswith(".L"):
                references.setdefault(name, set()).add(owner or "")
    report = ElfReport(path, "assembly", symbols, references)
    report.nx_stack = _nx_stack(module)
    return report


def _nx_stack(module: Module) -> bool | None:
    """What `.section .note.GNU-stack,"FLAGS"` says; None if absent."""
    for line in module.lines:
        if line.first_word() == ".section":
            args = line.first_statement().arg_texts()
            if args and args[0].strip('"') == ".note.GNU-stack":
                return "x" not in (args[1].strip('"') if len(args) > 1 else "")
    return None


def _numeric_sizes(module: Module) -> dict[str, int]:
    out = {}
    for line in module.lines:
        if line.first_word() == ".size":
            args = line.first_statement().arg_texts()
            if len(args) == 2 and args[1].strip().isdigit():
                names = [n for n, _, _, d in line.symbol_spans() if not d]
                if names:
                    out[names[0]] = int(args[1])
    return out


def check(paths, forbid=(), allow=(), require=()) -> CheckReport:
    """Check files (a path, paths, or already-read ElfReports) as one link set."""
    from .linkcheck import check_reports

    if isinstance(paths, (str, ElfReport)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    paths = [str(p) if hasattr(p, "__fspath__") else p for p in paths]
    reports = [p if isinstance(p, ElfReport) else load(p).report for p in paths]
    return check_reports(reports, forbid, allow, require)
