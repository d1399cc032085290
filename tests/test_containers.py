"""Lists, sets, dicts, typed containers, strings and linear algebra in
standalone programs (issue 20): Numba's own test functions
(numba.tests.test_lists, test_sets, test_dicts, test_unicode, test_linalg,
wrapped in tests/containers_src/kernels.py to return one number) built with
`asmsurgeon build kernels.py:FUNC`, run, and compared with the same
function run by Numba in this process."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import SAMPLES, elf_symbols, run_cli

KERNELS = Path(__file__).resolve().parent / "containers_src" / "kernels.py"
A, B, C = "1,5,3,5,9,2,7,1", "5,2,8", "9,10"

CASES = [
    # numba.tests.test_lists
    ("list_comprehension1", ()), ("list_comprehension2", ()), ("list_comprehension3", ()),
    ("list_comprehension4", ()), ("list_comprehension5", ()), ("list_comprehension6", ()),
    ("list_pop0", (7,)), ("list_len", (9,)), ("list_getitem", (8,)), ("list_setitem", (8,)),
    ("list_iteration", (11,)), ("list_index1", (10, 3)), ("list_index2", (6, 1, 4)), ("list_index3", (10, 5, 2, 8)),
    ("list_count", (20, 2)), ("list_append", (30,)), ("list_extend", (12,)), ("list_constructor", (40,)),
    ("list_delslice1", (10, 6, 2)), ("list_delslice2", (10, 2, 7)), ("list_insert", (10, 3, 99)),
    ("list_reverse", (15,)), ("list_mul", (4, 3)), ("list_remove", (10, 3)), ("list_setslice2", (10, 4, 2, 8)),
    ("list_getslice3", (20, 1, 17, 3)), ("list_setslice3", (20, 15, 2, -3)), ("list_add", (3, 4)),
    ("list_copy", (9,)), ("sorted_list", (50,)), ("list_of_tuples", (12,)), ("list_of_arrays", (9,)),
    # numba.tests.test_sets
    ("empty_constructor_usecase", ()), ("constructor_usecase", (A,)), ("bool_usecase", (A,)),
    ("iterator_usecase", (A,)), ("update_usecase", (A, B, C)), ("remove_usecase", (A, "5,9")),
    ("discard_usecase", (A, B)), ("add_discard_usecase", (A, 4, 5)), ("pop_usecase", (A,)),
    ("contains_usecase", (A, B)), ("difference_update_usecase", (A, B)), ("intersection_update_usecase", (A, B)),
    ("symmetric_difference_update_usecase", (A, B)), ("isdisjoint_usecase", (A, C)), ("issubset_usecase", ("5,2", A)),
    ("issuperset_usecase", (A, B)), ("difference_usecase", (A, B)), ("intersection_usecase", (A, B)),
    ("symmetric_difference_usecase", (A, B)), ("union_usecase", (A, B)), ("unique_usecase", (A,)),
    # dicts and typed containers
    ("dict_literal", ()), ("dict_fill_sum", (100,)), ("dict_delete_and_grow", (300,)),
    ("dict_popitem_order", (200,)), ("dict_get_setdefault_contains", (50,)), ("dict_tuple_keys", (20,)),
    ("dict_str_keys", (40,)), ("dict_of_arrays", (9,)),
    ("dict_values_sum_min_max", (60,)), ("typed_list_ops", (20,)), ("typed_list_slices", (30,)),
    ("typed_list_sort", (60,)), ("typed_list_of_lists", (12,)), ("typed_dict_of_typed_lists", (25,)),
    ("typed_set_ops", (30,)),
    # strings that need no character database
    ("str_of_int", (12345,)), ("fstring", (4,)),
]
# Float keys hash through Numba's NaN path, which draws from the random
# family (random.c, another branch): kernels.set_of_floats and
# kernels.dict_float_keys join CASES once it is merged.
# Functions of a text index (kernels.TEXTS: ASCII, Latin-1, UCS-2 and UCS-4 strings).
STRINGS = ["str_len", "str_find", "str_split", "str_split_whitespace", "str_join", "str_upper", "str_lower",
           "str_title", "str_predicates", "str_strip", "str_startswith", "str_concat_slice",
           "str_in_count_replace", "str_splitlines_center", "str_rfind_expandtabs"]
LINALG = ["la_matmul", "la_dot2_vdot", "la_inv", "la_solve", "la_det", "la_slogdet", "la_cholesky", "la_eigvals",
          "la_eigh", "la_eigvalsh", "la_svd", "la_qr", "la_lstsq", "la_pinv", "la_norms", "la_power_trace_outer_kron",
          "la_complex"]


@pytest.fixture(scope="module")
def kernels():
    spec = importlib.util.spec_from_file_location("containers_kernels", KERNELS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def prog_env():
    """The environment programs run in (conftest gives it a private cache)."""
    return dict(os.environ)


def py_args(args):
    return [np.array([int(x) for x in a.split(",")], dtype=np.int64) if isinstance(a, str) else a for a in args]


def signature(fn, args):
    """The signature Numba infers for these arguments (with its return type)."""
    fn(*py_args(args))
    return fn.overloads[fn.signatures[-1]].signature


def build(fn, sig, out: Path, **options) -> Path:
    """In-process (the Python API on the dispatcher), so Numba compiles the
    kernels' shared helpers once for the whole module."""
    from asmsurgeon.api import build_executable

    build_executable(fn, out, sigs=[sig], **options)
    return out


def test_build_from_the_command_line(prog_env, tmp_path):
    r = run_cli("build", f"{KERNELS}:dict_str_keys", "--sig", "int64(int64)", "-o", tmp_path / "d", env=prog_env)
    assert r.returncode == 0, r.stderr.decode()
    assert run(tmp_path / "d", 12) == str(3 * 1000 + 12)


def run(prog: Path, *args, env=None) -> str:
    r = subprocess.run([str(prog), *map(str, args)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def same(printed: str, expected, rel: float = 0.0) -> bool:
    if isinstance(expected, (bool, np.bool_)):
        return printed == str(bool(expected))
    if isinstance(expected, (int, np.integer)):
        return int(printed) == int(expected)
    return float(printed) == pytest.approx(float(expected), rel=rel or 1e-15, abs=rel)


@pytest.mark.parametrize("name,args", CASES, ids=[c[0] for c in CASES])
def test_containers_match_numba(kernels, prog_env, tmp_path, name, args):
    fn = getattr(kernels, name)
    prog = build(fn, signature(fn, args), tmp_path / name)
    expected = fn(*py_args(args))
    printed = run(prog, *args)
    assert same(printed, expected), (printed, expected)


@pytest.mark.parametrize("name", STRINGS)
def test_strings_match_numba(kernels, prog_env, tmp_path, name):
    fn = getattr(kernels, name)
    prog = build(fn, signature(fn, (0,)), tmp_path / name)
    for i in range(len(kernels.TEXTS)):
        assert run(prog, i) == str(fn(i)), (name, kernels.TEXTS[i])


@pytest.mark.parametrize("name", ["str_hash", "str_hash_dict"])
def test_string_hashes_follow_pythonhashseed(kernels, prog_env, tmp_path, name):
    """With the same PYTHONHASHSEED, hash(str) is the number Numba computes
    under Python, so the secret is seeded as CPython seeds it; without one
    it is random per run, as in Python."""
    prog = build(getattr(kernels, name), signature(getattr(kernels, name), (3,)), tmp_path / name)
    for seed in ("0", "123", "4294967295"):
        code = (f"import importlib.util as u; s = u.spec_from_file_location('k', {str(KERNELS)!r}); "
                f"m = u.module_from_spec(s); s.loader.exec_module(m); print(m.{name}(3))")
        seeded = {**prog_env, "PYTHONHASHSEED": seed}
        expected = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=seeded)
        assert expected.returncode == 0, expected.stderr
        assert run(prog, 3, env=seeded) == expected.stdout.strip()
    if name == "str_hash":
        unseeded = {k: v for k, v in prog_env.items() if k != "PYTHONHASHSEED"}
        assert len({run(prog, 3, env=unseeded) for _ in range(3)}) > 1


@pytest.mark.parametrize("name", LINALG)
def test_linalg_matches_numba(kernels, prog_env, tmp_path, name):
    fn = getattr(kernels, name)
    prog = build(fn, signature(fn, (6,)), tmp_path / name)
    for n in (3, 6):
        printed, expected = run(prog, n), fn(n)
        assert same(printed, expected, rel=1e-9), (name, n, printed, expected)


def _defined(path: Path) -> set[str]:
    return {n for n, s in elf_symbols(path).items() if s["defined"]}


def test_programs_link_only_the_families_they_use(kernels, tmp_path):
    """The container, string and BLAS families are archive members and
    optional objects: a scalar program gets none of them, a list program no
    dict, string table or BLAS, and only linear algebra needs a BLAS."""
    from asmsurgeon.elfcheck.elf import read_report

    six = tmp_path / "six"
    r = run_cli("build", SAMPLES / "seed_six_numba049.asm", "-o", six)
    assert r.returncode == 0, r.stderr.decode()
    families = ("numba_list_", "numba_dict_", "numba_gettyperecord", "asms_unicode_", "_numba_hashsecret_",
                "numba_xx", "numba_ez_")
    assert not [s for s in _defined(six) if s.startswith(families)]
    lst = build(kernels.list_append, signature(kernels.list_append, (3,)), tmp_path / "lst")
    assert not [s for s in _defined(lst) if s.startswith(families)]
    d = build(kernels.dict_delete_and_grow, signature(kernels.dict_delete_and_grow, (3,)), tmp_path / "d")
    assert "numba_dict_insert" in _defined(d)
    assert not [s for s in _defined(d) if s.startswith(("numba_list_", "asms_unicode_", "numba_xx"))]
    s = build(kernels.str_upper, signature(kernels.str_upper, (0,)), tmp_path / "s")
    assert {"numba_gettyperecord", "asms_unicode_records"} <= _defined(s)
    la = build(kernels.la_matmul, signature(kernels.la_matmul, (3,)), tmp_path / "la")
    assert "numba_xxgemm" in _defined(la)
    blas = ("libopenblas", "libblas", "liblapack")
    assert any(n.startswith(blas) for n in read_report(str(la)).needed)
    for prog in (six, lst, d, s):
        assert not any(n.startswith(blas) for n in read_report(str(prog)).needed)


def test_missing_blas_names_the_package_to_install(kernels, prog_env, tmp_path):
    """A compiler that finds no BLAS (a wrapper hiding it): the build stops
    before the link with the Debian package to install, and writes nothing."""
    cc = tmp_path / "cc-without-blas"
    cc.write_text('#!/bin/sh\nfor a in "$@"; do case "$a" in -print-file-name=*blas*|-print-file-name=*lapack*)\n'
                  '    echo "${a#-print-file-name=}"; exit 0;; esac; done\nexec cc "$@"\n')
    cc.chmod(0o755)
    out = tmp_path / "la"
    r = run_cli("build", f"{KERNELS}:la_matmul", "--sig", "float64(int64)", "-o", out, env={**prog_env, "CC": str(cc)})
    assert r.returncode == 1
    assert "install libopenblas-dev" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
    assert not out.exists()
    # The same build of a program without linear algebra needs no BLAS.
    r = run_cli("build", f"{KERNELS}:dict_str_keys", "--sig", "int64(int64)", "-o", out, env={**prog_env, "CC": str(cc)})
    assert r.returncode == 0, r.stderr.decode()


SANITIZED = [("dict_delete_and_grow", (300,)), ("dict_popitem_order", (200,)), ("typed_list_slices", (40,)),
             ("typed_list_of_lists", (15,)), ("typed_dict_of_typed_lists", (30,)), ("update_usecase", (A, B, C)),
             ("list_setslice2", (10, 4, 2, 8)), ("dict_str_keys", (50,)), ("str_split", (3,)), ("la_lstsq", (6,)),
             ("typed_set_ops", (40,))]


def test_container_programs_under_asan_and_ubsan(kernels, monkeypatch, tmp_path):
    """The runtime compiled and the programs linked with AddressSanitizer
    (leaks included) and UndefinedBehaviorSanitizer, aborting on the first
    report: container-heavy programs run clean and print Numba's results."""
    monkeypatch.setenv("CC", "cc -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer")
    # The argument arrays main parses live as long as the program: not a leak of the code under test.
    (tmp_path / "lsan.supp").write_text("leak:asmsurgeon_parse_array\n")
    run_env = {**os.environ, "ASAN_OPTIONS": "detect_leaks=1", "UBSAN_OPTIONS": "print_stacktrace=1",
               "LSAN_OPTIONS": f"suppressions={tmp_path / 'lsan.supp'}"}
    for name, args in SANITIZED:
        fn = getattr(kernels, name)
        prog = build(fn, signature(fn, args), tmp_path / name)
        assert "__asan_init" in {n for n in elf_symbols(prog)}
        printed = run(prog, *args, env=run_env)
        assert same(printed, fn(*py_args(args)), rel=1e-9), name


DRIVER = r"""
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

long long dict_str_keys(long long);
long long typed_list_ops(long long);
static long long want_dict, want_list;

static void *work(void *arg)
{
    long failures = 0;
    for (long long i = 0; i < 300; i++) {
        failures += dict_str_keys(40) != want_dict;
        failures += typed_list_ops(20) != want_list;
    }
    return (void *)failures;
}

int main(int argc, char **argv)
{
    want_dict = atoll(argv[1]);
    want_list = atoll(argv[2]);
    pthread_t t[8];
    for (int i = 0; i < 8; i++)
        pthread_create(&t[i], NULL, work, NULL);
    long total = 0;
    for (int i = 0; i < 8; i++) {
        void *r;
        pthread_join(t[i], &r);
        total += (long)r;
    }
    printf("%ld\n", total);
    return 0;
}
"""


def test_shared_library_builds_dicts_from_8_threads(kernels, tmp_path):
    """A --kind shared library of dict and typed-list code called from 8
    host threads at once: every call gives Numba's answer (the containers
    share no state; string hashing reads a secret set before main)."""
    from asmsurgeon.api import build_executable
    from asmsurgeon.toolchain.tools import Toolchain

    source = tmp_path / "lib.py"
    source.write_text(f"import sys\nsys.path.insert(0, {str(KERNELS.parent)!r})\n"
                      "from kernels import dict_str_keys, typed_list_ops  # noqa: F401\n")
    lib = tmp_path / "libcontainers.so"
    build_executable(f"{source}:dict_str_keys,typed_list_ops", lib, sigs=["int64(int64)"], kind="shared")
    (tmp_path / "driver.c").write_text(DRIVER)
    exe = tmp_path / "driver"
    Toolchain().cc(["-pthread", "-o", str(exe), str(tmp_path / "driver.c"), str(lib), f"-Wl,-rpath,{tmp_path}"])
    expected = [kernels.dict_str_keys(40), kernels.typed_list_ops(20)]
    assert run(exe, *expected) == "0"
