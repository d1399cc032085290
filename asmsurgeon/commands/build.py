"""`asmsurgeon build`: Numba's assembly to a standalone program or library."""

from __future__ import annotations

from .add_main import add_function_options
from .compile import add_sig_option
from .common import add_subcommand

EXAMPLES = """\
  asmsurgeon build six.asm -o six && ./six
  asmsurgeon build kernels.py:hypot --sig 'float64(float64, float64)' -o hypot
  asmsurgeon build add.asm --function add_float64_float64 -o add && ./add 0.1 0.2
  asmsurgeon build mean.asm --kind shared --header mean.h -o libmean.so
  asmsurgeon build mean.asm --kind static --header mean.h -o libmean.a   # link with -lm
  asmsurgeon build six.asm --nolibc -o six && ./six; echo $?

Runs strip-wrapper, add-main (for executables), as, the standalone check and
cc. An input FILE.py:FUNC is compiled with numba first (see 'compile'). Executables are PIE with full RELRO and a non-executable stack. $AS, $CC
and $AR choose the tools. Exit status: 0 built, 1 refused (symbols no
standalone runtime provides), 2 bad input or a failing tool.
"""


def register(sub) -> None:
    p = add_subcommand(sub, "build", "build a standalone executable or library",
                       "Build Numba's assembly into a standalone executable, shared or static "
                       "library, or object, with no Python dependency.", EXAMPLES)
    p.add_argument("inputs", metavar="IN", nargs="+",
                   help="assembly files ('-' for standard input) or FILE.py:FUNC to compile")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="the file to write (atomically)")
    p.add_argument("--kind", choices=("exe", "shared", "static", "object"), default="exe",
                   help="what to build (default: exe)")
    p.add_argument("--header", metavar="FILE", help="also write a C header declaring the functions")
    p.add_argument("--save-temps", action="store_true", help="keep the .s and .o next to the output")
    p.add_argument("-v", "--verbose", action="store_true", help="print each toolchain command")
    add_function_options(p, sig=False)
    add_sig_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..build import build_executable
    from ..cli import print_notes
    from ..frontend import compile_inputs

    inputs, sig = compile_inputs(args.inputs, args.sig)
    result = build_executable(inputs[0], args.output, function=args.function, kind=args.kind,
                              nolibc=args.nolibc, header=args.header, save_temps=args.save_temps,
                              verbose=args.verbose, sig=sig, extra_sources=inputs[1:])
    print_notes(result.notes)
    return 0
