"""How a function's parameters are spelled in C: by their Python names
when asmsurgeon knows them (a `FILE.py:FUNC` input) and C can take them,
else `a1, a2, ...` (`ARG1, ...` in a usage line).

The header is compiled by someone else's compiler, C or C++, in GNU mode,
possibly after their own `#include`s, so a name is kept only if no such
reading can break the declaration: not a keyword of either language, not
a name the C library reserves or defines as a macro (`errno`, `complex`,
`linux`, `INT64_MAX`: names in capitals are skipped as macro-like), not
one the header declares for the function, and distinct from every
identifier the header derives from the parameters (`x_data`, `x_len`). If the survivors
and the fallbacks still collide, the whole function falls back, which is
exactly what asmsurgeon wrote before it knew any names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..asm.names import is_c_identifier
from .cabi import Array, parse_type

# C23 and GNU C keywords (and C11's macros for the newer ones), C++
# keywords and alternative tokens, and the lowercase macros of libc and GCC.
_RESERVED = frozenset("""
    auto break case char const continue default do double else enum extern float for goto if
    inline int long register restrict return short signed sizeof static struct switch typedef
    union unsigned void volatile while asm typeof typeof_unqual alignas alignof bool constexpr
    false nullptr static_assert thread_local true noreturn imaginary complex
    and and_eq bitand bitor catch char8_t class co_await co_return co_yield compl concept
    const_cast consteval constinit decltype delete dynamic_cast explicit export friend mutable
    namespace new noexcept not not_eq operator or or_eq private protected public reinterpret_cast
    requires static_cast template this throw try typeid typename using virtual wchar_t xor xor_eq
    errno math_errhandling unix linux i386 I
""".split())


def usable(name: str) -> bool:
    """Whether `name` can be a parameter in any C or C++ reading of the header."""
    return (is_c_identifier(name) and name not in _RESERVED
            and not name.startswith(("__", "asmsurgeon_")) and not (name[0] == "_" and name[1:2].isupper())
            and not name.endswith("_t") and not (len(name) > 1 and name.isupper()))


def array_fields(base: str, ndim: int) -> list[str]:
    """The names of an array parameter's fields, in the order the C wrapper takes them."""
    return [f"{base}_meminfo", f"{base}_parent", f"{base}_nitems", f"{base}_itemsize", f"{base}_data",
            *[f"{base}_shape{d}" for d in range(ndim)], *[f"{base}_stride{d}" for d in range(ndim)]]


def _identifiers(base: str, arg: str) -> list[str]:
    t = parse_type(arg)
    if isinstance(t, Array):
        return [*array_fields(base, t.ndim), base, f"{base}_len", *[f"{base}_n{d}" for d in range(t.ndim)]]
    return [base, f"{base}_re", f"{base}_im"] if t.kind == "c" else [base]


def resolve(names: Sequence[str] | None, args: Sequence[str], function: str) -> list[str | None]:
    """Per parameter of `function`, the Python name to use, or None for the
    positional fallback. The header declares `function`, `function_ptr`,
    `function_array`, `function_raw` and `function_result`; the shim calls `function`, so none may be shadowed
    (another function's names may: a parameter's scope is its own)."""
    fallback: list[str | None] = [None] * len(args)
    if names is None or len(names) != len(args):
        return fallback
    taken = {function, f"{function}_ptr", f"{function}_result", f"{function}_array", f"{function}_raw"}
    chosen = [n if usable(n) and n not in taken else None for n in names]
    spelled = [x for i, (n, a) in enumerate(zip(chosen, args), 1) for x in _identifiers(n or f"a{i}", a)]
    if len(set(spelled)) != len(spelled) or taken & set(spelled):
        return fallback
    return chosen
