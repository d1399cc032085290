"""The strip-wrapper passes one at a time, on small hand-written inputs."""

from __future__ import annotations

from helpers import SAMPLES, assemble

from asmsurgeon.asm.parser import parse
from asmsurgeon.passes.blocks import prune_dead_blocks
from asmsurgeon.passes.errorpath import find_error_branch
from asmsurgeon.passes.manager import Context
from asmsurgeon.passes.modules import MergeModules, split_modules
from asmsurgeon.passes.pic import PositionIndependent


def lines(text):
    return list(parse(text).lines)


def test_prune_keeps_reachable_blocks_and_cfi():
    body = lines("""\
\tjne\t.LBB0_2
.LBB0_1:
\tretq
\t.cfi_def_cfa_offset 8
.LBB0_3:
\tcallq\tPyErr_Clear
\t.cfi_def_cfa_offset 64
.LBB0_2:
\tjmp\t.LBB0_1
.Lfunc_end0:
\t.size\tf, .Lfunc_end0-f
""")
    out, dropped = prune_dead_blocks(body, set())
    text = "".join(line.text for line in out)
    assert "PyErr_Clear" not in text and ".LBB0_3" not in text
    assert "\t.cfi_def_cfa_offset 64\n" in text and ".LBB0_2:" in text and ".Lfunc_end0:" in text
    assert dropped == {"PyErr_Clear"}
    # A label named from outside the function (a jump table) stays.
    out, _ = prune_dead_blocks(body, {".LBB0_3"})
    assert "PyErr_Clear" in "".join(line.text for line in out)


def test_error_branch_follows_stack_adjustments():
    body = lines("""\
\tsubq\t$16, %rsp
\tmovabsq\t$core, %rcx
\tleaq\t32(%rsp), %rsi
\tpushq\t%r9
\tpushq\t%rax
\tcallq\t*%rcx
\taddq\t$32, %rsp
\ttestl\t%eax, %eax
\tjne\t.LBB2_1
""")
    site = find_error_branch(body, {"core"})
    assert (site.slot, site.status, site.target, site.error_is_target) == ("16(%rsp)", "%eax", ".LBB2_1", True)
    assert find_error_branch(body, {"other"}) is None


def test_split_and_merge_modules_assemble(tmp_path):
    module = parse((SAMPLES / "numba_add.asm").read_text())
    assert len(split_modules(module.lines)) == 2
    merged = MergeModules().run(module, Context())
    assert ".const.add.m1:" in merged.text and ".Lfunc_end0.m1:" in merged.text
    src = tmp_path / "add.s"
    src.write_text(merged.text)
    assemble(src)


def test_identical_weak_definitions_merge_once():
    text = (SAMPLES / "numba_arange_sum.asm").read_text()
    merged = MergeModules().run(parse(text + text), Context())
    assert merged.text.count("\nNRT_decref:") == 1


def test_pic_rewrites_loads_and_moves_pointer_data():
    module = parse("""\
\t.section\t.ltext,"axl",@progbits
\t.globl\tf
f:
\tmovabsq\t$.Lc, %rax
\tmovabsq\t$ext, %rcx
\tmovabsq\t$ext+8, %rdx
\tmovabsq\t$-5, %rsi
\t.section\t.lrodata,"al",@progbits
.Lc:
\t.quad\tf
""")
    out = PositionIndependent().run(module, Context()).text
    assert "leaq\t.Lc(%rip), %rax" in out
    assert "movq\text@GOTPCREL(%rip), %rcx" in out
    assert "movq\text@GOTPCREL(%rip), %rdx\n\tleaq\t8(%rdx), %rdx" in out
    assert "movabsq\t$-5, %rsi" in out
    assert '.section\t.data.rel.ro,"aw",@progbits' in out and '.section\t.text,"ax",@progbits' in out


WRAPPER_JE = """\
\t.text
\t.globl\t_ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
\t.type\t_ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
\tmovq\t$1, (%rdi)
\txorl\t%eax, %eax
\tretq
\t.globl\tcfunc._ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
\t.type\tcfunc._ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
cfunc._ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
\tsubq\t$24, %rsp
\tleaq\t8(%rsp), %rsi
\tmovq\t%rsp, %rdi
\tcallq\t_ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
\ttestl\t%eax, %eax
\tje\t.LBB1_2
\tcallq\tPyErr_Clear
\tmovq\t$0, (%rsp)
.LBB1_2:
\tmovq\t(%rsp), %rax
\taddq\t$24, %rsp
\tretq
.Lfunc_end1:
\t.size\tcfunc._ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end1-cfunc._ZN8__main__1fB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
"""


def test_error_hook_on_fall_through_error_path(tmp_path):
    from asmsurgeon.passes.pipelines import strip_wrapper

    out = strip_wrapper(WRAPPER_JE, keep_absolute=True)
    assert "PyErr_Clear" not in out
    assert "\tje\t.LBB1_2\n\tmovl\t%eax, %esi\n\tmovq\t8(%rsp), %rdi\n\tcallq\tasmsurgeon_raise@PLT\n" in out
    assert "\tjmp\t.LBB1_2\n.LBB1_2:" in out
    src = tmp_path / "f.s"
    src.write_text(out)
    assemble(src)


def test_unrecognised_python_use_is_reported():
    from asmsurgeon.passes.manager import Context
    from asmsurgeon.passes.pipelines import strip_module

    text = WRAPPER_JE.replace("\ttestl\t%eax, %eax\n\tje\t.LBB1_2\n", "\tcallq\tPyGILState_Ensure\n")
    ctx = Context()
    strip_module(parse(text), ctx)
    assert any("still refers to Python: PyErr_Clear, PyGILState_Ensure" in n for n in ctx.notes)


def test_pic_rewrite_keeps_comments_and_line_endings():
    text = "f:\r\n\tmovabsq\t$f, %rax # local\r\n\tmovabsq\t$ext+8, %rcx\r\n\tmovabsq\t$ext, %rdx"
    out = PositionIndependent().run(parse(text), Context()).text
    assert out == ("f:\r\n\tleaq\tf(%rip), %rax\t# local\r\n"
                   "\tmovq\text@GOTPCREL(%rip), %rcx\r\n\tleaq\t8(%rcx), %rcx\r\n"
                   "\tmovq\text@GOTPCREL(%rip), %rdx")
