"""Which C-named functions a module offers and what their signatures are.

Works before surgery (cfunc.* and CPython wrappers present) and after it
(the C wrappers carry C names). Signatures come from
signature.infer_signatures; a return type it cannot tell ("unknown") has
to come from --sig. The C names are demangle.defined_function_names of
the defined symbols either way, which is how strip-wrapper named them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.nodes import Module
from ..errors import UsageError
from .demangle import defined_function_names, parse_numba_name
from .signature import Signature, infer_signatures, parse_signature


@dataclass(frozen=True)
class Function:
    c_name: str
    core: str
    signature: Signature | None  # None: return type unknown (give --sig)
    wrapped: bool  # True while the C wrapper is still called cfunc.*


def functions(module: Module) -> dict[str, Function]:
    info = module_info(module)
    names = defined_function_names(s.name for s in info.symbols.values() if s.defined)
    sigs = infer_signatures(module, info)
    out: dict[str, Function] = {}
    for core, c_name in names.items():
        cfunc = "cfunc." + core
        wrapped = cfunc in info.symbols and info.symbols[cfunc].defined
        if not wrapped and not (c_name in info.symbols and info.symbols[c_name].defined):
            continue  # a callee without a C wrapper (e.g. np.arange's impl)
        sig = sigs.get(core)
        out[c_name] = Function(c_name, core, None if sig is None or sig.ret == "unknown" else sig, wrapped)
    return out


def select(module: Module, function: str | None, sig: str | None, default_ret: str | None = None,
           found: dict[str, Function] | None = None) -> Function:
    """The function to wrap: by C name, or the only one; with its signature
    (`default_ret` stands in for a return type nothing tells). `found`:
    functions(module), if the caller has it already."""
    found = functions(module) if found is None else found
    if not found:
        raise UsageError(f"{module.path}: no Numba C wrapper (cfunc.*) or C-named function found")
    if function is None:
        if len(found) > 1:
            raise UsageError(f"{module.path} has {len(found)} functions; choose one with --function: "
                             + ", ".join(sorted(found)))
        function = next(iter(found))
    if function not in found:
        raise UsageError(f"{module.path}: no function {function!r}; it has: " + ", ".join(sorted(found)))
    f = found[function]
    if sig is not None:
        return Function(f.c_name, f.core, parse_signature(sig), f.wrapped)
    if f.signature is None:
        args = parse_numba_name(f.core).args
        if default_ret is not None:
            return Function(f.c_name, f.core, Signature(args, default_ret), f.wrapped)
        raise UsageError(f"cannot tell from the assembly what {function} returns; "
                         f"give --sig, e.g. --sig 'int64({', '.join(args)})'")
    return f
