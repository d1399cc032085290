"""What users and Numba's test suite write with parallel=True, for
tests/test_parallel_corpus.py: Numba's own module-level parallel functions
and kernels re-typed from TestPrangeBasic / TestParfors methods (array
expressions, reductions of every kind, 2-D/3-D loops, allocation and
np.random in threads, pndindex, stencils, odd ranges)."""

import math

import numba
import numpy as np
from numba import njit, prange, stencil, vectorize
from numba.tests.parfor_iss9490_usecase import stable_fit
from numba.tests.parfors_cache_usecases import arrayexprs_case, caller_case, prange_case
from numba.tests.test_parfors import blackscholes_impl, example_kmeans_test, lr_impl, test_call_hoisting_outcall
from numba.tests.threading_backend_usecases import busy_func_inner

par = njit(parallel=True)

# Numba's module-level functions, as they are or made parallel.
blackscholes = par(blackscholes_impl)
logistic_regression = par(lr_impl)
kmeans = par(example_kmeans_test)
cache_arrayexprs = arrayexprs_case
cache_prange = prange_case
cache_caller = caller_case
busy = busy_func_inner


@par
def iss9490(X, y):
    # stable_fit's default threshold, through a caller of our own (a
    # keyword default is not a command-line argument).
    return stable_fit(X, y)


@par
def call_hoisting(x):
    res = np.empty(x.size)
    for i in prange(x.size):
        out = np.zeros(1)
        out[0] = i
        t = test_call_hoisting_outcall(x[i], out)
        res[i] = t[0] + t[1][0]
    return res


# Array expressions Numba turns into parallel regions.
@par
def axpy(a, b, c):
    return a * b + c


@par
def sines(a):
    return np.sin(a) + np.cos(a) * 2.0


@par
def np_sum(a):
    return np.sum(a * 2.0)


@par
def method_sum(a):
    return (a + 1.0).sum()


@par
def arg_reductions(a):
    return a.argmin() * 1000 + np.argmax(a)


@par
def stats(a):
    return (a.min(), a.max(), a.mean(), a.std(), np.var(a))


@par
def matrix_expr(m):
    return m * 2.0 - m.T + 1.0


# prange loops.
@par
def ones_in_prange(n):
    s = 0.0
    for i in prange(n):
        t = np.ones(3) * i
        z = np.zeros(2)
        s += t.sum() + z.sum()
    return s


@par
def row_sums(m):
    out = np.empty(m.shape[0])
    for i in prange(m.shape[0]):
        acc = 0.0
        for j in range(m.shape[1]):
            acc += m[i, j]
        out[i] = acc
    return out


@par
def cube(n):
    a = np.empty((n, n + 1, n + 2))
    for i in prange(n):
        for j in range(n + 1):
            for k in range(n + 2):
                a[i, j, k] = i * 100 + j * 10 + k
    return a.sum()


@par
def conditional(a):
    s = 0.0
    c = 0
    for i in prange(a.size):
        if a[i] > 0:
            s += a[i]
        else:
            c += 1
    return s * 100 + c


@par
def alloc_per_iteration(n, m):
    out = np.empty(n)
    for i in prange(n):
        tmp = np.empty(m)
        for j in range(m):
            tmp[j] = (i + 1) * (j + 1)
        out[i] = tmp.sum() / m
    return out


@par
def random_mean(n):
    # Numba keeps a random state per thread: compared statistically.
    s = 0.0
    for _ in prange(n):
        s += np.random.random()
    return s / n


@par
def array_reduction(a, k):
    acc = np.zeros(k)
    for i in prange(a.size):
        acc += a[i] * np.arange(k)
    return acc


@par
def two_reductions(a):
    s = 0.0
    p = 1.0
    for i in prange(a.size):
        s += a[i]
        p *= 1.0 + a[i] * 0.01
    return (s, p)


@par
def complex_sum(a):
    s = 0j
    for i in prange(a.size):
        s += complex(a[i], i)
    return s


@par
def pndindex_fill(m):
    out = np.zeros(m.shape)
    for idx in numba.pndindex(m.shape):
        out[idx] = m[idx] * 2.0 + idx[0]
    return out


@stencil
def _avg3(a):
    return (a[-1] + a[0] + a[1]) / 3.0


@par
def stencil_avg(a):
    return _avg3(a)


@par
def int8_sum(a):
    s = 0
    for i in prange(a.size):
        s += a[i]
    return s


@par
def float32_sum(a):
    s = np.float32(0.0)
    for i in prange(a.size):
        s += a[i]
    return s


@par
def float32_method(a):
    return a.sum()


@par
def empty_range(n):
    s = 7.0
    for i in prange(n):
        s += i
    return s


@par
def negative_range(lo, hi):
    # prange takes no step but 1 (Numba refuses others); a range from a
    # negative start, written back to front, and an empty one (lo >= hi).
    out = np.zeros(hi - lo if hi > lo else 0)
    s = 0.0
    for i in prange(lo, hi):
        out[hi - 1 - i] = i * 3.0
        s += i
    return out.sum() * 1000 + s


@par
def stepped_prange(n):
    s = 0.0
    for i in prange(n - 1, -1, -2):
        s += i
    return s


@par
def huge_count(n):
    s = 0
    for i in prange(n):
        s += i & 7
    return s


@par
def minmax_prange(a):
    lo = a[0]
    hi = a[0]
    for i in prange(a.size):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return (lo, hi)


@par
def threads_inside(n):
    # numba.get_num_threads/set_num_threads/get_thread_id inside a function
    # (test_num_threads' _test_set_num_threads_inside_jit).
    before = numba.get_num_threads()
    numba.set_num_threads(1)
    ones = np.zeros(n, np.int64)
    for i in prange(n):
        ones[i] = numba.get_thread_id()
    numba.set_num_threads(before)
    seen = np.zeros(n, np.int64)
    for i in prange(n):
        seen[i] = numba.get_thread_id()
    return (ones.max(), seen.max() + 1 <= before, numba.get_num_threads() == before)


@par
def nested_parallel_call(n):
    # A parallel function called from a prange body (test_num_threads'
    # nested parallelism): the inner region runs inside the outer one.
    out = np.empty(n)
    for i in prange(n):
        out[i] = row_sums(np.ones((3, i + 1))).sum()
    return out


@par
def trig_math(n):
    s = 0.0
    for i in prange(n):
        s += math.sin(i) * math.exp(-i * 1e-3)
    return s


@par
def print_body(n):
    for i in prange(n):
        print("row", i, i * 0.5)
    return n



@par
def reshape_sum(n):
    a = np.arange(n * 4.0).reshape((n, 4))
    return (a * 2).sum(axis=0)



@par
def int_max(a):
    m = a[0]
    for i in prange(a.size):
        if a[i] > m:
            m = a[i]
    return m



@par
def ones2d(n, m):
    return np.ones((n, m)) * 3 + np.zeros((n, m))



@par
def where_expr(a):
    return np.where(a > 0, a, 0.0).sum()



@par
def fill_2d_prange(n, m):
    out = np.empty((n, m))
    for i in prange(n):
        for j in prange(m):
            out[i, j] = i * m + j
    return out



@par
def uint_reduce(n):
    s = np.uint32(0)
    for i in prange(n):
        s += np.uint32(i)
    return s



@par
def float32_arr(a):
    return np.sqrt(a) * np.float32(2)



@par
def list_in_prange(n):
    s = 0
    for i in prange(n):
        items = [j for j in range(i % 5)]
        s += len(items)
    return s



@par
def dot_rows(m, v):
    out = np.empty(m.shape[0])
    for i in prange(m.shape[0]):
        out[i] = np.dot(m[i], v)
    return out



@par
def cumsum_rows(m):
    out = np.empty_like(m)
    for i in prange(m.shape[0]):
        out[i] = np.cumsum(m[i])
    return out



@par
def sort_rows(m):
    out = m.copy()
    for i in prange(m.shape[0]):
        out[i] = np.sort(m[i])
    return out



@njit
def _div(a, b):
    return a // b



@par
def zero_div(a):
    s = 0
    for i in prange(a.size):
        s += _div(10, a[i])
    return s


# A sweep of typical user code (issue 13 follow-up).
@par
def pairwise_distances(x):
    n = x.shape[0]
    out = np.empty((n, n))
    for i in prange(n):
        for j in range(n):
            d = 0.0
            for k in range(x.shape[1]):
                t = x[i, k] - x[j, k]
                d += t * t
            out[i, j] = np.sqrt(d)
    return out


@par
def blur_rows(img):
    h, w = img.shape
    out = np.zeros_like(img)
    for i in prange(1, h - 1):
        for j in range(1, w - 1):
            out[i, j] = (img[i - 1, j] + img[i + 1, j] + img[i, j - 1] + img[i, j + 1] + img[i, j]) / 5.0
    return out


@par
def monte_carlo_pi(n):
    inside = 0
    for _ in prange(n):
        x = np.random.random()
        y = np.random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


@par
def histogram_chunks(a, nbins, nchunks):
    hist = np.zeros(nbins, np.int64)
    for c in prange(nchunks):
        local = np.zeros(nbins, np.int64)
        for i in range(c, a.size, nchunks):
            b = min(int(a[i] * nbins), nbins - 1)
            local[b] += 1
        hist += local
    return hist


@par
def inner_step(n, k):
    s = 0
    for i in prange(n):
        step = i % k + 1
        for j in range(0, i, step):
            s += j
    return s


@par
def exp_log_2d(a, b):
    return np.exp(a) + np.log1p(b)


@par
def where_2d(a):
    return np.where(a > 0.0, a * 2.0, -a)


@par
def positive_sum(a):
    return a[a > 0].sum()


@par
def argmax_rows(m):
    out = np.empty(m.shape[0], np.int64)
    for i in prange(m.shape[0]):
        out[i] = np.argmax(m[i])
    return out


@par
def main(n):
    s = 0.0
    for i in prange(n):
        s += i * 0.5
    return s


@par
def sin(a):
    out = np.empty_like(a)
    for i in prange(a.size):
        out[i] = math.sin(a[i])
    return out


@njit
def _window(a, i):
    w = np.empty(3)
    for k in range(3):
        w[k] = a[(i + k) % a.size]
    return w


@par
def calls_allocating(a):
    out = np.empty(a.size)
    for i in prange(a.size):
        out[i] = _window(a, i).mean()
    return out


@par
def skip_negative(a):
    s = 0.0
    for i in prange(a.size):
        if a[i] < 0:
            continue
        s += a[i] * a[i]
    return s


@par
def tuple_of_arrays(a):
    sq = np.empty_like(a)
    cu = np.empty_like(a)
    for i in prange(a.size):
        sq[i] = a[i] * a[i]
        cu[i] = sq[i] * a[i]
    return sq, cu


@par
def int32_scale(a, k):
    out = np.empty_like(a)
    for i in prange(a.size):
        out[i] = a[i] * k
    return out


@par
def float32_norm(a):
    s = np.float32(0)
    for i in prange(a.size):
        s += a[i] * a[i]
    return np.sqrt(s)


@par
def fortran_col_sums(m):
    out = np.empty(m.shape[1])
    for j in prange(m.shape[1]):
        out[j] = m[:, j].sum()
    return out


@par
def fortran_expr(m):
    return m * 2.0 + 1.0


@par
def weighted_mix(a, b, w, out):
    for i in prange(a.size):
        out[i] = w[i] * a[i] + (1.0 - w[i]) * b[i]
    return out.sum()


def _serial_caller(a):
    return positive_sum(a) + sin(a).sum()


serial_caller = njit(_serial_caller)


@par
def mean_std_cols(m):
    return m.sum() / m.size, np.sqrt(((m - m.mean()) ** 2).mean())


@par
def int_squares_2d(n, m):
    out = np.empty((n, m), np.int32)
    for i in prange(n):
        for j in range(m):
            out[i, j] = np.int32(i * j)
    return out


WEIGHTS = np.array([0.5, 0.25, 0.125, 0.125])


@par
def global_weights(m):
    out = np.empty(m.shape[0])
    for i in prange(m.shape[0]):
        acc = 0.0
        for j in range(WEIGHTS.size):
            acc += m[i, j] * WEIGHTS[j]
        out[i] = acc
    return out


@par
def volume_sum(v):
    out = np.zeros(v.shape[0])
    for i in prange(v.shape[0]):
        out[i] = v[i].sum()
    return out


@par
def strided_scale(a):
    return a * 3.0 - 1.0


@par
def row_norms(m):
    out = np.empty(m.shape[0])
    for i in prange(m.shape[0]):
        out[i] = np.linalg.norm(m[i])
    return out


@par
def complex_rows(n):
    out = np.empty(n, np.complex128)
    for i in prange(n):
        out[i] = complex(i, -i) * 1j
    return out


@par
def normal_mean(n):
    s = 0.0
    for _ in prange(n):
        s += np.random.normal(2.0, 1.0)
    return s / n


@par
def argsort_rows(m):
    out = np.empty(m.shape, np.int64)
    for i in prange(m.shape[0]):
        out[i] = np.argsort(m[i])
    return out


@par
def divmod_loop(n):
    s = 0
    for i in prange(n):
        q, r = divmod(i, 3)
        s += q * r
    return s


@par
def raise_negative(a):
    s = 0.0
    for i in prange(a.size):
        if a[i] < -100:
            raise ValueError("too negative")
        s += a[i]
    return s


@par
def while_inside(a):
    out = np.empty(a.size, np.int64)
    for i in prange(a.size):
        x = int(a[i])
        c = 0
        while x > 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            c += 1
        out[i] = c
    return out


@par
def sum_axis1(m):
    return np.sum(m, axis=1)


@par
def bool_input(mask, a):
    s = 0.0
    for i in prange(a.size):
        if mask[i]:
            s += a[i]
    return s


@par
def linspace_expr(n):
    x = np.linspace(0.0, 1.0, n)
    return np.sum(x * x)


@par
def arr_accumulate_2d(m):
    acc = np.zeros(m.shape[1])
    for i in prange(m.shape[0]):
        acc += m[i]
    return acc


@par
def dict_in_body(n):
    s = 0
    for i in prange(n):
        d = {}
        d[i] = i * 2
        s += d[i]
    return s


@par
def matmul(a, b):
    return a @ b


@par
def uint_range(n):
    s = 0.0
    for i in prange(np.uint64(n)):
        s += i
    return s


@par
def int32_range(lo, hi):
    s = 0
    for i in prange(lo, hi):
        s += i
    return s


@par
def outer_accumulate(a):
    acc = np.zeros((3, 3))
    for i in prange(a.size):
        v = np.full(3, a[i])
        acc += np.outer(v, v)
    return acc


@par
def broadcast_add(m, v):
    return m + v


@par
def str_len_loop(n):
    s = 0
    for i in prange(n):
        s += len(str(i))
    return s


@par
def float32_scalar(a, k):
    return a * k + np.float32(1)


@vectorize(["float64(float64, float64)"], target="parallel")
def vec_hypot(x, y):
    return math.sqrt(x * x + y * y)
