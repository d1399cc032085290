"""One line's text to its Shape: the callbacks that run inside the LALR
parse, and the trie that lets most lines skip the parse.

The parse itself runs lark's LALR tables for `grammars/gas.lark` (built by
lark once per user and cached, see tables.py) through `lalr.Driver`; the
callbacks build a shape straight from token indices: no lark import, no
parse tree, no second walk. Lines are parsed as templates (digits 2-9 read
as 1, see parser.py), so nothing here may depend on which digit it sees.

A parse depends only on the sequence of token types (and on the name of a
string or section directive), so each sequence is parsed once and kept as
a recipe in a trie; a later line with the same types is only lexed.
"""

from __future__ import annotations

import functools
import re

from . import lalr
from .nodes import LOCALDEF, SYM, SYMDEF, Shape, Span, StmtShape

DIGITS = str.maketrans("23456789", "11111111")

# Directives whose quoted arguments are text, not quoted symbol names.
_STRING_DIRECTIVES = frozenset(
    d.translate(DIGITS)
    for d in (
        ".ascii .asciz .string .string8 .string16 .string32 .string64 .base64 .file "
        ".ident .incbin .include .print .warning .error .title .sbttl .stabs .stabn .stabd"
    ).split()
)
_SECTION_DIRECTIVES = frozenset({".section", ".pushsection"})


class LineSyntaxError(Exception):
    """A line the grammar rejects, at offset `pos` of the line."""

    def __init__(self, pos: int, message: str):
        super().__init__(message)
        self.pos = pos
        self.message = message


# The leaf kind of each token type unless a rule says otherwise.
_TOKEN_KINDS = {
    "NUMBER": "num",
    "FLOATLIT": "num",
    "LOCALREF": "localref",
    "DOT": "dot",
    "STRING": "str",
    "REGISTER": "reg",
    "ATNAME": "reloc",
    "DECOR": "decor",
    "PREFIX": "prefix",
    "MINUS": "op",
    "PLUS": "op",
    "STAR": "op",
    "TILDE": "op",
    "BANG": "op",
    "BINOP": "op",
    "COMMA": "comma",
    "WS": "ws",
    "LINE_COMMENT": "comment",
    "BLOCK_COMMENT": "comment",
}
_SYMBOL_TYPES = frozenset({"NAME", "DOTNAME", "STRING"})


class _Ctx:
    """One parse's state, handed to every callback: the template text,
    every token (trivia included) and the kinds rules gave tokens."""

    __slots__ = ("text", "toks", "kinds")

    def __init__(self, text: str):
        self.text = text
        self.toks: list[tuple[str, int, int]] = []
        self.kinds: dict[int, str] = {}


# Callbacks, one per rule. Terminals arrive as token indices; expressions
# come back as (first, last) token index ranges (flat: passes only need the
# symbols in them, and a range cannot overflow the stack however deep the
# parentheses go); operands as (kind, first, last); statements as
# (kind, first, stop, head, groups) with stop one past the last token.

def _atom(ctx: _Ctx, c: list):
    first = c[0]
    if type(first) is int and ctx.toks[first][0] in _SYMBOL_TYPES:
        ctx.kinds[first] = SYM
    return (_lo(first), _hi(c[-1]))


def _lo(v) -> int:
    return v if type(v) is int else v[0]


def _hi(v) -> int:
    return v if type(v) is int else v[-1]


def _range(ctx: _Ctx, c: list):
    return (_lo(c[0]), _hi(c[-1]))


def _operand_kind(kind: str):
    def fn(ctx: _Ctx, c: list):
        return (kind, _lo(c[0]), _hi(c[-1]))

    return fn


def _operand(ctx: _Ctx, c: list):
    kind, lo, hi = c[0]
    return (kind, lo, _hi(c[-1]) if len(c) > 1 else hi)


def _label(ctx: _Ctx, c: list):
    name, colon = c
    ctx.kinds[name] = LOCALDEF if ctx.toks[name][0] == "NUMBER" else SYMDEF
    return ("label", name, colon + 1, name, ())


def _directive(ctx: _Ctx, c: list):
    head = c[0]
    last = _hi(c[-1])
    kinds, toks = ctx.kinds, ctx.toks
    kinds[head] = "directive"
    _, start, end = toks[head]
    name = ctx.text[start:end]
    if name in _STRING_DIRECTIVES:
        # Quoted arguments are text; an unquoted name (`.file 1 "a" md5 0x..`)
        # stays a symbol.
        for i in range(head + 1, last + 1):
            if toks[i][0] == "STRING" and kinds.get(i) == SYM:
                kinds[i] = "str"
    elif name in _SECTION_DIRECTIVES:
        # `.section NAME, "flags", @type, group, comdat`: the name is a
        # section, later words are flags; none of them is a symbol reference.
        arg = 0
        for i in range(head + 1, last + 1):
            if toks[i][0] == "COMMA":
                arg += 1
            elif kinds.get(i) == SYM:
                kinds[i] = "section" if arg == 0 else "flag"
    return ("directive", head, last + 1, head, ())


def _instruction(ctx: _Ctx, c: list):
    head = c[0]
    last = head
    groups = []
    for x in c:
        if type(x) is int:
            last = x
            if ctx.toks[x][0] == "NAME":
                head = x
                ctx.kinds[x] = "mnemonic"
        else:  # the operand list
            for op in x:
                if type(op) is int:
                    last = op
                else:
                    groups.append((op[0], op[1], op[2] + 1))
                    last = op[2]
    return ("instruction", c[0], last + 1, head, tuple(groups))


def _start(ctx: _Ctx, c: list):
    for x in c:
        if type(x) is int:  # ';'
            ctx.kinds[x] = "sep"
    return c


_CALLBACKS = {
    "atom": _atom,
    "unary": _range,
    "expr": _range,
    "register": _operand_kind("register"),
    "direct": _operand_kind("direct"),
    "memory": _operand_kind("memory"),
    "segmented": _operand_kind("segmented"),
    "immediate": _operand_kind("immediate"),
    "indirect": _operand_kind("indirect"),
    "operand": _operand,
    "operands": lambda ctx, c: c,
    "label": _label,
    "directive": _directive,
    "instruction": _instruction,
    "stmt": lambda ctx, c: c,
    "start": _start,
}


@functools.cache
def _driver() -> lalr.Driver:
    from . import tables

    return lalr.Driver(tables.load(), _CALLBACKS)


def _describe(exc: Exception, content: str) -> LineSyntaxError:
    opened = open_comment_at(content)
    if opened is not None:  # lexed as '/' '*', which would be a confusing report
        return LineSyntaxError(opened, "unterminated comment")
    if isinstance(exc, lalr.UnexpectedCharacters):
        pos = exc.pos
        ch = content[pos]
        if ch == '"':
            msg = "unterminated string"
        elif content.startswith("/*", pos):
            msg = "unterminated comment"
        elif "\udc80" <= ch <= "\udcff":
            msg = f"byte 0x{ord(ch) - 0xDC00:02x} is not valid UTF-8 here (binary data?)"
        elif ch < " " or ch == "\x7f":
            msg = f"unexpected control character {ch!r} (binary data?)"
        else:
            msg = f"unexpected character {ch!r}"
        return LineSyntaxError(pos, msg)
    assert isinstance(exc, lalr.UnexpectedToken)
    if exc.type == lalr.END:
        return LineSyntaxError(len(content), "unexpected end of line" + _expected(exc))
    return LineSyntaxError(exc.start, f"unexpected {content[exc.start:exc.end]!r}" + _expected(exc))


_FRIENDLY = {
    "NAME": "a name", "DOTNAME": "a name", "NUMBER": "a number", "STRING": "a string",
    "REGISTER": "a register", "LPAR": "'('", "RPAR": "')'", "COMMA": "','", "COLON": "':'",
    "DOLLAR": "'$'", "MINUS": "'-'", "STAR": "'*'",
}


def _expected(exc: lalr.UnexpectedToken) -> str:
    names = sorted({_FRIENDLY[e] for e in exc.expected if e in _FRIENDLY})
    return f" (expected {', '.join(names)})" if names else ""


# Spans are interned: a handful of (kind, start, end) triples make up most
# shapes, so sharing them saves memory and construction time.
_spans: dict[tuple[str, int, int], Span] = {}


class _Recipe:
    """What a parse makes of one sequence of token types, in terms of
    significant-token ordinals: a leaf kind per token and the statements.
    The parse depends on the types alone (and on a directive's name, which
    is part of the key for the directives that matter), so lines that
    differ in names, numbers and spacing share one recipe."""

    __slots__ = ("kinds", "stmts")

    def __init__(self, kinds: list[str], stmts: list[tuple]):
        self.kinds = kinds
        self.stmts = stmts


class _Node:
    """A trie node: a sequence of significant token types seen so far, the
    parser state that follows it (which decides how the next token is
    lexed), and its recipe if a line ended here."""

    __slots__ = ("state", "next", "recipe")

    def __init__(self):
        self.state: int | None = None
        self.next: dict[str, _Node] = {}
        self.recipe: _Recipe | None = None


_trie = _Node()
_SPECIAL_DIRECTIVES = _STRING_DIRECTIVES | _SECTION_DIRECTIVES


def _walk(content: str):
    """Lex `content` along the trie; (tokens, significant indices, recipe),
    or None when this sequence of types has not been parsed yet."""
    node = _trie
    driver = _driver()
    ignore = driver.ignore
    accepts = driver.accepts
    root = driver.root
    if len(root) != 1:
        return None
    root = root[0]
    toks: list = []
    sig: list = []
    pos = 0
    n = len(content)
    while pos < n:
        state = node.state
        if state is None:
            return None
        m = root.match(content, pos)
        if m is None:
            return None
        typ = m.lastgroup
        if typ not in accepts[state]:
            return None
        end = m.end()
        if typ not in ignore:
            key = typ
            if typ == "DOTNAME" and content[pos:end] in _SPECIAL_DIRECTIVES:
                key = content[pos:end]
            node = node.next.get(key)
            if node is None:
                return None
            sig.append(len(toks))
        toks.append((typ, pos, end))
        pos = end
    if node.recipe is None:
        return None
    return toks, sig, node.recipe


def _parse_fully(content: str, text: str):
    """Run the LALR driver and remember what it found in the trie."""
    driver = _driver()
    ctx = _Ctx(content)
    lex_states: list[int] = []
    try:
        result = driver.parse(content, ctx, ctx.toks, lex_states)
    except (lalr.UnexpectedCharacters, lalr.UnexpectedToken) as e:
        # Positions are the same in the template; the text quoted is the line's own.
        raise _describe(e, text[:len(content)]) from None
    toks = ctx.toks
    ignore = driver.ignore
    sig = [i for i, t in enumerate(toks) if t[0] not in ignore]
    ordinal = {i: k for k, i in enumerate(sig)}
    kinds = [ctx.kinds.get(i) or _TOKEN_KINDS.get(toks[i][0], "punct") for i in sig]
    stmts = [
        (kind, ordinal[first], ordinal[stop - 1] + 1, ordinal[head],
         tuple((g, ordinal[lo], ordinal[hi - 1] + 1) for g, lo, hi in groups))
        for item in result if type(item) is not int
        for kind, first, stop, head, groups in item
    ]
    recipe = _Recipe(kinds, stmts)
    node = _trie
    node.state = driver.start
    for _k, i in enumerate(sig):
        typ, start, end = toks[i]
        key = typ
        if typ == "DOTNAME" and content[start:end] in _SPECIAL_DIRECTIVES:
            key = content[start:end]
        child = node.next.get(key)
        if child is None:
            child = node.next[key] = _Node()
        if child.state is None and i + 1 < len(toks):
            child.state = lex_states[i + 1]
        node = child
    node.recipe = recipe
    return toks, sig, recipe


def build_shape(template: str, text: str, content_len: int) -> Shape:
    """The shape of `template` (a line's text with digits 2-9 as 1) of
    which the first `content_len` characters are the content; `text` is
    the line itself, for error messages. Raises LineSyntaxError."""
    content = template[:content_len]
    got = _walk(content)
    if got is None:
        got = _parse_fully(content, text)
    toks, sig, recipe = got
    kinds: list = [None] * len(toks)
    for k, i in enumerate(sig):
        kinds[i] = recipe.kinds[k]
    spans = []
    symbols = []
    intern = _spans
    for i, (typ, start, end) in enumerate(toks):
        kind = kinds[i] or _TOKEN_KINDS[typ]
        if kind == SYM or kind == SYMDEF:
            symbols.append(i)
        key = (kind, start, end)
        span = intern.get(key)
        if span is None:
            span = intern[key] = Span(kind, start, end)
        spans.append(span)
    if len(template) > content_len:
        spans.append(Span("newline", content_len, len(template)))
    stmts = tuple(
        StmtShape(kind, sig[first], sig[stop - 1] + 1, sig[head],
                  tuple((g, sig[lo], sig[hi - 1] + 1) for g, lo, hi in groups))
        for kind, first, stop, head, groups in recipe.stmts
    )
    return Shape(tuple(spans), stmts, tuple(symbols))


def clear() -> None:
    """Forget interned spans and parsed recipes (to bound memory)."""
    _spans.clear()
    _trie.next.clear()


_OPEN_COMMENT = re.compile(r'"(?:\\.|[^"\\\n])*"|#[^\n]*|/\*.*?\*/|(/\*)', re.S)


def open_comment_at(chunk: str, pos: int = 0, endpos: int | None = None) -> int | None:
    """Offset of the first /* in chunk[pos:endpos] that is not closed there
    (outside strings and # comments): everything after it is comment."""
    endpos = len(chunk) if endpos is None else endpos
    if chunk.find("/*", pos, endpos) < 0:
        return None
    for m in _OPEN_COMMENT.finditer(chunk, pos, endpos):
        if m.group(1) is not None:
            return m.start()
    return None
