"""Builds remembered by everything that went into them, so a repeat is a copy.

`asmsurgeon build` runs as a pre-link hook on every build of a project,
and most runs see the very inputs the run before saw. Like ccache, the CLI
keys each build by a BLAKE2b digest of all it depends on and keeps the
result in the per-user cache directory (cachedir.cache_dir), under builds/:
a repeated build copies the stored file instead of parsing, assembling,
checking and linking again. Only files that passed the pre-link check and
the verification of the linked output are ever stored.

The key covers the bytes of every input and the name it was given by
(names appear in notes and messages); the options that shape the output
(kind, --function, --sig, --nolibc, whether a header is written); this
asmsurgeon (its version and the path, size and modification time of every
file of the package: code, grammar, the runtime's C sources) and the
Python running it; the $AS, $CC and $AR command lines with the identity of
each program they run, of `ld` on PATH, gcc's environment variables
(toolcache.command_identity) and LD_RUN_PATH. The system's libraries are not covered:
libc and libm are linked dynamically, so an updated one runs a stored
program as it would a freshly linked one.

Not cached: standard input (a pipe is read once), `FILE.py:FUNC` inputs
(numba compiles for this machine's CPU, which no file records), and
`--save-temps` (it asks for the intermediate files). `--no-cache`, or
ASMSURGEON_NO_CACHE=1 in the environment, bypasses the cache both ways.

The cache directory is used only when it is the user's own (cachedir).
An entry is one file: the output's bytes, the header text, the notes the
build printed and a MAC over all of them under the user's secret key (a
random 0600 file in the cache directory). It is used only when it loads,
its key matches in full and the MAC holds, and its output is published
only when it is what a build of its kind makes (`looks_built`: ELF with an
entry point, no libpython); it is written under a unique
name and renamed into place (cachedir.write_cache_file), so concurrent
builds never see half an entry. A store keeps at most MAX_ENTRIES entries
and MAX_BYTES of them, removing the least recently used. Nothing about
the cache is ever an error: a cache that cannot be read or written means
an ordinary build.

This module is on the path of a cache hit, which is little more than
Python's start-up: it imports nothing heavier than `os` and `marshal`.
"""

from __future__ import annotations

import marshal
import os
import sys

from ..version import __version__

FORMAT = 2
MAX_ENTRIES = 256
MAX_BYTES = 256 << 20
SUFFIX = ".build"


def _blake2b(key: bytes = b""):
    try:  # the module hashlib wraps; hashlib itself loads OpenSSL
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - every CPython has _blake2
        from hashlib import blake2b
    return blake2b(digest_size=20, key=key)


def _secret(root: str) -> bytes | None:
    """The user's key for the entries' MACs: 32 random bytes in builds/,
    created 0600 on first use. An entry is used only when its
    MAC under this key holds, so a file dropped into builds/ by anything
    that does not know the key (another tool, a copied cache) is ignored."""
    path = os.path.join(root, "builds", "key")
    try:
        with open(path, "rb") as f:
            key = f.read()
        if len(key) == 32:
            return key
    except OSError:
        pass
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # a damaged key: nothing is trusted until it is removed
        return None
    except OSError:
        return None
    key = os.urandom(32)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    return key


def _mac(key: bytes, *parts: bytes) -> str:
    h = _blake2b(key)
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def looks_built(data: bytes, kind: str) -> bool:
    """`data` is what a build of `kind` makes: an x86-64 ELF executable
    with an entry point, shared object or relocatable object, or an ar
    archive; never a file naming libpython. A copy from the cache is
    published only after this holds."""
    if kind == "static":
        return data[:8] == b"!<arch>\n" and b"libpython" not in data
    if data[:4] != b"\x7fELF" or len(data) < 64 or data[4] != 2 or data[5] != 1 or b"libpython" in data:
        return False
    e_type, e_machine = int.from_bytes(data[16:18], "little"), int.from_bytes(data[18:20], "little")
    entry = int.from_bytes(data[24:32], "little")
    want = {"exe": (2, 3), "shared": (3,), "object": (1,)}.get(kind, ())
    return e_machine == 62 and e_type in want and (kind != "exe" or entry != 0)


def disabled() -> bool:
    return os.environ.get("ASMSURGEON_NO_CACHE", "") not in ("", "0")


def cacheable_input(name: str) -> bool:
    """A file read from disk: not '-' and not `FILE.py:FUNC` (any name
    with `.py:` in it is left to the compile front end, uncached)."""
    return name != "-" and ".py:" not in name


class Request:
    """What a build depends on, read once: the key and the inputs' bytes
    (the build parses these very bytes, so the key cannot describe a file
    that changed between hashing and parsing)."""

    __slots__ = ("key", "sources")

    def __init__(self, key: str, sources: list[tuple[str, bytes]]):
        self.key = key
        self.sources = sources


def request(inputs: list[str], options: dict) -> Request | None:
    """The request for building `inputs` with `options` (a dict of plain
    values: kind, function, sig, nolibc, header wanted), or None when the
    build is not one the cache takes (see the module docstring)."""
    from ..toolchain.cachedir import trusted_dir

    if disabled() or not inputs or not all(cacheable_input(i) for i in inputs) or trusted_dir() is None:
        return None
    sources = []
    h = _blake2b()
    try:
        for name in inputs:
            with open(name, "rb") as f:
                data = f.read()
            sources.append((name, data))
            h.update(marshal.dumps((name, len(data))))
            h.update(data)
        h.update(marshal.dumps((FORMAT, sorted(options.items()), _environment())))
    except (OSError, ValueError):  # an unreadable input: the build reports it properly
        return None
    return Request(h.hexdigest(), sources)


def _environment() -> tuple:
    from ..toolchain.toolcache import command_identity, file_identity
    from ..toolchain.tools import find_program, tool_commands

    tools = tuple(command_identity(cmd) for cmd in tool_commands())
    # ld reads LD_RUN_PATH (a run path in the output) when no -rpath is given.
    return (__version__, sys.version, _package_identity(), tools, file_identity(find_program("ld")),
            os.environ.get("LD_RUN_PATH"))


def _package_identity() -> list:
    """(path, size, mtime) of every file of the installed package, so an
    edited checkout or a reinstall never reuses an older build. A checkout
    has no asmsurgeon/grammars/ but the grammar beside the package
    (tables.grammar_text reads it there), so that file counts too."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = []
    if not os.path.isdir(os.path.join(root, "grammars")):
        from ..toolchain.toolcache import file_identity

        out.append(file_identity(os.path.join(os.path.dirname(root), "grammars", "gas.lark")))
    stack = [root]
    while stack:
        directory = stack.pop()
        with os.scandir(directory) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    if e.name != "__pycache__":
                        stack.append(e.path)
                elif not e.name.endswith((".pyc", ".o")):
                    st = e.stat()
                    out.append((e.path, st.st_size, st.st_mtime_ns))
    return sorted(out, key=repr)


class Entry:
    __slots__ = ("path", "data", "mode", "header", "notes")

    def __init__(self, path: str, data: bytes, mode: int, header: bytes | None, notes: list[str]):
        self.path = path
        self.data = data
        self.mode = mode
        self.header = header
        self.notes = notes


def _entry_path(key: str) -> str:
    from ..toolchain.cachedir import cache_dir

    return os.path.join(cache_dir(), "builds", key + SUFFIX)


def _record_mac(secret: bytes, key: str, data: bytes, mode: int, header: bytes | None, notes: list[str]) -> str:
    return _mac(secret, key.encode(), data, str(mode).encode(), b"-" if header is None else b"+" + header,
                marshal.dumps(list(notes)))


def lookup(key: str) -> Entry | None:
    """The stored build for `key`, or None (absent, foreign, damaged, or
    not made by this user's asmsurgeon: its MAC does not hold)."""
    from ..toolchain.cachedir import cache_dir

    path = _entry_path(key)
    secret = _secret(cache_dir())
    if secret is None:
        return None
    try:
        with open(path, "rb") as f:
            fmt, stored_key, data, digest, mode, header, notes = marshal.load(f)
        if fmt != FORMAT or stored_key != key or not isinstance(data, bytes) or not isinstance(mode, int):
            return None
        if header is not None and not isinstance(header, bytes) or not isinstance(notes, list):
            return None
        if digest != _record_mac(secret, key, data, mode, header, notes):
            return None
        os.utime(path)  # recently used: eviction removes the oldest first
        return Entry(path, data, int(mode), header, [str(n) for n in notes])
    except (OSError, EOFError, ValueError, TypeError):
        return None


def restore(entry: Entry, output: str, header: str | None, kind: str) -> bool:
    """Write the stored output (and header) as the build would have:
    atomically, with the build's permissions. False if it cannot be written
    (a missing directory, say) or is not what a build of `kind` makes, so
    the caller builds and reports properly."""
    from ..fileio import atomic_output, write_output

    if not looks_built(entry.data, kind):
        return False
    try:
        with atomic_output(output, entry.mode) as tmp:
            with open(tmp, "wb") as f:
                f.write(entry.data)
        if header is not None:
            if entry.header is None:
                return False
            write_output(header, entry.header)
    except Exception:
        return False
    return True


def store(key: str, output: str, mode: int, header: str | None, notes: list[str]) -> bool:
    """Remember a finished build (its output file and header are read
    back); False, never an error, if it cannot be stored."""
    from ..toolchain.cachedir import write_cache_file

    if header == "-":  # printed to stdout, not kept in a file to read back
        return False
    try:
        with open(output, "rb") as f:
            data = f.read()
        header_bytes = None
        if header is not None:
            with open(header, "rb") as f:
                header_bytes = f.read()
    except OSError:
        return False
    from ..toolchain.cachedir import cache_dir

    secret = _secret(cache_dir())
    if secret is None:
        return False
    record = (FORMAT, key, data, _record_mac(secret, key, data, mode, header_bytes, list(notes)), mode,
              header_bytes, list(notes))
    path = _entry_path(key)
    if not write_cache_file(path, marshal.dumps(record)):
        return False
    _evict(os.path.dirname(path), keep=path)
    return True


def _evict(directory: str, keep: str) -> None:
    """Remove the least recently used entries beyond the limits."""
    try:
        entries = []
        with os.scandir(directory) as it:
            for e in it:
                if e.name.endswith(SUFFIX):
                    st = e.stat()
                    entries.append((st.st_mtime_ns, st.st_size, e.path))
    except OSError:
        return
    entries.sort(reverse=True)
    total = 0
    for n, (_, size, path) in enumerate(entries):
        total += size
        if path != keep and (n >= MAX_ENTRIES or total > MAX_BYTES):
            try:
                os.unlink(path)
            except OSError:
                pass
