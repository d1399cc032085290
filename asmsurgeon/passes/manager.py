"""Passes and the manager that runs them, after Numba's pass manager.

A pass is a small object with a `name` and `run(module, ctx) -> Module`.
Modules are immutable, so "did the pass change anything" is an identity
check, and analyses are cached per module object: a pass that returns a new
module gets fresh analyses on the next request, one that returns its input
keeps the old ones. There is no invalidation protocol to get wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..asm.analysis import cached
from ..asm.nodes import Module
from ..errors import UsageError
from ..numba_abi.environment import Environments
from ..numba_abi.excinfo import ExceptionText


class Pass(Protocol):
    name: str

    def run(self, module: Module, ctx: Context) -> Module: ...


@dataclass
class Context:
    """What passes share, as declared fields: the user's options, what one
    pass tells a later one, and notes for the user."""

    # --explain: passes note each change they make.
    explain: bool = False
    # cfunc symbol -> the C name it was given (name-cfuncs; drop-python keeps them).
    c_functions: dict[str, str] = field(default_factory=dict)
    # symbol -> why nothing needs it any more (decode-exceptions, error-hook;
    # drop-python says so when it removes it).
    orphaned: dict[str, str] = field(default_factory=dict)
    # NumbaEnv symbol -> its Environment's constants, described by the front
    # end that compiled the code (empty for an assembly file); print reads
    # the dtype of each array it boxes there.
    environments: Environments = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # pickle_key -> the line a pickled exception prints, computed by the front
    # end with the user's classes (decode-exceptions; empty for assembly alone).
    exception_texts: dict[str, ExceptionText] = field(default_factory=dict)

    def analysis(self, fn: Callable[[Module], Any], module: Module) -> Any:
        return cached(fn, module)

    def note(self, message: str) -> None:
        self.notes.append(message)

    def explain_note(self, message: str) -> None:
        if self.explain:
            self.notes.append(message)


class PassManager:
    def __init__(self, passes: Sequence[Pass], dump_after: str | None = None,
                 dump: Callable[[str, Module], None] | None = None):
        names = [p.name for p in passes]
        if dump_after is not None and dump_after not in names:
            raise UsageError(f"--dump-after: no pass named {dump_after!r} (passes: {', '.join(names)})")
        self.passes = list(passes)
        self.dump_after = dump_after
        self.dump = dump

    def run(self, module: Module, ctx: Context | None = None) -> Module:
        ctx = ctx or Context()
        for p in self.passes:
            module = p.run(module, ctx)
            if p.name == self.dump_after and self.dump is not None:
                self.dump(p.name, module)
        return module
