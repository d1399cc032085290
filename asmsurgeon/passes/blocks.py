"""Basic blocks of one function, and removing the ones nothing reaches.

Used after a pass redirects a branch: the code it no longer jumps to (an
error path full of Python calls) must go, and exactly that code. A block is
live if it is the entry, if a live block falls into it, or if its label is
named anywhere other than in dead code (a jump, a jump table in .rodata, a
`.size` expression). Dead blocks keep their `.cfi_*` directives: CFI is a
program over addresses, and the next live block expects the state those
directives leave.
"""

from __future__ import annotations

from ..asm.nodes import Line

_NO_FALLTHROUGH = {"jmp", "jmpq", "ret", "retq", "retl", "ud2", "hlt"}


def is_code(line: Line) -> bool:
    return "instruction" in line.statement_kinds()


def mnemonic(line: Line) -> str:
    return line.first_word() if is_code(line) else ""


def prune_dead_blocks(body: list[Line], outside_refs: set[str]) -> tuple[list[Line], set[str]]:
    """Drop unreachable blocks from a function body (the lines after its
    label). Returns the new body and the symbols only the dead code named.
    Numeric local labels (`1:`) make the body too subtle to cut: returned
    unchanged."""
    blocks: list[list[int]] = [[]]
    labels: dict[str, int] = {}
    ended = False
    for i, line in enumerate(body):
        if "localdef" in {s.kind for s in line.shape.spans}:
            return body, set()
        defs = [n for n in line.labels() if n.startswith(".L")]
        if (defs or ended) and blocks[-1]:
            blocks.append([])
        for n in defs:
            labels[n] = len(blocks) - 1
        blocks[-1].append(i)
        # Code after a jump or return without a label of its own is a block
        # nobody can enter.
        ended = mnemonic(line) in _NO_FALLTHROUGH
    roots = {0}
    refs: list[set[str]] = []
    falls: list[bool] = []
    for b in blocks:
        r: set[str] = set()
        last = ""
        for i in b:
            line = body[i]
            names = {n for n, _, _, d in line.symbol_spans() if not d}
            if is_code(line):
                r |= names
                last = mnemonic(line)
            else:
                roots.update(labels[n] for n in names if n in labels)
        refs.append(r)
        falls.append(last not in _NO_FALLTHROUGH)
    roots.update(labels[n] for n in outside_refs if n in labels)
    live: set[int] = set()
    todo = sorted(roots)
    while todo:
        k = todo.pop()
        if k in live:
            continue
        live.add(k)
        todo.extend(labels[n] for n in refs[k] if n in labels)
        if falls[k] and k + 1 < len(blocks):
            todo.append(k + 1)
    if len(live) == len(blocks):
        return body, set()
    kept_names = set().union(*(refs[k] for k in live))
    out: list[Line] = []
    dead_names: set[str] = set()
    for k, b in enumerate(blocks):
        for i in b:
            line = body[i]
            if k in live or (not is_code(line) and not line.labels() and line.first_word().startswith(".cfi_")):
                out.append(line)
        if k not in live:
            dead_names |= refs[k]
    return out, dead_names - kept_names
