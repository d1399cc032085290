"""The LALR tables that parse GNU as, shipped with the package.

asmsurgeon/asm/gas_tables.py holds the parse table and the lexer's regular
expressions as plain data, generated from grammars/gas.lark by lark at
development time (tablegen.py); asmsurgeon.asm.lalr runs them. No lark
import and no lark internals at run time, and no per-user cache to build,
read or trust. The generated module carries the grammar text it was made
from: `load` refuses tables made from another grammar (an edited grammar
must be followed by `python -m asmsurgeon.asm.tablegen`).
"""

from __future__ import annotations

import os

from ..errors import AsmError

# Bump when the layout of the data below or the driver's reading of it changes.
FORMAT = 1
GENERATED = "gas_tables.py"
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
            raise TableError(f"no {_GRAMMAR_PACKAGE} package and no {path}: asmsurgeon is not installed whole") from None
    path = os.path.join(os.path.dirname(pkg.__file__), _GRAMMAR_FILE)
    return pkg.__spec__.loader.get_data(path).decode("utf-8")


def load(grammar: str | None = None) -> dict:
    """The shipped tables, checked against the installed grammar (or
    `grammar`): a mismatch is a TableError, never a parse with stale tables."""
    grammar = grammar_text() if grammar is None else grammar
    from . import gas_tables

    if gas_tables.GRAMMAR != grammar or gas_tables.TABLES.get("format") != FORMAT:
        raise TableError(f"{GENERATED} was not generated from this grammar "
                         "(run: python -m asmsurgeon.asm.tablegen)")
    return gas_tables.TABLES
