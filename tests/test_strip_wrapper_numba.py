"""strip-wrapper on what the installed Numba emits today: functions
compiled here, written the way users write them, stripped, linked, run."""

from __future__ import annotations

import pytest
from helpers import assemble
from test_strip_wrapper import has_textrel, link_and_run, python_symbols

from asmsurgeon.passes.pipelines import strip_wrapper


def compiled_asm() -> dict[str, str]:
    from numba import njit

    @njit(["int64(int64, int64)", "float64(float64, float64)"])
    def mul(a, b):
        return a * b

    @njit
    def dyn_raise(x):
        if x < 0:
            raise ValueError(f"negative: {x}")
        return x + 1

    @njit(boundscheck=True)
    def pick(a, i):
        return a[i]

    import numpy as np

    dyn_raise(1)
    pick(np.zeros(3), 0)
    return {f.__name__: "".join(f.inspect_asm().values()) for f in (mul, dyn_raise, pick)}


@pytest.fixture(scope="module")
def fresh() -> dict[str, str]:
    return compiled_asm()


CASES = {
    "mul": ("int64_t mul_int64_int64(int64_t, int64_t); double mul_float64_float64(double, double);",
            'printf("%lld %g\\n", (long long)mul_int64_int64(6, 7), mul_float64_float64(1.5, 2));', "42 3", 0),
    "dyn_raise": ("int64_t dyn_raise(int64_t);",
                  'printf("%lld\\n", (long long)dyn_raise(2)); fflush(stdout); dyn_raise(-5);', "3\nValueError: negative: -5", 1),
    "pick": ("double pick(void *, void *, int64_t, int64_t, double *, int64_t, int64_t, int64_t);",
             'double a[3] = {1.5, 2.5, 3.5}; printf("%g\\n", pick(0, 0, 3, 8, a, 3, 8, 2)); fflush(stdout);'
             ' pick(0, 0, 3, 8, a, 3, 8, 7);', "3.5\nIndexError: index is out of bounds", 1),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fresh_numba_output_strips_links_and_runs(tmp_path, fresh, name):
    decls, body, expected, status = CASES[name]
    text = strip_wrapper(fresh[name], path=f"{name}.asm")
    src = tmp_path / f"{name}.s"
    src.write_text(text)
    assert python_symbols(assemble(src)) == []
    proc, exe = link_and_run(tmp_path, text, decls, body)
    assert (proc.stdout.strip(), proc.returncode) == (expected, status)
    assert not has_textrel(exe)
