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
the build, check and strip-wrapper commands through `_SEAMS`, so what each
wrapper relies on is written down in one place.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from typing import Any, Union

from .errors import AsmError, UsageError
from .frontend.compiler import compile_asm, compile_for_build, compile_signatures, for_build, read_or_compile
from .numba_abi.environment import Environments

__all__ = ["build_executable", "check", "compile_asm", "strip_wrapper"]

# name -> (module, function, who provides it).
_SEAMS: dict[str, tuple[str, str, str]] = {
    # build_executable(source, output, *, kind, header, sig, param_names, extra_sources, ...) -> BuildResult
    "build": ("asmsurgeon.pipeline.build", "build_executable", "#5 build"),
    # check(paths) -> CheckReport
    "check": ("asmsurgeon.check.inputs", "check", "#3 check"),
    # strip_wrapper(text, *, names, keep_wrapper, ...) -> str
    "strip_wrapper": ("asmsurgeon.passes.pipelines", "strip_wrapper", "#4 strip-wrapper"),
}

# A Numba dispatcher, assembly text, a path to an assembly file or a
# `FILE.py:FUNC` spec.
AsmSource = Union[str, "os.PathLike[str]", Any]


def _seam(name: str) -> Callable[..., Any]:
    module, attr, issue = _SEAMS[name]
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        raise AsmError(f"error: asmsurgeon.{name} needs {module}.{attr} ({issue}), "
                       "which this installation does not have") from None


def _is_text(source: Any) -> bool:
    return isinstance(source, str) and "\n" in source


def asm_text(source: AsmSource, sigs: Sequence[Any] | None = None) -> str:
    """All the assembly `source` stands for, as one (multi-module) text."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if not isinstance(source, str):
        return compile_asm(source, sigs)
    if _is_text(source):
        if sigs:
            raise UsageError("sigs given with assembly text; they apply to Numba functions only")
        return source
    return read_or_compile(source, [str(s) for s in sigs or ()])


def build_inputs(source: AsmSource, sigs: Sequence[Any] | None = None
                 ) -> tuple[list[str], str | None, dict[str, tuple[str, ...]], Environments]:
    """What build takes: its inputs (text or paths), the one signature it
    should use if exactly one function signature was compiled, the
    compiled functions' parameter names and Environments
    (frontend.for_build)."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if not isinstance(source, str):
        text, sig, names, envs = for_build(compile_signatures(source, sigs))
        return [text], sig, names, envs
    if _is_text(source):
        return [asm_text(source, sigs)], None, {}, {}
    return compile_for_build([source], [str(s) for s in sigs or ()])


def _spec_for(source: Any) -> str | None:
    """The `FILE.py:FUNC` spec a CPU target is compiled from: the source
    itself, or where a module-level dispatcher's function lives (a child
    interpreter imports it there); None for assembly."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        from .frontend.compiler import is_python_spec

        return source if is_python_spec(source) else None
    func = getattr(source, "py_func", None)
    module = getattr(func, "__module__", None)
    import sys

    path = getattr(sys.modules.get(module), "__file__", None) if module else None
    if path is None or not path.endswith(".py") or getattr(sys.modules[module], func.__name__, None) is not source:
        raise UsageError(f"cpu= needs {getattr(source, '__name__', source)!r} at module level in a .py file "
                         "(it is compiled again in a child interpreter for each CPU)")
    return f"{path}:{func.__name__}"


def build_executable(source: AsmSource, output: str | os.PathLike[str], *,
                     sigs: Sequence[Any] | None = None, cpu: str | None = None, **options: Any) -> Any:
    """Build `output` as `asmsurgeon build` does (`kind="shared"`,
    `header="f.h"`, `function=...` as its options) from a dispatcher,
    assembly text, a path or a `FILE.py:FUNC` spec; returns build's result.
    Parameters of compiled functions keep their Python names in the usage
    line and header unless `param_names` says otherwise. `cpu` is build's
    --cpu; a `FILE.py:FUNC` spec gets build's default (generic + host, fat),
    a dispatcher without `cpu` is built for this CPU from its overloads."""
    spec = _spec_for(source) if cpu is not None or not hasattr(source, "py_func") else None
    if spec is None and cpu is not None:
        raise UsageError("cpu= applies to Python functions; assembly is already compiled for its CPU")
    if spec is None:
        inputs, sig, names, envs = build_inputs(source, sigs)
    else:
        from .fileio import scratch_directory
        from .pipeline.fat import compile_targets, default_targets

        with scratch_directory("asmsurgeon-cpu-") as work:
            inputs, sig, names, envs = compile_targets([spec], [str(s) for s in sigs or ()],
                                                       default_targets(cpu), work,
                                                       nolibc=options.get("nolibc", False))
    if sig is not None:
        options.setdefault("sig", sig)
    if names:
        options.setdefault("param_names", names)
    if envs:
        options.setdefault("environments", envs)
    extra = list(options.pop("extra_sources", ()))
    return _seam("build")(inputs[0], os.fspath(output), extra_sources=[*inputs[1:], *extra], **options)


def check(paths: Any, **options: Any) -> Any:
    """The report `asmsurgeon check` prints, for an object, library, executable
    or assembly file, or a list of them checked as one link set: `.ok`, the
    `.problems`, and `str(report)` is the text the command prints.
    `options`: forbid=, allow=, require= (lists of globs / symbols)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _seam("check")([os.fspath(p) for p in paths], **options)


def strip_wrapper(text: str, **options: Any) -> str:
    """Assembly with Numba's CPython wrappers removed and the C wrappers
    given C names (what `asmsurgeon strip-wrapper` writes)."""
    return str(_seam("strip_wrapper")(text, **options))
