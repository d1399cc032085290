"""The inventory (asmsurgeon/runtime/inventory.tsv) against the installed
numba and the compiled runtime: every symbol Numba's code can reference is
listed, and what it says is provided is exactly what each C file defines,
so a new Numba release or a runtime edit cannot silently break builds."""

from __future__ import annotations

import os
import re

import pytest

from asmsurgeon import inventory
from asmsurgeon.toolchain import runtime
from asmsurgeon.toolchain.tools import Toolchain

# Names the lowering code passes to the linker or to LLVM as strings.
_QUOTED = re.compile(r"""['"]((?:numba_|NRT_)[A-Za-z0-9_]+)['"]""")
_ADD_SYMBOL = re.compile(r"""add_symbol\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]""")


def numba_runtime_symbols() -> set[str]:
    """What the installed numba can make its code reference: the C helpers
    its extensions register (_helperlib, _dynfunc as numba_*, the NRT's as
    NRT_*), the symbols it adds to LLVM's table by hand (the threading
    layer's), and every numba_*/NRT_* string in its Python sources (the
    names the lowering code declares)."""
    import numba
    from numba import _dynfunc, _helperlib
    from numba.core.runtime import _nrt_python

    names = {"numba_" + k for k in (*_helperlib.c_helpers, *_dynfunc.c_helpers)}
    names |= {"NRT_" + k for k in _nrt_python.c_helpers}
    root = os.path.dirname(numba.__file__)
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("tests", "cuda", "__pycache__")]
        for f in (f for f in files if f.endswith(".py")):
            with open(os.path.join(d, f), encoding="utf-8") as src:
                text = src.read()
            names |= set(_QUOTED.findall(text))
            names |= {n for n in _ADD_SYMBOL.findall(text) if not n.startswith("PyExc_")}
    return names


def test_every_symbol_numba_can_reference_is_listed():
    found = numba_runtime_symbols()
    assert len(found) > 150  # the discovery itself still works
    missing = sorted(found - set(inventory.entries()))
    assert missing == [], f"add these to {inventory.path()} (provided or refused, with a reason): {missing}"


def test_the_well_known_ones_are_found():
    found = numba_runtime_symbols()
    assert {"NRT_MemInfo_new_varsize_dtor", "numba_gamma", "numba_attempt_nocopy_reshape", "numba_unpickle",
            "numba_rnd_shuffle", "numba_parallel_for", "do_scheduling_unsigned", "numba_dict_new_sized"} <= found


def test_rows_are_well_formed():
    sources = set(runtime.SOURCES)
    for e in inventory.entries().values():
        assert e.status in (inventory.PROVIDED, inventory.REFUSED, inventory.IGNORED), e
        if e.status == inventory.PROVIDED:
            assert e.where in sources, e
        else:
            assert e.where and e.where not in sources, e


def _defined(obj: str) -> set[str]:
    from elftools.elf.elffile import ELFFile

    with open(obj, "rb") as f:
        return {s.name for s in ELFFile(f).get_section_by_name(".symtab").iter_symbols()
                if s["st_info"]["bind"] in ("STB_GLOBAL", "STB_WEAK") and s["st_shndx"] != "SHN_UNDEF"
                and s["st_other"]["visibility"] != "STV_HIDDEN"}  # asms_ helpers shared by the sources


@pytest.mark.parametrize("source", runtime.SOURCES)
def test_each_file_defines_exactly_what_the_inventory_says(source):
    objs = dict(zip(runtime.SOURCES, runtime.objects(Toolchain())))
    # asms_* are the runtime's helpers shared between its own files (hidden,
    # or tables another runtime file reads): listed, not part of the contract.
    def public(names):
        return {s for s in names if not s.startswith("asms_")}

    assert public(_defined(objs[source])) == public(inventory.provided_by(source))


def test_refusals_quote_reason_and_feature():
    assert inventory.refusal("numba_unpickle") == "rebuilds a Python object from a pickle (a Python object constant)"
    assert "the CPython wrapper" in inventory.refusal("NRT_adapt_ndarray_from_python")
    assert inventory.refusal("numba_rnd_shuffle") is None  # random.c provides it
    assert inventory.refusal("numba_gamma") is None and inventory.refusal("printf") is None
