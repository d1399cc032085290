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

import re
from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.nodes import Line, Module
from ..asm.parser import make_line, make_lines
from .manager import Context

_MOVABS = re.compile(r"^(\s*)movabsq\s+\$(.+?)\s*,\s*(%r\w+)\s*(#.*)?$", re.S)
_ADDEND = re.compile(r"^(.*?)\s*([+-]\s*(?:0x[0-9a-fA-F]+|\d+))$")
_POINTER_DATA = {".quad", ".8byte", ".long", ".4byte", ".int"}
RELRO = '\t.section\t.data.rel.ro,"aw",@progbits\n'
TEXT = '\t.section\t.text,"ax",@progbits\n'


def _absolute_pointer(line: Line) -> bool:
    """`.quad sym` (an address), not `.quad 0` nor `.long .LBB0_3-.LJTI0_0`."""
    if line.first_word() not in _POINTER_DATA or not line.shape.symbols:
        return False
    return any("-" not in arg for arg in line.first_statement().arg_texts()
               if re.search(r"[A-Za-z_.]", arg))


@dataclass
class PositionIndependent:
    name: str = "pic"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        local = {s.name for s in info.symbols.values() if s.defined and s.binding == "local"}
        relro = {info.sections[i] for i, line in enumerate(module.lines) if _absolute_pointer(line)}
        out: list[Line] = []
        changed = False
        for _i, line in enumerate(module.lines):
            new = line
            word = line.first_word()
            if word == "movabsq" and line.shape.symbols:
                new = self._load(line, local, module.path)
            elif word in (".section", ".text", ".data"):
                new = self._section(line, relro, module.path)
            if isinstance(new, list):
                out.extend(new)
                changed = True
                continue
            changed |= new is not line
            out.append(new)
        return module.replace_lines(out) if changed else module

    def _load(self, line: Line, local: set[str], where: str):
        m = _MOVABS.match(line.text)
        if m is None:
            return line
        indent, expr, reg, comment = m.group(1), m.group(2), m.group(3), m.group(4)
        names = [n for n, _, _, d in line.symbol_spans() if not d]
        if len(names) != 1:
            return line
        # The rewrite keeps the line's comment and its terminator (CRLF, or
        # none on a last line).
        end = line.text[len(line.text.rstrip("\r\n")):]
        tail = (f"\t{comment.rstrip(chr(13) + chr(10))}" if comment else "") + end
        if names[0] in local:
            return make_line(f"{indent}leaq\t{expr}(%rip), {reg}{tail}", where)
        base, addend = expr, None
        a = _ADDEND.match(expr)
        if a:
            base, addend = a.group(1), a.group(2).replace(" ", "")
        text = f"{indent}movq\t{base}@GOTPCREL(%rip), {reg}"
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
