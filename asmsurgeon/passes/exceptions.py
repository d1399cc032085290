"""Numba's pickled exceptions made into plain strings.

The contract with the runtime (asmsurgeon/runtime) for the data:

* `.const.picklebuf.<h>` keeps Numba's 40-byte layout {data, len, sha1,
  fn, dyn}; `data` now points to a NUL-terminated "ExcClass: message"
  (decoded from the pickle with pickletools, never unpickled), `len` is
  its length, `sha1` is 0.
* A dynamic exception (`raise ValueError("bad", x)`) is built at run time
  with `data` = Numba's pickle constant, `sha1` = the native values, `fn`
  = its `__excinfo_unwrap_args*` helper and `dyn` = their number; the code
  now stores a NUL-terminated template instead ("ValueError: ('bad', \\1)",
  excinfo.describe) which the runtime fills in with the values the helper
  boxes (the print pass points its boxing at the runtime). A helper that
  still needs Python becomes a stub returning NULL: the class name only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.names import spell
from ..asm.nodes import Line, Module
from ..asm.parser import make_line, make_lines
from ..numba_abi.excinfo import describe, gas_string_bytes, gas_string_literal, pickle_key
from ..numba_abi.roles import needs_python
from .edit import splice_lines as _splice_lines
from .manager import Context
from .rename import rename_line

PICKLEBUF = ".const.picklebuf."
PICKLEDATA = ".const.pickledata."
UNWRAP_ARGS = "__excinfo_unwrap_args"
_MAX_CONSTANT = 1 << 20  # a pickled exception is a few hundred bytes


def _entity_lines(module: Module, info, name: str) -> range | None:
    ext = info.extents.get(name)
    return range(ext.start, ext.stop) if ext else None


def _constant_bytes(module: Module, lines: range) -> bytes:
    """The bytes a constant's data directives spell; empty when they are
    not plain numbers (an expression, a hand-edited or damaged file)."""
    data = bytearray()
    try:
        for i in lines:
            line = module.lines[i]
            word = line.first_word()
            if word in (".ascii", ".asciz", ".string"):
                for arg in line.first_statement().arg_texts():
                    data += gas_string_bytes(arg)
                    if word != ".ascii":
                        data.append(0)
            elif word == ".zero":
                n = int(line.first_statement().arg_texts()[0], 0)
                if n > _MAX_CONSTANT:
                    return b""
                data += bytes(n)
            elif word == ".byte":
                data += bytes(int(a, 0) & 0xFF for a in line.first_statement().arg_texts())
    except (ValueError, IndexError):
        return b""
    return bytes(data)


def pickled_exceptions(module: Module) -> list[bytes]:
    """The bytes of each pickle constant Numba put in `module` (the front
    end asks the exception classes what those print)."""
    info = module_info(module)
    return [_constant_bytes(module, _entity_lines(module, info, s.name)) for s in info.symbols.values()
            if s.defined and s.name.startswith(PICKLEDATA) and not s.name.endswith(".sha1")
            and s.name in info.extents]


def _text(data: bytes, ctx: Context) -> str | None:
    """The line for a pickled exception: what the front end computed with
    the class itself (ctx.exception_texts) or, for assembly alone, what
    the pickle says (excinfo.describe)."""
    found = ctx.exception_texts.get(pickle_key(data)) if data else None
    if found is None:
        return describe(data)
    if found.why:
        ctx.explain_note(f"exception: {found.why}")
    return found.text


@dataclass
class DecodeExceptions:
    """Rewrite Numba's pickled exception constants into plain strings."""

    name: str = "decode-exceptions"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        replace: dict[int, list[Line]] = {}
        in_bufs: set[str] = set()
        for sym in info.symbols.values():
            if sym.defined and sym.name.startswith(PICKLEBUF) and sym.name in info.extents:
                self._static(module, info, sym.name, replace, in_bufs, ctx)
        for sym in info.symbols.values():
            if not sym.defined or sym.name not in info.extents:
                continue
            if sym.name.startswith(PICKLEDATA) and sym.name not in in_bufs and not sym.name.endswith(".sha1"):
                self._dynamic(module, info, sym.name, replace, ctx)
            elif sym.name.startswith(UNWRAP_ARGS) and sym.type == "function":
                self._stub(module, info, sym.name, replace, ctx)
        return _splice_lines(module, replace) if replace else module

    def _static(self, module, info, name, replace, in_bufs, ctx) -> None:
        span = _entity_lines(module, info, name)
        quads = [i for i in span if module.lines[i].first_word() in (".quad", ".8byte")]
        longs = [i for i in span if module.lines[i].first_word() in (".long", ".4byte")]
        if len(quads) < 2 or not longs:
            return
        data_sym = next((n for n, _, _, d in module.lines[quads[0]].symbol_spans() if not d), None)
        if data_sym is None or data_sym not in info.extents:
            return
        in_bufs.add(data_sym)
        orphaned = ctx.orphaned
        for n, _, _, _d in module.lines[quads[1]].symbol_spans():
            orphaned.setdefault(n, "the pickle's checksum; the exception is a string now")
        orphaned.setdefault(data_sym, "the pickled exception; decoded into a string")
        text = _text(_constant_bytes(module, _entity_lines(module, info, data_sym)), ctx)
        text = text or "exception raised by Numba-compiled code"
        msg = spell(".const.excmsg." + name[len(PICKLEBUF):])
        raw = text.encode("utf-8")
        replace[quads[0]] = [make_line(f"\t.quad\t{msg}\n")]
        replace[longs[0]] = [make_line(f"\t.long\t{len(raw)}\n")]
        replace[quads[1]] = [make_line("\t.quad\t0\n")]
        last = span.stop - 1
        replace[last] = [module.lines[last], *make_lines(
            f"\n\t.type\t{msg},@object\n{msg}:\n\t.asciz\t{gas_string_literal(raw)}\n"
            f"\t.size\t{msg}, {len(raw) + 1}\n")]
        ctx.explain_note(f"exception: {name} -> {text!r}")

    def _dynamic(self, module, info, name, replace, ctx) -> None:
        """A pickle constant the code stores itself (a dynamic exception):
        a new constant, the message template (excinfo.describe), which the
        code now stores instead."""
        span = _entity_lines(module, info, name)
        text = _text(_constant_bytes(module, span), ctx)
        if text is None:
            return
        raw = text.encode("utf-8")
        new = spell(".const.excmsg." + name[len(PICKLEDATA):])
        last = span.stop - 1
        replace[last] = [*replace.get(last, [module.lines[last]]), *make_lines(
            f"\n\t.type\t{new},@object\n{new}:\n\t.asciz\t{gas_string_literal(raw)}\n"
            f"\t.size\t{new}, {len(raw) + 1}\n")]
        for i, line in enumerate(module.lines):
            if line.shape.symbols and not line.first_word().startswith(".") and \
                    any(n == name for n, _, _, d in line.symbol_spans() if not d):
                replace[i] = [rename_line(replace.get(i, [line])[0], {name: new}, module.path)]
        ctx.explain_note(f"exception: {name} (dynamic) -> {text!r}")

    def _stub(self, module, info, name, replace, ctx) -> None:
        """`__excinfo_unwrap_args*` turns a dynamic exception's values into
        a Python tuple; without Python it returns NULL."""
        ext = info.extents[name]
        if not any(needs_python(r) for r in info.refs.get(name, ())):
            return  # the print pass pointed its boxing at the runtime
        kept = [module.lines[i] for i in range(ext.label + 1, ext.stop)
                if module.lines[i].first_word() in (".cfi_startproc", ".cfi_endproc")]
        sym = spell(name)
        stub = make_lines(f"\txorl\t%eax, %eax\n\tretq\n\t.size\t{sym}, .-{sym}\n")
        if kept and kept[0].first_word() == ".cfi_startproc":
            stub = [kept[0], *stub, *kept[1:]]
        else:
            stub = [*stub, *kept]
        replace[ext.label + 1] = stub
        for i in range(ext.label + 2, ext.stop):
            replace[i] = []
        ctx.explain_note(f"stubbed: {name}: built a dynamic exception's arguments with Python; returns NULL now")


_DATA_DIRECTIVES = (".ascii", ".asciz", ".string", ".zero", ".byte")
