"""Shared test helpers: run the real CLI in a subprocess, the real
assembler through asmsurgeon.toolchain, and read objects with pyelftools."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CSRC = Path(__file__).resolve().parent / "csrc"
GCC_FLAGS = {"O0": ["-O0"], "O2": ["-O2"], "O2gPIC": ["-O2", "-g", "-fPIC"]}


def numba_samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.asm"))


def single_module_samples() -> list[Path]:
    """Samples that assemble as they are: a function with several signatures
    gives a file of several modules (numba_add.asm, numba_ret_narrow.asm),
    which does not."""
    return [p for p in numba_samples() if p.read_text().count("\t.file\t") <= 1]


def run_cli(*args, input: bytes | None = None, cwd=None, env=None) -> subprocess.CompletedProcess:
    """Run `python -m asmsurgeon ARGS` and capture bytes."""
    return subprocess.run([sys.executable, "-m", "asmsurgeon", *map(str, args)], input=input,
                          capture_output=True, cwd=cwd, env=env)


def fresh_cache(cache: Path) -> str:
    """`cache` as a new cache directory holding copies of the usual one's
    parser tables and remembered facts: the runtime and builds are missing."""
    import shutil

    from asmsurgeon import cachedir
    from asmsurgeon.asm import tables

    tables.load()  # the usual directory has the tables (a no-op when warm)
    cache.mkdir(parents=True, exist_ok=True)
    usual = Path(cachedir.cache_dir())
    for f in [*usual.glob("*.lalr"), *usual.glob("*.facts")]:
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


@pytest.fixture(scope="session")
def gcc_outputs(tmp_path_factory) -> list[Path]:
    """GCC's assembly for every C file in tests/csrc at -O0, -O2 and
    -O2 -g -fPIC, compiled now with the machine's cc."""
    out_dir = tmp_path_factory.mktemp("gcc")
    outs = []
    cc = os.environ.get("CC", "cc").split()
    for src in sorted(CSRC.glob("*.c")):
        for tag, flags in GCC_FLAGS.items():
            out = out_dir / f"{src.stem}_{tag}.s"
            subprocess.run([*cc, "-S", *flags, "-o", str(out), str(src)], check=True)
            outs.append(out)
    return outs


# One fixed, database-less hypothesis profile: CI runs the same examples
# every time, and a failure reproduces from the seed alone.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "asmsurgeon", derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.load_profile("asmsurgeon")


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
