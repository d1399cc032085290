"""Hide everything a library should not export.

A shared library built from Numba's code would otherwise export every core
function, `NumbaEnv` and the NRT helpers Numba emits as weak functions.
Exported symbols can be interposed, so the linker also refuses the
PC-relative references to them that PIC code wants. Marking all but the C
names `.hidden` fixes both: the library's interface is its C functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.names import spell
from ..asm.nodes import Module
from ..asm.parser import make_lines
from .manager import Context


@dataclass
class HideInternals:
    exported: frozenset[str]
    name: str = "hide-internals"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        hide = sorted(s.name for s in info.symbols.values()
                      if s.defined and s.binding in ("global", "weak") and s.name not in self.exported
                      and s.visibility is None)
        if not hide:
            return module
        text = "".join(f"\t.hidden\t{spell(n)}\n" for n in hide)
        return module.replace_lines([*module.lines, *make_lines(text, f"<{self.name}>")])
