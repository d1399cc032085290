"""The standalone runtime: what Numba-compiled code calls once Python is gone.

PROVIDED_SYMBOLS is the contract between `check` (which refuses undefined
references to anything not provided here, in libc or in libm) and the C
sources in asmsurgeon/runtime/ (which must define all of them; a test compares
this set with the compiled runtime's exports). It is read from the
inventory (asmsurgeon/runtime/inventory.tsv, see inventory.py), which also
says why the rest is refused.

The C sources are compiled once per user and compiler into the cache
directory the parser tables and toolcache use (cachedir.cache_dir:
$ASMSURGEON_CACHE_DIR, else $XDG_CACHE_HOME/asmsurgeon, else
~/.cache/asmsurgeon), as runtime-<hash>/, so a build pays for one `cc` run
the first time only. The hash covers the sources, the flags and the
compiler's `--version`, so an upgrade of either rebuilds it; the sources
are the .c files and every header beside them, so editing a header
rebuilds the objects that include it.

The entry holds one object per C file (one family: NRT, math, arrays, ...)
and the same objects as a static archive (ARCHIVE): programs and shared
libraries link the archive, so each gets only the families its code
references and a scalar function pays for none of them.
"""

from __future__ import annotations

import os

from ..errors import AsmError
from ..inventory import provided

PROVIDED_SYMBOLS = provided()

SOURCES = ("nrt.c", "math.c", "arrays.c", "raise.c", "cli.c", "cliparse_digits.c", "cliparse_int.c",
           "cliparse_float.c", "cliparse_complex.c", "list.c", "dict.c", "set.c", "linalg.c",
           "unicode.c", "unicode_db.c", "parallel.c", "ndparse.c", "ndprint.c", "array.c", "print.c", "random.c")
ARCHIVE = "libasmsurgeon-runtime.a"
CFLAGS = ["-std=c11", "-D_DEFAULT_SOURCE", "-O2", "-fPIC", "-fstack-protector-strong",
          "-D_FORTIFY_SOURCE=2", "-Wall"]


def source_dir():
    """The directory of the C sources, as a pathlib.Path."""
    from pathlib import Path

    return Path(_source_dir())


def _source_dir() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "runtime")


def source_files() -> list[str]:
    """The files the objects are compiled from: the C files and every
    header beside them (found, not listed, so a new header cannot be left
    out of the cache key)."""
    return [*SOURCES, *sorted(n for n in os.listdir(_source_dir()) if n.endswith(".h"))]


def _digest(toolchain) -> str:
    """The hash naming the cache entry: compiler command, flags, the
    compiler's `--version` and the sources with their headers."""
    import hashlib

    version = toolchain.run([*toolchain.cc_cmd, "--version"], "cc").stdout
    h = hashlib.sha256()
    for part in (repr(toolchain.cc_cmd), repr(CFLAGS), version.decode("utf-8", "replace")):
        h.update(part.encode() + b"\0")
    for name in source_files():
        with open(os.path.join(_source_dir(), name), "rb") as f:
            h.update(name.encode() + b"\0" + f.read() + b"\0")
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
    from .cachedir import cache_dir, trusted_dir

    root = trusted_dir()
    if root is None:  # not the user's own directory: never read or write it
        if scratch is None:
            raise AsmError(f"error: cannot use the runtime cache {cache_dir()} "
                           "(set ASMSURGEON_CACHE_DIR to a directory of your own)")
        return _compile(toolchain, scratch)
    key = (toolcache.command_identity(toolchain.cc_cmd), CFLAGS,
           [toolcache.file_identity(os.path.join(_source_dir(), name)) for name in source_files()])
    target = os.path.join(root, "runtime-" + toolcache.remember("runtime", key, lambda: _digest(toolchain)))
    objs = [os.path.join(target, _object_name(s)) for s in SOURCES]
    entry = [*objs, os.path.join(target, ARCHIVE)]
    if _intact(target, entry):
        return objs
    import shutil
    import tempfile

    try:
        tmp = tempfile.mkdtemp(prefix=".runtime-", dir=root)
    except OSError as e:
        if scratch is None:
            raise AsmError(f"error: cannot write the runtime cache {root}: {e.strerror or e} "
                           "(set ASMSURGEON_CACHE_DIR to a writable directory)") from None
        return _compile(toolchain, scratch)
    try:
        try:
            _compile(toolchain, tmp)
            _write_manifest(tmp, [os.path.join(tmp, os.path.basename(p)) for p in entry])
        except (OSError, AsmError):
            if scratch is None:
                raise
            # A full disk (or a cache the compiler cannot write): build in
            # the scratch directory; a real compile error says so there too.
            return _compile(toolchain, scratch)
        _install(tmp, target, entry)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not _intact(target, entry):
        raise AsmError(f"error: the runtime in the cache {target} changed while it was installed")
    return objs


MANIFEST = "MANIFEST"


def _file_digest(path: str) -> str:
    import hashlib

    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _write_manifest(directory: str, files: list[str]) -> None:
    """What each file of the entry hashed to when it was compiled."""
    import marshal

    with open(os.path.join(directory, MANIFEST), "wb") as f:
        marshal.dump({os.path.basename(p): _file_digest(p) for p in files}, f)


def _intact(target: str, entry: list[str]) -> bool:
    """The entry is whole and every file still hashes to what was recorded
    when it was compiled: a damaged or replaced object is never linked (the
    caller compiles the runtime again)."""
    import marshal

    try:
        with open(os.path.join(target, MANIFEST), "rb") as f:
            recorded = marshal.load(f)
        return isinstance(recorded, dict) and all(recorded.get(os.path.basename(p)) == _file_digest(p) for p in entry)
    except (OSError, EOFError, ValueError, TypeError):
        return False


def _object_name(source: str) -> str:
    return os.path.splitext(source)[0] + ".o"


def _compile(toolchain, directory: str) -> list[str]:
    out = []
    for name in SOURCES:
        out.append(os.path.join(directory, _object_name(name)))
        toolchain.cc([*CFLAGS, "-c", os.path.join(_source_dir(), name), "-o", out[-1]])
    toolchain.ar(["rcs", os.path.join(directory, ARCHIVE), *out])
    return out


def archive(toolchain, scratch: str | None = None) -> str:
    """Path of the runtime as a static archive (compiled if needed, as
    `objects`)."""
    return os.path.join(os.path.dirname(objects(toolchain, scratch)[0]), ARCHIVE)


def _install(tmp: str, target: str, objs: list[str]) -> None:
    """Rename the compiled directory to `target` (atomic). A concurrent
    build may have won the race, which is fine; an incomplete entry in the
    way is moved aside and removed."""
    for _ in range(3):
        try:
            os.rename(tmp, target)
            return
        except OSError:
            if _intact(target, objs):
                return
        stale = os.path.join(os.path.dirname(target), f".stale-{os.getpid()}-{os.urandom(4).hex()}")
        try:
            os.rename(target, stale)
        except OSError:
            pass
        import shutil

        shutil.rmtree(stale, ignore_errors=True)
    raise AsmError(f"error: cannot install the runtime into the cache {target}")
