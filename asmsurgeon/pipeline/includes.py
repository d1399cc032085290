"""`.incbin` and `.include` read files the build never saw: `.incbin
"/etc/passwd"` would be embedded silently, and the cache key would not
cover the included bytes. Numba never writes them, so an input that has
them is refused unless the user asks (`build --allow-include`), and such
a build is then never cached."""

from __future__ import annotations

from ..asm.nodes import Module
from ..errors import InputError

READS_FILES = (".incbin", ".include")


def refuse_includes(module: Module) -> None:
    for n, line in enumerate(module.lines, 1):
        for st in line.shape.stmts:
            if st.kind == "label":
                continue
            span = line.shape.spans[st.head]
            word = line.text[span.start:span.end]
            if word.lower() in READS_FILES:
                raise InputError(module.path, f"{word} reads a file outside the build's inputs "
                                              "(use --allow-include to allow it)", n, span.start + 1)
