"""Whether files can be linked without Python: ELF reading (`elf`), the
inputs a user gives (`inputs`), the link rules (`linkcheck`), instruction
sets (`isa`).

Importing this package makes it the attribute `asmsurgeon.check`, where the
Python API's `asmsurgeon.check(paths)` function is expected; so the package
itself is callable and does what that function does, whichever was loaded
first."""

from __future__ import annotations

import sys
import types


class _CheckPackage(types.ModuleType):
    def __call__(self, paths, **options):
        """asmsurgeon.check(paths, forbid=(), allow=(), require=()): the report
        `asmsurgeon check` prints (`str(report)`), for a path or a list of paths
        checked as one link set."""
        import os

        from .inputs import check

        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        return check([os.fspath(p) for p in paths], **options)


sys.modules[__name__].__class__ = _CheckPackage
