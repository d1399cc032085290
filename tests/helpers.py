"""Helpers the tests share: the real CLI (in-process through cli.main, or
in a subprocess where a test needs a process of its own), the real
assembler through asmsurgeon's toolchain, and objects read with pyelftools."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CSRC = Path(__file__).resolve().parent / "csrc"
NUMBA_SRC = Path(__file__).resolve().parent / "numba_src"
GCC_FLAGS = {"O0": ["-O0"], "O2": ["-O2"], "O2gPIC": ["-O2", "-g", "-fPIC"]}


def numba_samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.asm"))


def single_module_samples() -> list[Path]:
    """Samples that assemble as they are: a function with several signatures
    gives a file of several modules (numba_add.asm, numba_ret_narrow.asm),
    which does not."""
    return [p for p in numba_samples() if p.read_text().count("\t.file\t") <= 1]


def run_cli(*args, input: bytes | None = None, cwd=None, env=None,
            process: bool = False) -> subprocess.CompletedProcess:
    """`asmsurgeon ARGS`, its exit status and output as bytes. In-process
    (cli.main with buffers for streams, `env` and `cwd` in force for the
    call) unless `process`: then `python -m asmsurgeon` in a subprocess,
    for what only a process shows (signals, the console entry, closed
    pipes)."""
    argv = [str(a) for a in args]
    if process:
        return subprocess.run([sys.executable, "-m", "asmsurgeon", *argv], input=input,
                              capture_output=True, cwd=cwd, env=env)
    from asmsurgeon.cli import main

    stdout, stderr = io.BytesIO(), io.BytesIO()
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    try:
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        status = main(argv, stdin=io.BytesIO(input or b""), stdout=stdout, stderr=stderr)
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return subprocess.CompletedProcess(["asmsurgeon", *argv], status, stdout.getvalue(), stderr.getvalue())


def fresh_cache(cache: Path) -> str:
    """`cache` as a new cache directory holding copies of the usual one's
    remembered facts: the runtime and builds are missing."""
    import shutil

    from asmsurgeon.toolchain import cachedir

    cache.mkdir(parents=True, exist_ok=True)
    usual = Path(cachedir.cache_dir())
    for f in usual.glob("*.facts"):
        shutil.copy2(f, cache)
    return str(cache)


def assemble(src: Path, obj: Path | None = None) -> Path:
    from asmsurgeon.toolchain.tools import Toolchain

    obj = obj or src.with_suffix(".o")
    Toolchain().assemble(str(src), str(obj))
    return obj


def elf_symbols(obj: Path) -> dict[str, dict]:
    """name -> {bind, defined, type} from the object's .symtab."""
    from elftools.elf.elffile import ELFFile

    out = {}
    with open(obj, "rb") as f:
        elf = ELFFile(f)
        for sym in elf.get_section_by_name(".symtab").iter_symbols():
            if sym.name:
                out[sym.name] = {
                    "bind": sym["st_info"]["bind"],
                    "type": sym["st_info"]["type"],
                    "defined": sym["st_shndx"] != "SHN_UNDEF",
                }
    return out


def elf_digest(obj: Path) -> tuple[dict[str, tuple], list[tuple]]:
    """What an object *is*, for comparing two assemblies of one program:
    every section by name -> (type, flags, alignment, entry size, link,
    info, contents; size for NOBITS), and the symbol table in order as
    (name, value, size, bind, type, visibility, section index)."""
    from elftools.elf.elffile import ELFFile

    with open(obj, "rb") as f:
        elf = ELFFile(f)
        sections = {}
        for s in elf.iter_sections():
            h = s.header
            body = h["sh_size"] if h["sh_type"] == "SHT_NOBITS" else s.data()
            sections[s.name] = (h["sh_type"], h["sh_flags"], h["sh_addralign"], h["sh_entsize"],
                                h["sh_link"], h["sh_info"], body)
        symbols = [(sym.name, sym["st_value"], sym["st_size"], sym["st_info"]["bind"], sym["st_info"]["type"],
                    sym["st_other"]["visibility"], sym["st_shndx"])
                   for sym in elf.get_section_by_name(".symtab").iter_symbols()]
    return sections, symbols


def numba_run(kernels: Path, name: str, sig: str, args: list[str], combined: bool = False) -> subprocess.CompletedProcess:
    """`name` of the module at `kernels` run by Numba itself in a process of
    its own (its output is captured at the file-descriptor level), its
    result printed as the built program's main prints it."""
    script = (f"import sys, numba\nsys.path.insert(0, {str(kernels.parent)!r})\nimport {kernels.stem}\n"
              f"f = {kernels.stem}.{name}\nf.compile({sig!r})\nf.disable_compile()\n"
              f"sig = f.signatures[0]\n"
              f"args = [t(a) if t is not bool else a == 'True' for t, a in zip("
              f"[{{'int': int, 'float': float, 'bool': bool}}[getattr(a, 'bitwidth', 0) and "
              f"('float' if 'float' in str(a) else 'int') or 'bool'] for a in sig], sys.argv[1:])]\n"
              f"print(f(*args))\n")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=not combined, env=env,
                          stdout=subprocess.PIPE if combined else None,
                          stderr=subprocess.STDOUT if combined else None)


def last_line(stderr: bytes) -> bytes:
    """The traceback's last line: what a built program prints."""
    lines = stderr.decode().strip("\n").split("\n")
    return (lines[-1] + "\n").encode() if lines and lines[-1] else b""
