"""The calls a function makes, with what was in the registers at each.

Numba's code (large code model) calls through registers:
`movabsq $PyLong_FromLongLong, %r12` once, then `callq *%r12` twice. To
know what a call calls, and what its first argument was made from, we walk
the function's instructions in order and remember, per register, the symbol
or immediate last put there and the instruction that last wrote it. Calls
clobber the caller-saved registers, as the ABI says.

The walk follows paths: a label is reached by falling through and by the
jumps to it seen so far, each with its own registers, and a call's `writes`
are what all the paths reaching it agree on (`paths` has each). LLVM merges
the tails of branches (`if n > 0: print("positive") else: print("other")`
is one `callq *%rax` to numba_unpickle, `%rdi` set on each branch), and
reuses a hoisted callee's register on one branch only (`movq %rax, %r13;
jmp .LBB0_3` ... `.LBB0_1: callq *%r13`). A label only jumped to from below
(a loop head after a `jmp`) keeps the walk's memory: nothing better is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .nodes import Instruction, Label, Module

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
    paths: tuple[dict[str, Write], ...] = ()  # the writes of each path reaching the call

    def writer(self, reg: str) -> Write | None:
        return self.writes.get(reg)

    def writers(self, reg: str) -> list[Write | None]:
        """The register's last writer on each path reaching the call."""
        return [p.get(reg) for p in self.paths] or [self.writer(reg)]

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
    paths: list[dict[str, Write]] = [{}]
    out: list[Call] = []
    jumps: dict[str, list[dict[str, Write]]] = {}  # label -> the paths jumping to it
    falls = True  # whether the next statement is reached by falling through
    for i in range(start, stop):
        for st in module.lines[i].statements:
            if isinstance(st, Label):
                paths = _join((paths if falls else []) + jumps.pop(st.name, [])) or paths
                falls = True
            elif isinstance(st, Instruction):
                m = st.mnemonic
                if m.startswith("j") and st.operands and st.operands[0].kind == "direct":
                    for name in st.operands[0].symbols()[:1]:
                        jumps.setdefault(name, []).extend(dict(p) for p in paths)
                made = [c for p in paths for c in _stepped(st, i, p)]
                if made:
                    out.append(_merged(made))
                falls = not m.startswith(("jmp", "ret", "ud2"))
    return out


_MAX_PATHS = 8


def _join(paths: list[dict[str, Write]]) -> list[dict[str, Write]]:
    """The distinct paths; past a few, the one state they agree on."""
    distinct = list({tuple(sorted(p.items())): p for p in paths}.values())
    if len(distinct) <= _MAX_PATHS:
        return distinct
    return [_agreed(distinct)]


def _agreed(paths: list[dict[str, Write]]) -> dict[str, Write]:
    first, *rest = paths
    return {r: w for r, w in first.items() if all(p.get(r) == w for p in rest)}


def _stepped(st: Instruction, i: int, regs: dict[str, Write]) -> list[Call]:
    made: list[Call] = []
    _step(st, i, regs, made)
    return made


def _merged(made: list[Call]) -> Call:
    """One call from each path's view of it."""
    if len(made) == 1:
        return made[0]
    targets = {c.target for c in made}
    target = targets.pop() if len(targets) == 1 else None
    paths = tuple(c.writes for c in made)
    return Call(target, made[0].line, made[0].kind, _agreed(list(paths)), paths)


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
