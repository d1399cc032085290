"""The package's layout holds: the import contracts in pyproject.toml
(layers from the CLI down to the tree, no cycles) and the lint rules."""

import shutil
import subprocess
import sys
from pathlib import Path

from helpers import ROOT


def _tool(name: str) -> str:
    """The tool installed beside this interpreter (the test extra brings it)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name) or name


def test_import_contracts_hold():
    r = subprocess.run([_tool("lint-imports"), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 broken" in r.stdout


def test_ruff_is_clean():
    r = subprocess.run([_tool("ruff"), "check", "--no-cache", str(ROOT)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
