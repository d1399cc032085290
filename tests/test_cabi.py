"""Numba type names read into ABI shapes (the end-to-end checks of these
rules against real numba output are tests/test_build.py::test_abi)."""

from __future__ import annotations

import pytest

from asmsurgeon.errors import UsageError
from asmsurgeon.numba_abi.cabi import (
    Array,
    NoneType,
    Scalar,
    Tuple,
    arg_units,
    parse_type,
    returns_in_memory,
    value_units,
)


@pytest.mark.parametrize("text,expected", [
    ("int64", Scalar("i", 64)), ("uint8", Scalar("u", 8)), ("boolean", Scalar("b", 8)), ("bool", Scalar("b", 8)),
    ("float32", Scalar("f", 32)), ("complex128", Scalar("c", 128)), ("none", NoneType()), ("void", NoneType()),
    ("array(float64, 1d, C)", Array(Scalar("f", 64), 1, "C")), ("array(int32, 2d, A, readonly)", Array(Scalar("i", 32), 2)),
    ("array(complex64, 3d, F)", Array(Scalar("c", 64), 3, "F")),
    ("UniTuple(int64, 2)", Tuple((Scalar("i", 64),) * 2)), ("UniTuple(int64 x 3)", Tuple((Scalar("i", 64),) * 3)),
    ("Tuple(int64, float64)", Tuple((Scalar("i", 64), Scalar("f", 64)))),
    ("(int64, bool)", Tuple((Scalar("i", 64), Scalar("b", 8)))),
])
def test_parse_type(text, expected):
    assert parse_type(text) == expected


@pytest.mark.parametrize("text", ["widget", "array(float64, 1d, C */ int x; /*)", "array(float64, 1d, C, x)",
                                  "list(int64)"])
def test_unknown_types_are_usage_errors(text):
    with pytest.raises(UsageError):
        parse_type(text)


def test_array_is_seven_integer_words():
    units = arg_units(parse_type("array(float32, 1d, C)"))
    assert [u.cls for u in units] == ["int"] * 7 and [u.offset for u in units] == list(range(0, 56, 8))


def test_complex_is_two_sse_words_and_arrays_return_in_memory():
    assert [(u.cls, u.scalar.bits, u.offset) for u in arg_units(parse_type("complex64"))] == [("sse", 32, 0), ("sse", 32, 4)]
    assert len(value_units(parse_type("array(int8, 3d, C)"))) == 11 and returns_in_memory(parse_type("array(int8, 1d, C)"))
    assert parse_type("array(float64, 2d, F)").spelled == "float64[::1, :]"
    assert parse_type("array(float64, 2d, A)").spelled == "float64[:, :]"


def test_result_layout_and_sret():
    units = value_units(parse_type("Tuple(bool, int64, float32, float32)"))
    assert [(u.cls, u.offset) for u in units] == [("int", 0), ("int", 8), ("sse", 16), ("sse", 20)]
    assert not returns_in_memory(parse_type("UniTuple(int64, 3)"))  # rax, rdx, rcx
    assert returns_in_memory(parse_type("UniTuple(int64, 4)"))
    assert not returns_in_memory(parse_type("UniTuple(float64, 4)"))  # xmm0, xmm1, st0, st1
    assert returns_in_memory(parse_type("UniTuple(float64, 5)"))
    assert not returns_in_memory(parse_type("Tuple(int64, int64, int64, float64, float64, float64, float64)"))
    assert returns_in_memory(parse_type("Tuple(int64, int64, int64, int64, float64, float64, float64)"))
