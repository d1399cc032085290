"""The C wrappers' error branches, calling the runtime instead of Python.

Each `cfunc.` wrapper, where the core function returns a nonzero status,
calls `void asmsurgeon_raise(const void *excinfo, int status)` with the
excinfo the core stored (see passes/exceptions.py for what it points to)
and that status, then returns 0 (rax and xmm0 zeroed) through the
wrapper's success path. The Python code the branch used to reach is
removed as unreachable (passes/blocks.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.calls import register
from ..asm.names import spell
from ..asm.nodes import Instruction, Line, Module, Operand
from ..asm.parser import make_line, make_lines
from ..numba_abi.families import families
from .blocks import is_code, mnemonic, prune_dead_blocks
from .edit import splice_lines as _splice_lines
from .manager import Context
from .rename import rename_line

HOOK = "asmsurgeon_raise"
GIL_ENSURE = "numba_gil_ensure"
USER_EXCEPTION = 1  # numba.core.callconv.RETCODE_USEREXC
FREE = "asmsurgeon_excinfo_free"

_CONDITIONAL = {"jne": "error", "jnz": "error", "je": "ok", "jz": "ok"}
_STATUS_TO_ESI = {"l": ("movl", "%esi"), "q": ("movq", "%rsi")}
_FLAGLESS = ("mov", "vmov", "lea")


def _operands(line: Line) -> tuple[Operand, ...]:
    ins = next(s for s in line.statements if isinstance(s, Instruction))
    return ins.operands


@dataclass
class _Site:
    call: int  # body index of the call to the core function
    branch: int  # body index of the status test's conditional jump
    target: str  # the jump's label
    error_is_target: bool
    status: str  # "%ecx"
    width: str  # "l" or "q"
    slot: str | None  # "16(%rsp)": where the core stored the excinfo pointer


def stack_effect(line: Line) -> int | None:
    """Bytes an instruction moves %rsp down by (negative: up); None if it
    changes %rsp in a way this does not follow."""
    m, ops = mnemonic(line), _operands(line)
    if m in ("pushq", "push"):
        return 8
    if m in ("popq", "pop"):
        return -8
    if ops and ops[-1].register == "%rsp":
        imm = ops[0].immediate if len(ops) == 2 else None
        if m in ("subq", "sub") and imm is not None:
            return imm
        if m in ("addq", "add") and imm is not None:
            return -imm
        return None
    return 0


def find_error_branch(body: list[Line], cores: set[str]) -> _Site | None:
    """The call of a core function in a wrapper, where it passed the excinfo
    slot, and the branch on the status it returned."""
    loaded: dict[str, str] = {}
    slot: tuple[int, str, int] | None = None  # offset, base register, stack depth then
    depth: int | None = 0
    for i, line in enumerate(body):
        if not is_code(line):
            continue
        m, ops = mnemonic(line), _operands(line)
        names = [n for n, _, _, d in line.symbol_spans() if not d]
        if m.startswith("movabs") and names and names[0] in cores and len(ops) == 2 and ops[1].register:
            loaded[ops[1].register] = names[0]
        elif m.startswith("lea") and len(ops) == 2 and ops[1].register == "%rsi":
            mem = ops[0].memory()
            on_stack = mem is not None and mem[1] in ("%rsp", "%rbp") and mem[2] is None
            slot = (mem[0], mem[1], depth) if on_stack and (mem[1] == "%rbp" or depth is not None) else None
        elif m.startswith("call"):
            target = ops[0].register if ops else None
            if target in loaded or (names and names[0] in cores):
                return _branch_after(body, i, slot, depth)
        if depth is not None:
            step = stack_effect(line)
            depth = None if step is None else depth + step
    return None


def _status_test(line: Line) -> str | None:
    """The register `testl %eax, %eax` or `cmpl $0, %eax` compares with 0."""
    m, ops = mnemonic(line), _operands(line)
    if m in ("testl", "testq") and len(ops) == 2 and ops[0].register and ops[0].register == ops[1].register:
        return ops[0].register
    if m in ("cmpl", "cmpq") and len(ops) == 2 and ops[0].immediate == 0 and ops[1].register:
        return ops[1].register
    return None


def _keeps_status(line: Line, status: str) -> bool:
    """Whether an instruction between the status test and its jump leaves
    both alone: LLVM schedules spills of the result there (a wrapper whose
    result is a 3-tuple stores one between `testl` and `jne`). Moves and
    `lea` set no flags; the status register must not be their destination."""
    m, ops = mnemonic(line), _operands(line)
    if not m.startswith(_FLAGLESS) or not ops:  # no operands: a string move
        return False
    dest = ops[-1].register
    return dest is None or register(dest) != register(status)


def _branch_after(body: list[Line], call: int, slot, depth: int | None) -> _Site | None:
    status: tuple[str, str] | None = None  # (register, width) a pending status test compared
    for j in range(call + 1, len(body)):
        line = body[j]
        if not is_code(line):
            if line.labels():
                return None  # another block: no status test in the call's block
            continue
        m = mnemonic(line)
        if m in _CONDITIONAL and status is not None:
            target = next((n for n, _, _, d in line.symbol_spans() if not d), None)
            if target is None:
                return None
            return _Site(call, j, target, _CONDITIONAL[m] == "error", status[0], status[1], _slot_at(slot, depth))
        if m in _CONDITIONAL:
            return None
        if m.startswith("call") and _callee(body, call + 1, j) == GIL_ENSURE:
            # No status test: LLVM saw that the core always raises, and the
            # wrapper goes straight to its error path (which takes the GIL
            # first). The status is Numba's user-exception code.
            end = _epilogue(body)
            if end is None:
                return None
            return _Site(call, call, end, False, f"${USER_EXCEPTION}", "l", _slot_at(slot, depth))
        if m.startswith(("j", "ret", "call")):
            return None
        if depth is not None:
            step = stack_effect(line)
            depth = None if step is None else depth + step
        tested = _status_test(line)
        if tested is not None:
            status = (tested, m[-1])
        elif status is not None and not _keeps_status(line, status[0]):
            status = None
    return None


def _callee(body: list[Line], lo: int, call: int) -> str | None:
    """The symbol a call at `call` calls: named, or loaded (`movabsq $f,
    %rax`) into the register it calls through in [lo, call)."""
    ops = _operands(body[call])
    reg = ops[0].register if ops and ops[0].kind == "indirect" else None
    if reg is None:
        return next((n for n, _, _, d in body[call].symbol_spans() if not d), None)
    for line in reversed(body[lo:call]):
        if is_code(line) and mnemonic(line).startswith("mov"):
            src, *rest = _operands(line)
            if rest and rest[-1].register == reg:
                return src.symbol_plus[0] if src.symbol_plus else None
    return None


_EPILOGUE = ("xor", "add", "pop", "ret", "vzeroupper")


def _epilogue(body: list[Line]) -> str | None:
    """A label whose block only unwinds the frame and returns."""
    for i, line in enumerate(body):
        labels = [n for n in line.labels() if n.startswith(".L")]
        if not labels or is_code(line):
            continue
        block = []
        for nxt in body[i + 1:]:
            if nxt.labels():
                break
            if is_code(nxt):
                block.append(mnemonic(nxt))
                if block[-1].startswith("ret"):
                    break
        if block and block[-1].startswith("ret") and all(b.startswith(_EPILOGUE) for b in block):
            return labels[0]
    return None


def _slot_at(slot, depth: int | None) -> str | None:
    """The excinfo slot as an operand valid at the branch: an %rsp offset
    moves by whatever was pushed or popped since the `leaq`."""
    if slot is None:
        return None
    offset, base, then = slot
    if base == "%rsp":
        if depth is None or then is None:
            return None
        offset += depth - then
    return f"{offset}({base})"


@dataclass
class RouteErrorsToHook:
    """Point each C wrapper's error branch at a call of the runtime's error
    hook, and drop the Python code it used to run."""

    name: str = "error-hook"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        fams = ctx.analysis(families, module)
        cores = {f.core for f in fams.values() if f.core in info.symbols and info.symbols[f.core].defined}
        replace: dict[int, list[Line]] = {}
        uses = label_uses(module)
        k = 0
        for f in fams.values():
            if f.cfunc is None or f.cfunc not in info.extents or info.symbols[f.cfunc].type != "function":
                continue
            sym = info.symbols[f.cfunc]
            ext = info.extents[sym.name]
            body = list(module.lines[ext.label + 1:ext.stop])
            site = find_error_branch(body, cores)
            if site is None:
                continue
            while any(f".Lasmsurgeon_raise{k}" == s for s in info.symbols):
                k += 1
            new_body = self._rewrite(body, site, k, module.path)
            outside = _references_outside(module, uses, ext.label + 1, ext.stop)
            new_body, dropped = prune_dead_blocks(new_body, outside)
            replace[ext.label + 1] = new_body
            for i in range(ext.label + 2, ext.stop):
                replace[i] = []
            k += 1
            orphaned = ctx.orphaned
            for d in dropped:
                orphaned.setdefault(d, f"only the Python error path of {sym.name} used it")
            ctx.explain_note(f"error path: {sym.name}: now calls {HOOK}; no longer calls "
                          + (", ".join(sorted(d for d in dropped if not d.startswith(".L"))) or "anything else"))
        return _splice_lines(module, replace) if replace else module

    def _rewrite(self, body: list[Line], site: _Site, k: int, where: str) -> list[Line]:
        has_cfi = any(line.first_word() == ".cfi_startproc" for line in body)
        raise_label = f".Lasmsurgeon_raise{k}"
        out = list(body)
        mov, esi = _STATUS_TO_ESI[site.width]
        load = f"\tmovq\t{site.slot}, %rdi\n" if site.slot else "\txorl\t%edi, %edi\n"
        # A hook that returns (a library's own) leaves a dynamic exception
        # to free.
        free = f"{load}\tcallq\t{FREE}@PLT\n" if site.slot else ""
        call = (f"\t{mov}\t{site.status}, {esi}\n{load}\tcallq\t{HOOK}@PLT\n{free}"
                f"\txorl\t%eax, %eax\n\txorps\t%xmm0, %xmm0\n")
        if not site.error_is_target:
            # `je ok`: the error path is the fall-through; put the call there.
            out[site.branch + 1:site.branch + 1] = make_lines(call + f"\tjmp\t{spell(site.target)}\n", where)
            return out
        # `jne error`: branch to a new block at the end of the function, and
        # name the success path so the new block can return through it.
        after = site.branch + 1
        ok = next((n for n in body[after].labels()), None) if after < len(body) else None
        inserted: list[Line] = []
        if has_cfi:
            inserted.append(make_line("\t.cfi_remember_state\n"))
        if ok is None:
            ok = f".Lasmsurgeon_ok{k}"
            inserted.append(make_line(f"{ok}:\n"))
        block = make_lines(f"{raise_label}:\n" + ("\t.cfi_restore_state\n" if has_cfi else "")
                           + call + f"\tjmp\t{spell(ok)}\n", where)
        end = _end_label_index(body)
        out[end:end] = block
        out[site.branch] = rename_line(body[site.branch], {site.target: raise_label}, where)
        out[after:after] = inserted
        return out


def _end_label_index(body: list[Line]) -> int:
    """Where the function's code ends: before the label its `.size` names
    (`.Lfunc_end2`), else before the `.size` line itself."""
    for i, line in enumerate(body):
        if line.first_word() == ".size":
            names = {n for n, _, _, d in line.symbol_spans() if not d}
            for j in range(i - 1, -1, -1):
                if set(body[j].labels()) & names:
                    return j
            return i
    return len(body)


def label_uses(module: Module) -> dict[str, list[int]]:
    """Assembler-local name -> indices of the lines that refer to it."""
    uses: dict[str, list[int]] = {}
    for i, line in enumerate(module.lines):
        if line.shape.symbols:
            for n, _, _, d in line.symbol_spans():
                if not d and n.startswith(".L"):
                    uses.setdefault(n, []).append(i)
    return uses


def _references_outside(module: Module, uses: dict[str, list[int]], lo: int, hi: int) -> set[str]:
    """The body's labels that lines outside [lo, hi) refer to."""
    out = set()
    for line in module.lines[lo:hi]:
        for n in line.labels():
            if any(i < lo or i >= hi for i in uses.get(n, ())):
                out.add(n)
    return out
