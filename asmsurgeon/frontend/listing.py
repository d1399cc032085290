"""`build FILE.py` without `:FUNC`: which functions the file offers.

Read with `ast`, not imported: the user asked for nothing to be compiled
yet, and a listing must not run the module's code.
"""

from __future__ import annotations

import ast

from ..errors import InputError, PathError
from ..fileio import read_source

JIT_DECORATORS = {"njit", "jit", "cfunc", "generated_jit", "vectorize"}


def _decorator_name(node: ast.expr) -> str:
    while isinstance(node, ast.Call):
        node = node.func
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def refuse_bare_python(path: str) -> None:
    """Raise the PathError that names what to write instead."""
    try:
        tree = ast.parse(read_source(path), path)
    except SyntaxError as e:
        raise InputError(path, e.msg, e.lineno or 1, e.offset or 1) from None
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    jitted = [n.name for n in defs if any(_decorator_name(d) in JIT_DECORATORS for d in n.decorator_list)]
    names = jitted or [n.name for n in defs]
    if not names:
        raise PathError(path, f"Python source, not assembly: name a function as {path}:FUNC (it defines none)")
    raise PathError(path, f"Python source, not assembly: name the function(s) as {path}:FUNC[,FUNC...]; "
                     f"it defines: {', '.join(names)}")
