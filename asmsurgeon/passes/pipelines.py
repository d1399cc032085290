"""strip-wrapper as a library: the pass list and a text-to-text function.

`strip_passes()` is what `build` runs between parsing and add-main, in one
PassManager; `strip_wrapper()` is the whole operation on a string.
"""

from __future__ import annotations

from ..asm.nodes import Module
from ..asm.parser import make_line, parse
from .errorpath import RouteErrorsToHook
from .exceptions import DecodeExceptions
from .fatal import RouteFatalErrors
from .manager import Context, Pass, PassManager
from .modules import MergeModules
from .parallel import ParallelRegions
from .pic import PositionIndependent
from .printing import PrintToRuntime
from .strip import DropPython, NameCFunctions
from .unresolved import ResolveUnresolved


def strip_passes(names: dict[str, str] | None = None, *, keep_wrapper: bool = False,
                 keep_absolute: bool = False, starts: frozenset[int] = frozenset(),
                 provided: frozenset[str] = frozenset()) -> list[Pass]:
    """The passes of strip-wrapper, in order. `starts`: line indices where
    another input file begins in a concatenated module; `provided`: the
    runtime's symbols, not reported as left-over Python."""
    passes: list[Pass] = [MergeModules(starts), ResolveUnresolved()]
    if not keep_wrapper:
        passes += [ParallelRegions(), PrintToRuntime(), DecodeExceptions(), RouteErrorsToHook(), RouteFatalErrors()]
    passes.append(NameCFunctions(dict(names or {})))
    if not keep_wrapper:
        passes.append(DropPython(provided))
    if not keep_absolute:
        passes.append(PositionIndependent())
    return passes


def concatenate(modules: list[Module]) -> tuple[Module, frozenset[int]]:
    """One module from several inputs, and where each input began."""
    lines, starts = [], set()
    for m in modules:
        starts.add(len(lines))
        if lines and not lines[-1].text.endswith("\n"):
            lines[-1] = make_line(lines[-1].text + "\n", m.path)
        lines.extend(m.lines)
    return Module(tuple(lines), modules[0].path), frozenset(starts - {0})


def strip_module(module: Module, ctx: Context | None = None, **options) -> Module:
    return PassManager(strip_passes(**options)).run(module, ctx or Context())


def strip_wrapper(text: str, *, names: dict[str, str] | None = None, keep_wrapper: bool = False,
                  keep_absolute: bool = False, path: str = "<string>") -> str:
    """Numba's assembly in, assembly with no reference to Python out.
    Raises AsmError (InputError when there is no Numba function)."""
    module = parse(text, path)
    return strip_module(module, names=names, keep_wrapper=keep_wrapper, keep_absolute=keep_absolute).text
