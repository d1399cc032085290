	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd
	.p2align	4
	.type	_ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd,@function
_ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd:
	vmulsd	%xmm0, %xmm0, %xmm0
	vmulsd	%xmm1, %xmm1, %xmm1
	xorl	%eax, %eax
	vaddsd	%xmm1, %xmm0, %xmm0
	vsqrtsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd, .Lfunc_end0-_ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd

	.globl	_ZN7cpython8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd
	.p2align	4
	.type	_ZN7cpython8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd,@function
_ZN7cpython8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	pushq	%r14
	.cfi_def_cfa_offset 24
	pushq	%r13
	.cfi_def_cfa_offset 32
	pushq	%r12
	.cfi_def_cfa_offset 40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	subq	$48, %rsp
	.cfi_def_cfa_offset 96
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r13, -32
	.cfi_offset %r14, -24
	.cfi_offset %r15, -16
	movq	%rsi, %rdi
	movabsq	$.const.hypot, %rsi
	movabsq	$PyArg_UnpackTuple, %r10
	leaq	40(%rsp), %r8
	leaq	32(%rsp), %r9
	movl	$2, %edx
	movl	$2, %ecx
	xorl	%eax, %eax
	callq	*%r10
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	40(%rsp), %rdi
	movabsq	$PyNumber_Float, %r14
	callq	*%r14
	movabsq	$PyFloat_AsDouble, %r15
	movq	%rax, %rdi
	movq	%rax, %rbx
	callq	*%r15
	movabsq	$Py_DecRef, %r12
	movq	%rbx, %rdi
	vmovsd	%xmm0, 16(%rsp)
	callq	*%r12
	movabsq	$PyErr_Occurred, %r13
	callq	*%r13
	testq	%rax, %rax
	jne	.LBB1_1
	movq	32(%rsp), %rdi
	callq	*%r14
	movq	%rax, %rdi
	movq	%rax, %rbx
	callq	*%r15
	movq	%rbx, %rdi
	vmovsd	%xmm0, 8(%rsp)
	callq	*%r12
	callq	*%r13
	testq	%rax, %rax
	jne	.LBB1_1
	vmovsd	16(%rsp), %xmm0
	vmovsd	8(%rsp), %xmm1
	movabsq	$_ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd, %rax
	leaq	24(%rsp), %rdi
	callq	*%rax
	vmovsd	24(%rsp), %xmm0
	movabsq	$PyFloat_FromDouble, %rax
	callq	*%rax
.LBB1_2:
	addq	$48, %rsp
	.cfi_def_cfa_offset 48
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	retq
.LBB1_4:
	.cfi_def_cfa_offset 96
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
.LBB1_1:
	xorl	%eax, %eax
	jmp	.LBB1_2
.Lfunc_end1:
	.size	_ZN7cpython8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd, .Lfunc_end1-_ZN7cpython8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd
	.cfi_endproc

	.globl	cfunc._ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd
	.p2align	4
	.type	cfunc._ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd,@function
cfunc._ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd:
	pushq	%rax
	movabsq	$_ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd, %rax
	movq	%rsp, %rdi
	callq	*%rax
	vmovsd	(%rsp), %xmm0
	popq	%rax
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd, .Lfunc_end2-cfunc._ZN8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd

	.type	.const.hypot,@object
	.section	.lrodata,"al",@progbits
.const.hypot:
	.asciz	"hypot"
	.size	.const.hypot, 6

	.type	_ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd,@object
	.comm	_ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__5hypotB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEdd", 98

	.section	".note.GNU-stack","",@progbits
