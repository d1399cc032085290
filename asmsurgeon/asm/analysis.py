"""Read-only facts about a module: symbols, where each one's code or data
lies, and who refers to whom.

Every function here is a plain function of a Module; `cached(fn, module)`
computes each once per (immutable) module, for passes (through
`Context.analysis`) and everyone else alike.

Ownership is the idea everything else rests on. Each line belongs to the
*owner* above it: the last label that starts a new entity. Assembler-local
labels (`.LBB0_3`, `.Lfunc_end0`) continue their owner when they sit in
the owner's section and start their own entity when they do not (a
constant pool `.LCPI0_0` in `.rodata.cst8`, a GCC string `.LC0`, a jump
table): that is what makes reachability through them work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .nodes import Module

# Directives that state a fact about the symbols in their arguments.
_BINDING = {".globl": "global", ".global": "global", ".weak": "weak", ".local": "local"}
_VISIBILITY = {".hidden", ".protected", ".internal"}
_SECTION_ALIASES = {".text": ".text", ".data": ".data", ".bss": ".bss"}
# Directives that say something about a symbol without using it: `.size f`
# does not keep f alive, and `.type .const.x` above the label of .const.x is
# not a use by whatever entity precedes it.
# `.loc 1 5 3 is_stmt 0 view .LVU3 discriminator 1` names no symbol at all:
# its option keywords only look like ones.
_BOOKKEEPING = {*_BINDING, *_VISIBILITY, ".type", ".size", ".comm", ".lcomm", ".loc", ".loc_view"}
# Preamble directives that belong to the definition that follows them.
_PREAMBLE = {".globl", ".global", ".weak", ".local", ".hidden", ".protected", ".internal",
             ".type", ".p2align", ".align", ".balign"}


@dataclass
class Symbol:
    name: str
    defined: bool = False
    binding: str = "local"  # global, weak or local
    type: str | None = None  # function, object, ...
    section: str | None = None  # where its label sits; "*COM*" for .comm
    line: int | None = None  # index of the defining line
    visibility: str | None = None
    common_size: int | None = None

    @property
    def is_assembler_local(self) -> bool:
        return self.name.startswith(".L")


@dataclass
class Extent:
    """Lines [start, stop) that make up one entity, its preamble included."""

    name: str
    start: int
    label: int
    stop: int


@dataclass
class ModuleInfo:
    symbols: dict[str, Symbol]
    # line index -> name of the entity owning it (None outside any entity)
    owners: list[str | None]
    sections: list[str]  # line index -> current section at that line
    extents: dict[str, Extent] = field(default_factory=dict)
    refs: dict[str | None, set[str]] = field(default_factory=dict)

    def referrers(self, name: str) -> set[str | None]:
        return {owner for owner, targets in self.refs.items() if name in targets}

    @property
    def functions(self) -> list[str]:
        return [s.name for s in self.symbols.values() if s.type == "function" and s.defined]

    @property
    def undefined(self) -> list[str]:
        return sorted(s.name for s in self.symbols.values() if not s.defined and not s.is_assembler_local)


def _section_of(directive: str, args: list[str], stack: list[str], current: str, previous: str) -> tuple[str, str]:
    if directive in _SECTION_ALIASES:
        return _SECTION_ALIASES[directive], current
    if directive == ".section" and args:
        return args[0].strip('"'), current
    if directive == ".pushsection" and args:
        stack.append(current)
        return args[0].strip('"'), current
    if directive == ".popsection" and stack:
        return stack.pop(), current
    if directive == ".previous":
        return previous, current
    return current, previous


# id(module) -> (module, {analysis: result}), most recently used last. The
# module is held so its id cannot be reused while the entry lives; modules
# are immutable, so a result never goes stale and nothing is invalidated.
_recent: dict[int, tuple[Module, dict]] = {}
_KEPT = 8


def cached(fn: Callable[[Module], Any], module: Module) -> Any:
    """fn(module), computed once per module object (for the last few)."""
    entry = _recent.pop(id(module), None)
    if entry is None or entry[0] is not module:
        entry = (module, {})
        while len(_recent) >= _KEPT:
            del _recent[next(iter(_recent))]
    _recent[id(module)] = entry
    results = entry[1]
    if fn not in results:
        results[fn] = fn(module)
    return results[fn]


def module_info(module: Module) -> ModuleInfo:
    """Symbols, owners, sections, extents and references in one walk."""
    symbols: dict[str, Symbol] = {}

    def sym(name: str) -> Symbol:
        s = symbols.get(name)
        if s is None:
            s = symbols[name] = Symbol(name)
        return s

    owners: list[str | None] = []
    sections: list[str] = []
    section, previous, stack = ".text", ".text", []
    owner: str | None = None
    owner_section: str | None = None
    typed: set[str] = set()
    refs: dict[str | None, set[str]] = {}
    size_line: dict[str, int] = {}

    # Types are often declared after use in the file; collect them first so
    # a label knows at once whether it starts an entity.
    for line in module.lines:
        if line.first_word() == ".type" and line.shape.symbols:
            typed.add(next(line.symbol_spans())[0])

    for i, line in enumerate(module.lines):
        word = line.first_word()
        if word and word[0] == "." and (word in _SECTION_ALIASES or word in (".section", ".pushsection", ".popsection", ".previous")):
            d = line.first_statement()
            section, previous = _section_of(word, d.arg_texts(), stack, section, previous)
        for name, _, _, is_def in line.symbol_spans():
            if is_def:
                s = sym(name)
                s.defined, s.section, s.line = True, section, i
                if not name.startswith(".L") or name in typed or section != owner_section:
                    owner, owner_section = name, section
        if word:
            _directive_facts(line, word, sym, size_line, i)
        owners.append(owner)
        sections.append(section)
        if word in _BOOKKEEPING:
            continue
        for name, _, _, is_def in line.symbol_spans():
            if not is_def:
                sym(name)
                refs.setdefault(owner, set()).add(name)
    info = ModuleInfo(symbols, owners, sections, refs=refs)
    info.extents = _extents(module, info, size_line)
    return info


def _directive_facts(line, word: str, sym, size_line: dict[str, int], i: int) -> None:
    if word in (".set", ".equ", ".equiv"):  # `.set f, g` defines f (how cc spells an ifunc)
        names = [n for n, _, _, d in line.symbol_spans()]
        if names and not sym(names[0]).defined:
            s = sym(names[0])
            s.defined, s.line = True, i
        return
    if word in _BINDING or word in _VISIBILITY or word in (".type", ".size", ".comm", ".lcomm"):
        names = [n for n, _, _, d in line.symbol_spans() if not d]
        if not names:
            return
        if word in _BINDING:
            for n in names:
                sym(n).binding = _BINDING[word]
        elif word in _VISIBILITY:
            for n in names:
                sym(n).visibility = word[1:]
        elif word == ".type":
            d = line.first_statement()
            args = d.arg_texts()
            if len(args) > 1:
                sym(names[0]).type = args[1].lstrip("@%\"").rstrip('"')
        elif word == ".size":
            size_line[names[0]] = i
        else:  # .comm / .lcomm: a definition without a label
            s = sym(names[0])
            s.defined, s.section, s.line = True, "*COM*", i
            if word == ".lcomm":
                s.binding = "local"
            elif s.binding == "local":
                s.binding = "global"
            args = line.first_statement().arg_texts()
            if len(args) > 1 and args[1].isdigit():
                s.common_size = int(args[1])


def _extents(module: Module, info: ModuleInfo, size_line: dict[str, int]) -> dict[str, Extent]:
    """Where each owner's lines are: its owned lines, the preamble
    directives just above its label, and a trailing `.size`/`.cfi_endproc`."""
    extents: dict[str, Extent] = {}
    owners = info.owners
    lines = module.lines
    n = len(lines)
    i = 0
    while i < n:
        name = owners[i]
        if name is None or (i > 0 and owners[i - 1] == name):
            i += 1
            continue
        label = info.symbols[name].line if name in info.symbols else i
        stop = i
        while stop < n and owners[stop] == name:
            stop += 1
        # Owned lines can run past the entity's end (section switches and the
        # next entity's preamble come before its label): cut at `.size` plus
        # an immediately following `.cfi_endproc`, if the entity has one.
        end = size_line.get(name)
        if end is not None and label <= end < stop:
            stop = end + 1
            while stop < n and lines[stop].first_word() == ".cfi_endproc":
                stop += 1
        else:
            # No .size: stop before the preamble of whatever comes next.
            while stop - 1 > label and _is_preamble(lines[stop - 1]):
                stop -= 1
        start = label
        while start > 0 and owners[start - 1] != name and _is_preamble(lines[start - 1]) and _about(lines[start - 1], name):
            start -= 1
        extents[name] = Extent(name, start, label, stop)
        i = max(stop, i + 1)
    return extents


def _is_preamble(line) -> bool:
    return line.first_word() in _PREAMBLE and len(line.shape.stmts) == 1


def _about(line, name: str) -> bool:
    """A preamble line belongs to `name` if it names it or names nothing
    (`.p2align 4`)."""
    names = [n for n, _, _, _ in line.symbol_spans()]
    return not names or name in names


def reachable(info: ModuleInfo, roots: set[str]) -> set[str]:
    """Every symbol reachable from `roots` through references."""
    seen: set[str] = set()
    todo = [r for r in roots]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(info.refs.get(n, ()))
    return seen
