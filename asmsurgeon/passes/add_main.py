"""Give a module an entry point: `main` that turns argv into arguments,
calls one C-named function and prints the result as Python's repr would;
or, with `nolibc`, a `_start` that exits with the result as its status.

The entry point is written as assembly text and parsed like any other
code. It only marshals: parsing and printing are C helpers in the runtime
(asmsurgeon/runtime/cli.c and a cliparse_*.c per kind of parameter), so
the generated code stays a straight line of calls that is easy to read in
the output.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.names import spell
from ..asm.nodes import Module
from ..asm.parser import make_lines
from ..errors import PathError, UsageError
from ..numba_abi.cabi import (
    RET_INT_REGS,
    RET_SSE_REGS,
    Array,
    NoneType,
    Scalar,
    Tuple,
    arg_units,
    parse_type,
    returns_in_memory,
    value_units,
)
from ..numba_abi.params import resolve
from ..numba_abi.signature import Signature
from .manager import Context

ARG_INT_REGS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9")
_SUB = {  # 64-bit register -> (32, 16, 8)-bit names
    "rax": ("eax", "ax", "al"), "rdx": ("edx", "dx", "dl"), "rcx": ("ecx", "cx", "cl"),
}


def _store(reg: str, s: Scalar, dst: str) -> str:
    if s.kind == "f":
        return f"\tmov{'ss' if s.bits == 32 else 'sd'}\t%{reg}, {dst}"
    size = s.size
    if size == 8:
        return f"\tmovq\t%{reg}, {dst}"
    name = _SUB[reg][{4: 0, 2: 1, 1: 2}[size]]
    return f"\tmov{'lwb'[{4: 0, 2: 1, 1: 2}[size]]}\t%{name}, {dst}"


def _load_int(s: Scalar, src: str, reg: str = "rdi") -> str:
    """Load an integer field widened to 64 bits, as Python would see it."""
    r32 = {"rdi": "edi", "rsi": "esi"}[reg]
    if s.kind == "b":
        return f"\tmovzbl\t{src}, %{r32}\n\tandl\t$1, %{r32}"
    if s.bits == 64:
        return f"\tmovq\t{src}, %{reg}"
    if s.kind == "i":
        return f"\tmovs{'bwl'[{8: 0, 16: 1, 32: 2}[s.bits]]}q\t{src}, %{reg}"
    if s.bits == 32:
        return f"\tmovl\t{src}, %{r32}"
    return f"\tmovz{'bw'[{8: 0, 16: 1}[s.bits]]}l\t{src}, %{r32}"


def spill_result(rvals: list, at) -> list[str]:
    """Store a result returned in registers (value_units `rvals`) at its
    memory offsets; `at(offset)` spells the destination."""
    out, ir, sr = [], list(RET_INT_REGS), list(RET_SSE_REGS)
    for u in rvals:
        if u.cls == "int":
            out.append(_store(ir.pop(0), u.scalar, at(u.offset)))
        elif sr:
            out.append(_store(sr.pop(0), u.scalar, at(u.offset)))
        else:  # x87: st0 holds the first field not in xmm, and pops
            out.append(f"\tfstp{'s' if u.scalar.bits == 32 else 'l'}\t{at(u.offset)}")
    return out


def _mem(disp: int) -> str:
    return f"{disp}(%rbp)"


def _asciz(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@dataclass
class _Frame:
    """Stack slots addressed from %rbp; rbx and r12 are saved just below it."""

    size: int = 16

    def alloc(self, n: int) -> int:
        """Reserve n bytes; returns their displacement from %rbp."""
        self.size += (n + 7) // 8 * 8
        return -self.size

    @property
    def padded(self) -> int:
        return (self.size - 16 + 15) // 16 * 16


class _Printer:
    """Emits calls that print a result held in memory at `base` offsets."""

    def __init__(self, out: list[str], strings: dict[str, str]):
        self.out, self.strings = out, strings

    def text(self, s: str) -> None:
        label = self.strings.setdefault(s, f".Lasms_str{len(self.strings)}")
        self.out += [f"\tleaq\t{label}(%rip), %rdi", "\tcall\tasmsurgeon_put"]

    def value(self, t, units: list, at, nested: bool = False) -> None:
        if isinstance(t, Tuple):
            self.text("(")
            for i, item in enumerate(t.items):
                if i:
                    self.text(", ")
                self.value(item, units, at, True)
            self.text(",)" if len(t.items) == 1 else ")")
            return
        if isinstance(t, Array):  # print() shows str(array); inside a tuple, repr(array)
            words = [units.pop(0) for _ in range(5 + 2 * t.ndim)]
            self.out += [f"\tleaq\t{at(words[0])}, %rdi", f"\tmovl\t${ord(t.dtype.kind)}, %esi",
                         f"\tmovl\t${t.dtype.bits}, %edx", f"\tmovl\t${t.ndim}, %ecx",
                         f"\tmovl\t${int(nested)}, %r8d", "\tcall\tasmsurgeon_put_array"]
            return
        if t.kind == "c":
            for reg in ("xmm0", "xmm1"):
                u = units.pop(0)
                self.out.append(f"\tmov{'ss' if u.scalar.bits == 32 else 'sd'}\t{at(u)}, %{reg}")
                if u.scalar.bits == 32:
                    self.out.append(f"\tcvtss2sd\t%{reg}, %{reg}")
            self.out.append("\tcall\tasmsurgeon_put_complex")
            return
        u = units.pop(0)
        if t.kind == "f":
            if t.bits == 32:
                self.out += [f"\tmovss\t{at(u)}, %xmm0", "\tcvtss2sd\t%xmm0, %xmm0"]
            else:
                self.out.append(f"\tmovsd\t{at(u)}, %xmm0")
            self.out.append("\tcall\tasmsurgeon_put_float")
            return
        self.out.append(_load_int(t, at(u)))
        self.out.append("\tcall\t" + {"b": "asmsurgeon_put_bool", "i": "asmsurgeon_put_int",
                                      "u": "asmsurgeon_put_uint"}[t.kind])


def _has_array(t) -> bool:
    return isinstance(t, Array) or (isinstance(t, Tuple) and any(_has_array(i) for i in t.items))


def main_text(function: str, sig: Signature, param_names: tuple[str, ...] | None = None) -> str:
    """`param_names`: the Python names for the usage line, spelled as the
    header spells them (ARGn where it cannot)."""
    params = [parse_type(a) for a in sig.args]
    ret = parse_type(sig.ret)
    spelled = resolve(param_names, sig.args, function)
    usage = " ".join(f"{p or f'ARG{i}'}:{t.spelled if isinstance(t, Array) else a.replace(' ', '')}"
                     for i, (a, p, t) in enumerate(zip(sig.args, spelled, params), 1))
    if any(isinstance(p, Array) for p in params):
        usage += "  (arrays: [[1, 2], [3, 4]], 1,2,3, @FILE.npy, or - for standard input)"
    if _has_array(ret):
        usage += "  [--output FILE.npy|DIR]"
    frame, body, strings = _Frame(), [], {usage: ".Lasms_usage"}
    body += ["\tmovl\t%edi, %ebx", "\tmovq\t%rsi, %r12",
             f"\tmovl\t${len(params)}, %edx", "\tleaq\t.Lasms_usage(%rip), %rcx",
             "\tcall\tasmsurgeon_args"]
    # Parse every argument into its slot.
    units: list[tuple[str, object]] = []  # (slot, Unit) per machine word, in order
    for pos, p in enumerate(params, 1):
        arg_words = arg_units(p)
        disp = frame.alloc(8 * len(arg_words))
        slot = _mem(disp)
        body += [f"\tmovq\t{8 * pos}(%r12), %rdi", f"\tmovl\t${pos}, %esi"]
        if isinstance(p, Array):
            body += [f"\tmovl\t${ord(p.dtype.kind)}, %edx", f"\tmovl\t${p.dtype.bits}, %ecx",
                     f"\tleaq\t{slot}, %r8", f"\tmovl\t${p.ndim | ord(p.layout) << 8}, %r9d",
                     "\tcall\tasmsurgeon_parse_array"]
        elif p.kind == "c":
            body += [f"\tmovl\t${p.bits}, %edx", f"\tleaq\t{slot}, %rcx", "\tcall\tasmsurgeon_parse_complex"]
        elif p.kind == "f":
            body += [f"\tcall\tasmsurgeon_parse_float{p.bits}", _store("xmm0", p, slot)]
        else:
            body += [f"\tmovl\t${ord(p.kind)}, %edx", f"\tmovl\t${p.bits}, %ecx",
                     "\tcall\tasmsurgeon_parse_int", f"\tmovq\t%rax, {slot}"]
        units += [(_mem(disp + u.offset), u) for u in arg_words]
    # The result's home in memory, for sret and for printing.
    sret = returns_in_memory(ret)
    rvals = [] if isinstance(ret, NoneType) else value_units(ret)
    rbase = frame.alloc(max(8 * len(rvals), (rvals[-1].offset + 8) if rvals else 8))
    # Assign registers; the rest goes on the stack.
    ints = list(ARG_INT_REGS[1:] if sret else ARG_INT_REGS)
    sse = [f"xmm{i}" for i in range(8)]
    loads, stack = [], []
    for slot, u in units:
        pool = ints if u.cls == "int" else sse
        if pool:
            reg = pool.pop(0)
            loads.append(f"\tmovq\t{slot}, %{reg}" if u.cls == "int" else
                         f"\tmov{'ss' if u.scalar.bits == 32 else 'sd'}\t{slot}, %{reg}")
        else:
            stack.append(slot)
    if len(stack) % 2:
        body.append("\tsubq\t$8, %rsp")
    body += [f"\tpushq\t{slot}" for slot in reversed(stack)]
    body += loads
    if sret:
        body.append(f"\tleaq\t{_mem(rbase)}, %rdi")
    body += [f"\tcall\t{spell(function)}", f"\tleaq\t-{16 + frame.padded}(%rbp), %rsp"]
    if not sret and rvals:
        body += spill_result(rvals, lambda offset: _mem(rbase + offset))
    printer = _Printer(body, strings)
    if isinstance(ret, NoneType):
        printer.text("None")
    else:
        printer.value(ret, list(rvals), lambda u: _mem(rbase + u.offset))
    printer.text("\n")
    lines = [
        "\t.text", "\t.globl\tmain", "\t.p2align\t4", "\t.type\tmain,@function", "main:",
        "\tpushq\t%rbp", "\tmovq\t%rsp, %rbp", "\tpushq\t%rbx", "\tpushq\t%r12",
        f"\tsubq\t${frame.padded}, %rsp",
        *body,
        "\txorl\t%eax, %eax", "\tleaq\t-16(%rbp), %rsp", "\tpopq\t%r12", "\tpopq\t%rbx",
        "\tpopq\t%rbp", "\tretq", ".Lasms_main_end:", "\t.size\tmain, .Lasms_main_end-main",
        '\t.section\t.rodata.str1.1,"aMS",@progbits,1',
        *[f"{label}:\n\t.asciz\t{_asciz(s)}" for s, label in strings.items()],
    ]
    return "\n".join(lines) + "\n"


def start_text(function: str, sig: Signature) -> str:
    """`_start` for `as` + `ld` without libc: exit(function())."""
    if sig.args:
        raise UsageError(f"--nolibc: {function} takes {len(sig.args)} argument(s); without libc there is "
                         "nothing to parse them with (use add-main without --nolibc)")
    ret = parse_type(sig.ret)
    if isinstance(ret, NoneType):
        status = "\txorl\t%edi, %edi"
    elif isinstance(ret, Scalar) and ret.kind in "iub":
        status = "\tmovzbl\t%al, %edi" if ret.kind == "b" else "\tmovl\t%eax, %edi"
    else:
        raise UsageError(f"--nolibc: {function} returns {ret.name}; an exit status must be an integer")
    return "\n".join([
        "\t.text", "\t.globl\t_start", "\t.p2align\t4", "\t.type\t_start,@function", "_start:",
        "\txorl\t%ebp, %ebp", "\tandq\t$-16, %rsp", f"\tcall\t{spell(function)}", status,
        "\tmovl\t$231, %eax", "\tsyscall", "\thlt",
        ".Lasms_start_end:", "\t.size\t_start, .Lasms_start_end-_start",
    ]) + "\n"


@dataclass
class AddMain:
    """Append `main` (or `_start` with nolibc) calling `function` (a C name);
    `param_names` label its usage line."""

    function: str
    signature: Signature
    nolibc: bool = False
    name: str = "add-main"
    param_names: tuple[str, ...] | None = None

    def run(self, module: Module, ctx: Context) -> Module:
        from ..asm.analysis import module_info

        info = ctx.analysis(module_info, module)
        entry = "_start" if self.nolibc else "main"
        sym = info.symbols.get(entry)
        if sym is not None and sym.defined:
            raise PathError(module.path, f"already defines {entry}")
        target = info.symbols.get(self.function)
        if target is None or not target.defined:
            raise PathError(module.path, f"no function {self.function!r} is defined")
        if self.nolibc:
            text = start_text(self.function, self.signature)
        else:
            text = main_text(self.function, self.signature, self.param_names)
        return module.replace_lines([*module.lines, *make_lines(text, f"<{self.name}>")])
