"""The wheel must carry the grammar: build it, unpack it, parse with it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from helpers import ROOT, SAMPLES


def test_wheel_ships_grammar_and_parses_with_it(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel, = (tmp_path / "dist").glob("asmsurgeon-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        assert "asmsurgeon/grammars/gas.lark" in names
        from asmsurgeon.toolchain.runtime import source_files

        assert "dict.h" in source_files()  # the headers ship with the sources
        assert {f"asmsurgeon/runtime/{name}" for name in source_files()} <= set(names)
        z.extractall(tmp_path / "unpacked")
    code = ("import asmsurgeon, sys; from asmsurgeon.asm import parser; "
            "m = parser.parse_file(sys.argv[1]); print(asmsurgeon.__file__); print(len(m.lines))")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "unpacked")}
    r = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "seed_six_numba049.asm")],
                       capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    where, count = r.stdout.split()
    assert where.startswith(str(tmp_path / "unpacked"))
    assert int(count) == 81


def test_source_checkout_finds_the_grammar(tmp_path):
    # `python -m pytest` in a fresh clone with a non-editable install puts
    # the checkout's asmsurgeon/ first on sys.path; it has no grammars
    # subpackage (that exists only in the wheel), which made every parse
    # fail with "No module named 'asmsurgeon.grammars'" in CI.
    import shutil

    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "asmsurgeon", checkout / "asmsurgeon", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "grammars", checkout / "grammars", ignore=shutil.ignore_patterns("__pycache__"))
    code = ("import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]; "
            f"sys.path.insert(0, {str(checkout)!r}); "
            "import asmsurgeon; from asmsurgeon.asm import parser; "
            "assert asmsurgeon.__file__.startswith(sys.path[0]), asmsurgeon.__file__; "
            "print(len(parser.parse_file(sys.argv[1]).lines))")
    r = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "seed_six_numba049.asm")],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["81"]
