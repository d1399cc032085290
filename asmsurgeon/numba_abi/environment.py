"""A function's Numba Environment, as plain data.

Numba's code reads the Python objects it needs at run time (the dtype a
boxed array gets, ...) from its Environment: the `NumbaEnv` symbol holds a
pointer to an EnvironmentObject (numba/_dynfunc.c: the object header,
`globals`, `consts`), and `env_manager.read_const(i)` becomes
`PyList_GetItem(env->consts, i)`. Those objects never reach the assembly;
the front end, which compiled the function in this process, describes each
one here, and the print pass builds the table the code reads instead.
"""

from __future__ import annotations

from dataclasses import dataclass

# Where `consts` sits in Numba's EnvironmentObject: after PyObject_HEAD
# (refcount, type) and `globals`, on x86-64.
CONSTS_OFFSET = 24

# The dtypes whose arrays the runtime prints (ndprint.c): name -> (kind, bits).
PRINTABLE_DTYPES = {
    "bool": ("b", 8),
    **{f"int{b}": ("i", b) for b in (8, 16, 32, 64)},
    **{f"uint{b}": ("u", b) for b in (8, 16, 32, 64)},
    "float32": ("f", 32), "float64": ("f", 64),
    "complex64": ("c", 64), "complex128": ("c", 128),
}


@dataclass(frozen=True)
class EnvConstant:
    """One entry of `env.consts`: a NumPy dtype (`kind` "dtype", `name` as
    NumPy spells it: float64, datetime64[D], a record's fields) or any
    other object (`kind` "object", `name` its type)."""

    kind: str
    name: str

    @property
    def printable(self) -> bool:
        return self.kind == "dtype" and self.name in PRINTABLE_DTYPES

    def described(self) -> str:
        return self.name if self.kind == "dtype" else f"a {self.name} object"


# NumbaEnv symbol -> its constants, in order.
Environments = dict[str, tuple[EnvConstant, ...]]
