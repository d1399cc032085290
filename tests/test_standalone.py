"""asmsurgeon.standalone on the shipped Numba samples: which code needs
Python, judged on the core functions and not on the wrappers."""

from __future__ import annotations

import pytest
from helpers import SAMPLES, numba_samples

from asmsurgeon.asm.analysis import module_info
from asmsurgeon.asm.parser import parse
from asmsurgeon.frontend.standalone import explain, python_dependencies


@pytest.mark.parametrize("path", numba_samples(), ids=lambda p: p.stem)
def test_shipped_samples_need_no_python(path):
    assert python_dependencies(path.read_text(), str(path)) == {}


def test_wrapper_error_paths_do_not_count():
    text = (SAMPLES / "numba_check_positive.asm").read_text()
    undefined = module_info(parse(text, "check_positive")).undefined
    assert {"PyErr_SetString", "numba_do_raise"} <= set(undefined)  # the wrappers name them
    assert python_dependencies(text) == {}


def test_a_core_calling_python_is_caught():
    # The six sample with its core made to call what an objmode block calls.
    text = (SAMPLES / "numba_six.asm").read_text()
    core = next(n for n in module_info(parse(text, "six")).functions if n.startswith("_ZN8__main__3six"))
    label = f"{core}:\n"

    def calling(*names):
        return text.replace(label, label + "".join(f"\tcallq\t{n}@PLT\n" for n in names), 1)

    # NRT_MemInfo_alloc_aligned is one the standalone runtime provides.
    assert python_dependencies(calling("PyObject_Call", "NRT_MemInfo_alloc_aligned")) == {core: ["PyObject_Call"]}
    # print() of numbers is the print pass's; of a set, it is not.
    assert python_dependencies(calling("PySys_FormatStdout", "PyLong_FromLongLong", "Py_DecRef")) == {}
    assert python_dependencies(calling("PySys_FormatStdout", "PySet_New", "Py_DecRef")) == \
        {core: ["PySet_New", "PySys_FormatStdout"]}


def test_explain_puts_the_telling_symbols_first():
    names = ["PyErr_Clear", "Py_DecRef", "numba_gil_ensure", "PyObject_Str", "PyUnicode_AsUTF8",
             "PySet_New", "numba_gil_release", "PySys_FormatStdout"]
    assert explain(names) == (
        "its code calls PySys_FormatStdout, numba_gil_ensure, numba_gil_release, PyErr_Clear, "
        "PyObject_Str, PySet_New and 2 more, which the standalone runtime does not "
        "provide (it uses print() of a set)")
    assert explain(["PyFoo"]).endswith("(objmode blocks, print() and typed containers need the Python interpreter)")
