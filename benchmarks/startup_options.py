"""How long a fresh process takes to be ready to parse one line, for each
way of getting a parser for grammars/gas.lark (the choice asmsurgeon made
is the last row). Each row runs in its own interpreter, median of runs:

    python benchmarks/startup_options.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

LINE = "\\tmovq %rax, 8(%rbx)"
GRAMMAR = "from asmsurgeon.asm.tables import grammar_text; g = grammar_text()\n"
LARK = "from lark import Lark\n"
OPTS = "parser='lalr', lexer='contextual', maybe_placeholders=False"

OPTIONS = {
    "python -c pass (the floor)": "pass",
    "lark: Lark(grammar) every run": GRAMMAR + LARK + f"Lark(g, {OPTS}).parse('{LINE}')",
    "lark: Lark(grammar, cache=FILE)": GRAMMAR + LARK + f"Lark(g, {OPTS}, cache=CACHE + '/lark.cache').parse('{LINE}')",
    "lark: Lark.load(FILE) of Lark.save": LARK + "Lark.load(open(CACHE + '/saved', 'rb')).parse('{LINE}')",
    "lark standalone module (generated)": f"import sys; sys.path.insert(0, CACHE); import gas_standalone as s; "
                                          f"s.Lark_StandAlone().parse('{LINE}')",
    "asmsurgeon: cached tables + lalr.Driver": "from asmsurgeon.asm import lalr, tables; t = tables.load(); "
                                               "d = lalr.Driver(t, {r[2]: (lambda c, k: k) for r in t['rules']}); "
                                               f"d.parse('{LINE}', None, [])",
    "asmsurgeon: import parser, parse_line": f"from asmsurgeon.asm import parser; parser.parse_line('{LINE}\\n')",
}


def prepare(cache: str) -> None:
    code = (GRAMMAR + LARK + f"Lark(g, {OPTS}, cache={cache!r} + '/lark.cache')\n"
            f"Lark(g, {OPTS}).save(open({cache!r} + '/saved', 'wb'))\n"
            "from asmsurgeon.asm import parser; parser.parse_line('nop\\n')\n")
    subprocess.run([sys.executable, "-c", code], check=True)
    from asmsurgeon.asm.tables import grammar_text

    grammar = os.path.join(cache, "gas.lark")
    with open(grammar, "w") as f:
        f.write(grammar_text())
    with open(os.path.join(cache, "gas_standalone.py"), "w") as f:
        subprocess.run([sys.executable, "-m", "lark.tools.standalone", grammar], check=True, stdout=f)
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {cache!r}); import gas_standalone"],
                   check=True)  # writes its .pyc


def main(repeats: int = 15) -> None:
    with tempfile.TemporaryDirectory() as cache:
        prepare(cache)
        times: dict[str, list[float]] = {k: [] for k in OPTIONS}
        for _ in range(repeats):
            for name, body in OPTIONS.items():
                code = f"CACHE = {cache!r}\n" + body.replace("{LINE}", LINE)
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-c", code], check=True)
                times[name].append(time.perf_counter() - t0)
        for name, ts in times.items():
            print(f"{name:42s} {statistics.median(ts) * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
