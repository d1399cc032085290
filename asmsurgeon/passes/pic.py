"""Position-independent addressing for Numba's large-code-model output.

`movabsq $sym, %reg` puts a 64-bit absolute address in the code: a text
relocation in a PIE or shared library. Each becomes a RIP-relative load:
`leaq sym(%rip)` for symbols local to the object, a GOT load for anything
global (defined here or not), so the code links into a PIE and into a
shared library alike. Data holding absolute addresses (`.quad sym` in
`.lrodata`) moves to `.data.rel.ro`, which the dynamic linker may relocate
before making it read-only; `.ltext` becomes `.text`.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.nodes import SYMBOL_KINDS, Instruction, Line, Module
from ..asm.parser import make_line, make_lines
from .manager import Context

_POINTER_DATA = {".quad", ".8byte", ".long", ".4byte", ".int"}
RELRO = '\t.section\t.data.rel.ro,"aw",@progbits\n'
TEXT = '\t.section\t.text,"ax",@progbits\n'


def _absolute_pointer(line: Line) -> bool:
    """`.quad sym` (an address), not `.quad 0` nor `.long .LBB0_3-.LJTI0_0`."""
    if line.first_word() not in _POINTER_DATA or not line.shape.symbols:
        return False
    return any(not any(t.text == "-" for t in arg) for arg in line.first_statement().args
               if any(t.kind in SYMBOL_KINDS for t in arg))


@dataclass
class PositionIndependent:
    name: str = "pic"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        local = {s.name for s in info.symbols.values() if s.defined and s.binding == "local"}
        relro = {info.sections[i] for i, line in enumerate(module.lines) if _absolute_pointer(line)}
        out: list[Line] = []
        changed = False
        for i, line in enumerate(module.lines):
            new = line
            word = line.first_word()
            if word == "movabsq" and line.shape.symbols:
                new = self._load(line, local, module.path, i)
            elif word in (".section", ".text", ".data"):
                new = self._section(line, relro, module.path)
            if isinstance(new, list):
                out.extend(new)
                changed = True
                continue
            changed |= new is not line
            out.append(new)
        return module.replace_lines(out) if changed else module

    def _load(self, line: Line, local: set[str], where: str, index: int = 0):
        """`movabsq $sym+addend, %reg` alone on its line (comment allowed)."""
        if len(line.statements) != 1 or not isinstance(ins := line.statements[0], Instruction):
            return line
        ops = ins.operands
        target = ops[0].symbol_plus if len(ops) == 2 else None
        reg = ops[1].register if target is not None else None
        if reg is None or not reg.startswith("%r"):
            return line
        sym, addend = target
        names = [n for n, _, _, d in line.symbol_spans() if not d]
        if len(names) != 1:
            return line
        # The rewrite keeps the line's indentation, its comment and its
        # terminator (CRLF, or none on a last line).
        indent = line.text[:len(line.text) - len(line.text.lstrip(" \t"))]
        comment = "".join(leaf.text for leaf in line.leaves if leaf.kind == "comment")
        end = line.text[len(line.text.rstrip("\r\n")):]
        tail = (f"\t{comment.rstrip(chr(13) + chr(10))}" if comment else "") + end
        if names[0] in local:
            return make_line(f"{indent}leaq\t{sym}{addend}(%rip), {reg}{tail}", where)
        text = f"{indent}movq\t{sym}@GOTPCREL(%rip), {reg}"
        if sym.startswith('"'):
            # GNU as takes no `@GOTPCREL` after a quoted name (Numba's
            # `".dtor.list.Tuple(int64, float64)"`): load through a plain
            # alias of it instead, one per use (gas refuses a relocation
            # against a symbol `.set` twice).
            alias = f".Lasms_got.{zlib.crc32(sym.encode()):08x}.{index}"
            text = f"{indent}.set\t{alias}, {sym}\n{indent}movq\t{alias}@GOTPCREL(%rip), {reg}"
        addend = addend.replace(" ", "").replace("\t", "")
        if addend:
            text += f"{end or chr(10)}{indent}leaq\t{addend.lstrip('+')}({reg}), {reg}"
        return make_lines(text + tail, where)

    def _section(self, line: Line, relro: set[str], where: str):
        if len(line.statements) != 1:
            return line  # `.section .ltext; nop`: rewriting would lose the rest
        d = line.first_statement()
        args = d.arg_texts()
        name = args[0].strip('"') if d.name == ".section" and args else d.name
        if name in relro and name not in (".data", ".data.rel.ro") and not name.startswith(".data.rel.ro"):
            return make_line(RELRO, where)
        if name == ".ltext":
            return make_line(TEXT, where)
        return line
