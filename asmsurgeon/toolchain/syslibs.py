"""Runtime families linked only when used, and the system libraries they pull in.

The container, string and linear-algebra families are large and most
programs use none of them, so their objects join the link only when the
program references one of their symbols (inventory.provided_by). Most of
the runtime needs nothing but libc and libm. The linear-algebra
family (runtime/linalg.c) calls BLAS and LAPACK, which a program should
neither need installed nor load unless its code calls np.dot, `@` or
np.linalg: so linalg.o joins the link only when the program references
one of its symbols, and with it the system's libraries (OpenBLAS when
present, else the reference BLAS and LAPACK). When neither is installed
the build says which Debian package to install instead of letting the
linker report missing symbols.
"""

from __future__ import annotations

import os

from ..errors import AsmError

# C source -> the library sets that can satisfy it, in order of preference.
SYSTEM = {
    "linalg.c": (("openblas",), ("lapack", "blas")),
}
OPTIONAL = ("list.c", "dict.c", "set.c", "unicode.c", "linalg.c")
# Sources an optional family needs besides its own (generated tables, the
# table a typed set shares with dicts).
COMPANIONS = {"unicode.c": ("unicode_db.c",), "set.c": ("dict.c",)}
PACKAGE_HINT = {
    "linalg.c": "np.dot, @ and np.linalg need BLAS and LAPACK: install libopenblas-dev "
                "(apt-get install libopenblas-dev), or libblas-dev and liblapack-dev",
}


class MissingLibrary(AsmError):
    exit_status = 1


def undefined_symbols(modules) -> set[str]:
    """What the modules reference without defining, read from their trees."""
    from ..asm.analysis import module_info

    out: set[str] = set()
    for m in modules:
        out |= {s.name for s in module_info(m).symbols.values() if not s.defined and not s.is_assembler_local}
    return out


def used_optional(undefined: set[str]) -> list[str]:
    """The optional families (C source names) these references need."""
    from ..inventory import provided_by

    used = [src for src in OPTIONAL if undefined & provided_by(src)]
    return used + [c for src in used for c in COMPANIONS.get(src, ()) if c in OPTIONAL and c not in used]


def select_runtime(objects: list[str], used: list[str]) -> list[str]:
    """The runtime objects minus the optional families nobody uses."""
    keep = {part for src in used for part in (src, *COMPANIONS.get(src, ()))}
    unused = {os.path.splitext(part)[0] + ".o" for src in OPTIONAL
              for part in (src, *COMPANIONS.get(src, ())) if part not in keep}
    return [o for o in objects if os.path.basename(o) not in unused]


def link_flags(tc, used: list[str]) -> list[str]:
    """`-l` options for the families in `used`; MissingLibrary when the
    system has none of the library sets one of them can use."""
    flags: list[str] = []
    for src in used:
        if src not in SYSTEM:
            continue
        choice = next((libs for libs in SYSTEM[src] if all(_installed(tc, lib) for lib in libs)), None)
        if choice is None:
            raise MissingLibrary(f"error: {PACKAGE_HINT[src]}")
        flags += [f"-l{lib}" for lib in choice]
    return flags


def _installed(tc, lib: str) -> bool:
    """Does the compiler find lib<lib>.so? (`-print-file-name` echoes the
    bare name back when it does not.)"""
    name = f"lib{lib}.so"
    found = tc.run([*tc.cc_cmd, f"-print-file-name={name}"], "cc").stdout.decode().strip()
    return found != name and os.path.exists(found)
