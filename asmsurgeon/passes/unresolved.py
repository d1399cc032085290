"""Mutual recursion: Numba compiles a call to a function whose compilation
has not finished as an indirect call through a pointer cell named
`.numba.unresolved$<symbol>`, which its linker fills in at run time. Without
that linker the cell is defined here, holding the function's address, when
the function is in the input; otherwise the build cannot work and says
which function is missing."""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.nodes import Module
from ..asm.parser import make_lines
from ..errors import InputError
from ..numba_abi.demangle import readable
from .manager import Context

PREFIX = ".numba.unresolved$"


@dataclass
class ResolveUnresolved:
    name: str = "resolve-unresolved"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        cells = [n for n in info.undefined if n.startswith(PREFIX)]
        if not cells:
            return module
        text = []
        for cell in cells:
            target = cell[len(PREFIX):]
            sym = info.symbols.get(target)
            if sym is None or not sym.defined:
                raise InputError(module.path, f"{readable(target)} is called (mutual recursion) but not "
                                              f"defined in the input: compile it together with its caller "
                                              f"(FILE.py:f,g) ({target})")
            text += ["\t.section\t.data.rel.ro,\"aw\",@progbits", "\t.p2align\t3",
                     f"\t.type\t{cell},@object", f"\t.size\t{cell}, 8", f"{cell}:", f"\t.quad\t{target}"]
        return module.replace_lines([*module.lines, *make_lines("\n".join(text) + "\n", f"<{self.name}>")])
