"""The one place that runs the assembler, compiler and linker.

`$AS` and `$CC` (and `$AR`) choose the tools, split like a shell would so
`CC="ccache gcc"` works. A failure raises ToolchainError carrying the exact
command line and everything the tool printed, because "as failed" without
its message is useless.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field

from .errors import AsmError


class ToolchainError(AsmError):
    def __init__(self, tool: str, argv: list[str], message: str, output: str = ""):
        text = f"error: {tool}: {message}\n  command: {shlex.join(argv)}"
        if output.strip():
            text += "\n" + "\n".join("  | " + line for line in output.rstrip().splitlines())
        super().__init__(text)
        self.tool = tool
        self.argv = argv
        self.output = output


@dataclass
class Toolchain:
    """Which tools to run; `verbose` echoes each command to stderr."""

    as_cmd: list[str] = field(default_factory=lambda: _from_env("AS", "as"))
    cc_cmd: list[str] = field(default_factory=lambda: _from_env("CC", "cc"))
    ar_cmd: list[str] = field(default_factory=lambda: _from_env("AR", "ar"))
    verbose: bool = False

    def run(self, argv: list[str], tool: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
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
    return shlex.split(value) if value else [default]
