"""CPU targets (issue 18): fat binaries that run on any x86-64, checked
under qemu-user emulating a CPU without AVX (Nehalem), `check --cpu`,
the ISA report, --static and byte-reproducible fat builds."""

from __future__ import annotations

import json
import shutil
import subprocess

import numpy as np
import pytest
from helpers import ROOT, SAMPLES, run_cli
from numba import njit
from numba.tests.test_array_reductions import array_mean, array_prod, array_sum, array_var

from asmsurgeon.elfcheck.elf import read_report

QEMU = shutil.which("qemu-x86_64")
NUMBERS = [1.5, 2.25, -3.0, 4.0, 0.5, 7.0, 8.0, 9.5, 10.0]
ARG = ",".join(map(str, NUMBERS))
KERNELS = """\
import numpy as np
from numba.tests.test_array_reductions import array_mean, array_prod, array_sum, array_var


def saxpy_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += 2.5 * a[i] + 1.0
    return s
"""
SIG = "float64(float64[::1])"
# poly_sum: the CPU-target benchmark's kernel, vectorised to each target's width.
BENCH_KERNELS = ROOT / "benchmarks" / "bench_kernels.py"


def saxpy_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += 2.5 * a[i] + 1.0
    return s


EXPECTED = {f.__name__: njit(f) for f in (array_sum, array_prod, array_mean, array_var, saxpy_sum)}


@pytest.fixture
def kern(tmp_path):
    path = tmp_path / "kern.py"
    path.write_text(KERNELS)
    return path


def build(kern, func, out, *options, sig=SIG, process=False):
    r = run_cli("build", f"{kern}:{func}", "--sig", sig, "-o", out, "--no-cache", *options, process=process)
    assert r.returncode == 0, r.stderr.decode()
    return out


def run_on(cpu, prog, *args):
    cmd = [QEMU, "-cpu", cpu, str(prog), *args] if cpu else [str(prog), *args]
    return subprocess.run(cmd, capture_output=True, text=True)


def test_qemu_is_installed():
    assert QEMU is not None, "qemu-x86_64 (Debian's qemu-user) is needed; .ci/run installs it"


@pytest.mark.parametrize("func", sorted(EXPECTED))
def test_default_fat_build_gives_numbas_result_here_and_on_a_cpu_without_avx(kern, tmp_path, func):
    prog = build(kern, func, tmp_path / func)
    expected = EXPECTED[func](np.array(NUMBERS))
    for cpu in (None, "Nehalem"):
        r = run_on(cpu, prog, ARG)
        assert r.returncode == 0, (cpu, r.stderr)
        assert float(r.stdout) == pytest.approx(expected, rel=1e-12), cpu
    # Two variants behind one dispatching name.
    names = {s.name for s in read_report(str(prog)).symbols if s.defined}
    assert any(n.startswith("asms.host.") for n in names) or not any(n.startswith("asms.") for n in names)


def test_generic_build_runs_on_nehalem_and_host_build_is_refused_by_check(kern, tmp_path):
    generic = build(kern, "saxpy_sum", tmp_path / "generic", "--cpu", "generic")
    host = build(kern, "saxpy_sum", tmp_path / "host", "--cpu", "host")
    expected = EXPECTED["saxpy_sum"](np.array(NUMBERS))
    r = run_on("Nehalem", generic, ARG)
    assert r.returncode == 0 and float(r.stdout) == pytest.approx(expected)
    ok = run_cli("check", "--cpu", "x86-64-v2", generic)
    assert ok.returncode == 0, ok.stdout
    refused = run_cli("check", "--cpu", "x86-64-v2", host)
    assert refused.returncode == 1
    first = refused.stdout.decode().splitlines()[0]
    assert "error:" in first and "which x86-64-v2 lacks: first at `v" in first
    assert "saxpy_sum" in refused.stdout.decode()
    # and what check refuses indeed dies there
    assert run_on("Nehalem", host, ARG).returncode != 0


def test_fat_build_passes_check_for_the_oldest_level(kern, tmp_path):
    fat = build(kern, "saxpy_sum", tmp_path / "fat", "--cpu", "generic,x86-64-v3,host")
    r = run_cli("check", "--cpu", "generic", fat)
    assert r.returncode == 0, r.stdout.decode()
    for cpu in (None, "Nehalem", "Haswell"):
        assert float(run_on(cpu, fat, ARG).stdout) == pytest.approx(EXPECTED["saxpy_sum"](np.array(NUMBERS)))
    names = {s.name for s in read_report(str(fat)).symbols if s.defined}
    assert {"asms.generic.saxpy_sum", "asms.x86_64_v3.saxpy_sum"} <= names


def test_shared_fat_library_dispatches_for_its_c_callers(tmp_path):
    lib = build(BENCH_KERNELS, "poly_sum", tmp_path / "libpoly.so", "--kind", "shared",
                "--cpu", "generic,x86-64-v3,host", sig="float64(int64)")
    dyn = {s.name for s in read_report(str(lib)).dynamic_symbols if s.defined}
    assert "poly_sum" in dyn and not any(n.startswith("asms.") for n in dyn)
    (tmp_path / "main.c").write_text('#include <stdio.h>\ndouble poly_sum(long);\n'
                                     'int main(void) { printf("%.17g\\n", poly_sum(1000)); return 0; }\n')
    subprocess.run(["cc", "-o", tmp_path / "main", tmp_path / "main.c", f"-L{tmp_path}", "-lpoly",
                    "-Wl,-rpath,$ORIGIN"], check=True)
    import importlib.util

    spec = importlib.util.spec_from_file_location("poly_expected", BENCH_KERNELS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.poly_sum(1000)
    for cpu in (None, "Nehalem", "Haswell"):
        r = run_on(cpu, tmp_path / "main")
        assert r.returncode == 0 and float(r.stdout) == pytest.approx(expected, rel=1e-12), cpu


def test_static_pie_needs_no_shared_library_and_runs_anywhere(kern, tmp_path):
    prog = build(kern, "array_var", tmp_path / "var", "--static")
    report = read_report(str(prog))
    assert report.needed == [] and report.interp is None
    assert report.pie and report.relro and report.bind_now and report.nx_stack and not report.textrel
    expected = EXPECTED["array_var"](np.array(NUMBERS))
    for cpu in (None, "Nehalem"):
        assert float(run_on(cpu, prog, ARG).stdout) == pytest.approx(expected)
    assert run_cli("check", "--cpu", "x86-64-v2", prog).returncode == 0


def test_fat_builds_are_reproducible_in_any_directory(kern, tmp_path):
    # Separate processes, as users run it: within one process Numba numbers
    # each re-import's functions anew (B2v1, B2v2) and so does any build.
    outs = []
    for d in ("one", "two/deeper"):
        (tmp_path / d).mkdir(parents=True)
        outs.append(build(kern, "saxpy_sum", tmp_path / d / "prog", process=True).read_bytes())
    assert outs[0] == outs[1]


def test_compile_cpu_and_the_isa_report(kern, tmp_path):
    asm = tmp_path / "v3.s"
    r = run_cli("compile", f"{kern}:array_sum", "--sig", SIG,
                "--cpu", "x86-64-v3", "-o", asm)
    assert r.returncode == 0, r.stderr.decode()
    report = json.loads(run_cli("symbols", asm, "--json").stdout)
    isa = {i["readable"]: i for i in report["files"][0]["isa"]}
    core = next(i for n, i in isa.items() if n.startswith("numba.tests.test_array_reductions.array_sum"))
    assert "AVX" in core["extensions"] and core["level"] == "x86-64-v3"
    text = run_cli("symbols", asm).stdout.decode()
    assert "Instruction sets beyond x86-64" in text
    r = run_cli("check", "--cpu", "x86-64-v2", asm)
    assert r.returncode == 1 and f"{asm}:" in r.stdout.decode()
    # (the Python wrapper is still in: the standalone check fails, the ISA one passes)
    for level in ("x86-64-v3", "x86-64-v4"):
        assert b"lacks" not in run_cli("check", "--cpu", level, asm).stdout


def test_bad_cpu_options_are_usage_errors(kern, tmp_path):
    r = run_cli("build", f"{kern}:saxpy_sum", "--sig", SIG, "--cpu", "foolake", "-o", tmp_path / "x")
    assert r.returncode == 2 and b"no such CPU" in r.stderr and b"Traceback" not in r.stderr
    r = run_cli("check", "--cpu", "x86-64-v9", tmp_path)
    assert r.returncode == 2 and b"x86-64-v2" in r.stderr
    r = run_cli("build", f"{kern}:saxpy_sum", "--sig", SIG, "--static", "--kind", "shared", "-o", tmp_path / "x.so")
    assert r.returncode == 2 and b"--static" in r.stderr


def test_python_api_builds_fat_from_a_spec_and_a_dispatcher(kern, tmp_path, monkeypatch):
    import asmsurgeon

    expected = EXPECTED["array_mean"](np.array(NUMBERS))
    prog = tmp_path / "mean"
    asmsurgeon.build_executable(f"{kern}:array_mean", prog, sigs=[SIG])
    assert float(run_on("Nehalem", prog, ARG).stdout) == pytest.approx(expected)

    (tmp_path / "jitted.py").write_text("from numba import njit\n\n\n@njit\ndef twice(x):\n    return 2 * x\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    twice = importlib.import_module("jitted").twice
    prog = tmp_path / "twice"
    asmsurgeon.build_executable(twice, prog, sigs=["int64(int64)"], cpu="generic,host")
    assert run_on("Nehalem", prog, "21").stdout.strip() == str(twice(21))
    with pytest.raises(asmsurgeon.errors.UsageError):  # not at module level: no child can import it
        asmsurgeon.build_executable(njit(saxpy_sum), tmp_path / "x", sigs=[SIG], cpu="generic")
    with pytest.raises(asmsurgeon.errors.UsageError):
        asmsurgeon.build_executable(str(SAMPLES / "numba_hypot.asm"), tmp_path / "y", cpu="generic")


def test_first_call_dispatch_keeps_the_arguments(kern, tmp_path):
    """The dispatch --nolibc gets (no loader runs ifunc resolvers there):
    a jump through a slot whose first target picks the variant; linked
    with libc here so the function can take an array."""
    from asmsurgeon.pipeline.build import build_executable
    from asmsurgeon.pipeline.fat import compile_targets

    inputs, sig, names = compile_targets([f"{kern}:array_var"], [SIG], ["generic", "x86-64-v3", "host"],
                                         str(tmp_path), nolibc=True)
    assert "asms_first_0" in inputs[0].text
    prog = tmp_path / "var"
    build_executable(inputs[0], str(prog), sig=sig, param_names=names)
    expected = EXPECTED["array_var"](np.array(NUMBERS))
    for cpu in (None, "Nehalem", "Haswell"):
        r = run_on(cpu, prog, ARG)
        assert r.returncode == 0 and float(r.stdout) == pytest.approx(expected), cpu


def test_parallel_function_fat_build_runs_on_nehalem(tmp_path):
    """prange regions are variants too: each target's threads run its own
    region code."""
    from helpers import ROOT

    kernels = ROOT / "tests" / "parallel_kernels.py"
    prog = build(kernels, "add_reduce", tmp_path / "reduce", sig="int64(int64)")
    expected = sum(i * i - 3 * i for i in range(100000))
    for cpu in (None, "Nehalem"):
        r = run_on(cpu, prog, "100000")
        assert r.returncode == 0 and int(r.stdout) == expected, (cpu, r.stderr)
