"""The C names a build gives the user's functions.

Numba names a function's C wrapper after the Python function, and a Python
function may be called anything: `sin`, `malloc`, `main`, `strtod`. A
definition of such a name in a linked program takes the place of the C
library's (the runtime's own calls to malloc would land in the user's
code), or clashes with the libm call the function itself makes. So an
executable, whose functions nobody calls from outside, gives them internal
names; a library keeps the natural name when nothing a program links
defines it, else falls back to the name with its argument types
(`sin_float64`), with a note, and `--name OLD=NEW` chooses.
"""

from __future__ import annotations

import re

from ..errors import UsageError
from ..numba_abi.demangle import c_identifier, parse_numba_name
from ..numba_abi.families import Family

INTERNAL_PREFIX = "asms_fn_"
# Names a C program cannot define: keywords, and what the loader and the
# C start-up files define or look up.
C_KEYWORDS = frozenset(
    "auto break case char const continue default do double else enum extern float for goto if inline "
    "int long register restrict return short signed sizeof static struct switch typedef union unsigned "
    "void volatile while _Bool _Complex _Imaginary _Alignas _Alignof _Atomic _Generic _Noreturn "
    "_Static_assert _Thread_local".split())
STARTUP = frozenset({"main", "_start", "_init", "_fini", "_end", "_edata", "etext", "edata", "end",
                     "environ", "__environ", "errno", "_DYNAMIC", "_GLOBAL_OFFSET_TABLE_"})
OUR_PREFIXES = ("asmsurgeon_", "asms_", "NRT_", "numba_")


def internal_name(c_name: str) -> str:
    return INTERNAL_PREFIX + c_name


def unsafe(name: str, taken: frozenset[str]) -> str | None:
    """Why a library must not export `name`, or None when it may."""
    if name in C_KEYWORDS:
        return "a C keyword"
    if name in STARTUP:
        return "defined by every C program"
    if name.startswith(OUR_PREFIXES):
        return "in the runtime's namespace"
    if re.match(r"_[A-Z_]", name):
        return "reserved for the C implementation"
    if name in taken:
        return "defined by the C library, libm, libgcc or the runtime"
    return None


def taken_names(referenced: set[str]) -> frozenset[str]:
    """Every name a library's users link besides it: the system
    libraries', the runtime's, and what the input itself calls."""
    from ..elfcheck.elf import system_symbols
    from ..toolchain.runtime import PROVIDED_SYMBOLS

    return system_symbols() | PROVIDED_SYMBOLS | frozenset(referenced)


def library_names(found: dict[str, Family], overrides: dict[str, str], taken: frozenset[str],
                  notes: list[str]) -> dict[str, str]:
    """C name -> the name the library exports, for every function."""
    for old in overrides:
        if old not in found:
            raise UsageError(f"--name {old}=...: no function called {old!r} "
                             f"(C names: {', '.join(sorted(found)) or 'none'})")
    out: dict[str, str] = {}
    for c_name, f in found.items():
        if c_name in overrides:
            new = overrides[c_name]
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", new):
                raise UsageError(f"--name {c_name}={new}: not a C identifier")
            why = unsafe(new, taken)
            if why is not None:
                raise UsageError(f"--name {c_name}={new}: {new!r} cannot be exported: it is {why}")
            out[c_name] = new
            continue
        why = unsafe(c_name, taken)
        if why is None:
            out[c_name] = c_name
            continue
        args = parse_numba_name(f.core).args
        new = c_identifier("_".join([c_name, *args]) if args else c_name + "_void")
        if new.startswith(OUR_PREFIXES):  # a suffix cannot take it out of the runtime's namespace
            new = "fn_" + new
        # The typed name keeps a reserved spelling (`__divti3_float64`): what
        # must not happen is a clash, which a suffix always ends.
        while new in taken or new in C_KEYWORDS or new in STARTUP or new in out.values():
            new += "_fn"
        out[c_name] = new
        notes.append(f"note: {c_name} is {why}; the library exports it as {new} "
                     f"(choose another name with --name {c_name}=NAME)")
    clash = [n for n in set(out.values()) if list(out.values()).count(n) > 1]
    if clash:
        raise UsageError(f"two functions would be exported as {clash[0]!r}")
    return out
