"""`parallel=True` code without Python: the launch keeps its threads, loses the GIL.

Numba wraps each prange launch (`numba_parallel_for`, in the function that
runs the loop) in `numba_gil_ensure` + `PyEval_SaveThread` ...
`PyEval_RestoreThread` + `numba_gil_release`; the parallel region itself
is a `__gufunc__.*__numba_parfor_gufunc_*` function whose error path takes
the GIL, unpickles the exception and sets it as the Python error. Without
an interpreter there is no GIL to take, so those calls are pointed at the
runtime's `asmsurgeon_nogil` (a no-op returning NULL), and the gufunc's
`numba_unpickle` at `asmsurgeon_parfor_error`, which records the region's
first exception; the pickle it was given becomes the plain
"ExcClass: message" string the error hook prints. Only these functions are
touched: the wrappers' own Python calls are the error-hook's business.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.names import spell
from ..asm.nodes import Module
from ..asm.parser import make_lines
from ..errors import InputError
from ..numba_abi.demangle import PARFOR_GUFUNC_MARK
from ..numba_abi.excinfo import describe, gas_string_literal
from .exceptions import PICKLEDATA, _constant_bytes, _entity_lines
from .manager import Context
from .rename import rename_line

LAUNCH = "numba_parallel_for"
NOGIL = "asmsurgeon_nogil"
PARFOR_ERROR = "asmsurgeon_parfor_error"
EXCMSG = ".const.parfor_excmsg."
# A data word holding an address in the process that compiled the code
# (frontend/threadptrs.py names the ones it can; the rest cannot work).
DYNAMIC_GLOBAL = "numba.dynamic.globals."
# Around the launch, in the function that runs the loop.
_LAUNCH_CALLS = {"numba_gil_ensure": NOGIL, "numba_gil_release": NOGIL,
                 "PyEval_SaveThread": NOGIL, "PyEval_RestoreThread": NOGIL}
# In a region's error path.
_REGION_CALLS = {**_LAUNCH_CALLS, "PyErr_Clear": NOGIL, "numba_do_raise": NOGIL,
                 "numba_unpickle": PARFOR_ERROR,
                 # A region whose body is a separate function turns a failed
                 # status into a Python error (these are only its arguments).
                 "PyErr_SetNone": NOGIL, "PyErr_SetString": NOGIL,
                 "PyExc_StopIteration": NOGIL, "PyExc_SystemError": NOGIL, "PyExc_RuntimeError": NOGIL,
                 # A body that is a separate function (one that prints, say)
                 # may raise with values: the region records the exception's
                 # message (the template of passes/exceptions, values unfilled)
                 # where Python would make bytes of it, and builds no struct.
                 "PyBytes_FromStringAndSize": PARFOR_ERROR, "numba_runtime_build_excinfo_struct": NOGIL}


def is_parfor_gufunc(name: str) -> bool:
    return PARFOR_GUFUNC_MARK in name and not name.startswith("_ZN08NumbaEnv")


def rewritten_calls(function: str, references) -> dict[str, str]:
    """What this pass points a function's references at: empty for a
    function that neither is a parallel region nor launches one."""
    if is_parfor_gufunc(function):
        return _REGION_CALLS
    if LAUNCH in references:
        return _LAUNCH_CALLS
    return {}


@dataclass
class ParallelRegions:
    """Point the GIL calls of prange launches and regions at no-ops."""

    name: str = "parallel-regions"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        for sym in info.symbols.values():
            if sym.defined and sym.name.startswith(DYNAMIC_GLOBAL) and not info.refs.get(sym.name):
                raise InputError(module.path, f"{sym.name} holds an address in the Python process that "
                                 "compiled this code (Numba calls ctypes functions such as the one behind "
                                 "numba.set_num_threads through it); build from FILE.py:FUNC or `asmsurgeon "
                                 "compile` output, which name Numba's threading functions",
                                 (sym.line or 0) + 1)
        plans = {f: m for f in info.functions if (m := rewritten_calls(f, info.refs.get(f, ())))}
        if not plans:
            return module
        lines = list(module.lines)
        messages: dict[str, str] = {}
        for i, line in enumerate(lines):
            mapping = plans.get(info.owners[i])
            if mapping is None or not line.shape.symbols:
                continue
            local = dict(mapping)
            for name, _, _, is_def in line.symbol_spans():
                if not is_def and name.startswith(PICKLEDATA) and not name.endswith(".sha1"):
                    local[name] = messages.setdefault(name, EXCMSG + name[len(PICKLEDATA):])
            lines[i] = rename_line(line, local, module.path)
        for function in plans:
            ctx.explain_note(f"parallel: {function}: GIL calls around the launch are no-ops")
        extra = []
        for pickle, msg in messages.items():
            span = _entity_lines(module, info, pickle)
            text = (describe(_constant_bytes(module, span)) if span else None) or \
                "exception raised by Numba-compiled code in a parallel region"
            raw = text.encode("utf-8")
            extra += make_lines(f"\t.section\t.rodata\n\t.type\t{spell(msg)},@object\n{spell(msg)}:\n"
                                f"\t.asciz\t{gas_string_literal(raw)}\n\t.size\t{spell(msg)}, {len(raw) + 1}\n")
            ctx.explain_note(f"exception: {pickle} (parallel region) -> {text!r}")
        if extra and lines and not lines[-1].text.endswith("\n"):
            extra = make_lines("\n") + extra
        return module.replace_lines(lines + extra)
