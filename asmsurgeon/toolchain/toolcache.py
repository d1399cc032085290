"""Facts about the installed compiler and libraries, remembered per user.

Some of what `build` and `check` need costs far more than the rest of a
run: the names libc.so.6, libm.so.6 and libgcc.a define (reading libc's
symbol table takes about 0.4 s), the paths `cc -print-file-name` gives for
them, and which compiled runtime fits the compiler (`cc --version`). Each
is kept in the cache directory (cachedir.cache_dir) under a key of what it
was computed from: the path, size and modification time of every file it
depends on (the compiler's executables found on PATH, the libraries, the
runtime's sources) and the environment variables that steer the compiler.
A file whose key differs in any part is recomputed, as `make` would; an
unreadable, corrupt or foreign file is the same as none, and a cache that
cannot be written is not an error. Files are written to a unique temporary
name and renamed into place, so readers see a whole file or none.
"""

from __future__ import annotations

import marshal
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

FORMAT = 1
# The variables gcc reads when it looks for programs and libraries.
COMPILER_ENV = ("GCC_EXEC_PREFIX", "COMPILER_PATH", "LIBRARY_PATH")


def file_identity(path: str | None) -> tuple | None:
    """(real path, size, mtime in ns) of a file, or None if there is none."""
    if path is None:
        return None
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
    except OSError:
        return None
    return (real, st.st_size, st.st_mtime_ns)


def command_identity(argv: list[str]) -> tuple:
    """A command line, the identity of the file each of its words runs
    when it names a program on PATH (`cc`, or `ccache` and `gcc` in
    CC="ccache gcc"), and the compiler's environment variables."""
    from .tools import find_program

    words = tuple(file_identity(find_program(w)) or w if not w.startswith("-") else w for w in argv)
    return tuple(argv), words, tuple(os.environ.get(v) for v in COMPILER_ENV)


def remember(name: str, key: Any, compute: Callable[[], Any], still_valid: Callable[[Any], bool] = lambda v: True) -> Any:
    """The value stored as `name` for `key`, or compute() stored for next
    time. `still_valid(value)` can refuse a stored value (e.g. when a file
    it names has changed)."""
    from .cachedir import trusted_dir

    root = trusted_dir()
    if root is None:
        return compute()
    path = os.path.join(root, f"{name}.facts")
    try:
        with open(path, "rb") as f:
            fmt, stored_key, value = marshal.load(f)
        if fmt == FORMAT and stored_key == key and still_valid(value):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = compute()
    _store(path, (FORMAT, key, value))
    return value


def _store(path: str, record: tuple) -> None:
    from .cachedir import write_cache_file

    try:
        data = marshal.dumps(record)
    except ValueError:  # something marshal cannot hold: not worth remembering
        return
    write_cache_file(path, data)
