	.file	"<string>"
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_0:
	.quad	0x8000000000000000
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.p2align	4
	.type	_ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@function
_ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd:
	movabsq	$.LCPI0_0, %rax
	vmovsd	%xmm0, (%rdi)
	vxorpd	(%rax){1to2}, %xmm0, %xmm1
	xorl	%eax, %eax
	vmovlpd	%xmm1, 8(%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, .Lfunc_end0-_ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd

	.globl	_ZN7cpython8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.p2align	4
	.type	_ZN7cpython8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@function
_ZN7cpython8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	subq	$32, %rsp
	.cfi_def_cfa_offset 48
	.cfi_offset %rbx, -16
	movq	%rsi, %rdi
	movabsq	$.const.ret_complex, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	8(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	8(%rsp), %rdi
	movabsq	$PyNumber_Float, %rax
	callq	*%rax
	movq	%rax, %rbx
	movabsq	$PyFloat_AsDouble, %rax
	movq	%rbx, %rdi
	callq	*%rax
	movabsq	$Py_DecRef, %rax
	movq	%rbx, %rdi
	vmovsd	%xmm0, (%rsp)
	callq	*%rax
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	jne	.LBB1_1
	vmovsd	(%rsp), %xmm0
	movabsq	$_ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, %rax
	leaq	16(%rsp), %rdi
	callq	*%rax
	vmovsd	16(%rsp), %xmm0
	vmovsd	24(%rsp), %xmm1
	movabsq	$PyComplex_FromDoubles, %rax
	callq	*%rax
	addq	$32, %rsp
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.LBB1_4:
	.cfi_def_cfa_offset 48
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
.LBB1_1:
	xorl	%eax, %eax
	addq	$32, %rsp
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end1:
	.size	_ZN7cpython8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, .Lfunc_end1-_ZN7cpython8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.cfi_endproc

	.globl	cfunc._ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.p2align	4
	.type	cfunc._ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@function
cfunc._ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd:
	subq	$24, %rsp
	movabsq	$_ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, %rax
	leaq	8(%rsp), %rdi
	callq	*%rax
	vmovsd	8(%rsp), %xmm0
	vmovsd	16(%rsp), %xmm1
	addq	$24, %rsp
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, .Lfunc_end2-cfunc._ZN8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd

	.type	.const.ret_complex,@object
	.section	.lrodata,"al",@progbits
.const.ret_complex:
	.asciz	"ret_complex"
	.size	.const.ret_complex, 12

	.type	_ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@object
	.comm	_ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__11ret_complexB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd", 104

	.section	".note.GNU-stack","",@progbits
