"""Give the C wrappers C names, and remove what only Python needed.

What stays is decided by reachability: the C-named functions, the core
functions and every ordinary global definition are roots; whatever they
reach stays; the CPython wrappers, the `NumbaEnv` commons and whatever only
those reach (argument-parsing strings, a weak helper only the wrapper
called) go, declarations included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..asm.analysis import module_info, reachable
from ..asm.nodes import Line, Module
from ..errors import InputError, UsageError
from ..inventory import provided
from ..numba_abi.demangle import parse_numba_name, readable
from ..numba_abi.families import cfunc_names, families
from ..numba_abi.roles import is_numba_helper, is_python_api
from .manager import Context
from .rename import rename_symbols

PYTHON_ROLES = ("cpython", "env")
_DECLARATIONS = {".globl", ".global", ".weak", ".local", ".hidden", ".protected", ".internal",
                 ".type", ".size", ".comm", ".lcomm"}


def resolve_overrides(cfuncs: dict[str, str], overrides: dict[str, str]) -> dict[str, str]:
    """Apply `--name OLD=NEW`: OLD is a cfunc symbol, a core symbol or a
    default C name."""
    out = dict(cfuncs)
    for old, new in overrides.items():
        hits = [sym for sym, c in cfuncs.items()
                if old in (sym, c) or parse_numba_name(sym).core_symbol == old]
        if not hits:
            raise UsageError(f"--name {old}={new}: no Numba function called {old!r} "
                             f"(C names: {', '.join(sorted(cfuncs.values())) or 'none'})")
        for sym in hits:
            out[sym] = new
    seen: dict[str, str] = {}
    for sym, c in out.items():
        if c in seen:
            raise UsageError(f"two functions would be called {c!r}: {readable(seen[c])} and {readable(sym)}")
        seen[c] = sym
    return out


@dataclass
class NameCFunctions:
    """Rename every `cfunc.*` to its C name (demangle.c_names), with user
    overrides. An input without any Numba function is an error."""

    overrides: dict[str, str] = field(default_factory=dict)
    name: str = "name-cfuncs"

    def run(self, module: Module, ctx: Context) -> Module:
        if not ctx.analysis(families, module):
            raise InputError(module.path, "no Numba function found (expected the assembly of "
                                          "a Numba function, from inspect_asm())")
        mapping = resolve_overrides(cfunc_names(module), self.overrides)
        ctx.c_functions.update(mapping)
        for sym, c in mapping.items():
            ctx.explain_note(f"renamed: {sym} -> {c}  ({readable(sym)})")
        return rename_symbols(module, mapping, ctx.notes)


def roots(info, c_functions) -> set[str]:
    out = set(c_functions)
    for s in info.symbols.values():
        if not s.defined:
            continue
        n = parse_numba_name(s.name)
        if n is not None:
            if n.role not in PYTHON_ROLES and n.role != "cfunc":
                out.add(s.name)
        elif s.binding == "global" and not s.is_assembler_local:
            out.add(s.name)
    return out


@dataclass
class DropPython:
    """Remove every definition the kept functions cannot reach."""

    name: str = "drop-python"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        kept = reachable(info, roots(info, ctx.c_functions.values()))
        # Labels inside an entity (`.Lfunc_end1`, `.LBB1_2`) live and die
        # with it; the entities are the owners, plus `.comm` definitions.
        dead = {s.name for s in info.symbols.values() if s.defined and s.name not in kept
                and (s.name in info.extents or s.section == "*COM*")}
        if not dead:
            return self._check(module, ctx)
        drop: set[int] = set()
        for name in sorted(dead):
            ext = info.extents.get(name)
            if ext is not None and info.symbols[name].section != "*COM*":
                drop.update(range(ext.start, ext.stop))
            else:
                drop.add(info.symbols[name].line)
            ctx.explain_note(f"removed: {name}: {_why(name, info, ctx.orphaned)}")
        out: list[Line] = []
        for i, line in enumerate(module.lines):
            if i in drop:
                continue
            if line.first_word() in _DECLARATIONS and line.shape.symbols:
                if any(n in dead for n, _, _, _ in line.symbol_spans()):
                    continue
            if line.text.strip() == "" and out and out[-1].text.strip() == "" and (i - 1 in drop or i + 1 in drop):
                continue  # no runs of blank lines where definitions were
            out.append(line)
        return self._check(module.replace_lines(out), ctx)

    def _check(self, module: Module, ctx: Context) -> Module:
        from .parallel import LAUNCH  # the runtime's threading layer defines it

        left = [n for n in ctx.analysis(module_info, module).undefined
                if (is_python_api(n) or is_numba_helper(n)) and n != LAUNCH and n not in provided()]
        if left:
            ctx.note(f"warning: {module.path}: still refers to Python: {', '.join(left)} "
                     "(code strip-wrapper does not recognise; please report it)")
        return module


def _why(name: str, info, orphaned: dict[str, str]) -> str:
    n = parse_numba_name(name)
    if n is not None and n.role == "cpython":
        return f"CPython wrapper of {n.readable}"
    if n is not None and n.role == "env":
        return f"Numba environment of {n.readable} (only CPython wrappers use it)"
    users = sorted(u for u in info.referrers(name) if u is not None and u != name)
    if not users:
        return orphaned.get(name, "nothing refers to it")
    return "only used by removed " + ", ".join(users[:3]) + (" ..." if len(users) > 3 else "")
