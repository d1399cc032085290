	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.p2align	4
	.type	_ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@function
_ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd:
	vxorpd	%xmm1, %xmm1, %xmm1
	vucomisd	%xmm0, %xmm1
	jbe	.LBB0_2
	movabsq	$.const.picklebuf.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82, %rax
	movq	%rax, (%rsi)
	movl	$1, %eax
	retq
.LBB0_2:
	vsqrtsd	%xmm0, %xmm0, %xmm0
	xorl	%eax, %eax
	vmovsd	%xmm0, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, .Lfunc_end0-_ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd

	.globl	_ZN7cpython8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.p2align	4
	.type	_ZN7cpython8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@function
_ZN7cpython8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd:
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
	movabsq	$.const.check_positive, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	32(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	movq	$0, 8(%rsp)
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	32(%rsp), %rdi
	movabsq	$PyNumber_Float, %rax
	callq	*%rax
	movabsq	$PyFloat_AsDouble, %r14
	movq	%rax, %rbx
	movq	%rbx, %rdi
	callq	*%r14
	movabsq	$Py_DecRef, %rax
	movq	%rbx, %rdi
	vmovsd	%xmm0, 24(%rsp)
	callq	*%rax
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	jne	.LBB1_1
	vmovsd	24(%rsp), %xmm0
	movabsq	$_ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, %rax
	leaq	16(%rsp), %rdi
	leaq	8(%rsp), %rsi
	movq	$0, 16(%rsp)
	callq	*%rax
	testl	%eax, %eax
	jne	.LBB1_9
	vmovsd	16(%rsp), %xmm0
	movabsq	$PyFloat_FromDouble, %rax
	callq	*%rax
	addq	$40, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB1_9:
	.cfi_def_cfa_offset 64
	movq	8(%rsp), %rbx
	movabsq	$PyErr_Clear, %rax
	callq	*%rax
	movl	8(%rbx), %esi
	movq	(%rbx), %rdi
	cmpl	$0, 32(%rbx)
	jle	.LBB1_12
	movslq	%esi, %rsi
	movabsq	$PyBytes_FromStringAndSize, %rax
	callq	*%rax
	movq	16(%rbx), %rdi
	movq	%rax, %r14
	callq	*24(%rbx)
	testq	%rax, %rax
	je	.LBB1_11
	movabsq	$numba_runtime_build_excinfo_struct, %rcx
	movq	%r14, %rdi
	movq	%rax, %rsi
	callq	*%rcx
	movq	%rax, %r14
	movabsq	$NRT_Free, %rax
	movq	%rbx, %rdi
	callq	*%rax
	jmp	.LBB1_13
.LBB1_4:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd", %rsi
.LBB1_5:
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	jmp	.LBB1_1
.LBB1_12:
	movq	16(%rbx), %rdx
	movabsq	$numba_unpickle, %rax
	callq	*%rax
	movq	%rax, %r14
.LBB1_13:
	testq	%r14, %r14
	je	.LBB1_1
	movabsq	$numba_do_raise, %rax
	movq	%r14, %rdi
	callq	*%rax
.LBB1_1:
	xorl	%eax, %eax
	addq	$40, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB1_11:
	.cfi_def_cfa_offset 64
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments", %rsi
	jmp	.LBB1_5
.Lfunc_end1:
	.size	_ZN7cpython8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, .Lfunc_end1-_ZN7cpython8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.cfi_endproc

	.globl	cfunc._ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.p2align	4
	.type	cfunc._ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@function
cfunc._ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	subq	$40, %rsp
	.cfi_def_cfa_offset 64
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
	movabsq	$_ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, %rax
	leaq	24(%rsp), %rdi
	leaq	16(%rsp), %rsi
	movq	$0, 24(%rsp)
	movq	$0, 16(%rsp)
	callq	*%rax
	vmovsd	24(%rsp), %xmm0
	movq	16(%rsp), %rbx
	movl	$0, 12(%rsp)
	testl	%eax, %eax
	jne	.LBB2_1
	addq	$40, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB2_1:
	.cfi_def_cfa_offset 64
	movabsq	$numba_gil_ensure, %rax
	leaq	12(%rsp), %rdi
	vmovsd	%xmm0, 32(%rsp)
	callq	*%rax
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
	leaq	12(%rsp), %rdi
	callq	*%rax
	vmovsd	32(%rsp), %xmm0
	addq	$40, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB2_3:
	.cfi_def_cfa_offset 64
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments.1", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	vxorps	%xmm0, %xmm0, %xmm0
	addq	$40, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd, .Lfunc_end2-cfunc._ZN8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd
	.cfi_endproc

	.type	.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82,@object
	.section	.lrodata,"al",@progbits
	.p2align	4, 0x0
.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82:
	.ascii	"\200\004\225[\000\000\000\000\000\000\000\214\bbuiltins\224\214\nValueError\224\223\224\214\016x must be >= 0\224\205\224\214\016check_positive\224\214\023samples/generate.py\224K>\207\224\207\224."
	.size	.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82, 102

	.type	.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82.sha1,@object
	.p2align	4, 0x0
.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82.sha1:
	.ascii	"\2679h\352\240\351\356\342\232\341\307\317\267\235H\236\277\365o\202"
	.size	.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82.sha1, 20

	.type	.const.picklebuf.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82,@object
	.p2align	4, 0x0
.const.picklebuf.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82:
	.quad	.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82
	.long	102
	.zero	4
	.quad	.const.pickledata.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82.sha1
	.quad	0
	.long	0
	.zero	4
	.size	.const.picklebuf.b73968eaa0e9eee29ae1c7cfb79d489ebff56f82, 40

	.type	.const.check_positive,@object
.const.check_positive:
	.asciz	"check_positive"
	.size	.const.check_positive, 15

	.type	_ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,@object
	.comm	_ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__14check_positiveB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd", 108

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
