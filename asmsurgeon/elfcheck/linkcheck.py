"""The pre-link check: can these files become a program without Python?

A file passes when every undefined reference it makes is satisfied by one
of the other files checked with it, by the standalone runtime
(runtime.PROVIDED_SYMBOLS), by the system's libc, libm or libgcc (read from
the real libraries, see elfcheck.system_symbols) or by the linker itself;
never by the Python C API or Numba's `numba_*` helpers, which live in
libpython and Numba's extension modules. A linked file also fails when it
names libpython in DT_NEEDED. Weak undefined references are not problems
(they resolve to zero); `--forbid` and `--require` add the user's rules.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from ..numba_abi import roles
from .elf import ElfReport

# Defined by the linker or the C start files rather than by any library.
LINKER_SYMBOLS = frozenset({
    "_GLOBAL_OFFSET_TABLE_", "_DYNAMIC", "__ehdr_start", "__executable_start", "_edata", "_end", "end",
    "edata", "etext", "_etext", "__bss_start", "__dso_handle", "_init", "_fini", "__tls_get_addr",
    "__init_array_start", "__init_array_end", "__fini_array_start", "__fini_array_end",
    "__preinit_array_start", "__preinit_array_end", "__GNU_EH_FRAME_HDR",
})


@dataclass(frozen=True)
class Problem:
    path: str
    kind: str  # "undefined", "forbidden", "needed" (DT_NEEDED libpython) or "required"
    symbol: str
    reason: str
    referenced_by: tuple[str, ...] = ()  # functions whose code refers to the symbol


@dataclass
class CheckReport:
    files: list[ElfReport]
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        """What `asmsurgeon check` prints (without the final newline)."""
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """The text report, one line per item: each file's verdict when it passes, else
        each problem with the functions referring to it, then the count."""
        from ..numba_abi.demangle import readable

        if self.ok:
            return [f"{r.path}: ok ({len(r.undefined)} undefined references, all provided without Python)"
                    for r in self.files]
        out = []
        for p in self.problems:
            out.append(f"{p.path}: {p.symbol}: {p.reason}")
            for fn in p.referenced_by:
                name = readable(fn)
                out.append(f"    referenced by {name}" + (f" ({fn})" if name != fn else ""))
        n = len(self.problems)
        out.append(f"{n} problem{'s' if n != 1 else ''}: {self.verdict()}")
        return out

    def verdict(self) -> str:
        """Say "without Python" only when Python (or Numba's runtime) is what is
        missing: a --forbid, a --require or an unknown symbol is another story."""
        problems = self.problems
        if any(p.kind == "needed" or (p.kind == "undefined" and (roles.is_python_api(p.symbol)
                                                                 or roles.is_numba_helper(p.symbol)
                                                                 or roles.is_numba_runtime(p.symbol)))
               for p in problems):
            return "not linkable without Python"
        if all(p.kind in ("forbidden", "required") for p in problems):
            return "the --forbid/--require rules are not met"
        return "not linkable standalone"


def needs_libpython(lib: str) -> bool:
    """A DT_NEEDED entry naming libpython (`libpython3.11.so.1.0`)."""
    return lib.startswith("libpython")


def check_reports(reports: list[ElfReport], forbid=(), allow=(), require=()) -> CheckReport:
    from ..toolchain.runtime import PROVIDED_SYMBOLS

    result = CheckReport(reports)
    exported = set().union(*(r.exported for r in reports)) if reports else set()

    def forbidden(name: str) -> str | None:
        return next((g for g in forbid if fnmatch.fnmatchcase(name, g)), None)

    # An archive is checked member by member, so a problem names the member.
    units = [m for r in reports for m in (r.members or [r])]
    for r in units:
        for lib in r.needed:
            if needs_libpython(lib):
                result.problems.append(Problem(r.path, "needed", lib, "links against libpython (DT_NEEDED)"))
        for s in sorted(r.exported):
            g = forbidden(s)
            if g:
                result.problems.append(Problem(r.path, "forbidden", s, f"defined, and forbidden by --forbid {g!r}"))
        for s in sorted(r.undefined, key=lambda s: s.name):
            g = forbidden(s.name)
            by = tuple(sorted(set(r.references.get(s.name, ())) - {""}))
            if g:
                result.problems.append(Problem(r.path, "forbidden", s.name, f"forbidden by --forbid {g!r}", by))
                continue
            if s.binding == "weak" or any(fnmatch.fnmatchcase(s.name, a) for a in allow):
                continue
            reason = _unresolved(s.name, exported, PROVIDED_SYMBOLS)
            if reason:
                result.problems.append(Problem(r.path, "undefined", s.name, reason, by))
    for name in require:
        if name not in exported:
            where = reports[0].path if len(reports) == 1 else ", ".join(r.path for r in reports)
            result.problems.append(Problem(where, "required", name, "required symbol is not defined"))
    return result


def _unresolved(name: str, exported: set[str], provided) -> str | None:
    """Why an undefined reference cannot be satisfied without Python, or None."""
    if name in exported or name in provided or name in LINKER_SYMBOLS:
        return None
    from ..inventory import refusal

    why = refusal(name)
    if roles.is_python_api(name):
        kind = "Python C API (needs libpython)"
    elif roles.is_numba_helper(name):
        kind = "Numba helper (lives in Numba's Python extension)"
    elif roles.is_numba_runtime(name):
        kind = "Numba runtime function the standalone runtime does not provide"
    else:
        from .elf import system_symbols

        if why is None and name in system_symbols():
            return None
        kind = "not defined by the standalone runtime, libc, libm or libgcc"
    return f"{kind}: {why}" if why else kind
