"""Per-function instruction-set report, for `symbols` and `check --cpu`.

Assembly is read from the tree; objects, archives and linked files are
disassembled with binutils' objdump (already required for as/ld). Code of a
fat binary's CPU variant (symbols `asms.<target>.*`, see pipeline.fat) runs
only where the dispatcher found that CPU, so `check --cpu` does not hold it
against the level.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field

from ..asm import isa
from ..errors import InputError, UsageError

VARIANT_PREFIX = "asms."
# glibc's own variants (__memcpy_avx_unaligned, __strlen_evex...), chosen by
# its indirect functions, in a --static executable.
_LIBC_VARIANT = re.compile(r"_\w*_(avx|avx2|avx512|evex|evex512|sse4_1|sse4_2|ssse3|sse3|fma|fma4|rtm|x86_64_v\d)(_|$)")


@dataclass
class Use:
    extension: str
    instruction: str
    where: str  # file:line for assembly, file+address for binaries


@dataclass
class FunctionIsa:
    name: str
    uses: dict[str, Use] = field(default_factory=dict)  # first use of each extension

    @property
    def extensions(self) -> list[str]:
        return isa.sort(self.uses)

    @property
    def variant(self) -> bool:
        return self.name.startswith(VARIANT_PREFIX)

    @property
    def dispatched(self) -> bool:
        """Code only a CPU dispatcher sends a capable CPU to."""
        return (self.variant and not self.name.startswith(VARIANT_PREFIX + "generic.")) \
            or bool(_LIBC_VARIANT.match(self.name))


def display_name(name: str) -> str:
    """A function's readable name; a fat build's variant says its target:
    `kern.f(float64) [x86_64_v3]`."""
    from ..numba_abi.demangle import readable

    if name.startswith(VARIANT_PREFIX) and name.count(".") >= 2:
        tag, _, rest = name[len(VARIANT_PREFIX):].partition(".")
        return f"{readable(rest)} [{tag}]"
    return readable(name)


def _record(fns: dict[str, FunctionIsa], owner: str, mnemonic: str, operands: str, text: str, where: str) -> None:
    ext = isa.extension(mnemonic, operands)
    if ext is None:
        return
    f = fns.setdefault(owner, FunctionIsa(owner))
    f.uses.setdefault(ext, Use(ext, text.strip(), where))


def of_module(module) -> dict[str, FunctionIsa]:
    """Each function of an assembly Module with the extensions it uses."""
    from ..asm.analysis import module_info

    info = module_info(module)
    fns = {name: FunctionIsa(name) for name in info.functions}
    for i, line in enumerate(module.lines):
        owner = info.owners[i]
        if owner is None:
            continue
        for stmt in line.statements:
            mnemonic = getattr(stmt, "mnemonic", "")
            if mnemonic:
                operands = ",".join(o.text for o in stmt.operands)
                _record(fns, owner, mnemonic, operands, line.text, f"{module.path}:{i + 1}")
    return fns


_FUNC = re.compile(r"^[0-9a-f]+ <(?P<name>[^>]+)>:$")
_INSN = re.compile(r"^\s*(?P<addr>[0-9a-f]+):\s+(?P<text>\S.*)$")


def of_binary(path: str) -> dict[str, FunctionIsa]:
    """Each symbol's code in an ELF file, from objdump's disassembly."""
    objdump = shutil.which("objdump")
    if objdump is None:
        raise UsageError("reading instructions of an object needs objdump (binutils)")
    proc = subprocess.run([objdump, "-d", "--no-show-raw-insn", "-w", path], capture_output=True, text=True,
                          errors="replace")
    if proc.returncode != 0:
        raise InputError(path, "objdump cannot read it: " + proc.stderr.strip().splitlines()[-1:][0]
                         if proc.stderr.strip() else "objdump cannot read it")
    fns: dict[str, FunctionIsa] = {}
    owner = None
    for line in proc.stdout.splitlines():
        m = _FUNC.match(line)
        if m:
            owner = m.group("name")
            fns.setdefault(owner, FunctionIsa(owner))
            continue
        m = _INSN.match(line)
        if m and owner is not None:
            text = m.group("text").split("#")[0].strip()
            words = text.split(None, 1)
            while len(words) == 2 and words[0] in ("lock", "rep", "repz", "repnz", "notrack", "bnd", "data16"):
                words = words[1].split(None, 1)
            # F3 0F BC is `rep bsf` to a CPU without BMI, and compilers emit
            # it for that (LLVM's generic cttz, glibc): objdump says tzcnt.
            if words and not words[0].startswith("tzcnt"):
                _record(fns, owner, words[0], words[1] if len(words) > 1 else "", text,
                        f"{path} at 0x{m.group('addr')}")
    return fns


def of_file(path: str) -> dict[str, FunctionIsa]:
    with open(path, "rb") as f:
        magic = f.read(8)
    if magic.startswith(b"\x7fELF") or magic.startswith(b"!<arch>"):
        return of_binary(path)
    from ..asm.parser import parse_file

    return of_module(parse_file(path))


@dataclass
class Violation:
    function: str
    use: Use

    def render(self, level: str) -> str:
        return (f"{self.use.where}: error: {self.function} needs {self.use.extension}, which {level} lacks: "
                f"first at `{self.use.instruction}`")


def over_level(fns: dict[str, FunctionIsa], level: str) -> list[Violation]:
    """Functions using an extension `level` lacks (a fat binary's dispatched
    variants excepted), each with its first such instruction."""
    if level not in isa.LEVEL_EXTENSIONS:
        raise UsageError(f"--cpu {level!r}: choose one of {', '.join(isa.LEVEL_EXTENSIONS)}")
    out = []
    for f in fns.values():
        if f.dispatched:
            continue
        missing = isa.needs(f.extensions, level)
        if missing:
            out.append(Violation(f.name, f.uses[missing[0]]))
    return out
