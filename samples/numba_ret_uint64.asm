	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	incq	%rdx
	xorl	%eax, %eax
	movq	%rdx, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end0-_ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx

	.globl	_ZN7cpython8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN7cpython8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN7cpython8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	subq	$24, %rsp
	.cfi_def_cfa_offset 48
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
	movq	%rsi, %rdi
	movabsq	$.const.ret_uint64, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	16(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_6
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
	jne	.LBB1_1
.LBB1_9:
	movabsq	$_ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	leaq	8(%rsp), %rdi
	movq	%rbx, %rdx
	callq	*%rax
	movq	8(%rsp), %rdi
	movabsq	$PyLong_FromUnsignedLongLong, %rax
	callq	*%rax
	addq	$24, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB1_4:
	.cfi_def_cfa_offset 48
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
.LBB1_1:
	xorl	%eax, %eax
	addq	$24, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB1_6:
	.cfi_def_cfa_offset 48
	xorl	%ebx, %ebx
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_9
	jmp	.LBB1_1
.Lfunc_end1:
	.size	_ZN7cpython8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end1-_ZN7cpython8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.globl	cfunc._ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	cfunc._ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
cfunc._ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	pushq	%rax
	movabsq	$_ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	movq	%rdi, %rdx
	movq	%rsp, %rdi
	callq	*%rax
	movq	(%rsp), %rax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end2-cfunc._ZN8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx

	.type	.const.ret_uint64,@object
	.section	.lrodata,"al",@progbits
.const.ret_uint64:
	.asciz	"ret_uint64"
	.size	.const.ret_uint64, 11

	.type	_ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@object
	.comm	_ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_uint64B2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", 103

	.section	".note.GNU-stack","",@progbits
