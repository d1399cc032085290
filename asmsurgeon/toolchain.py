"""The one place that runs the assembler, compiler and linker.

`$AS` and `$CC` (and `$AR`) choose the tools, split like a shell would so
`CC="ccache gcc"` works. A failure raises ToolchainError carrying the exact
command line and everything the tool printed, because "as failed" without
its message is useless.
"""

from __future__ import annotations

import os
import sys

from .errors import AsmError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import subprocess

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


def tool_commands() -> list[list[str]]:
    """The as, cc and ar command lines the environment chooses."""
    return [_from_env(var, default) for var, default in TOOLS]


class Toolchain:
    """Which tools to run; `verbose` echoes each command to stderr. (A plain
    class: this module is imported by a cached build, which must not pay
    for dataclasses or subprocess.)"""

    def __init__(self, as_cmd: list[str] | None = None, cc_cmd: list[str] | None = None,
                 ar_cmd: list[str] | None = None, verbose: bool = False):
        default_as, default_cc, default_ar = tool_commands()
        self.as_cmd = default_as if as_cmd is None else as_cmd
        self.cc_cmd = default_cc if cc_cmd is None else cc_cmd
        self.ar_cmd = default_ar if ar_cmd is None else ar_cmd
        self.verbose = verbose

    def __repr__(self) -> str:
        return (f"Toolchain(as_cmd={self.as_cmd!r}, cc_cmd={self.cc_cmd!r}, "
                f"ar_cmd={self.ar_cmd!r}, verbose={self.verbose!r})")

    def run(self, argv: list[str], tool: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
        import shlex
        import shutil
        import subprocess

        if self.verbose:
            print("+ " + shlex.join(argv), file=sys.stderr)
        if shutil.which(argv[0]) is None:
            raise ToolchainError(tool, argv, f"'{argv[0]}' not found on PATH (set ${tool.upper()} to choose another)")
        try:
            proc = subprocess.run(argv, input=stdin, capture_output=True)
        except OSError as e:
            raise ToolchainError(tool, argv, f"cannot run: {e.strerror or e}") from None
        out = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        if proc.returncode < 0:
            raise ToolchainError(tool, argv, f"killed by signal {-proc.returncode}", out)
        if proc.returncode != 0:
            raise ToolchainError(tool, argv, f"failed with exit status {proc.returncode}", out)
        return proc

    def assemble(self, source: str, obj: str, extra: list[str] | None = None) -> None:
        """Assemble a file (or '-' with text on stdin is not supported: give a path).

        The object is written beside `obj` and renamed into place only if
        `as` succeeds, so a failed or killed assembler leaves no partial
        object (and an older one untouched)."""
        from .fileio import atomic_output

        with atomic_output(obj) as tmp:
            self.run([*self.as_cmd, *(extra or []), "-o", tmp, source], "as")

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
