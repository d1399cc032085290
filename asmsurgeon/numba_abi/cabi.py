"""How Numba's C wrappers (`cfunc.*`) pass arguments and return results.

The wrapper's LLVM signature uses each Numba type's *value* type, and LLVM
lowers first-class aggregates field by field rather than the way a C
compiler would pass a struct. Observed with Numba 0.68 (tests/test_build.py::test_abi checks each rule
against freshly compiled code by building and running it):

- integers and bool (`i1`, in the low byte) in integer registers, floats in
  xmm registers, by value; the caller may leave upper bits undefined;
- an N-D array is its struct {meminfo, parent, nitems, itemsize, data,
  shape[N], strides[N]}, each field an integer argument of its own (the
  7th onwards on the stack); as a result (5 + 2N words) it comes back
  through sret;
- a complex argument is its two parts, each in an xmm register of its own
  (floats for complex64);
- a tuple or complex result comes back field by field: up to three
  integer fields in rax, rdx, rcx and up to four float fields in xmm0,
  xmm1, then the x87 stack (st0, st1); with more of either the whole
  result goes through a hidden pointer in rdi to the struct laid out in
  memory (sret).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UsageError
from .signature import split_args

_INT = re.compile(r"(u?)int(8|16|32|64)\Z")
_ALIASES = {"boolean": "bool", "b1": "bool", "intp": "int64", "uintp": "uint64", "f8": "float64",
            "f4": "float32", "i8": "int64", "i4": "int32", "u8": "uint64", "u4": "uint32",
            "void": "none", "double": "float64", "float": "float32", "int": "int64"}


@dataclass(frozen=True)
class Scalar:
    """kind: 'i' signed int, 'u' unsigned int, 'b' bool, 'f' float, 'c' complex."""

    kind: str
    bits: int

    @property
    def name(self) -> str:
        return {"i": f"int{self.bits}", "u": f"uint{self.bits}", "b": "bool",
                "f": f"float{self.bits}", "c": f"complex{self.bits}"}[self.kind]

    @property
    def size(self) -> int:
        return 1 if self.kind == "b" else self.bits // 8


@dataclass(frozen=True)
class Array:
    """layout: 'C' or 'F' (contiguous in that order) or 'A' (any strides)."""

    dtype: Scalar
    ndim: int
    layout: str = "A"

    @property
    def name(self) -> str:
        return f"array({self.dtype.name}, {self.ndim}d, {self.layout})"

    @property
    def spelled(self) -> str:
        """Numba's slice spelling, `float64[:, ::1]`, for usage lines."""
        dims = [":"] * self.ndim
        if self.ndim and self.layout in "CF":
            dims[-1 if self.layout == "C" else 0] = "::1"
        return f"{self.dtype.name}[{', '.join(dims)}]"


@dataclass(frozen=True)
class Tuple:
    items: tuple

    @property
    def name(self) -> str:
        return f"({', '.join(i.name for i in self.items)})"


@dataclass(frozen=True)
class NoneType:
    name: str = "none"


def parse_type(text: str):
    """A Numba type name -> Scalar/Array/Tuple/NoneType; UsageError if unknown."""
    t = _ALIASES.get(text.strip(), text.strip())
    if t in ("none", "None"):
        return NoneType()
    if t == "bool":
        return Scalar("b", 8)
    m = _INT.match(t)
    if m:
        return Scalar("u" if m.group(1) else "i", int(m.group(2)))
    if t in ("float32", "float64"):
        return Scalar("f", int(t[5:]))
    if t in ("complex64", "complex128"):
        return Scalar("c", int(t[7:]))
    m = re.fullmatch(r"array\((.*)\)", t)
    if m:
        parts = split_args(m.group(1))
        dims = re.fullmatch(r"(\d+)d", parts[1]) if len(parts) > 1 else None
        layout = parts[2] if len(parts) > 2 else "A"
        dtype = parse_type(parts[0])
        if (dims is None or not isinstance(dtype, Scalar) or layout not in ("C", "F", "A")
                or parts[3:] not in ([], ["readonly"])):
            raise UsageError(f"unsupported array type {text!r}")
        return Array(dtype, int(dims.group(1)), layout)
    m = re.fullmatch(r"UniTuple\((.*?)(?: x |, )(\d+)\)", t) or re.fullmatch(r"\((.*) x (\d+)\)", t)
    if m:
        return Tuple((parse_type(m.group(1)),) * int(m.group(2)))
    m = re.fullmatch(r"Tuple\((.*)\)", t) or re.fullmatch(r"\((.*)\)", t)
    if m:
        inner = m.group(1).strip()
        if inner.startswith("(") and inner.endswith(")") and t.startswith("Tuple"):
            inner = inner[1:-1]
        return Tuple(tuple(parse_type(p) for p in split_args(inner)))
    raise UsageError(f"unsupported type {text!r}")


@dataclass(frozen=True)
class Unit:
    """One machine word of an argument or result: class 'int' or 'sse',
    `scalar` the type stored in it, `offset` into the value's memory form."""

    cls: str
    scalar: Scalar
    offset: int


ARRAY_FIELDS = ("meminfo", "parent", "nitems", "itemsize", "data", "shape", "strides")
_WORD = Scalar("i", 64)


def arg_units(t) -> list[Unit]:
    if isinstance(t, Array):
        n = 5 + 2 * t.ndim
        return [Unit("int", _WORD, 8 * i) for i in range(n)]
    if isinstance(t, Scalar) and t.kind in "iub":
        return [Unit("int", t, 0)]
    if isinstance(t, Scalar) and t.kind == "f":
        return [Unit("sse", t, 0)]
    if isinstance(t, Scalar) and t.kind == "c":  # {float, float} or {double, double}: one xmm each
        part = Scalar("f", t.bits // 2)
        return [Unit("sse", part, 0), Unit("sse", part, part.size)]
    raise UsageError(f"unsupported parameter type {t.name}")


def value_units(t, offset: int = 0) -> list[Unit]:
    """Fields of a result in memory order, with natural alignment."""
    out: list[Unit] = []

    def walk(t):
        nonlocal offset
        if isinstance(t, Tuple):
            for item in t.items:
                walk(item)
            return
        if isinstance(t, Scalar) and t.kind == "c":
            walk(Scalar("f", t.bits // 2))
            walk(Scalar("f", t.bits // 2))
            return
        if isinstance(t, Array):
            for _ in range(5 + 2 * t.ndim):
                walk(_WORD)
            return
        if not isinstance(t, Scalar):
            raise UsageError(f"unsupported result type {t.name}")
        size = t.size
        offset = (offset + size - 1) // size * size
        out.append(Unit("sse" if t.kind == "f" else "int", t, offset))
        offset += size

    walk(t)
    return out


RET_INT_REGS = ("rax", "rdx", "rcx")
RET_SSE_REGS = ("xmm0", "xmm1")


def returns_in_memory(t) -> bool:
    """True when LLVM demotes the result to a hidden sret pointer."""
    if isinstance(t, NoneType):
        return False
    units = value_units(t)
    ints = sum(u.cls == "int" for u in units)
    return ints > len(RET_INT_REGS) or len(units) - ints > len(RET_SSE_REGS) + 2  # + st0, st1


def c_cannot_receive(t) -> bool:
    """True for results LLVM returns in more registers than a C function
    can (three integers, floats on the x87 stack): libraries give those
    functions a trampoline storing the result through a pointer."""
    return not isinstance(t, NoneType) and not returns_in_memory(t) and len(value_units(t)) > 2
