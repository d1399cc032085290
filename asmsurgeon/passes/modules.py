"""Several LLVM modules in one file, made into one that assembles.

`for v in f.inspect_asm().values(): out.write(v)` writes one module per
signature, each starting with `.file`. Every module numbers its local
labels from zero and names its private constants alike (`.Lfunc_end0`,
`.LBB1_2`, `.const.add`), and each carries its own copy of weak helpers
such as `NRT_decref`. So: split at each module's `.file`, give local names
defined in more than one module a per-module suffix, and keep one copy of
each global or weak definition when the copies are the same code (a
dynamic exception's `__excinfo_unwrap_args*`, named after its types, is
renamed instead when the copies differ).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.nodes import Line, Module
from ..errors import InputError
from .exceptions import UNWRAP_ARGS
from .manager import Context
from .rename import rename_symbols

_LOCAL_LABEL = re.compile(r"\.L[A-Za-z0-9_.$]*")


def split_modules(lines: tuple[Line, ...], starts: set[int] = frozenset()) -> list[list[Line]]:
    """Cut before every `.file` line that follows one already seen, and at
    the given line indices (where a new input file begins)."""
    chunks: list[list[Line]] = [[]]
    seen_file = False
    for i, line in enumerate(lines):
        is_file = line.first_word() == ".file"
        if chunks[-1] and (i in starts or (is_file and seen_file)):
            chunks.append([])
            seen_file = False
        seen_file = seen_file or is_file
        chunks[-1].append(line)
    return chunks


def _normalized(lines) -> str:
    """A definition's text with local label names blanked, so two modules'
    copies of one function compare equal whatever their label numbering."""
    return _LOCAL_LABEL.sub(".L", "".join(line.text for line in lines))


@dataclass
class MergeModules:
    """Split at module boundaries, uniquify, deduplicate, rejoin.

    `starts` holds the line indices where another input file begins."""

    starts: frozenset[int] = frozenset()
    name: str = "merge-modules"

    def run(self, module: Module, ctx: Context) -> Module:
        chunks = split_modules(module.lines, set(self.starts))
        if len(chunks) == 1:
            return module
        parts = [Module(tuple(c), module.path) for c in chunks]
        infos = [module_info(p) for p in parts]
        defined_in: dict[str, int] = {}
        for info in infos:
            for s in info.symbols.values():
                if s.defined:
                    defined_in[s.name] = defined_in.get(s.name, 0) + 1
        taken = set(defined_in)
        out: list[Line] = []
        kept_globals: dict[str, str] = {}
        for k, (part, info) in enumerate(zip(parts, infos)):
            drop: set[int] = set()
            mapping: dict[str, str] = {}
            for s in info.symbols.values():
                if not s.defined or defined_in[s.name] < 2:
                    continue
                if s.binding == "local":
                    if k > 0:
                        mapping[s.name] = _fresh(f"{s.name}.m{k}", taken)
                    continue
                ext = info.extents.get(s.name)
                body = _normalized(part.lines[ext.start:ext.stop]) if ext else part.lines[s.line].text
                if s.name not in kept_globals:
                    kept_globals[s.name] = body
                elif kept_globals[s.name] == body:
                    drop.update(range(ext.start, ext.stop) if ext else (s.line,))
                    ctx.explain_note(f"merged: {s.name}: defined identically in several modules, one copy kept")
                elif s.name.startswith(UNWRAP_ARGS):
                    # Named after the values' types, but each copy reads its own
                    # module's environment: only that module's raises call it.
                    mapping[s.name] = _fresh(f"{s.name}.m{k}", taken)
                else:
                    raise InputError(module.path, f"two different definitions of {s.name!r} in the modules of this file")
            if mapping:
                part = rename_symbols(part, mapping)
            out.extend(line for i, line in enumerate(part.lines) if i not in drop)
        return module.replace_lines(out)


def _fresh(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate
