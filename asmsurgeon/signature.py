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
    open_at = text.find("(")
    if open_at <= 0 or not text.endswith(")"):
        raise UsageError(f"bad signature {text!r}: expected RET(ARG, ...), e.g. 'int64(int64, int64)'")
    ret = text[:open_at].strip()
    args = tuple(_split_args(text[open_at + 1 : -1]))
    return Signature(args, "none" if ret == "void" else ret)
