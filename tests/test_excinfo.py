"""Reading Numba's exception pickles without unpickling them."""

from __future__ import annotations

import pickle

import pytest

from asmsurgeon.numba_abi.excinfo import (
    GlobalRef,
    describe,
    first_class,
    gas_string_bytes,
    gas_string_literal,
    read_pickle,
)


class Boom(Exception):
    pass


@pytest.mark.parametrize("value, expected", [
    ((ZeroDivisionError, ("integer division by zero",), None), "ZeroDivisionError: integer division by zero"),
    ((ValueError, ("x must be >= 0",), ("f", "/src/f.py", 3)), "ValueError: x must be >= 0"),
    ((StopIteration, (), None), "StopIteration"),
    ((KeyError, (1, "two"), None), "KeyError: (1, 'two')"),
    ((Boom, ("bang",), None), f"{__name__}.Boom: bang"),
])
def test_describe_reads_class_and_message(value, expected):
    for protocol in (2, 4, 5):
        assert describe(pickle.dumps(value, protocol=protocol)) == expected


def test_a_pickle_is_never_executed():
    # A module that does not exist, and a pickle that would run os.system
    # when loaded: both are only read.
    data = (b"\x80\x04\x8c\x0cnosuchmodule\x94\x8c\x04Boom\x94\x93\x94\x8c\x02hi\x94\x85\x94N\x87\x94.")
    assert describe(data) == "nosuchmodule.Boom: hi"
    assert describe(b"cos\nsystem\n(S'false'\ntR.") is None
    assert read_pickle(b"cos\nsystem\n(S'false'\ntR.").__class__.__name__ == "Opaque"
    assert first_class(b"cos\nsystem\n(S'false'\ntR.") == GlobalRef("os", "system")


def test_garbage_is_not_an_exception():
    assert describe(b"not a pickle") is None
    assert describe(pickle.dumps(("just", "a tuple"))) is None


@pytest.mark.parametrize("data", [b"", b"plain", b'q"uote\\back', bytes(range(256)), b"\x001"])
def test_gas_string_round_trip(data):
    assert gas_string_bytes(gas_string_literal(data)) == data


def test_gas_string_escapes():
    assert gas_string_bytes(r'"\200\004\bbuiltins\224\x41\n"') == b"\x80\x04\x08builtins\x94A\n"
