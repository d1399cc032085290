"""`asmsurgeon check`: the pre-link hook. Exit 0 if the files can be linked
into a program without Python, 1 (with every offending symbol and the
functions that use it) if not, 2 if a file cannot be read."""

from __future__ import annotations

import json

from .common import add_subcommand

SCHEMA = "asmsurgeon.check/1"

EXAMPLES = """\
  asmsurgeon check six.o && cc -o six six.o main.o
  asmsurgeon check six.o main.o --require main
  asmsurgeon check libsix.a --forbid 'malloc' --allow 'my_*'
  asmsurgeon check ./six --json
  asmsurgeon check --cpu x86-64-v2 ./norm2   # before shipping to older CPUs

Files checked together are one link set: a reference one of them defines is
satisfied. Others must come from the standalone runtime, libc, libm or
libgcc; never from the Python C API (Py*, _Py*) or Numba's numba_* helpers.
Executables and shared objects also fail if DT_NEEDED names libpython.
Assembly input is checked from its source (no assembling).
--cpu LEVEL (generic, x86-64-v2, x86-64-v3, x86-64-v4) also fails on code
needing an extension LEVEL lacks (AVX on x86-64-v2...), naming its first
instruction and function; a fat build's dispatched variants are exempt.
Exit status: 0 ok, 1 problems found, 2 unreadable input.
"""


def register(sub) -> None:
    p = add_subcommand(sub, "check", "check that files link without Python (pre-link hook)",
                       "Fail (exit 1) if the files reference anything a program without Python "
                       "cannot provide, listing each symbol and the functions that use it.", EXAMPLES)
    p.add_argument("inputs", nargs="+", metavar="FILE", help="ELF object, executable, shared object, archive or assembly")
    p.add_argument("--forbid", action="append", default=[], metavar="GLOB",
                   help="fail if a symbol matching GLOB is referenced or defined (wins over --allow)")
    p.add_argument("--allow", action="append", default=[], metavar="GLOB",
                   help="accept undefined references matching GLOB (provided elsewhere)")
    p.add_argument("--require", action="append", default=[], metavar="SYMBOL",
                   help="fail unless SYMBOL is defined, e.g. main or _start")
    p.add_argument("--cpu", metavar="LEVEL", help="also fail on instructions LEVEL lacks (e.g. x86-64-v2)")
    p.add_argument("--json", action="store_true", help=f"print JSON (schema {SCHEMA}, see docs/check.md)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing when the check passes")
    p.set_defaults(func=run)


def to_json(report) -> dict:
    from ..numba_abi.demangle import readable

    files = [{"path": r.path, "kind": r.kind, "needed": r.needed, "interp": r.interp, "pie": r.pie,
              "relro": r.relro, "bind_now": r.bind_now, "nx_stack": r.nx_stack, "textrel": r.textrel,
              "undefined": sorted(s.name for s in r.undefined)} for r in report.files]
    problems = [{"path": p.path, "kind": p.kind, "symbol": p.symbol, "readable": readable(p.symbol),
                 "reason": p.reason, "referenced_by": list(p.referenced_by)} for p in report.problems]
    return {"schema": SCHEMA, "ok": report.ok, "files": files, "problems": problems}


def run(args, io) -> int:
    from ..elfcheck.inputs import check

    if args.cpu is not None:
        from ..elfcheck.isa import over_level

        over_level({}, args.cpu)  # a bad level is a usage error before any file is read
    report = check(args.inputs, args.forbid, args.allow, args.require)
    if args.cpu is not None:
        refused = _cpu_check(args.inputs, args.cpu, io)
        if refused:
            return 1
    if args.json:
        io.out(json.dumps(to_json(report), indent=2) + "\n")
    elif report.ok:
        if not args.quiet:
            io.out(str(report) + "\n")
    else:
        io.out(str(report) + "\n")
    return 0 if report.ok else 1


def _cpu_check(paths: list[str], level: str, io) -> bool:
    """Print every function needing more than `level`; True if any does."""
    from ..elfcheck.isa import display_name, of_file, over_level

    refused = False
    for path in paths:
        for v in over_level(of_file(path), level):
            io.out(v.render(level).replace(v.function, display_name(v.function), 1) + "\n")
            refused = True
    return refused
