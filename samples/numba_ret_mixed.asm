	.file	"<string>"
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_0:
	.quad	0x3fe0000000000000
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	movabsq	$.LCPI0_0, %rax
	vcvtsi2sd	%rdx, %xmm15, %xmm0
	incq	%rdx
	vmulsd	(%rax), %xmm0, %xmm0
	movq	%rdx, (%rdi)
	xorl	%eax, %eax
	vmovsd	%xmm0, 8(%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end0-_ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx

	.globl	_ZN7cpython8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN7cpython8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN7cpython8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	subq	$40, %rsp
	.cfi_def_cfa_offset 64
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
	movq	%rsi, %rdi
	movabsq	$.const.ret_mixed, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	xorl	%ebx, %ebx
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_9
	movabsq	$_ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	cmpq	$0, (%rax)
	je	.LBB1_2
	movq	16(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_4
	movq	%rax, %r14
	movabsq	$PyLong_AsLongLong, %rax
	movq	%r14, %rdi
	callq	*%rax
	movq	%rax, %rbx
	movabsq	$Py_DecRef, %rax
	movq	%r14, %rdi
	callq	*%rax
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	jne	.LBB1_7
.LBB1_8:
	movabsq	$_ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	leaq	24(%rsp), %rdi
	movq	%rbx, %rdx
	callq	*%rax
	vmovsd	32(%rsp), %xmm0
	movq	24(%rsp), %r14
	movabsq	$PyTuple_New, %rax
	movl	$2, %edi
	vmovsd	%xmm0, 8(%rsp)
	callq	*%rax
	movq	%rax, %rbx
	movabsq	$PyLong_FromLongLong, %rax
	movq	%r14, %rdi
	callq	*%rax
	movabsq	$PyTuple_SetItem, %r14
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movq	%rax, %rdx
	callq	*%r14
	vmovsd	8(%rsp), %xmm0
	movabsq	$PyFloat_FromDouble, %rax
	callq	*%rax
	movl	$1, %esi
	movq	%rbx, %rdi
	movq	%rax, %rdx
	callq	*%r14
.LBB1_9:
	movq	%rbx, %rax
	addq	$40, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB1_2:
	.cfi_def_cfa_offset 64
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	xorl	%ebx, %ebx
	jmp	.LBB1_9
.LBB1_4:
	xorl	%ebx, %ebx
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_8
.LBB1_7:
	xorl	%ebx, %ebx
	jmp	.LBB1_9
.Lfunc_end1:
	.size	_ZN7cpython8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end1-_ZN7cpython8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.globl	cfunc._ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	cfunc._ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
cfunc._ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	subq	$24, %rsp
	movq	%rdi, %rdx
	movabsq	$_ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	leaq	8(%rsp), %rdi
	callq	*%rax
	vmovsd	16(%rsp), %xmm0
	movq	8(%rsp), %rax
	addq	$24, %rsp
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end2-cfunc._ZN8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx

	.type	.const.ret_mixed,@object
	.section	.lrodata,"al",@progbits
.const.ret_mixed:
	.asciz	"ret_mixed"
	.size	.const.ret_mixed, 10

	.type	_ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@object
	.comm	_ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__9ret_mixedB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", 101

	.section	".note.GNU-stack","",@progbits
