"""Every example in README.md and docs/ runs, from a fresh copy of
samples/, and prints what the page shows (see docrunner.py)."""

from __future__ import annotations

import subprocess

import pytest
from docrunner import blocks, commands, environment, matches, run_page, workspace
from helpers import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_page_examples_run_as_shown(page, tmp_path):
    work = workspace(ROOT, tmp_path / "clone")
    subprocess.run(["git", "init", "-q"], cwd=work, check=True)
    subprocess.run(["git", "add", "-A"], cwd=work, check=True)
    failures = run_page(page, work, environment(str(tmp_path / "cache")))
    assert not failures, "\n\n".join(failures)
    # Following the page leaves nothing .gitignore does not cover.
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=work,
                            capture_output=True, text=True, check=True).stdout
    untracked = [line for line in status.splitlines() if line.startswith("??")]
    assert not untracked, f"{page.name} leaves untracked files:\n" + "\n".join(untracked)


def test_every_page_has_a_run_example():
    for page in PAGES:
        assert any(b.lang in ("console", "python") for b in blocks(page.read_text())), page


def test_docs_are_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text()
    for page in PAGES[1:]:
        assert f"docs/{page.name}" in readme, page.name


def test_the_runner_reads_commands_and_patterns():
    (block,) = blocks("```console\n$ echo a \\\n  b\na b\n$ cat <<'EOF'\nx\nEOF\nx\n```\n")
    cmds = commands(block)
    assert [c.text for c in cmds] == ["echo a \\\n  b", "cat <<'EOF'\nx\nEOF"]
    assert cmds[0].expected == ["a b"] and cmds[1].expected == ["x"]
    assert matches(["a", "...", "z [...] end"], ["a", "b", "c", "z 0x1234 end"])
    assert matches(["..."], []) and not matches(["a"], ["b"]) and not matches(["a"], ["a", "b"])


def test_the_readme_set_up_command_works(tmp_path):
    """The first set-up command, after its `pip install .` (the package is
    installed here already), in a fresh copy, prints what the README says."""
    import re

    readme = (ROOT / "README.md").read_text()
    first, second = [b for b in blocks(readme) if b.lang == "sh"][:2]
    (command,) = first.body
    assert command.startswith("pip install . && ")
    said = re.search(r"It prints `([^`]*)`", readme).group(1)
    work = workspace(ROOT, tmp_path / "clone")
    r = subprocess.run(command.removeprefix("pip install . && "), shell=True, cwd=work, capture_output=True,
                       text=True, env=environment(str(tmp_path / "cache")))
    assert (r.returncode, r.stdout) == (0, said + "\n"), r.stderr
    assert second.body == ["pip install '.[test]' && python -m pytest -q"]
