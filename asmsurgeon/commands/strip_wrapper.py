"""`asmsurgeon strip-wrapper`: the tool's namesake, Numba's assembly with
everything Python removed."""

from __future__ import annotations

from ..asm.parser import parse, parse_file
from ..passes.pipelines import concatenate, strip_passes
from ..toolchain.runtime import PROVIDED_SYMBOLS
from . import options
from .common import add_output_options, add_subcommand, pass_manager, write_module
from .rename import read_mapping

EXAMPLES = """\
  asmsurgeon strip-wrapper six.asm -o six.s && as six.s -o six.o
  asmsurgeon strip-wrapper add.asm --name add_int64_int64=iadd --explain
  asmsurgeon strip-wrapper a.asm b.asm --keep-absolute > ab.s
  cat six.asm | asmsurgeon strip-wrapper - --dump-after error-hook > six.s
  asmsurgeon strip-wrapper kern.py:show --sig 'void(int64)' --explain -o show.s

C names: the Python function's name (`six`); overloads of one name get their
argument types (`add_int64_int64`, `add_float64_float64`). --name OLD=NEW
renames one (OLD: the cfunc symbol, the core symbol or the default C name).
Passes: merge-modules, decode-exceptions, error-hook, name-cfuncs,
drop-python, pic. An input FILE.py:FUNC is compiled with numba first, for
this CPU (see 'compile'); print() of an array needs such an input, whose
Environment tells the arrays' dtypes.
"""


def register(sub) -> None:
    p = add_subcommand(sub, "strip-wrapper", "remove everything Python from Numba's assembly",
                       "Give each Numba function's C wrapper a C name, route its error path to "
                       "asmsurgeon_raise, remove the CPython wrappers and all they alone use, "
                       "and make the code position-independent.", EXAMPLES)
    p.add_argument("inputs", nargs="+", metavar="IN",
                   help="assembly file(s), '-' for standard input, or FILE.py:FUNC to compile")
    p.add_argument("--name", action="append", default=[], metavar="OLD=NEW", help="C name for one function (repeatable)")
    p.add_argument("--keep-wrapper", action="store_true", help="keep the CPython wrappers (rename only)")
    p.add_argument("--keep-absolute", action="store_true", help="leave movabsq addressing and sections as they are")
    p.add_argument("--explain", action="store_true", help="list on stderr every removed symbol and why")
    options.add(p, (options.SIGS,))
    add_output_options(p)
    p.set_defaults(func=run)


def run(args, io) -> int:
    from ..frontend.compiler import compile_for_build, is_python_spec
    from ..frontend.facts import pass_context

    names = read_mapping(args.name, None, "--name")
    if args.sig and not any(is_python_spec(i) for i in args.inputs):
        from ..errors import UsageError

        raise UsageError("--sig applies to FILE.py:FUNC inputs, not to assembly files")
    inputs, _, params = compile_for_build(args.inputs, args.sig)
    module, starts = concatenate([parse_file(i) if i in args.inputs else parse(i, "<numba>") for i in inputs])
    ctx = pass_context(params, explain=args.explain)
    passes = strip_passes(names, keep_wrapper=args.keep_wrapper, keep_absolute=args.keep_absolute, starts=starts,
                          provided=PROVIDED_SYMBOLS)
    module = pass_manager(passes, args).run(module, ctx)

    io.notes(ctx.notes)
    write_module(args, module)
    return 0
