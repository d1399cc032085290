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

from ..asm.nodes import Module
from ..errors import UsageError


class Pass(Protocol):
    name: str

    def run(self, module: Module, ctx: Context) -> Module: ...


@dataclass
class Context:
    """What passes share: options, notes for the user, and analyses."""

    options: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # id(module) -> (module, {analysis function: result}); the module is held
    # so its id cannot be reused while the entry lives.
    _analyses: dict[int, tuple[Module, dict]] = field(default_factory=dict)

    def analysis(self, fn: Callable[[Module], Any], module: Module) -> Any:
        entry = self._analyses.get(id(module))
        if entry is None or entry[0] is not module:
            entry = (module, {})
            self._analyses[id(module)] = entry
        results = entry[1]
        if fn not in results:
            results[fn] = fn(module)
        return results[fn]

    def note(self, message: str) -> None:
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
            # Drop analyses of modules no later pass can see.
            ctx._analyses = {k: v for k, v in ctx._analyses.items() if v[0] is module}
            if p.name == self.dump_after and self.dump is not None:
                self.dump(p.name, module)
        return module
