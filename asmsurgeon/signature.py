"""Function signatures in Numba's spelling: `int64(int64, float64)`.

Strip-wrapper names overloads after their argument types, add-main parses
argv by them and prints the result by the return type, `build --header`
turns them into C prototypes. A signature comes either from the user
(`--sig`) or from inference over the assembly (`infer_signatures`, filled in
by the symbols work: mangled argument types plus the boxing calls of the
CPython wrapper).
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import UsageError


@dataclass(frozen=True)
class Signature:
    args: tuple[str, ...]  # Numba type names: "int64", "array(float64, 1d, C)"
    ret: str  # "int64", "none", "UniTuple(int64, 2)", ...

    def __str__(self) -> str:
        return f"{self.ret}({', '.join(self.args)})"


def _split_args(text: str) -> list[str]:
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
    args = tuple(_split_args(text[open_at + 1 : -1]))
    return Signature(args, "none" if ret == "void" else ret)


# PLACEHOLDER (issue #5 branch only): issue #3 owns infer_signatures and
# replaces this at merge. Arguments come from the mangled core names; the
# return type from the first boxing call in the CPython wrapper.
_BOXING = {"PyLong_FromLongLong": "int64", "PyLong_FromLong": "int64",
           "PyLong_FromUnsignedLongLong": "uint64", "PyLong_FromUnsignedLong": "uint64",
           "PyFloat_FromDouble": "float64", "PyBool_FromLong": "bool",
           "PyComplex_FromDoubles": "complex128", "_Py_NoneStruct": "none", "Py_None": "none"}


def infer_signatures(module) -> dict[str, Signature]:
    from .analysis import module_info
    from .demangle import parse_numba_name

    info = module_info(module)
    out: dict[str, Signature] = {}
    for name in info.symbols:
        n = parse_numba_name(name)
        if n is None or n.role != "cpython":
            continue
        refs = info.refs.get(name, set())
        boxes = [_BOXING[r] for r in sorted(refs) if r in _BOXING]
        if len(set(boxes)) == 1 and not any(r.startswith("PyTuple") for r in refs):
            ext = info.extents.get(name)
            body = module.lines[ext.start:ext.stop] if ext else ()
            # float32 results are widened (cvtss2sd) before PyFloat_FromDouble.
            if boxes[0] == "float64" and any(l.first_word() in ("cvtss2sd", "vcvtss2sd") for l in body):
                boxes[0] = "float32"
            out[n.core_symbol] = Signature(n.args, boxes[0])
    return out
