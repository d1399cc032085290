"""The error path of a --nolibc program.

Without libc there is no runtime to link (it formats with stdio and
allocates with malloc), yet a function that can raise still calls the
error hook that passes/errorpath.py puts on its wrapper's failure branch.
Here the hook ends the program with status 1, as the libc build does
after printing the exception, and freeing an exception's values is a
no-op (the process is about to end)."""

from __future__ import annotations

import os

from .tools import Toolchain

_HOOKS = """\
\t.text
\t.globl\tasmsurgeon_raise
\t.hidden\tasmsurgeon_raise
\t.type\tasmsurgeon_raise,@function
asmsurgeon_raise:
\tmovl\t$1, %edi
\tmovl\t$231, %eax
\tsyscall
\tud2
\t.size\tasmsurgeon_raise, .-asmsurgeon_raise
\t.globl\tasmsurgeon_excinfo_free
\t.hidden\tasmsurgeon_excinfo_free
\t.type\tasmsurgeon_excinfo_free,@function
asmsurgeon_excinfo_free:
\tret
\t.size\tasmsurgeon_excinfo_free, .-asmsurgeon_excinfo_free
\t.section\t.note.GNU-stack,"",@progbits
"""


def hook_objects(tc: Toolchain, scratch: str) -> list[str]:
    """The hooks assembled into `scratch`, for the link."""
    src, obj = os.path.join(scratch, "nolibc-hooks.s"), os.path.join(scratch, "nolibc-hooks.o")
    with open(src, "w", encoding="ascii") as f:
        f.write(_HOOKS)
    with tc.assembling(src, obj):
        pass
    return [obj]
