"""Numba symbol names read back into Python terms."""

from __future__ import annotations

import pytest

from asmsurgeon.numba_abi.demangle import c_identifier, c_names, parse_numba_name, readable, unescape

TAG = "B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE"


@pytest.mark.parametrize("symbol,role,qualname,args,uid", [
    (f"_ZN8__main__3add{TAG}xx", "core", "__main__.add", ("int64", "int64"), "v2"),
    (f"cfunc._ZN8__main__3add{TAG}dd", "cfunc", "__main__.add", ("float64", "float64"), "v2"),
    (f"_ZN7cpython8__main__4mean{TAG}5ArrayIdLi1E1C7mutable7alignedE", "cpython", "__main__.mean",
     ("array(float64, 1d, C)",), "v2"),
    (f"_ZN08NumbaEnv8__main__3six{TAG}", "env", "__main__.six", (), "v2"),
    ("_ZN8__main__7six$241E", "core", "__main__.six", (), "241"),
    ("cfunc._ZN8__main__7six$241E", "cfunc", "__main__.six", (), "241"),
    (f"_ZN3pkg3sub1f{TAG}8UniTupleIxLi2EE10complex128", "core", "pkg.sub.f", ("UniTuple(int64, 2)", "complex128"), "v2"),
    (f"_ZN8__main__5outer12_3clocals_3e5inner{TAG}bfj", "core", "__main__.outer.<locals>.inner",
     ("bool", "float32", "uint32"), "v2"),
])
def test_numba_names(symbol, role, qualname, args, uid):
    n = parse_numba_name(symbol)
    assert (n.role, n.qualname, n.args, n.uid) == (role, qualname, args, uid)
    assert parse_numba_name(n.core_symbol).role == "core"


def test_readable_and_c_names():
    assert readable(f"_ZN8__main__3add{TAG}xx") == "__main__.add(int64, int64)"
    assert readable("PyLong_FromLongLong") == "PyLong_FromLongLong"
    assert readable("_ZNSt6vectorIiSaIiEE9push_backERKi").startswith("std::vector<int")
    assert parse_numba_name(f"cfunc._ZN8__main__7divmod_{TAG}xx").short_name == "divmod_"
    assert parse_numba_name(f"_ZN8__main__5outer12_3clocals_3e5inner{TAG}x").short_name == "inner"
    assert c_identifier("<lambda>") == "lambda"
    assert parse_numba_name(".const.six") is None and parse_numba_name("NRT_decref") is None


def test_escapes_decode_only_to_characters_numba_escapes():
    assert unescape("_3clocals_3e") == "<locals>"
    assert unescape("my_ab_cd") == "my_ab_cd"  # reads as identifier text: left alone
    assert unescape("caf_c3_a9") == "café"


def test_c_names_suffix_overloads_with_argument_types():
    t2, t3 = TAG, TAG.replace("B2v2", "B2v3")
    names = c_names([f"cfunc._ZN8__main__3add{t2}xx", f"_ZN8__main__3add{t3}dd",
                     f"_ZN7cpython8__main__3six{t2}", "NRT_decref"])
    assert names == {f"_ZN8__main__3add{t2}xx": "add_int64_int64", f"_ZN8__main__3add{t3}dd": "add_float64_float64",
                     f"_ZN8__main__3six{t2}": "six"}
    arr = c_names([f"_ZN8__main__4mean{t2}5ArrayIdLi1E1C7mutable7alignedE", f"_ZN8__main__4mean{t3}d"])
    assert sorted(arr.values()) == ["mean_array_float64_1d_C", "mean_float64"]


def test_dotted_names_inside_argument_types():
    sym = ("_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB3v18B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29"
           "typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj")
    n = parse_numba_name(sym)
    assert n.args == ("typeref[<class 'numba.core.types.npytypes.Array'>]", "int64", "uint32")
    assert n.qualname == "numba.np.arrayobj._call_allocator"


def test_demangler_agrees_with_cxxfilt():
    """cxx_demangle calls libstdc++ directly; cxxfilt calls the same function."""
    import re

    import cxxfilt
    from helpers import numba_samples

    from asmsurgeon.numba_abi.demangle import cxx_demangle

    symbols = {s for p in numba_samples() for s in re.findall(r"_Z[\w$.]+", p.read_text())}
    symbols |= {"_ZNSt6vectorIiSaIiEE9push_backERKi", "_Z", "_Zjunk", "_ZN3fooE"}
    assert len(symbols) > 20
    for s in symbols:
        try:
            expected = cxxfilt.demangle(s, external_only=False)
        except cxxfilt.InvalidName:
            expected = None
        assert cxx_demangle(s) == (expected if expected != s else None), s
