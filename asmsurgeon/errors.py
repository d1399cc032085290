"""Exceptions the library raises and the CLI turns into messages.

Only the CLI prints or exits; everything below it raises one of these so
that a caller embedding asmsurgeon (a build script, a test) decides what a
failure means. Every message follows the compiler convention
`file:line:col: error: ...` so editors and CI annotators can jump to it.
"""

from __future__ import annotations


class AsmError(Exception):
    """Base class: bad input or a failed step; the CLI exits 2 on these."""

    exit_status = 2

    def render(self) -> str:
        return str(self)


def _printable(text: str) -> str:
    # Undecodable bytes ride through the tool as lone surrogates; show them
    # as escapes rather than crash the terminal encoder.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _visible(text: str) -> str:
    """The offending line as shown under a message: control characters
    (ESC, BEL, C1 CSI...) and undecodable bytes escaped, so a hostile file
    cannot clear or retitle the user's terminal; tabs kept for the caret."""
    if text.isprintable():
        return text
    return "".join(c if c == "\t" or c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


class AsmSyntaxError(AsmError):
    """Input the grammar does not accept, located to line and column."""

    def __init__(self, path: str, line: int, col: int, context: str, message: str):
        super().__init__(f"{path}:{line}:{col}: error: {message}")
        self.path = path
        self.line = line
        self.col = col
        self.context = context
        self.message = message

    def render(self) -> str:
        context, col = self.context, self.col
        if len(context) > 200:  # a 1 MB line is shown around the column only
            lo = max(0, col - 100)
            context, col = context[lo : lo + 200], col - lo
        # Keep tabs in the caret line so the caret sits under the column
        # whatever the terminal's tab width.
        before = _visible(context[: col - 1])
        caret = "".join("\t" if c == "\t" else " " for c in before) + "^"
        return f"{_printable(str(self))}\n{before}{_visible(context[col - 1:])}\n{caret}"


class InputError(AsmError):
    """A file that cannot be read or is not what the command needs.

    Placed at line 1, column 1 so it has the same shape as a syntax error.
    """

    def __init__(self, path: str, message: str, line: int = 1, col: int = 1):
        super().__init__(f"{path}:{line}:{col}: error: {message}")
        self.path = path
        self.message = message

    def render(self) -> str:
        return _printable(str(self))


class PathError(AsmError):
    """A whole file is not what the command needs, with no line to point
    at (no function to build in it, not ELF): `path: error: message`."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: error: {message}")
        self.path = path
        self.message = message

    def render(self) -> str:
        return _printable(str(self))


class UsageError(AsmError):
    """Arguments that make no sense together (a bad --map, say)."""

    def __init__(self, message: str):
        super().__init__(f"error: {message}")


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program was so that the same
    clean-up as for ^C runs: tools killed with their process group,
    temporaries removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


# While a tool is being started, a SIGTERM/SIGHUP waits: raised inside
# subprocess.Popen, it would leave the new process running with nobody to
# kill it. [deferring, pending signal number or 0]
TERMINATION = [False, 0]
