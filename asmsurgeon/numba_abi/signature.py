"""Function signatures in Numba's spelling: `int64(int64, float64)`.

Strip-wrapper names overloads after their argument types, add-main parses
argv by them and prints the result by the return type, `build --header`
turns them into C prototypes. A signature comes either from the user
(`--sig`) or from inference over the assembly (`infer_return`, asked by families.py, filled in
by the symbols work: mangled argument types plus the boxing calls of the
CPython wrapper).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError


@dataclass(frozen=True)
class Signature:
    args: tuple[str, ...]  # Numba type names: "int64", "array(float64, 1d, C)"
    ret: str  # "int64", "none", "UniTuple(int64, 2)", ...

    def __str__(self) -> str:
        return f"{self.ret}({', '.join(self.args)})"


def split_args(text: str) -> list[str]:
    """Split a type list at its top-level commas: `Tuple(int64, float64), int32`
    gives two parts."""
    parts, depth, cur = [], 0, ""
    for c in text:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += c
    if cur.strip():
        parts.append(cur.strip())
    return parts


def parse_signature(text: str) -> Signature:
    """`int64(int64, int64)` -> Signature; `void`/`none` return allowed."""
    text = text.strip()
    # The argument list is the parenthesised group that ends the text; the
    # return type before it may have parentheses of its own (UniTuple(...)).
    open_at, depth = -1, 0
    for i in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            open_at = i
            break
    if open_at <= 0 or not text.endswith(")"):
        raise UsageError(f"bad signature {text!r}: expected RET(ARG, ...), e.g. 'int64(int64, int64)'")
    ret = text[:open_at].strip()
    args = tuple(split_args(text[open_at + 1 : -1]))
    return Signature(args, "none" if ret == "void" else ret)


# What the CPython wrapper calls to box the core function's result.
_SIGNED = {"PyLong_FromLongLong", "PyLong_FromLong", "PyLong_FromSsize_t"}
_UNSIGNED = {"PyLong_FromUnsignedLongLong", "PyLong_FromUnsignedLong", "PyLong_FromSize_t"}
_SCALAR = {"PyFloat_FromDouble", "PyBool_FromLong", "PyComplex_FromDoubles",
           "NRT_adapt_ndarray_to_python_acqref", "NRT_adapt_ndarray_to_python", *_SIGNED, *_UNSIGNED}
_TUPLE = {"PyTuple_New", "PyTuple_Pack"}
UNKNOWN = "unknown"


def infer_return(module, info, core: str, cpython: str | None, c_name: str | None) -> str | None:
    """The return type of the Numba function `core` (families.py groups the
    symbols and asks), or None when nothing tells.

    Arguments come from the mangled name. The return type is read from the
    CPython wrapper: the boxing calls it makes after calling the core
    function (or anywhere, when the core call was inlined), with integer
    widths from how it widens the value it boxes (`movslq` => int32,
    `movzwl` => uint16, ...), float32 from a `cvtss2sd` before
    `PyFloat_FromDouble`, tuples from `PyTuple_New(n)` and the n boxings
    after it, None from `_Py_NoneStruct`. Without a CPython wrapper (already
    stripped) the C wrapper is read instead (`cfunc.` or whatever defined
    function calls the core one): the register it returns in and the move
    that fills it. That shows an integer's width but not its sign (signed is
    assumed), cannot tell None from int64 nor complex128 from a pair of
    floats (two float registers give "unknown"), so it is a fallback: infer
    before stripping when you can. Array element types are always "unknown" (the wrapper gets the dtype at
    run time), e.g. `array(unknown, 1d, A)`.
    """
    ret = None
    if cpython is not None and cpython in info.extents:
        ret = _ret_from_cpython(module, info.extents[cpython], core, info.refs.get(cpython, ()))
    if ret is None:
        for wrapper in _c_wrappers(info, core, c_name):
            ret = _ret_from_cfunc(module, info.extents[wrapper], core)
            if ret is not None:
                break
    return None if ret in (None, UNKNOWN) else ret


def _c_wrappers(info, core: str, c_name: str | None) -> list[str]:
    """The C wrapper of `core`: `cfunc.<core>`, or once renamed (strip-wrapper),
    the function with its C name, or any other function that calls it."""
    from .demangle import CFUNC_PREFIX, parse_numba_name

    named = [n for n in (CFUNC_PREFIX + core, c_name) if n and n in info.extents and info.symbols[n].defined]
    callers = sorted(name for name, targets in info.refs.items()
                     if name and core in targets and name in info.extents and name != core
                     and parse_numba_name(name) is None and info.symbols[name].type == "function")
    return list(dict.fromkeys(named + callers))


def _ret_from_cpython(module, extent, core: str, refs) -> str | None:
    from ..asm.calls import calls

    cs = [c for c in calls(module, extent.start, extent.stop) if c.kind != "ret"]
    core_at = max((i for i, c in enumerate(cs) if c.target == core), default=None)
    after = cs[core_at + 1:] if core_at is not None else cs
    boxes = [c for c in after if c.target in _SCALAR or c.target in _TUPLE]
    if not boxes:
        return "none" if "_Py_NoneStruct" in refs else None
    pack = next((i for i, c in enumerate(boxes) if c.target == "PyTuple_Pack"), None)
    if pack is not None:
        n = boxes[pack].immediate("rdi")
        items = boxes[:pack][-n:] if n else []
        return _tuple_type([_box_type(c) for c in items]) if n and len(items) == n else None
    ty, _ = _read_box(boxes, 0)
    return ty


def _read_box(boxes, i: int) -> tuple[str | None, int]:
    """The type boxed by boxes[i] (a tuple takes the boxings after it)."""
    c = boxes[i]
    if c.target != "PyTuple_New":
        return _box_type(c), i + 1
    n = c.immediate("rdi")
    if not n:
        return None, i + 1
    items, j = [], i + 1
    while len(items) < n and j < len(boxes):
        ty, j = _read_box(boxes, j)
        items.append(ty)
    return (_tuple_type(items) if len(items) == n else None), j


def _tuple_type(items: list[str | None]) -> str | None:
    if not items or any(t is None for t in items):
        return None
    if len(set(items)) == 1:
        return f"UniTuple({items[0]}, {len(items)})"
    return f"Tuple({', '.join(items)})"


def _box_type(c) -> str | None:
    t = c.target
    if t in _SIGNED or t in _UNSIGNED:
        w = c.writer("rdi")
        m = w.mnemonic if w else ""
        if t in _SIGNED:
            return "int32" if m.startswith("movsl") else "int16" if m.startswith("movsw") else \
                "int8" if m.startswith("movsb") else "int64"
        if m.startswith("movzw"):
            return "uint16"
        if m.startswith("movzb"):
            return "uint8"
        return "uint32" if m == "movl" and w.source_kind != "immediate" else "uint64"
    if t in ("PyFloat_FromDouble", "PyComplex_FromDoubles"):
        w = c.writer("xmm0")
        single = bool(w) and "cvtss2sd" in w.mnemonic
        if t == "PyFloat_FromDouble":
            return "float32" if single else "float64"
        return "complex64" if single else "complex128"
    if t == "PyBool_FromLong":
        return "bool"
    if t.startswith("NRT_adapt_ndarray_to_python"):
        ndim = c.immediate("rdx")
        return f"array({UNKNOWN}, {ndim}d, A)" if ndim else None
    return None


def _ret_from_cfunc(module, extent, core: str) -> str | None:
    """The return type as the C wrapper hands it back: what it loads into
    the return registers after the core call (or, with the core inlined,
    before its first return)."""
    from ..asm.calls import calls

    cs = calls(module, extent.start, extent.stop)
    core_at = next((i for i, c in enumerate(cs) if c.target == core), None)
    ret = next((c for c in cs[(core_at + 1 if core_at is not None else 0):] if c.kind == "ret"), None)
    if ret is None:
        return None
    rax, rdx, x0, x1 = (ret.writer(r) for r in ("rax", "rdx", "xmm0", "xmm1"))
    if x0 is not None:
        if rax is not None or x1 is not None:
            return None  # two registers: (int64, float64), complex128 and (float64, float64) look alike
        return "float32" if x0.mnemonic.rstrip("x").endswith("ss") else "float64"
    if rax is None:
        return "none"
    if rdx is not None:  # a 16-byte struct of integers: a two-element tuple
        return _tuple_type([_int_type(rax), _int_type(rdx)])
    return _int_type(rax)


# LLVM zero-extends a narrow return whatever its sign: the width is visible,
# the signedness is not; signed is assumed.
_LOAD_WIDTH = {"movq": "int64", "movl": "int32", "movslq": "int32", "movzwl": "int16", "movswl": "int16",
               "movw": "int16", "movzbl": "int8", "movsbl": "int8", "movb": "int8"}


def _int_type(w) -> str | None:
    if w.mnemonic.startswith("set"):
        return "bool"
    if w.source_kind == "immediate" and w.mnemonic in ("movl", "movq", "movabsq"):
        return "int64"  # a constant: its width is not the type's; Numba's default integer
    if w.source_kind != "memory":
        return None  # `movq %rbx, %rax`: returning a pointer (a struct returned in memory)
    return _LOAD_WIDTH.get(w.mnemonic)
