"""The standalone runtime: what Numba-compiled code calls once Python is gone.

PROVIDED_SYMBOLS is the contract between `check` (which refuses undefined
references to anything not provided here, in libc or in libm) and the C
sources in asmsurgeon/runtime/ (which must define all of them; a test compares
this set with the compiled runtime's exports).

The C sources are compiled once per user and compiler into the cache
directory the parser tables and toolcache use (cachedir.cache_dir:
$ASMSURGEON_CACHE_DIR, else $XDG_CACHE_HOME/asmsurgeon, else
~/.cache/asmsurgeon), as runtime-<hash>/, so a build pays for one `cc` run
the first time only. The hash covers the sources, the flags and the
compiler's `--version`, so an upgrade of either rebuilds it.
"""

from __future__ import annotations

import os

from ..errors import AsmError

PROVIDED_SYMBOLS = frozenset({
    # Numba's runtime (NRT): allocation, reference counts, destructors.
    "NRT_MemInfo_alloc_aligned",
    "NRT_MemInfo_alloc_safe_aligned",
    "NRT_MemInfo_alloc",
    "NRT_MemInfo_alloc_safe",
    "NRT_MemInfo_new",
    "NRT_MemInfo_call_dtor",
    "NRT_MemInfo_data_fast",
    "NRT_Allocate",
    "NRT_Free",
    "NRT_incref",
    "NRT_decref",
    # Numba's random generator: per-thread MT19937 states, seeding, Poisson.
    "numba_rnd_shuffle",
    "numba_rnd_init",
    "numba_rnd_ensure_global_init",
    "numba_get_py_random_state",
    "numba_get_np_random_state",
    "numba_get_internal_random_state",
    "numba_poisson_ptrs",
    # The error hook strip-wrapper's rewritten error paths call, what frees
    # a dynamic exception after it, and its text for hooks of one's own.
    "asmsurgeon_raise",
    "asmsurgeon_excinfo_free",
    "asmsurgeon_excinfo_text",
    "asmsurgeon_exception_text",
    # print(): what the print pass points Numba's CPython calls at (print.c).
    "asmsurgeon_none",
    "asmsurgeon_box_int",
    "asmsurgeon_box_uint",
    "asmsurgeon_box_float",
    "asmsurgeon_box_bool",
    "asmsurgeon_box_complex",
    "asmsurgeon_box_cstr",
    "asmsurgeon_box_str_kind",
    "asmsurgeon_unpickle",
    "asmsurgeon_tuple_new",
    "asmsurgeon_tuple_set",
    "asmsurgeon_tuple_pack",
    "asmsurgeon_obj_incref",
    "asmsurgeon_obj_decref",
    "asmsurgeon_obj_hash",
    "asmsurgeon_obj_str",
    "asmsurgeon_str_utf8",
    "asmsurgeon_write_stdout",
    "asmsurgeon_write_unraisable",
    "asmsurgeon_gil_ensure",
    "asmsurgeon_gil_release",
    "asmsurgeon_runtime_error",
    "asmsurgeon_err_set_string",
    # argv parsing and result printing for the main add-main writes.
    "asmsurgeon_args",
    "asmsurgeon_parse_int",
    "asmsurgeon_parse_float64",
    "asmsurgeon_parse_float32",
    "asmsurgeon_parse_array",
    "asmsurgeon_parse_complex",
    "asmsurgeon_put",
    "asmsurgeon_put_int",
    "asmsurgeon_put_uint",
    "asmsurgeon_put_bool",
    "asmsurgeon_put_float",
    "asmsurgeon_put_complex",
    # NumPy's print() and repr() of arrays (ndprint.c), .npy results (ndparse.c).
    "asmsurgeon_put_array",
    "asmsurgeon_format_array",
    # asmsurgeon_array results for C callers (array.c).
    "asmsurgeon_array_adopt",
    "asmsurgeon_array_release",
    # Numba's threading layer (parallel.c) and what the parallel-regions
    # pass points the launch's GIL calls and a region's exception at.
    "numba_parallel_for",
    "do_scheduling_signed",
    "do_scheduling_unsigned",
    "allocate_sched",
    "deallocate_sched",
    "get_sched_size",
    "get_num_threads",
    "set_num_threads",
    "get_thread_id",
    "get_parallel_chunksize",
    "set_parallel_chunksize",
    "asmsurgeon_nogil",
    "asmsurgeon_parfor_error",
})

SOURCES = ("nrt.c", "raise.c", "cli.c", "ndparse.c", "ndprint.c", "array.c", "print.c", "parallel.c", "random.c")
CFLAGS = ["-std=c11", "-D_DEFAULT_SOURCE", "-O2", "-fPIC", "-fstack-protector-strong",
          "-D_FORTIFY_SOURCE=2", "-Wall"]


def source_dir():
    """The directory of the C sources, as a pathlib.Path."""
    from pathlib import Path

    return Path(_source_dir())


def _source_dir() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "runtime")


def _digest(toolchain) -> str:
    """The hash naming the cache entry: compiler command, flags, the
    compiler's `--version` and the sources."""
    import hashlib

    version = toolchain.run([*toolchain.cc_cmd, "--version"], "cc").stdout
    h = hashlib.sha256()
    for part in (repr(toolchain.cc_cmd), repr(CFLAGS), version.decode("utf-8", "replace")):
        h.update(part.encode() + b"\0")
    for name in SOURCES:
        with open(os.path.join(_source_dir(), name), "rb") as f:
            h.update(f.read() + b"\0")
    return h.hexdigest()[:16]


def objects(toolchain, scratch: str | None = None) -> list[str]:
    """Paths of the compiled runtime objects, compiling them if needed.

    The digest is remembered (toolcache) under the identity of the compiler
    and of the sources, so a warm build neither runs `cc --version` nor
    hashes anything.

    The cache entry appears whole or not at all: the objects are compiled
    into a private directory that is renamed into place, so a failing or
    killed compiler leaves nothing behind, and a broken entry (a file
    deleted by hand) is replaced. If the cache cannot be written, the
    objects are compiled into `scratch` (the caller's temporary directory)."""
    from . import toolcache
    from .cachedir import cache_dir

    root = cache_dir()
    key = (toolcache.command_identity(toolchain.cc_cmd), CFLAGS,
           [toolcache.file_identity(os.path.join(_source_dir(), name)) for name in SOURCES])
    target = os.path.join(root, "runtime-" + toolcache.remember("runtime", key, lambda: _digest(toolchain)))
    objs = [os.path.join(target, _object_name(s)) for s in SOURCES]
    if all(os.path.exists(o) for o in objs):
        return objs
    import shutil
    import tempfile

    try:
        os.makedirs(root, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=".runtime-", dir=root)
    except OSError as e:
        if scratch is None:
            raise AsmError(f"error: cannot write the runtime cache {root}: {e.strerror or e} "
                           "(set ASMSURGEON_CACHE_DIR to a writable directory)") from None
        return _compile(toolchain, scratch)
    try:
        _compile(toolchain, tmp)
        _install(tmp, target, objs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return objs


def _object_name(source: str) -> str:
    return os.path.splitext(source)[0] + ".o"


def _compile(toolchain, directory: str) -> list[str]:
    out = []
    for name in SOURCES:
        out.append(os.path.join(directory, _object_name(name)))
        toolchain.cc([*CFLAGS, "-c", os.path.join(_source_dir(), name), "-o", out[-1]])
    return out


def _install(tmp: str, target: str, objs: list[str]) -> None:
    """Rename the compiled directory to `target` (atomic). A concurrent
    build may have won the race, which is fine; an incomplete entry in the
    way is moved aside and removed."""
    for _ in range(3):
        try:
            os.rename(tmp, target)
            return
        except OSError:
            if all(os.path.exists(o) for o in objs):
                return
        stale = os.path.join(os.path.dirname(target), f".stale-{os.getpid()}-{os.urandom(4).hex()}")
        try:
            os.rename(target, stale)
        except OSError:
            pass
        import shutil

        shutil.rmtree(stale, ignore_errors=True)
    raise AsmError(f"error: cannot install the runtime into the cache {target}")
