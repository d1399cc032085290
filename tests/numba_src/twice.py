"""A second library for tests/test_header_arrays.py: two headers in one program."""
from numba import njit


@njit
def twice(x):
    return 2 * x
