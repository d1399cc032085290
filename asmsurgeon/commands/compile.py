"""`asmsurgeon compile`: the `inspect_asm()` loop users wrote by hand, as
one command (numba is imported only when this command runs)."""

from __future__ import annotations

from . import options
from .common import add_subcommand

EXAMPLES = """\
  asmsurgeon compile kernels.py:hypot --sig 'float64(float64, float64)' -o hypot.asm
  asmsurgeon compile kernels.py:add --sig 'int64(int64, int64)' --sig 'float64(float64, float64)'
  asmsurgeon compile kernels.py:clamp,mean --sig 'clamp:int64(int64)' --sig 'mean:float64(float64[:])'

FILE.py is imported as module FILE (its directory first on sys.path), so
symbols read _ZN<len>FILE...; its `if __name__ == "__main__"` block does
not run. FUNC may be an @njit function or a plain one (compiled with njit).
Without --sig, the signatures FUNC already has (compiled at import, or
declared in its decorator) are used. The output holds one assembly module
per signature, concatenated, as `for v in f.inspect_asm().values()` writes.
A function that needs Python at run time (objmode, print(), typed
containers) is refused, naming the symbols it would need.
"""


def register(sub) -> None:
    p = add_subcommand(sub, "compile", "compile Python functions with Numba and write their assembly",
                       "Import a Python file, compile the named functions with Numba and write "
                       "their assembly (one module per signature).", EXAMPLES)
    p.add_argument("spec", metavar="FILE.py:FUNC[,FUNC...]", help="the functions to compile")
    options.add(p, (options.SIGS,))
    p.add_argument("--cpu", metavar="CPU",
                   help="compile for this CPU: host (default), generic, x86-64-v2/v3/v4 or an LLVM CPU name")
    p.add_argument("--allow-python", action="store_true",
                   help="write the assembly even if the functions need Python at run time")
    p.add_argument("-o", "--output", metavar="OUT", help="write here (atomically); '-' or absent: standard output")
    p.set_defaults(func=run)


def run(args, io) -> int:
    from ..fileio import write_output
    from ..frontend.compiler import compile_spec, parse_spec

    parse_spec(args.spec)  # a malformed spec is a usage error before numba loads
    if args.cpu is None:
        compiled = compile_spec(args.spec, args.sig, standalone=not args.allow_python)
    else:
        from ..errors import UsageError
        from ..frontend.targets import compile_for, parse_cpu

        targets = parse_cpu(args.cpu)
        if len(targets) > 1 or args.allow_python:
            raise UsageError("compile --cpu takes one target, without --allow-python (`build --cpu A,B` makes fat binaries)")
        compiled = compile_for(targets[0], [args.spec], args.sig)
    write_output(args.output, "".join(c.asm for c in compiled))
    return 0
