"""Numba's threading-layer calls that jitted code makes through pointers.

`numba.set_num_threads(n)` and `with numba.parallel_chunksize(c):` inside
an `@njit` function call the threading layer through a ctypes function
pointer, which Numba bakes into the code as a data word holding the
address in the compiling process (`numba.dynamic.globals.<hex>: .quad
140541736632576`). The address means nothing anywhere else; only the
process that compiled the code can tell which function it is. So the
frontend, right after compiling, names the ones that are Numba's
threading functions (the runtime defines them under the same names); any
other such pointer stays a number, and `standalone` refuses the function.
"""

from __future__ import annotations

import re

from ..passes.parallel import DYNAMIC_GLOBAL

_WORD = re.compile(r"^(numba\.dynamic\.globals\.[0-9a-f]+:\n\t\.quad\t)(\d+)$", re.M)
_POINTERS = {"_set_num_threads": "set_num_threads", "_get_num_threads": "get_num_threads",
             "_get_thread_id": "get_thread_id", "_set_parallel_chunksize": "set_parallel_chunksize",
             "_get_parallel_chunksize": "get_parallel_chunksize", "_get_sched_size": "get_sched_size"}


def _addresses() -> dict[int, str]:
    import ctypes

    from numba.np.ufunc import parallel

    if not getattr(parallel, "_is_initialized", True):
        return {}
    out = {}
    for attr, name in _POINTERS.items():
        fn = getattr(parallel, attr, None)
        if fn is not None:
            out[ctypes.cast(fn, ctypes.c_void_p).value] = name
    return out


def name_pointers(asm: str) -> str:
    """`asm` with the threading-layer pointers Numba baked in written as
    the functions' names; call it in the process that compiled `asm`."""
    if DYNAMIC_GLOBAL not in asm:
        return asm
    names = _addresses()
    return _WORD.sub(lambda m: m.group(1) + names.get(int(m.group(2)), m.group(2)), asm)
