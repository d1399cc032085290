"""Every runtime symbol Numba-generated code can reference, and what the
standalone runtime does with it: the data file runtime/inventory.tsv, read
once. `check` and `build` refuse what is not provided; the refusal quotes
the reason and the Python feature from here, so a user learns which line of
their code to change rather than a symbol name.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import NamedTuple

PROVIDED, REFUSED, IGNORED = "provided", "refused", "ignored"


class Entry(NamedTuple):
    symbol: str
    status: str
    where: str  # the C file providing it, or the reason it is refused
    feature: str  # the Python feature that makes Numba reference it ("" when no one feature does)


def path() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "runtime", "inventory.tsv")


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    with open(path(), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                symbol, status, where, feature = line.rstrip("\n").split("\t")
                out[symbol] = Entry(symbol, status, where, feature)
    return out


def provided() -> frozenset[str]:
    return frozenset(s for s, e in entries().items() if e.status == PROVIDED)


def provided_by(source: str) -> frozenset[str]:
    """The symbols the C file `source` (e.g. "nrt.c") defines."""
    return frozenset(s for s, e in entries().items() if e.status == PROVIDED and e.where == source)


def refusal(symbol: str) -> str | None:
    """Why the standalone runtime refuses `symbol`, with the feature it
    comes from, or None when the inventory does not refuse it."""
    e = entries().get(symbol)
    if e is None or e.status == PROVIDED:
        return None
    return f"{e.where} ({e.feature})" if e.feature else e.where
