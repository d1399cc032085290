"""Rename symbols everywhere they are named, and nowhere else.

Only symbol tokens are touched (definitions and references in operands,
expressions and directive arguments), so `six` never changes `sixty` or the
text of a string constant. Lines the map does not touch are the very same
Line objects, so they print exactly as they were read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..asm.names import escape, is_plain, spell
from ..asm.nodes import Line, Module
from ..asm.parser import make_line
from ..errors import UsageError
from .manager import Context


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, new in sorted(edits):
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def rename_line(line: Line, mapping: dict[str, str], where: str) -> Line:
    edits = [(s, e, spell(mapping[name])) for name, s, e, _ in line.symbol_spans() if name in mapping]
    if not edits:
        return line
    return make_line(splice(line.text, edits), where)


def defined_and_referenced(module: Module) -> set[str]:
    names: set[str] = set()
    # Compiler output repeats lines; each distinct text needs looking at once.
    distinct = {line.text: line for line in module.lines if line.shape.symbols}
    for line in distinct.values():
        names.update(n for n, _, _, _ in line.symbol_spans())
    return names


def rename_symbols(module: Module, mapping: dict[str, str], notes: list[str] | None = None,
                   joins: frozenset[str] = frozenset()) -> Module:
    """`module` with every symbol in `mapping` renamed; a name the map has
    that the module does not is a warning in `notes`. Passes that rename as
    part of their work call this (a pass never runs another pass). A target
    in `joins` may already be there: a runtime function another pass has
    pointed other calls at, which these calls join rather than clash with."""
    mapping = {k: v for k, v in mapping.items() if k != v}
    if not mapping:
        return module
    # A cheap textual filter first: a line can only need an edit if one
    # of the old names occurs in it (escaped, as a quoted name would be).
    # A name that needs quotes is looked for in every line.
    needles = {n for k in mapping for n in (k, escape(k))}
    prefilter = re.compile("|".join(map(re.escape, sorted(needles, key=len, reverse=True)))) \
        if all(is_plain(k) for k in mapping) else re.compile("")
    lines = list(module.lines)
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.shape.symbols and prefilter.search(line.text):
            new = rename_line(line, mapping, module.path)
            if new is not line:
                seen.update(n for n, _, _, _ in line.symbol_spans() if n in mapping)
                lines[i] = new
    for old in mapping:
        if old not in seen and notes is not None:
            notes.append(f"warning: no symbol named {old!r} in {module.path}")
    if not seen:
        return module
    clashes = sorted(set(mapping[o] for o in seen) & (defined_and_referenced(module) - set(mapping) - joins))
    if clashes:
        raise UsageError(f"cannot rename to {clashes[0]!r}: {module.path} already has a symbol of that name")
    return module.replace_lines(lines)


@dataclass
class RenameSymbols:
    """The `rename` command's pass."""

    mapping: dict[str, str]
    name: str = "rename"

    def run(self, module: Module, ctx: Context) -> Module:
        return rename_symbols(module, self.mapping, ctx.notes)
