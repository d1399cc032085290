"""roles.role_of: one classification for symbols, check and the passes."""

from __future__ import annotations

import pytest

from asmsurgeon.numba_abi import roles

TAG = "B2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE"


@pytest.mark.parametrize("name,defined,binding,role", [
    (f"_ZN8__main__3six{TAG}", True, "global", "numba-core"),
    (f"_ZN7cpython8__main__3six{TAG}", True, "global", "cpython-wrapper"),
    (f"cfunc._ZN8__main__3six{TAG}", True, "global", "cfunc"),
    (f"_ZN08NumbaEnv8__main__3six{TAG}", True, "global", "numba-env"),
    ("_ZN8__main__7six$241E", True, "global", "numba-core"),
    (".const.six", True, "local", "const"),
    ("NRT_decref", True, "weak", "numba-runtime"),
    ("NRT_MemInfo_alloc_aligned", False, "global", "numba-runtime"),
    ("numba_do_raise", False, "global", "numba-helper"),
    ("PyArg_UnpackTuple", False, "global", "python-api"),
    ("Py_DecRef", False, "global", "python-api"),
    ("_Py_NoneStruct", False, "global", "python-api"),
    ("sqrt", False, "global", "external"),
    ("Pythagoras", False, "global", "external"),  # not the Python API: no capital after Py
    ("helper", True, "local", "local"),
    ("six", True, "global", "global"),
])
def test_role_of(name, defined, binding, role):
    assert roles.role_of(name, defined, binding) == role
    assert role in roles.ROLES


def test_reference_kinds():
    assert roles.reference_kind(f"_ZN8__main__3six{TAG}") == "function"
    assert roles.reference_kind("NRT_decref") == "runtime"
    assert roles.reference_kind("PyFloat_FromDouble") == "python"
    assert roles.reference_kind("numba_unpickle") == "helper"
    assert roles.reference_kind("cos") == "external"
