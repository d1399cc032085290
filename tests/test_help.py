"""`--help`: examples first by the main job, prose wrapped to the terminal,
example lines kept as written, and add-main telling how to link its output."""

from __future__ import annotations

import os

import pytest
from helpers import run_cli

from asmsurgeon.cli import COMMANDS


def help_text(*args, columns=80) -> str:
    env = dict(os.environ, COLUMNS=str(columns))
    r = run_cli(*args, "--help", env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout.decode()


def examples(text: str) -> list[str]:
    return [line for line in text.split("examples:\n", 1)[1].splitlines() if line.startswith("  asmsurgeon ")]


def test_top_level_examples_start_with_build_from_python():
    first = examples(help_text())[0]
    assert first.startswith("  asmsurgeon build FILE.py:FUNC"), first


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("columns", [60, 100])
def test_prose_is_wrapped_to_the_terminal_and_examples_kept(command, columns):
    text = help_text(command, columns=columns)
    wide = help_text(command, columns=200)
    epilog = text.split("examples:\n", 1)[1]
    for line in epilog.splitlines():
        if not line.startswith(" "):  # prose: within the terminal's width
            assert len(line) <= columns, line
    # Example lines are never broken, whatever the width.
    assert examples(text) == examples(wide)
    assert examples(text)


def test_prose_paragraphs_are_refilled():
    narrow = help_text("add-main", columns=60).split("examples:\n", 1)[1]
    wide = help_text("add-main", columns=200).split("examples:\n", 1)[1]
    words = lambda t: [w for line in t.splitlines() if not line.startswith(" ") for w in line.split()]  # noqa: E731
    assert words(narrow) == words(wide)
    assert len(narrow.splitlines()) > len(wide.splitlines())


def test_add_main_help_explains_how_to_link_its_output():
    text = " ".join(help_text("add-main", columns=200).split())
    assert "libasmsurgeon-runtime.a" in text and "-lm" in text
    assert "asmsurgeon build IN -o prog" in text


def test_the_add_main_help_recipe_links(tmp_path):
    import subprocess

    from helpers import SAMPLES

    hypot = SAMPLES / "numba_hypot.asm"
    assert run_cli("add-main", hypot, "-o", tmp_path / "hypot.s").returncode == 0
    assert run_cli("build", hypot, "-o", tmp_path / "built").returncode == 0  # the runtime is compiled
    r = run_cli("build", hypot, "-v", "--no-cache", "-o", tmp_path / "built")
    assert r.returncode == 0, r.stderr
    (archive,) = {w for w in r.stderr.decode().split() if w.endswith("/libasmsurgeon-runtime.a")}
    subprocess.run(["cc", "-o", "hypot", "hypot.s", archive, "-lm"], cwd=tmp_path, check=True)
    out = subprocess.run(["./hypot", "3", "4"], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout == "5.0\n"
