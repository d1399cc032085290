"""The `asmsurgeon` command line: the only place that prints or exits.

Each subcommand lives in `asmsurgeon/commands/<name>.py` with a `register`
function; heavy imports (numba, pyelftools) happen inside the commands that
need them, so `asmsurgeon rename` starts as fast as lark allows.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import AsmError

# Order is the order `--help` lists them in.
COMMANDS = ["rename", "strip-wrapper", "symbols", "check", "compile", "add-main", "build"]

DESCRIPTION = """\
Turn the assembly Numba generates (func.inspect_asm()) into standalone
native programs and libraries with no Python dependency.
"""

EPILOG = """\
examples:
  asmsurgeon rename six.asm --map 'cfunc._ZN8__main__7six$241E=six' -o out.s
  asmsurgeon rename - --map-file names.txt < in.s > out.s
  asmsurgeon strip-wrapper six.asm -o six.s --explain
  asmsurgeon symbols six.asm
  asmsurgeon check six.o && cc -o six six.o
  asmsurgeon compile kernels.py:add --sig 'int64(int64, int64)' -o add.asm
  asmsurgeon add-main six.asm --nolibc -o six.s
  asmsurgeon build six.asm -o six && ./six

Run 'asmsurgeon COMMAND --help' for the options of one command.
"""


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`. When argv starts with a command, only that
    command is registered: each command module imports what it runs
    (the parser, the passes), and the other commands' imports would double
    the start-up of a short run. Anything else (`--help`, an unknown or
    missing command) gets every command, so usage and errors list them all."""
    parser = argparse.ArgumentParser(
        prog="asmsurgeon", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"asmsurgeon {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    chosen = [argv[0]] if argv and argv[0] in COMMANDS else COMMANDS
    for name in chosen:
        importlib.import_module(f".commands.{name.replace('-', '_')}", __package__).register(sub)
    return parser


def print_notes(notes) -> None:
    for note in notes:
        print(note, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    args = build_parser(argv).parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except AsmError as e:
        print(e.render(), file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        print("asmsurgeon: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
