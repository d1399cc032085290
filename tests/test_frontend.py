"""asmsurgeon.frontend and the Python API: real modules written to tmp_path,
compiled by the installed numba, the output parsed, assembled and (through
a C driver) run."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import assemble

import asmsurgeon
from asmsurgeon.api import asm_text, build_inputs
from asmsurgeon.asm.analysis import module_info
from asmsurgeon.asm.parser import parse
from asmsurgeon.errors import InputError, UsageError
from asmsurgeon.frontend import compiler as frontend
from asmsurgeon.frontend.standalone import python_dependencies
from asmsurgeon.numba_abi.demangle import parse_numba_name
from asmsurgeon.toolchain import runtime
from asmsurgeon.toolchain.tools import Toolchain

KERNELS = """\
import math
from numba import njit, objmode, typed, types

def plain_add(a, b):
    return a + b

@njit
def add(a, b):
    return a + b

@njit
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

@njit
def sqrt_checked(x):
    if x < 0:
        raise ValueError("x must be >= 0")
    return math.sqrt(x)

@njit("int64(int64)")
def declared(n):
    return n * 3

def python_side(x):
    return x + 1

@njit
def uses_objmode(x):
    with objmode(y="int64"):
        y = python_side(x)
    return y

@njit
def uses_dict(n):
    d = typed.Dict.empty(types.int64, types.int64)
    for i in range(n):
        d[i] = i
    return len(d)

@njit
def uses_list(n):
    l = typed.List()
    for i in range(n):
        l.append(i)
    return len(l)

@njit
def uses_print(x):
    print({x})
    return x

@njit
def mistyped(x):
    return x + "a"

NOT_A_FUNCTION = 3
"""


@pytest.fixture
def kernels(tmp_path):
    path = tmp_path / "kernels.py"
    path.write_text(KERNELS)
    return path


def cores(text: str) -> list:
    """The core functions' parsed names, in file order."""
    info = module_info(parse(text, "<test>"))
    names = [parse_numba_name(s) for s in info.functions]
    return [n for n in names if n is not None and n.role == "core"]


# An error hook of one's own (build links the default one): it prints what
# was raised, as the runtime words it, and carries on.
RAISE_HOOK = """
#include <stdio.h>
#include <stdlib.h>
char *asmsurgeon_excinfo_text(const void *excinfo, int status);
void asmsurgeon_raise(const void *excinfo, int status) {
    char *text = asmsurgeon_excinfo_text(excinfo, status);
    printf("raised: %s\\n", text);
    free(text);
}
"""


def run_c(tmp_path, text: str, driver: str) -> str:
    """strip-wrapper, assemble, link with a C driver (plus the error hook)
    and run it; returns its standard output."""
    src = tmp_path / "k.s"
    src.write_text(asmsurgeon.strip_wrapper(text))
    obj = assemble(src)
    c = tmp_path / "driver.c"
    c.write_text(RAISE_HOOK + driver)
    exe = tmp_path / "driver"
    Toolchain().cc(["-o", str(exe), str(c), str(obj), runtime.archive(Toolchain()), "-lm"])
    return subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout


# ---- specs and signatures ----------------------------------------------------

@pytest.mark.parametrize("arg, expected", [
    ("kernels.py:f", ("kernels.py", ["f"])),
    ("dir/k.py:f,g", ("dir/k.py", ["f", "g"])),
    ("k.py:f, g", ("k.py", ["f", "g"])),
])
def test_parse_spec(arg, expected):
    assert frontend.is_python_spec(arg)
    assert frontend.parse_spec(arg) == expected


@pytest.mark.parametrize("arg", ["six.asm", "kernels.py", "k.py:", "k.py:1f", "k.asm:f", "-"])
def test_not_a_spec(arg):
    assert not frontend.is_python_spec(arg)


def test_spec_naming_a_function_twice_is_refused():
    with pytest.raises(UsageError, match="f named twice"):
        frontend.parse_spec("k.py:f,g,f")


def test_qualified_signatures_go_to_their_function():
    sigs = ["f:int64(int64)", "float64(float64)", "g: float64[:](float64[:])"]
    assert frontend.split_signatures(sigs, ["f", "g"]) == {
        "f": ["int64(int64)", "float64(float64)"],
        "g": ["float64(float64)", "float64[:](float64[:])"],
    }
    with pytest.raises(UsageError, match="'h' is not one of"):
        frontend.split_signatures(["h:int64(int64)"], ["f"])


# ---- compiling -----------------------------------------------------------------

def test_two_signatures_give_two_modules_named_after_the_file(kernels, tmp_path):
    compiled = frontend.compile_spec(f"{kernels}:add", ["int64(int64, int64)", "float64(float64, float64)"])
    assert [c.signature for c in compiled] == ["int64(int64, int64)", "float64(float64, float64)"]
    text = "".join(c.asm for c in compiled)
    assert text.count('\t.file\t"<string>"\n') == 2
    found = cores(text)
    assert [(n.module, n.function, n.args) for n in found] == [
        ("kernels", "add", ("int64", "int64")), ("kernels", "add", ("float64", "float64"))]
    assert found[0].symbol.startswith("_ZN7kernels3add")
    out = run_c(tmp_path, text, "long long add_int64_int64(long long, long long);\n"
                "double add_float64_float64(double, double);\n"
                'int main(void) { printf("%lld %g\\n", add_int64_int64(2, 3), add_float64_float64(0.5, 0.25)); }\n')
    assert out == "5 0.75\n"


def test_recursive_function_runs(kernels, tmp_path):
    text = frontend.compile_to_asm(f"{kernels}:fact", ["int64(int64)"])
    out = run_c(tmp_path, text, 'long long fact(long long);\n'
                'int main(void) { printf("%lld\\n", fact(20)); return 0; }\n')
    assert out == "2432902008176640000\n"


def test_function_that_raises_compiles_and_runs(kernels, tmp_path):
    text = frontend.compile_to_asm(f"{kernels}:sqrt_checked", ["float64(float64)"])
    out = run_c(tmp_path, text, "double sqrt_checked(double);\n"
                'int main(void) { printf("%g\\n", sqrt_checked(2.25)); sqrt_checked(-1.0); return 0; }\n')
    assert out == "1.5\nraised: ValueError: x must be >= 0\n"


def test_plain_function_is_compiled_with_njit(kernels):
    (c,) = frontend.compile_spec(f"{kernels}:plain_add", ["float64(float64, float64)"])
    assert c.function == "plain_add"
    assert [n.function for n in cores(c.asm)] == ["plain_add"]


def test_declared_signatures_are_used_without_sig(kernels):
    (c,) = frontend.compile_spec(f"{kernels}:declared")
    assert c.signature == "int64(int64)"


def test_signatures_compiled_at_import_are_used_without_sig(tmp_path):
    (tmp_path / "warm.py").write_text(
        "from numba import njit\n@njit\ndef f(x):\n    return x + 1\nf(1)\nf(1.5)\n")
    compiled = frontend.compile_spec(f"{tmp_path}/warm.py:f")
    assert [c.call for c in compiled] == ["f(int64)", "f(float64)"]


def test_several_functions_each_with_their_own_signature(kernels):
    compiled = frontend.compile_spec(f"{kernels}:add,fact,declared", ["add:int64(int64, int64)", "fact:int64(int64)"])
    assert [c.call for c in compiled] == ["add(int64, int64)", "fact(int64)", "declared(int64)"]


def test_no_signature_at_all_asks_for_sig(kernels):
    with pytest.raises(InputError, match=r"add has no compiled or declared signature; give one with --sig"):
        frontend.compile_spec(f"{kernels}:add")


def test_declared_dispatcher_refuses_other_signatures(kernels):
    with pytest.raises(UsageError, match=r"declared with signatures \(int64\(int64\)\) and cannot be compiled for 'float64\(float64\)'"):
        frontend.compile_spec(f"{kernels}:declared", ["float64(float64)"])


def test_bad_signature_text(kernels):
    with pytest.raises(UsageError, match=r"bad signature 'int65\(int64\)' for add: NameError"):
        frontend.compile_spec(f"{kernels}:add", ["int65(int64)"])


def test_missing_function_lists_what_is_there(kernels):
    with pytest.raises(InputError, match=r"kernels has no function 'nope' \(Numba functions there: add, declared"):
        frontend.compile_spec(f"{kernels}:nope")
    with pytest.raises(InputError, match="NOT_A_FUNCTION is a int, not a function"):
        frontend.compile_spec(f"{kernels}:NOT_A_FUNCTION")


def test_compile_for_build(kernels, tmp_path):
    asm = tmp_path / "given.s"
    assert frontend.compile_for_build([str(asm)], "int64(int64)") == ([str(asm)], "int64(int64)", {})
    assert frontend.compile_for_build([str(asm)], None) == ([str(asm)], None, {})
    with pytest.raises(UsageError, match="several times"):
        frontend.compile_for_build([str(asm)], ["int64(int64)", "float64(float64)"])
    (text, other), sig, _ = frontend.compile_for_build([f"{kernels}:fact", str(asm)], ["int64(int64)"])
    assert other == str(asm) and sig == "int64(int64)"
    assert [n.function for n in cores(text)] == ["fact"]
    # Everything compiled is one input, so the C names are chosen together.
    (both,), sig, _ = frontend.compile_for_build([f"{kernels}:add,fact"], ["add:int64(int64, int64)", "fact:int64(int64)"])
    assert sig is None and [n.function for n in cores(both)] == ["add", "fact"]
    (other, text), _, _ = frontend.compile_for_build([str(asm), f"{kernels}:fact"], ["int64(int64)"])
    assert other == str(asm) and [n.function for n in cores(text)] == ["fact"]
    (_,), sig, _ = frontend.compile_for_build([f"{kernels}:add"], ["(float64[::1], float64[::1])"])
    assert sig == "array(float64, 1d, C)(array(float64, 1d, C), array(float64, 1d, C))"


# ---- refusals and errors -------------------------------------------------------

@pytest.mark.parametrize("func, symbol, feature", [
    ("uses_objmode", "numba_gil_ensure", "an objmode block"),
    ("uses_print", "PySet_New", "print() of a set"),
])
def test_functions_that_need_python_are_refused(kernels, func, symbol, feature):
    with pytest.raises(InputError) as info:
        frontend.compile_spec(f"{kernels}:{func}", ["int64(int64)"])
    message = str(info.value)
    line = next(i for i, text in enumerate(KERNELS.splitlines(), 1) if text.startswith(f"def {func}("))
    assert message.startswith(f"{kernels}:{line}:1: error: {func}(int64) cannot run without Python")
    assert symbol in message
    # The most telling feature first; others the code also uses may follow.
    assert f"which the standalone runtime does not provide (it uses {feature}" in message
    deps = python_dependencies(frontend.compile_spec(f"{kernels}:{func}", ["int64(int64)"], standalone=False)[0].asm)
    assert symbol in next(iter(deps.values()))


@pytest.mark.parametrize("func", ["uses_dict", "uses_list"])
def test_typed_containers_are_not_a_python_dependency(kernels, func):
    """The runtime provides numba_dict_* and numba_list_* (dict.c, list.c)."""
    (compiled,) = frontend.compile_spec(f"{kernels}:{func}", ["int64(int64)"])
    assert python_dependencies(compiled.asm) == {}


def test_dynamic_exception_arguments_are_not_a_python_dependency(tmp_path):
    (tmp_path / "dyn.py").write_text(
        "from numba import njit\n@njit\ndef f(x):\n    if x < 0:\n        raise ValueError('bad', x)\n    return x\n")
    (c,) = frontend.compile_spec(f"{tmp_path}/dyn.py:f", ["int64(int64)"])
    assert "__excinfo_unwrap_args" in c.asm
    assert python_dependencies(c.asm) == {}
    out = run_c(tmp_path, c.asm, 'long long f(long long);\nint main(void) { printf("%lld\\n", f(4)); f(-1); }\n')
    assert out == "4\nraised: ValueError: ('bad', -1)\n"


def test_object_mode_is_refused(tmp_path):
    (tmp_path / "om.py").write_text("import numba\n@numba.jit(forceobj=True)\ndef f(x):\n    return x\n")
    with pytest.raises(InputError, match=r"om.py:3:1: error: f is compiled in object mode"):
        frontend.compile_spec(f"{tmp_path}/om.py:f", ["int64(int64)"])


def test_typing_error_shows_numba_message(kernels):
    with pytest.raises(frontend.CompileError) as info:
        frontend.compile_spec(f"{kernels}:mistyped", ["int64(int64)"])
    text = str(info.value)
    line = KERNELS.splitlines().index("def mistyped(x):") + 1
    assert text.startswith(f"{kernels}:{line}:1: error: Numba could not compile mistyped(int64):\n")
    assert "Failed in nopython mode pipeline (step: nopython frontend)" in text
    assert 'return x + "a"' in text


def test_import_error_points_at_the_failing_line(tmp_path):
    (tmp_path / "broken.py").write_text("import math\n\nx = math.sqrt(-1)\n")
    with pytest.raises(InputError, match=r"broken.py:3:5: error: cannot import broken: ValueError: math domain error"):
        frontend.compile_spec(f"{tmp_path}/broken.py:f")


def test_syntax_error_and_error_in_sibling_module(tmp_path):
    (tmp_path / "syn.py").write_text("def f(:\n    pass\n")
    with pytest.raises(InputError, match=r"syn.py:1:7: error: cannot import syn: SyntaxError: invalid syntax"):
        frontend.compile_spec(f"{tmp_path}/syn.py:f")
    (tmp_path / "top.py").write_text("import helper_mod\n")
    (tmp_path / "helper_mod.py").write_text("a = 1\nraise RuntimeError('no config')\n")
    with pytest.raises(InputError, match=r"helper_mod.py:2:1: error: cannot import top: RuntimeError: no config"):
        frontend.compile_spec(f"{tmp_path}/top.py:f")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        frontend.compile_spec(f"{tmp_path}/absent.py:f")


def test_import_leaves_sys_path_and_modules_as_they_were(kernels):
    before_path, had = list(sys.path), "kernels" in sys.modules
    frontend.compile_spec(f"{kernels}:declared")
    assert sys.path == before_path and ("kernels" in sys.modules) == had


# ---- the Python API ------------------------------------------------------------

def test_import_asmsurgeon_and_the_cli_stay_cheap():
    code = ("import sys, asmsurgeon; from asmsurgeon.cli import build_parser; build_parser(); "
            "print('numba' in sys.modules, 'asmsurgeon.api' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "False False\n"


def test_compile_asm_from_a_dispatcher(kernels):
    with frontend.imported(str(kernels)) as module:
        text = asmsurgeon.compile_asm(module.add, ["int64(int64, int64)"])
        again = asm_text(module.add, ["int64(int64, int64)"])
    assert [n.args for n in cores(text)] == [("int64", "int64")]
    assert again == text
    assert "compile_asm" in dir(asmsurgeon)


def test_build_inputs_one_input_for_every_overload(kernels, tmp_path):
    """As for `build FILE.py:FUNC`: the overloads meet in one input, so they
    get typed C names instead of two definitions of `add`."""
    with frontend.imported(str(kernels)) as module:
        (both,), sig, _ = build_inputs(module.add, ["int64(int64, int64)", "float64(float64, float64)"])
        assert sig is None and [n.args for n in cores(both)] == [("int64", "int64"), ("float64", "float64")]
        (text,), sig, _ = build_inputs(module.fact, ["int64(int64)"])
        assert sig == "int64(int64)" and [n.function for n in cores(text)] == ["fact"]
    assert build_inputs(text) == ([text], None, {})
    assert build_inputs(tmp_path / "x.s") == ([str(tmp_path / "x.s")], None, {})


def test_api_builds_two_overloads_of_one_function(kernels, tmp_path):
    lib, header = tmp_path / "libadd.so", tmp_path / "add.h"
    with frontend.imported(str(kernels)) as module:
        asmsurgeon.build_executable(module.add, lib, sigs=["int64(int64, int64)", "float64(float64, float64)"],
                                    kind="shared", header=str(header))
    text = header.read_text()
    assert "int64_t add_int64_int64(int64_t a, int64_t b);" in text
    assert "double add_float64_float64(double a, double b);" in text


def test_asm_text_accepts_text_paths_and_specs(kernels, tmp_path):
    text = frontend.compile_to_asm(f"{kernels}:declared")
    path = tmp_path / "declared.s"
    path.write_text(text)
    assert asm_text(text) == text
    assert asm_text(path) == text
    assert asm_text(str(path)) == text
    assert [n.function for n in cores(asm_text(f"{kernels}:declared"))] == ["declared"]
    with pytest.raises(UsageError, match="--sig applies to FILE.py:FUNC inputs, not to the assembly file"):
        asm_text(str(path), ["int64(int64)"])
