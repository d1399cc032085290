"""Reading sources so every byte survives, and writing outputs atomically.

Sources are decoded as UTF-8 with `surrogateescape`: bytes that are not
UTF-8 (a Latin-1 comment, binary garbage) become lone surrogates that the
grammar rejects outside comments and strings, and that encode back to the
very same bytes on output. Outputs go to a temporary file in the target's
directory and are renamed into place, so a failure never leaves a
half-written or clobbered file behind.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

from .errors import InputError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

ENCODING = "utf-8"
ERRORS = "surrogateescape"


def decode(data: bytes) -> str:
    return data.decode(ENCODING, ERRORS)


def encode(text: str) -> bytes:
    return text.encode(ENCODING, ERRORS)


class Streams:
    """A run's standard streams, as binary files. cli.main installs the
    process's streams, or a test's buffers, for the length of one command
    (`installed`), so commands run in-process and everything they read
    from '-' or write goes where the caller says."""

    __slots__ = ("stdin", "stdout", "stderr")

    def __init__(self, stdin, stdout, stderr):
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr

    @classmethod
    def of_process(cls) -> Streams:
        def buffer(stream):
            return getattr(stream, "buffer", stream)

        return cls(buffer(sys.stdin), buffer(sys.stdout), buffer(sys.stderr))

    def out(self, text: str) -> None:
        self.stdout.write(encode(text))

    def err(self, text: str) -> None:
        self.stderr.write(text.encode(ENCODING, "backslashreplace"))
        self.stderr.flush()

    def notes(self, notes) -> None:
        for note in notes:
            self.err(note + "\n")


_installed: Streams | None = None


def streams() -> Streams:
    """The streams of the command running now (the process's by default)."""
    return _installed if _installed is not None else Streams.of_process()


@contextmanager
def installed(s: Streams) -> Iterator[Streams]:
    global _installed
    before, _installed = _installed, s
    try:
        yield s
    finally:
        _installed = before


def read_bytes(path: str) -> bytes:
    """Read a file, or standard input for '-'; I/O failures become InputError."""
    if path == "-":
        stdin = streams().stdin
        if stdin is None:
            raise InputError("<stdin>", "no standard input")
        return stdin.read()
    try:
        with open(path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None


def read_source(path: str) -> str:
    return decode(read_bytes(path))


def display_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _umask() -> int:
    # mkstemp makes files 0600; outputs should get the permissions any other
    # tool would give them, which means asking the process for its umask.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _create_unique(directory: str, prefix: str, suffix: str) -> tuple[int, str]:
    """tempfile.mkstemp's job (a new 0600 file no other process has), done
    here because importing tempfile costs a tenth of a short run's time."""
    for _ in range(100):
        name = os.path.join(directory, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {directory}")


@contextmanager
def scratch_directory(prefix: str) -> Iterator[str]:
    """A new private directory for intermediate files, removed with its
    contents afterwards: tempfile.TemporaryDirectory in $TMPDIR (else /tmp),
    without importing tempfile (see _create_unique). Where that directory
    cannot be used, tempfile's own search decides."""
    base = os.environ.get("TMPDIR") or "/tmp"
    path = None
    for _ in range(100):
        candidate = os.path.join(base, f"{prefix}{os.urandom(6).hex()}")
        try:
            os.mkdir(candidate, 0o700)
        except FileExistsError:
            continue
        except OSError:
            break
        path = candidate
        break
    if path is None:
        import tempfile

        path = tempfile.mkdtemp(prefix=prefix)
    try:
        yield path
    finally:
        import shutil

        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def atomic_output(path: str, mode: int | None = None) -> Iterator[str]:
    """Yield a temporary path beside `path`; rename it over `path` only if
    the block finishes. The temp name is unique, so concurrent runs writing
    different outputs in one directory never meet."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = _create_unique(directory, f".{os.path.basename(path)}.", ".tmp")
    except OSError as e:
        raise InputError(path, f"cannot write: {e.strerror}") from None
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, (0o666 if mode is None else mode) & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_output(path: str | None, data: str | bytes) -> None:
    """Write text or bytes to `path` atomically, or to stdout for None/'-'."""
    raw = encode(data) if isinstance(data, str) else data
    if path in (None, "-"):
        stdout = streams().stdout
        stdout.write(raw)
        stdout.flush()
        return
    try:
        with atomic_output(path) as tmp:
            with open(tmp, "wb") as f:
                f.write(raw)
    except OSError as e:
        raise InputError(path, f"cannot write: {e.strerror or e}") from None
