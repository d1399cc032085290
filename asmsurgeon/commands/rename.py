"""`asmsurgeon rename`: the smallest useful surgery, and the one the Stack
Overflow answer did by hand (give `cfunc._ZN8__main__7six$241E` a C name)."""

from __future__ import annotations

from ..asm.parser import parse_file
from ..errors import InputError, UsageError
from ..fileio import read_source
from ..passes.manager import Context, PassManager
from ..passes.rename import RenameSymbols
from .common import add_output_options, add_subcommand, dump_to_stderr, write_module

EXAMPLES = """\
  asmsurgeon rename six.asm --map 'cfunc._ZN8__main__7six$241E=six' -o out.s
  asmsurgeon rename six.asm --map-file names.txt --in-place
  cat six.asm | asmsurgeon rename - --map old=new > out.s

A map file holds one OLD=NEW per line; blank lines and lines starting with
'#' are skipped. A NEW name that is not a plain assembler identifier is
written quoted, so the output still assembles.
"""


def register(sub) -> None:
    p = add_subcommand(sub, "rename", "rename symbols everywhere they are named",
                       "Rename symbols: definitions and every reference, nothing else. "
                       "Lines without a renamed symbol are printed exactly as they were.", EXAMPLES)
    p.add_argument("input", metavar="IN", help="assembly file, or '-' for standard input")
    p.add_argument("--map", action="append", default=[], metavar="OLD=NEW", help="rename OLD to NEW (repeatable)")
    p.add_argument("--map-file", metavar="F", help="read OLD=NEW pairs from F, one per line")
    add_output_options(p, in_place=True)
    p.set_defaults(func=run)


def _refuse(where: str | tuple[str, int], message: str) -> Exception:
    """An option's pair is a usage error; a map file's is located at its line."""
    if isinstance(where, tuple):
        return InputError(where[0], message, where[1])
    return UsageError(f"{where}: {message}")


def parse_pair(text: str, where: str | tuple[str, int]) -> tuple[str, str]:
    old, sep, new = text.rpartition("=")
    if not sep or not old or not new:
        raise _refuse(where, f"expected OLD=NEW, got {text!r}")
    if "\n" in new or "\0" in new:
        # Not even a quoted name can hold a line break or NUL.
        raise _refuse(where, f"{new!r} cannot be a symbol name (it holds a line break or NUL)")
    return old, new


def read_mapping(pairs: list[str], map_file: str | None, option: str = "--map") -> dict[str, str]:
    """`option`: the flag the pairs came with, named in messages."""
    mapping: dict[str, str] = {}
    items: list[tuple[str, str | tuple[str, int]]] = [(p, option) for p in pairs]
    if map_file:
        for n, raw in enumerate(read_source(map_file).splitlines(), 1):
            raw = raw.strip()
            if raw and not raw.startswith("#"):
                items.append((raw, (map_file, n)))
    for text, where in items:
        old, new = parse_pair(text, where)
        if mapping.get(old, new) != new:
            raise _refuse(where, f"{old!r} is mapped twice ({mapping[old]!r} and {new!r})")
        mapping[old] = new
    return mapping


def run(args, io) -> int:
    if args.in_place and args.input == "-":
        raise UsageError("--in-place needs a file, not standard input")
    mapping = read_mapping(args.map, args.map_file)
    module = parse_file(args.input)
    ctx = Context()
    pm = PassManager([RenameSymbols(mapping)], args.dump_after, dump_to_stderr)
    module = pm.run(module, ctx)

    io.notes(ctx.notes)
    write_module(args, module)
    return 0
