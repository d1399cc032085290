"""Text to tree: the one LALR parser, and the caches that make it fast.

GNU as is line oriented, so the file is split into lines first (a /* */
comment can hold several physical lines together) and each line is parsed
on its own by the lark grammar in `grammars/gas.lark`. Compiler output
repeats itself relentlessly (`movq %rax, %rdi`, `.cfi_def_cfa_offset 16`,
`.LBB3_7:`), so two caches sit in front of lark:

* exact line text -> `Line` (lines are immutable, so equal lines share one);
* line *template* -> `Shape`, where the template is the line with digits
  2-9 turned into 1. That keeps every token boundary and every token type
  (0 and 1 are left alone, so `0x`, `0b`, `1b` and `1f` still read the
  same) while `.LBB3_7:` and `.LBB12_4:` share one parse. Shapes are spans,
  so one shape serves all lines of its template.

Lark is built once per process (LALR, contextual lexer, tree building done
by a transformer inside the parse rather than as a second walk).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from .errors import AsmSyntaxError
from .nodes import SYM, SYMDEF, Line, Module, Shape, Span, StmtShape

_DIGITS = str.maketrans("23456789", "11111111")

# Directives whose quoted arguments are text, not quoted symbol names.
_STRING_DIRECTIVES = frozenset(
    d.translate(_DIGITS)
    for d in (
        ".ascii .asciz .string .string8 .string16 .string32 .string64 .base64 .file "
        ".ident .incbin .include .print .warning .error .title .sbttl .stabs .stabn .stabd"
    ).split()
)
_SECTION_DIRECTIVES = frozenset({".section", ".pushsection"})

_TRIVIA = re.compile(r"(#[^\n]*)|(/\*.*?\*/)|([^#/]+|/)", re.S)


class _LineSyntaxError(Exception):
    def __init__(self, pos: int, message: str):
        super().__init__(message)
        self.pos = pos
        self.message = message


def _span(tok: Token, kind: str) -> Span:
    return Span(kind, tok.start_pos, tok.end_pos)


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
}


def _leaves(items) -> list[Span]:
    """Flatten callback results: tokens become spans of their natural kind."""
    out: list[Span] = []
    for it in items:
        if isinstance(it, Token):
            out.append(Span(_TOKEN_KINDS.get(it.type, "punct"), it.start_pos, it.end_pos))
        elif isinstance(it, Span):
            out.append(it)
        elif isinstance(it, tuple):  # (operand kind, spans)
            out.extend(it[1])
        else:
            out.extend(it)
    return out


class _Builder(Transformer):
    """Runs inside the LALR parse: every reduction returns spans, never a
    lark Tree, and expressions come out as flat span lists."""

    def atom(self, c):
        first = c[0]
        if first.type in ("NAME", "DOTNAME", "STRING"):
            return [_span(first, SYM)] + _leaves(c[1:])
        return _leaves(c)

    unary = expr = staticmethod(lambda c: _leaves(c))

    def register(self, c):
        return ("register", _leaves(c))

    def direct(self, c):
        return ("direct", _leaves(c))

    def memory(self, c):
        return ("memory", _leaves(c))

    def segmented(self, c):
        return ("segmented", _leaves(c))

    def immediate(self, c):
        return ("immediate", _leaves(c))

    def indirect(self, c):
        return ("indirect", _leaves(c))

    def operand(self, c):
        kind, spans = c[0]
        return ("operand", kind, spans + _leaves(c[1:]))

    def operands(self, c):
        return [x if isinstance(x, tuple) else _span(x, "comma") for x in c]

    def label(self, c):
        tok = c[0]
        kind = "localdef" if tok.type == "NUMBER" else SYMDEF
        return ("label", [_span(tok, kind), _span(c[1], "punct")], 0, ())

    def directive(self, c):
        name = c[0]
        spans = [_span(name, "directive")] + _leaves(c[1:])
        dname = name.value
        if dname in _STRING_DIRECTIVES:
            # Provisional: _fix_strings, which sees the text, turns the
            # unquoted ones back into symbols.
            spans = [Span("str", s.start, s.end) if s.kind == SYM else s for s in spans]
        elif dname in _SECTION_DIRECTIVES:
            spans = _section_spans(spans)
        return ("directive", spans, 0, ())

    def instruction(self, c):
        spans: list[Span] = []
        groups = []
        head = 0
        for x in c:
            if isinstance(x, Token):
                if x.type == "NAME":
                    head = len(spans)
                    spans.append(_span(x, "mnemonic"))
                else:
                    spans.append(_span(x, _TOKEN_KINDS.get(x.type, "punct")))
            else:  # the operand list
                for op in x:
                    if isinstance(op, Span):
                        spans.append(op)
                    else:
                        groups.append((op[1], len(spans), len(spans) + len(op[2])))
                        spans.extend(op[2])
        return ("instruction", spans, head, tuple(groups))

    def stmt(self, c):
        return c

    def start(self, c):
        return c


def _section_spans(spans: list[Span]) -> list[Span]:
    # `.section NAME, "flags", @type, group, comdat`: the name is a section,
    # not a symbol; later words are flags. None of them are symbol references.
    out = [spans[0]]
    arg = 0
    for s in spans[1:]:
        if s.kind == "comma":
            arg += 1
        elif s.kind == SYM:
            s = Span("section" if arg == 0 else "flag", s.start, s.end)
        out.append(s)
    return out


@functools.cache
def grammar_text() -> str:
    try:
        return resources.files("asmsurgeon.grammars").joinpath("gas.lark").read_text(encoding="utf-8")
    except ModuleNotFoundError:
        # Imported from a source checkout (`python -m pytest` in the
        # repository puts it first on sys.path, ahead of the installed
        # wheel): the grammar is the top-level grammars/ beside the package.
        from pathlib import Path

        return (Path(__file__).resolve().parent.parent / "grammars" / "gas.lark").read_text(encoding="utf-8")


@functools.cache
def _lark() -> Lark:
    return Lark(
        grammar_text(),
        parser="lalr",
        lexer="contextual",
        transformer=_Builder(),
        maybe_placeholders=False,
    )


def _fix_strings(template: str, spans: list[Span]) -> list[Span]:
    # In a string directive a symbol-kind span is text only if it is a
    # quoted string; an unquoted name there (`.file 1 "a" md5 0x..`) stays.
    return [
        Span(SYM, s.start, s.end) if s.kind == "str" and template[s.start] != '"' else s
        for s in spans
    ]


def _describe(exc: UnexpectedInput, content: str) -> _LineSyntaxError:
    opened = _open_comment_at(content)
    if opened is not None:  # lexed as '/' '*', which would be a confusing report
        return _LineSyntaxError(opened, "unterminated comment")
    if isinstance(exc, UnexpectedCharacters):
        pos = exc.pos_in_stream
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
        return _LineSyntaxError(pos, msg)
    if isinstance(exc, UnexpectedToken):
        tok = exc.token
        if tok.type == "$END" or tok.start_pos is None:
            return _LineSyntaxError(len(content), "unexpected end of line" + _expected(exc))
        return _LineSyntaxError(tok.start_pos, f"unexpected {content[tok.start_pos:tok.end_pos]!r}" + _expected(exc))
    return _LineSyntaxError(getattr(exc, "pos_in_stream", 0) or 0, str(exc).splitlines()[0])


_FRIENDLY = {
    "NAME": "a name", "DOTNAME": "a name", "NUMBER": "a number", "STRING": "a string",
    "REGISTER": "a register", "LPAR": "'('", "RPAR": "')'", "COMMA": "','", "COLON": "':'",
    "DOLLAR": "'$'", "MINUS": "'-'", "STAR": "'*'",
}


def _expected(exc: UnexpectedToken) -> str:
    names = sorted({_FRIENDLY[e] for e in (exc.expected or ()) if e in _FRIENDLY})
    return f" (expected {', '.join(names)})" if names else ""


def _build_shape(template: str, content_len: int) -> Shape:
    content = template[:content_len]
    try:
        stmts_and_seps = _lark().parse(content)
    except UnexpectedInput as e:
        raise _describe(e, content) from None
    spans: list[Span] = []
    stmts: list[StmtShape] = []
    for item in stmts_and_seps:
        if isinstance(item, Token):  # ';'
            spans.append(_span(item, "sep"))
            continue
        for kind, sspans, head, groups in item:
            if kind == "directive":
                sspans = _fix_strings(content, sspans)
            stmts.append(StmtShape(kind, len(spans), len(spans) + len(sspans), len(spans) + head,
                                   tuple((g, len(spans) + lo, len(spans) + hi) for g, lo, hi in groups)))
            spans.extend(sspans)
    # Fill the gaps between tokens with trivia, shifting statement indices.
    full: list[Span] = []
    remap: list[int] = []
    pos = 0
    for s in spans:
        if s.start > pos:
            full.extend(_trivia(content, pos, s.start))
        remap.append(len(full))
        full.append(s)
        pos = s.end
    if pos < content_len:
        full.extend(_trivia(content, pos, content_len))
    remap.append(len(full))
    if len(template) > content_len:
        full.append(Span("newline", content_len, len(template)))

    def at(i: int) -> int:
        return remap[i] if i < len(spans) else len(full)

    fixed = tuple(
        StmtShape(st.kind, at(st.first), remap[st.stop - 1] + 1, at(st.head),
                  tuple((g, at(lo), remap[hi - 1] + 1) for g, lo, hi in st.groups))
        for st in stmts
    )
    symbols = tuple(i for i, s in enumerate(full) if s.kind in (SYM, SYMDEF))
    return Shape(tuple(full), fixed, symbols)


def _trivia(content: str, lo: int, hi: int) -> list[Span]:
    out = []
    for m in _TRIVIA.finditer(content, lo, hi):
        kind = "comment" if m.group(1) or m.group(2) else "ws"
        if out and out[-1].kind == kind == "ws":
            out[-1] = Span("ws", out[-1].start, m.end())
        else:
            out.append(Span(kind, m.start(), m.end()))
    return out


_line_cache: dict[str, Line] = {}
_shape_cache: dict[str, Shape] = {}
_CACHE_LIMIT = 1 << 18


def _content_len(text: str) -> int:
    if text.endswith("\n"):
        return len(text) - (2 if text.endswith("\r\n") else 1)
    return len(text)


def parse_line(text: str) -> Line:
    """Parse one line (with its terminator, if any) into a Line.

    Raises _LineSyntaxError; `parse` turns that into AsmSyntaxError.
    """
    line = _line_cache.get(text)
    if line is not None:
        return line
    template = text.translate(_DIGITS)
    shape = _shape_cache.get(template)
    if shape is None:
        shape = _build_shape(template, _content_len(text))
        if len(_shape_cache) >= _CACHE_LIMIT:
            _shape_cache.clear()
        _shape_cache[template] = shape
    line = Line(text, shape)
    if len(_line_cache) >= _CACHE_LIMIT:
        _line_cache.clear()
    _line_cache[text] = line
    return line


def make_line(text: str, where: str = "<generated>") -> Line:
    """Parse a line a pass wrote; a syntax error here is a bug in the pass,
    reported with the text so it can be found."""
    try:
        return parse_line(text)
    except _LineSyntaxError as e:
        raise AsmSyntaxError(where, 1, e.pos + 1, text.rstrip("\r\n"), e.message) from None


def make_lines(text: str, where: str = "<generated>") -> list[Line]:
    return list(parse(text, where).lines)


_OPEN_COMMENT = re.compile(r'"(?:\\.|[^"\\\n])*"|#[^\n]*|/\*.*?\*/|(/\*)', re.S)


def split_lines(text: str) -> list[str]:
    """Split into lines, keeping terminators; a /* */ comment that runs past
    the end of a line keeps the lines it spans together."""
    if "/*" not in text:
        return _split_nl(text)
    out: list[str] = []
    pos, end = 0, len(text)
    while pos < end:
        stop = _line_end(text, pos)
        scan = pos
        # An unclosed /* on this line: its end is the next */ anywhere after
        # it (strings and # do not count inside a comment), found with one
        # search, so a /* that is never closed costs one pass over the file,
        # not one per line. The line holding the */ may open another.
        while text.find("/*", scan, stop) >= 0:
            opened = _open_comment_at(text, scan, stop)
            if opened is None:
                break
            close = text.find("*/", opened + 2)
            if close < 0:
                stop = end
                break
            scan = close + 2
            stop = _line_end(text, scan)
        out.append(text[pos:stop])
        pos = stop
    return out


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _split_nl(text: str) -> list[str]:
    # str.splitlines also breaks at \r, \v, \f and Unicode separators; GNU as
    # ends lines at \n only.
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def _open_comment_at(chunk: str, pos: int = 0, endpos: int | None = None) -> int | None:
    """Offset of the first /* in chunk[pos:endpos] that is not closed there
    (outside strings and # comments): everything after it is comment."""
    if chunk.find("/*", pos, len(chunk) if endpos is None else endpos) < 0:
        return None
    for m in _OPEN_COMMENT.finditer(chunk, pos, len(chunk) if endpos is None else endpos):
        if m.group(1) is not None:
            return m.start()
    return None


def parse(text: str, path: str = "<stdin>") -> Module:
    """Parse a whole source text. Raises AsmSyntaxError on the first bad line."""
    chunks = split_lines(text)
    lines = []
    append = lines.append
    cache_get = _line_cache.get
    try:
        for chunk in chunks:
            line = cache_get(chunk)
            append(line if line is not None else parse_line(chunk))
    except _LineSyntaxError as e:
        bad = len(lines)
        first = sum(c.count("\n") for c in chunks[:bad]) + 1
        chunk = chunks[bad]
        before = chunk[: e.pos]
        lineno = first + before.count("\n")
        col = e.pos - (before.rfind("\n") + 1) + 1
        physical = chunk.split("\n")[before.count("\n")].rstrip("\r")
        raise AsmSyntaxError(path, lineno, col, physical, e.message) from None
    return Module(tuple(lines), path)


def parse_file(path: str) -> Module:
    """Read (any bytes survive, see fileio) and parse a file, or stdin for '-'."""
    from .fileio import display_name, read_source

    return parse(read_source(path), display_name(path))
