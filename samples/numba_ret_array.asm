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
	.globl	_ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
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
	pushq	%rax
	.cfi_def_cfa_offset 64
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	.cfi_offset %rbp, -16
	vcvtsi2sd	%rdx, %xmm15, %xmm0
	movabsq	$1152921504606846975, %rax
	movq	%rsi, %r15
	vcvttsd2si	%xmm0, %rbp
	cmpq	%rax, %rbp
	jg	.LBB0_59
	movq	%rbp, %rax
	sarq	$63, %rax
	movq	%rdi, %rbx
	movabsq	$NRT_MemInfo_alloc_aligned, %r13
	movl	$32, %esi
	andnq	%rbp, %rax, %r14
	leaq	(,%r14,8), %rdi
	callq	*%r13
	testq	%rax, %rax
	je	.LBB0_60
	movq	24(%rax), %r12
	movq	%r15, (%rsp)
	testq	%rbp, %rbp
	jle	.LBB0_14
	cmpq	$3, %rbp
	ja	.LBB0_5
	xorl	%edi, %edi
	jmp	.LBB0_15
.LBB0_5:
	movabsq	$9223372036854775776, %rcx
	cmpq	$32, %rbp
	jae	.LBB0_7
	xorl	%edi, %edi
	jmp	.LBB0_11
.LBB0_7:
	movabsq	$.LCPI0_2, %r8
	movabsq	$.LCPI0_0, %rdx
	movabsq	$.LCPI0_1, %rsi
	movabsq	$.LCPI0_3, %r9
	movq	%rbp, %rdi
	andq	%rcx, %rdi
	vpbroadcastq	(%r8), %zmm2
	movabsq	$.LCPI0_4, %r8
	vmovdqa64	(%rdx), %zmm0
	vpbroadcastq	(%rsi), %zmm1
	vpbroadcastq	(%r9), %zmm3
	xorl	%edx, %edx
	vpbroadcastq	(%r8), %zmm4
	.p2align	4
.LBB0_8:
	vpaddq	%zmm1, %zmm0, %zmm5
	vpaddq	%zmm2, %zmm0, %zmm6
	vpaddq	%zmm3, %zmm0, %zmm7
	vmovdqu64	%zmm0, (%r12,%rdx,8)
	vpaddq	%zmm4, %zmm0, %zmm0
	vmovdqu64	%zmm5, 64(%r12,%rdx,8)
	vmovdqu64	%zmm6, 128(%r12,%rdx,8)
	vmovdqu64	%zmm7, 192(%r12,%rdx,8)
	addq	$32, %rdx
	cmpq	%rdx, %rdi
	jne	.LBB0_8
	cmpq	%rbp, %rdi
	je	.LBB0_14
	testb	$28, %bpl
	je	.LBB0_15
.LBB0_11:
	movabsq	$.LCPI0_6, %rsi
	movabsq	$.LCPI0_5, %r8
	movq	%rdi, %rdx
	vpbroadcastq	%rdx, %ymm0
	addq	$28, %rcx
	vpor	(%r8), %ymm0, %ymm0
	vpbroadcastq	(%rsi), %ymm1
	movq	%rcx, %rdi
	andq	%rbp, %rdi
	.p2align	4
.LBB0_12:
	vmovdqu	%ymm0, (%r12,%rdx,8)
	addq	$4, %rdx
	vpaddq	%ymm1, %ymm0, %ymm0
	cmpq	%rdx, %rdi
	jne	.LBB0_12
	cmpq	%rbp, %rdi
	jne	.LBB0_15
.LBB0_14:
	movq	%r13, %rcx
	movq	%rax, %r15
	jmp	.LBB0_18
.LBB0_15:
	movq	%r13, %rcx
	movq	%rax, %r15
	.p2align	4
.LBB0_16:
	movq	%rdi, (%r12,%rdi,8)
	incq	%rdi
	cmpq	%rdi, %rbp
	jne	.LBB0_16
	movl	$1, %r13d
	cmpq	$1, %rbp
	je	.LBB0_19
.LBB0_18:
	movq	%r14, %r13
.LBB0_19:
	leaq	(,%r13,8), %rdi
	movl	$32, %esi
	vzeroupper
	callq	*%rcx
	testq	%rax, %rax
	je	.LBB0_62
	movq	24(%rax), %rcx
	testq	%r13, %r13
	je	.LBB0_57
	cmpq	$1, %rbp
	jle	.LBB0_26
	xorl	%edx, %edx
	cmpq	$4, %r13
	jb	.LBB0_40
	movq	%rcx, %rsi
	subq	%r12, %rsi
	cmpq	$256, %rsi
	jb	.LBB0_40
	movabsq	$9223372036854775776, %rsi
	cmpq	$32, %r13
	jae	.LBB0_33
	xorl	%edx, %edx
	jmp	.LBB0_37
.LBB0_26:
	cmpq	$4, %r13
	jb	.LBB0_27
	leaq	8(%r12), %rdx
	cmpq	%rdx, %rcx
	jae	.LBB0_31
	leaq	(%rcx,%r13,8), %rdx
	cmpq	%rdx, %r12
	jae	.LBB0_31
.LBB0_27:
	xorl	%edx, %edx
.LBB0_52:
	movl	%r13d, %r8d
	subl	%edx, %r8d
	movq	%rdx, %rsi
	andl	$7, %r8d
	je	.LBB0_55
	movq	%rdx, %rsi
	.p2align	4
.LBB0_54:
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, (%rcx,%rsi,8)
	incq	%rsi
	decq	%r8
	jne	.LBB0_54
.LBB0_55:
	subq	%r13, %rdx
	cmpq	$-8, %rdx
	ja	.LBB0_57
	.p2align	4
.LBB0_56:
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, (%rcx,%rsi,8)
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 8(%rcx,%rsi,8)
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 16(%rcx,%rsi,8)
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 24(%rcx,%rsi,8)
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 32(%rcx,%rsi,8)
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 40(%rcx,%rsi,8)
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 48(%rcx,%rsi,8)
	vcvtsi2sdq	(%r12), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 56(%rcx,%rsi,8)
	addq	$8, %rsi
	cmpq	%rsi, %r13
	jne	.LBB0_56
	jmp	.LBB0_57
.LBB0_31:
	movabsq	$9223372036854775776, %rsi
	cmpq	$32, %r13
	jae	.LBB0_45
	xorl	%edx, %edx
	jmp	.LBB0_49
.LBB0_33:
	movq	%r13, %rdx
	andq	%rsi, %rdx
	xorl	%r8d, %r8d
	.p2align	4
.LBB0_34:
	vcvtqq2pd	(%r12,%r8,8), %zmm0
	vcvtqq2pd	64(%r12,%r8,8), %zmm1
	vcvtqq2pd	128(%r12,%r8,8), %zmm2
	vcvtqq2pd	192(%r12,%r8,8), %zmm3
	vaddpd	%zmm0, %zmm0, %zmm0
	vaddpd	%zmm1, %zmm1, %zmm1
	vaddpd	%zmm2, %zmm2, %zmm2
	vaddpd	%zmm3, %zmm3, %zmm3
	vmovupd	%zmm0, (%rcx,%r8,8)
	vmovupd	%zmm1, 64(%rcx,%r8,8)
	vmovupd	%zmm2, 128(%rcx,%r8,8)
	vmovupd	%zmm3, 192(%rcx,%r8,8)
	addq	$32, %r8
	cmpq	%r8, %rdx
	jne	.LBB0_34
	cmpq	%rdx, %r13
	je	.LBB0_57
	testb	$28, %r13b
	je	.LBB0_40
.LBB0_37:
	addq	$28, %rsi
	movq	%rdx, %r8
	movq	%rsi, %rdx
	andq	%r13, %rdx
	.p2align	4
.LBB0_38:
	vcvtqq2pd	(%r12,%r8,8), %ymm0
	vaddpd	%ymm0, %ymm0, %ymm0
	vmovupd	%ymm0, (%rcx,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rdx
	jne	.LBB0_38
	cmpq	%rdx, %r13
	je	.LBB0_57
.LBB0_40:
	movl	%r13d, %r8d
	subl	%edx, %r8d
	movq	%rdx, %rsi
	andl	$7, %r8d
	je	.LBB0_43
	movq	%rdx, %rsi
	.p2align	4
.LBB0_42:
	vcvtsi2sdq	(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, (%rcx,%rsi,8)
	incq	%rsi
	decq	%r8
	jne	.LBB0_42
.LBB0_43:
	subq	%r13, %rdx
	cmpq	$-8, %rdx
	ja	.LBB0_57
	.p2align	4
.LBB0_44:
	vcvtsi2sdq	(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, (%rcx,%rsi,8)
	vcvtsi2sdq	8(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 8(%rcx,%rsi,8)
	vcvtsi2sdq	16(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 16(%rcx,%rsi,8)
	vcvtsi2sdq	24(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 24(%rcx,%rsi,8)
	vcvtsi2sdq	32(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 32(%rcx,%rsi,8)
	vcvtsi2sdq	40(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 40(%rcx,%rsi,8)
	vcvtsi2sdq	48(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 48(%rcx,%rsi,8)
	vcvtsi2sdq	56(%r12,%rsi,8), %xmm15, %xmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vmovsd	%xmm0, 56(%rcx,%rsi,8)
	addq	$8, %rsi
	cmpq	%rsi, %r13
	jne	.LBB0_44
	jmp	.LBB0_57
.LBB0_45:
	vmovsd	(%r12), %xmm0
	movq	%r13, %rdx
	andq	%rsi, %rdx
	xorl	%r8d, %r8d
	vcvtqq2pd	%zmm0, %zmm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vbroadcastsd	%xmm0, %zmm0
	.p2align	4
.LBB0_46:
	vmovupd	%zmm0, (%rcx,%r8,8)
	vmovupd	%zmm0, 64(%rcx,%r8,8)
	vmovupd	%zmm0, 128(%rcx,%r8,8)
	vmovupd	%zmm0, 192(%rcx,%r8,8)
	addq	$32, %r8
	cmpq	%r8, %rdx
	jne	.LBB0_46
	cmpq	%rdx, %r13
	je	.LBB0_57
	testb	$28, %r13b
	je	.LBB0_52
.LBB0_49:
	vmovsd	(%r12), %xmm0
	addq	$28, %rsi
	movq	%rdx, %r8
	movq	%rsi, %rdx
	andq	%r13, %rdx
	vcvtqq2pd	%ymm0, %ymm0
	vaddsd	%xmm0, %xmm0, %xmm0
	vbroadcastsd	%xmm0, %ymm0
	.p2align	4
.LBB0_50:
	vmovupd	%ymm0, (%rcx,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rdx
	jne	.LBB0_50
	cmpq	%rdx, %r13
	jne	.LBB0_52
.LBB0_57:
	movq	%rax, (%rbx)
	movabsq	$NRT_decref, %rax
	movq	$0, 8(%rbx)
	movq	%r13, 16(%rbx)
	movq	$8, 24(%rbx)
	movq	%rcx, 32(%rbx)
	movq	%r13, 40(%rbx)
	movq	%r15, %rdi
	movq	$8, 48(%rbx)
	vzeroupper
	callq	*%rax
	xorl	%eax, %eax
.LBB0_58:
	addq	$8, %rsp
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
.LBB0_59:
	.cfi_def_cfa_offset 64
	movabsq	$.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57.5, %rax
	jmp	.LBB0_61
.LBB0_60:
	movabsq	$.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %rax
.LBB0_61:
	movq	%rax, (%r15)
	movl	$1, %eax
	jmp	.LBB0_58
.LBB0_62:
	movq	(%rsp), %rcx
	movabsq	$.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209.14, %rax
	movq	%rax, (%rcx)
	movl	$1, %eax
	jmp	.LBB0_58
.Lfunc_end0:
	.size	_ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end0-_ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.globl	_ZN7cpython8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	_ZN7cpython8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
_ZN7cpython8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
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
	subq	$168, %rsp
	.cfi_def_cfa_offset 224
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	.cfi_offset %rbp, -16
	movq	%rsi, %rdi
	movabsq	$.const.ret_array, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	40(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	xorl	%r14d, %r14d
	callq	*%r9
	movq	$0, 8(%rsp)
	testl	%eax, %eax
	je	.LBB1_20
	movabsq	$_ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	movq	(%rax), %r15
	testq	%r15, %r15
	je	.LBB1_2
	movq	40(%rsp), %rdi
	movabsq	$PyNumber_Long, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_5
	movabsq	$PyLong_AsLongLong, %r13
	movq	%rax, %r14
	movq	%r14, %rdi
	callq	*%r13
	movabsq	$Py_DecRef, %r12
	movq	%r14, %rdi
	movq	%rax, %rbx
	callq	*%r12
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	jne	.LBB1_19
.LBB1_8:
	movabsq	$_ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	leaq	48(%rsp), %rdi
	leaq	8(%rsp), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	vmovups	%ymm0, 72(%rsp)
	movq	%rbx, %rdx
	vmovups	%ymm0, 48(%rsp)
	vzeroupper
	callq	*%rax
	testl	%eax, %eax
	jne	.LBB1_13
	movq	80(%rsp), %rax
	movq	88(%rsp), %rdx
	movq	96(%rsp), %rcx
	movq	48(%rsp), %rbx
	movq	56(%rsp), %r12
	movq	64(%rsp), %r13
	movq	72(%rsp), %rbp
	movq	24(%r15), %rdi
	movq	%rax, 32(%rsp)
	movq	%rdx, 24(%rsp)
	movq	%rcx, 16(%rsp)
	testq	%rdi, %rdi
	je	.LBB1_11
	movabsq	$PyList_GetItem, %rax
	xorl	%esi, %esi
	callq	*%rax
	movq	%rax, %r14
	jmp	.LBB1_12
.LBB1_11:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.`env.consts` is NULL in `read_const`", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	xorl	%r14d, %r14d
.LBB1_12:
	movabsq	$.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3, %rdi
	movabsq	$.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1, %rdx
	movabsq	$numba_unpickle, %rax
	movl	$32, %esi
	callq	*%rax
	movq	32(%rsp), %rcx
	movq	%rbx, 112(%rsp)
	movq	%r12, 120(%rsp)
	movq	%r13, 128(%rsp)
	movq	%rbp, 136(%rsp)
	movq	24(%rsp), %rsi
	movabsq	$NRT_adapt_ndarray_to_python_acqref, %r9
	leaq	112(%rsp), %rdi
	movl	$1, %edx
	movq	%r14, %r8
	movq	%rcx, 144(%rsp)
	movq	16(%rsp), %rcx
	movq	%rsi, 152(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movl	$1, %ecx
	callq	*%r9
	movabsq	$NRT_decref, %r15
	movq	%rbx, %rdi
	movq	%rax, %r14
	callq	*%r15
.LBB1_20:
	movq	%r14, %rax
	addq	$168, %rsp
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
.LBB1_13:
	.cfi_def_cfa_offset 224
	movq	8(%rsp), %rbx
	movabsq	$PyErr_Clear, %rax
	callq	*%rax
	movl	8(%rbx), %esi
	movq	(%rbx), %rdi
	cmpl	$0, 32(%rbx)
	jle	.LBB1_16
	movslq	%esi, %rsi
	movabsq	$PyBytes_FromStringAndSize, %rax
	callq	*%rax
	movq	16(%rbx), %rdi
	movq	%rax, %r14
	callq	*24(%rbx)
	testq	%rax, %rax
	je	.LBB1_15
	movabsq	$numba_runtime_build_excinfo_struct, %rcx
	movq	%r14, %rdi
	movq	%rax, %rsi
	callq	*%rcx
	movabsq	$NRT_Free, %r15
	movq	%rbx, %rdi
	movq	%rax, %r14
	callq	*%r15
	jmp	.LBB1_17
.LBB1_2:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", %rsi
.LBB1_3:
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	jmp	.LBB1_19
.LBB1_5:
	xorl	%ebx, %ebx
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	je	.LBB1_8
	jmp	.LBB1_19
.LBB1_16:
	movq	16(%rbx), %rdx
	movabsq	$numba_unpickle, %rax
	callq	*%rax
	movq	%rax, %r14
.LBB1_17:
	testq	%r14, %r14
	je	.LBB1_19
	movabsq	$numba_do_raise, %rax
	movq	%r14, %rdi
	callq	*%rax
.LBB1_19:
	xorl	%r14d, %r14d
	jmp	.LBB1_20
.LBB1_15:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments", %rsi
	jmp	.LBB1_3
.Lfunc_end1:
	.size	_ZN7cpython8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end1-_ZN7cpython8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.cfi_endproc

	.globl	cfunc._ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
	.p2align	4
	.type	cfunc._ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@function
cfunc._ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx:
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
	subq	$104, %rsp
	.cfi_def_cfa_offset 160
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	.cfi_offset %rbp, -16
	movq	%rsi, %rdx
	movq	%rdi, %rbx
	movabsq	$_ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, %rax
	leaq	48(%rsp), %rdi
	leaq	16(%rsp), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	vmovups	%ymm0, 72(%rsp)
	vmovups	%ymm0, 48(%rsp)
	movq	$0, 16(%rsp)
	vzeroupper
	callq	*%rax
	movq	16(%rsp), %r14
	movq	48(%rsp), %rcx
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rsi
	movq	72(%rsp), %r15
	movq	80(%rsp), %r12
	movq	88(%rsp), %r13
	movq	96(%rsp), %rbp
	movl	$0, 4(%rsp)
	testl	%eax, %eax
	jne	.LBB2_1
.LBB2_7:
	movq	%rcx, (%rbx)
	movq	%rdx, 8(%rbx)
	movq	%rsi, 16(%rbx)
	movq	%r15, 24(%rbx)
	movq	%r12, 32(%rbx)
	movq	%r13, 40(%rbx)
	movq	%rbp, 48(%rbx)
	movq	%rbx, %rax
	addq	$104, %rsp
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
.LBB2_1:
	.cfi_def_cfa_offset 160
	movabsq	$numba_gil_ensure, %rax
	leaq	4(%rsp), %rdi
	movq	%rsi, 24(%rsp)
	movq	%rdx, 32(%rsp)
	movq	%rcx, 40(%rsp)
	callq	*%rax
	movabsq	$PyErr_Clear, %rax
	callq	*%rax
	movl	8(%r14), %esi
	movq	(%r14), %rdi
	cmpl	$0, 32(%r14)
	jle	.LBB2_4
	movslq	%esi, %rsi
	movabsq	$PyBytes_FromStringAndSize, %rax
	callq	*%rax
	movq	16(%r14), %rdi
	movq	%rax, 8(%rsp)
	callq	*24(%r14)
	testq	%rax, %rax
	je	.LBB2_3
	movq	8(%rsp), %rdi
	movabsq	$numba_runtime_build_excinfo_struct, %rcx
	movq	%rax, %rsi
	callq	*%rcx
	movq	%rax, 8(%rsp)
	movabsq	$NRT_Free, %rax
	movq	%r14, %rdi
	callq	*%rax
	movq	8(%rsp), %rdi
	jmp	.LBB2_5
.LBB2_4:
	movq	16(%r14), %rdx
	movabsq	$numba_unpickle, %rax
	callq	*%rax
	movq	%rax, %rdi
.LBB2_5:
	testq	%rdi, %rdi
	je	.LBB2_6
	movabsq	$numba_do_raise, %rax
	callq	*%rax
.LBB2_6:
	movabsq	$".const.<numba.core.cpu.CPUContext>", %rdi
	movabsq	$PyUnicode_FromString, %rax
	callq	*%rax
	movq	%rax, %r14
	movabsq	$PyErr_WriteUnraisable, %rax
	movq	%r14, %rdi
	callq	*%rax
	movabsq	$Py_DecRef, %rax
	movq	%r14, %rdi
	callq	*%rax
	movabsq	$numba_gil_release, %rax
	leaq	4(%rsp), %rdi
	callq	*%rax
	movq	40(%rsp), %rcx
	movq	32(%rsp), %rdx
	movq	24(%rsp), %rsi
	jmp	.LBB2_7
.LBB2_3:
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.Error creating Python tuple from runtime exception arguments.1", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	xorl	%esi, %esi
	xorl	%r15d, %r15d
	xorl	%r12d, %r12d
	xorl	%r13d, %r13d
	xorl	%ebp, %ebp
	jmp	.LBB2_7
.Lfunc_end2:
	.size	cfunc._ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, .Lfunc_end2-cfunc._ZN8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx
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

	.type	.const.ret_array,@object
	.section	.lrodata,"al",@progbits
.const.ret_array:
	.asciz	"ret_array"
	.size	.const.ret_array, 10

	.type	_ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,@object
	.comm	_ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__9ret_arrayB2v5B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx", 101

	.type	".const.`env.consts` is NULL in `read_const`",@object
	.p2align	4, 0x0
".const.`env.consts` is NULL in `read_const`":
	.asciz	"`env.consts` is NULL in `read_const`"
	.size	".const.`env.consts` is NULL in `read_const`", 37

	.type	.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3,@object
	.p2align	4, 0x0
.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3:
	.ascii	"\200\004\225\025\000\000\000\000\000\000\000\214\005numpy\224\214\007ndarray\224\223\224."
	.size	.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3, 32

	.type	.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1,@object
	.p2align	4, 0x0
.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1:
	.ascii	"\337\274\375\323\237\313&\364\320\306\200\225D\207\270\300\265;\270\243"
	.size	.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1, 20

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

	.type	_ZN08NumbaEnv5numba2np8arrayobj9np_arange12_3clocals_3e4implB2v6B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx27omitted_28default_3dNone_2927omitted_28default_3dNone_2927omitted_28default_3dNone_29,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj9np_arange12_3clocals_3e4implB2v6B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx27omitted_28default_3dNone_2927omitted_28default_3dNone_2927omitted_28default_3dNone_29,8,8
	.type	_ZN08NumbaEnv5numba7cpython8builtins6ol_int12_3clocals_3e4implB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx,@object
	.comm	_ZN08NumbaEnv5numba7cpython8builtins6ol_int12_3clocals_3e4implB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx,8,8
	.type	_ZN08NumbaEnv5numba7cpython8builtins6ol_max12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE15StarArgUniTupleIxLi2EE,@object
	.comm	_ZN08NumbaEnv5numba7cpython8builtins6ol_max12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE15StarArgUniTupleIxLi2EE,8,8
	.type	_ZN08NumbaEnv5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v9B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx16class_28int64_29,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v9B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx16class_28int64_29,8,8
	.type	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.6,@object
	.p2align	4, 0x0
.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.6:
	.ascii	"\200\004\225~\000\000\000\000\000\000\000\214\bbuiltins\224\214\nValueError\224\223\224\214[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\224\205\224N\207\224."
	.size	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.6, 137

	.type	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1.7,@object
	.p2align	4, 0x0
.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1.7:
	.ascii	"X\341N\314\265\007\261\340 i\201t\002#\346\205\313\214<W"
	.size	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1.7, 20

	.type	.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57.5,@object
	.p2align	4, 0x0
.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57.5:
	.quad	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.6
	.long	137
	.zero	4
	.quad	.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1.7
	.quad	0
	.long	0
	.zero	4
	.size	.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57.5, 40

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

	.type	_ZN08NumbaEnv13_3cdynamic_3e33__numba_array_expr_0x7f8db6acac10B3v12B72c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAQ4s_2fqEpEUkESQI1_2bmEQRxHRNAA_3d_3dEx,@object
	.comm	_ZN08NumbaEnv13_3cdynamic_3e33__numba_array_expr_0x7f8db6acac10B3v12B72c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAQ4s_2fqEpEUkESQI1_2bmEQRxHRNAA_3d_3dEx,8,8
	.type	_ZN08NumbaEnv5numba2np7npyimpl15_broadcast_ontoB3v13B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEx8int64_2ax8int64_2a,@object
	.comm	_ZN08NumbaEnv5numba2np7npyimpl15_broadcast_ontoB3v13B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEx8int64_2ax8int64_2a,8,8
	.type	_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB3v10B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB3v10B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,8,8
	.type	_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v11B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,@object
	.comm	_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v11B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj,8,8
	.type	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.15,@object
	.p2align	4, 0x0
.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.15:
	.ascii	"\200\004\225K\000\000\000\000\000\000\000\214\bbuiltins\224\214\013MemoryError\224\223\224\214'Allocation failed (probably too large).\224\205\224N\207\224."
	.size	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.15, 86

	.type	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1.16,@object
	.p2align	4, 0x0
.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1.16:
	.ascii	"\272(\235\201\360\\p \363G|\025sH\004\337e\253\342\t"
	.size	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1.16, 20

	.type	.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209.14,@object
	.p2align	4, 0x0
.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209.14:
	.quad	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.15
	.long	86
	.zero	4
	.quad	.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1.16
	.quad	0
	.long	0
	.zero	4
	.size	.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209.14, 40

	.section	".note.GNU-stack","",@progbits
