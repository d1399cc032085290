	.file	"<string>"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x3fc00000
	.section	.ltext,"axl",@progbits
	.globl	_ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf
	.p2align	4
	.type	_ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf,@function
_ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf:
	movabsq	$.LCPI0_0, %rax
	vmulss	(%rax), %xmm0, %xmm0
	xorl	%eax, %eax
	vmovss	%xmm0, (%rdi)
	retq
.Lfunc_end0:
	.size	_ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf, .Lfunc_end0-_ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf

	.globl	_ZN7cpython8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf
	.p2align	4
	.type	_ZN7cpython8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf,@function
_ZN7cpython8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	subq	$32, %rsp
	.cfi_def_cfa_offset 48
	.cfi_offset %rbx, -16
	movq	%rsi, %rdi
	movabsq	$.const.scale32, %rsi
	movabsq	$PyArg_UnpackTuple, %r9
	leaq	24(%rsp), %r8
	movl	$1, %edx
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	*%r9
	testl	%eax, %eax
	je	.LBB1_1
	movabsq	$_ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf, %rax
	cmpq	$0, (%rax)
	je	.LBB1_4
	movq	24(%rsp), %rdi
	movabsq	$PyNumber_Float, %rax
	callq	*%rax
	movq	%rax, %rbx
	movabsq	$PyFloat_AsDouble, %rax
	movq	%rbx, %rdi
	callq	*%rax
	movabsq	$Py_DecRef, %rax
	movq	%rbx, %rdi
	vmovsd	%xmm0, 16(%rsp)
	callq	*%rax
	movabsq	$PyErr_Occurred, %rax
	callq	*%rax
	testq	%rax, %rax
	jne	.LBB1_1
	vmovsd	16(%rsp), %xmm0
	movabsq	$_ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf, %rax
	leaq	12(%rsp), %rdi
	vcvtsd2ss	%xmm0, %xmm0, %xmm0
	callq	*%rax
	vmovss	12(%rsp), %xmm0
	movabsq	$PyFloat_FromDouble, %rax
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	callq	*%rax
	addq	$32, %rsp
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.LBB1_4:
	.cfi_def_cfa_offset 48
	movabsq	$PyExc_RuntimeError, %rdi
	movabsq	$".const.missing Environment: _ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf", %rsi
	movabsq	$PyErr_SetString, %rax
	callq	*%rax
.LBB1_1:
	xorl	%eax, %eax
	addq	$32, %rsp
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end1:
	.size	_ZN7cpython8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf, .Lfunc_end1-_ZN7cpython8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf
	.cfi_endproc

	.globl	cfunc._ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf
	.p2align	4
	.type	cfunc._ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf,@function
cfunc._ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf:
	pushq	%rax
	movabsq	$_ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf, %rax
	leaq	4(%rsp), %rdi
	callq	*%rax
	vmovss	4(%rsp), %xmm0
	popq	%rax
	retq
.Lfunc_end2:
	.size	cfunc._ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf, .Lfunc_end2-cfunc._ZN8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf

	.type	.const.scale32,@object
	.section	.lrodata,"al",@progbits
.const.scale32:
	.asciz	"scale32"
	.size	.const.scale32, 8

	.type	_ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf,@object
	.comm	_ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf,8,8
	.type	".const.missing Environment: _ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf",@object
	.p2align	4, 0x0
".const.missing Environment: _ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf":
	.asciz	"missing Environment: _ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf"
	.size	".const.missing Environment: _ZN08NumbaEnv8__main__7scale32B3v24B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEf", 100

	.section	".note.GNU-stack","",@progbits
