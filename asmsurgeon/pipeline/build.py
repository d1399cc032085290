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
from dataclasses import dataclass, field, replace
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
    from ..elfcheck.elf import ElfReport

# What a library exports besides the user's functions: the documented API.
# What a library exports besides its functions: the error model, the
# array results' release and adoption (the header's shims call them) and
# the text of an exception for a hook of one's own.
LIBRARY_API = ("asmsurgeon_raise", "asmsurgeon_last_error", "asmsurgeon_clear_error", "asmsurgeon_error_state",
               "asmsurgeon_array_adopt", "asmsurgeon_array_release", "asmsurgeon_excinfo_text",
               "asmsurgeon_excinfo_free")
HARDENING = ["-pie", "-Wl,-z,relro,-z,now", "-Wl,-z,noexecstack"]


class CheckError(AsmError):
    """The object references symbols the standalone runtime cannot satisfy."""

    exit_status = 1


def check_object(path: str) -> list[str]:
    """Why `path` cannot be linked standalone (`check`'s rules): one line
    per problem, empty when it can."""
    from ..elfcheck.inputs import check

    return [f"{p.symbol}: {p.reason}" for p in check([path]).problems]


@dataclass
class BuildResult:
    output: str
    kind: str
    functions: dict[str, Family]
    entry: str | None = None
    temps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    exported: list[str] = field(default_factory=list)  # a library's interface, with the runtime's API


def load(source: str | Module) -> Module:
    from ..asm.parser import parse, parse_file

    if isinstance(source, Module):
        return source
    # Assembly text has line breaks; a string without one is a path (or '-'),
    # so a mistyped file name is reported as missing, not parsed as code.
    if "\n" not in source:
        return parse_file(source)
    return parse(source, "<asm>")


def surgery(module: Module, ctx: Context, names: dict[str, str] | None = None) -> Module:
    """strip-wrapper if the module still has its Numba wrappers; `names`
    (C name -> the name to give it instead) renames functions either way."""
    found = exports(module)
    names = {c: n for c, n in (names or {}).items() if c != n and c in found}
    wrapped = {c: n for c, n in names.items() if found[c].wrapped}
    if any(f.wrapped for f in found.values()):
        from ..passes.pipelines import strip_passes
        from ..toolchain.runtime import PROVIDED_SYMBOLS

        module = PassManager(strip_passes(wrapped, provided=PROVIDED_SYMBOLS)).run(module, ctx)
    plain = {c: n for c, n in names.items() if c not in wrapped}
    if plain:
        from ..passes.rename import RenameSymbols

        module = PassManager([RenameSymbols(plain)]).run(module, ctx)
    return module


def build_executable(source, output: str, *, function: str | None = None, kind: str = "exe",
                     nolibc: bool = False, header: str | None = None, save_temps: bool = False,
                     echo=None, sig: str | None = None, extra_sources=(),
                     toolchain: Toolchain | None = None,
                     param_names: dict[str, tuple[str, ...]] | None = None, static: bool = False,
                     names: dict[str, str] | None = None, allow_include: bool = False) -> BuildResult:
    """Build `source` (assembly text, a path or a parsed Module) into `output`.

    kind: "exe" (main, or _start with nolibc), "shared" (.so), "static"
    (.a, runtime included; link the program with -lm) or "object" (one
    relocatable .o with the runtime). `extra_sources` are more assembly
    files linked in (no main is added to them). `param_names` (core symbol
    -> Python parameter names) label the usage line and the header, which
    otherwise say ARG1/a1: the assembly does not keep the names. `names`
    (C name -> exported name) chooses a library's names (see cnames);
    `allow_include` lets the inputs' .incbin/.include run. `echo`
    is told each tool's command line before it runs (`build -v`). `static`
    links a static-pie executable, libc included, for shipping one file.
    """
    validate(output, kind, nolibc, static)
    from ..frontend.facts import pass_context

    # What the front end's compile found that the assembly lost.
    ctx = pass_context(param_names)
    modules = [load(source), *[load(s) for s in extra_sources]]
    if not allow_include:
        from .includes import refuse_includes

        for m in modules:
            refuse_includes(m)
    pnames = param_names or {}
    result = BuildResult(output, kind, {name: f for m in modules for name, f in _known(exports(m), pnames).items()},
                         notes=ctx.notes)
    renames = _final_names(kind, result.functions, modules, names or {}, ctx)
    result.exported = sorted(renames.values()) + list(LIBRARY_API)
    header_text = _header({renames[n]: replace(f, c_name=renames[n]) for n, f in result.functions.items()},
                          renames.get(function, function), sig, pnames, header) if header else None
    shaped = shape(modules, result, ctx, function, sig, nolibc, pnames, renames)
    produce(toolchain or Toolchain(echo=echo), shaped, result, nolibc, save_temps,
            (header, header_text) if header_text is not None else None, ctx, static)
    return result


def _final_names(kind: str, found: dict[str, Family], modules: list[Module], overrides: dict[str, str],
                 ctx: Context) -> dict[str, str]:
    """C name -> the name the output defines (see cnames)."""
    from . import cnames

    if kind == "exe":
        return {c: cnames.internal_name(c) for c in found}
    from ..asm.analysis import module_info

    referenced = {n for m in modules for n in module_info(m).undefined}
    return cnames.library_names(found, overrides, cnames.taken_names(referenced), ctx.notes)


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
          nolibc: bool, names: dict[str, tuple[str, ...]], renames: dict[str, str]) -> list[Module]:
    """Stage 2, on trees: strip-wrapper, then add-main (executables) or
    hide what a library must not export."""
    chosen = None
    if result.kind == "exe":
        per_module = [_known(exports(m), names) for m in modules]
        i = next((i for i, fs in enumerate(per_module) if function is None or function in fs), 0)
        # Without libc only the exit status matters: an unknown result is an int.
        chosen = select(modules[i], function, sig, "int64" if nolibc else None, per_module[i])
    shaped = [surgery(m, ctx, renames) for m in modules]
    if chosen is not None:
        add_main = AddMain(renames[chosen.c_name], chosen.signature, nolibc, param_names=names.get(chosen.core))
        shaped[i] = PassManager([add_main]).run(shaped[i], ctx)
        result.entry = "_start" if nolibc else "main"
    if result.kind in ("shared", "static", "object"):
        from ..passes.trampolines import SUFFIX, AddTrampolines, needs_trampoline
        from ..passes.visibility import HideInternals

        found = result.functions
        sigs = {renames[n]: s for n, s in ((n, _sig_for(f, function, sig, len(found) > 1)) for n, f in found.items())
                if s is not None and needs_trampoline(s)}
        shaped = [PassManager([AddTrampolines(sigs)]).run(m, ctx) for m in shaped]
        # The trampolines C calls for results it cannot receive are interface too.
        result.exported += sorted(n + SUFFIX for n in sigs)
        hide = HideInternals(frozenset(renames.values()) | {n + SUFFIX for n in sigs})
        shaped = [PassManager([hide]).run(m, ctx) for m in shaped]
    return shaped


def produce(tc: Toolchain, modules: list[Module], result: BuildResult, nolibc: bool, save_temps: bool,
            header: tuple[str, str] | None = None, ctx: Context | None = None, static: bool = False) -> None:
    """Stage 3, with the tools: assemble, check the objects while linking,
    verify the linked file; the output (and `header`: path, text) appears
    only if all of it passed."""
    output, kind = result.output, result.kind
    base = os.path.splitext(output)[0] if kind != "exe" else output
    with scratch_directory("asmsurgeon-") as work:
        objs = assemble_all(tc, modules, base, work, result.temps if save_temps else None)
        try:
            runtime, libs = (_nolibc_hooks(tc, work), []) if nolibc else _runtime_for(tc, work, modules, kind, result.notes)
        except AsmError:
            refuse_unlinkable(modules, objs)  # the check's verdict comes first, as it did
            raise
        with ExitStack() as publish:
            # The header's temporary exists before the output is renamed:
            # whatever stops one stops both.
            if header is not None:
                write_output(publish.enter_context(atomic_output(header[0])), header[1])
            tmp = publish.enter_context(atomic_output(output, output_mode(kind)))
            os.unlink(tmp)
            # A static library is one relocatable object like --kind object,
            # so that only its interface stays global (see _localize).
            combined = os.path.join(work, "lib.o") if kind == "static" else tmp
            command = _link_command(tc, "object" if kind == "static" else kind, nolibc, combined, objs, runtime,
                                    libs, static)
            if kind == "shared":  # the runtime's NRT_* and helpers stay inside
                # The runtime is an archive: pull in the members holding the library's
                # API even when its own code does not call them (the header's shims do:
                # asmsurgeon_array_adopt/_release for array results).
                command += [f"-Wl,--undefined={n}" for n in LIBRARY_API]
                script = os.path.join(work, "exports.map")
                write_output(script, "{\n  global:\n" + "".join(f"    {n};\n" for n in result.exported)
                             + "  local: *;\n};\n")
                command.append(f"-Wl,--version-script={script}")
            with tc.start(command, "cc") as link:
                refuse_unlinkable(modules, objs)
                link.wait()
            if kind in ("static", "object"):
                _localize(tc, combined, result.exported)
            if kind == "static":
                tc.run([*tc.ar_cmd, "rcs", tmp, combined], "ar")
            if kind in ("exe", "shared"):
                report = verify(tmp, kind, result.entry)
                if report.rpath and ctx is not None:
                    ctx.note(f"warning: {output}: the linker gave it a run-time library search path "
                             f"(RPATH/RUNPATH {':'.join(report.rpath)}; from LD_RUN_PATH or the linker's "
                             "configuration): it loads libraries from there first")


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
        from ..elfcheck import inputs, linkcheck  # noqa: F401
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
                  libs: list[str] = (), static: bool = False) -> list[str]:
    if kind == "exe" and nolibc:
        # libgcc (never libc): a fat build's dispatcher reads the CPU with it
        return [*tc.cc_cmd, "-nostdlib", "-static", "-Wl,-z,noexecstack", "-o", out, *objs, *runtime, "-lgcc"]
    # Programs and libraries link the runtime's archive (only the members
    # the code references) and libm only if something calls it.
    if kind == "exe" and static:
        return [*tc.cc_cmd, "-static-pie", *HARDENING[1:], "-o", out, *objs, _archive(runtime), *libs, "-lm"]
    if kind == "exe":
        return [*tc.cc_cmd, *HARDENING, "-o", out, *objs, _archive(runtime), *libs, *LIBM]
    if kind == "shared":
        return [*tc.cc_cmd, "-shared", "-Wl,-z,relro,-z,now", "-Wl,-z,noexecstack", "-o", out, *objs,
                _archive(runtime), *libs, *LIBM]
    if kind == "static":
        return [*tc.ar_cmd, "rcs", out, *objs, *runtime]
    return [*tc.cc_cmd, "-r", "-nostdlib", "-o", out, *objs, *runtime]


def _localize(tc: Toolchain, obj: str, exported: list[str]) -> None:
    """Make every global of a relocatable output local but its interface:
    two libraries built by asmsurgeon then link into one program, and a
    host's own NRT_* cannot interpose on the library's runtime."""
    import shlex

    objcopy = shlex.split(os.environ.get("OBJCOPY", "")) or ["objcopy"]
    keep = obj + ".keep"
    write_output(keep, "".join(n + "\n" for n in exported))
    tc.run([*objcopy, f"--keep-global-symbols={keep}", obj], "objcopy")
    os.unlink(keep)


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


def _nolibc_hooks(tc: Toolchain, scratch: str) -> list[str]:
    from ..toolchain.nolibc import hook_objects

    return hook_objects(tc, scratch)


LIBM = ["-Wl,--push-state,--as-needed", "-lm", "-Wl,--pop-state"]


def _archive(runtime: list[str]) -> str:
    from ..toolchain.runtime import ARCHIVE

    return os.path.join(os.path.dirname(runtime[0]), ARCHIVE)


def _runtime(tc: Toolchain, scratch: str) -> list[str]:
    from ..toolchain.runtime import objects

    return objects(tc, scratch)


def _runtime_for(tc: Toolchain, scratch: str, modules: list[Module], kind: str,
                 notes: list[str]) -> tuple[list[str], list[str]]:
    """The runtime objects these modules need, and the system libraries
    (-l options) those need; an archive or object cannot carry the
    libraries, so its user is told which to add."""
    from ..toolchain import syslibs

    used = syslibs.used_optional(syslibs.undefined_symbols(modules))
    flags = syslibs.link_flags(tc, used) if used else []
    objs = syslibs.select_runtime(_runtime(tc, scratch), used)
    if flags and kind in ("static", "object"):
        notes.append("link the result with " + " ".join(flags))
        flags = []
    return objs, flags


def verify(path: str, kind: str, entry: str | None) -> ElfReport:
    """Read the linked file back: refuse libpython, text relocations and a
    missing entry point; return the facts for callers and tests."""
    from ..elfcheck.elf import read_report

    report = read_report(path)
    problems = []
    from ..elfcheck.linkcheck import needs_libpython

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
