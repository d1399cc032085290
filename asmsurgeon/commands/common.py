"""Argument conventions every subcommand shares: `-` for stdin/stdout,
`-o` written atomically, `--dump-after PASS` for looking inside."""

from __future__ import annotations

import argparse

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..asm.nodes import Module


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs wrapped to the terminal, examples kept as written.

    A paragraph (lines up to a blank line) is prose, filled to the width argparse
    computed from the terminal, unless it is a heading (`examples:`) or any of
    its lines is indented: those (command lines, tables) are printed verbatim,
    so a command can be pasted from `--help` as it stands."""

    def _fill_text(self, text, width, indent):
        import textwrap

        out: list[str] = []
        para: list[str] = []

        def flush():
            if not para:
                return
            verbatim = any(line[:1].isspace() for line in para) or (
                len(para) == 1 and para[0].rstrip().endswith(":"))
            if verbatim:
                out.extend(indent + line for line in para)
            else:
                out.extend(textwrap.wrap(" ".join(line.strip() for line in para), width,
                                         initial_indent=indent, subsequent_indent=indent,
                                         break_on_hyphens=False, break_long_words=False))
            para.clear()

        for line in text.splitlines():
            if not line.strip():
                flush()
                out.append("")
            elif line.rstrip().endswith(":") and not line[:1].isspace():
                flush()  # a heading line starts its own paragraph
                para.append(line)
                flush()
            else:
                para.append(line)
        flush()
        return "\n".join(out)


def add_subcommand(sub, name: str, help: str, description: str, examples: str) -> argparse.ArgumentParser:
    return sub.add_parser(
        name, help=help, description=description,
        epilog="examples:\n" + examples,
        formatter_class=HelpFormatter,
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
