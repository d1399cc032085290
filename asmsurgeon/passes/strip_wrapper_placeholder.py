"""PLACEHOLDER for issue #4's strip-wrapper, so `build` and `add-main` can
run end to end on this branch. The lead swaps in the real passes at merge
(build.strip_wrapper_passes is the one seam). It does only the three steps
needed for wrappers without error paths:

- drop each CPython wrapper (the part that needs libpython);
- rename `cfunc.*` to the project's C names (demangle.c_names);
- rewrite `movabsq $sym, %reg` to RIP-relative forms so the code links as
  PIE without text relocations.

It does NOT rewrite the C wrappers' error paths (numba_gil_ensure,
PyErr_*, pickled exception data) into asmsurgeon_raise calls; modules whose
wrappers have them are refused by the check step until strip-wrapper lands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..analysis import module_info
from ..demangle import c_names, parse_numba_name
from ..names import spell
from ..nodes import Module
from ..parser import make_line
from .manager import Context
from .rename import RenameSymbols

_MOVABS = re.compile(r"(\s*)movabsq\s+\$(.+?),\s*%(\w+)\s*$")


@dataclass
class DropCPythonWrappers:
    name: str = "drop-cpython-wrappers"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        drop: set[int] = set()
        for name, ext in info.extents.items():
            n = parse_numba_name(name)
            if n is not None and n.role == "cpython":
                drop.update(range(ext.start, ext.stop))
        if not drop:
            return module
        return module.replace_lines([l for i, l in enumerate(module.lines) if i not in drop])


@dataclass
class RenameCFuncs:
    name: str = "rename-cfuncs"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        cfuncs = [s for s in info.symbols if s.startswith("cfunc.") and info.symbols[s].defined]
        names = c_names(cfuncs)
        mapping = {s: names[parse_numba_name(s).core_symbol] for s in cfuncs if parse_numba_name(s)}
        return RenameSymbols(mapping).run(module, ctx)


@dataclass
class RipRelative:
    name: str = "rip-relative"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        lines = list(module.lines)
        changed = False
        for i, line in enumerate(lines):
            if line.first_word() != "movabsq":
                continue
            spans = list(line.symbol_spans())
            m = _MOVABS.match(line.text.rstrip("\n"))
            if m is None or len(spans) != 1 or m.group(2) != spell(spans[0][0]):
                continue
            sym = info.symbols.get(spans[0][0])
            local = sym is not None and sym.defined and sym.section != "*COM*"
            target = f"{m.group(2)}(%rip)" if local else f"{m.group(2)}@GOTPCREL(%rip)"
            text = f"{m.group(1)}{'leaq' if local else 'movq'}\t{target}, %{m.group(3)}\n"
            lines[i] = make_line(text, module.path)
            changed = True
        return module.replace_lines(lines) if changed else module


def passes() -> list:
    return [DropCPythonWrappers(), RenameCFuncs(), RipRelative()]
