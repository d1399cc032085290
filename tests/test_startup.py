"""Start-up is most of a short run: what a warm `build` and the CLI
import, and the CLI registering only the command it runs."""

from __future__ import annotations

import subprocess
import sys

from helpers import SAMPLES, run_cli

from asmsurgeon.cli import COMMANDS

HEAVY = ("lark", "numba", "elftools", "cxxfilt")


def imported_after(code: str, env=None) -> tuple[str, list[str]]:
    prog = f"import sys\n{code}\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    *out, last = r.stdout.splitlines()
    return "\n".join(out), eval(last)


def test_command_modules_import_nothing_heavy():
    # Every command's module, as `asmsurgeon --help` registers them all.
    _, heavy = imported_after("from asmsurgeon.cli import build_parser; build_parser()")
    assert heavy == []


def test_warm_build_imports_only_pyelftools(tmp_path):
    out = tmp_path / "six"
    assert run_cli("build", SAMPLES / "seed_six_numba049.asm", "-o", out).returncode == 0  # warms the caches
    code = (f"from asmsurgeon.cli import main\n"
            f"print(main(['build', {str(SAMPLES / 'seed_six_numba049.asm')!r}, '-o', {str(out)!r}, '--no-cache']))")
    printed, heavy = imported_after(code)
    # pyelftools reads the object before linking and the result after: the
    # check the design asks for, paid for at start-up.
    assert (printed, heavy) == ("0", ["elftools"])
    assert subprocess.run([str(out)], capture_output=True, text=True).stdout == "6\n"


def test_every_command_is_listed_whatever_is_run():
    top = run_cli("--help")
    assert top.returncode == 0
    assert all(c in top.stdout.decode() for c in COMMANDS)
    wrong = run_cli("no-such-command")
    assert wrong.returncode == 2 and all(c in wrong.stderr.decode() for c in COMMANDS)
    sub = run_cli("build", "--help")
    assert sub.returncode == 0 and b"usage: asmsurgeon build" in sub.stdout
    bad = run_cli("build")
    assert bad.returncode == 2 and b"usage: asmsurgeon build" in bad.stderr


def test_entry_exits_early_only_when_nothing_waits_for_exit(tmp_path):
    seed = str(SAMPLES / "seed_six_numba049.asm")
    code = ("import atexit, sys\n"
            "{register}"
            f"sys.argv = ['asmsurgeon', 'rename', {seed!r}, '--map', 'cfunc._ZN8__main__7six$241E=six']\n"
            "from asmsurgeon.cli import entry\n"
            "entry()\n")
    plain = subprocess.run([sys.executable, "-c", code.format(register="")], capture_output=True, text=True)
    assert plain.returncode == 0 and plain.stdout.endswith((SAMPLES / "seed_six_numba049.asm").read_text()[-20:])
    assert "\nsix:\n" in plain.stdout
    hooked = subprocess.run([sys.executable, "-c", code.format(register="atexit.register(print, 'atexit ran')\n")],
                            capture_output=True, text=True)
    assert hooked.returncode == 0 and hooked.stdout == plain.stdout + "atexit ran\n"
    failed = run_cli("rename", tmp_path / "missing.s")
    assert failed.returncode == 2 and b"missing.s" in failed.stderr
