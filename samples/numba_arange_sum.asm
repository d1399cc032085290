	.file	"<string>"
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI0_0:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_1:
	.quad	8
.LCPI0_2:
	.quad	16
.LCPI0_3:
	.quad	24
.LCPI0_4:
	.quad	32
.LCPI0_6:
	.quad	4
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI0_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
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
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r13, -32
	.cfi_offset %r14, -24
	.cfi_offset %r15, -16
	vcvtsi2sd	%rdx, %xmm15, %xmm0
	movabsq	$1152921504606846975, %rax
	movq	%rsi, %r14
	vcvttsd2si	%xmm0, %r12
	cmpq	%rax, %r12
	jg	.LBB0_1
	movq	%r12, %rax
	sarq	$63, %rax
	movq	%rdi, %rbx
	movl	$32, %esi
	andnq	%r12, %rax, %r15
	movabsq	$NRT_MemInfo_alloc_aligned, %rax
	leaq	(,%r15,8), %rdi
	callq	*%rax
	testq	%rax, %rax
	je	.LBB0_4
	xorl	%r14d, %r14d
	testq	%r12, %r12
	jle	.LBB0_6
	movq	24(%rax), %rcx
	movabsq	$9223372036854775776, %rdx
	cmpq	$3, %r12
	ja	.LBB0_12
	xorl	%esi, %esi
	jmp	.LBB0_9
.LBB0_6:
	xorl	%r13d, %r13d
	jmp	.LBB0_33
.LBB0_12:
	cmpq	$32, %r12
	jae	.LBB0_14
	xorl	%esi, %esi
	jmp	.LBB0_18
.LBB0_14:
	movabsq	$.LCPI0_2, %r9
	movabsq	$.LCPI0_0, %rdi
	movabsq	$.LCPI0_1, %r8
	movabsq	$.LCPI0_3, %r10
	movq	%r12, %rsi
	andq	%rdx, %rsi
	vpbroadcastq	(%r9), %zmm2
	movabsq	$.LCPI0_4, %r9
	vmovdqa64	(%rdi), %zmm0
	vpbroadcastq	(%r8), %zmm1
	vpbroadcastq	(%r10), %zmm3
	xorl	%edi, %edi
	vpbroadcastq	(%r9), %zmm4
	.p2align	4
.LBB0_15:
	vpaddq	%zmm1, %zmm0, %zmm5
	vpaddq	%zmm2, %zmm0, %zmm6
	vpaddq	%zmm3, %zmm0, %zmm7
	vmovdqu64	%zmm0, (%rcx,%rdi,8)
	vpaddq	%zmm4, %zmm0, %zmm0
	vmovdqu64	%zmm5, 64(%rcx,%rdi,8)
	vmovdqu64	%zmm6, 128(%rcx,%rdi,8)
	vmovdqu64	%zmm7, 192(%rcx,%rdi,8)
	addq	$32, %rdi
	cmpq	%rdi, %rsi
	jne	.LBB0_15
	cmpq	%r12, %rsi
	je	.LBB0_23
	testb	$28, %r12b
	je	.LBB0_9
.LBB0_18:
	movabsq	$.LCPI0_6, %r9
	movabsq	$.LCPI0_5, %r8
	movq	%rsi, %rdi
	vpbroadcastq	%rdi, %ymm0
	leaq	28(%rdx), %rsi
	vpor	(%r8), %ymm0, %ymm0
	vpbroadcastq	(%r9), %ymm1
	andq	%r12, %rsi
	.p2align	4
.LBB0_19:
	vmovdqu	%ymm0, (%rcx,%rdi,8)
	addq	$4, %rdi
	vpaddq	%ymm1, %ymm0, %ymm0
	cmpq	%rdi, %rsi
	jne	.LBB0_19
	cmpq	%r12, %rsi
	je	.LBB0_21
	.p2align	4
.LBB0_9:
	movq	%rsi, (%rcx,%rsi,8)
	incq	%rsi
	cmpq	%rsi, %r12
	jne	.LBB0_9
	cmpq	$4, %r12
	jb	.LBB0_11
.LBB0_21:
	cmpq	$32, %r12
	jb	.LBB0_22
.LBB0_23:
	movq	%r15, %rsi
	andq	%rdx, %rsi
	vpxor	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vpxor	%xmm1, %xmm1, %xmm1
	vpxor	%xmm2, %xmm2, %xmm2
	vpxor	%xmm3, %xmm3, %xmm3
.LBB0_24:
	vpaddq	(%rcx,%rdi,8), %zmm0, %zmm0
	vpaddq	64(%rcx,%rdi,8), %zmm1, %zmm1
	vpaddq	128(%rcx,%rdi,8), %zmm2, %zmm2
	vpaddq	192(%rcx,%rdi,8), %zmm3, %zmm3
	addq	$32, %rdi
	cmpq	%rdi, %rsi
	jne	.LBB0_24
	vpaddq	%zmm0, %zmm1, %zmm0
	vpaddq	%zmm3, %zmm2, %zmm2
	vpaddq	%zmm2, %zmm0, %zmm0
	vextracti64x4	$1, %zmm0, %ymm1
	vpaddq	%zmm0, %zmm1, %zmm0
	vextracti128	$1, %ymm0, %xmm1
	vpaddq	%xmm0, %xmm1, %xmm0
	vpshufd	$238, %xmm0, %xmm1
	vpaddq	%xmm0, %xmm1, %xmm0
	vmovq	%xmm0, %r13
	cmpq	%r12, %rsi
	je	.LBB0_33
	testb	$28, %r15b
	je	.LBB0_30
.LBB0_27:
	addq	$28, %rdx
	movq	%rsi, %rdi
	vmovq	%r13, %xmm0
	movq	%rdx, %rsi
	andq	%r15, %rsi
.LBB0_28:
	vpaddq	(%rcx,%rdi,8), %ymm0, %ymm0
	addq	$4, %rdi
	cmpq	%rdi, %rsi
	jne	.LBB0_28
	vextracti128	$1, %ymm0, %xmm1
	vpaddq	%xmm1, %xmm0, %xmm0
	vpshufd	$238, %xmm0, %xmm1
	vpaddq	%xmm1, %xmm0, %xmm0
	vmovq	%xmm0, %r13
	cmpq	%r12, %rsi
	je	.LBB0_33
.LBB0_30:
	leaq	(%rcx,%rsi,8), %rcx
.LBB0_31:
	subq	%rsi, %r15
	xorl	%edx, %edx
.LBB0_32:
	addq	(%rcx,%rdx,8), %r13
	incq	%rdx
	cmpq	%rdx, %r15
	jne	.LBB0_32
.LBB0_33:
	movabsq	$NRT_decref, %rcx
	movq	%rax, %rdi
	vzeroupper
	callq	*%rcx
	movq	%r13, (%rbx)
.LBB0_34:
	movl	%r14d, %eax
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
.LBB0_1:
	.cfi_def_cfa_offset 48
	movabsq	$.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, %rax
	jmp	.LBB0_2
.LBB0_4:
	movabsq	$.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %rax
.LBB0_2:
	movq	%rax, (%r14)
	movl	$1, %r14d
	jmp	.LBB0_34
.LBB0_22:
	xorl	%esi, %esi
	xorl	%r13d, %r13d
	jmp	.LBB0_27
.LBB0_11:
	xorl	%esi, %esi
	xorl	%r13d, %r13d
	jmp	.LBB0_31
.Lfunc_end0:
	.size	_ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end0-_ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.globl	_ZN7cpython8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN7cpython8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN7cpython8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
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
	movabsq	$.const.arange_sum, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	16(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	movq	$0, (%rsp)
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	16(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_7
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
.LBB1_10:
	movabsq	$_ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	leaq	8(%rsp), %rdi
	movq	$0, 8(%rsp)
	movq	%rsp, %rsi
	movq	%rbx, %rdx
	callq	*%rax
	testl	%eax, %eax
	jne	.LBB1_12
	movq	8(%rsp), %rdi
	movabsq	$PyLong_FromLongLong, %rax
	callq	*%rax
	addq	$24, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.LBB1_12:
	.cfi_def_cfa_offset 48
	movq	(%rsp), %rbx
	movabsq	$PyErr_Clear, %rax
	callq	*%rax
	movl	8(%rbx), %esi
	movq	(%rbx), %rdi
	cmpl	$0, 32(%rbx)
	jle	.LBB1_15
	movslq	%esi, %rsi
	movabsq	$PyBytes_FromStringAndSize, %rax
	callq	*%rax
	movq	16(%rbx), %rdi
	movq	%rax, %r14
	callq	*24(%rbx)
	testq	%rax, %rax
	je	.LBB1_14
	movabsq	$numba_runtime_build_excinfo_struct, %rcx
	movq	%r14, %rdi
	movq	%rax, %rsi
	callq	*%rcx
	movq	%rax, %r14
	movabsq	$NRT_Free, %rax
	movq	%rbx, %rdi
	callq	*%rax
	jmp	.LBB1_16
.LBB1_4:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", %rsi
.LBB1_5:
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	jmp	.LBB1_1
.LBB1_7:
	xorl	%ebx, %ebx
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_10
	jmp	.LBB1_1
.LBB1_15:
	movq	16(%rbx), %rdx
	movabsq	$numba_unpickle, %rax
	callq	*%rax
	movq	%rax, %r14
.LBB1_16:
	testq	%r14, %r14
	je	.LBB1_1
	movabsq	$numba_do_raise, %rax
	movq	%r14, %rdi
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
.LBB1_14:
	.cfi_def_cfa_offset 48
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments", %rsi
	jmp	.LBB1_5
.Lfunc_end1:
	.size	_ZN7cpython8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end1-_ZN7cpython8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.globl	cfunc._ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	cfunc._ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
cfunc._ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	pushq	%r14
	.cfi_def_cfa_offset 24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	subq	$32, %rsp
	.cfi_def_cfa_offset 64
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	.cfi_offset %r15, -16
	movq	%rdi, %rdx
	movabsq	$_ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	leaq	24(%rsp), %rdi
	leaq	16(%rsp), %rsi
	movq	$0, 24(%rsp)
	movq	$0, 16(%rsp)
	callq	*%rax
	movl	%eax, %ecx
	movq	16(%rsp), %rbx
	movq	24(%rsp), %rax
	movl	$0, 12(%rsp)
	testl	%ecx, %ecx
	jne	.LBB2_1
.LBB2_7:
	addq	$32, %rsp
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	retq
.LBB2_1:
	.cfi_def_cfa_offset 64
	movabsq	$numba_gil_ensure, %r14
	leaq	12(%rsp), %rdi
	movq	%rax, %r15
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
	leaq	12(%rsp), %rdi
	callq	*%rax
	movq	%r15, %rax
	jmp	.LBB2_7
.LBB2_3:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments.1", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	xorl	%eax, %eax
	jmp	.LBB2_7
.Lfunc_end2:
	.size	cfunc._ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end2-cfunc._ZN8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.weak	NRT_decref
	.p2align	4
	.type	NRT_decref,@function
NRT_decref:
	.cfi_startproc
	testq	%rdi, %rdi
	je	.LBB3_2
	#MEMBARRIER
	lock		decq	(%rdi)
	je	.LBB3_3
.LBB3_2:
	retq
.LBB3_3:
	movabsq	$NRT_MemInfo_call_dtor, %rax
	#MEMBARRIER
	jmpq	*%rax
.Lfunc_end3:
	.size	NRT_decref, .Lfunc_end3-NRT_decref
	.cfi_endproc

	.type	.const.arange_sum,@object
	.section	.lrodata,"al",@progbits
.const.arange_sum:
	.asciz	"arange_sum"
	.size	.const.arange_sum, 11

	.type	_ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@object
	.comm	_ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__10arange_sumB3v13B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", 104

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

	.type	_ZN08NumbaEnv5numba2np8arrayobj9np_arange12_3clocals_3e4implB3v14B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx27omitted_28default_3dNone_2927omitted_28default_3dNone_2927omitted_28default_3dNone_29,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj9np_arange12_3clocals_3e4implB3v14B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx27omitted_28default_3dNone_2927omitted_28default_3dNone_2927omitted_28default_3dNone_29,8,8
	.type	_ZN08NumbaEnv5numba7cpython8builtins6ol_int12_3clocals_3e4implB3v15B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx,@object
	.comm	_ZN08NumbaEnv5numba7cpython8builtins6ol_int12_3clocals_3e4implB3v15B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx,8,8
	.type	_ZN08NumbaEnv5numba7cpython8builtins6ol_max12_3clocals_3e4implB3v16B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE15StarArgUniTupleIxLi2EE,@object
	.comm	_ZN08NumbaEnv5numba7cpython8builtins6ol_max12_3clocals_3e4implB3v16B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE15StarArgUniTupleIxLi2EE,8,8
	.type	_ZN08NumbaEnv5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx16class_28int64_29,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx16class_28int64_29,8,8
	.type	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57,@object
	.p2align	4, 0x0
.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57:
	.ascii	"\200\004\225~\000\000\000\000\000\000\000\214\bbuiltins\224\214\nValueError\224\223\224\214[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\224\205\224N\207\224."
	.size	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57, 137

	.type	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1,@object
	.p2align	4, 0x0
.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1:
	.ascii	"X\341N\314\265\007\261\340 i\201t\002#\346\205\313\214<W"
	.size	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1, 20

	.type	.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57,@object
	.p2align	4, 0x0
.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57:
	.quad	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57
	.long	137
	.zero	4
	.quad	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1
	.quad	0
	.long	0
	.zero	4
	.size	.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, 40

	.type	_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB3v18B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB3v18B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,8,8
	.type	_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v19B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v19B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,8,8
	.type	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209,@object
	.p2align	4, 0x0
.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209:
	.ascii	"\200\004\225K\000\000\000\000\000\000\000\214\bbuiltins\224\214\013MemoryError\224\223\224\214'Allocation failed (probably too large).\224\205\224N\207\224."
	.size	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, 86

	.type	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1,@object
	.p2align	4, 0x0
.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1:
	.ascii	"\272(\235\201\360\\p \363G|\025sH\004\337e\253\342\t"
	.size	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, 20

	.type	.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209,@object
	.p2align	4, 0x0
.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209:
	.quad	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209
	.long	86
	.zero	4
	.quad	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1
	.quad	0
	.long	0
	.zero	4
	.size	.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, 40

	.type	_ZN08NumbaEnv5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29,@object
	.comm	_ZN08NumbaEnv5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29,8,8
	.type	_ZN08NumbaEnv5numba2np9arraymath17check_axis_boundsB3v21B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedEv,@object
	.comm	_ZN08NumbaEnv5numba2np9arraymath17check_axis_boundsB3v21B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedEv,8,8
	.type	_ZN08NumbaEnv5numba2np9arraymath16check_duplicatesB3v11B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEvx,@object
	.comm	_ZN08NumbaEnv5numba2np9arraymath16check_duplicatesB3v11B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEvx,8,8
	.section	".note.GNU-stack","",@progbits
