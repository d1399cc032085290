"""asmsurgeon: standalone native programs from Numba's assembly output.

The Python API (`compile_asm`, `build_executable`, `check`,
`strip_wrapper`) lives in asmsurgeon.api and is loaded on first use, so
`import asmsurgeon` (and the CLI's start-up) stays cheap.
"""

from __future__ import annotations

from .version import __version__

TYPE_CHECKING = False  # no typing import: a cached build is mostly start-up

_API = ("build_executable", "check", "compile_asm", "strip_wrapper")
__all__ = ["__version__", *_API]

if TYPE_CHECKING:
    from .api import build_executable, check, compile_asm, strip_wrapper  # noqa: F401


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'asmsurgeon' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})
