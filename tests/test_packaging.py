"""The wheel must carry the grammar: build it, unpack it, parse with it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from conftest import ROOT, SAMPLES


def test_wheel_ships_grammar_and_parses_with_it(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel, = (tmp_path / "dist").glob("asmsurgeon-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        assert "asmsurgeon/grammars/gas.lark" in names
        from asmsurgeon.runtime import SOURCES

        assert {f"asmsurgeon/runtime/{name}" for name in SOURCES} <= set(names)
        z.extractall(tmp_path / "unpacked")
    code = ("import asmsurgeon, sys; from asmsurgeon import parser; "
            "m = parser.parse_file(sys.argv[1]); print(asmsurgeon.__file__); print(len(m.lines))")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "unpacked")}
    r = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "seed_six_numba049.asm")],
                       capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    where, count = r.stdout.split()
    assert where.startswith(str(tmp_path / "unpacked"))
    assert int(count) == 81
