	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	xorl	%eax, %eax
	movq	$0, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end0-_ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx

	.globl	_ZN7cpython8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN7cpython8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN7cpython8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	subq	$16, %rsp
	.cfi_def_cfa_offset 32
	.cfi_offset %rbx, -16
	movq	%rsi, %rdi
	movabsq	$.const.nothing, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	8(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	xorl	%ebx, %ebx
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_6
	movabsq	$_ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	cmpq	$0, (%rax)
	je	.LBB1_7
	movq	8(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_4
	movq	%rax, %rbx
	movabsq	$PyLong_AsLongLong, %rax
	movq	%rbx, %rdi
	callq	*%rax
	movabsq	$Py_DecRef, %rax
	movq	%rbx, %rdi
	callq	*%rax
.LBB1_4:
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	jne	.LBB1_8
	movabsq	$_Py_NoneStruct, %rbx
	movabsq	$Py_IncRef, %rax
	movq	%rbx, %rdi
	callq	*%rax
.LBB1_6:
	movq	%rbx, %rax
	addq	$16, %rsp
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.LBB1_7:
	.cfi_def_cfa_offset 32
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
.LBB1_8:
	xorl	%ebx, %ebx
	movq	%rbx, %rax
	addq	$16, %rsp
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end1:
	.size	_ZN7cpython8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end1-_ZN7cpython8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.globl	cfunc._ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	cfunc._ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
cfunc._ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	pushq	%rax
	movabsq	$_ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	movq	%rsp, %rdi
	callq	*%rax
	movq	(%rsp), %rax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end2-cfunc._ZN8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx

	.type	.const.nothing,@object
	.section	.lrodata,"al",@progbits
.const.nothing:
	.asciz	"nothing"
	.size	.const.nothing, 8

	.type	_ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@object
	.comm	_ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__7nothingB3v26B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", 100

	.section	".note.GNU-stack","",@progbits
