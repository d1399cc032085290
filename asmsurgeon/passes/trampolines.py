"""`NAME_into` for library functions whose result C cannot receive.

LLVM returns a tuple of three integers in rax, rdx and rcx, and floats
beyond two in x87 registers; no C declaration reads those. The trampoline
takes the function's own arguments followed by a pointer to the result's
memory form (value_units layout, the header's `NAME_raw`): the arguments
stay where the C caller put them, the stack arguments are copied below a
new frame, and after the call the registers are stored through the
pointer, exactly as add-main's `main` stores them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.names import spell
from ..asm.nodes import Module
from ..asm.parser import make_lines
from ..numba_abi.cabi import arg_units, c_cannot_receive, parse_type, value_units
from ..numba_abi.signature import Signature
from .add_main import ARG_INT_REGS, spill_result
from .manager import Context

SUFFIX = "_into"


def trampoline_text(function: str, sig: Signature) -> str:
    units = [u for a in sig.args for u in arg_units(parse_type(a))]
    ints = sum(u.cls == "int" for u in units)
    sse = len(units) - ints
    stacked = max(0, ints - len(ARG_INT_REGS)) + max(0, sse - 8)
    out_at = f"%{ARG_INT_REGS[ints]}" if ints < len(ARG_INT_REGS) else f"{16 + 8 * stacked}(%rbp)"
    frame = (8 * stacked + 15) // 16 * 16 + 8  # with rbx pushed, rsp is 16-aligned at the call
    name = spell(function + SUFFIX)
    body = [f"\tmovq\t{out_at}, %rbx", f"\tsubq\t${frame}, %rsp"]
    for i in range(stacked):
        body += [f"\tmovq\t{16 + 8 * i}(%rbp), %rax", f"\tmovq\t%rax, {8 * i}(%rsp)"]
    body += [f"\tcall\t{spell(function)}"]
    body += spill_result(value_units(parse_type(sig.ret)), lambda offset: f"{offset}(%rbx)")
    return "\n".join([
        "\t.text", f"\t.globl\t{name}", "\t.p2align\t4", f"\t.type\t{name},@function", f"{name}:",
        "\tpushq\t%rbp", "\tmovq\t%rsp, %rbp", "\tpushq\t%rbx",
        *body,
        "\tmovq\t-8(%rbp), %rbx", "\tleave", "\tretq",
    ]) + "\n"


def needs_trampoline(sig: Signature) -> bool:
    """False too for types C cannot be given at all (the header says so)."""
    from ..errors import UsageError

    try:
        return c_cannot_receive(parse_type(sig.ret)) and all(arg_units(parse_type(a)) for a in sig.args)
    except UsageError:
        return False


@dataclass
class AddTrampolines:
    """Append NAME_into for each of `functions` (C name -> signature) whose
    result C cannot receive."""

    functions: dict
    name: str = "add-trampolines"

    def run(self, module: Module, ctx: Context) -> Module:
        from ..asm.analysis import module_info

        info = ctx.analysis(module_info, module)
        text = "".join(trampoline_text(n, sig) for n, sig in sorted(self.functions.items())
                       if n in info.symbols and info.symbols[n].defined and needs_trampoline(sig))
        if not text:
            return module
        return module.replace_lines([*module.lines, *make_lines(text, f"<{self.name}>")])
