"""Numba's function families: the one place that groups a function's
symbols (core, C wrapper, CPython wrapper, environment) and says its C
name and signature. Commands, passes and the build ask this analysis; the
grouping and naming rules live nowhere else.

A family exists for every core function that has code in the file, itself
or through one of its wrappers; an environment alone (left behind by an
inlined helper) or a reference to a function defined elsewhere is not one,
and cannot change anybody's C name. Before strip-wrapper the C wrapper is
`cfunc.<core>`; after it, it carries the C name. A core function with
neither (a callee Numba compiled into the module, np.arange's
implementation, say) has no C entry: it is a family, not an export.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..asm.analysis import cached, module_info
from ..asm.nodes import Module
from ..errors import PathError, UsageError
from .demangle import CFUNC_PREFIX, PARFOR_GUFUNC_MARK, NumbaName, c_names, parse_numba_name
from .signature import UNKNOWN, Signature, infer_return, parse_signature


@dataclass(frozen=True)
class Family:
    core: str  # the core function's symbol
    name: NumbaName  # what the core symbol says: module, function, argument types
    c_name: str  # the C name it has, or gets from strip-wrapper
    cfunc: str | None = None  # `cfunc.<core>`, while defined here
    cpython: str | None = None  # the CPython wrapper, while defined here
    env: str | None = None  # the NumbaEnv object, while defined here
    c_entry: str | None = None  # the defined symbol C calls: cfunc.<core> or the C name
    signature: Signature | None = None  # None: the return type cannot be told (give --sig)

    @property
    def wrapped(self) -> bool:
        """The C wrapper still has Numba's name (strip-wrapper has not run)."""
        return self.cfunc is not None


def group(defined: Iterable[str]) -> dict[str, Family]:
    """Families of the given defined symbol names, keyed by core symbol,
    without signatures or C entries: what an ELF file's symbol table tells."""
    members: dict[str, dict[str, str]] = {}
    names: dict[str, NumbaName] = {}
    for sym in defined:
        n = parse_numba_name(sym)
        if n is None:
            continue
        core = parse_numba_name(n.core_symbol)
        if core is None:
            continue
        members.setdefault(core.symbol, {})[n.role] = sym
        names[core.symbol] = core
    # A parallel region's out-of-line body is Numba's, not the user's: no C name.
    cores = [c for c, roles in members.items() if set(roles) != {"env"} and PARFOR_GUFUNC_MARK not in c]
    c_name = c_names(cores)
    return {c: Family(c, names[c], c_name[c], members[c].get("cfunc"), members[c].get("cpython"),
                      members[c].get("env")) for c in cores}


def _families(module: Module) -> dict[str, Family]:
    info = cached(module_info, module)
    defined = [s.name for s in info.symbols.values() if s.defined]  # file order: outputs are stable
    out = {}
    for core, f in group(defined).items():
        entry = f.cfunc or (f.c_name if f.c_name in info.symbols and info.symbols[f.c_name].defined else None)
        ret = infer_return(module, info, core, f.cpython, f.c_name)
        out[core] = replace(f, c_entry=entry, signature=None if ret is None else Signature(f.name.args, ret))
    return out


def families(module: Module) -> dict[str, Family]:
    """Every family in `module`, keyed by core symbol (cached per module)."""
    return cached(_families, module)


def exports(module: Module) -> dict[str, Family]:
    """The families C can call, keyed by C name."""
    return {f.c_name: f for f in families(module).values() if f.c_entry is not None}


def cfunc_names(module: Module) -> dict[str, str]:
    """`cfunc.<core>` -> C name, for the C wrappers strip-wrapper renames."""
    return {f.cfunc: f.c_name for f in families(module).values() if f.cfunc is not None}


def select(module: Module, function: str | None, sig: str | None, default_ret: str | None = None,
           found: dict[str, Family] | None = None) -> Family:
    """The function to wrap: by C name, or the only one; with its signature
    (`default_ret` stands in for a return type nothing tells). `found`:
    the exports to choose from (default: the module's)."""
    found = exports(module) if found is None else found
    if not found:
        raise PathError(module.path, f"no Numba C wrapper ({CFUNC_PREFIX}*) or C-named function found")
    if function is None:
        if len(found) > 1:
            raise PathError(module.path, f"{len(found)} functions; choose one with --function: "
                             + ", ".join(sorted(found)))
        function = next(iter(found))
    if function not in found:
        raise PathError(module.path, f"no function {function!r}; it has: " + ", ".join(sorted(found)))
    f = found[function]
    if sig is not None:
        return replace(f, signature=parse_signature(sig))
    if f.signature is None or UNKNOWN in f.signature.ret:  # an array result's dtype: array(unknown, ...)
        if default_ret is not None:
            return replace(f, signature=Signature(f.name.args, default_ret))
        example = "array(float64, 1d, C)" if f.signature is not None and "array(" in f.signature.ret else "int64"
        raise UsageError(f"cannot tell from the assembly what {function} returns; "
                         f"give --sig, e.g. --sig '{example}({', '.join(f.name.args)})'")
    return f


__all__ = ["Family", "UNKNOWN", "cfunc_names", "exports", "families", "group", "select"]
