"""What only the compiling process knew, handed to the passes.

Compiling `FILE.py:FUNC` in-process shows things the assembly has lost:
what each exception prints, asked of the user's own classes (exctext), and
the constants of each function's Environment (print() of an array reads
its dtype there). compiler.Params carries them per overload from the
front end to build; this is the one place that turns them into the typed
Context fields the passes read. Plain tuples of names (assembly inputs)
carry nothing: the passes then work from the assembly alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..passes.manager import Context


def pass_context(param_names: Mapping | None, **fields) -> Context:
    """A Context holding every overload's facts, plus `fields`."""
    overloads = list((param_names or {}).values())
    ctx = Context(exception_texts={k: t for p in overloads for k, t in getattr(p, "exceptions", {}).items()},
                  environments={e: c for p in overloads for e, c in getattr(p, "environments", {}).items()},
                  **fields)
    # An exception whose message only Python could compute prints its class.
    ctx.notes.extend(sorted({f"warning: {t.why}" for t in ctx.exception_texts.values() if t.why}))
    return ctx
