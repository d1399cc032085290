"""The lossless syntax tree.

A `Module` is a tuple of `Line`s; a `Line` keeps its exact text (terminator
included) and a `Shape`: the parse of that text as spans. Shapes are shared
between every line with the same layout (see `parser.py`), which is what
makes parsing megabytes of compiler output cheap; the text-bearing nodes
(`Label`, `Directive`, `Instruction`, `Operand`, `Leaf`) are built from a
shape only when somebody looks at them.

Every byte of a line belongs to exactly one leaf: tokens, whitespace,
comments, separators and the line terminator alike. Printing a tree is
concatenating its leaves, so an untouched tree prints its input back byte
for byte. Nodes are frozen; an edit builds new nodes (`Line.edit`,
`Module.replace_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# Leaf kinds. Trivia kinds are the ones a printer passes through untouched.
SYM = "sym"  # a symbol reference: operand, expression, directive argument
SYMDEF = "symdef"  # a label that defines a symbol
LOCALDEF = "localdef"  # a numeric local label definition, `1:`
TRIVIA_KINDS = frozenset({"ws", "comment", "newline"})
SYMBOL_KINDS = frozenset({SYM, SYMDEF})


@dataclass(frozen=True, slots=True)
class Leaf:
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """A leaf of a shared shape: a kind and a range of the line's text."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StmtShape:
    """One statement of a shape: which leaves it covers and how they group.

    `groups` holds operand ranges for instructions: (kind, first, last+1)
    indices into the line's leaves.
    """

    kind: str  # "label", "directive" or "instruction"
    first: int
    stop: int
    head: int  # index of the name leaf: label name, directive or mnemonic
    groups: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Shape:
    spans: tuple[Span, ...]
    stmts: tuple[StmtShape, ...]
    # Indices of spans that name symbols (references and definitions), kept
    # apart because renaming and the symbol table look at nothing else.
    symbols: tuple[int, ...]


def _unquote(text: str) -> str:
    """The name GNU as reads from a quoted spelling: only `\\"` and `\\\\`
    are escapes; any other backslash stays in the name (as 2.40 warns
    "'\\n' in quoted symbol name" and keeps `\\n`), so LLVM's `".const.\\n"`
    is the symbol `.const.\\n`, not `.const.n`."""
    if not text.startswith('"'):
        return text
    body = text[1:-1]
    if "\\" not in body:
        return body
    return re.sub(r'\\([\\"])', r"\1", body)


def symbol_name(text: str) -> str:
    """The name a symbol token denotes: quotes and escapes removed."""
    return _unquote(text)


@dataclass(frozen=True, slots=True)
class Node:
    """A statement or operand: a run of leaves with a meaning."""

    leaves: tuple[Leaf | Operand, ...]

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.leaves)

    def tokens(self) -> Iterator[Leaf]:
        """Leaves that are not trivia, operands flattened."""
        for c in self.leaves:
            if isinstance(c, Operand):
                yield from c.tokens()
            elif c.kind not in TRIVIA_KINDS:
                yield c

    def symbols(self) -> list[str]:
        return [symbol_name(t.text) for t in self.tokens() if t.kind in SYMBOL_KINDS]


@dataclass(frozen=True, slots=True)
class Label(Node):
    name_leaf: Leaf = field(default=Leaf("symdef", ""))

    @property
    def name(self) -> str:
        return symbol_name(self.name_leaf.text)


@dataclass(frozen=True, slots=True)
class Directive(Node):
    name: str = ""

    @property
    def args(self) -> tuple[tuple[Leaf, ...], ...]:
        """Arguments split at top-level commas, trivia dropped; `.p2align 4,,10`
        gives three arguments, the middle one empty."""
        args: list[list[Leaf]] = [[]]
        toks = list(self.tokens())[1:]
        depth = 0
        for t in toks:
            if t.kind == "comma" and depth == 0:
                args.append([])
                continue
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            args[-1].append(t)
        if args == [[]]:
            return ()
        return tuple(tuple(a) for a in args)

    def arg_texts(self) -> list[str]:
        return ["".join(t.text for t in a) for a in self.args]


@dataclass(frozen=True, slots=True)
class Operand(Node):
    """One instruction operand; the readers below are how passes look at
    operands (never regular expressions over the line's text)."""

    # "register", "immediate", "memory", "direct", "indirect", "segmented"
    kind: str = ""

    @property
    def register(self) -> str | None:
        """`%rsp` for a register operand, and for `*%rax` the register jumped through."""
        toks = [t for t in self.tokens() if t.text != "*"]
        if self.kind in ("register", "indirect") and len(toks) == 1 and toks[0].kind == "reg":
            return toks[0].text
        return None

    @property
    def immediate(self) -> int | None:
        """The value of a numeric immediate (`$40`, `$-8`, `$0x10`); None
        for anything else (`$sym`)."""
        return _number(list(self.tokens())[1:]) if self.kind == "immediate" else None

    def memory(self) -> tuple[int, str | None, str | None, int] | None:
        """(displacement, base, index, scale) of `disp(base,index,scale)`
        with a numeric (or absent) displacement; None for anything else."""
        toks = list(self.tokens())
        if self.kind != "memory" or not toks or toks[-1].text != ")" or "(" not in [t.text for t in toks]:
            return None
        open_at = [t.text for t in toks].index("(")
        disp = _number(toks[:open_at]) if open_at else 0
        inner = [[]]
        for t in toks[open_at + 1:-1]:
            if t.kind == "comma":
                inner.append([])
            else:
                inner[-1].append(t)
        regs = [part[0].text if len(part) == 1 and part[0].kind == "reg" else None for part in inner[:2]]
        scale = _number(inner[2]) if len(inner) > 2 else 1
        if disp is None or scale is None or len(inner) > 3 or any(
                part and r is None for part, r in zip(inner[:2], regs)):
            return None
        return disp, regs[0], regs[1] if len(regs) > 1 else None, scale

    @property
    def symbol_plus(self) -> tuple[str, str] | None:
        """An immediate `$sym`, `$sym+8`, `$sym - 0x10` as (sym, addend) in
        the source's spelling (`"+8"`, `"-0x10"`, `""`); None otherwise."""
        toks = list(self.tokens())[1:] if self.kind == "immediate" else []
        if not toks or toks[0].kind != SYM:
            return None
        if len(toks) == 1:
            return toks[0].text, ""
        if toks[1].text in ("+", "-") and _number(toks[2:]) is not None:
            return toks[0].text, "".join(t.text for t in toks[1:])
        return None


def _number(toks) -> int | None:
    """`16`, `-16`, `0x10` from their tokens; None for anything else."""
    sign = 1
    if len(toks) == 2 and toks[0].text == "-":
        sign, toks = -1, toks[1:]
    if len(toks) != 1 or toks[0].kind != "num":
        return None
    try:
        return sign * int(toks[0].text, 0)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Instruction(Node):
    mnemonic: str = ""
    prefixes: tuple[str, ...] = ()

    @property
    def operands(self) -> tuple[Operand, ...]:
        return tuple(c for c in self.leaves if isinstance(c, Operand))


Statement = Label | Directive | Instruction


def _materialize(text: str, shape: Shape) -> tuple[tuple[Leaf, ...], tuple[Statement, ...]]:
    leaves = tuple(Leaf(s.kind, text[s.start : s.end]) for s in shape.spans)
    stmts: list[Statement] = []
    for st in shape.stmts:
        head = leaves[st.head]
        if st.kind == "label":
            stmts.append(Label(leaves[st.first : st.stop], head))
        elif st.kind == "directive":
            stmts.append(Directive(leaves[st.first : st.stop], head.text))
        else:
            children: list = []
            i = st.first
            for kind, lo, hi in st.groups:
                children.extend(leaves[i:lo])
                children.append(Operand(leaves[lo:hi], kind))
                i = hi
            children.extend(leaves[i : st.stop])
            prefixes = tuple(leaves[k].text for k in range(st.first, st.head) if leaves[k].kind in ("prefix", "decor"))
            stmts.append(Instruction(tuple(children), head.text, prefixes))
    return leaves, tuple(stmts)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of source, terminator included (a /* */ comment can make a
    line span several physical lines)."""

    text: str
    shape: Shape = field(repr=False, compare=False)
    _built_nodes: tuple | None = field(default=None, repr=False, compare=False)

    def _built(self):
        # Built on first use and kept: a Line is immutable, so the nodes
        # made from it are too, and most lines are never looked into.
        if self._built_nodes is None:
            object.__setattr__(self, "_built_nodes", _materialize(self.text, self.shape))
        return self._built_nodes

    @property
    def leaves(self) -> tuple[Leaf, ...]:
        return self._built()[0]

    @property
    def statements(self) -> tuple[Statement, ...]:
        return self._built()[1]

    def symbol_spans(self) -> Iterator[tuple[str, int, int, bool]]:
        """(name, start, end, is_definition) for each symbol token."""
        spans = self.shape.spans
        text = self.text
        for i in self.shape.symbols:
            s = spans[i]
            yield symbol_name(text[s.start : s.end]), s.start, s.end, s.kind == SYMDEF

    def labels(self) -> list[str]:
        return [name for name, _, _, is_def in self.symbol_spans() if is_def]

    def first_word(self) -> str:
        """The directive name or mnemonic of the line's first non-label
        statement, or '' — the cheap question most analyses ask."""
        for st in self.shape.stmts:
            if st.kind != "label":
                s = self.shape.spans[st.head]
                return self.text[s.start : s.end]
        return ""

    def first_statement(self) -> Statement | None:
        """The statement first_word() names. A line can hold several
        (`.section .x; nop`), so the last one is not necessarily it."""
        for st in self.statements:
            if not isinstance(st, Label):
                return st
        return None

    def statement_kinds(self) -> tuple[str, ...]:
        return tuple(st.kind for st in self.shape.stmts)


@dataclass(frozen=True, slots=True)
class Module:
    lines: tuple[Line, ...]
    path: str = "<stdin>"

    @property
    def text(self) -> str:
        return "".join([line.text for line in self.lines])

    def replace_lines(self, lines) -> Module:
        return Module(tuple(lines), self.path)
