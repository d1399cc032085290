"""Numba's symbol names, read back.

Numba borrows the Itanium C++ mangling (numba/core/itanium_mangler.py):
`mod.sub.f` becomes `_ZN3mod3sub1fE`, argument types follow as builtin
codes (`x` = int64, `d` = float64) or templates (`5ArrayIdLi1E1C7mutable7alignedE`),
ABI tags carry a uid and a flags hash (`B2v1B40c8tJ...`), and characters
that are not `[a-zA-Z0-9_]` are escaped as `_xx` hex bytes. The CPython
wrapper lives in namespace `cpython::`, the environment in `NumbaEnv::`
(spelled `_ZN08NumbaEnv`), and the C wrapper is the core name behind
`cfunc.`. Old Numba (0.49) had no ABI tags and put the uid after a `$`.

The Itanium structure is left to a real demangler (libstdc++'s
`__cxa_demangle`, the one the `cxxfilt` package calls); this module only maps C++ types
back to Numba's spelling and undoes Numba's own escapes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

CFUNC_PREFIX = "cfunc."
# In the names of the functions Numba generates for a prange loop's region:
# `__gufunc__.<core symbol>` loops over a schedule and calls (or inlines) the
# body, `<dynamic>.__numba_parfor_gufunc_<hex>`.
PARFOR_GUFUNC_MARK = "__numba_parfor_gufunc_"
GUFUNC_PREFIX = "__gufunc__."
_CPP_TO_NUMBA = {
    "bool": "bool", "signed char": "int8", "unsigned char": "uint8", "short": "int16",
    "unsigned short": "uint16", "int": "int32", "unsigned int": "uint32", "long long": "int64",
    "unsigned long long": "uint64", "long": "int64", "unsigned long": "uint64", "float": "float32",
    "double": "float64", "_Float16": "float16", "void": "none", "char": "int8",
}
_ESCAPES = re.compile(r"(?:_[0-9a-f]{2})+")
_IDENT_CHAR = re.compile(r"[A-Za-z0-9_]")


@dataclass(frozen=True)
class NumbaName:
    """What a Numba symbol says about itself."""

    symbol: str
    role: str  # "core", "cpython", "cfunc" or "env"
    module: str  # "__main__", "pkg.mod"
    function: str  # "six", "f.<locals>.g"
    args: tuple[str, ...]  # Numba type names: ("int64", "array(float64, 1d, C)")
    uid: str | None = None  # "v1" (ABI tag) or "241" (old `$241` suffix)

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.function}" if self.module else self.function

    @property
    def readable(self) -> str:
        return f"{self.qualname}({', '.join(self.args)})"

    @property
    def core_symbol(self) -> str:
        """The core function's symbol for any of the family's symbols."""
        if self.role == "cfunc":
            return self.symbol[len(CFUNC_PREFIX):]
        if self.role == "cpython":
            return "_ZN" + self.symbol[len("_ZN7cpython"):]
        if self.role == "env":
            return "_ZN" + self.symbol[len("_ZN08NumbaEnv"):]
        return self.symbol

    @property
    def short_name(self) -> str:
        """The Python function's own name as a C identifier: `six`."""
        return c_identifier(self.function.rsplit(".", 1)[-1])


def c_identifier(text: str) -> str:
    """Make `text` a C identifier: runs of other characters become `_`."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text):
        return text
    out = re.sub(r"[^A-Za-z0-9_]+", "_", text).strip("_") or "fn"
    return "_" + out if out[0].isdigit() else out


def unescape(text: str) -> str:
    """Undo Numba's `_xx` escapes where they decode to characters Numba
    would have had to escape (`_3clocals_3e` -> `<locals>`); leave runs
    that read as ordinary identifier text (`my_ab`) alone."""

    def repl(m: re.Match) -> str:
        run = m.group(0)
        try:
            decoded = bytes.fromhex(run.replace("_", "")).decode("utf-8")
        except ValueError:
            return run
        return run if any(_IDENT_CHAR.match(c) for c in decoded) else decoded

    return _ESCAPES.sub(repl, text)


@functools.lru_cache(maxsize=4096)
def cxx_demangle(symbol: str) -> str | None:
    """The Itanium demangling of `symbol`, or None if it is not mangled."""
    if not symbol.startswith("_Z"):
        return None
    out = _demangler()(symbol)
    return out if out is not None and out != symbol else None


@functools.cache
def _demangler():
    """libstdc++'s `__cxa_demangle`, the function the `cxxfilt` package
    calls, loaded by its soname. Importing cxxfilt searches for the
    libraries with `ctypes.util.find_library`, which runs `ldconfig -p`
    (more than the rest of a `build`'s Python work); cxxfilt
    remains the fallback where libstdc++.so.6 is not the C++ runtime."""
    try:
        import ctypes

        cxx, libc = ctypes.CDLL("libstdc++.so.6"), ctypes.CDLL("libc.so.6")
    except OSError:
        return _cxxfilt_demangle
    cxa_demangle = getattr(cxx, "__cxa_demangle")
    cxa_demangle.restype = ctypes.c_void_p
    cxa_demangle.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
    free = libc.free
    free.argtypes = [ctypes.c_void_p]

    def demangle(symbol: str) -> str | None:
        status = ctypes.c_int()
        out = cxa_demangle(symbol.encode("utf-8", "surrogateescape"), None, None, ctypes.byref(status))
        if not out:
            return None
        try:
            return ctypes.string_at(out).decode("utf-8", "surrogateescape") if status.value == 0 else None
        finally:
            free(out)

    return demangle


def _cxxfilt_demangle(symbol: str) -> str | None:
    import cxxfilt

    try:
        return cxxfilt.demangle(symbol, external_only=False)
    except (cxxfilt.InvalidName, cxxfilt.LibraryNotFound, OSError, UnicodeError):
        return None


def _split_top(text: str, sep: str) -> list[str]:
    parts, depth, cur = [], 0, []
    i = 0
    while i < len(text):
        c = text[i]
        if c in "<([":
            depth += 1
        elif c in ">)]":
            depth -= 1
        if depth == 0 and text.startswith(sep, i):
            parts.append("".join(cur))
            cur = []
            i += len(sep)
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def numba_type(cpp: str) -> str:
    """`Array<double, 1, C, mutable, aligned>` -> `array(float64, 1d, C)`."""
    cpp = cpp.strip()
    if cpp in _CPP_TO_NUMBA:
        return _CPP_TO_NUMBA[cpp]
    if cpp.endswith(">") and "<" in cpp:
        name, _, inner = cpp[:-1].partition("<")
        params = [p.strip() for p in _split_top(inner, ",")]
        if name == "Array" and len(params) >= 3:
            out = f"array({numba_type(params[0])}, {params[1]}d, {params[2]})"
            return out.replace(")", ", readonly)") if "readonly" in params[3:] else out
        return f"{unescape(name)}({', '.join(numba_type(p) for p in params)})"
    # A dotted name inside a type (`typeref[<class 'numba.core...Array'>]`)
    # comes back from the demangler as a nested name; Numba types have no `::`.
    return unescape(cpp.replace("::", "."))


@functools.lru_cache(maxsize=4096)
def parse_numba_name(symbol: str) -> NumbaName | None:
    """Read a Numba symbol; None for anything else (libc, `.const.x`, ...)."""
    role, mangled = "core", symbol
    if symbol.startswith(CFUNC_PREFIX):
        role, mangled = "cfunc", symbol[len(CFUNC_PREFIX):]
    elif symbol.startswith("_ZN7cpython"):
        role = "cpython"
    elif symbol.startswith("_ZN08NumbaEnv"):
        role = "env"
        # c++filt rejects the leading-zero length; read it as namespace NumbaEnv.
        mangled = "_ZN8NumbaEnv" + symbol[len("_ZN08NumbaEnv"):]
    text = cxx_demangle(mangled)
    if text is None:
        return None
    head, _, argtext = text.partition("(")
    argtext = argtext[:-1] if argtext.endswith(")") else argtext
    parts = _split_top(head, "::")
    if role in ("cpython", "env"):
        parts = parts[1:]
    if not parts:
        return None
    last = parts[-1]
    tags = re.findall(r"\[abi:([^\]]*)\]", last)
    last = re.sub(r"\[abi:[^\]]*\]", "", last)
    uid = next((t for t in tags if re.fullmatch(r"v\d+", t)), None)
    if "$" in last:  # Numba 0.49: six$241
        last, _, uid = last.partition("$")
    if uid is None and role == "core":
        return None  # an ordinary C++ name: Numba always tags its own
    parts = [unescape(p) for p in parts[:-1]] + [unescape(last)]
    # Numba puts the module path and the function's qualname in one dotted
    # name; the module is every leading part that is not the function. A
    # `<locals>` part belongs to the qualname, so does what precedes it.
    cut = max(parts.index("<locals>") - 1, 0) if "<locals>" in parts else len(parts) - 1
    module, function = ".".join(parts[:cut]), ".".join(parts[cut:])
    args = tuple(numba_type(a) for a in _split_top(argtext, ",") if a.strip()) if argtext.strip() else ()
    if args == ("none",):
        args = ()
    return NumbaName(symbol, role, module, function, args, uid)


def readable(symbol: str) -> str:
    """A name for people: `__main__.add(int64, int64)`, C++ demangling for
    other mangled names, the symbol itself otherwise."""
    if symbol.startswith(GUFUNC_PREFIX) and (inner := parse_numba_name(symbol[len(GUFUNC_PREFIX):])):
        return "parfor gufunc " + inner.readable
    n = parse_numba_name(symbol)
    if n is not None:
        prefix = {"core": "", "cfunc": "cfunc ", "cpython": "cpython wrapper ", "env": "environment of "}[n.role]
        return prefix + n.readable
    return cxx_demangle(symbol) or symbol


def c_names(symbols) -> dict[str, str]:
    """The C name each Numba function gets after surgery, keyed by its core
    symbol (any family member's symbol is accepted and mapped to the core).

    The Python function's name (`six`) when it is the only one of that name;
    when several overloads share it, each gets its argument types appended,
    made C-safe: `add_int64_int64`, `add_float64_float64`,
    `mean_array_float64_1d_C`, `six_void` for no arguments. If even those
    collide (same types, different uid), the uid is appended too.
    """
    cores: dict[str, NumbaName] = {}
    for sym in symbols:
        n = parse_numba_name(sym)
        if n is not None:
            core = parse_numba_name(n.core_symbol)
            if core is not None:
                cores[core.symbol] = core
    by_short: dict[str, list[NumbaName]] = {}
    for n in cores.values():
        by_short.setdefault(n.short_name, []).append(n)
    out: dict[str, str] = {}
    for short, group in by_short.items():
        if len(group) == 1:
            out[group[0].symbol] = short
            continue
        typed = {n.symbol: c_identifier("_".join([short, *n.args]) if n.args else short + "_void") for n in group}
        counts: dict[str, int] = {}
        for name in typed.values():
            counts[name] = counts.get(name, 0) + 1
        for n in group:
            name = typed[n.symbol]
            out[n.symbol] = f"{name}_{c_identifier(n.uid or 'x')}" if counts[name] > 1 else name
    return out
