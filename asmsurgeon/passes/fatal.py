"""Numba's fatal-error paths, pointed at the runtime.

When a BLAS or LAPACK wrapper reports an unrecoverable error, Numba's code
(numba/np/linalg.py) takes the GIL and calls Py_FatalError with a message:
there is no exception to raise, the process ends. Without Python the same
path calls asmsurgeon_fatal_error(message), which prints the message as
Python would and aborts, after a GIL "ensure" that has nothing to lock.
Only modules that call Py_FatalError are touched; print() and the wrappers
have GIL calls of their own that other passes handle.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.nodes import Module
from .manager import Context
from .rename import rename_symbols

FATAL = {"Py_FatalError": "asmsurgeon_fatal_error", "numba_gil_ensure": "asmsurgeon_gil_ensure"}


def rerouted(undefined) -> frozenset[str]:
    """The names this pass takes over in a module with these undefined symbols."""
    return frozenset(k for k in FATAL if k in undefined) if "Py_FatalError" in undefined else frozenset()


@dataclass
class RouteFatalErrors:
    name: str = "fatal-error"

    def run(self, module: Module, ctx: Context) -> Module:
        names = rerouted(set(ctx.analysis(module_info, module).undefined))
        if not names:
            return module
        # print() may have pointed its own GIL calls at the runtime already.
        return rename_symbols(module, {k: FATAL[k] for k in names}, ctx.notes, joins=frozenset(FATAL.values()))
