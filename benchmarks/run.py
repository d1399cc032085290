"""Performance of asmsurgeon against the toolchain it feeds, in one run.

Every figure is a ratio to `as` (and `cc`) timed in the same run on the same
machine, so a busy or slow machine moves both sides. Three measurements:

1. `asmsurgeon rename BIG.s` vs `as -o /dev/null BIG.s`, BIG.s being GCC's
   -O2 output for SQLite's amalgamation (sqlite3.c, taken from the sdist of
   the sqlean.py package on PyPI), and rename's peak memory.
2. Start-up: `asmsurgeon build SEED -o OUT` (the installed console script,
   caches warm) vs `as` + `cc -shared` on the seed sample, best and median;
   beside it the build's own `as` and `cc` replayed, a bare interpreter,
   and where a build's time goes stage by stage (build_stages.py).
3. Scaling: rename on 0.1, 1, 3 and 10 MB of GCC's -O2 -g output for the
   same file (prefixes cut after a function), time and memory per MB.

Inputs are made in benchmarks/inputs/ (ignored by git) on first use. Run:

    python benchmarks/run.py            # everything
    python benchmarks/run.py --quick    # fewer repetitions
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "benchmarks" / "inputs"
WORK = ROOT / "benchmarks" / "work"
SEED = ROOT / "samples" / "seed_six_numba049.asm"
SDIST = "sqlean.py==3.50.4.5"  # ships sqlite/sqlite3.c, SQLite's amalgamation
SIZES_MB = (0.1, 1, 3, 10)
ASMSURGEON = [sys.executable, "-m", "asmsurgeon"]
GOALS = {"big_time": 10.0, "big_mem_mib": 200.0, "startup": 1.5}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# Runs one command and reports its wall time and peak RSS. It is a separate,
# small process because Linux carries the peak RSS of the memory a child was
# forked from into the child's ru_maxrss: spawned from this script, which
# holds megabytes of input, every command would seem to use that much.
_SPAWNER = """
import os, sys, time
t = time.perf_counter()
out = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ, file_actions=out)
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - t, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run(argv: list[str]) -> tuple[float, float]:
    """Run to completion; (wall seconds, peak RSS in MiB) of that process."""
    r = subprocess.run([sys.executable, "-S", "-c", _SPAWNER, *argv], capture_output=True, text=True)
    try:
        wall, rss, status = r.stdout.split()
    except ValueError:
        raise SystemExit(f"cannot run: {' '.join(argv)}\n{r.stderr}") from None
    if int(status) != 0:
        raise SystemExit(f"failed ({status}): {' '.join(argv)}\n{r.stderr}")
    return float(wall), int(rss) / 1024


def _walls(pipelines: dict[str, list[list[str]]], repeats: int) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Wall times of each pipeline's runs and its max peak RSS, the
    pipelines interleaved so that load on the machine hits them alike."""
    walls: dict[str, list[float]] = {k: [] for k in pipelines}
    peaks: dict[str, float] = {k: 0.0 for k in pipelines}
    for _ in range(repeats):
        for name, steps in pipelines.items():
            total = 0.0
            for argv in steps:
                wall, peak = run(argv)
                total += wall
                peaks[name] = max(peaks[name], peak)
            walls[name].append(total)
    return walls, peaks


def timed(pipelines: dict[str, list[list[str]]], repeats: int) -> dict[str, tuple[float, float]]:
    """Median wall time and max peak RSS of each pipeline."""
    walls, peaks = _walls(pipelines, repeats)
    return {k: (statistics.median(v), peaks[k]) for k, v in walls.items()}


def best_and_median(pipelines: dict[str, list[list[str]]], repeats: int) -> dict[str, tuple[float, float]]:
    """Best and median wall time of each pipeline: the best is what the
    work costs, the median what a busy machine adds."""
    walls, _ = _walls(pipelines, repeats)
    return {k: (min(v), statistics.median(v)) for k, v in walls.items()}


# ---------------------------------------------------------------- inputs

def amalgamation() -> Path:
    """sqlite3.c from the sqlean.py sdist, or a generated stand-in if PyPI
    cannot be reached."""
    target = INPUTS / "sqlite" / "sqlite3.c"
    if target.exists():
        return target
    INPUTS.mkdir(parents=True, exist_ok=True)
    dl = INPUTS / "sdist"
    log(f"fetching {SDIST} (sdist) for sqlite3.c ...")
    r = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        "-d", str(dl), SDIST], capture_output=True, text=True)
    tarballs = sorted(dl.glob("*.tar.gz")) if dl.exists() else []
    if r.returncode == 0 and tarballs:
        # sqlean's sqlite3.c includes headers beside it: take the directory.
        with tarfile.open(tarballs[0]) as tar:
            for m in tar.getmembers():
                parts = Path(m.name).parts
                if m.isfile() and len(parts) >= 3 and parts[1] == "sqlite":
                    dest = INPUTS.joinpath("sqlite", *parts[2:])
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with tar.extractfile(m) as src, open(dest, "wb") as dst:
                        shutil.copyfileobj(src, dst)
        if target.exists():
            return target
    log("could not get sqlite3.c; generating a large C file instead")
    generated = INPUTS / "generated.c"
    generated.write_text(generate_c(8000))
    return generated


def generate_c(functions: int) -> str:
    """A big single-file C library of varied functions: loops, switches
    (jump tables), strings, floating point, calls between functions."""
    out = ["#include <stddef.h>\n#include <string.h>\n#include <math.h>\n"]
    for i in range(functions):
        k = i % 5
        if k == 0:
            out.append(f"static const char *name_{i}(int c) {{ switch (c) {{ case 0: return \"zero{i}\"; "
                       f"case 1: return \"one{i}\"; case 2: return \"two\"; case 3: return \"three\"; "
                       f"case 4: return \"four{i}\"; case 5: return \"five\"; default: return \"many{i}\"; }} }}\n"
                       f"size_t label_len_{i}(int c) {{ return strlen(name_{i}(c)); }}\n")
        elif k == 1:
            out.append(f"double norm_{i}(const double *v, size_t n) {{ double s = {i}.0; "
                       f"for (size_t j = 0; j < n; j++) s += v[j] * v[j] / (j + {i % 7 + 1}); return sqrt(s); }}\n")
        elif k == 2:
            out.append(f"long mix_{i}(long a, long b) {{ long r = a ^ (b << {i % 13}); "
                       f"while (a > {i}) {{ a /= 3; r += a * {i % 97 + 3}; }} return r; }}\n")
        elif k == 3:
            out.append(f"struct s_{i} {{ int a; long b; char c[{i % 31 + 1}]; }};\n"
                       f"int fill_{i}(struct s_{i} *s, int x) {{ memset(s, 0, sizeof *s); s->a = x; "
                       f"s->b = (long)x * {i}; return s->a + (int)s->b; }}\n")
        else:
            out.append(f"int call_{i}(int x) {{ return (int)mix_{i - 2}(x, {i}) + (int)label_len_{i - 4}(x) "
                       f"+ (int)norm_{i - 3}((const double *)0, 0); }}\n")
    return "".join(out)


def compile_s(src: Path, out: Path, flags: list[str]) -> Path:
    if not out.exists() or out.stat().st_mtime < src.stat().st_mtime:
        log(f"cc -S {' '.join(flags)} {src.name} -> {out.name} ...")
        tmp = out.with_suffix(".tmp")
        subprocess.run([os.environ.get("CC", "cc"), "-S", *flags, "-o", str(tmp), str(src)], check=True)
        tmp.replace(out)
    return out


def prefix(src: Path, megabytes: float) -> Path:
    """The first `megabytes` of `src`, cut after the next `.size` line (the
    end of a function), so the prefix still assembles."""
    out = INPUTS / f"{src.stem}_{megabytes:g}MB.s"
    if not out.exists():
        data = src.read_bytes()
        i = data.find(b"\n\t.size\t", int(megabytes * 1e6))
        if i < 0:
            raise SystemExit(f"{src} is smaller than {megabytes} MB")
        out.write_bytes(data[: data.index(b"\n", i + 1) + 1])
    return out


def first_function(path: Path) -> str:
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            m = re.match(r"\s*\.type\s+([A-Za-z_.$][\w.$]*),\s*@function", line)
            if m:
                return m.group(1)
    raise SystemExit(f"no function in {path}")


# ---------------------------------------------------------------- measurements

def rename_cmd(src: Path, out: Path) -> list[str]:
    return [*ASMSURGEON, "rename", str(src), "--map", f"{first_function(src)}=renamed_by_bench", "-o", str(out)]


def big(src: Path, repeats: int) -> dict:
    out = WORK / "big.renamed.s"
    r = timed({"asmsurgeon": [rename_cmd(src, out)], "as": [["as", "-o", "/dev/null", str(src)]]}, repeats)
    size = src.stat().st_size
    with open(src, "rb") as f:
        lines = sum(1 for _ in f)
    return {"file": src.name, "mb": size / 1e6, "lines": lines, "asmsurgeon": r["asmsurgeon"][0],
            "as": r["as"][0], "ratio": r["asmsurgeon"][0] / r["as"][0], "peak_mib": r["asmsurgeon"][1]}


def console_script() -> list[str]:
    """The `asmsurgeon` command pip installed beside this interpreter (what
    a user runs), else `python -m asmsurgeon`."""
    script = Path(sys.executable).parent / "asmsurgeon"
    return [str(script)] if script.exists() else ASMSURGEON


def stage_breakdown(out: Path, repeats: int) -> dict[str, float]:
    """Median milliseconds per stage of `build` (benchmarks/build_stages.py),
    plus the interpreter's start-up and exit: the process's wall time minus
    what the script measured inside it."""
    runs: list[dict[str, float]] = []
    report = WORK / "stages.json"
    for _ in range(repeats):
        wall, _ = run([sys.executable, str(ROOT / "benchmarks" / "build_stages.py"), str(SEED), str(out), str(report)])
        stages = json.loads(report.read_text())
        stages["python start-up and exit"] = wall * 1000 - stages.pop("in process")
        runs.append(stages)
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def startup(repeats: int) -> dict:
    o, so, exe = WORK / "six.o", WORK / "six.so", WORK / "six"
    cc = os.environ.get("CC", "cc")
    floor = [["as", "-o", str(o), str(SEED)], [cc, "-shared", "-o", str(so), str(o)]]
    measured = [*console_script(), "build", str(SEED), "-o", str(exe)]
    subprocess.run(measured, check=True, capture_output=True)  # caches warm, this build cached
    pipelines = {
        "floor": floor,
        "measured": [measured],
        # A first build (nothing cached for this input): what every build
        # cost before the build cache, and what a changed input costs.
        "uncached": [[*measured, "--no-cache"]],
        "python": [[sys.executable, "-c", "pass"]],
        "python -S": [[sys.executable, "-S", "-c", "pass"]],
        # What the build's own toolchain steps cost: `as` on the stripped
        # source, and the link `build` runs (PIE, full RELRO, the runtime,
        # -lm), replayed.
        "tools": tools_commands(),
    }
    r = best_and_median(pipelines, repeats)
    f = r["floor"]
    return {"what": " ".join(["asmsurgeon", *measured[len(console_script()):]]).replace(str(ROOT) + "/", ""),
            "floor": f, "measured": r["measured"], "ratio": r["measured"][0] / f[0], "uncached": r["uncached"],
            "python": r["python"], "python_S": r["python -S"], "tools": r["tools"],
            "stages": stage_breakdown(exe, max(5, repeats // 3))}


def tools_commands() -> list[list[str]]:
    """The `as` and `cc` commands `build` runs for the seed (from `build -v
    --save-temps`), to replay on their own."""
    out = WORK / "six_tools"
    r = subprocess.run([*console_script(), "build", "-v", "--save-temps", str(SEED), "-o", str(out)],
                       capture_output=True, text=True, check=True)
    commands = [shlex.split(line[2:]) for line in r.stderr.splitlines() if line.startswith("+ ")]
    assemble = next(c for c in commands if "-o" in c and c[-1].endswith(".s"))
    link = [c for c in commands if "-o" in c and c is not assemble][-1]
    assemble[assemble.index("-o") + 1] = str(out) + ".o"
    link[link.index("-o") + 1] = str(WORK / "six_tools.relinked")
    return [assemble, link]


def scaling(src: Path, repeats: int) -> list[dict]:
    rows = []
    for mb in SIZES_MB:
        part = prefix(src, mb)
        r = timed({"asmsurgeon": [rename_cmd(part, WORK / "scaled.renamed.s")],
                   "as": [["as", "-o", "/dev/null", str(part)]]}, repeats)
        size = part.stat().st_size / 1e6
        with open(part, "rb") as f:
            lines = sum(1 for _ in f)
        rows.append({"mb": size, "lines": lines, "asmsurgeon": r["asmsurgeon"][0], "as": r["as"][0],
                     "peak_mib": r["asmsurgeon"][1]})
    return rows


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--only", choices=["big", "startup", "scaling"], action="append")
    args = ap.parse_args()
    only = set(args.only or ["big", "startup", "scaling"])
    WORK.mkdir(parents=True, exist_ok=True)
    c = amalgamation()
    # Bytecode, as pip compiles it when installing a wheel; without it (an
    # editable install under PYTHONDONTWRITEBYTECODE) every run would
    # compile asmsurgeon's sources first.
    import asmsurgeon

    subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.dirname(asmsurgeon.__file__)],
                   check=True, stdout=subprocess.DEVNULL)
    # One run first so the parser tables are cached and the files are in the page cache.
    subprocess.run(rename_cmd(SEED, WORK / "warm.s"), check=True, capture_output=True)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, as: "
          f"{subprocess.run(['as', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}")
    if "big" in only:
        b = big(compile_s(c, INPUTS / f"{c.stem}_O2.s", ["-O2"]), 3 if args.quick else 5)
        print(f"\n1. rename {b['file']} ({b['mb']:.1f} MB, {b['lines']} lines, GCC -O2), median of runs:")
        print(f"   asmsurgeon rename {b['asmsurgeon']:.2f} s, as {b['as']:.2f} s: "
              f"{b['ratio']:.1f}x as (goal <= {GOALS['big_time']:g}x: {verdict(b['ratio'] <= GOALS['big_time'])})")
        print(f"   peak memory {b['peak_mib']:.0f} MiB (goal <= {GOALS['big_mem_mib']:g} MiB: "
              f"{verdict(b['peak_mib'] <= GOALS['big_mem_mib'])})")
    if "startup" in only:
        s = startup(10 if args.quick else 30)
        ms = lambda pair: f"{pair[0] * 1000:6.1f} ms best, {pair[1] * 1000:6.1f} ms median"  # noqa: E731
        print(f"\n2. build on {SEED.name}, warm caches, best and median of runs (ratios of the best):")
        print(f"   toolchain floor: as + cc -shared         {ms(s['floor'])}")
        print(f"   {s['what']}, repeated (build cache hit)")
        print(f"                                            {ms(s['measured'])} = {s['ratio']:.2f}x floor "
              f"(goal <= {GOALS['startup']:g}x: {verdict(s['ratio'] <= GOALS['startup'])})")
        uncached = s["uncached"][0] / s["floor"][0]
        print("   the same with --no-cache (a first build: parse, passes, as, check, link, verify)")
        print(f"                                            {ms(s['uncached'])} = {uncached:.2f}x floor "
              f"(goal <= {GOALS['startup']:g}x: {verdict(uncached <= GOALS['startup'])})")
        print(f"   build's own as + cc (PIE, runtime, -lm)  {ms(s['tools'])} = "
              f"{s['tools'][0] / s['floor'][0]:.2f}x floor")
        print(f"   python -c pass                           {ms(s['python'])} = "
              f"{s['python'][0] / s['floor'][0]:.2f}x floor")
        print(f"   python -S -c pass                        {ms(s['python_S'])}")
        print("   where a first build's time goes (median ms per stage, benchmarks/build_stages.py):")
        stages = s["stages"]
        total = sum(stages.values())
        for name, value in sorted(stages.items(), key=lambda kv: -kv[1]):
            print(f"     {name:28s} {value:6.1f}  {100 * value / total:4.0f}%")
        print(f"     {'total':28s} {total:6.1f}")
    if "scaling" in only:
        rows = scaling(compile_s(c, INPUTS / f"{c.stem}_O2g.s", ["-O2", "-g"]), 2 if args.quick else 3)
        print(f"\n3. scaling: prefixes of GCC -O2 -g output for {c.name}, median of runs")
        print(f"   {'MB':>5} {'lines':>8} {'asmsurgeon s':>12} {'as s':>6} {'ratio':>6} {'s/MB':>6} "
              f"{'peak MiB':>8} {'MiB/MB':>7}")
        for r in rows:
            print(f"   {r['mb']:5.1f} {r['lines']:8d} {r['asmsurgeon']:12.2f} {r['as']:6.2f} "
                  f"{r['asmsurgeon'] / r['as']:6.1f} {r['asmsurgeon'] / r['mb']:6.2f} {r['peak_mib']:8.0f} "
                  f"{r['peak_mib'] / r['mb']:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
