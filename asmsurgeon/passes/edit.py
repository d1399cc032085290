"""Small helpers passes share for editing a module by line index."""

from __future__ import annotations

from ..asm.nodes import Line, Module


def splice_lines(module: Module, replace: dict[int, list[Line]]) -> Module:
    """Replace line i by replace[i] (an empty list deletes it)."""
    out: list[Line] = []
    for i, line in enumerate(module.lines):
        out.extend(replace.get(i, (line,)))
    return module.replace_lines(out)
