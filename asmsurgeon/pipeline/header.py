"""C prototypes for the functions a library exports.

Each exported function is declared as the library defines it (`NAME`):
scalars by value, complex parameters as their two parts (`z_re, z_im`),
arrays as the fields of Numba's array struct, and the result as LLVM
returns it, which C receives through a struct that matches its registers
(at most two machine words) or its memory (a hidden result pointer, for
anything larger). On top of that, static inline shims in the header:

- `NAME_array`: arrays as `const asmsurgeon_array *` (any rank and
  strides), complex numbers as `asmsurgeon_complex128`/`64` structs (not C99
  `_Complex`, which C++ lacks), and the result converted: an array comes
  back as an `asmsurgeon_array` to release with asmsurgeon_array_release(),
  a tuple as the struct `NAME_result` (fields f0, f1, ...);
- `NAME_ptr`: each array as a pointer to C-contiguous data plus its
  extents (`xs, xs_len` for 1-D, `m, m_n0, m_n1` for N-D).

A result LLVM spreads over more registers than a C struct can use (three
integers, or floats in x87 registers) cannot be received from C at all:
the library has `NAME_into` for it (asmsurgeon.passes.trampolines), which
takes a pointer to `NAME_raw` after the arguments.

Nothing from a signature reaches the header except through c_comment
(comments) or after parse_type accepted it (types and names).
"""

from __future__ import annotations

import os
import re

from ..asm.names import is_c_identifier
from ..numba_abi.cabi import Array, NoneType, Scalar, Tuple, parse_type, returns_in_memory, value_units
from ..numba_abi.params import array_fields, resolve
from ..numba_abi.signature import Signature

_C = {"i": "int{}_t", "u": "uint{}_t", "f": {32: "float", 64: "double"}}


def c_scalar(s: Scalar) -> str:
    if s.kind == "b":
        return "bool"
    if s.kind == "c":
        return f"asmsurgeon_complex{s.bits}"
    t = _C[s.kind]
    return t[s.bits] if isinstance(t, dict) else t.format(s.bits)


def c_comment(text: str) -> str:
    """`text` made safe inside /* */: no comment end, printable ASCII only."""
    text = "".join(c if " " <= c <= "~" else "?" for c in text)
    return text.replace("*/", "* /").replace("/*", "/ *")


def guard_for(path: str) -> str:
    """The include guard of the header written to `path`, from its file name."""
    stem = re.sub(r"[^A-Za-z0-9]+", "_", os.path.basename(path)).strip("_").upper()
    return f"ASMSURGEON_{stem or 'HEADER'}_INCLUDED"


def _nice(t, name: str) -> str:
    """The C type a shim returns for `t`."""
    if isinstance(t, NoneType):
        return "void"
    if isinstance(t, Scalar):
        return c_scalar(t)
    if isinstance(t, Array):
        return "asmsurgeon_array"
    fields = " ".join(f"{_nice(item, '')} f{k};" for k, item in enumerate(t.items))
    return name or f"struct {{ {fields} }}"


def _tuple_struct(t: Tuple, name: str) -> str:
    fields = " ".join(f"{_nice(item, '')} f{k};" for k, item in enumerate(t.items))
    return f"typedef struct {{ {fields} }} {name};"


class _Raw:
    """How C receives a result: `ctype` of the declared function, and C
    expressions for each unit of value_units(t) given the variable `r`."""

    def __init__(self, t, name: str):
        self.structs: list[str] = []
        self.into = False
        if isinstance(t, NoneType) or (isinstance(t, Scalar) and t.kind != "c") or (
                isinstance(t, Scalar) and t.bits == 128):
            self.ctype, self.units = _nice(t, ""), None
            return
        units = value_units(t)
        if isinstance(t, Tuple) and all(isinstance(i, Scalar) and i.kind != "c" and i.size == 8 for i in t.items) \
                and len(units) <= 2:  # C's struct of two words returns as LLVM does
            self.ctype, self.units = f"{name}_result", None
            return
        self.ctype = f"{name}_raw"
        self.into = not returns_in_memory(t) and len(units) > 2  # NAME_into stores it (passes.trampolines)
        if returns_in_memory(t) or self.into:  # a struct with the result's memory layout
            fields, self.units, k, starts = [], [], 0, self._array_starts(t)
            while k < len(units):
                u = units[k]
                if k in starts:
                    n = starts[k]
                    fields.append(f"int64_t w{k}[{n}];")
                    self.units += [f"r.w{k}[{j}]" for j in range(n)]
                    k += n
                    continue
                fields.append(f"{'bool' if u.scalar.kind == 'b' else c_scalar(u.scalar)} w{k};")
                self.units.append(f"r.w{k}")
                k += 1
        else:  # registers: one C word per LLVM register
            fields = [f"{'double' if u.cls == 'sse' else 'int64_t'} w{k};" for k, u in enumerate(units)]
            self.units = [_from_word(u, f"r.w{k}") for k, u in enumerate(units)]
        self.structs.append(f"typedef struct {{ {' '.join(fields)} }} {name}_raw;")

    @staticmethod
    def _array_starts(t) -> dict[int, int]:
        """Unit index -> word count of each array inside `t`."""
        out, k = {}, 0

        def walk(t):
            nonlocal k
            if isinstance(t, Tuple):
                for i in t.items:
                    walk(i)
            elif isinstance(t, Array):
                out[k] = 5 + 2 * t.ndim
                k += out[k]
            else:
                k += 2 if t.kind == "c" else 1

        walk(t)
        return out


def _from_word(u, expr: str) -> str:
    """One register's value as the unit's C type (upper bits undefined)."""
    s = u.scalar
    if u.cls == "sse":
        return f"asmsurgeon_impl_float({expr})" if s.bits == 32 else expr
    if s.kind == "b":
        return f"(({expr} & 1) != 0)"
    return f"({c_scalar(s)}){expr}"


def _convert(t, units: list[str], target: str, out: list[str]) -> None:
    """Statements filling `target` (of type _nice(t)) from raw unit expressions."""
    if isinstance(t, Tuple):
        for k, item in enumerate(t.items):
            _convert(item, units, f"{target}.f{k}", out)
    elif isinstance(t, Array):
        words = [units.pop(0) for _ in range(5 + 2 * t.ndim)]
        base = words[0].rsplit("[", 1)[0]
        out.append(f"{target} = asmsurgeon_array_adopt({base}, {t.ndim});")
    elif t.kind == "c":
        out.append(f"{target}.re = {units.pop(0)};")
        out.append(f"{target}.im = {units.pop(0)};")
    else:
        out.append(f"{target} = {units.pop(0)};")


def _function(name: str, sig: Signature, names, structs: list[str]) -> list[str]:
    ret = parse_type(sig.ret)
    params = [parse_type(a) for a in sig.args]
    spelled = [p or f"a{i}" for i, p in enumerate(resolve(names, sig.args, name), 1)]
    raw = _Raw(ret, name)
    structs += raw.structs
    if isinstance(ret, Tuple):
        structs.append(_tuple_struct(ret, f"{name}_result"))
    decl, arr_params, arr_args, ptr_params, ptr_args = [], [], [], [], []
    for t, p in zip(params, spelled):
        if isinstance(t, Array):
            ctype = c_scalar(t.dtype)
            types = ["void *", "void *", "int64_t ", "int64_t ", f"{ctype} *", *["int64_t "] * (2 * t.ndim)]
            decl += [ty + field for ty, field in zip(types, array_fields(p, t.ndim))]
            arr_params.append(f"const asmsurgeon_array *{p}")
            arr_args += ["0", "0", f"asmsurgeon_impl_nitems({p})", f"{p}->itemsize", f"({ctype} *){p}->data",
                         *[f"{p}->shape[{d}]" for d in range(t.ndim)],
                         *[f"asmsurgeon_impl_stride({p}, {d})" for d in range(t.ndim)]]
            ext = [f"{p}_len"] if t.ndim == 1 else [f"{p}_n{d}" for d in range(t.ndim)]
            ptr_params += [f"const {ctype} *{p}", *[f"int64_t {e}" for e in ext]]
            strides = [" * ".join([*ext[d + 1:], f"(int64_t)sizeof(*{p})"]) for d in range(t.ndim)]
            ptr_args += ["0", "0", " * ".join(ext) if ext else "1", f"(int64_t)sizeof(*{p})", f"({ctype} *){p}",
                         *ext, *strides]
        elif t.kind == "c":
            part = "float" if t.bits == 64 else "double"
            decl += [f"{part} {p}_re", f"{part} {p}_im"]
            arr_params.append(f"{c_scalar(t)} {p}")
            ptr_params.append(f"{c_scalar(t)} {p}")
            arr_args += [f"{p}.re", f"{p}.im"]
            ptr_args += [f"{p}.re", f"{p}.im"]
        else:
            decl.append(f"{c_scalar(t)} {p}")
            arr_params.append(decl[-1])
            ptr_params.append(decl[-1])
            arr_args.append(p)
            ptr_args.append(p)
    if raw.into:
        out = [f"/* {c_comment(str(sig))}: {name} returns its result in registers C cannot read;\n"
               f" * {name}_into stores it through its last argument instead. */\n"
               f"void {name}_into({', '.join([*decl, f'{name}_raw *asmsurgeon_result'])});"]
    else:
        out = [f"/* {c_comment(str(sig))} */\n{raw.ctype} {name}({', '.join(decl) or 'void'});"]
    nice = f"{name}_result" if isinstance(ret, Tuple) else _nice(ret, "")

    def shim(suffix: str, shim_params: list[str], args: list[str]) -> str:
        call = f"{name}({', '.join(args)})"
        if raw.units is None:
            body = [f"{'' if nice == 'void' else 'return '}{call};"]
        elif raw.into:
            body = [f"{raw.ctype} r;", f"{name}_into({', '.join([*args, '&r'])});", f"{nice} asmsurgeon_out;"]
            _convert(ret, list(raw.units), "asmsurgeon_out", body)
            body.append("return asmsurgeon_out;")
        else:
            body = [f"{raw.ctype} r = {call};", f"{nice} asmsurgeon_out;"]
            _convert(ret, list(raw.units), "asmsurgeon_out", body)
            body.append("return asmsurgeon_out;")
        return (f"static inline {nice} {name}_{suffix}({', '.join(shim_params) or 'void'})\n{{\n"
                + "".join(f"    {line}\n" for line in body) + "}")

    has_arrays = any(isinstance(t, Array) for t in params)
    if has_arrays or raw.units is not None or any(isinstance(t, Scalar) and t.kind == "c" for t in params):
        out.append(shim("array", arr_params, arr_args))
    if has_arrays:
        out.append(shim("ptr", ptr_params, ptr_args))
    return out


_COMMON_HEAD = """\
#ifndef ASMSURGEON_COMMON_TYPES
#define ASMSURGEON_COMMON_TYPES
/* Complex numbers: real and imaginary parts, laid out as C99's _Complex. */
typedef struct { double re, im; } asmsurgeon_complex128;
typedef struct { float re, im; } asmsurgeon_complex64;

"""


_COMMON_TAIL = """\

#ifdef __cplusplus
extern "C" {
#endif
asmsurgeon_array asmsurgeon_array_adopt(const int64_t *words, int64_t ndim);
void asmsurgeon_array_release(asmsurgeon_array *a);
/* Called when a function raises; the default prints the exception and
 * exits with status 1. Define your own to handle errors differently. */
void asmsurgeon_raise(const void *excinfo, int status);
#ifdef __cplusplus
}
#endif

static inline int64_t asmsurgeon_impl_stride(const asmsurgeon_array *a, int64_t d)
{
    int64_t s = a->itemsize, k;
    if (a->strides)
        return a->strides[d];
    for (k = d + 1; k < a->ndim; k++)
        s *= a->shape[k];
    return s;
}

static inline int64_t asmsurgeon_impl_nitems(const asmsurgeon_array *a)
{
    int64_t n = 1, k;
    for (k = 0; k < a->ndim; k++)
        n *= a->shape[k];
    return n;
}

/* A float32 result in an xmm register read as a double's first bytes. */
static inline float asmsurgeon_impl_float(double word)
{
    float f;
    memcpy(&f, &word, sizeof f);
    return f;
}
#endif /* ASMSURGEON_COMMON_TYPES */
"""


def _common() -> str:
    """The types every header shares; asmsurgeon_array is the runtime's own
    typedef (runtime/array.h), copied so that the header stands alone."""
    from ..toolchain.runtime import source_dir

    text = (source_dir() / "array.h").read_text()
    start = text.index("/* An array of any rank.")
    end = text.index("} asmsurgeon_array;\n") + len("} asmsurgeon_array;\n")
    return _COMMON_HEAD + text[start:end] + _COMMON_TAIL


def header_text(functions: dict[str, Signature], guard: str = "ASMSURGEON_GENERATED_H",
                param_names: dict[str, tuple[str, ...]] | None = None, unknown=()) -> str:
    """`param_names`: C name -> the Python parameter names, where known;
    `unknown`: functions whose result type nobody knows (listed, not declared)."""
    structs: list[str] = []
    protos: list[str] = [f"/* {c_comment(n)}: what it returns cannot be told from the assembly; "
                         "not declared (build it with --function and --sig). */" for n in unknown]
    for name, sig in sorted(functions.items()):
        if not is_c_identifier(name):
            protos.append(f"/* {c_comment(name)}: not a C identifier; not declared. */")
            continue
        protos += _function(name, sig, (param_names or {}).get(name), structs)
    return "\n".join([
        "/* Generated by asmsurgeon build --header. */",
        f"#ifndef {guard}", f"#define {guard}", "",
        "#include <stdbool.h>", "#include <stdint.h>", "#include <string.h>", "",
        "/* NAME is the function as the library defines it: arrays as Numba's",
        " * struct passed field by field (meminfo, parent, nitems, itemsize,",
        " * data, shape[N], strides[N]; meminfo and parent may be NULL, strides",
        " * in bytes), complex parameters as their two parts. NAME_array takes",
        " * asmsurgeon_array and asmsurgeon_complex structs and returns arrays as",
        " * asmsurgeon_array, tuples as NAME_result; NAME_ptr takes C-contiguous",
        " * arrays as a pointer and their extents. */",
        _common(),
        "#ifdef __cplusplus", 'extern "C" {', "#endif", "",
        "/* Errors: a function that raises returns 0 (0.0, false) and records",
        " * \"ExcType: message\" for the calling thread; asmsurgeon_last_error()",
        " * returns it (NULL when none was raised since the last clear) and",
        " * asmsurgeon_clear_error() forgets it. The program never exits. The",
        " * hook that records it is asmsurgeon_raise (weak: define your own to",
        " * handle errors differently). */",
        "const char *asmsurgeon_last_error(void);",
        "void asmsurgeon_clear_error(void);",
        "void asmsurgeon_raise(const void *excinfo, int status);", "",
        *structs, "", "\n\n".join(protos), "",
        "#ifdef __cplusplus", "}", "#endif", f"#endif /* {guard} */", "",
    ])
