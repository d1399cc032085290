"""Can Numba's code for a function run without Python? Decided on the
assembly, before anything is assembled or linked.

Only the *core* functions count, followed through every function they
reach, except Numba's CPython and C wrappers (whose error paths always name
the Python C API; strip-wrapper removes or rewrites them) and Numba's
exception-argument unwrapper (the core only stores a pointer to it for the
wrapper to call). Whatever undefined symbol is left that only Python or
Numba's own runtime defines (`Py*`, `_Py*`, `numba_*`, `NRT_*`) and that
the standalone runtime does not provide (runtime.PROVIDED_SYMBOLS) means
the function needs the interpreter: object mode, an objmode block,
print() of what the runtime cannot show (passes/printing), typed containers
the runtime does not provide. Which one is read from the inventory
(inventory.py), so the refusal names the feature.
"""

from __future__ import annotations

from ..asm.analysis import cached, module_info
from ..asm.parser import parse
from ..numba_abi.demangle import parse_numba_name
from ..numba_abi.families import families
from ..numba_abi.roles import is_numba_helper, is_numba_runtime, is_python_api
from ..passes.parallel import rewritten_calls
from ..passes.printing import PRINT, SHIMS, printed_type
from ..toolchain.runtime import PROVIDED_SYMBOLS
from .threadptrs import DYNAMIC_GLOBAL

_WRAPPERS = ("cpython", "cfunc")
EXCINFO_UNWRAP = "__excinfo_unwrap_args"
# Symbols that tell which Python feature the code uses.
FEATURES = (("PyObject_Call", "an objmode block"), ("numba_dict_", "typed.Dict"), ("numba_list_", "typed.List"),
            ("PySys_Format", "print()"), ("NRT_MemInfo_varsize", "a reflected list"))
_SHOWN = 6


def _role(name: str) -> str | None:
    n = parse_numba_name(name)
    return n.role if n is not None else None


def python_dependencies(text: str, path: str = "<numba>") -> dict[str, list[str]]:
    """Core symbol -> the symbols only Python or Numba's own runtime
    would give it, for every core function that has some."""
    from ..passes.fatal import rerouted

    module = parse(text, path)
    info = cached(module_info, module)
    handled = PROVIDED_SYMBOLS | rerouted(info.undefined)
    out: dict[str, list[str]] = {}
    for core in (c for c in families(module) if c in info.symbols and info.symbols[c].defined):
        seen: set[str] = set()
        bad: set[str] = set()
        todo = [core]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            sym = info.symbols.get(name)
            if name.startswith(DYNAMIC_GLOBAL) and not info.refs.get(name):
                bad.add(name)  # an address in the compiling Python process
            elif sym is not None and sym.defined:
                if name == core or (_role(name) not in _WRAPPERS and not name.startswith(EXCINFO_UNWRAP)):
                    refs = info.refs.get(name, ())
                    todo.extend(set(refs) - set(rewritten_calls(name, refs)))
            elif (is_python_api(name) or is_numba_helper(name) or is_numba_runtime(name)) \
                    and name not in handled:
                bad.add(name)
        if PRINT in bad:  # the print pass points print() itself at the runtime
            rest = bad - SHIMS.keys()
            bad = rest | {PRINT} if rest else set()
        if bad:
            out[core] = sorted(bad)
    return out


def _feature(name: str) -> str:
    """The Python feature a symbol betrays: the inventory's word for
    Numba's helpers, FEATURES for the C API calls."""
    from ..inventory import entries

    e = entries().get(name)
    known = e.feature if e is not None and e.status != "provided" else ""
    return next((f for prefix, f in FEATURES if name.startswith(prefix)), known)


def explain(symbols: set[str] | list[str]) -> str:
    """`its code calls A, B and 3 more, which ... (it uses math.gamma)`:
    the telling symbols first, then Numba's helpers, then the C API calls
    around them."""

    def rank(name: str) -> tuple[bool, bool, bool, str]:
        telling = any(name.startswith(prefix) for prefix, _ in FEATURES)
        return not telling, not _feature(name), not name.startswith("numba_"), name

    names = sorted(set(symbols), key=rank)
    more = len(names) - _SHOWN
    shown = ", ".join(names[:_SHOWN]) + (f" and {more} more" if more > 0 else "")
    features = list(dict.fromkeys(f for f in map(_feature, names) if f))
    if PRINT in names:  # the runtime prints, but not this type (the rest is its boxing)
        features = [f"print() of {printed_type(set(names) - SHIMS.keys())}"]
    why = f"it uses {' and '.join(features)}" if features else \
        "objmode blocks, print() and typed containers need the Python interpreter"
    return f"its code calls {shown}, which the standalone runtime does not provide ({why})"
