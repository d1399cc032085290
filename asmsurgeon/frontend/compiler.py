"""From a Python function to Numba's assembly, without the hand-written
`inspect_asm()` loop.

A *spec* names functions in a Python file, `kernels.py:f,g`. The file is
imported the way Python imports any module (its directory on `sys.path`,
its name taken from the file name), so Numba mangles the functions as
`_ZN7kernels1f...` and module-level code runs as usual while the
`if __name__ == "__main__"` block does not. Each function's signatures are
compiled and their assembly concatenated exactly as
`for v in f.inspect_asm().values(): out.write(v)` would: one module per
signature, the shape strip-wrapper reads.

A function that needs Python at run time (object mode, `objmode` blocks,
`print`, typed containers) compiles fine but cannot run standalone; it is
refused here (see asmsurgeon.standalone) unless the caller opts out.

numba is imported inside the functions that need it, so `import
asmsurgeon.frontend` stays as cheap as the rest of the package.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from ..errors import AsmError, InputError, UsageError
from ..numba_abi.environment import EnvConstant, Environments
from ..numba_abi.excinfo import ExceptionText
from .threadptrs import name_pointers

_SPEC = re.compile(r"(?P<path>.+\.py):(?P<names>\s*[A-Za-z_]\w*\s*(?:,\s*[A-Za-z_]\w*\s*)*)\Z", re.S)
# `f:int64(int64)` gives one function of a multi-function spec its own
# signature; a bare signature applies to every function named. Numba's own
# spellings never start with `identifier:` (`float64[:]` has `[` first).
_QUALIFIED_SIG = re.compile(r"\s*(?P<func>[A-Za-z_]\w*)\s*:(?P<sig>.*)\Z", re.S)


class CompileError(AsmError):
    """Numba refused the function; its message is shown as Numba wrote it."""

    def __init__(self, where: str, what: str, message: str):
        super().__init__(f"{where}: error: Numba could not compile {what}:\n{message.rstrip()}")
        self.where = where
        self.what = what
        self.message = message


@dataclass(frozen=True)
class CompiledSignature:
    """One overload: `function` compiled for `signature` (Numba spelling);
    `core` is its core symbol and `params` its parameters' Python names,
    which the assembly has lost and a usage line or header can use;
    `exceptions` what each exception it can raise prints (exctext), which
    only this process, with the user's classes, can tell; `environments`
    the constants of the Environments its code reads (print() of an array
    reads the dtype there)."""

    function: str
    signature: str
    asm: str
    core: str
    params: tuple[str, ...]
    exceptions: dict[str, ExceptionText] = field(default_factory=dict)
    environments: Environments = field(default_factory=dict)

    @property
    def call(self) -> str:
        """`f(int64, int64)`, for messages."""
        return self.function + self.signature[self.signature.index("("):]


def is_python_spec(arg: str) -> bool:
    """True for `FILE.py:FUNC[,FUNC...]`, the argument `compile` and
    `build` take in place of an assembly file."""
    return bool(_SPEC.match(arg))


def parse_spec(spec: str) -> tuple[str, list[str]]:
    """`kernels.py:f,g` -> ("kernels.py", ["f", "g"])."""
    m = _SPEC.match(spec)
    if m is None:
        raise UsageError(f"expected FILE.py:FUNC[,FUNC...], got {spec!r}")
    names = [n.strip() for n in m.group("names").split(",")]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise UsageError(f"{spec}: {', '.join(duplicates)} named twice")
    return m.group("path"), names


def split_signatures(sigs: Iterable[str], functions: Sequence[str]) -> dict[str, list[str]]:
    """Give each function its `--sig`s: those qualified with its name
    (`f:int64(int64)`) and every unqualified one, in command-line order."""
    out: dict[str, list[str]] = {f: [] for f in functions}
    for text in sigs:
        m = _QUALIFIED_SIG.match(text)
        if m is None:
            for f in functions:
                out[f].append(text.strip())
        elif m.group("func") not in out:
            raise UsageError(f"--sig {text!r}: {m.group('func')!r} is not one of the functions named ({', '.join(functions)})")
        else:
            out[m.group("func")].append(m.group("sig").strip())
    return out


# ---- importing the user's module -------------------------------------------

def _shown(path: str) -> str:
    """A path as the user would type it: relative if under the current
    directory (Python hands out absolute ones)."""
    rel = os.path.relpath(path)
    return path if rel.startswith(os.pardir) else rel


def _error_location(exc: BaseException, directory: str, path: str) -> tuple[str, int, int]:
    """Where an import failed: the line of a SyntaxError, else the deepest
    traceback frame in the user's own files (their module or a sibling it
    imports), not inside numpy or the import machinery."""
    if isinstance(exc, SyntaxError) and exc.filename and exc.lineno and os.path.isfile(exc.filename):
        return _shown(exc.filename), exc.lineno, exc.offset or 1
    # (A file Python cannot even decode, one with NUL bytes say, is blamed
    # on `<frozen importlib._bootstrap>`: the user's file, line 1, instead.)
    best = (path, 1, 1)
    import traceback

    for frame in traceback.extract_tb(exc.__traceback__):
        name = os.path.abspath(frame.filename)
        if name.startswith(directory + os.sep) and frame.lineno and os.path.isfile(frame.filename):
            best = (_shown(frame.filename), frame.lineno, (frame.colno or 0) + 1)
    return best


def _exception_text(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg}"
    if isinstance(exc, SystemExit):
        return f"the module called sys.exit({exc.code!r}) while being imported"
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@contextlib.contextmanager
def imported(path: str) -> Iterator[ModuleType]:
    """Import the file at `path` as module `<stem>` for the duration of the
    block (compilation included: Numba resolves globals lazily).

    Its directory goes first on `sys.path`; standard output is sent to
    standard error so a chatty module cannot corrupt assembly written to
    stdout. `sys.path` and any module of the same name imported before are
    put back afterwards, so a build script can compile `kernels.py` without
    losing its own `kernels`.
    """
    if not os.path.isfile(path):
        raise InputError(path, "no such file" if not os.path.exists(path) else "is not a file")
    directory = os.path.dirname(os.path.abspath(path))
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise InputError(path, "cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    saved_path, saved_module = list(sys.path), sys.modules.get(name)
    sys.path.insert(0, directory)
    sys.modules[name] = module
    import io

    from ..fileio import streams

    # The run's standard error (a test's buffer, or the process's), as text.
    err = io.TextIOWrapper(streams().stderr, encoding="utf-8", errors="backslashreplace", write_through=True)
    try:
        with contextlib.redirect_stdout(err):
            try:
                spec.loader.exec_module(module)
            except (Exception, SystemExit) as e:
                file, line, col = _error_location(e, directory, path)
                raise InputError(file, f"cannot import {name}: {_exception_text(e)}", line, col) from None
            yield module
    finally:
        err.flush()
        err.detach()
        sys.path[:] = saved_path
        if saved_module is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = saved_module


# ---- finding and compiling the dispatcher ----------------------------------

def _is_dispatcher(obj: Any) -> bool:
    from numba.core.dispatcher import Dispatcher

    return isinstance(obj, Dispatcher)


def _location(dispatcher: Any) -> tuple[str, int]:
    """File and `def` line of the Python function behind a dispatcher
    (the code object starts at its first decorator)."""
    import linecache

    code = getattr(dispatcher.py_func, "__code__", None)
    if code is None:
        return f"<{dispatcher.__name__}>", 1
    line = code.co_firstlineno
    for n in range(line, line + 50):
        text = linecache.getline(code.co_filename, n).lstrip()
        if text.startswith(("def ", "async def ")):
            line = n
            break
    return _shown(code.co_filename), line


def _spelled(args: Sequence[Any], ret: Any) -> str:
    return f"{ret}({', '.join(map(str, args))})"


def _refuse(dispatcher: Any, message: str) -> InputError:
    file, line = _location(dispatcher)
    return InputError(file, message, line)


def as_dispatcher(obj: Any, name: str, path: str) -> Any:
    """The Numba dispatcher for a module attribute: itself if it is one
    (refusing object mode), `njit(obj)` for a plain Python function."""
    import inspect

    if _is_dispatcher(obj):
        if obj.targetoptions.get("forceobj"):
            raise _refuse(obj, f"{name} is compiled in object mode (forceobj=True), "
                          "which needs Python at run time; use @njit")
        return obj
    if inspect.isfunction(obj):
        from numba import njit

        return njit(obj)
    raise InputError(path, f"{name} is a {type(obj).__name__}, not a function or a Numba @njit dispatcher")


def _normalize(dispatcher: Any, sig: Any) -> tuple[tuple[Any, ...], Any]:
    from numba.core import sigutils

    try:
        args, ret = sigutils.normalize_signature(sig)
    except Exception as e:  # eval of a string in numba.types: any error at all
        raise UsageError(f"bad signature {sig!r} for {dispatcher.__name__}: {_exception_text(e)}") from None
    return tuple(args), ret


@contextlib.contextmanager
def _without_numba_cache() -> Iterator[None]:
    """Numba's on-disk cache (`cache=True`, also on the functions a
    function calls) gives back machine code without the assembly text a
    build reads: compile afresh while the build runs, and leave the cache
    as the user's program left it (nothing loaded, nothing saved)."""
    from numba.core.caching import Cache

    load, save = Cache.load_overload, Cache.save_overload
    Cache.load_overload = lambda self, sig, target_context: None
    Cache.save_overload = lambda self, sig, data: None
    try:
        yield
    finally:
        Cache.load_overload, Cache.save_overload = load, save


def _compile_one(dispatcher: Any, sig: Any) -> tuple[tuple[Any, ...], Any]:
    """Compile one signature; return the key of its overload and the
    compile result to read (a fresh one where the overload came from
    Numba's cache)."""
    from numba.core.errors import NumbaError

    args, ret = _normalize(dispatcher, sig)
    cached = dispatcher.overloads.get(args)
    if cached is not None and not getattr(cached.library, "_disable_inspection", False):
        return args, cached
    what = f"{dispatcher.__name__}({', '.join(map(str, args))})"
    where = "{}:{}:1".format(*_location(dispatcher))
    if cached is None and not getattr(dispatcher, "_can_compile", True):
        declared = ", ".join(_spelled(k, c.signature.return_type) for k, c in dispatcher.overloads.items())
        raise UsageError(f"{dispatcher.__name__} is declared with signatures ({declared}) and cannot be "
                         f"compiled for {sig!r}; drop --sig or add the signature to its decorator")
    try:
        with _without_numba_cache():
            if cached is not None:  # loaded from the cache by an earlier call in this process
                return args, dispatcher._compiler.compile(args, cached.signature.return_type)
            dispatcher.compile(sig)
    except NumbaError as e:
        raise CompileError(where, what, str(e)) from None
    except Exception as e:  # Numba's internals raise plain exceptions too
        raise CompileError(where, what, _exception_text(e)) from None
    return args, dispatcher.overloads[args]


def compile_signatures(dispatcher: Any, sigs: Sequence[Any] | None = None, *,
                       standalone: bool = True) -> list[CompiledSignature]:
    """Compile `sigs` (strings like "int64(int64)" or Numba signatures;
    None or empty: the signatures already compiled or declared) and return
    each overload's assembly, refusing any that needs Python at run time
    unless `standalone` is False."""
    if not _is_dispatcher(dispatcher):
        raise UsageError(f"{dispatcher!r} is not a Numba dispatcher (an @njit function)")
    if sigs:
        results = dict(_compile_one(dispatcher, s) for s in sigs)
    else:
        results = {key: _compile_one(dispatcher, key)[1] for key in dispatcher.overloads}
    if not results:
        raise UsageError(f"{dispatcher.__name__} has no compiled or declared signature; "
                         f"give one, e.g. --sig 'int64(int64)'")
    from .exctext import exception_texts

    out = []
    for key, cres in results.items():
        asm = name_pointers(cres.library.get_asm_str())
        compiled = CompiledSignature(dispatcher.__name__, _spelled(key, cres.signature.return_type), asm,
                                     cres.fndesc.mangled_name, tuple(cres.fndesc.args), exception_texts(asm),
                                     environments(asm))
        if cres.objectmode:
            raise _refuse(dispatcher, f"{compiled.call} compiled in object mode, which needs Python at run time; use @njit")
        if standalone:
            _refuse_python_dependencies(dispatcher, compiled)
        out.append(compiled)
    return out


def environments(asm: str) -> Environments:
    """The constants of each Environment the code reads them from, as
    plain data (numba_abi.environment): for now only boxing an array for
    print() does, so other code costs no parse."""
    from ..passes.printing import ARRAY_BOX

    if ARRAY_BOX not in asm:
        return {}
    from numba.core.environment import lookup_environment

    from ..asm.analysis import cached, module_info
    from ..asm.parser import parse
    from ..numba_abi.demangle import parse_numba_name

    out = {}
    for name in cached(module_info, parse(asm, "<numba>")).symbols:
        n = parse_numba_name(name)
        env = lookup_environment(name) if n is not None and n.role == "env" else None
        if env is not None:
            out[name] = tuple(_describe(c) for c in env.consts)
    return out


def _describe(obj: Any) -> EnvConstant:
    import numpy as np

    if isinstance(obj, np.dtype):
        plain = obj.fields is None and obj.isnative and obj.subdtype is None
        return EnvConstant("dtype", obj.name if plain else f"records {obj}" if obj.fields else str(obj))
    return EnvConstant("object", type(obj).__name__)


def _refuse_python_dependencies(dispatcher: Any, compiled: CompiledSignature) -> None:
    from .standalone import explain, python_dependencies

    deps = python_dependencies(compiled.asm)
    if deps:
        names = {n for group in deps.values() for n in group}
        raise _refuse(dispatcher, f"{compiled.call} cannot run without Python: {explain(names)}")
    if compiled.environments:  # an array print() of a dtype the runtime cannot show: said here, at the def
        from ..asm.parser import parse
        from ..passes.manager import Context
        from ..passes.printing import PrintToRuntime

        try:
            PrintToRuntime().run(parse(compiled.asm, "<numba>"), Context(environments=compiled.environments))
        except InputError as e:
            raise _refuse(dispatcher, e.message) from None


# ---- the two entry points ---------------------------------------------------

def compile_asm(dispatcher: Any, sigs: Sequence[Any] | None = None, *, standalone: bool = True) -> str:
    """Numba's assembly for `dispatcher`, one module per signature
    concatenated (what strip-wrapper and build read)."""
    return "".join(c.asm for c in compile_signatures(dispatcher, sigs, standalone=standalone))


def compile_spec(spec: str, sigs: Sequence[str] = (), *, standalone: bool = True) -> list[CompiledSignature]:
    """Import the file of `spec` and compile each function it names."""
    path, names = parse_spec(spec)
    per_function = split_signatures(sigs, names)
    out: list[CompiledSignature] = []
    with imported(path) as module:
        for name in names:
            if not hasattr(module, name):
                found = sorted(k for k, v in vars(module).items() if not k.startswith("_") and _is_dispatcher(v))
                hint = f" (Numba functions there: {', '.join(found)})" if found else ""
                raise InputError(path, f"{module.__name__} has no function {name!r}{hint}")
            dispatcher = as_dispatcher(getattr(module, name), name, path)
            if not per_function[name] and not dispatcher.overloads:
                example = f"{name}:int64(int64)" if len(names) > 1 else "int64(int64)"
                raise _refuse(dispatcher, f"{name} has no compiled or declared signature; "
                              f"give one with --sig, e.g. --sig '{example}'")
            out.extend(compile_signatures(dispatcher, per_function[name], standalone=standalone))
    return out


def compile_to_asm(spec: str, sigs: Sequence[str] = ()) -> str:
    """The hook `build` calls for a `FILE.py:FUNC` input: the assembly of
    every function and signature, concatenated."""
    return "".join(c.asm for c in compile_spec(spec, sigs))


def read_or_compile(arg: str, sigs: Sequence[str] = ()) -> str:
    """The assembly a command's input names: `FILE.py:FUNC` is compiled
    now; anything else is an assembly file ('-': standard input), for which
    `--sig` makes no sense."""
    if is_python_spec(arg):
        return compile_to_asm(arg, sigs)
    if sigs:
        raise UsageError(f"--sig applies to FILE.py:FUNC inputs, not to the assembly file {arg}")
    from ..fileio import read_source

    return read_source(arg)


class Params(tuple):
    """An overload's parameter names, carrying its full signature as Numba
    typed it (`signature`): the assembly cannot tell what an array result
    holds, so a build of several overloads takes their signatures from here.
    And the rest of what only the compiling process knew of its code:
    what its exceptions print (`exceptions`, see exctext) and its
    Environments' constants (`environments`); facts.pass_context hands them
    to the passes."""

    signature: str | None = None
    exceptions: dict[str, ExceptionText]
    environments: Environments

    def __new__(cls, names: Sequence[str], signature: str | None = None,
                exceptions: dict[str, ExceptionText] | None = None, environments: Environments | None = None):
        self = super().__new__(cls, names)
        self.signature = signature
        self.exceptions = exceptions or {}
        self.environments = environments or {}
        return self


def for_build(compiled: Sequence[CompiledSignature]) -> tuple[str, str | None, dict[str, tuple[str, ...]]]:
    """What build takes from compiled overloads. Their modules as one input,
    as `compile` writes them: C names are chosen per input
    (demangle.c_names), so overloads of one function, or functions of one
    name from two files, must meet in one input to get distinct names
    (`add_int64_int64`, `add_float64_float64`) rather than both be `add`.
    The signature for add-main and --header when exactly one was compiled:
    its canonical spelling (`float64(array(float64, 1d, C))`, whatever
    shorthand the user typed), else None (inferred). And each overload's
    parameter names by core symbol, which the assembly has lost (Params,
    carrying the rest of what it lost)."""
    return ("".join(c.asm for c in compiled), compiled[0].signature if len(compiled) == 1 else None,
            {c.core: Params(c.params, c.signature, c.exceptions, c.environments) for c in compiled})


def compile_for_build(inputs: Sequence[str], sig: str | Sequence[str] | None
                      ) -> tuple[list[str], str | None, dict[str, tuple[str, ...]]]:
    """`build`'s hook: the `FILE.py:FUNC` inputs are compiled and become one
    assembly text (see for_build; build reads text as readily as a path)
    where the first of them stood; the signature and parameter names are
    for_build's. Without a Python input, `sig` passes through untouched.
    """
    sigs = [sig] if isinstance(sig, str) else list(sig or ())
    for bare in (i for i in inputs if i.endswith(".py") and not is_python_spec(i)):
        from .listing import refuse_bare_python

        refuse_bare_python(bare)
    specs = [i for i in inputs if is_python_spec(i)]
    if not specs:
        if len(sigs) > 1:
            raise UsageError("--sig is given several times; for an assembly input it names one signature")
        return list(inputs), sigs[0] if sigs else None, {}
    text, signature, names = for_build([c for spec in specs for c in compile_spec(spec, sigs)])
    out = [i for i in inputs if not is_python_spec(i)]
    out.insert(inputs.index(specs[0]), text)
    return out, signature, names
