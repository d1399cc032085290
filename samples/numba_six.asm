	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE
	.p2align	4
	.type	_ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE,@function
_ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE:
	xorl	%eax, %eax
	movq	$6, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE, .Lfunc_end0-_ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE

	.globl	_ZN7cpython8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE
	.p2align	4
	.type	_ZN7cpython8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE,@function
_ZN7cpython8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE:
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	movq	%rsi, %rdi
	movabsq	$.const.six, %rsi
	movabsq	$PyArg_UnpackTuple, %r8
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	callq	*%r8
	testl	%eax, %eax
	je	.LBB1_3
	movabsq	$_ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE, %rax
	cmpq	$0, (%rax)
	je	.LBB1_2
	movabsq	$PyEval_SaveThread, %rax
	callq	*%rax
	movabsq	$PyEval_RestoreThread, %rcx
	movq	%rax, %rdi
	callq	*%rcx
	movabsq	$PyLong_FromLongLong, %rax
	movl	$6, %edi
	popq	%rcx
	.cfi_def_cfa_offset 8
	jmpq	*%rax
.LBB1_2:
	.cfi_def_cfa_offset 16
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
.LBB1_3:
	xorl	%eax, %eax
	popq	%rcx
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end1:
	.size	_ZN7cpython8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE, .Lfunc_end1-_ZN7cpython8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE
	.cfi_endproc

	.globl	cfunc._ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE
	.p2align	4
	.type	cfunc._ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE,@function
cfunc._ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE:
	pushq	%rax
	movabsq	$_ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE, %rax
	movq	%rsp, %rdi
	callq	*%rax
	movq	(%rsp), %rax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE, .Lfunc_end2-cfunc._ZN8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE

	.type	.const.six,@object
	.section	.lrodata,"al",@progbits
.const.six:
	.asciz	"six"
	.size	.const.six, 4

	.type	_ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE,@object
	.comm	_ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__3sixB2v1B40c8tJTIeFIjxB2IKSgI4CrvQClQZ6FcpCShpgEU0AE", 96

	.section	".note.GNU-stack","",@progbits
