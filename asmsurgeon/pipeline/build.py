"""The whole pipeline: assembly in, a hardened executable or library out.

Stages: `validate` the request; `shape` the trees (strip-wrapper, add-main
for executables, hiding internals for libraries); `produce` the file (as,
the check, the link (cc, or an archive), verifying the ELF). Every step that can fail on
the user's input raises AsmError with a message naming the step, and the
output only appears (atomically) when all steps succeeded.

The check and the link overlap, because reading the objects with
pyelftools is the largest step of a short build and the linker can run on
another core meanwhile: the link starts, into a temporary file, as soon as
every input is assembled and the runtime is known. The output is gated by
the check all the same: the temporary is renamed into place only when the
check passed and the link and the verification succeeded, and a refusal
kills the link (Toolchain.start) and removes its temporary, so the user
sees the check's error exactly as when the check ran first. For the same
reason the check's modules are imported while `as` runs.
"""

from __future__ import annotations

import os
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..asm.nodes import Module
from ..errors import AsmError, InputError, UsageError
from ..fileio import atomic_output, scratch_directory, write_output
from ..numba_abi.families import UNKNOWN, Family, exports, select
from ..passes.add_main import AddMain
from ..passes.manager import Context, PassManager
from ..toolchain.tools import Toolchain
from .outputs import KINDS, output_mode

if TYPE_CHECKING:
    from ..check.elf import ElfReport

HARDENING = ["-pie", "-Wl,-z,relro,-z,now", "-Wl,-z,noexecstack"]


class CheckError(AsmError):
    """The object references symbols the standalone runtime cannot satisfy."""

    exit_status = 1


def check_object(path: str) -> list[str]:
    """Why `path` cannot be linked standalone (`check`'s rules): one line
    per problem, empty when it can."""
    from ..check.inputs import check

    return [f"{p.symbol}: {p.reason}" for p in check([path]).problems]


@dataclass
class BuildResult:
    output: str
    kind: str
    functions: dict[str, Family]
    entry: str | None = None
    temps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def load(source: str | Module) -> Module:
    from ..asm.parser import parse, parse_file

    if isinstance(source, Module):
        return source
    # Assembly text has line breaks; a string without one is a path (or '-'),
    # so a mistyped file name is reported as missing, not parsed as code.
    if "\n" not in source:
        return parse_file(source)
    return parse(source, "<asm>")


def surgery(module: Module, ctx: Context) -> Module:
    """strip-wrapper if the module still has its Numba wrappers."""
    if any(f.wrapped for f in exports(module).values()):
        from ..passes.pipelines import strip_passes

        module = PassManager(strip_passes()).run(module, ctx)
    return module


def build_executable(source, output: str, *, function: str | None = None, kind: str = "exe",
                     nolibc: bool = False, header: str | None = None, save_temps: bool = False,
                     echo=None, sig: str | None = None, extra_sources=(),
                     toolchain: Toolchain | None = None,
                     param_names: dict[str, tuple[str, ...]] | None = None, static: bool = False) -> BuildResult:
    """Build `source` (assembly text, a path or a parsed Module) into `output`.

    kind: "exe" (main, or _start with nolibc), "shared" (.so), "static"
    (.a, runtime included; link the program with -lm) or "object" (one
    relocatable .o with the runtime). `extra_sources` are more assembly
    files linked in (no main is added to them). `param_names` (core symbol
    -> Python parameter names) label the usage line and the header, which
    otherwise say ARG1/a1: the assembly does not keep the names. `echo`
    is told each tool's command line before it runs (`build -v`). `static`
    links a static-pie executable, libc included, for shipping one file.
    """
    validate(output, kind, nolibc, static)
    ctx = Context()
    modules = [load(source), *[load(s) for s in extra_sources]]
    names = param_names or {}
    result = BuildResult(output, kind, {name: f for m in modules for name, f in _known(exports(m), names).items()},
                         notes=ctx.notes)
    header_text = _header(result.functions, function, sig, names, header) if header else None
    shaped = shape(modules, result, ctx, function, sig, nolibc, names)
    produce(toolchain or Toolchain(echo=echo), shaped, result, nolibc, save_temps, static)
    if header_text is not None:
        write_output(header, header_text)
    return result


def validate(output: str, kind: str, nolibc: bool, static: bool = False) -> None:
    """Stage 1: refuse what cannot be built before reading anything."""
    if kind not in KINDS:
        raise UsageError(f"unknown kind {kind!r} (choose from {', '.join(KINDS)})")
    if nolibc and kind != "exe":
        raise UsageError("--nolibc makes an executable; it cannot be combined with --kind " + kind)
    if static and (kind != "exe" or nolibc):
        raise UsageError("--static makes a static-pie executable; it cannot be combined with "
                         + ("--nolibc" if nolibc else "--kind " + kind))
    if output in ("", "-"):
        raise UsageError("build writes a file: give -o PATH")
    if not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        raise InputError(output, "cannot write: no such directory")


def shape(modules: list[Module], result: BuildResult, ctx: Context, function: str | None, sig: str | None,
          nolibc: bool, names: dict[str, tuple[str, ...]]) -> list[Module]:
    """Stage 2, on trees: strip-wrapper, then add-main (executables) or
    hide what a library must not export."""
    chosen = None
    if result.kind == "exe":
        per_module = [_known(exports(m), names) for m in modules]
        i = next((i for i, fs in enumerate(per_module) if function is None or function in fs), 0)
        # Without libc only the exit status matters: an unknown result is an int.
        chosen = select(modules[i], function, sig, "int64" if nolibc else None, per_module[i])
    shaped = [surgery(m, ctx) for m in modules]
    if chosen is not None:
        add_main = AddMain(chosen.c_name, chosen.signature, nolibc, param_names=names.get(chosen.core))
        shaped[i] = PassManager([add_main]).run(shaped[i], ctx)
        result.entry = "_start" if nolibc else "main"
    if result.kind in ("shared", "static", "object"):
        from ..passes.trampolines import SUFFIX, AddTrampolines, needs_trampoline
        from ..passes.visibility import HideInternals

        found = result.functions
        sigs = {n: s for n, s in ((n, _sig_for(f, function, sig, len(found) > 1)) for n, f in found.items())
                if s is not None and needs_trampoline(s)}
        shaped = [PassManager([AddTrampolines(sigs)]).run(m, ctx) for m in shaped]
        hide = HideInternals(frozenset(found) | {n + SUFFIX for n in sigs})
        shaped = [PassManager([hide]).run(m, ctx) for m in shaped]
    return shaped


def produce(tc: Toolchain, modules: list[Module], result: BuildResult, nolibc: bool, save_temps: bool,
            static: bool = False) -> None:
    """Stage 3, with the tools: assemble, check the objects while linking,
    verify the linked file; the output appears only if all of it passed."""
    output, kind = result.output, result.kind
    base = os.path.splitext(output)[0] if kind != "exe" else output
    with scratch_directory("asmsurgeon-") as work:
        objs = assemble_all(tc, modules, base, work, result.temps if save_temps else None)
        try:
            runtime = [] if nolibc else _runtime(tc, work)
        except AsmError:
            refuse_unlinkable(modules, objs)  # the check's verdict comes first, as it did
            raise
        with atomic_output(output, output_mode(kind)) as tmp:
            os.unlink(tmp)
            with tc.start(_link_command(tc, kind, nolibc, tmp, objs, runtime, static), "ar" if kind == "static" else "cc") as link:
                refuse_unlinkable(modules, objs)
                link.wait()
            if kind in ("exe", "shared"):
                verify(tmp, kind, result.entry)


def assemble_all(tc: Toolchain, modules: list[Module], base: str, work: str, temps: list[str] | None) -> list[str]:
    """Assemble every module (all at once), into `work` or, when `temps`
    collects them (--save-temps), beside the output; return the objects."""
    objs = []
    with ExitStack() as stack:
        jobs = []
        for n, m in enumerate(modules):
            suffix = "" if len(modules) == 1 else f".{n}"
            src = f"{base}{suffix}.s" if temps is not None else os.path.join(work, f"in{n}.s")
            obj = f"{base}{suffix}.o" if temps is not None else os.path.join(work, f"in{n}.o")
            write_output(src, m.text)
            jobs.append(stack.enter_context(tc.assembling(src, obj)))
            objs.append(obj)
            if temps is not None:
                temps += [src, obj]
        # The check's own modules load while `as` runs; pyelftools does
        # not (its import outlasts `as` and would delay the link).
        from ..check import inputs, linkcheck  # noqa: F401
        for job in jobs:  # the first failure in input order is the one reported
            job.wait()
    return objs


def refuse_unlinkable(modules: list[Module], objs: list[str]) -> None:
    for m, obj in zip(modules, objs):
        bad = check_object(obj)
        if bad:
            raise CheckError(f"{m.path}: error: refusing to link: it needs what no standalone "
                             "program has:\n" + "\n".join(f"  {b}" for b in bad))


def _link_command(tc: Toolchain, kind: str, nolibc: bool, out: str, objs: list[str], runtime: list[str],
                  static: bool = False) -> list[str]:
    if kind == "exe" and nolibc:
        # libgcc (never libc): a fat build's dispatcher reads the CPU with it
        return [*tc.cc_cmd, "-nostdlib", "-static", "-Wl,-z,noexecstack", "-o", out, *objs, "-lgcc"]
    # Programs and libraries link the runtime's archive (only the members
    # the code references) and libm only if something calls it.
    if kind == "exe" and static:
        return [*tc.cc_cmd, "-static-pie", *HARDENING[1:], "-o", out, *objs, _archive(runtime), "-lm"]
    if kind == "exe":
        return [*tc.cc_cmd, *HARDENING, "-o", out, *objs, _archive(runtime), *LIBM]
    if kind == "shared":
        return [*tc.cc_cmd, "-shared", "-Wl,-z,relro,-z,now", "-Wl,-z,noexecstack", "-o", out, *objs,
                _archive(runtime), *LIBM]
    if kind == "static":
        return [*tc.ar_cmd, "rcs", out, *objs, *runtime]
    return [*tc.cc_cmd, "-r", "-nostdlib", "-o", out, *objs, *runtime]


def _header(found: dict[str, Family], function: str | None, sig: str | None,
            names: dict[str, tuple[str, ...]], path: str) -> str:
    from .header import guard_for, header_text

    if sig is not None and function is None and len(found) > 1:
        raise UsageError("--sig applies to one function: name it with --function")
    sigs = {n: _sig_for(f, function, sig, len(found) > 1) for n, f in found.items()}
    sigs = {n: None if s is None or UNKNOWN in s.ret else s for n, s in sigs.items()}
    return header_text({n: s for n, s in sigs.items() if s is not None}, guard_for(path),
                       unknown=sorted(n for n, s in sigs.items() if s is None),
                       param_names={n: names[f.core] for n, f in found.items() if f.core in names})


def _known(found: dict[str, Family], names) -> dict[str, Family]:
    """Families with the signatures Numba gave them, where the caller knows
    them (frontend.Params), in place of what the assembly tells (which
    cannot say what an array result holds)."""
    from dataclasses import replace

    from ..numba_abi.signature import parse_signature

    known = {core: getattr(p, "signature", None) for core, p in names.items()}
    return {n: replace(f, signature=parse_signature(known[f.core])) if known.get(f.core) else f
            for n, f in found.items()}


def _sig_for(f: Family, function: str | None, sig: str | None, several: bool):
    """--sig belongs to --function (or to the only function there is)."""
    if sig is not None and (f.c_name == function or (function is None and not several)):
        from ..numba_abi.signature import parse_signature

        return parse_signature(sig)
    return f.signature


LIBM = ["-Wl,--push-state,--as-needed", "-lm", "-Wl,--pop-state"]


def _archive(runtime: list[str]) -> str:
    from ..toolchain.runtime import ARCHIVE

    return os.path.join(os.path.dirname(runtime[0]), ARCHIVE)


def _runtime(tc: Toolchain, scratch: str) -> list[str]:
    from ..toolchain.runtime import objects

    return objects(tc, scratch)


def verify(path: str, kind: str, entry: str | None) -> ElfReport:
    """Read the linked file back: refuse libpython, text relocations and a
    missing entry point; return the facts for callers and tests."""
    from ..check.elf import read_report

    report = read_report(path)
    problems = []
    from ..check.linkcheck import needs_libpython

    python = [lib for lib in report.needed if needs_libpython(lib)]
    if python:
        problems.append("it needs " + ", ".join(python))
    if report.textrel:
        problems.append("it has text relocations (code that is patched at load time)")
    if entry and entry not in {s.name for s in report.symbols + report.dynamic_symbols if s.defined}:
        problems.append(f"it does not define {entry}")
    if problems:
        raise AsmError(f"error: the linked {kind} is not usable: " + "; ".join(problems))
    return report
