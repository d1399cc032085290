	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx
	.p2align	4
	.type	_ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx,@function
_ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx:
	testq	%rcx, %rcx
	je	.LBB0_1
	movabsq	$-9223372036854775808, %rax
	movq	%rcx, %r8
	notq	%r8
	xorl	%esi, %esi
	xorq	%rdx, %rax
	orq	%rax, %r8
	je	.LBB0_3
	movq	%rdx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	testq	%rax, %rax
	je	.LBB0_5
	je	.LBB0_5
	movq	%rdx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB0_8
.LBB0_5:
	movl	%edx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB0_8:
	movq	%rdx, %r8
	xorq	%rcx, %r8
	sets	%r8b
	testq	%rdx, %rdx
	setne	%r9b
	andb	%r8b, %r9b
	xorl	%r8d, %r8d
	movzbl	%r9b, %r9d
	subq	%r9, %rax
	testb	%r9b, %r9b
	cmovneq	%rcx, %r8
	addq	%rdx, %r8
	movq	%rax, (%rdi)
	movl	%esi, %eax
	movq	%r8, 8(%rdi)
	retq
.LBB0_1:
	movabsq	$.const.picklebuf.4b35ba8af2682dbaf044af47e894dd2cb1385034, %rax
	movq	%rax, (%rsi)
	movl	$1, %esi
	movl	%esi, %eax
	retq
.LBB0_3:
	xorl	%eax, %eax
	xorl	%r8d, %r8d
	movq	%rax, (%rdi)
	movl	%esi, %eax
	movq	%r8, 8(%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, .Lfunc_end0-_ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx

	.globl	_ZN7cpython8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx
	.p2align	4
	.type	_ZN7cpython8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx,@function
_ZN7cpython8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	pushq	%r15
	.cfi_def_cfa_offset 24
	pushq	%r14
	.cfi_def_cfa_offset 32
	pushq	%r13
	.cfi_def_cfa_offset 40
	pushq	%r12
	.cfi_def_cfa_offset 48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	.cfi_offset %rbp, -16
	movq	%rsi, %rdi
	movabsq	$.const.divmod_, %rsi
	movabsq	$PyArg_UnpackTuple, %r10
	leaq	48(%rsp), %r8
	leaq	40(%rsp), %r9
	movl	$2, %edx
	movl	$2, %ecx
	xorl	%eax, %eax
	xorl	%ebx, %ebx
	callq	*%r10
	movq	$0, 8(%rsp)
	testl	%eax, %eax
	je	.LBB1_21
	movabsq	$_ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, %rax
	cmpq	$0, (%rax)
	je	.LBB1_2
	movq	48(%rsp), %rdi
	movabsq	$PyNumber_Long, %r15
	callq	*%r15
	movabsq	$PyLong_AsLongLong, %r13
	movabsq	$Py_DecRef, %r12
	testq	%rax, %rax
	je	.LBB1_5
	movq	%rax, %rdi
	movq	%rax, %r14
	callq	*%r13
	movq	%r14, %rdi
	movq	%rax, %rbx
	callq	*%r12
	movabsq	$PyErr_Occurred, %rbp
	callq	*%rbp
	testq	%rax, %rax
	jne	.LBB1_20
.LBB1_8:
	movq	40(%rsp), %rdi
	callq	*%r15
	testq	%rax, %rax
	je	.LBB1_9
	movq	%rax, %rdi
	movq	%rax, %r15
	callq	*%r13
	movq	%r15, %rdi
	movq	%rax, %r14
	callq	*%r12
	callq	*%rbp
	testq	%rax, %rax
	jne	.LBB1_20
.LBB1_12:
	movabsq	$_ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, %rax
	leaq	16(%rsp), %rdi
	leaq	8(%rsp), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	movq	%rbx, %rdx
	movq	%r14, %rcx
	callq	*%rax
	testl	%eax, %eax
	jne	.LBB1_14
	movq	16(%rsp), %r14
	movq	24(%rsp), %r15
	movabsq	$PyTuple_New, %rax
	movl	$2, %edi
	callq	*%rax
	movabsq	$PyLong_FromLongLong, %r12
	movq	%r14, %rdi
	movq	%rax, %rbx
	callq	*%r12
	movabsq	$PyTuple_SetItem, %r14
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movq	%rax, %rdx
	callq	*%r14
	movq	%r15, %rdi
	callq	*%r12
	movl	$1, %esi
	movq	%rbx, %rdi
	movq	%rax, %rdx
	callq	*%r14
.LBB1_21:
	movq	%rbx, %rax
	addq	$56, %rsp
	.cfi_def_cfa_offset 56
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%r12
	.cfi_def_cfa_offset 40
	popq	%r13
	.cfi_def_cfa_offset 32
	popq	%r14
	.cfi_def_cfa_offset 24
	popq	%r15
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	retq
.LBB1_14:
	.cfi_def_cfa_offset 112
	movq	8(%rsp), %rbx
	movabsq	$PyErr_Clear, %rax
	callq	*%rax
	movl	8(%rbx), %esi
	movq	(%rbx), %rdi
	cmpl	$0, 32(%rbx)
	jle	.LBB1_17
	movslq	%esi, %rsi
	movabsq	$PyBytes_FromStringAndSize, %rax
	callq	*%rax
	movq	16(%rbx), %rdi
	movq	%rax, %r14
	callq	*24(%rbx)
	testq	%rax, %rax
	je	.LBB1_16
	movabsq	$numba_runtime_build_excinfo_struct, %rcx
	movq	%r14, %rdi
	movq	%rax, %rsi
	callq	*%rcx
	movabsq	$NRT_Free, %r15
	movq	%rbx, %rdi
	movq	%rax, %r14
	callq	*%r15
	jmp	.LBB1_18
.LBB1_2:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx", %rsi
.LBB1_3:
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	jmp	.LBB1_20
.LBB1_5:
	xorl	%ebx, %ebx
	movabsq	$PyErr_Occurred, %rbp
	callq	*%rbp
	testq	%rax, %rax
	je	.LBB1_8
	jmp	.LBB1_20
.LBB1_9:
	xorl	%r14d, %r14d
	callq	*%rbp
	testq	%rax, %rax
	je	.LBB1_12
	jmp	.LBB1_20
.LBB1_17:
	movq	16(%rbx), %rdx
	movabsq	$numba_unpickle, %rax
	callq	*%rax
	movq	%rax, %r14
.LBB1_18:
	testq	%r14, %r14
	je	.LBB1_20
	movabsq	$numba_do_raise, %rax
	movq	%r14, %rdi
	callq	*%rax
.LBB1_20:
	xorl	%ebx, %ebx
	jmp	.LBB1_21
.LBB1_16:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments", %rsi
	jmp	.LBB1_3
.Lfunc_end1:
	.size	_ZN7cpython8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, .Lfunc_end1-_ZN7cpython8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx
	.cfi_endproc

	.globl	cfunc._ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx
	.p2align	4
	.type	cfunc._ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx,@function
cfunc._ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	pushq	%r14
	.cfi_def_cfa_offset 24
	pushq	%r12
	.cfi_def_cfa_offset 32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	subq	$40, %rsp
	.cfi_def_cfa_offset 80
	.cfi_offset %rbx, -40
	.cfi_offset %r12, -32
	.cfi_offset %r14, -24
	.cfi_offset %r15, -16
	movq	%rsi, %rcx
	movq	%rdi, %rdx
	movabsq	$_ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, %rax
	leaq	16(%rsp), %rdi
	leaq	8(%rsp), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	movq	$0, 8(%rsp)
	callq	*%rax
	movl	%eax, %ecx
	movq	8(%rsp), %rbx
	movq	16(%rsp), %rax
	movq	24(%rsp), %rdx
	movl	$0, 4(%rsp)
	testl	%ecx, %ecx
	jne	.LBB2_1
.LBB2_7:
	addq	$40, %rsp
	.cfi_def_cfa_offset 40
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	retq
.LBB2_1:
	.cfi_def_cfa_offset 80
	movabsq	$numba_gil_ensure, %r14
	leaq	4(%rsp), %rdi
	movq	%rdx, %r15
	movq	%rax, %r12
	callq	*%r14
	movabsq	$PyErr_Clear, %rax
	callq	*%rax
	movl	8(%rbx), %esi
	movq	(%rbx), %rdi
	cmpl	$0, 32(%rbx)
	jle	.LBB2_4
	movslq	%esi, %rsi
	movabsq	$PyBytes_FromStringAndSize, %rax
	callq	*%rax
	movq	16(%rbx), %rdi
	movq	%rax, %r14
	callq	*24(%rbx)
	testq	%rax, %rax
	je	.LBB2_3
	movabsq	$numba_runtime_build_excinfo_struct, %rcx
	movq	%r14, %rdi
	movq	%rax, %rsi
	callq	*%rcx
	movq	%rax, %r14
	movabsq	$NRT_Free, %rax
	movq	%rbx, %rdi
	callq	*%rax
	jmp	.LBB2_5
.LBB2_4:
	movq	16(%rbx), %rdx
	movabsq	$numba_unpickle, %rax
	callq	*%rax
	movq	%rax, %r14
.LBB2_5:
	testq	%r14, %r14
	je	.LBB2_6
	movabsq	$numba_do_raise, %rax
	movq	%r14, %rdi
	callq	*%rax
.LBB2_6:
	movabsq	$".const.<numba.core.cpu.CPUContext>", %rdi
	movabsq	$PyUnicode_FromString, %rax
	callq	*%rax
	movabsq	$PyErr_WriteUnraisable, %r14
	movq	%rax, %rbx
	movq	%rbx, %rdi
	callq	*%r14
	movabsq	$Py_DecRef, %rax
	movq	%rbx, %rdi
	callq	*%rax
	movabsq	$numba_gil_release, %rax
	leaq	4(%rsp), %rdi
	callq	*%rax
	movq	%r12, %rax
	movq	%r15, %rdx
	jmp	.LBB2_7
.LBB2_3:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments.1", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	xorl	%eax, %eax
	xorl	%edx, %edx
	jmp	.LBB2_7
.Lfunc_end2:
	.size	cfunc._ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, .Lfunc_end2-cfunc._ZN8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx
	.cfi_endproc

	.type	.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034,@object
	.section	.lrodata,"al",@progbits
	.p2align	4, 0x0
.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034:
	.ascii	"\200\004\225B\000\000\000\000\000\000\000\214\bbuiltins\224\214\021ZeroDivisionError\224\223\224\214\030integer division by zero\224\205\224N\207\224."
	.size	.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034, 77

	.type	.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034.sha1,@object
	.p2align	4, 0x0
.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034.sha1:
	.ascii	"K5\272\212\362h-\272\360D\257G\350\224\335,\2618P4"
	.size	.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034.sha1, 20

	.type	.const.picklebuf.4b35ba8af2682dbaf044af47e894dd2cb1385034,@object
	.p2align	4, 0x0
.const.picklebuf.4b35ba8af2682dbaf044af47e894dd2cb1385034:
	.quad	.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034
	.long	77
	.zero	4
	.quad	.const.pickledata.4b35ba8af2682dbaf044af47e894dd2cb1385034.sha1
	.quad	0
	.long	0
	.zero	4
	.size	.const.picklebuf.4b35ba8af2682dbaf044af47e894dd2cb1385034, 40

	.type	.const.divmod_,@object
.const.divmod_:
	.asciz	"divmod_"
	.size	.const.divmod_, 8

	.type	_ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx,@object
	.comm	_ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__7divmod_B3v25B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx", 101

	.type	".const.Error creating Python tuple from runtime exception arguments",@object
	.p2align	4, 0x0
".const.Error creating Python tuple from runtime exception arguments":
	.asciz	"Error creating Python tuple from runtime exception arguments"
	.size	".const.Error creating Python tuple from runtime exception arguments", 61

	.type	".const.Error creating Python tuple from runtime exception arguments.1",@object
	.p2align	4, 0x0
".const.Error creating Python tuple from runtime exception arguments.1":
	.asciz	"Error creating Python tuple from runtime exception arguments"
	.size	".const.Error creating Python tuple from runtime exception arguments.1", 61

	.type	".const.<numba.core.cpu.CPUContext>",@object
	.p2align	4, 0x0
".const.<numba.core.cpu.CPUContext>":
	.asciz	"<numba.core.cpu.CPUContext>"
	.size	".const.<numba.core.cpu.CPUContext>", 28

	.section	".note.GNU-stack","",@progbits
