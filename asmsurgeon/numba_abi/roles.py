"""What a symbol is for, from its name and whether it is defined here.

One classification shared by `symbols` (the role column), `check` (which
undefined references keep a file from linking without Python) and the
surgery passes (what strip-wrapper may drop, what build must provide).
A Numba symbol's role comes from its mangled name (see demangle.py); the
rest from prefixes: Numba's runtime is `NRT_*`, its C helpers (that live in
Numba's Python extension) are `numba_*`, the Python C API is `Py*`/`_Py*`.
"""

from __future__ import annotations

import re

from .demangle import GUFUNC_PREFIX, PARFOR_GUFUNC_MARK, parse_numba_name

NUMBA_CORE = "numba-core"
CPYTHON_WRAPPER = "cpython-wrapper"
CFUNC = "cfunc"
NUMBA_ENV = "numba-env"
CONST = "const"
NUMBA_RUNTIME = "numba-runtime"
NUMBA_HELPER = "numba-helper"
PYTHON_API = "python-api"
EXTERNAL = "external"
LOCAL = "local"
PARFOR_GUFUNC = "parfor-gufunc"  # a prange loop's parallel region, launched by numba_parallel_for
GLOBAL = "global"  # defined here, visible to the linker, not Numba's: `main`, a renamed `six`

ROLES = (NUMBA_CORE, CPYTHON_WRAPPER, CFUNC, NUMBA_ENV, PARFOR_GUFUNC, CONST, NUMBA_RUNTIME, NUMBA_HELPER,
         PYTHON_API, EXTERNAL, LOCAL, GLOBAL)

_NUMBA_ROLES = {"core": NUMBA_CORE, "cpython": CPYTHON_WRAPPER, "cfunc": CFUNC, "env": NUMBA_ENV}
_PYTHON_API = re.compile(r"_?Py[A-Z_]")


def is_python_api(name: str) -> bool:
    """`PyArg_UnpackTuple`, `Py_DecRef`, `_Py_NoneStruct`; not `Pythagoras`."""
    return bool(_PYTHON_API.match(name))


def is_numba_helper(name: str) -> bool:
    return name.startswith("numba_")


def is_numba_runtime(name: str) -> bool:
    return name.startswith("NRT_")


def needs_python(name: str) -> bool:
    """The C API, Numba's helpers, and NRT's adapters to Python objects
    (the rest of NRT is the standalone runtime's)."""
    return is_python_api(name) or is_numba_helper(name) or (is_numba_runtime(name) and "python" in name)


def role_of(name: str, defined: bool = True, binding: str = "global") -> str:
    """The role of one symbol. `binding` is global, weak or local."""
    n = parse_numba_name(name)
    if n is not None and n.role != "env" and PARFOR_GUFUNC_MARK in name:
        return PARFOR_GUFUNC
    if n is not None:
        return _NUMBA_ROLES[n.role]
    if name.startswith(GUFUNC_PREFIX) and PARFOR_GUFUNC_MARK in name:
        return PARFOR_GUFUNC
    if name.startswith(".const."):
        return CONST
    if is_numba_runtime(name):
        return NUMBA_RUNTIME
    if is_numba_helper(name):
        return NUMBA_HELPER
    if is_python_api(name):
        return PYTHON_API
    if not defined:
        return EXTERNAL
    return LOCAL if binding == "local" else GLOBAL


def reference_kind(name: str) -> str:
    """How `symbols` groups what a function refers to: `function` (another
    Numba function), `runtime`, `helper`, `python`, `const` or `external`."""
    role = role_of(name, defined=False)
    return {NUMBA_CORE: "function", CFUNC: "function", CPYTHON_WRAPPER: "function", NUMBA_ENV: "env",
            NUMBA_RUNTIME: "runtime", NUMBA_HELPER: "helper", PYTHON_API: "python", PARFOR_GUFUNC: "function",
            CONST: "const"}.get(role, "external")
