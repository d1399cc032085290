"""The calls a function makes, with what was in the registers at each.

Numba's code (large code model) calls through registers:
`movabsq $PyLong_FromLongLong, %r12` once, then `callq *%r12` twice. To
know what a call calls, and what its first argument was made from, we walk
the function's instructions in order and remember, per register, the symbol
or immediate last put there and the instruction that last wrote it. Labels
do not reset that memory: LLVM hoists a callee's address above a branch only
when every path uses it, which is the case this has to follow. Calls
clobber the caller-saved registers, as the ABI says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .nodes import Instruction, Module

_GPR = {
    "rax": ("eax", "ax", "al", "ah"), "rbx": ("ebx", "bx", "bl", "bh"), "rcx": ("ecx", "cx", "cl", "ch"),
    "rdx": ("edx", "dx", "dl", "dh"), "rsi": ("esi", "si", "sil"), "rdi": ("edi", "di", "dil"),
    "rbp": ("ebp", "bp", "bpl"), "rsp": ("esp", "sp", "spl"),
    **{f"r{i}": (f"r{i}d", f"r{i}w", f"r{i}b") for i in range(8, 16)},
}
_CANON = {alias: full for full, aliases in _GPR.items() for alias in (full, *aliases)}
CALLER_SAVED = {"rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11",
                *(f"xmm{i}" for i in range(16))}
_ONE_OPERAND_WRITES = ("set", "inc", "dec", "neg", "not", "bswap")
_NO_WRITE = ("cmp", "test", "vucomi", "ucomi", "comi", "vcomi", "push", "bt")


def register(text: str) -> str:
    """`%edi` -> `rdi`, `%xmm0` -> `xmm0` (ymm/zmm fold into xmm too)."""
    r = text.lstrip("%")
    if r[:3] in ("ymm", "zmm"):
        r = "xmm" + r[3:]
    return _CANON.get(r, r)


@dataclass(frozen=True)
class Write:
    """The instruction that last wrote a register: `movslq 12(%rsp), %rdi`."""

    mnemonic: str
    source: str  # first operand's text
    source_kind: str  # register, memory, immediate, ...
    symbol: str | None = None  # `movabsq $sym, %reg` / `leaq sym(%rip), %reg`


@dataclass(frozen=True)
class Call:
    """A call, a tail call (`jmp` to a symbol) or a return (kind "ret")."""

    target: str | None  # the symbol called, None if unknown (and for returns)
    line: int
    kind: str  # "call", "tail" or "ret"
    writes: dict[str, Write] = field(default_factory=dict)  # register -> last writer, at the call

    def writer(self, reg: str) -> Write | None:
        return self.writes.get(reg)

    def immediate(self, reg: str) -> int | None:
        w = self.writes.get(reg)
        if w is not None and w.mnemonic.startswith("xor") and w.source_kind == "register" \
                and register(w.source) == reg:
            return 0  # `xorl %esi, %esi`: how a compiler writes 0
        if w is None or w.source_kind != "immediate" or w.symbol is not None:
            return None
        try:
            return int(w.source.lstrip("$"), 0)
        except ValueError:
            return None


def calls(module: Module, start: int, stop: int) -> list[Call]:
    """The calls, symbol tail calls and returns in lines [start, stop), in order."""
    regs: dict[str, Write] = {}
    out: list[Call] = []
    for i in range(start, stop):
        for st in module.lines[i].statements:
            if isinstance(st, Instruction):
                _step(st, i, regs, out)
    return out


def _step(st: Instruction, i: int, regs: dict[str, Write], out: list[Call]) -> None:
    m, ops = st.mnemonic, st.operands
    if m.startswith("ret"):
        out.append(Call(None, i, "ret", dict(regs)))
        return
    if m.startswith(("call", "jmp")) and ops:
        op = ops[0]
        target = None
        if op.kind == "direct":
            names = op.symbols()
            target = names[0] if names else None
        elif op.kind == "indirect" and op.text.startswith("*%"):
            w = regs.get(register(op.text[1:]))
            target = w.symbol if w else None
        tail = m.startswith("jmp")
        if not tail or (target is not None and not target.startswith(".L")):
            out.append(Call(target, i, "tail" if tail else "call", dict(regs)))
        if not tail:
            for r in CALLER_SAVED:
                regs.pop(r, None)
        return
    if len(ops) == 1 and ops[0].kind == "register" and m.startswith("pop"):
        # Restores a saved register or, as `popq %rax` before `retq`, only
        # moves the stack pointer back: either way not a value of interest.
        regs.pop(register(ops[0].text), None)
        return
    if len(ops) == 1 and ops[0].kind == "register" and m.startswith(_ONE_OPERAND_WRITES):
        regs[register(ops[0].text)] = Write(m, ops[0].text, "register")
        return
    if len(ops) < 2 or ops[-1].kind != "register" or m.startswith(_NO_WRITE):
        return
    dest = register(ops[-1].text)
    src = ops[0]
    names = src.symbols()
    symbol = None
    # `movabsq $f, %rax`, `leaq f(%rip), %rax`, or through the GOT as
    # strip-wrapper's position-independent rewrite spells it:
    # `movq f@GOTPCREL(%rip), %rax`.
    if names and (src.kind == "immediate" or (m.startswith("lea") and "(%rip)" in src.text)
                  or (m.startswith("mov") and "@GOTPCREL(%rip)" in src.text)):
        symbol = names[0]
    regs[dest] = Write(m, src.text, src.kind, symbol)
    if m.startswith("xchg") and src.kind == "register":
        regs.pop(register(src.text), None)
