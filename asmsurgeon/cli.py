"""The `asmsurgeon` command line: the only place that prints or exits.

`main(argv, stdin, stdout, stderr)` runs one command in-process against
the streams it is given (the process's by default): commands write
through `fileio.Streams`, argparse's help and errors are routed there too,
and nothing raises SystemExit, so tests call it directly.

Each subcommand lives in `asmsurgeon/commands/<name>.py` with a `register`
function; heavy imports (numba, pyelftools) happen inside the commands that
need them, so `asmsurgeon rename` starts as fast as lark allows.
"""

from __future__ import annotations

import os
import sys

from .errors import AsmError
from .version import __version__

# Order is the order `--help` lists them in.
COMMANDS = ["rename", "strip-wrapper", "symbols", "check", "compile", "add-main", "build"]

DESCRIPTION = """\
Turn the assembly Numba generates (func.inspect_asm()) into standalone
native programs and libraries with no Python dependency.
"""

EPILOG = """\
examples:
  asmsurgeon build FILE.py:FUNC -o prog        # an @njit function -> a program
  asmsurgeon build samples/examples.py:hypotenuse -o hyp && ./hyp 3 4
  asmsurgeon build FILE.py:FUNC --kind shared --header f.h -o libf.so
  asmsurgeon build six.asm -o six && ./six     # from Numba's assembly
  asmsurgeon rename six.asm --map 'cfunc._ZN8__main__7six$241E=six' -o out.s
  asmsurgeon rename - --map-file names.txt < in.s > out.s
  asmsurgeon strip-wrapper six.asm -o six.s --explain
  asmsurgeon symbols six.asm
  asmsurgeon check six.o && cc -o six six.o
  asmsurgeon compile kernels.py:add --sig 'int64(int64, int64)' -o add.asm
  asmsurgeon add-main six.asm --nolibc -o six.s

Run 'asmsurgeon COMMAND --help' for the options of one command.
"""


class _ParserExit(SystemExit):
    """argparse is done (help shown, or a usage error): main returns the
    status instead of exiting; a caller of build_parser sees SystemExit."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


def build_parser(argv: list[str] | None = None, io=None):
    """The parser for `argv`. When argv starts with a command, only that
    command is registered: each command module imports what it runs
    (the parser, the passes), and the other commands' imports would double
    the start-up of a short run. Anything else (`--help`, an unknown or
    missing command) gets every command, so usage and errors list them all."""
    import argparse

    from .commands.common import HelpFormatter
    from .fileio import streams

    io = io or streams()

    class Parser(argparse.ArgumentParser):
        """argparse writing to the run's streams and returning instead of exiting."""

        def _print_message(self, message, file=None):
            if message:
                (io.out if file is None or file is sys.stdout else io.err)(message)

        def exit(self, status=0, message=None):
            if message:
                io.err(message)
            raise _ParserExit(status)

    parser = Parser(
        prog="asmsurgeon", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"asmsurgeon {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    chosen = [argv[0]] if argv and argv[0] in COMMANDS else COMMANDS
    import importlib

    for name in chosen:
        importlib.import_module(f".commands.{name.replace('-', '_')}", __package__).register(sub)
    return parser


def main(argv: list[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    """Run one command; the exit status. The streams are binary files
    (default: the process's); `stdin=None` with a non-default stdout means
    no standard input."""
    from .fileio import Streams, installed

    if argv is None:
        argv = sys.argv[1:]
    default = Streams.of_process()
    io = Streams(stdin if stdin is not None or stdout is not None else default.stdin,
                 stdout if stdout is not None else default.stdout,
                 stderr if stderr is not None else default.stderr)
    with installed(io):
        try:
            status = None
            if argv[:1] == ["build"]:  # a cached build needs neither argparse nor the pipeline
                from .commands.build import run_cached

                status = run_cached(argv[1:], io)
            if status is None:
                args = build_parser(argv, io).parse_args(argv)
                status = args.func(args, io)
            return int(status or 0)
        except _ParserExit as e:
            return e.status
        except AsmError as e:
            io.err(e.render() + "\n")
            return e.exit_status
        except KeyboardInterrupt as e:
            tools = sys.modules.get("asmsurgeon.toolchain.tools")
            if tools is not None:
                tools.kill_all()
            signum = getattr(e, "signum", 2)
            io.err("asmsurgeon: interrupted\n" if signum == 2 else f"asmsurgeon: terminated by signal {signum}\n")
            return 128 + signum
        except BrokenPipeError:
            # Output piped into `head` and closed early: not an error of ours.
            try:
                io.stderr.close()
            except OSError:
                pass
            return 0
        finally:
            cache = sys.modules.get("asmsurgeon.toolchain.cachedir")
            if cache is not None and cache.warnings:  # said once per process
                io.notes(cache.warnings)
                cache.warnings.clear()
            try:
                io.stdout.flush()
            except (OSError, ValueError):
                pass


def _terminate_like_interrupt() -> None:
    import signal

    from .errors import TERMINATION, Terminated

    def handler(signum, frame):
        # Once: a second signal during the clean-up must not cut it short.
        signal.signal(signum, signal.SIG_IGN)
        if TERMINATION[0]:
            TERMINATION[1] = signum
            return
        raise Terminated(signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, handler)


def entry() -> None:
    """The console script and `python -m asmsurgeon`: main(), then exit.

    When nothing is left to do at exit (no atexit handler registered, no
    other thread), the process ends with os._exit once stdout and stderr
    are flushed: outputs are closed and temporaries removed before main
    returns, and tearing down every imported module costs more
    than `as` takes. Otherwise (numba, say, registered handlers) the exit
    is the ordinary one."""
    _terminate_like_interrupt()
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: the ordinary exit reports nothing either
        sys.exit(status)
    import atexit

    threads = sys.modules.get("threading")
    pending = getattr(atexit, "_ncallbacks", lambda: 1)()
    if pending == 0 and (threads is None or threads.active_count() == 1):
        os._exit(status)
    sys.exit(status)


if __name__ == "__main__":
    entry()
