"""The one place that runs the assembler, compiler and linker.

`$AS` and `$CC` (and `$AR`) choose the tools, split like a shell would so
`CC="ccache gcc"` works. A failure raises ToolchainError carrying the exact
command line and everything the tool printed, because "as failed" without
its message is useless.

`start` runs a tool in the background (`build` links while it checks the
object). Each tool gets a session and process group of its own: `cc` hands the link to
`collect2` and `ld`, and abandoning a link must stop all of them, or `ld`
would write its output after the caller removed the temporary file.
"""

from __future__ import annotations

import os
from contextlib import contextmanager

from ..errors import AsmError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import subprocess
    from collections.abc import Iterator

# The environment variable naming each tool, and the default.
TOOLS = (("AS", "as"), ("CC", "cc"), ("AR", "ar"))


class ToolchainError(AsmError):
    def __init__(self, tool: str, argv: list[str], message: str, output: str = ""):
        import shlex

        text = f"error: {tool}: {message}\n  command: {shlex.join(argv)}"
        if output.strip():
            text += "\n" + "\n".join("  | " + line for line in output.rstrip().splitlines())
        super().__init__(text)
        self.tool = tool
        self.argv = argv
        self.output = output


def find_program(name: str) -> str | None:
    """The program `name` runs, as a shell finds it on PATH (shutil.which,
    as POSIX has it, without importing shutil: it brings bz2, lzma and
    fnmatch, a good part of a cached build's start-up)."""
    candidates = [name] if os.sep in name else [os.path.join(d or os.curdir, name) for d in os.get_exec_path()]
    return next((c for c in candidates if os.access(c, os.X_OK) and not os.path.isdir(c)), None)


def tool_commands() -> list[list[str]]:
    """The as, cc and ar command lines the environment chooses."""
    return [_from_env(var, default) for var, default in TOOLS]


class Toolchain:
    """Which tools to run; `echo` is told each command line first. (A plain
    class: this module is imported by a cached build, which must not pay
    for dataclasses or subprocess.)"""

    def __init__(self, as_cmd: list[str] | None = None, cc_cmd: list[str] | None = None,
                 ar_cmd: list[str] | None = None, echo=None):
        default_as, default_cc, default_ar = tool_commands()
        self.as_cmd = default_as if as_cmd is None else as_cmd
        self.cc_cmd = default_cc if cc_cmd is None else cc_cmd
        self.ar_cmd = default_ar if ar_cmd is None else ar_cmd
        self.echo = echo  # called with each command line before it runs (build -v)

    def __repr__(self) -> str:
        return (f"Toolchain(as_cmd={self.as_cmd!r}, cc_cmd={self.cc_cmd!r}, "
                f"ar_cmd={self.ar_cmd!r}, echo={self.echo!r})")

    def run(self, argv: list[str], tool: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
        with self.start(argv, tool, stdin) as proc:
            return proc.wait()

    def start(self, argv: list[str], tool: str, stdin: bytes | None = None) -> Running:
        """Start a tool; `wait()` gives run()'s result or its error. Use it
        as a context manager: leaving the block before wait() returned (an
        exception, ^C) kills the tool and everything it started."""
        import shlex
        import subprocess

        if self.echo is not None:
            self.echo("+ " + shlex.join(argv))
        if find_program(argv[0]) is None:
            raise ToolchainError(tool, argv, f"'{argv[0]}' not found on PATH (set ${tool.upper()} to choose another)")
        from ..errors import TERMINATION, Terminated

        TERMINATION[0] = True
        try:
            proc = subprocess.Popen(argv, stdin=None if stdin is None else subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        except OSError as e:
            raise ToolchainError(tool, argv, f"cannot run: {e.strerror or e}") from None
        finally:
            TERMINATION[0] = False
        running = Running(proc, tool, stdin)
        if TERMINATION[1]:
            running.kill()
            raise Terminated(TERMINATION[1])
        return running

    def assemble(self, source: str, obj: str, extra: list[str] | None = None) -> None:
        """Assemble a file (or '-' with text on stdin is not supported: give a path).

        The object is written beside `obj` and renamed into place only if
        `as` succeeds, so a failed or killed assembler leaves no partial
        object (and an older one untouched)."""
        with self.assembling(source, obj, extra):
            pass

    @contextmanager
    def assembling(self, source: str, obj: str, extra: list[str] | None = None) -> Iterator[Running]:
        """assemble(), with the block running while `as` does (it may wait()
        for it): the object is in place when the block ends."""
        from ..fileio import atomic_output

        with atomic_output(obj) as tmp, self.start([*self.as_cmd, *(extra or []), "-o", tmp, source], "as") as proc:
            yield proc
            proc.wait()

    def cc(self, args: list[str]) -> None:
        self.run([*self.cc_cmd, *args], "cc")

    def ar(self, args: list[str]) -> None:
        self.run([*self.ar_cmd, *args], "ar")

    def find_library(self, name: str) -> str | None:
        """Where the C compiler would find `name` (`libc.so.6`), or None;
        `cc -print-file-name` echoes the bare name back when it has none."""
        out = self.run([*self.cc_cmd, f"-print-file-name={name}"], "cc").stdout.decode().strip()
        return os.path.realpath(out) if os.path.isabs(out) and os.path.exists(out) else None


def _from_env(var: str, default: str) -> list[str]:
    value = os.environ.get(var, "").strip()
    if not value:
        return [default]
    import shlex

    return shlex.split(value)


# Every tool started and not yet reaped: a signal can arrive between
# Popen and the `with` that would kill the tool, and kill_all() closes that gap.
LIVE: set[Running] = set()


def kill_all() -> None:
    for running in list(LIVE):
        running.kill()


class Running:
    """A tool `Toolchain.start` started."""

    def __init__(self, proc: subprocess.Popen, tool: str, stdin: bytes | None):
        self.proc, self.tool, self._stdin = proc, tool, stdin
        self._done: subprocess.CompletedProcess | None = None
        LIVE.add(self)

    def wait(self) -> subprocess.CompletedProcess:
        import subprocess

        if self._done is None:
            out, err = self.proc.communicate(self._stdin)
            self._done = subprocess.CompletedProcess(self.proc.args, self.proc.returncode, out, err)
            LIVE.discard(self)
        done, argv = self._done, self.proc.args
        out = (done.stdout + done.stderr).decode("utf-8", "replace")
        if done.returncode < 0:
            raise ToolchainError(self.tool, argv, f"killed by signal {-done.returncode}", out)
        if done.returncode != 0:
            raise ToolchainError(self.tool, argv, f"failed with exit status {done.returncode}", out)
        return done

    def kill(self) -> None:
        """Kill the tool's process group unless wait() finished, and reap it.
        The leader is not reaped before this, so its group id is still ours;
        communicate() returns once every process holding its pipes is gone."""
        if self._done is not None:
            return
        import signal
        import subprocess

        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.communicate()
        self._done = subprocess.CompletedProcess(self.proc.args, self.proc.returncode, b"", b"")
        LIVE.discard(self)

    def __enter__(self) -> Running:
        return self

    def __exit__(self, *exc) -> None:
        self.kill()
