"""Symbol spelling in GNU as: which names can stand bare and how to quote
the others (Numba's `cfunc.` prefix is legal in assembly but not in C; its
`.const.missing Environment` needs quotes even in assembly)."""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[A-Za-z_.][A-Za-z0-9_.$]*\Z")
_C_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def is_plain(name: str) -> bool:
    """True if GNU as reads `name` as one symbol without quotes."""
    return bool(_PLAIN.match(name)) and name != "."


def is_c_identifier(name: str) -> bool:
    return bool(_C_IDENT.match(name))


def escape(name: str) -> str:
    """`name` inside quotes, as GNU as reads it back (asm.nodes._unquote):
    a backslash is doubled only before a backslash, a quote or the end,
    since as keeps any other (`.const.\\n`) and its x86 operand parser
    does not understand `\\\\` there."""
    return re.sub(r'\\(?=[\\"]|\Z)', r"\\\\", name).replace('"', '\\"')


def spell(name: str) -> str:
    """How to write `name` in assembly: bare if possible, quoted otherwise."""
    return name if is_plain(name) else f'"{escape(name)}"'
