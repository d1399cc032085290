"""The Python API for build scripts: a pre-link step in setuptools,
scikit-build or a Python-driven Makefile, without shelling out.

    import asmsurgeon
    from kernels import hypot            # an @njit function
    asmsurgeon.build_executable(hypot, "hypot", sigs=["float64(float64, float64)"])

Everything here raises asmsurgeon.errors.AsmError (with the message the CLI
would print) and never exits. `import asmsurgeon` does not import this
module: the package's `__getattr__` does, on first use, and numba loads
only when something is compiled.

build_executable, check and strip_wrapper call the library functions of
the build, check and strip-wrapper commands through `_SEAMS`, so each
wrapper's contract is written down in one place.
"""

from __future__ import annotations

import importlib
import os
from typing import Any, Callable, Sequence, Union

from .errors import AsmError, UsageError
from .frontend import compile_asm, read_or_compile

__all__ = ["build_executable", "check", "compile_asm", "strip_wrapper"]

# name -> (module, function, issue): where each wrapped library function lives.
_SEAMS: dict[str, tuple[str, str, str]] = {
    "build": ("asmsurgeon.build", "build", "#5 build"),
    "check": ("asmsurgeon.elfcheck", "check", "#3 check"),
    "strip_wrapper": ("asmsurgeon.passes.strip_wrapper", "strip_wrapper", "#4 strip-wrapper"),
}

AsmSource = Union[str, "os.PathLike[str]", Any]


def _seam(name: str) -> Callable[..., Any]:
    module, attr, issue = _SEAMS[name]
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        raise AsmError(f"error: asmsurgeon.{name} needs {module}.{attr} ({issue}), "
                       "which this installation does not have") from None


def asm_text(source: AsmSource, sigs: Sequence[Any] | None = None) -> str:
    """Assembly from what a build script has at hand: a Numba dispatcher
    (compiled for `sigs`), assembly text, a path to an assembly file, or a
    `FILE.py:FUNC` spec."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if not isinstance(source, str):
        return compile_asm(source, sigs)
    if "\n" in source:
        if sigs:
            raise UsageError("sigs given with assembly text; they apply to Numba functions only")
        return source
    return read_or_compile(source, [str(s) for s in sigs or ()])


def build_executable(source: AsmSource, output: str | os.PathLike[str], *,
                     sigs: Sequence[Any] | None = None, **options: Any) -> None:
    """Build `output` (an executable; `kind="shared"` etc. as `asmsurgeon
    build` takes them) from a dispatcher, assembly text, a path or a spec."""
    _seam("build")(asm_text(source, sigs), os.fspath(output), **options)


def check(path: str | os.PathLike[str]) -> Any:
    """The report `asmsurgeon check` prints, for an object, library or
    executable."""
    return _seam("check")(os.fspath(path))


def strip_wrapper(text: str) -> str:
    """Assembly with Numba's CPython wrappers removed and the C wrappers
    given C names (what `asmsurgeon strip-wrapper` writes)."""
    return str(_seam("strip_wrapper")(text))
