	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa
	.p2align	4
	.type	_ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa,@function
_ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa:
	addb	%dl, %dl
	xorl	%eax, %eax
	movb	%dl, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa, .Lfunc_end0-_ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa

	.globl	_ZN7cpython8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa
	.p2align	4
	.type	_ZN7cpython8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa,@function
_ZN7cpython8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa:
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
	movabsq	$.const.ret_narrow, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa, %rax
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
	movzbl	%bl, %edx
	movabsq	$_ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa, %rax
	leaq	15(%rsp), %rdi
	callq	*%rax
	movsbq	15(%rsp), %rdi
	movabsq	$PyLong_FromLongLong, %rax
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
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa", %rsi
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
	.size	_ZN7cpython8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa, .Lfunc_end1-_ZN7cpython8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa
	.cfi_endproc

	.globl	cfunc._ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa
	.p2align	4
	.type	cfunc._ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa,@function
cfunc._ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa:
	pushq	%rax
	movl	%edi, %edx
	movabsq	$_ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa, %rax
	leaq	7(%rsp), %rdi
	callq	*%rax
	movzbl	7(%rsp), %eax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa, .Lfunc_end2-cfunc._ZN8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa

	.type	.const.ret_narrow,@object
	.section	.lrodata,"al",@progbits
.const.ret_narrow:
	.asciz	"ret_narrow"
	.size	.const.ret_narrow, 11

	.type	_ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa,@object
	.comm	_ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEa", 103

	.section	".note.GNU-stack","",@progbits
	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs
	.p2align	4
	.type	_ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs,@function
_ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs:
	addl	%edx, %edx
	xorl	%eax, %eax
	movw	%dx, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs, .Lfunc_end0-_ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs

	.globl	_ZN7cpython8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs
	.p2align	4
	.type	_ZN7cpython8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs,@function
_ZN7cpython8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs:
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
	movabsq	$.const.ret_narrow, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs, %rax
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
	movabsq	$_ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs, %rax
	leaq	14(%rsp), %rdi
	movl	%ebx, %edx
	callq	*%rax
	movswq	14(%rsp), %rdi
	movabsq	$PyLong_FromLongLong, %rax
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
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs", %rsi
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
	.size	_ZN7cpython8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs, .Lfunc_end1-_ZN7cpython8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs
	.cfi_endproc

	.globl	cfunc._ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs
	.p2align	4
	.type	cfunc._ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs,@function
cfunc._ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs:
	pushq	%rax
	movl	%edi, %edx
	movabsq	$_ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs, %rax
	leaq	6(%rsp), %rdi
	callq	*%rax
	movzwl	6(%rsp), %eax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs, .Lfunc_end2-cfunc._ZN8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs

	.type	.const.ret_narrow,@object
	.section	.lrodata,"al",@progbits
.const.ret_narrow:
	.asciz	"ret_narrow"
	.size	.const.ret_narrow, 11

	.type	_ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs,@object
	.comm	_ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEs", 103

	.section	".note.GNU-stack","",@progbits
	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh
	.p2align	4
	.type	_ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh,@function
_ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh:
	addb	%dl, %dl
	xorl	%eax, %eax
	movb	%dl, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh, .Lfunc_end0-_ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh

	.globl	_ZN7cpython8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh
	.p2align	4
	.type	_ZN7cpython8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh,@function
_ZN7cpython8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh:
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
	movabsq	$.const.ret_narrow, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	16(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_6
	movq	%rax, %r14
	movabsq	$PyLong_AsUnsignedLongLong, %rax
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
	movzbl	%bl, %edx
	movabsq	$_ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh, %rax
	leaq	15(%rsp), %rdi
	callq	*%rax
	movzbl	15(%rsp), %edi
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
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh", %rsi
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
	.size	_ZN7cpython8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh, .Lfunc_end1-_ZN7cpython8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh
	.cfi_endproc

	.globl	cfunc._ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh
	.p2align	4
	.type	cfunc._ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh,@function
cfunc._ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh:
	pushq	%rax
	movl	%edi, %edx
	movabsq	$_ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh, %rax
	leaq	7(%rsp), %rdi
	callq	*%rax
	movzbl	7(%rsp), %eax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh, .Lfunc_end2-cfunc._ZN8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh

	.type	.const.ret_narrow,@object
	.section	.lrodata,"al",@progbits
.const.ret_narrow:
	.asciz	"ret_narrow"
	.size	.const.ret_narrow, 11

	.type	_ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh,@object
	.comm	_ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEh", 103

	.section	".note.GNU-stack","",@progbits
	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt
	.p2align	4
	.type	_ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt,@function
_ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt:
	addl	%edx, %edx
	xorl	%eax, %eax
	movw	%dx, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt, .Lfunc_end0-_ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt

	.globl	_ZN7cpython8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt
	.p2align	4
	.type	_ZN7cpython8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt,@function
_ZN7cpython8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt:
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
	movabsq	$.const.ret_narrow, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	16(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_6
	movq	%rax, %r14
	movabsq	$PyLong_AsUnsignedLongLong, %rax
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
	movabsq	$_ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt, %rax
	leaq	14(%rsp), %rdi
	movl	%ebx, %edx
	callq	*%rax
	movzwl	14(%rsp), %edi
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
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt", %rsi
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
	.size	_ZN7cpython8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt, .Lfunc_end1-_ZN7cpython8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt
	.cfi_endproc

	.globl	cfunc._ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt
	.p2align	4
	.type	cfunc._ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt,@function
cfunc._ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt:
	pushq	%rax
	movl	%edi, %edx
	movabsq	$_ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt, %rax
	leaq	6(%rsp), %rdi
	callq	*%rax
	movzwl	6(%rsp), %eax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt, .Lfunc_end2-cfunc._ZN8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt

	.type	.const.ret_narrow,@object
	.section	.lrodata,"al",@progbits
.const.ret_narrow:
	.asciz	"ret_narrow"
	.size	.const.ret_narrow, 11

	.type	_ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt,@object
	.comm	_ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEt", 103

	.section	".note.GNU-stack","",@progbits
	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj
	.p2align	4
	.type	_ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj,@function
_ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj:
	addl	%edx, %edx
	xorl	%eax, %eax
	movl	%edx, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj, .Lfunc_end0-_ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj

	.globl	_ZN7cpython8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj
	.p2align	4
	.type	_ZN7cpython8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj,@function
_ZN7cpython8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj:
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
	movabsq	$.const.ret_narrow, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	16(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_6
	movq	%rax, %r14
	movabsq	$PyLong_AsUnsignedLongLong, %rax
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
	movabsq	$_ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj, %rax
	leaq	12(%rsp), %rdi
	movl	%ebx, %edx
	callq	*%rax
	movl	12(%rsp), %edi
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
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj", %rsi
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
	.size	_ZN7cpython8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj, .Lfunc_end1-_ZN7cpython8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj
	.cfi_endproc

	.globl	cfunc._ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj
	.p2align	4
	.type	cfunc._ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj,@function
cfunc._ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj:
	pushq	%rax
	movl	%edi, %edx
	movabsq	$_ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj, %rax
	leaq	4(%rsp), %rdi
	callq	*%rax
	movl	4(%rsp), %eax
	popq	%rcx
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj, .Lfunc_end2-cfunc._ZN8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj

	.type	.const.ret_narrow,@object
	.section	.lrodata,"al",@progbits
.const.ret_narrow:
	.asciz	"ret_narrow"
	.size	.const.ret_narrow, 11

	.type	_ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj,@object
	.comm	_ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEj", 103

	.section	".note.GNU-stack","",@progbits
	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64
	.p2align	4
	.type	_ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64,@function
_ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64:
	vaddss	%xmm0, %xmm0, %xmm0
	vaddss	%xmm1, %xmm1, %xmm1
	xorl	%eax, %eax
	vmovss	%xmm0, (%rdi)
	vmovss	%xmm1, 4(%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64, .Lfunc_end0-_ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64

	.globl	_ZN7cpython8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64
	.p2align	4
	.type	_ZN7cpython8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64,@function
_ZN7cpython8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64:
	.cfi_startproc
	subq	$40, %rsp
	.cfi_def_cfa_offset 48
	movq	%rsi, %rdi
	movabsq	$.const.ret_narrow, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	32(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	32(%rsp), %rdi
	movabsq	$numba_complex_adaptor, %rax
	leaq	16(%rsp), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	callq	*%rax
	testl	%eax, %eax
	je	.LBB1_7
	vmovsd	16(%rsp), %xmm0
	vmovsd	24(%rsp), %xmm1
	movabsq	$_ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64, %rax
	leaq	8(%rsp), %rdi
	vcvtsd2ss	%xmm0, %xmm0, %xmm0
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	callq	*%rax
	vmovss	8(%rsp), %xmm0
	vmovss	12(%rsp), %xmm1
	movabsq	$PyComplex_FromDoubles, %rax
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	callq	*%rax
	addq	$40, %rsp
	.cfi_def_cfa_offset 8
	retq
.LBB1_4:
	.cfi_def_cfa_offset 48
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64", %rsi
	jmp	.LBB1_5
.LBB1_7:
	movabsq	$PyExc_TypeError, %rdi
	movabsq	$".const.conversion to complex64 failed", %rsi
.LBB1_5:
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
.LBB1_1:
	xorl	%eax, %eax
	addq	$40, %rsp
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end1:
	.size	_ZN7cpython8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64, .Lfunc_end1-_ZN7cpython8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64
	.cfi_endproc

	.globl	cfunc._ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64
	.p2align	4
	.type	cfunc._ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64,@function
cfunc._ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64:
	pushq	%rax
	movabsq	$_ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64, %rax
	movq	%rsp, %rdi
	callq	*%rax
	vmovss	(%rsp), %xmm0
	vmovss	4(%rsp), %xmm1
	popq	%rax
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64, .Lfunc_end2-cfunc._ZN8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64

	.type	.const.ret_narrow,@object
	.section	.lrodata,"al",@progbits
.const.ret_narrow:
	.asciz	"ret_narrow"
	.size	.const.ret_narrow, 11

	.type	_ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64,@object
	.comm	_ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10ret_narrowB2v7B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE9complex64", 112

	.type	".const.conversion to complex64 failed",@object
	.p2align	4, 0x0
".const.conversion to complex64 failed":
	.asciz	"conversion to complex64 failed"
	.size	".const.conversion to complex64 failed", 31

	.section	".note.GNU-stack","",@progbits
