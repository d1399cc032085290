"""Real ELF files for the symbols/check tests, built with the machine's
as, cc and ar through asmsurgeon.toolchain.

`stripped_source` stands in for strip-wrapper (written on another branch):
it deletes the CPython wrappers' lines, found by the analysis' extents, and
renames the C wrapper to the function's C name, which is what a stripped
file holds: core + C-callable wrapper and no Python API reference.
"""

from __future__ import annotations

from pathlib import Path

from helpers import SAMPLES

from asmsurgeon.asm import parser
from asmsurgeon.asm.analysis import module_info
from asmsurgeon.fileio import decode
from asmsurgeon.numba_abi.demangle import c_names, parse_numba_name
from asmsurgeon.passes.manager import Context
from asmsurgeon.passes.rename import RenameSymbols
from asmsurgeon.toolchain.tools import Toolchain


def stripped_source(sample: str) -> str:
    module = parser.parse(decode((SAMPLES / sample).read_bytes()), sample)
    info = module_info(module)
    drop = set()
    for name, ext in info.extents.items():
        n = parse_numba_name(name)
        if n is not None and n.role == "cpython":
            drop.update(range(ext.start, ext.stop))
    module = module.replace_lines(line for i, line in enumerate(module.lines) if i not in drop)
    names = c_names(info.functions)
    mapping = {"cfunc." + core: c for core, c in names.items() if "cfunc." + core in info.symbols}
    return RenameSymbols(mapping).run(module, Context()).text


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def assemble_text(tmp: Path, name: str, text: str) -> Path:
    src = write(tmp / f"{name}.s", text)
    Toolchain().assemble(str(src), str(tmp / f"{name}.o"))
    return tmp / f"{name}.o"


def sample_object(tmp: Path, sample: str) -> Path:
    obj = tmp / (Path(sample).stem + ".o")
    Toolchain().assemble(str(SAMPLES / sample), str(obj))
    return obj


def cc(*args) -> None:
    Toolchain().cc([str(a) for a in args])


def ar(archive: Path, *members: Path) -> Path:
    Toolchain().ar(["rcs", str(archive), *map(str, members)])
    return archive
