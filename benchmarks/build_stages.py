"""Where one `asmsurgeon build IN -o OUT` spends its time, stage by stage.

Run as a script (a fresh process, as the console script would be): it
wraps the pipeline's steps in asmsurgeon.build with timers, runs the CLI's
`main`, writes one JSON object of milliseconds per stage to the file
named last (or prints it), and exits as `asmsurgeon` does (cli.entry). Imports a
stage triggers lazily are counted in that stage. benchmarks/run.py runs it
repeatedly and adds the interpreter's own start-up and exit (the process's
wall time minus what this script measured).

    python benchmarks/build_stages.py samples/seed_six_numba049.asm /tmp/six [STAGES.json]
"""

from __future__ import annotations

import time

START = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

STAGES = {}


def timed(owner, name: str, stage) -> None:
    """Count calls of owner.name in `stage`: a name, or a function of the
    call's arguments giving one (None: not counted here)."""
    fn = getattr(owner, name)

    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            key = stage(*args, **kwargs) if callable(stage) else stage
            if key is not None:
                STAGES[key] = STAGES.get(key, 0.0) + time.perf_counter() - t

    setattr(owner, name, wrapper)


def _by_tool(**stages: str):
    """The stage of a call on a Running handle, or of Toolchain.start, by
    the tool it runs (`cc` for the link, `ar`, `as`)."""
    def stage(first, *args, **kwargs):
        tool = getattr(first, "tool", None) or (args[1] if len(args) > 1 else kwargs.get("tool"))
        return stages.get(tool)
    return stage


def main() -> int:
    src, out = sys.argv[1], sys.argv[2]
    t = time.perf_counter()
    from asmsurgeon import cli

    try:
        parser = cli.build_parser(["build"])
    except TypeError:  # asmsurgeon before 0.1's start-up work registered every command
        parser = cli.build_parser()
    args = parser.parse_args(["build", src, "-o", out, "--no-cache"])  # the whole pipeline, every time
    from asmsurgeon.passes.add_main import AddMain
    from asmsurgeon.pipeline import build
    from asmsurgeon.toolchain.tools import Toolchain

    try:
        from asmsurgeon.toolchain.tools import Running
    except ImportError:  # before the link overlapped the check
        Running = None

    STAGES["imports, argparse"] = time.perf_counter() - t
    # The steps build_executable calls, in order.
    for owner, name, stage in [
        (build, "load", "parse"),
        (build, "functions", "find functions"),
        (build, "surgery", "strip-wrapper passes"),
        (AddMain, "run", "add-main pass"),
        (build, "write_output", "print and write .s"),
        *([] if Running else [(Toolchain, "assemble", "as")]),
        (build, "check_object", "check the object"),
        (build, "_runtime", "find the runtime"),
        (build, "verify", "verify the output"),
        # Since the link overlaps the check, what is left of `as` and of the
        # link after the work done meanwhile (importing the check, checking).
        *([(Toolchain, "start", _by_tool(cc="start the link", ar="start the link")),
           (Running, "wait", _by_tool(**{"as": "as (waiting for it)", "cc": "link (left after the check)",
                                         "ar": "link (left after the check)"}))]
          if Running else [(Toolchain, "cc", "cc (link)")]),
    ]:
        timed(owner, name, stage)
    t = time.perf_counter()
    status = args.func(args)
    run = time.perf_counter() - t
    STAGES["rest of build"] = run - sum(v for k, v in STAGES.items() if k != "imports, argparse")
    STAGES["in process"] = time.perf_counter() - START
    import json

    text = json.dumps({k: v * 1000 for k, v in STAGES.items()})
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w") as f:
            f.write(text)
    else:
        print(text)
    return status


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    os._exit(status)
