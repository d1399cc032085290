	.file	"<string>"
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE
	.p2align	4
	.type	_ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE,@function
_ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE:
	.cfi_startproc
	movq	16(%rsp), %r9
	testq	%r9, %r9
	jle	.LBB0_1
	movq	8(%rsp), %rax
	movl	%r9d, %ecx
	andl	$7, %ecx
	cmpq	$8, %r9
	jb	.LBB0_3
	movabsq	$9223372036854775800, %rdx
	andq	%r9, %rdx
	addq	$-8, %r9
	movl	%r9d, %r10d
	notl	%r10d
	testb	$24, %r10b
	jne	.LBB0_6
	vxorpd	%xmm0, %xmm0, %xmm0
.LBB0_8:
	cmpq	$24, %r9
	jb	.LBB0_9
	.p2align	4
.LBB0_16:
	vaddsd	(%rax), %xmm0, %xmm0
	vaddsd	8(%rax), %xmm0, %xmm0
	vaddsd	16(%rax), %xmm0, %xmm0
	vaddsd	24(%rax), %xmm0, %xmm0
	vaddsd	32(%rax), %xmm0, %xmm0
	vaddsd	40(%rax), %xmm0, %xmm0
	vaddsd	48(%rax), %xmm0, %xmm0
	vaddsd	56(%rax), %xmm0, %xmm0
	vaddsd	64(%rax), %xmm0, %xmm0
	vaddsd	72(%rax), %xmm0, %xmm0
	vaddsd	80(%rax), %xmm0, %xmm0
	vaddsd	88(%rax), %xmm0, %xmm0
	vaddsd	96(%rax), %xmm0, %xmm0
	vaddsd	104(%rax), %xmm0, %xmm0
	vaddsd	112(%rax), %xmm0, %xmm0
	vaddsd	120(%rax), %xmm0, %xmm0
	vaddsd	128(%rax), %xmm0, %xmm0
	vaddsd	136(%rax), %xmm0, %xmm0
	vaddsd	144(%rax), %xmm0, %xmm0
	vaddsd	152(%rax), %xmm0, %xmm0
	vaddsd	160(%rax), %xmm0, %xmm0
	vaddsd	168(%rax), %xmm0, %xmm0
	vaddsd	176(%rax), %xmm0, %xmm0
	vaddsd	184(%rax), %xmm0, %xmm0
	vaddsd	192(%rax), %xmm0, %xmm0
	vaddsd	200(%rax), %xmm0, %xmm0
	vaddsd	208(%rax), %xmm0, %xmm0
	vaddsd	216(%rax), %xmm0, %xmm0
	vaddsd	224(%rax), %xmm0, %xmm0
	vaddsd	232(%rax), %xmm0, %xmm0
	vaddsd	240(%rax), %xmm0, %xmm0
	vaddsd	248(%rax), %xmm0, %xmm0
	addq	$256, %rax
	addq	$-32, %rdx
	jne	.LBB0_16
.LBB0_9:
	testq	%rcx, %rcx
	je	.LBB0_12
.LBB0_10:
	xorl	%edx, %edx
.LBB0_11:
	vaddsd	(%rax,%rdx,8), %xmm0, %xmm0
	incq	%rdx
	cmpq	%rdx, %rcx
	jne	.LBB0_11
.LBB0_12:
	testq	%r8, %r8
	je	.LBB0_13
.LBB0_14:
	vcvtsi2sd	%r8, %xmm15, %xmm1
	xorl	%eax, %eax
	vdivsd	%xmm1, %xmm0, %xmm0
	vmovsd	%xmm0, (%rdi)
	retq
.LBB0_3:
	vxorpd	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_10
.LBB0_1:
	vxorpd	%xmm0, %xmm0, %xmm0
	testq	%r8, %r8
	jne	.LBB0_14
.LBB0_13:
	movabsq	$.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, %rax
	movq	%rax, (%rsi)
	movl	$1, %eax
	retq
.LBB0_6:
	movl	%r9d, %r10d
	shrl	$3, %r10d
	vxorpd	%xmm0, %xmm0, %xmm0
	incl	%r10d
	andl	$3, %r10d
.LBB0_7:
	vaddsd	(%rax), %xmm0, %xmm0
	addq	$-8, %rdx
	vaddsd	8(%rax), %xmm0, %xmm0
	vaddsd	16(%rax), %xmm0, %xmm0
	vaddsd	24(%rax), %xmm0, %xmm0
	vaddsd	32(%rax), %xmm0, %xmm0
	vaddsd	40(%rax), %xmm0, %xmm0
	vaddsd	48(%rax), %xmm0, %xmm0
	vaddsd	56(%rax), %xmm0, %xmm0
	addq	$64, %rax
	decq	%r10
	jne	.LBB0_7
	jmp	.LBB0_8
.Lfunc_end0:
	.size	_ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE, .Lfunc_end0-_ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE
	.cfi_endproc

	.globl	_ZN7cpython8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE
	.p2align	4
	.type	_ZN7cpython8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE,@function
_ZN7cpython8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	pushq	%r14
	.cfi_def_cfa_offset 24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	subq	$128, %rsp
	.cfi_def_cfa_offset 160
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	.cfi_offset %rbp, -16
	movq	%rsi, %rdi
	movabsq	$.const.mean, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	56(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	movq	$0, 32(%rsp)
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	56(%rsp), %rdi
	movabsq	$NRT_adapt_ndarray_from_python, %rax
	leaq	64(%rsp), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	vmovups	%ymm0, 64(%rsp)
	vmovups	%ymm0, 88(%rsp)
	vzeroupper
	callq	*%rax
	testl	%eax, %eax
	jne	.LBB1_8
	cmpq	$8, 88(%rsp)
	jne	.LBB1_8
	vmovaps	96(%rsp), %xmm0
	movq	64(%rsp), %r14
	movq	80(%rsp), %r8
	movabsq	$_ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE, %rax
	leaq	40(%rsp), %rdi
	leaq	32(%rsp), %rsi
	movq	$0, 40(%rsp)
	movq	%r14, %rdx
	vmovups	%xmm0, (%rsp)
	callq	*%rax
	vmovsd	40(%rsp), %xmm0
	movq	32(%rsp), %rbx
	movl	%eax, %ebp
	movabsq	$NRT_decref, %rax
	movq	%r14, %rdi
	vmovsd	%xmm0, 48(%rsp)
	callq	*%rax
	testl	%ebp, %ebp
	jne	.LBB1_11
	vmovsd	48(%rsp), %xmm0
	movabsq	$PyFloat_FromDouble, %rax
	callq	*%rax
.LBB1_2:
	addq	$128, %rsp
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	retq
.LBB1_11:
	.cfi_def_cfa_offset 160
	movabsq	$PyErr_Clear, %rax
	callq	*%rax
	movl	8(%rbx), %esi
	movq	(%rbx), %rdi
	cmpl	$0, 32(%rbx)
	jle	.LBB1_14
	movslq	%esi, %rsi
	movabsq	$PyBytes_FromStringAndSize, %rax
	callq	*%rax
	movq	16(%rbx), %rdi
	movq	%rax, %r14
	callq	*24(%rbx)
	testq	%rax, %rax
	je	.LBB1_13
	movabsq	$numba_runtime_build_excinfo_struct, %rcx
	movq	%r14, %rdi
	movq	%rax, %rsi
	callq	*%rcx
	movabsq	$NRT_Free, %rbp
	movq	%rbx, %rdi
	movq	%rax, %r14
	callq	*%rbp
	jmp	.LBB1_15
.LBB1_4:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE", %rsi
	jmp	.LBB1_5
.LBB1_8:
	movabsq	$PyExc_TypeError, %rdi
	movabsq	$".const.can't unbox array from PyObject into native value.  The object maybe of a different type", %rsi
.LBB1_5:
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	jmp	.LBB1_1
.LBB1_14:
	movq	16(%rbx), %rdx
	movabsq	$numba_unpickle, %rax
	callq	*%rax
	movq	%rax, %r14
.LBB1_15:
	testq	%r14, %r14
	je	.LBB1_1
	movabsq	$numba_do_raise, %rax
	movq	%r14, %rdi
	callq	*%rax
.LBB1_1:
	xorl	%eax, %eax
	jmp	.LBB1_2
.LBB1_13:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments", %rsi
	jmp	.LBB1_5
.Lfunc_end1:
	.size	_ZN7cpython8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE, .Lfunc_end1-_ZN7cpython8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE
	.cfi_endproc

	.globl	cfunc._ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE
	.p2align	4
	.type	cfunc._ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE,@function
cfunc._ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	subq	$40, %rsp
	.cfi_def_cfa_offset 64
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
	movq	%r8, %rax
	movq	%rdx, %r8
	movq	%rdi, %rdx
	movq	$0, 24(%rsp)
	movq	$0, 16(%rsp)
	subq	$16, %rsp
	.cfi_adjust_cfa_offset 16
	movabsq	$_ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE, %rcx
	leaq	40(%rsp), %rdi
	leaq	32(%rsp), %rsi
	pushq	%r9
	.cfi_adjust_cfa_offset 8
	pushq	%rax
	.cfi_adjust_cfa_offset 8
	callq	*%rcx
	addq	$32, %rsp
	.cfi_adjust_cfa_offset -32
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
	.size	cfunc._ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE, .Lfunc_end2-cfunc._ZN8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE
	.cfi_endproc

	.weak	NRT_incref
	.p2align	4
	.type	NRT_incref,@function
NRT_incref:
	testq	%rdi, %rdi
	je	.LBB3_2
	lock		incq	(%rdi)
.LBB3_2:
	retq
.Lfunc_end3:
	.size	NRT_incref, .Lfunc_end3-NRT_incref

	.weak	NRT_decref
	.p2align	4
	.type	NRT_decref,@function
NRT_decref:
	.cfi_startproc
	testq	%rdi, %rdi
	je	.LBB4_2
	#MEMBARRIER
	lock		decq	(%rdi)
	je	.LBB4_3
.LBB4_2:
	retq
.LBB4_3:
	movabsq	$NRT_MemInfo_call_dtor, %rax
	#MEMBARRIER
	jmpq	*%rax
.Lfunc_end4:
	.size	NRT_decref, .Lfunc_end4-NRT_decref
	.cfi_endproc

	.type	.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366,@object
	.section	.lrodata,"al",@progbits
	.p2align	4, 0x0
.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366:
	.ascii	"\200\004\225:\000\000\000\000\000\000\000\214\bbuiltins\224\214\021ZeroDivisionError\224\223\224\214\020division by zero\224\205\224N\207\224."
	.size	.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, 69

	.type	.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1,@object
	.p2align	4, 0x0
.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1:
	.ascii	"\262\200\b\240\370\213\255_\360\360$>\204\332\271\f\253\031\263f"
	.size	.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, 20

	.type	.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366,@object
	.p2align	4, 0x0
.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366:
	.quad	.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366
	.long	69
	.zero	4
	.quad	.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1
	.quad	0
	.long	0
	.zero	4
	.size	.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, 40

	.type	.const.mean,@object
.const.mean:
	.asciz	"mean"
	.size	.const.mean, 5

	.type	_ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE,@object
	.comm	_ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__4meanB2v8B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE", 126

	.type	".const.can't unbox array from PyObject into native value.  The object maybe of a different type",@object
	.p2align	4, 0x0
".const.can't unbox array from PyObject into native value.  The object maybe of a different type":
	.asciz	"can't unbox array from PyObject into native value.  The object maybe of a different type"
	.size	".const.can't unbox array from PyObject into native value.  The object maybe of a different type", 89

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

	.type	_ZN08NumbaEnv5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29,@object
	.comm	_ZN08NumbaEnv5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29,8,8
	.type	_ZN08NumbaEnv5numba2np9arraymath17check_axis_boundsB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv,@object
	.comm	_ZN08NumbaEnv5numba2np9arraymath17check_axis_boundsB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv,8,8
	.type	_ZN08NumbaEnv5numba2np9arraymath16check_duplicatesB3v11B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEvx,@object
	.comm	_ZN08NumbaEnv5numba2np9arraymath16check_duplicatesB3v11B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEvx,8,8
	.section	".note.GNU-stack","",@progbits
