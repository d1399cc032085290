"""`asmsurgeon check`, the pre-link hook: real objects, archives, shared
objects and executables, including one linked against libpython."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from elfbuild import ar, assemble_text, cc, sample_object, stripped_source, write
from helpers import SAMPLES, run_cli

from asmsurgeon.elfcheck.inputs import check

MAIN_C = '#include <stdio.h>\nlong long fact(long long);\nint main(void) { printf("%lld\\n", fact(5)); return 0; }\n'


def test_numba_object_fails_listing_symbols_and_functions(tmp_path):
    obj = sample_object(tmp_path, "numba_floordiv.asm")
    r = run_cli("check", obj)
    out = r.stdout.decode()
    assert r.returncode == 1, r.stderr
    assert f"{obj}: PyArg_UnpackTuple: Python C API (needs libpython)" in out
    assert "    referenced by cpython wrapper __main__.floordiv(int64, int64) (_ZN7cpython8__main__8floordiv" in out
    assert f"{obj}: numba_gil_ensure: Numba helper" in out
    assert "    referenced by cfunc __main__.floordiv(int64, int64)" in out
    assert "NRT_Free" not in out  # the standalone runtime provides it
    assert out.rstrip().endswith("problems: not linkable without Python")


def test_stripped_object_passes_and_links(tmp_path):
    obj = assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm"))
    r = run_cli("check", obj)
    assert r.returncode == 0, r.stdout
    assert r.stdout.decode().startswith(f"{obj}: ok (")
    main = write(tmp_path / "main.c", MAIN_C)
    exe = tmp_path / "fact"
    cc("-no-pie", "-o", exe, main, obj)
    assert run_cli("check", exe, "--require", "main").returncode == 0
    assert subprocess.run([str(exe)], capture_output=True).stdout == b"120\n"


def test_files_are_one_link_set_and_require(tmp_path):
    obj = assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm"))
    main = tmp_path / "main.o"
    cc("-c", "-o", main, write(tmp_path / "main.c", MAIN_C))
    assert run_cli("check", main).returncode == 1  # `fact` is nowhere
    r = run_cli("check", main, obj, "--require", "main", "-q")
    assert (r.returncode, r.stdout) == (0, b"")
    r = run_cli("check", obj, "--require", "main")
    assert r.returncode == 1 and b"main: required symbol is not defined" in r.stdout


def test_forbid_and_allow(tmp_path):
    obj = assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm"))
    r = run_cli("check", obj, "--forbid", "fa*")
    assert r.returncode == 1 and b"fact: defined, and forbidden by --forbid 'fa*'" in r.stdout
    wave = tmp_path / "wave.o"
    cc("-c", "-O2", "-o", wave, write(tmp_path / "w.c", "#include <math.h>\nextern double gain;\n"
                                       "double wave(double x) { return cos(x) * gain; }\n"))
    r = run_cli("check", wave)
    assert r.returncode == 1 and b"gain: not defined by the standalone runtime, libc, libm or libgcc" in r.stdout
    assert b"referenced by wave" in r.stdout and b"cos" not in r.stdout  # libm provides cos
    assert run_cli("check", wave, "--allow", "ga?n").returncode == 0
    r = run_cli("check", wave, "--allow", "*", "--forbid", "cos")
    assert r.returncode == 1 and b"cos: forbidden by --forbid 'cos'" in r.stdout


def _libpython_dir(tmp_path: Path) -> tuple[Path, str]:
    """The real libpython if this Python has a shared one; else a real (tiny)
    shared object with libpython's soname, built here."""
    libdir, ldlib = sysconfig.get_config_var("LIBDIR"), sysconfig.get_config_var("LDLIBRARY") or ""
    if libdir and ldlib.endswith(".so") and (Path(libdir) / ldlib).exists():
        return Path(libdir), ldlib[3:-3]
    fake = tmp_path / "libpython3.11.so"
    cc("-shared", "-fPIC", "-Wl,-soname,libpython3.11.so.1.0", "-o", fake,
       write(tmp_path / "py.c", "int Py_IsInitialized(void) { return 0; }\n"))
    return tmp_path, "python3.11"


def test_executable_linked_against_libpython_fails(tmp_path):
    libdir, lib = _libpython_dir(tmp_path)
    exe = tmp_path / "embed"
    cc("-o", exe, write(tmp_path / "e.c", "int Py_IsInitialized(void);\nint main(void) { return Py_IsInitialized(); }\n"),
       f"-L{libdir}", f"-l{lib}", "-Wl,--no-as-needed")
    r = run_cli("check", exe, "--json")
    doc = json.loads(r.stdout)
    assert r.returncode == 1 and doc["ok"] is False
    kinds = {(p["kind"], p["symbol"].split(".so")[0]) for p in doc["problems"]}
    assert ("needed", "libpython3.11") in kinds
    assert ("undefined", "Py_IsInitialized") in kinds
    (f,) = doc["files"]
    assert f["kind"] == "executable" and any(n.startswith("libpython") for n in f["needed"])


def test_archive_and_shared_object(tmp_path):
    good = assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm"))
    assert run_cli("check", ar(tmp_path / "libgood.a", good)).returncode == 0
    a = ar(tmp_path / "libmix.a", good, sample_object(tmp_path, "numba_six.asm"))
    r = run_cli("check", a)
    assert r.returncode == 1 and f"{a}(numba_six.o): PyArg_UnpackTuple".encode() in r.stdout
    so = tmp_path / "libsix.so"
    cc("-shared", "-o", so, sample_object(tmp_path, "numba_hypot.asm"))
    r = run_cli("check", so, "--json")
    doc = json.loads(r.stdout)
    assert r.returncode == 1 and doc["files"][0]["kind"] == "shared" and doc["files"][0]["textrel"] is True
    assert {"PyArg_UnpackTuple", "PyFloat_FromDouble"} <= {p["symbol"] for p in doc["problems"]}


def test_json_schema(tmp_path):
    r = run_cli("check", SAMPLES / "numba_arange_sum.asm", "--json")
    doc = json.loads(r.stdout)
    assert r.returncode == 1
    assert set(doc) == {"schema", "ok", "files", "problems"} and doc["schema"] == "asmsurgeon.check/1"
    (f,) = doc["files"]
    assert set(f) == {"path", "kind", "needed", "interp", "pie", "relro", "bind_now", "nx_stack", "textrel", "undefined"}
    assert f["kind"] == "assembly" and f["nx_stack"] is True
    p = next(p for p in doc["problems"] if p["symbol"] == "numba_unpickle")
    assert set(p) == {"path", "kind", "symbol", "readable", "reason", "referenced_by"}
    assert p["kind"] == "undefined" and any(x.startswith("_ZN7cpython") for x in p["referenced_by"])
    assert not any(p["symbol"].startswith("NRT_") for p in doc["problems"])


def test_library_api(tmp_path):
    report = check([str(SAMPLES / "numba_six.asm")], require=["main"])
    assert not report.ok
    assert {p.kind for p in report.problems} == {"undefined", "required"}
    assert check([str(assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm")))]).ok


# Real broken objects (empty, truncated, 32-bit, big-endian, another
# machine, bad archive members): test_hostile_objects.py.
@pytest.mark.parametrize("content,message", [
    (b"\x7fELF\x02\x01\x01" + b"\0" * 30, "truncated or corrupt ELF file"),
    (b"\x00\x01binary junk\xff" * 8, "not an ELF file, archive or assembly source"),
    (b"!<arch>\nshort", "truncated archive"),
])
def test_unreadable_input_exits_2(tmp_path, content, message):
    f = tmp_path / "in.o"
    f.write_bytes(content)
    for cmd in ("check", "symbols"):
        r = run_cli(cmd, f)
        err = r.stderr.decode()
        assert r.returncode == 2 and err.startswith(f"{f}: error: ") and message in err, err
        assert "Traceback" not in err


def test_makefile_checks_before_linking(tmp_path):
    env = {**os.environ, "ASMSURGEON": f"{sys.executable} -m asmsurgeon", "PYTHONPATH": str(SAMPLES.parent)}
    write(tmp_path / "fact.s", stripped_source("numba_fact.asm"))
    write(tmp_path / "main.c", MAIN_C)
    make = ["make", "-f", str(SAMPLES / "Makefile"), "LDFLAGS=-no-pie"]
    r = subprocess.run([*make, "PROG=fact", "OBJS=fact.o main.o"], cwd=tmp_path, env=env, capture_output=True)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([str(tmp_path / "fact")], capture_output=True).stdout == b"120\n"
    (tmp_path / "six.asm").write_bytes((SAMPLES / "numba_six.asm").read_bytes())
    r = subprocess.run([*make, "PROG=six", "OBJS=six.o main.o"], cwd=tmp_path, env=env, capture_output=True)
    assert r.returncode != 0 and b"six.o: PyArg_UnpackTuple: Python C API" in r.stdout
    assert not (tmp_path / "six").exists()


def test_gcc_assembly_with_debug_info(gcc_outputs):
    # `.loc ... is_stmt 0 view .LVU3 discriminator 1` must not read as references.
    for path in gcc_outputs:
        report = check(str(path))
        expected = {"external_flag"} if path.name.startswith("numeric") else set()
        assert {p.symbol for p in report.problems} == expected, path.name


def test_every_sample_passes_after_strip_wrapper(tmp_path):
    from helpers import numba_samples

    from asmsurgeon.passes.pipelines import strip_wrapper

    for sample in numba_samples():
        raw = check(str(sample))
        assert not raw.ok and any(p.symbol.startswith("Py") for p in raw.problems), sample.name
        obj = assemble_text(tmp_path, sample.stem, strip_wrapper(sample.read_text()))
        report = check(str(obj))
        assert report.ok, (sample.name, report.problems)



@pytest.mark.parametrize("stripped", [False, True], ids=["python-wrapper", "stripped"])
def test_report_str_is_what_the_command_prints(tmp_path, stripped):
    import asmsurgeon

    if stripped:
        obj = assemble_text(tmp_path, "six", stripped_source("numba_six.asm"))
    else:
        obj = sample_object(tmp_path, "numba_six.asm")
    main = write(tmp_path / "main.c", "long long six(void);\nint main(void) { return (int)six(); }\n")
    main_o = tmp_path / "main.o"
    cc("-c", "-o", main_o, main)
    r = run_cli("check", obj, main_o)
    report = asmsurgeon.check([obj, main_o])
    assert report.ok == stripped and r.returncode == (0 if stripped else 1)
    assert r.stdout.decode() == str(report) + "\n"
    assert str(asmsurgeon.check(obj)) == "\n".join(asmsurgeon.check(obj).lines())


def test_the_api_function_is_not_shadowed_by_a_package():
    # The checks live in asmsurgeon.elfcheck; importing them leaves
    # asmsurgeon.check the API's plain function, and no module has its name.
    import inspect
    import pkgutil

    import asmsurgeon
    import asmsurgeon.elfcheck.inputs  # noqa: F401
    from asmsurgeon import api

    assert asmsurgeon.check is api.check and inspect.isfunction(asmsurgeon.check)
    assert "check" not in {m.name for m in pkgutil.iter_modules(asmsurgeon.__path__)}


def test_summary_blames_python_only_when_python_is_the_reason(tmp_path):
    obj = assemble_text(tmp_path, "mystery", "\t.text\n\t.globl\tf\nf:\n\tjmp\tmystery_function_xyz@PLT\n")
    r = run_cli("check", obj)
    assert r.returncode == 1
    assert r.stdout.decode().rstrip().endswith("1 problem: not linkable standalone")
    r = run_cli("check", "--require", "absent_symbol", stripped_object(tmp_path))
    assert r.returncode == 1
    assert r.stdout.decode().rstrip().endswith("1 problem: the --forbid/--require rules are not met")


def stripped_object(tmp_path):
    return assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm"))


def test_build_reports_a_runpath_the_linker_added(tmp_path):
    env = dict(os.environ, LD_RUN_PATH=str(tmp_path / "evil"))
    r = run_cli("build", SAMPLES / "numba_six.asm", "--no-cache", "-o", tmp_path / "six", env=env)
    assert r.returncode == 0
    assert f"RPATH/RUNPATH {tmp_path / 'evil'}" in r.stderr.decode()
    clean = run_cli("build", SAMPLES / "numba_six.asm", "--no-cache", "-o", tmp_path / "six2")
    assert b"RUNPATH" not in clean.stderr
