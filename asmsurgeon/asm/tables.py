"""The LALR tables lark computes for `grammars/gas.lark`, kept on disk.

Importing lark and building the parser costs more than parsing a Numba
function, so lark runs once per user, grammar and lark version: its parse
table and its contextual lexer's per-state regular expressions are copied
into plain data and written to the user's cache directory; later processes
read that file (no lark import at all) and run it with `lalr.Driver`.

A stale file can never be used: the file is named by a checksum of what it
was built from (grammar text, lark version, Python version, FORMAT) and
holds that text itself, compared in full on every read, plus a CRC of the
tables. A file that fails any check is ignored and rebuilt. (Comparing the
source text outright is exact, and cheaper at start-up than importing
hashlib for a cryptographic key.) Files are written to a unique temporary
name in the same directory and renamed into place, so a concurrent reader
sees either no file or a whole one.
"""

from __future__ import annotations

import binascii
import marshal
import os
import re
import sys

from ..cachedir import cache_dir, write_cache_file
from ..errors import AsmError

# Bump when the layout of the data below or the driver's reading of it changes.
FORMAT = 1
_MAGIC = b"asmsurgeon-lalr\n"
_GRAMMAR_PACKAGE = "asmsurgeon.grammars"
_GRAMMAR_FILE = "gas.lark"


class TableError(AsmError):
    """The grammar needs a lark feature the driver does not run; a bug in
    the grammar or in this module, never bad input."""

    def __init__(self, message: str):
        super().__init__(f"error: parser tables: {message}")


def grammar_text() -> str:
    """The grammar as installed (the package data of asmsurgeon.grammars),
    read through the package's loader so zipped installs work too.

    In a source checkout imported directly (`python -m pytest` in the
    repository puts it ahead of the installed copy) that package does not
    exist: pyproject maps it to the top-level grammars/ directory only when
    installing. The file is then read from that directory.
    """
    import importlib

    try:
        pkg = importlib.import_module(_GRAMMAR_PACKAGE)
    except ModuleNotFoundError:
        checkout = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        path = os.path.join(checkout, "grammars", _GRAMMAR_FILE)
        try:
            with open(path, "rb") as f:
                return f.read().decode("utf-8")
        except OSError:
            raise TableError(f"no {_GRAMMAR_PACKAGE} package and no {path}: asmsurgeon is not installed whole")
    path = os.path.join(os.path.dirname(pkg.__file__), _GRAMMAR_FILE)
    return pkg.__spec__.loader.get_data(path).decode("utf-8")


def lark_version() -> str:
    """lark's version without importing lark (the import is what the cache
    exists to avoid): read from the __init__.py an import would load."""
    origin = None
    for entry in sys.path:
        candidate = os.path.join(entry or ".", "lark", "__init__.py")
        if os.path.isfile(candidate):
            origin = candidate
            break
    if origin is None:  # installed somewhere only an import hook knows
        from importlib.util import find_spec

        spec = find_spec("lark")
        origin = spec.origin if spec is not None else None
    if origin:
        try:
            with open(origin, encoding="utf-8") as f:
                m = re.search(r"""^__version__\s*(?::\s*str\s*)?=\s*['"]([^'"]+)['"]""", f.read(), re.M)
            if m:
                return m.group(1)
        except OSError:
            pass
    import lark

    return str(getattr(lark, "__version__", "unknown"))


def cache_source(grammar: str) -> str:
    """Everything the tables depend on, as one text."""
    return f"format {FORMAT}\nlark {lark_version()}\npython {sys.implementation.cache_tag}\n{grammar}"


def cache_key(source: str) -> str:
    data = source.encode("utf-8", "surrogateescape")
    # Only names the file: a collision costs a rebuild, never a stale read.
    return f"{binascii.crc32(data):08x}-{len(data):x}"


def cache_path(key: str) -> str:
    return os.path.join(cache_dir(), f"gas-{key}.lalr")


def load(grammar: str | None = None) -> dict:
    """The tables for the installed grammar (or `grammar`): from the cache
    when a valid file is there, else built with lark and cached."""
    grammar = grammar_text() if grammar is None else grammar
    source = cache_source(grammar)
    path = cache_path(cache_key(source))
    tables = read(path, source)
    if tables is None:
        tables = build(grammar)
        tables["source"] = source
        write(path, tables)
    return tables


def read(path: str, source: str) -> dict | None:
    """The tables in `path` if the file is whole and was built from
    `source`; None for a missing, truncated, corrupt or foreign file."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 4:
        return None
    payload = data[len(_MAGIC) + 4:]
    if int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 4], "little") != binascii.crc32(payload):
        return None
    try:
        tables = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(tables, dict) or tables.get("source") != source:
        return None
    return tables


def write(path: str, tables: dict) -> bool:
    """Write atomically; a cache that cannot be written is no error (the
    next run builds the tables again), so failures return False."""
    payload = marshal.dumps(tables)
    return write_cache_file(path, _MAGIC + binascii.crc32(payload).to_bytes(4, "little") + payload)


def build(grammar: str) -> dict:
    """Run lark on the grammar and copy out what parsing needs, as plain
    data: actions per state, rules with lark's tree-shaping options, and
    the exact regular expressions lark's contextual lexer compiles."""
    from lark import Lark
    from lark.parsers.lalr_analysis import Shift

    lk = Lark(grammar, parser="lalr", lexer="contextual", maybe_placeholders=False)
    if lk.options.start != ["start"]:
        raise TableError("the grammar must have exactly one start rule, 'start'")
    table = lk.parser.parser.parser.parse_table
    rules = list(lk.rules)
    rule_index = {id(r): i for i, r in enumerate(rules)}

    actions = []
    for state in range(len(table.states)):
        row = {}
        for sym, (action, arg) in table.states[state].items():
            row[str(sym)] = arg if action is Shift else ~rule_index[id(arg)]
        actions.append(row)

    rule_data = []
    for r in rules:
        keep_all = bool(r.options.keep_all_tokens)
        include = []
        for i, sym in enumerate(r.expansion):
            if sym.is_term and sym.filter_out and not keep_all:
                continue
            include.append((i, (not sym.is_term) and sym.name.startswith("_")))
        plain = len(include) == len(r.expansion) and not any(inline for _, inline in include)
        origin = str(r.origin.name)
        name = str(r.alias or r.options.template_source or origin)
        rule_data.append((origin, len(r.expansion), name, origin.startswith("_"), bool(r.options.expand1 and not r.alias),
                          None if plain else tuple(include)))

    lexer = lk.parser.lexer
    patterns: list[tuple] = []
    seen: dict[tuple, int] = {}

    def pattern_of(basic) -> int:
        scanner = basic.scanner
        if basic.callback:
            raise TableError(f"terminals {sorted(basic.callback)} need lark's keyword retyping, "
                             "which asmsurgeon.lalr does not run")
        entry = tuple((m.pattern, m.flags) for m in scanner._mres)
        if entry not in seen:
            seen[entry] = len(patterns)
            patterns.append(entry)
        return seen[entry]

    state_lexers = [pattern_of(lexer.lexers[s]) for s in range(len(table.states))]
    root = pattern_of(lexer.root_lexer)
    return {
        "format": FORMAT,
        "start": table.start_states["start"],
        "end": table.end_states["start"],
        "actions": actions,
        "rules": rule_data,
        "patterns": patterns,
        "state_lexers": state_lexers,
        "root_lexer": root,
        "ignore": [str(t) for t in lk.lexer_conf.ignore],
    }
