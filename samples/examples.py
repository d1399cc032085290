"""A small project for `asmsurgeon compile` and `asmsurgeon build`: plain
@njit functions, compiled to assembly (or to executables) from the command
line, e.g.

    asmsurgeon compile samples/examples.py:hypotenuse --sig 'float64(float64, float64)'

Imported as module `examples`, so the symbols read `_ZN8examples...`.
"""

import math

import numpy as np
from numba import njit


@njit
def hypotenuse(a, b):
    return math.sqrt(a * a + b * b)


@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@njit
def mean(a):
    return a.sum() / a.size


@njit
def clamp(x, lo, hi):
    if lo > hi:
        raise ValueError("clamp: lo must be <= hi")
    return min(max(x, lo), hi)


if __name__ == "__main__":
    print(hypotenuse(3.0, 4.0), collatz_steps(27), mean(np.arange(5.0)), clamp(15, 0, 10))
