"""Run the examples in README.md and docs/*.md the way a reader pastes them.

A page's ```console and ```python blocks are one shell session, in order,
in a scratch copy of the repository's samples/ (so `cd` in one block holds in the next,
as in a terminal). Each `$ ` line is a command (continued by a trailing
backslash, or by a here-document up to its end word); the lines after it,
up to the next command, are what it prints, stdout and stderr together.
In the expected text, a line `...` stands for any number of lines, and
`[...]` within a line for any text (addresses, digests, temporary paths).
A ```python block runs where it stands, in a fresh interpreter, and must
print nothing and exit 0 (it asserts what it shows). Blocks of any other language
(```sh for the set-up commands, ```c for code shown) are not run here.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

FENCE = re.compile(r"^```(\w*)\s*$")
HEREDOC = re.compile(r"<<-?\s*(['\"]?)(\w+)\1")
MARK = "\x1easmsurgeon-doc-example {}\x1e"


@dataclass
class Command:
    line: int  # 1-based line of the `$ ` in the page
    text: str
    expected: list[str] = field(default_factory=list)


@dataclass
class Block:
    lang: str
    line: int
    body: list[str]


def blocks(text: str) -> list[Block]:
    out, lang, start, body = [], None, 0, []
    for n, line in enumerate(text.splitlines(), 1):
        m = FENCE.match(line)
        if lang is None and m:
            lang, start, body = m.group(1), n, []
        elif lang is not None and line.strip() == "```":
            out.append(Block(lang, start, body))
            lang = None
        elif lang is not None:
            body.append(line)
    if lang is not None:
        raise ValueError(f"line {start}: unterminated code block")
    return out


def commands(block: Block) -> list[Command]:
    cmds: list[Command] = []
    lines = block.body
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("$ "):
            cmd = Command(block.line + 1 + i, line[2:])
            while cmd.text.endswith("\\") and i + 1 < len(lines):
                i += 1
                cmd.text += "\n" + lines[i]
            doc = HEREDOC.search(cmd.text)
            if doc:
                end = doc.group(2)
                while i + 1 < len(lines):
                    i += 1
                    cmd.text += "\n" + lines[i]
                    if lines[i] == end:
                        break
            cmds.append(cmd)
        elif cmds:
            cmds[-1].expected.append(line)
        elif line.strip():
            raise ValueError(f"line {block.line + 1 + i}: console block text before any `$ ` command")
        i += 1
    if not cmds:
        raise ValueError(f"line {block.line}: console block without a `$ ` command")
    return cmds


def matches(expected: list[str], actual: list[str]) -> bool:
    """`...` lines match any run of lines; `[...]` any text within a line."""
    def line_ok(e: str, a: str) -> bool:
        pattern = ".*".join(re.escape(part) for part in e.rstrip().split("[...]"))
        return re.fullmatch(pattern, a.rstrip()) is not None

    def go(i: int, j: int) -> bool:
        if i == len(expected):
            return j == len(actual)
        if expected[i].strip() == "...":
            return any(go(i + 1, k) for k in range(j, len(actual) + 1))
        return j < len(actual) and line_ok(expected[i], actual[j]) and go(i + 1, j + 1)

    while expected and not expected[-1].strip():
        expected = expected[:-1]
    while actual and not actual[-1].strip():
        actual = actual[:-1]
    return go(0, 0)


def workspace(root: Path, into: Path) -> Path:
    """A scratch directory standing for a fresh clone: samples/ and .gitignore."""
    into.mkdir(parents=True, exist_ok=True)
    shutil.copytree(root / "samples", into / "samples", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(root / ".gitignore", into / ".gitignore")
    return into


def environment(cache: str) -> dict:
    env = {**os.environ, "ASMSURGEON_CACHE_DIR": cache, "COLUMNS": "100", "LC_ALL": "C.UTF-8"}
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env.pop("ASMSURGEON_NO_CACHE", None)
    return env


def run_page(page: Path, work: Path, env: dict, record: dict | None = None) -> list[str]:
    """Run every example of `page` in `work`; the list of failures (empty:
    all passed). `record`, if given, receives each command's output by line."""
    failures: list[str] = []
    script, cmds = ["exec 2>&1"], []
    for block in blocks(page.read_text()):
        if block.lang == "console":
            block_cmds = commands(block)
        elif block.lang == "python":
            # In the session, in order: a python block runs where it stands.
            source = work.parent / "doc-examples" / f"{page.stem}-{block.line}.py"
            source.parent.mkdir(exist_ok=True)
            source.write_text("\n".join(block.body) + "\n")
            run = f"{shlex.quote(sys.executable)} {shlex.quote(str(source))}"
            block_cmds = [Command(block.line, f'{run} || echo "python block exited $?"')]
        else:
            continue
        for cmd in block_cmds:
            script.append(f"printf '\\n{MARK.format(len(cmds))}\\n'")
            script.append(cmd.text)
            cmds.append(cmd)
    if not cmds:
        return failures
    r = subprocess.run(["bash", "--noprofile", "--norc"], input="\n".join(script) + "\n", cwd=work, env=env,
                       capture_output=True, text=True, timeout=1800)
    parts = re.split(r"\n\x1easmsurgeon-doc-example (\d+)\x1e\n", r.stdout)
    got = {int(parts[k]): parts[k + 1] for k in range(1, len(parts) - 1, 2)}
    for n, cmd in enumerate(cmds):
        actual = got.get(n)
        if record is not None and actual is not None:
            record[cmd.line] = actual
        if actual is None:
            failures.append(f"{page.name}:{cmd.line}: `{cmd.text}` never ran (the session ended before it)")
        elif not matches(cmd.expected, actual.splitlines()):
            failures.append(f"{page.name}:{cmd.line}: `{cmd.text}`\n--- expected\n" + "\n".join(cmd.expected)
                            + "\n--- got\n" + actual)
    return failures


def rewrite(page: Path, outputs: dict[int, str]) -> str:
    """The page with each console block's expected output replaced by what
    the commands printed (for writing docs: review the result, then put
    `[...]` and `...` where the output varies)."""
    lines = page.read_text().splitlines()
    out: list[str] = []
    cmd_at = {}
    for block in blocks(page.read_text()):
        if block.lang == "console":
            for cmd in commands(block):
                cmd_at[cmd.line] = cmd
    i = 0
    in_console = False
    while i < len(lines):
        line = lines[i]
        n = i + 1
        if FENCE.match(line) and not in_console and FENCE.match(line).group(1) == "console":
            in_console = True
            out.append(line)
        elif in_console and line.strip() == "```":
            in_console = False
            out.append(line)
        elif in_console and n in cmd_at:
            cmd = cmd_at[n]
            out.extend(("$ " + cmd.text).splitlines())
            i += len(cmd.text.splitlines()) - 1
            out.extend(outputs.get(n, "").rstrip("\n").splitlines() if outputs.get(n, "").strip() else [])
        elif in_console:
            pass  # old expected output
        else:
            out.append(line)
        i += 1
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # python tests/docrunner.py --record PAGE...: fill in outputs
    import tempfile

    root = Path(__file__).resolve().parent.parent
    for name in sys.argv[2:] if sys.argv[1:2] == ["--record"] else []:
        page = Path(name)
        with tempfile.TemporaryDirectory() as tmp:
            work = workspace(root, Path(tmp) / "clone")
            got: dict[int, str] = {}
            for failure in run_page(page, work, environment(str(Path(tmp) / "cache")), got):
                print(failure.splitlines()[0], file=sys.stderr)
            page.write_text(rewrite(page, got))
