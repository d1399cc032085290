"""The kernels the benchmarks time, and the tests check, in one place:
the benchmarks build them from this file, tests/parallel_kernels.py and
tests/test_cpu.py load or build the same functions. (Not `kernels.py`:
the tests have modules of that name.)"""

from numba import njit, prange


@njit(parallel=True)
def mandelbrot(width, height, iters):
    """Compute-bound prange rows: the parallel benchmark (benchmarks/parallel.py)."""
    total = 0
    for y in prange(height):
        for x in range(width):
            c = complex(-2.0 + 2.5 * x / width, -1.25 + 2.5 * y / height)
            z = 0j
            k = 0
            while k < iters and (z.real * z.real + z.imag * z.imag) <= 4.0:
                z = z * z + c
                k += 1
            total += k
    return total


@njit(fastmath=True)
def poly_sum(n):
    """Vectorised to each target's width (fastmath lets LLVM reorder the
    sum): the CPU-target benchmark (benchmarks/cpu_targets.py)."""
    s = 0.0
    for i in range(n):
        x = i * 1e-9
        s += x * x * 0.5 + x * 0.25 + 1.0
    return s
