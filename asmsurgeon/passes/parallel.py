"""`parallel=True` code without Python: the launch keeps its threads, loses the GIL.

Numba wraps each prange launch (`numba_parallel_for`, in the function that
runs the loop) in `numba_gil_ensure` + `PyEval_SaveThread` ...
`PyEval_RestoreThread` + `numba_gil_release`; the parallel region itself
is a `__gufunc__.*__numba_parfor_gufunc_*` function whose error path takes
the GIL, unpickles the exception and sets it as the Python error. Without
an interpreter there is no GIL to take, so those calls are pointed at the
runtime's `asmsurgeon_nogil` (a no-op returning NULL), and the calls that
make the Python exception at `asmsurgeon_parfor_*`, which record the
region's first exception as the text the error hook prints (the pickles
are decoded by passes/exceptions.py: a static exception's string, a
dynamic one's template, filled with the values Numba's unwrap helper
boxes through the print pass's objects). Only these functions are
touched: the wrappers' own Python calls are the error-hook's business.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.nodes import Module
from ..errors import InputError
from ..numba_abi.demangle import PARFOR_GUFUNC_MARK
from .manager import Context
from .rename import rename_line

LAUNCH = "numba_parallel_for"
NOGIL = "asmsurgeon_nogil"
PARFOR_ERROR = "asmsurgeon_parfor_error"
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
                 "PyErr_SetNone": NOGIL,
                 "PyExc_StopIteration": NOGIL, "PyExc_SystemError": NOGIL, "PyExc_RuntimeError": NOGIL,
                 # A dynamic exception: the template where Python makes bytes of
                 # the pickle, the filled-in text recorded where Numba builds
                 # the struct numba_do_raise takes (never reached: NULL). A
                 # PyErr_SetString records the class alone (values Numba could
                 # not box) or the message of an out-of-line body's failure.
                 "PyBytes_FromStringAndSize": "asmsurgeon_parfor_template",
                 "numba_runtime_build_excinfo_struct": "asmsurgeon_parfor_error_args",
                 "PyErr_SetString": "asmsurgeon_parfor_error_string"}


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
    """Point the GIL calls of prange launches and regions at no-ops, and the
    regions' Python exceptions at the runtime's record of them."""

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
        for i, line in enumerate(lines):
            mapping = plans.get(info.owners[i])
            if mapping is not None and line.shape.symbols:
                lines[i] = rename_line(line, mapping, module.path)
        for function in plans:
            ctx.explain_note(f"parallel: {function}: GIL calls around the launch are no-ops")
        return module.replace_lines(lines)
