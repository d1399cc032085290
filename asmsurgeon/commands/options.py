"""Command-line options declared once, as data: argparse registers them
(`add`), build's cached-build fast path reads argv with the same table
(`scan` in build.py), and `key` says how an option enters the build cache
key. Plain classes and no imports: the fast path loads this module."""

from __future__ import annotations

from ..pipeline.outputs import KINDS


class Option:
    __slots__ = ("flags", "dest", "action", "help", "default", "metavar", "choices", "required", "key")

    def __init__(self, flags, dest, help, *, action="store", default=None, metavar=None, choices=None,
                 required=False, key=None):
        self.flags, self.dest, self.help, self.action = tuple(flags), dest, help, action
        self.default, self.metavar, self.choices, self.required = default, metavar, choices, required
        # None: not part of the build cache key; else value -> what the key holds.
        self.key = key

    @property
    def takes_value(self) -> bool:
        return self.action in ("store", "append")

    def initial(self):
        if self.action == "append":
            return []
        return False if self.action == "store_true" else self.default


def add(parser, options) -> None:
    """Register `options` with an argparse parser."""
    for o in options:
        kw = {"dest": o.dest, "help": o.help, "action": o.action}
        if o.action == "append":
            kw["default"] = []
        elif o.action == "store":
            kw.update(default=o.default, required=o.required)
        if o.takes_value:
            kw.update(metavar=o.metavar, choices=o.choices)
        parser.add_argument(*o.flags, **{k: v for k, v in kw.items() if v is not None})


def _same(value):
    return value


def _given(value):
    return value is not None


FUNCTION = Option(["--function"], "function", key=_same, metavar="NAME",
                  help="the C name of the function to call (e.g. add_float64_float64); default: the only one")
NOLIBC = Option(["--nolibc"], "nolibc", action="store_true", key=_same,
                help="add _start (exit status = result) instead of main")
SIG = Option(["--sig"], "sig", metavar="SIG",
             help="its signature, e.g. 'int64(int64, int64)' (default: inferred from the assembly)")
SIGS = Option(["--sig"], "sig", action="append", key=tuple, metavar="SIG",
              help="a Numba signature, 'int64(int64, int64)' (repeatable); 'FUNC:SIG' for one function of several")

BUILD = (
    Option(["-o", "--output"], "output", required=True, metavar="OUT", help="the file to write (atomically)"),
    Option(["--kind"], "kind", default="exe", choices=KINDS, key=_same, help="what to build (default: exe)"),
    Option(["--header"], "header", metavar="FILE", key=_given, help="also write a C header declaring the functions"),
    Option(["--save-temps"], "save_temps", action="store_true", help="keep the .s and .o next to the output"),
    Option(["-v", "--verbose"], "verbose", action="store_true", help="print each toolchain command"),
    Option(["--no-cache"], "no_cache", action="store_true",
           help="build even if an identical build is cached, and do not cache this one"),
    Option(["--cpu"], "cpu", key=_same, metavar="LIST",
           help="CPU targets for a FILE.py:FUNC input, comma-separated; several make a fat binary "
                "dispatching at load time (default: generic,host; see below)"),
    Option(["--static"], "static", action="store_true", key=_same,
           help="a static-pie executable needing no shared library (libc linked in)"),
    Option(["--allow-include"], "allow_include", action="store_true",
           help="let the inputs' .incbin/.include read other files (such builds are not cached)"),
    Option(["--name"], "name", action="append", key=tuple, metavar="OLD=NEW",
           help="a library's name for one function (repeatable); by default its Python name, "
                "or NAME_ARGTYPES when a C library already defines that name"),
    FUNCTION, NOLIBC, SIGS,
)
