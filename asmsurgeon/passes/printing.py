"""print() without Python: Numba's CPython calls pointed at the runtime.

Numba lowers `print(a, "x")` in a core function to a fixed vocabulary of
CPython calls (numba/cpython/printimpl.py, core/pythonapi.py): box each
value, `PyObject_Str`, `PyUnicode_AsUTF8`, `PySys_FormatStdout`,
`Py_DecRef`, between `numba_gil_ensure`/`release`; a literal argument is a
pickle given to `numba_unpickle`. Numba's unwrap function of a dynamic
exception (`__excinfo_unwrap_args*`) boxes the raised values with the same
vocabulary. Rather than re-deriving each sequence, this pass renames every
callee of that vocabulary, in those functions only, to the function of the
same signature in runtime/print.c; the code Numba generated then runs as
it is. A literal's pickle becomes its str(), decoded at build time; the
function's environment pointer, which boxing checks for NULL, becomes a
local non-NULL word. An array is boxed with a dtype Numba reads from the
function's Environment (`PyList_GetItem(env->consts, i)`), which only the
front end knows (Context.environments): that word then points to a table
of the dtypes, in the runtime's encoding, which the code reads in its
place; the array's type, a pickled `numpy.ndarray`, becomes a marker the
runtime knows. A print() of what the runtime cannot show (a dict, a set, an
array of records...) is refused, naming the function and type.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..asm.analysis import module_info
from ..asm.calls import calls
from ..asm.names import spell
from ..asm.nodes import Line, Module
from ..asm.parser import make_lines
from ..errors import InputError
from ..numba_abi.demangle import parse_numba_name, readable
from ..numba_abi.environment import CONSTS_OFFSET, PRINTABLE_DTYPES, EnvConstant
from ..numba_abi.excinfo import GlobalRef, Opaque, gas_string_literal, read_pickle
from ..numba_abi.roles import is_numba_helper, needs_python
from .edit import splice_lines as _splice_lines
from .exceptions import _constant_bytes
from .manager import Context
from .parallel import rewritten_calls
from .rename import rename_line

PRINT = "PySys_FormatStdout"
UNPICKLE = "numba_unpickle"
GIL_ENSURE = "numba_gil_ensure"
UNWRAP_ARGS = "__excinfo_unwrap_args"
ENV = ".Lasmsurgeon_env"
ARRAY_BOX = "NRT_adapt_ndarray_to_python_acqref"
READ_CONST = "PyList_GetItem"  # of the environment's constants
# The array type Numba boxes with, pickled; the runtime's unpickle knows this
# text (never valid UTF-8, so no literal's).
NDARRAY = GlobalRef("numpy", "ndarray")
NDARRAY_MARK = b"\xffnumpy.ndarray"

_BOX_INT, _BOX_UINT = "asmsurgeon_box_int", "asmsurgeon_box_uint"
SHIMS = {
    "PyLong_FromLongLong": _BOX_INT, "PyLong_FromLong": _BOX_INT, "PyLong_FromSsize_t": _BOX_INT,
    "PyLong_FromUnsignedLongLong": _BOX_UINT, "PyLong_FromUnsignedLong": _BOX_UINT,
    "PyLong_FromSize_t": _BOX_UINT,
    "PyFloat_FromDouble": "asmsurgeon_box_float",
    "PyBool_FromLong": "asmsurgeon_box_bool",
    "PyComplex_FromDoubles": "asmsurgeon_box_complex",
    "_Py_NoneStruct": "asmsurgeon_none",
    "PyUnicode_FromKindAndData": "asmsurgeon_box_str_kind",
    "PyUnicode_FromString": "asmsurgeon_box_cstr",
    "PyTuple_New": "asmsurgeon_tuple_new",
    "PyTuple_SetItem": "asmsurgeon_tuple_set",
    "PyTuple_Pack": "asmsurgeon_tuple_pack",
    "PyList_New": "asmsurgeon_list_new",
    "PyList_SetItem": "asmsurgeon_tuple_set",
    "Py_IncRef": "asmsurgeon_obj_incref",
    "Py_DecRef": "asmsurgeon_obj_decref",
    "PyObject_Hash": "asmsurgeon_obj_hash",
    "PyObject_Str": "asmsurgeon_obj_str",
    "PyUnicode_AsUTF8": "asmsurgeon_str_utf8",
    PRINT: "asmsurgeon_write_stdout",
    "PyErr_WriteUnraisable": "asmsurgeon_write_unraisable",
    "PyErr_SetString": "asmsurgeon_err_set_string",
    "PyExc_RuntimeError": "asmsurgeon_runtime_error",
    GIL_ENSURE: "asmsurgeon_gil_ensure",
    "numba_gil_release": "asmsurgeon_gil_release",
    UNPICKLE: "asmsurgeon_unpickle",
    ARRAY_BOX: "asmsurgeon_box_array",
    READ_CONST: "asmsurgeon_env_const",
}

# What the boxing of a value the runtime cannot print calls first: its type.
UNPRINTABLE = (("PySet_", "a set"), ("PyDict_", "a dict"), ("PyList_", "a list"),
               # numba.typed.Dict/List box through Python's numba.typed module
               ("NRT_meminfo_as_pyobject", "a dict or typed container"),
               ("PyObject_Call", "an object (boxed by calling Python)"),
               ("numba_unpickle", "an object"), ("PyBytes_", "bytes"), ("PyObject_GetAttr", "an object"))


def printed_type(symbols) -> str:
    """The kind of value whose boxing needs these symbols."""
    for prefix, what in UNPRINTABLE:
        if any(s.startswith(prefix) for s in symbols):
            return what
    return "a Python object"


@dataclass
class PrintToRuntime:
    """Point print()'s and the exception unwrappers' CPython calls at the
    runtime's print.c."""

    name: str = "print"

    def run(self, module: Module, ctx: Context) -> Module:
        info = ctx.analysis(module_info, module)
        replace: dict[int, list[Line]] = {}
        created: set[str] = set()
        k = -1
        for sym in info.symbols.values():
            n = parse_numba_name(sym.name) if sym.defined else None
            if sym.type != "function" or sym.name not in info.extents or (n is not None and n.role != "core"):
                continue
            ext = info.extents[sym.name]
            sites = calls(module, ext.label + 1, ext.stop)
            unwrap = sym.name.startswith(UNWRAP_ARGS)
            lines = range(ext.label + 1, ext.stop)
            # References, not call targets: a loop that prints may load
            # PySys_FormatStdout's address once and call it through a register.
            refs = {name for i in lines for name, _, _, d in module.lines[i].symbol_spans() if not d}
            if PRINT not in refs and not unwrap:
                continue
            # A function that also launches a prange region keeps its launch's
            # thread-state calls for the parallel-regions pass.
            missing = {r for r in refs if needs_python(r) and r not in SHIMS} - rewritten_calls(sym.name, refs).keys()
            if unwrap and (missing or READ_CONST in refs):
                continue  # left to DecodeExceptions' stub: the class name only
            # Numba's other C helpers (np.median's reshape...) box nothing:
            # whether the runtime has them is the standalone check's business.
            missing = {r for r in missing if not is_numba_helper(r)}
            if missing:
                raise InputError(module.path, f"{readable(sym.name)}: print() of {printed_type(missing)} "
                                              f"needs Python (its boxing calls {', '.join(sorted(missing))})")
            env = next((r for r in sorted(refs) if (e := parse_numba_name(r)) is not None and e.role == "env"), None)
            consts = self._constants(module, ctx, sym.name, sites, env) if READ_CONST in refs else None
            mapping = {r: SHIMS[r] for r in refs if r in SHIMS}
            mapping.update(self._literals(module, info, sites, replace, created))
            if env is not None:
                k += 1
                while f"{ENV}{k}" in info.symbols:
                    k += 1
                mapping[env] = f"{ENV}{k}"
            for i in lines:
                new = rename_line(module.lines[i], mapping, module.path)
                if new is not module.lines[i]:
                    replace[i] = [new]
            if env is not None:
                self._define_env(module, lines, mapping[env], replace, consts)
            self._explain(ctx, sym.name, sites, unwrap, consts or ())
        return _splice_lines(module, replace) if replace else module

    def _constants(self, module: Module, ctx: Context, name: str, sites, env: str | None) -> tuple[EnvConstant, ...]:
        """The environment constants the function reads (boxing an array
        reads its dtype there), refusing what the runtime cannot print."""
        consts = ctx.environments.get(env) if env is not None else None
        if consts is None:
            raise InputError(module.path, f"{readable(name)}: print() of an array needs its dtype, which Numba keeps "
                                          "in the function's Environment, not in the assembly; build FILE.py:FUNC "
                                          "instead (the front end reads the Environment when it compiles)")
        read = [c.immediate("rsi") for c in sites if c.target == READ_CONST]
        known = [consts[i] for i in read if i is not None and 0 <= i < len(consts)]
        for c in known if len(known) == len(read) else consts:
            if not c.printable:
                raise InputError(module.path, f"{readable(name)}: print() of an array of {c.described()} needs "
                                              "Python (the runtime prints arrays of booleans, integers, floats "
                                              "and complex numbers)")
        return consts

    def _literals(self, module: Module, info, sites, replace, created: set[str]) -> dict[str, str]:
        """Each pickled literal's new constant: its str(), NUL-terminated."""
        out = {}
        # Branches that print different literals may share one call.
        data = [w.symbol for c in sites if c.target == UNPICKLE for w in c.writers("rdi") if w is not None]
        for data_sym in data:
            if data_sym is None or data_sym in out or data_sym not in info.extents:
                continue
            ext = info.extents[data_sym]
            try:
                value = read_pickle(_constant_bytes(module, range(ext.start, ext.stop)))
            except (ValueError, IndexError, TypeError, KeyError):
                value = Opaque()
            if value == NDARRAY:
                text = NDARRAY_MARK
            elif isinstance(value, Opaque) or not isinstance(value, (str, int, float, bool, type(None))):
                raise InputError(module.path, f"print() of a constant {data_sym} the runtime cannot decode")
            else:
                text = str(value).encode("utf-8")
            new = ".const.printarg." + hashlib.sha1(text).hexdigest()
            out[data_sym] = new
            last = ext.stop - 1
            if new not in info.symbols and new not in created:
                created.add(new)
                sym = spell(new)
                tail = replace.get(last, [module.lines[last]])
                replace[last] = [*tail, *make_lines(
                    f"\n\t.type\t{sym},@object\n{sym}:\n\t.asciz\t{gas_string_literal(text)}\n"
                    f"\t.size\t{sym}, {len(text) + 1}\n")]
        return out

    def _define_env(self, module: Module, lines: range, name: str, replace,
                    consts: tuple[EnvConstant, ...] | None) -> None:
        """Boxing checks that the function's environment pointer is not
        NULL (Python fills it in at load time): an assembler-local word
        after the function stands for it, so no Numba symbol is left in
        the object. Nothing reads through it (a word of 1) unless the
        function reads constants: then it points to a body whose `consts`
        is the table of their dtypes, `kind | bits << 8` (0: none the
        runtime prints), which asmsurgeon_env_const indexes."""
        at = next((i for i in lines if module.lines[i].first_word() == ".size"), lines.stop - 1)
        if consts is None:
            body = "\t.quad\t1\n"
        else:
            codes = [ord(PRINTABLE_DTYPES[c.name][0]) | PRINTABLE_DTYPES[c.name][1] << 8 if c.printable else 0
                     for c in consts]
            body = (f"\t.quad\t{name}_body\n{name}_body:\n\t.zero\t{CONSTS_OFFSET}\n\t.quad\t{name}_consts\n"
                    f"{name}_consts:\n" + "".join(f"\t.quad\t{c}\n" for c in codes or [0]))
        replace[at] = [*replace.get(at, [module.lines[at]]), *make_lines(
            f"\t.pushsection\t.data,\"aw\",@progbits\n\t.p2align\t3\n{name}:\n{body}\t.popsection\n")]

    def _explain(self, ctx: Context, name: str, sites, unwrap: bool, consts: tuple[EnvConstant, ...]) -> None:
        if unwrap:
            ctx.explain_note(f"print: {name}: boxes the exception's values with the runtime's objects")
            return
        items, start, dtype = 0, None, "?"
        for c in sites:
            if c.target == GIL_ENSURE:
                items, start = 0, c.line
            elif c.target == "PyObject_Str":  # once per item (pythonapi.print_object)
                items += 1
            elif c.target == READ_CONST:  # the dtype of the array boxed next (boxing.box_array)
                i = c.immediate("rsi")
                dtype = consts[i].name if i is not None and 0 <= i < len(consts) else "?"
            elif c.target == ARRAY_BOX:
                ctx.explain_note(f"print: {readable(name)}: array at line {c.line + 1} "
                                 f"({dtype}, {c.immediate('rdx')}-D) -> asmsurgeon_box_array")
            elif c.target == "numba_gil_release" and start is not None:
                ctx.explain_note(f"print: {readable(name)}: print() at line {start + 1} "
                                 f"({items} items) -> asmsurgeon_write_stdout")
                start = None
