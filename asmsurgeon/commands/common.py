"""Argument conventions every subcommand shares: `-` for stdin/stdout,
`-o` written atomically, `--dump-after PASS` for looking inside."""

from __future__ import annotations

import argparse

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..asm.nodes import Module


def add_subcommand(sub, name: str, help: str, description: str, examples: str) -> argparse.ArgumentParser:
    return sub.add_parser(
        name, help=help, description=description,
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_output_options(p: argparse.ArgumentParser, in_place: bool = False) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("-o", "--output", metavar="OUT", help="write here (atomically); '-' or absent: standard output")
    if in_place:
        g.add_argument("--in-place", action="store_true", help="rewrite the input file (atomically)")
    p.add_argument("--dump-after", metavar="PASS", help="print the module to stderr after the named pass")


def output_path(args) -> str | None:
    if getattr(args, "in_place", False):
        return args.input
    return args.output


def dump_to_stderr(name: str, module: Module) -> None:
    from ..fileio import encode, streams

    stderr = streams().stderr
    stderr.write(encode(f"# ---- after pass {name} ----\n" + module.text))
    stderr.flush()


def write_module(args, module: Module) -> None:
    from ..fileio import write_output

    write_output(output_path(args), module.text)


def pass_manager(passes, args):
    """A PassManager honouring --dump-after (an unknown pass name is the
    manager's UsageError: exit 2, not a traceback)."""
    from ..passes.manager import PassManager

    return PassManager(passes, args.dump_after, dump_to_stderr)
