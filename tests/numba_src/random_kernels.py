"""Random draws built by tests/test_random_runtime.py and run both as
standalone programs and by Numba in-process.

Each `*_draw(which, seed, k)` seeds Numba's generator, draws k+1 numbers
from distribution `which` and returns the last one, so one program per
family covers every distribution and the comparison is number by number
(k past 312 crosses a refill of the 624-word state). The distributions are
Numba's own test functions (numba.tests.test_random) wherever it has one.
The rest is code as a user writes it: arrays shuffled, sampled and
permuted in place, reduced to one number because programs return scalars.
"""

import random

import numpy as np
from numba import njit
from numba.tests import test_random as numba_tests
from numba.tests.test_random import (
    jit_binary,
    jit_nullary,
    jit_ternary,
    jit_unary,
    numpy_normal,
    numpy_random,
    numpy_seed,
    random_gauss,
    random_random,
    random_seed,
)

# Numba's tests keep these as plain functions and jit them per test.
numpy_randint1 = njit(numba_tests.numpy_randint1)
numpy_randint2 = njit(numba_tests.numpy_randint2)
numpy_choice1 = njit(numba_tests.numpy_choice1)
random_randint = njit(numba_tests.random_randint)
random_randrange1 = njit(numba_tests.random_randrange1)
random_randrange3 = njit(numba_tests.random_randrange3)

np_randn = jit_nullary("np.random.randn")
np_standard_normal = jit_nullary("np.random.standard_normal")
np_uniform = jit_binary("np.random.uniform")
np_exponential = jit_unary("np.random.exponential")
np_standard_exponential = jit_nullary("np.random.standard_exponential")
np_gamma = jit_binary("np.random.gamma")
np_standard_gamma = jit_unary("np.random.standard_gamma")
np_beta = jit_binary("np.random.beta")
np_standard_t = jit_unary("np.random.standard_t")
np_chisquare = jit_unary("np.random.chisquare")
np_f = jit_binary("np.random.f")
np_laplace = jit_binary("np.random.laplace")
np_logistic = jit_binary("np.random.logistic")
np_lognormal = jit_binary("np.random.lognormal")
np_pareto = jit_unary("np.random.pareto")
np_power = jit_unary("np.random.power")
np_rayleigh = jit_unary("np.random.rayleigh")
np_cauchy = jit_nullary("np.random.standard_cauchy")
np_triangular = jit_ternary("np.random.triangular")
np_vonmises = jit_binary("np.random.vonmises")
np_wald = jit_binary("np.random.wald")
np_weibull = jit_unary("np.random.weibull")
np_gumbel = jit_binary("np.random.gumbel")

np_poisson = jit_unary("np.random.poisson")
np_binomial = jit_binary("np.random.binomial")
np_geometric = jit_unary("np.random.geometric")
np_hypergeometric = jit_ternary("np.random.hypergeometric")
np_logseries = jit_unary("np.random.logseries")
np_negative_binomial = jit_binary("np.random.negative_binomial")
np_zipf = jit_unary("np.random.zipf")

py_uniform = jit_binary("random.uniform")
py_triangular = jit_ternary("random.triangular")
py_expovariate = jit_unary("random.expovariate")
py_gammavariate = jit_binary("random.gammavariate")
py_betavariate = jit_binary("random.betavariate")
py_normalvariate = jit_binary("random.normalvariate")
py_lognormvariate = jit_binary("random.lognormvariate")
py_paretovariate = jit_unary("random.paretovariate")
py_weibullvariate = jit_binary("random.weibullvariate")
py_vonmisesvariate = jit_binary("random.vonmisesvariate")
py_getrandbits = jit_unary("random.getrandbits")

# How many distributions each *_draw function has (its `which` is below).
COUNTS = {"np_float_draw": 29, "np_int_draw": 17, "py_float_draw": 14, "py_int_draw": 6}


@njit
def _np_float(which):
    if which == 0:
        return numpy_random()
    if which == 1:
        return numpy_normal(1.5, 2.0)
    if which == 2:
        return np_randn()
    if which == 3:
        return np_standard_normal()
    if which == 4:
        return np_uniform(-1.0, 3.0)
    if which == 5:
        return np_exponential(2.0)
    if which == 6:
        return np_standard_exponential()
    if which == 7:
        return np_gamma(2.5, 1.5)
    if which == 8:
        return np_gamma(0.5, 2.0)
    if which == 9:
        return np_standard_gamma(1.0)
    if which == 10:
        return np_beta(0.5, 0.8)
    if which == 11:
        return np_beta(2.0, 3.0)
    if which == 12:
        return np_standard_t(3.0)
    if which == 13:
        return np_chisquare(4.0)
    if which == 14:
        return np_f(3.0, 7.0)
    if which == 15:
        return np_laplace(1.0, 2.0)
    if which == 16:
        return np_logistic(1.0, 2.0)
    if which == 17:
        return np_lognormal(0.5, 1.0)
    if which == 18:
        return np_pareto(3.0)
    if which == 19:
        return np_power(2.5)
    if which == 20:
        return np_rayleigh(2.0)
    if which == 21:
        return np_cauchy()
    if which == 22:
        return np_triangular(0.0, 1.0, 3.0)
    if which == 23:
        return np_vonmises(1.0, 2.0)
    if which == 24:
        return np_vonmises(-1.0, 1e-9)
    if which == 25:
        return np_wald(1.0, 2.0)
    if which == 26:
        return np_weibull(1.5)
    if which == 27:
        return np_gumbel(0.5, 2.0)
    return np.random.uniform(2.0, 5.0)


@njit
def _np_int(which):
    if which == 0:
        return numpy_randint1(100)
    if which == 1:
        return numpy_randint2(-50, 50)
    if which == 2:
        return numpy_randint2(0, 1 << 40)
    if which == 3:
        return np_poisson(3.5)
    if which == 4:
        return np_poisson(42.0)
    if which == 5:
        return np_poisson(12345.6)
    if which == 6:
        return np_binomial(20, 0.3)
    if which == 7:
        return np_binomial(1000, 0.6)
    if which == 8:
        return np_binomial(50, 0.95)
    if which == 9:
        return np_geometric(0.3)
    if which == 10:
        return np_hypergeometric(20, 15, 10)
    if which == 11:
        return np_hypergeometric(500, 400, 300)
    if which == 12:
        return np_logseries(0.7)
    if which == 13:
        return np_negative_binomial(5, 0.4)
    if which == 14:
        return np_zipf(2.5)
    if which == 15:
        return np.random.randint(-(1 << 40), 1 << 61)
    return np.random.poisson(10.0)


@njit
def _py_float(which):
    if which == 0:
        return random_random()
    if which == 1:
        return random_gauss(0.5, 2.0)
    if which == 2:
        return py_uniform(1.0, 3.0)
    if which == 3:
        return py_triangular(0.0, 3.0, 1.0)
    if which == 4:
        return py_expovariate(1.5)
    if which == 5:
        return py_gammavariate(2.5, 1.0)
    if which == 6:
        return py_gammavariate(0.5, 1.0)
    if which == 7:
        return py_gammavariate(1.0, 3.0)
    if which == 8:
        return py_betavariate(2.0, 3.0)
    if which == 9:
        return py_normalvariate(1.0, 2.0)
    if which == 10:
        return py_lognormvariate(0.0, 1.0)
    if which == 11:
        return py_paretovariate(3.0)
    if which == 12:
        return py_weibullvariate(1.0, 2.0)
    return py_vonmisesvariate(1.0, 2.0)


@njit
def _py_int(which):
    if which == 0:
        return random_randint(1, 6)
    if which == 1:
        return random_randrange1(1000)
    if which == 2:
        return random_randrange3(-100, 100, 7)
    if which == 3:
        return np.int64(py_getrandbits(32))
    if which == 4:
        return np.int64(py_getrandbits(63))
    return random.randint(-(10 ** 12), 10 ** 12)


@njit
def np_float_draw(which, seed, k):
    numpy_seed(seed)
    x = _np_float(which)
    for _ in range(k):
        x = _np_float(which)
    return x


@njit
def np_int_draw(which, seed, k):
    numpy_seed(seed)
    x = _np_int(which)
    for _ in range(k):
        x = _np_int(which)
    return x


@njit
def py_float_draw(which, seed, k):
    random_seed(seed)
    x = _py_float(which)
    for _ in range(k):
        x = _py_float(which)
    return x


@njit
def py_int_draw(which, seed, k):
    random_seed(seed)
    x = _py_int(which)
    for _ in range(k):
        x = _py_int(which)
    return x


def _weighted(a):
    """A checksum that tells orders apart."""
    total = 0.0
    for i in range(a.size):
        total += (i + 1) * a[i]
    return total


weighted = njit(_weighted)


@njit
def np_shuffled(seed, a):
    np.random.seed(seed)
    np.random.shuffle(a)
    return weighted(a)


@njit
def py_shuffled(seed, a):
    random.seed(seed)
    random.shuffle(a)
    return weighted(a)


@njit
def np_chosen(seed, a):
    np.random.seed(seed)
    first = numpy_choice1(a)
    picks = np.random.choice(a, 5)
    unique = np.random.choice(a, a.size, replace=False)
    return first + weighted(picks) + weighted(unique)


@njit
def np_permuted(seed, n):
    np.random.seed(seed)
    return weighted(np.random.permutation(n))


@njit
def np_sized(seed, n):
    np.random.seed(seed)
    return (weighted(np.random.random(n)) + weighted(np.random.normal(0.0, 1.0, n))
            + weighted(np.random.uniform(-1.0, 1.0, size=n)) + weighted(np.random.randint(0, 10, n)))


@njit
def monte_carlo_pi(seed, n):
    np.random.seed(seed)
    inside = 0
    for _ in range(n):
        x, y = np.random.random(), np.random.random()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n


@njit
def unseeded(which):
    if which == 0:
        return np.random.random()
    return random.random()
