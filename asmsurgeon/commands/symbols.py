"""`asmsurgeon symbols`: what is in a file before surgery (and after).

One row per symbol with its role (roles.py), and for every Numba function
the C name it will get, its signature and what it calls. Works on assembly
(through the tree) and on ELF objects, executables, shared objects and
archives (through elfcheck.py).
"""

from __future__ import annotations

import json

from ..errors import UsageError
from ..numba_abi import roles
from .common import add_subcommand

SCHEMA = "asmsurgeon.symbols/1"

EXAMPLES = """\
  asmsurgeon symbols six.asm
  asmsurgeon symbols six.o libsix.a --undefined
  asmsurgeon symbols six.asm --role numba-core --role cfunc --json
  asmsurgeon symbols ./six --defined

Roles: """ + ", ".join(roles.ROLES) + """.
Input is recognised by content: ELF and ar magic, otherwise assembly.
"""


def register(sub) -> None:
    p = add_subcommand(sub, "symbols", "list symbols with their roles, and Numba functions' signatures",
                       "List every symbol of assembly, ELF objects, executables, shared objects and "
                       "static archives with its readable name and role; for Numba functions also "
                       "the C name surgery gives them, the signature and what they reference.", EXAMPLES)
    p.add_argument("inputs", nargs="+", metavar="FILE", help="assembly, ELF file or archive; '-' for standard input")
    p.add_argument("--role", action="append", default=[], metavar="ROLE", help="only symbols of this role (repeatable)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--undefined", action="store_true", help="only undefined symbols")
    g.add_argument("--defined", action="store_true", help="only defined symbols")
    p.add_argument("--json", action="store_true", help=f"print JSON (schema {SCHEMA}, see docs/symbols.md)")
    p.set_defaults(func=run)


def run(args, io) -> int:
    bad = [r for r in args.role if r not in roles.ROLES]
    if bad:
        raise UsageError(f"unknown role {bad[0]!r}; roles are: {', '.join(roles.ROLES)}")
    from ..elfcheck.inputs import load

    files = [describe(load(path), args) for path in args.inputs]
    if args.json:
        io.out(json.dumps({"schema": SCHEMA, "files": files}, indent=2) + "\n")
    else:
        io.out(tables_text(files))
    return 0


def describe(loaded, args=None) -> dict:
    """One file as the JSON document's `files[i]` object."""
    from ..numba_abi.demangle import readable

    report = loaded.report
    rows = []
    for s in report.symbols:
        if not s.name or s.type in ("section", "file"):
            continue
        role = roles.role_of(s.name, s.defined, s.binding)
        if args is not None and ((args.role and role not in args.role) or (args.undefined and s.defined)
                                 or (args.defined and not s.defined)):
            continue
        rows.append({"name": s.name, "readable": readable(s.name), "role": role, "binding": s.binding,
                     "type": s.type, "defined": s.defined, "section": s.section, "size": s.size,
                     "member": s.member})
    return {"path": report.path, "kind": report.kind, "symbols": rows,
            "functions": _functions(loaded), "isa": _isa(loaded)}


def _isa(loaded) -> list[dict]:
    """Per function, the instruction-set extensions its code uses beyond
    x86-64's baseline and the lowest x86-64 level that has them all."""
    import os

    from ..asm.isa import lowest_level
    from ..elfcheck import isa
    if loaded.module is not None:
        fns = isa.of_module(loaded.module)
    elif os.path.isfile(loaded.report.path):
        fns = isa.of_binary(loaded.report.path)
    else:  # an ELF file read from standard input: objdump cannot see it
        return []
    return [{"function": f.name, "readable": isa.display_name(f.name), "extensions": f.extensions,
             "level": lowest_level(f.extensions), "dispatched": f.dispatched,
             "first": {e: f.uses[e].instruction for e in f.extensions}}
            for f in fns.values() if f.extensions]


def _functions(loaded) -> list[dict]:
    """The Numba functions: for assembly with the signatures the tree tells,
    for ELF files from the symbol table alone."""
    from ..numba_abi.families import families, group
    from ..numba_abi.signature import UNKNOWN, Signature

    report = loaded.report
    if loaded.module is not None:
        fams = families(loaded.module)
    else:
        fams = group(s.name for s in report.symbols if s.defined)
    uses: dict[str, set[str]] = {}
    for target, funcs in report.references.items():
        for f in funcs:
            uses.setdefault(f, set()).add(target)
    out = []
    for core, f in fams.items():
        n, c_name, sig = f.name, f.c_name, f.signature
        if sig is None and loaded.module is not None:  # the tree was read: say what it could not tell
            sig = Signature(n.args, UNKNOWN)
        refs: dict[str, list[str]] = {}
        for target in sorted(uses.get(core, set()) - {core}):
            refs.setdefault(roles.reference_kind(target), []).append(target)
        out.append({"symbol": core, "c_name": c_name, "readable": n.readable, "args": list(n.args),
                    "ret": sig.ret if sig else None, "signature": str(sig) if sig else None,
                    "references": refs})
    return out


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return ["  ".join([c.ljust(w) for c, w in zip(r, widths)] + [r[-1]]).rstrip() for r in rows]


def tables_text(files: list[dict]) -> str:
    lines: list[str] = []
    for k, f in enumerate(files):
        if len(files) > 1:
            lines.append(("\n" if k else "") + f"{f['path']} ({f['kind']}):")
        member = any(s["member"] for s in f["symbols"])
        head = ["ROLE", "BIND", "DEF", "SECTION", "SIZE", *(["MEMBER"] if member else []), "NAME", "SYMBOL"]
        rows = [head]
        for s in f["symbols"]:
            rows.append([s["role"], s["binding"], "D" if s["defined"] else "U", s["section"] or "-",
                         "-" if s["size"] is None else str(s["size"]), *([s["member"] or "-"] if member else []),
                         s["readable"], "" if s["readable"] == s["name"] else s["name"]])
        if len(rows) > 1:
            lines.extend(_table(rows))
        if f["functions"]:
            lines.append("\nNumba functions:")
            rows = [["C NAME", "SIGNATURE", "REFERENCES"]]
            for fn in f["functions"]:
                sig = fn["signature"] or f"?({', '.join(fn['args'])})"
                refs = "; ".join(f"{kind}: {', '.join(_short(n) for n in names)}"
                                 for kind, names in sorted(fn["references"].items()) if kind not in ("const", "env"))
                rows.append([fn["c_name"], sig, refs or "-"])
            lines.extend(_table(rows))
        if f["isa"]:
            lines.append("\nInstruction sets beyond x86-64 (SSE2):")
            rows = [["LEVEL", "EXTENSIONS", "FUNCTION"]]
            rows += [[i["level"], ",".join(i["extensions"]), i["readable"]] for i in f["isa"]]
            lines.extend(_table(rows))
    return "".join(line + "\n" for line in lines)


def _short(name: str) -> str:
    from ..numba_abi.demangle import parse_numba_name

    n = parse_numba_name(name)
    if n is None:
        return name
    return n.readable if n.role == "core" else f"{n.role} {n.readable}"
