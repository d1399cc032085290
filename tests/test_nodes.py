"""The node classes are frozen, slotted dataclasses: immutable, compared and
hashed by value, with no per-instance dict."""
from __future__ import annotations

import dataclasses

import pytest

from asmsurgeon.asm.nodes import (
    Directive,
    Instruction,
    Label,
    Leaf,
    Line,
    Module,
    Node,
    Operand,
    Shape,
    Span,
    StmtShape,
)
from asmsurgeon.asm.parser import make_line, parse

LINE = "\tmovq\t%rdi, 8(%rsp)  # save\n"


def test_frozen_and_slotted():
    line = make_line(LINE)
    values = [Leaf("sym", "x"), Span("sym", 0, 1), StmtShape("label", 0, 1, 0), line.shape, line,
              line.statements[0], line.statements[0].operands[0], Module((line,), "a.s"),
              Label((), Leaf("symdef", "f")), Directive((), ".text")]
    for v in values:
        for name in type(v).__match_args__:
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(v, name, None)
            with pytest.raises(dataclasses.FrozenInstanceError):
                delattr(v, name)
        assert not hasattr(v, "__dict__")


def test_equality_and_hashing_by_value_within_a_class():
    assert Leaf("sym", "x") == Leaf("sym", "x") and hash(Leaf("sym", "x")) == hash(Leaf("sym", "x"))
    assert Leaf("sym", "x") != Leaf("sym", "y") and Leaf("sym", "x") != Leaf("symdef", "x")
    assert Span("sym", 0, 1) != Leaf("sym", "x")
    assert Node((Leaf("ws", " "),)) != Operand((Leaf("ws", " "),))  # same fields, other class
    assert Operand((), "memory") != Operand((), "register")
    assert Instruction((), "ret") == Instruction((), "ret", ())
    a, b = make_line(LINE), parse(LINE, "x.s").lines[0]
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    # A Line is its text: the shape and the built nodes take no part.
    assert Line(LINE, a.shape) == Line(LINE, Shape((), (), ()))
    assert Module((a,), "a.s") == Module((b,), "a.s") != Module((a,), "b.s")
    assert Module((a,)).path == "<stdin>"


def test_repr_and_match_args():
    assert repr(Leaf("sym", "x")) == "Leaf(kind='sym', text='x')"
    assert repr(StmtShape("label", 0, 1, 0)) == "StmtShape(kind='label', first=0, stop=1, head=0, groups=())"
    assert repr(make_line("ret\n")) == "Line(text='ret\\n')"
    assert repr(Label((), Leaf("symdef", "f"))) == "Label(leaves=(), name_leaf=Leaf(kind='symdef', text='f'))"
    assert Instruction.__match_args__ == ("leaves", "mnemonic", "prefixes")
    assert Line.__match_args__ == ("text", "shape", "_built_nodes")
    match Leaf("sym", "x"):
        case Leaf(kind, text):
            assert (kind, text) == ("sym", "x")


def test_keyword_construction_and_defaults():
    assert Span(kind="sym", start=1, end=2) == Span("sym", 1, 2)
    assert Label(leaves=()).name_leaf == Leaf("symdef", "")
    assert Directive(()).name == "" and Operand(()).kind == "" and Instruction(()).prefixes == ()
    line = make_line(LINE)
    assert line.statements[0].mnemonic == "movq"
    assert line.statements[0].operands[1].kind == "memory"
