"""Compiling one Python function for several CPUs.

Numba reads its target CPU (NUMBA_CPU_NAME, NUMBA_CPU_FEATURES) once, when
it is imported, so a target other than the running process's own is
compiled in a child interpreter with those variables set (`python -m
asmsurgeon.frontend.targets`), which hands its overloads back as JSON.
`host` is compiled here unless this process was itself started for
another CPU.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import asdict

from ..errors import AsmError, UsageError
from ..numba_abi.environment import EnvConstant
from ..numba_abi.excinfo import ExceptionText
from .compiler import CompiledSignature

LEVELS = ("x86-64-v2", "x86-64-v3", "x86-64-v4")
_NAME = re.compile(r"[a-z][a-z0-9_.-]*\Z")
# What `build FILE.py:FUNC` makes without --cpu: runs everywhere, full
# speed here.
DEFAULT = ("generic", "host")


def parse_cpu(text: str) -> list[str]:
    """`generic,x86-64-v3,host` -> its targets, in order, each once."""
    targets = [t.strip().lower() for t in text.split(",")]
    for t in targets:
        if not _NAME.match(t):
            raise UsageError(f"--cpu {text!r}: {t!r} is not a CPU name (host, generic, x86-64-v2..v4, "
                             "or an LLVM CPU such as skylake-avx512)")
    if len(set(targets)) != len(targets):
        raise UsageError(f"--cpu {text!r}: a target is named twice")
    return targets


def target_env(target: str) -> dict[str, str]:
    """The environment Numba compiles for `target` under. An empty feature
    string stops Numba adding the host's features to a named CPU."""
    env = {k: v for k, v in os.environ.items() if k not in ("NUMBA_CPU_NAME", "NUMBA_CPU_FEATURES")}
    # The child imports this very asmsurgeon, wherever it was imported from.
    package_parent = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
    if target != "host":
        env.update(NUMBA_CPU_NAME=target, NUMBA_CPU_FEATURES="")
    return env


def _here_is_host() -> bool:
    return "NUMBA_CPU_NAME" not in os.environ and "NUMBA_CPU_FEATURES" not in os.environ


def compile_for(target: str, specs: Sequence[str], sigs: Sequence[str]) -> list[CompiledSignature]:
    """Every spec's overloads compiled for `target`."""
    return compile_all([target], specs, sigs)[target]


def compile_all(targets: Sequence[str], specs: Sequence[str], sigs: Sequence[str]) -> dict[str, list[CompiledSignature]]:
    """compile_for each target; the child interpreters run while this one
    compiles `host`, so a default (generic + host) build waits for one
    compile, not two."""
    request = json.dumps({"specs": list(specs), "sigs": list(sigs)})
    children = {t: subprocess.Popen([sys.executable, "-m", "asmsurgeon.frontend.targets", request], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=target_env(t))
                for t in targets if t != "host" or not _here_is_host()}
    try:
        out = {}
        if len(children) < len(targets):
            from .compiler import compile_spec

            out["host"] = [c for spec in specs for c in compile_spec(spec, sigs)]
        for t, child in children.items():
            out[t] = _answer(t, *child.communicate())
        return {t: out[t] for t in targets}
    finally:
        for child in children.values():
            if child.poll() is None:
                child.kill()
                child.wait()


def _answer(target: str, stdout: bytes, stderr: bytes) -> list[CompiledSignature]:
    if b"is not a recognized processor" in stderr:  # LLVM would quietly use generic
        raise UsageError(f"--cpu {target}: LLVM knows no such CPU (see `llc -mcpu=help`)")
    try:
        answer = json.loads(stdout.decode("utf-8").splitlines()[-1])
    except (IndexError, ValueError):
        raise AsmError(f"error: compiling for --cpu {target} failed:\n"
                       + stderr.decode("utf-8", "backslashreplace")) from None
    if "error" in answer:
        error = AsmError(answer["error"])
        error.exit_status = answer["status"]
        raise error
    return [CompiledSignature(**{**c, "params": tuple(c["params"]),
                                 "exceptions": {k: ExceptionText(**v) for k, v in c["exceptions"].items()},
                                 "environments": {e: tuple(EnvConstant(**k) for k in consts)
                                                  for e, consts in c["environments"].items()}})
            for c in answer["compiled"]]


def _child(request: str) -> int:
    from .compiler import compile_spec

    r = json.loads(request)
    out = sys.stdout
    sys.stdout = sys.stderr  # module-level prints must not corrupt the answer
    try:
        compiled = [asdict(c) for spec in r["specs"] for c in compile_spec(spec, r["sigs"])]
        answer = {"compiled": compiled}
    except AsmError as e:
        answer = {"error": e.render(), "status": e.exit_status}
    out.write("\n" + json.dumps(answer) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
