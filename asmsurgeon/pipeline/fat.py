"""Fat builds: one function compiled for several CPUs, one exported name.

Each target's assembly is stripped to C functions on its own. All of them
but the fallback variant (the least demanding: `generic` when given) are
renamed `asms.<target>.<symbol>` for every symbol they define; the
fallback keeps its Numba names (so signatures and parameter names are read
from it as from a plain build) but its C functions become
`asms.<target>.<c_name>`. Each C name is then a GNU indirect function whose
resolver (C, compiled by cc, checked by libgcc's __builtin_cpu_supports)
picks, when the program or library loads, the most demanding variant the
CPU has every extension for. A variant's demands are its target's x86-64
level and the extensions its code actually uses (elfcheck.isa), so a named CPU
or `host` needs no feature table of ours. Targets whose code is identical
collapse into one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..asm import isa
from ..asm.nodes import Module
from ..asm.parser import parse
from ..elfcheck.isa import VARIANT_PREFIX, of_module
from ..numba_abi.families import exports
from ..passes.manager import Context, PassManager
from ..passes.modules import MergeModules
from ..passes.pipelines import concatenate, strip_module
from ..passes.rename import RenameSymbols
from ..toolchain.tools import Toolchain
from . import dispatch

# __builtin_cpu_supports' names for the extensions elfcheck.isa reports.
_GCC = {"SSE3": "sse3", "SSSE3": "ssse3", "SSE4.1": "sse4.1", "SSE4.2": "sse4.2", "POPCNT": "popcnt",
        "CX16": "cmpxchg16b", "AVX": "avx", "AVX2": "avx2", "FMA": "fma", "F16C": "f16c", "BMI": "bmi",
        "BMI2": "bmi2", "LZCNT": "lzcnt", "MOVBE": "movbe", "AVX-512": "x86-64-v4"}
_FALLBACKS = ("generic", "x86-64", "x86-64-v1")


@dataclass
class Variant:
    target: str
    module: Module  # stripped: C functions named
    demands: tuple[str, ...] = ()  # __builtin_cpu_supports names

    @property
    def tag(self) -> str:
        return self.target.replace("-", "_")


def variant(target: str, text: str, param_names=None) -> Variant:
    from ..frontend.facts import pass_context

    module = strip_module(parse(text, f"<numba --cpu {target}>"), pass_context(param_names))
    used = {e for f in of_module(module).values() for e in f.extensions}
    demands = [_GCC[e] for e in isa.sort(used) if e in _GCC]
    level = host_level() if target == "host" else target
    if level in isa.LEVEL_EXTENSIONS and level not in _FALLBACKS:
        demands.insert(0, level)
    return Variant(target, module, tuple(dict.fromkeys(demands)))


def host_level() -> str:
    """The highest x86-64 level this machine's CPU has, per LLVM."""
    import llvmlite.binding as ll

    have = {f for f, on in ll.get_host_cpu_features().items() if on}
    llvm = {"SSE3": "sse3", "SSSE3": "ssse3", "SSE4.1": "sse4.1", "SSE4.2": "sse4.2", "POPCNT": "popcnt",
            "CX16": "cx16", "AVX": "avx", "AVX2": "avx2", "FMA": "fma", "F16C": "f16c", "BMI": "bmi",
            "BMI2": "bmi2", "LZCNT": "lzcnt", "MOVBE": "movbe", "AVX-512": "avx512vl"}
    level = "generic"
    for candidate in ("x86-64-v2", "x86-64-v3", "x86-64-v4"):
        if all(llvm[e] in have for e in isa.LEVEL_EXTENSIONS[candidate]):
            level = candidate
    return level


def _rank(v: Variant) -> tuple[str, int]:
    levels = [d for d in v.demands if d.startswith("x86-64-v")]
    return (max(levels) if levels else "", len(v.demands))


# Numba's per-process function id in a mangled name (`fB2v7B38...`): the
# in-process `host` compile and a child's count their compiles apart.
_NUMBA_UID = re.compile(r"B\d+v\d+(?=[B_E])")


def distinct(variants: list[Variant]) -> list[Variant]:
    """Drop a variant whose code is the same as an earlier one's, names
    compared up to Numba's function ids: a build in a process that has
    compiled the function before would otherwise ship two copies of one
    code under two CPU names."""
    seen: dict[str, Variant] = {}
    for v in variants:
        seen.setdefault(_NUMBA_UID.sub("Bv", v.module.text), v)
    return list(seen.values())


def fat_module(variants: list[Variant], tc: Toolchain, work: str, startup: bool = False) -> Module:
    """One module holding every variant and the dispatching C names
    (indirect functions, or with `startup` first-call trampolines)."""
    if len(variants) == 1:
        return variants[0].module
    fallback = min(variants, key=lambda v: (v.target not in _FALLBACKS, len(v.demands)))
    ranked = sorted((v for v in variants if v is not fallback), key=_rank, reverse=True)
    c_names = sorted(exports(fallback.module))
    parts = []
    for v in [fallback, *ranked]:
        info_defined = _defined_globals(v.module)
        renamed = c_names if v is fallback else info_defined
        mapping = {s: f"{VARIANT_PREFIX}{v.tag}.{s}" for s in renamed}
        parts.append(RenameSymbols(mapping, "cpu-variant").run(v.module, Context()))
    source = dispatch.source(c_names, [f"{VARIANT_PREFIX}{v.tag}." for v in [fallback, *ranked]],
                             [v.demands for v in ranked], startup)
    parts.append(parse(dispatch.assemble(source, tc, work), "<cpu dispatch>"))
    merged, starts = concatenate(parts)
    return PassManager([MergeModules(starts)]).run(merged, Context())


def _defined_globals(module: Module) -> list[str]:
    from ..asm.analysis import module_info

    return [s.name for s in module_info(module).symbols.values()
            if s.defined and s.binding in ("global", "weak")]


def compile_targets(inputs, sigs, targets: list[str], work: str, tc: Toolchain | None = None,
                    nolibc: bool = False):
    """compile_for_build for several CPUs: the `FILE.py:FUNC` inputs
    become one fat module (or a plain one if every target gave the same
    code), with the signature and parameter names for build (each
    variant's passes get its own target's Params: the Environments' names
    differ between targets)."""
    from ..frontend.compiler import compile_for_build, for_build, is_python_spec
    from ..frontend.targets import compile_all

    specs = [i for i in inputs if is_python_spec(i)]
    sig_list = [sigs] if isinstance(sigs, str) else list(sigs or ())
    if not specs or targets == ["host"]:
        return compile_for_build(inputs, sig_list)
    per_target = {t: for_build(c) for t, c in compile_all(targets, specs, sig_list).items()}
    first, signature, names = per_target[targets[0]]
    if len(per_target) > 1 and _named_like_c_symbols(first):
        # A function named like a C library symbol (`sin`) gets its final
        # name from build, before anything can call it by that name; a
        # dispatcher of that name would take libm's place. One variant, the
        # one this machine runs best, goes to build unstripped.
        text, signature, names = per_target.get("host", per_target[targets[-1]])
        out = [i for i in inputs if not is_python_spec(i)]
        out.insert(inputs.index(specs[0]), parse(text, "<numba>"))
        return out, signature, names
    variants = distinct([variant(t, text, target_names) for t, (text, _, target_names) in per_target.items()])
    module = fat_module(variants, tc or Toolchain(), work, startup=nolibc)
    out: list = [i for i in inputs if not is_python_spec(i)]
    out.insert(inputs.index(specs[0]), module)
    return out, signature, names


def _named_like_c_symbols(text: str) -> bool:
    from ..asm.analysis import module_info
    from ..numba_abi.families import exports
    from .cnames import taken_names, unsafe

    module = parse(text, "<numba>")
    taken = taken_names(set(module_info(module).undefined))
    return any(unsafe(c, taken) is not None for c in exports(module))


def default_targets(cpu: str | None) -> list[str]:
    """--cpu's targets; without it generic+host."""
    from ..frontend.targets import DEFAULT, parse_cpu

    return list(DEFAULT) if cpu is None else parse_cpu(cpu)
