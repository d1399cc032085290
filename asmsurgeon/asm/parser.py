"""Text to tree: the one LALR parser, and the caches that make it fast.

GNU as is line oriented, so the file is split into lines first (a /* */
comment can hold several physical lines together) and each line is parsed
on its own by the lark grammar in `grammars/gas.lark`. Compiler output
repeats itself relentlessly (`movq %rax, %rdi`, `.cfi_def_cfa_offset 16`,
`.LBB3_7:`), so two caches sit in front of the parser:

* exact line text -> `Line` (lines are immutable, so equal lines share one);
* line *template* -> `Shape`, where the template is the line with digits
  2-9 turned into 1. That keeps every token boundary and every token type
  (0 and 1 are left alone, so `0x`, `0b`, `1b` and `1f` still read the
  same) while `.LBB3_7:` and `.LBB12_4:` share one parse. Shapes are spans,
  so one shape serves all lines of its template.

Below the template cache, shapes.py parses each distinct sequence of token
types once, with lark's LALR tables for the grammar run by `lalr.Driver`.
"""

from __future__ import annotations

from ..errors import AsmSyntaxError
from . import shapes
from .nodes import Line, Module, Shape
from .shapes import DIGITS as _DIGITS
from .shapes import LineSyntaxError as _LineSyntaxError
from .tables import grammar_text  # noqa: F401  (part of the parser's API)

_line_cache: dict[str, Line] = {}
_shape_cache: dict[str, Shape] = {}
_CACHE_LIMIT = 1 << 18


def _content_len(text: str) -> int:
    if text.endswith("\n"):
        return len(text) - (2 if text.endswith("\r\n") else 1)
    return len(text)


def _trim_caches() -> None:
    # Bounds memory in a long-lived process; lines and shapes in use stay
    # alive through the modules that hold them.
    if len(_shape_cache) >= _CACHE_LIMIT:
        _shape_cache.clear()
        shapes.clear()
    if len(_line_cache) >= _CACHE_LIMIT:
        _line_cache.clear()


def _new_line(text: str, template: str) -> Line:
    shape = _shape_cache.get(template)
    if shape is None:
        shape = _shape_cache[template] = shapes.build_shape(template, text, _content_len(text))
    line = _line_cache[text] = Line(text, shape)
    return line


def parse_line(text: str) -> Line:
    """Parse one line (with its terminator, if any) into a Line.

    Raises _LineSyntaxError; `parse` turns that into AsmSyntaxError.
    """
    line = _line_cache.get(text)
    if line is not None:
        return line
    _trim_caches()
    return _new_line(text, text.translate(_DIGITS))


def make_line(text: str, where: str = "<generated>") -> Line:
    """Parse a line a pass wrote; a syntax error here is a bug in the pass,
    reported with the text so it can be found."""
    try:
        return parse_line(text)
    except _LineSyntaxError as e:
        raise AsmSyntaxError(where, 1, e.pos + 1, text.rstrip("\r\n"), e.message) from None


def make_lines(text: str, where: str = "<generated>") -> list[Line]:
    return list(parse(text, where).lines)




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
            opened = shapes.open_comment_at(text, scan, stop)
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


# Characters str.splitlines breaks at besides \n (and \r\n).
_OTHER_BREAKS = ("\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _split_nl(text: str) -> list[str]:
    # GNU as ends lines at \n only; str.splitlines, which is much faster
    # than anything written here, also breaks at \r, \v, \f and Unicode
    # separators, so it is used only when the text has none of them.
    if not any(c in text for c in _OTHER_BREAKS):
        return text.splitlines(True)
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out




def parse(text: str, path: str = "<stdin>") -> Module:
    """Parse a whole source text. Raises AsmSyntaxError on the first bad line."""
    chunks = split_lines(text)
    _trim_caches()
    lines: list[Line] = []
    append = lines.append
    cache_get = _line_cache.get
    try:
        for chunk in chunks:
            line = cache_get(chunk)
            append(line if line is not None else _new_line(chunk, chunk.translate(_DIGITS)))
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
    from ..fileio import display_name, read_source

    return parse(read_source(path), display_name(path))
