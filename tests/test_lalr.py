"""The table driver must parse exactly as lark does with the same grammar:
same trees, same tokens, same failures at the same places."""

from __future__ import annotations

import random

import pytest
from helpers import numba_samples
from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedToken

from asmsurgeon.asm import lalr, parser, shapes, tables
from asmsurgeon.fileio import decode


@pytest.fixture(scope="module")
def lark_parser():
    return Lark(tables.grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False)


@pytest.fixture(scope="module")
def tree_driver():
    """The driver with callbacks that build (rule, children) pairs, the
    same shape as lark's trees."""
    t = tables.load()
    names = {name for _, _, name, inline, _, _ in t["rules"] if not inline}
    return lalr.Driver(t, {n: (lambda name: lambda ctx, c: (name, c))(n) for n in names})


def from_lark(node):
    if isinstance(node, Tree):
        return (node.data, [from_lark(c) for c in node.children])
    assert isinstance(node, Token)
    return (node.type, node.start_pos, node.end_pos)


def from_driver(node, toks):
    if isinstance(node, int):
        return toks[node]
    name, children = node
    return (name, [from_driver(c, toks) for c in children])


def outcome_lark(lk, text):
    try:
        return from_lark(lk.parse(text))
    except UnexpectedCharacters as e:
        return ("chars", e.pos_in_stream)
    except UnexpectedToken as e:
        pos = len(text) if e.token.type == "$END" else e.token.start_pos
        return ("token", e.token.type, pos, {x for x in e.expected if x != "$END"})


def outcome_driver(driver, text):
    toks: list = []
    try:
        return from_driver(driver.parse(text, None, toks), toks)
    except lalr.UnexpectedCharacters as e:
        return ("chars", e.pos)
    except lalr.UnexpectedToken as e:
        return ("token", e.type, e.start, e.expected - {lalr.END})


def corpus(gcc_outputs) -> list[str]:
    lines: set[str] = set()
    for path in [*numba_samples(), *gcc_outputs]:
        for chunk in parser.split_lines(decode(path.read_bytes())):
            lines.add(chunk.rstrip("\r\n"))
    return sorted(lines)


def mutants(lines: list[str], count: int) -> list[str]:
    rng = random.Random(7)
    alphabet = list('%$()*,:;."#/{}@-+~!<>=&|^ \t0123456789abfxdeLrq_\x7f\\') + ["/*", "*/", "\udcff"]
    out = []
    for _ in range(count):
        s = list(rng.choice(lines))
        for _ in range(rng.randint(1, 3)):
            i = rng.randint(0, len(s))
            if s and rng.random() < 0.4:
                del s[min(i, len(s) - 1)]
            else:
                s.insert(i, rng.choice(alphabet))
        out.append("".join(s))
    return out


def test_driver_builds_lark_trees_on_real_lines(lark_parser, tree_driver, gcc_outputs):
    lines = corpus(gcc_outputs)
    assert len(lines) > 1000
    for text in lines:
        assert outcome_driver(tree_driver, text) == outcome_lark(lark_parser, text), text


def test_driver_fails_where_and_as_lark_does(lark_parser, tree_driver, gcc_outputs):
    bad = 0
    for text in mutants(corpus(gcc_outputs), 4000):
        want = outcome_lark(lark_parser, text)
        assert outcome_driver(tree_driver, text) == want, text
        bad += want[0] in ("chars", "token")
    assert bad > 1000  # the mutants do exercise the error paths


def test_parser_shapes_do_not_depend_on_cache_state(gcc_outputs):
    # The token-type trie must give the shapes a fresh full parse gives.
    texts = [decode(p.read_bytes()) for p in [*numba_samples(), *gcc_outputs]]
    warm = [[line.shape for line in parser.parse(t).lines] for t in texts]
    parser._line_cache.clear()
    parser._shape_cache.clear()
    shapes.clear()
    cold = [[line.shape for line in parser.parse(t).lines] for t in reversed(texts)]
    assert warm == list(reversed(cold))
