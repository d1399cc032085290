"""The C that makes a fat binary's exported names choose their variant.

With a libc the loader runs GNU indirect functions' resolvers (IRELATIVE
relocations, static-pie included), so each C name is an ifunc. Without one
(--nolibc: no loader, no start-up code of libc's) each C name is a jump
through a pointer that first points at a trampoline: the first call saves
the argument registers, picks the variant, stores it and jumps on, so later
calls cost one indirect jump. Either way the pick is libgcc's
__builtin_cpu_supports, tried from the most demanding variant down.
"""

from __future__ import annotations

import os

from ..toolchain.tools import Toolchain

_ARGS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9", "rax")  # rax: a varargs call's vector count


def _picker(n: int, prefixes: list[str], c_name: str, demands: list[tuple[str, ...]], head: str) -> list[str]:
    lines = [f'extern asms_fn asms_v{n}_{k} __asm__("{p}{c_name}") __attribute__((visibility("hidden")));'
             for k, p in enumerate(prefixes)]
    lines += [f"{head} {{", "    __builtin_cpu_init();"]
    for k, need in enumerate(demands, start=1):
        test = " && ".join(f'__builtin_cpu_supports("{d}")' for d in need) or "1"
        lines.append(f"    if ({test}) return asms_v{n}_{k};")
    return lines + [f"    return asms_v{n}_0;", "}"]


def _trampoline(n: int, c_name: str) -> str:
    save = [f"\tpushq %{r}" for r in _ARGS] + ["\tsubq $128, %rsp"]
    save += [f"\tmovdqu %xmm{i}, {16 * i}(%rsp)" for i in range(8)]
    restore = [f"\tmovdqu {16 * i}(%rsp), %xmm{i}" for i in range(8)] + ["\taddq $128, %rsp"]
    restore += [f"\tpopq %{r}" for r in reversed(_ARGS)]
    body = [".text", f".globl {c_name}", f".type {c_name}, @function", f"{c_name}:",
            f"\tjmp *asms_slot_{n}(%rip)", f".size {c_name}, .-{c_name}",
            f".type asms_first_{n}, @function", f"asms_first_{n}:", *save, f"\tcall asms_pick_{n}",
            f"\tmovq %rax, asms_slot_{n}(%rip)", "\tmovq %rax, %r11", *restore, "\tjmp *%r11",
            f".size asms_first_{n}, .-asms_first_{n}"]
    return "__asm__(" + "\n        ".join(f'"{line}\\n"' for line in body) + ");"


def source(c_names: list[str], prefixes: list[str], demands: list[tuple[str, ...]], startup: bool) -> str:
    """The dispatcher for `c_names`: variant k of a name is `prefixes[k] +
    name`; prefixes[0] is the fallback, the others are tried in order when
    the CPU has all of `demands[k - 1]`."""
    lines = ["/* asmsurgeon: pick each function's variant for the CPU this runs on. */",
             "typedef void asms_fn(void);"]
    for n, c in enumerate(c_names):
        if startup:
            lines.append(f'__attribute__((visibility("hidden"))) asms_fn *asms_pick_{n}(void);')
            lines += _picker(n, prefixes, c, demands, f"asms_fn *asms_pick_{n}(void)")
            lines.append(f'extern asms_fn asms_first_{n} __attribute__((visibility("hidden")));')
            lines.append(f'__attribute__((visibility("hidden"))) asms_fn *asms_slot_{n} = asms_first_{n};')
            lines.append(_trampoline(n, c))
        else:
            lines += _picker(n, prefixes, c, demands, f"static asms_fn *asms_resolve_{n}(void)")
            lines.append(f'void asms_ifunc_{n}(void) __asm__("{c}") __attribute__((ifunc("asms_resolve_{n}")));')
    return "\n".join(lines) + "\n"


def assemble(text: str, tc: Toolchain, work: str) -> str:
    """`text` compiled to assembly by cc, as build's input."""
    src = os.path.join(work, "asms-dispatch.c")
    out = os.path.join(work, "asms-dispatch.s")
    with open(src, "w") as f:
        f.write(text)
    tc.run([*tc.cc_cmd, "-std=c11", "-O2", "-fPIC", "-fno-asynchronous-unwind-tables", "-S", "-o", out, src], "cc")
    with open(out) as f:
        # `.file` would name the scratch directory: builds must not differ by it.
        return "".join(line for line in f if not line.startswith("\t.file"))
