"""`asmsurgeon build`: Numba's assembly to a standalone program or library.

A build the cache has seen (see buildcache) is answered before argparse is
even imported: `scan` reads the usual spellings of build's options, and
anything it does not know for certain goes to argparse. tests/
test_buildcache.py checks that whatever `scan` accepts, argparse reads the
same way.
"""

from __future__ import annotations

from . import options

EXAMPLES = """\
  asmsurgeon build six.asm -o six && ./six
  asmsurgeon build kernels.py:hypot --sig 'float64(float64, float64)' -o hypot
  asmsurgeon build add.asm --function add_float64_float64 -o add && ./add 0.1 0.2
  asmsurgeon build mean.asm --kind shared --header mean.h -o libmean.so
  asmsurgeon build mean.asm --kind static --header mean.h -o libmean.a   # link with -lm
  asmsurgeon build six.asm --nolibc -o six && ./six; echo $?
  asmsurgeon build kern.py:norm2 --cpu host -o norm2        # this CPU only
  asmsurgeon build kern.py:norm2 --cpu generic,x86-64-v3,host --static -o norm2

Runs strip-wrapper, add-main (for executables), as, the standalone check and
cc. An input FILE.py:FUNC is compiled with numba first (see 'compile').
Executables are PIE with full RELRO and a non-executable stack. $AS, $CC
and $AR choose the tools. A build of the same files with the same options
and tools as an earlier one copies that build's output from the per-user
cache (--no-cache, or ASMSURGEON_NO_CACHE=1, to always build).

CPU: a FILE.py:FUNC input is compiled, by default, twice: for `generic`
x86-64 (runs on any x86-64 CPU) and for `host` (this machine's CPU), and
both variants go into the output; each exported function is a GNU indirect
function that picks, at load time, the best variant the running CPU
supports. If both give the same code there is one variant. --cpu host
gives the single fast variant (it may not run on older CPUs: see `check
--cpu`); --cpu LIST (host, generic, x86-64-v2/v3/v4, an LLVM CPU name such
as skylake-avx512) chooses the variants. Without libc (--nolibc) the
choice is made at the first call instead. Exit status:
0 built, 1 refused (symbols no standalone runtime provides), 2 bad input
or a failing tool.
"""


def register(sub) -> None:
    from .common import add_subcommand

    p = add_subcommand(sub, "build", "build a standalone executable or library",
                       "Build Numba's assembly into a standalone executable, shared or static "
                       "library, or object, with no Python dependency.", EXAMPLES)
    p.add_argument("inputs", metavar="IN", nargs="+",
                   help="assembly files ('-' for standard input) or FILE.py:FUNC to compile")
    options.add(p, options.BUILD)
    p.set_defaults(func=run)


def scan(argv: list[str]) -> dict | None:
    """build's options from the words after `build`, as argparse would read
    them, or None for anything unusual (an abbreviation, `--help`, `--`,
    a value starting with '-', an option given twice, inputs in two runs):
    argparse then reads the line and reports what is wrong. Values are not
    checked (`--kind foo` passes): only builds that ran are cached, so a
    value argparse refuses never finds an entry and goes to argparse too."""
    by_flag = {flag: o for o in options.BUILD for flag in o.flags}
    opts = {"inputs": [], **{o.dest: o.initial() for o in options.BUILD}}
    runs = 0
    given = set()
    previous_positional = False
    words = iter(argv)
    for word in words:
        positional = not word.startswith("-") or word == "-"
        if positional:
            runs += not previous_positional
            opts["inputs"].append(word)
        elif word in by_flag and not by_flag[word].takes_value:
            opts[by_flag[word].dest] = True
        else:
            name, eq, value = word.partition("=")
            o = by_flag.get(name)
            if o is None or not o.takes_value or (eq and not name.startswith("--")):
                return None
            if not eq:
                value = next(words, None)
                if value is None or value.startswith("-"):
                    return None
            dest = o.dest
            if o.action == "append":
                opts[dest].append(value)
            elif dest in given:  # argparse checks every occurrence; leave it to argparse
                return None
            else:
                given.add(dest)
                opts[dest] = value
        previous_positional = positional
    if runs != 1 or opts["output"] is None:
        return None
    return opts


def run_cached(argv: list[str], io) -> int | None:
    """The exit status of `asmsurgeon build ARGV` if the cache answers it,
    else None (the caller runs the ordinary command line)."""
    opts = scan(argv)
    if opts is None:
        return None
    return _from_cache(opts, io)[0]


def _from_cache(opts: dict, io):
    """(exit status or None, the cache request or None) for a build."""
    from ..pipeline import buildcache

    if opts["no_cache"] or opts["save_temps"] or opts["allow_include"] or opts["output"] in ("", "-"):
        return None, None
    from ..errors import AsmError
    from ..pipeline.overwrite import check_outputs

    try:
        check_outputs(opts["inputs"], opts["output"], opts["header"], opts["kind"], False)
    except AsmError:  # the ordinary command line reports it
        return None, None
    request = buildcache.request(opts["inputs"], {o.dest: o.key(opts[o.dest]) for o in options.BUILD if o.key})
    if request is None:
        return None, None
    entry = buildcache.lookup(request.key)
    if entry is None or not buildcache.restore(entry, opts["output"], opts["header"], opts["kind"]):
        return None, request
    if opts["verbose"]:
        io.err(f"+ cached build {entry.path}\n")
    io.notes(entry.notes)
    return 0, request


def run(args, io) -> int:
    from ..pipeline import buildcache

    status, cached = _from_cache(vars(args), io)
    if status is not None:
        return status

    from ..fileio import scratch_directory
    from ..frontend.compiler import is_python_spec
    from ..pipeline.build import build_executable
    from ..pipeline.fat import compile_targets, default_targets
    from ..pipeline.outputs import output_mode
    from ..pipeline.overwrite import check_outputs
    from .rename import read_mapping

    check_outputs(args.inputs, args.output, args.header, args.kind, args.save_temps)
    renames = read_mapping(args.name, None)
    if args.cpu is not None and not any(is_python_spec(i) for i in args.inputs):
        from ..errors import UsageError

        raise UsageError("--cpu applies to FILE.py:FUNC inputs; assembly is already compiled for its CPU")
    with scratch_directory("asmsurgeon-cpu-") as work:
        inputs, sig, names, envs = compile_targets(args.inputs, args.sig, default_targets(args.cpu), work,
                                                   nolibc=args.nolibc)
    if cached is not None:  # parse the very bytes the key was made of
        from ..asm.parser import parse
        from ..fileio import decode

        inputs = [parse(decode(data), name) for name, data in cached.sources]
    result = build_executable(inputs[0], args.output, function=args.function, kind=args.kind,
                              nolibc=args.nolibc, header=args.header, save_temps=args.save_temps,
                              echo=(lambda line: io.err(line + "\n")) if args.verbose else None, sig=sig, extra_sources=inputs[1:],
                              param_names=names, environments=envs, static=args.static, names=renames,
                              allow_include=args.allow_include)
    io.notes(result.notes)
    if cached is not None:
        buildcache.store(cached.key, args.output, output_mode(args.kind), args.header, result.notes)
    return 0
