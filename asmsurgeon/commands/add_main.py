"""`asmsurgeon add-main`: give a module an entry point that calls one of its
functions with arguments from the command line and prints the result."""

from __future__ import annotations

from . import options
from .common import add_output_options, add_subcommand, dump_to_stderr, write_module

EXAMPLES = """\
  asmsurgeon add-main hypot.asm -o hypot.s
  asmsurgeon build hypot.asm -v -o hypot    # shows .../libasmsurgeon-runtime.a
  cc -o hypot hypot.s ~/.cache/asmsurgeon/runtime-*/libasmsurgeon-runtime.a -lm
  asmsurgeon add-main add.asm --function add_float64_float64 -o add.s
  asmsurgeon add-main six.asm --nolibc -o six.s && as -o six.o six.s && ld six.o -o six.bin

The generated main parses each argument by the function's parameter type
(integers, floats, True/False, arrays as comma-separated values), calls the
function and prints the result as Python's print() would. Bad arguments
print a usage line and exit 2. Input that still has Numba's wrappers is run
through strip-wrapper first.

linking what it writes:
The main calls parsing and printing helpers of the standalone runtime, so
the .s needs the runtime to link. The simple way: 'asmsurgeon build IN -o
prog' does every step (add-main, as, the check, cc) at once. By hand: link
with the runtime's static archive, libasmsurgeon-runtime.a, which build
compiles once into the cache directory ($ASMSURGEON_CACHE_DIR, else
~/.cache/asmsurgeon; 'asmsurgeon build -v' shows its path): 'cc -o prog
OUT.s RUNTIME.a -lm'; the linker pulls only the members the program needs.
With --nolibc a _start calls the (argument-less) function and exits with
its integer result as the status: no libc or runtime is needed, link with
'as' and 'ld' alone.
"""


def register(sub) -> None:
    p = add_subcommand(sub, "add-main", "add a main that calls a function from the command line",
                       "Add an entry point: main parses argv, calls the function and prints the "
                       "result as Python would; with --nolibc, _start exits with the result.", EXAMPLES)
    p.add_argument("input", metavar="IN", help="assembly file, or '-' for standard input")
    options.add(p, (options.FUNCTION, options.SIG, options.NOLIBC))
    add_output_options(p)
    p.set_defaults(func=run)


def run(args, io) -> int:
    from ..asm.parser import parse_file
    from ..numba_abi.families import select
    from ..passes.add_main import AddMain
    from ..passes.manager import Context, PassManager
    from ..pipeline.build import surgery

    module = parse_file(args.input)
    chosen = select(module, args.function, args.sig, "int64" if args.nolibc else None)
    ctx = Context()
    module = surgery(module, ctx)
    pm = PassManager([AddMain(chosen.c_name, chosen.signature, args.nolibc)], args.dump_after, dump_to_stderr)
    module = pm.run(module, ctx)
    io.notes(ctx.notes)
    write_module(args, module)
    return 0
