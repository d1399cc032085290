"""Signature inference (families.py asking signature.infer_return) on real Numba output: the return type read from the
CPython wrapper's boxing, and from the C wrapper once that is gone."""

from __future__ import annotations

import pytest
from elfbuild import stripped_source
from helpers import SAMPLES

from asmsurgeon.asm import parser
from asmsurgeon.fileio import decode
from asmsurgeon.numba_abi.families import families
from asmsurgeon.numba_abi.signature import UNKNOWN, Signature

EXPECTED = {
    "numba_six.asm": ["int64()"],
    "seed_six_numba049.asm": ["int64()"],
    "numba_add.asm": ["int64(int64, int64)", "float64(float64, float64)"],
    "numba_floordiv.asm": ["int64(int64, int64)"],
    "numba_hypot.asm": ["float64(float64, float64)"],
    "numba_is_even.asm": ["bool(int64)"],
    "numba_fact.asm": ["int64(int64)"],
    "numba_mean.asm": ["float64(array(float64, 1d, C))"],
    "numba_arange_sum.asm": ["int64(int64)"],
    "numba_check_positive.asm": ["float64(float64)"],
    "numba_scale32.asm": ["float32(float32)"],
    "numba_divmod.asm": ["UniTuple(int64, 2)(int64, int64)"],
    "numba_nothing.asm": ["none(int64)"],
    "numba_ret_int32.asm": ["int32(int32)"],
    "numba_ret_uint64.asm": ["uint64(int64)"],
    "numba_ret_complex.asm": ["complex128(float64)"],
    "numba_ret_mixed.asm": ["Tuple(int64, float64)(int64)"],
    "numba_ret_array.asm": ["array(unknown, 1d, A)(int64)"],
    "numba_ret_narrow.asm": ["int8(int8)", "int16(int16)", "uint8(uint8)", "uint16(uint16)", "uint32(uint32)",
                             "complex64(complex64)"],
}


def infer(text: str, name: str = "x.s") -> dict[str, Signature]:
    fams = families(parser.parse(text, name))
    return {core: f.signature or Signature(f.name.args, UNKNOWN) for core, f in fams.items()}


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_return_types_from_the_cpython_wrapper(sample):
    sigs = infer(decode((SAMPLES / sample).read_bytes()), sample)
    assert sorted(map(str, sigs.values())) == sorted(EXPECTED[sample])
    assert all(core.startswith("_ZN8__main__") for core in sigs)  # keyed by the core symbol


def test_every_sample_is_covered():
    assert {p.name for p in SAMPLES.glob("*.asm")} <= set(EXPECTED)


@pytest.mark.parametrize("sample,ret", [
    ("numba_six.asm", "int64"), ("numba_hypot.asm", "float64"), ("numba_is_even.asm", "bool"),
    ("numba_scale32.asm", "float32"), ("numba_ret_int32.asm", "int32"), ("numba_fact.asm", "int64"),
    ("numba_divmod.asm", "UniTuple(int64, 2)"),
    # Two registers that are not both integers: which tuple field is which,
    # or complex128 versus (float64, float64), is not visible.
    ("numba_ret_mixed.asm", "unknown"), ("numba_ret_complex.asm", "unknown"),
])
def test_without_the_cpython_wrapper_the_c_wrapper_is_read(sample, ret):
    text = stripped_source(sample)
    assert "_ZN7cpython" not in text
    (sig,) = infer(text).values()
    assert sig.ret == ret


def test_c_wrapper_shows_integer_width_but_not_sign():
    sigs = infer(stripped_source("numba_ret_narrow.asm"))
    assert sorted(map(str, sigs.values())) == sorted([
        "int8(int8)", "int16(int16)", "int8(uint8)", "int16(uint16)", "int32(uint32)", "unknown(complex64)"])


# After the real strip-wrapper: the C wrapper is renamed to its C name and
# may have the core inlined (the seed's `six: movl $6, %eax`).
AFTER_STRIP = {
    "seed_six_numba049.asm": ["int64()"], "numba_six.asm": ["int64()"],
    "numba_add.asm": ["int64(int64, int64)", "float64(float64, float64)"],
    "numba_divmod.asm": ["UniTuple(int64, 2)(int64, int64)"], "numba_is_even.asm": ["bool(int64)"],
    "numba_mean.asm": ["float64(array(float64, 1d, C))"], "numba_scale32.asm": ["float32(float32)"],
    "numba_ret_array.asm": ["unknown(int64)"],
    "numba_nothing.asm": ["int64(int64)"],  # None is a null in the return slot: indistinguishable
}


@pytest.mark.parametrize("sample", sorted(AFTER_STRIP))
def test_after_strip_wrapper(sample):
    from asmsurgeon.passes.pipelines import strip_wrapper

    text = strip_wrapper(decode((SAMPLES / sample).read_bytes()))
    assert sorted(map(str, infer(text).values())) == sorted(AFTER_STRIP[sample])


def test_core_alone_has_unknown_return():
    text = "\t.globl\t_ZN8__main__1fB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AEx\n" \
           "_ZN8__main__1fB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AEx:\n\txorl\t%eax, %eax\n\tretq\n"
    assert list(infer(text).values()) == [Signature(("int64",), "unknown")]
