"""print() and raise in the code users write, for tests/test_user_print.py:
f-strings and str() in loops, NumPy scalars, arrays computed in the
function (slices, masks, linspace, astype, cumsum), tuples and lists,
string methods, exceptions with f-string messages and several values,
raised in helpers called from loops, and functions named like Python's
own (main, sin, print_result)."""

import numpy as np
from numba import njit
from numba.tests.test_exceptions import MyError


@njit
def fstring_loop(n):
    total = 0
    for i in range(n):
        total += i * i
        print(f"i={i} total={total}", "str:", str(i))
    print("done " + str(total))


@njit
def float_str(x):
    y = x / 3
    print("value", str(y), y, round(y, 2))
    print(f"value {y}")


@njit
def scalars(n):
    print(np.float32(n) / 7, np.int8(n), np.uint64(n), np.bool_(n > 2), np.complex128(n + 1j))
    print(np.float32(0.1), np.int16(-n), np.uint8(n), np.complex64(n - 0.5j))


@njit
def arr2d(n):
    a = np.arange(n * n).reshape((n, n)) * 1.5
    print(a[1:, :2])
    print(a[:, 1])
    print(a.ravel()[a.ravel() > 3.0], a[a[:, 0] > 3.0])


@njit
def linspace_astype(n):
    x = np.linspace(0.0, 1.0, n)
    print(x)
    print(x.astype(np.int32), (x * 10).astype(np.int64))
    print(np.cumsum(np.arange(n)))
    print(np.sin(x).astype(np.float32))


@njit
def masks(n):
    a = np.arange(n)
    m = a % 2 == 0
    print(m)
    print(a[m], a[~m].sum())
    print(np.where(m, a, -a))


@njit
def tuples_arrays(n):
    a = np.ones(n)
    print((a, n, 2.5), (a.sum(), "s"))
    print(a.shape, a.size, a.ndim)
    print((n, (n * 0.5, "a"), [1, 2]))
    print((1,), (), ((),))


@njit
def lists(n):
    fl = [0.1 * i for i in range(n)]
    sl = ["a", "bc", "def"]
    print(fl)
    print(sl, len(sl))
    li = []
    for i in range(n):
        li.append(i * 2)
    print(li, sum(li))


@njit
def raise_value(n):
    if n > 3:
        raise ValueError(f"n too large: {n}")
    return n


@njit
def raise_several(n, x):
    if n < 0:
        raise ValueError("negative", n, x)
    return x * n


@njit
def raise_index(n):
    a = np.arange(5)
    if n >= 5:
        raise IndexError("index out of range:", n)
    return a[n]


@njit
def raise_key(n):
    d = {1: 2.0, 2: 3.0}
    if n not in d:
        raise KeyError(n)
    return d[n]


@njit
def raise_zero(n):
    if n == 0:
        raise ZeroDivisionError("division by zero")
    return 10 // n


@njit
def builtin_zero(n):
    return 10 // n


@njit
def builtin_zero_float(x):
    return 1.0 / x


@njit
def raise_assert(n):
    assert n > 0, "n must be positive"
    return n


@njit
def raise_assert_plain(n):
    assert n > 0
    return n


@njit
def _check(i):
    if i == 3:
        raise ValueError(f"bad item {i}")
    return i * 2


@njit
def helper_loop(n):
    s = 0
    for i in range(n):
        s += _check(i)
        print("item", i, s)
    return s


@njit
def string_methods(n):
    s = "  Hello, World  "
    t = s.strip()
    print(t.upper(), t.lower(), t.replace("World", "There"))
    print(t.split(","), "-".join(["a", "b", "c"]))
    print(t.startswith("Hello"), t.endswith("x"), t.find("World"), t.find("zz"))
    print(str(n) * 3, len(t), t[:5], t[-5:])


@njit
def split_join(n):
    words = "the quick brown fox".split()
    out = []
    for w in words:
        out.append(w.upper() + "!" * n)
    print(" ".join(out))
    print(words[n % 4], "fox" in words, "a" in "cat")


@njit
def main(n):
    print("main", n)
    return n + 1


@njit
def sin(x):
    print("sin", x)
    return np.sin(x)


@njit
def print_result(n):
    r = n * 2.5
    print("Result:", r)
    print("Result: " + str(n))
    print(f"Result: {n} items, {r}")


@njit
def stats(n):
    a = np.arange(1, n + 1) ** 2
    print("mean", a.mean(), "std", a.std(), "min", a.min(), "max", a.max())
    print("argmax", a.argmax(), "argmin", a.argmin())


@njit
def matrix(n):
    m = np.eye(n)
    m[0, n - 1] = 2.0
    print(m)
    print(m @ np.ones(n))
    print(m.T.copy())


@njit
def int_arrays(n):
    print(n > 1, n == 2, not n, bool(n))
    print(np.array([True, False, n > 0]))
    a = np.arange(n, dtype=np.int8)
    print(a, a.astype(np.uint16), np.zeros(n, np.uint64))
    print(np.full(3, -1, np.int32))


@njit
def none_ret(n):
    if n > 0:
        print("positive")
    else:
        print("non-positive")


@njit
def complex_arr(n):
    z = np.arange(n) + 1j * np.arange(n)
    print(z)
    print(z.real, abs(z[1]))


@njit
def empty_arr(n):
    print(np.empty(0), np.zeros((0, 3)))
    print(np.arange(n)[n:])


@njit
def big_arr(n):
    a = np.arange(n) * 0.25
    print(a)


@njit
def my_error(n):
    if n > 1:
        raise MyError("custom", n)
    return n


@njit
def float_formats(x):
    print(x, x * 1e10, x / 1e10, -x, x ** 0.5, int(x), float(int(x)))
    print(1e22, 1e-7, 123456.789, 0.5, 100.0, np.pi)


@njit
def string_concat(n):
    s = ""
    for i in range(n):
        s += str(i) + ","
    print(s)
    print(s.rstrip(","), s.count(","))


@njit
def while_print(n):
    k = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        k += 1
        if k % 5 == 0:
            print("k", k, "n", n)
    print("steps", k)
    return k


@njit
def rows(n):
    a = np.arange(n * 3, dtype=np.float64).reshape((n, 3)) / 4
    for i in range(a.shape[0]):
        print("row", i, a[i], a[i].sum())
    print(np.sort(a[:, 2])[::-1], np.round(a[0] * 1.234, 2))


@njit
def _divide(a, b):
    if b == 0:
        raise ZeroDivisionError(f"cannot divide {a} by zero")
    return a // b


@njit
def divide_all(n):
    total = 0
    for i in range(n, -1, -1):
        total += _divide(100, i)
        print("partial", total)
    return total


@njit
def dict_lookup(n):
    d = {"a": 1, "b": 2}
    keys = ["a", "b", "c"]
    for k in keys[:n]:
        print(k, d[k])


@njit
def unique_counts(n):
    a = np.array([3, 1, 2, 3, 1, 3]) * n
    u = np.unique(a)
    print(u, len(u), (a == u[0]).sum())
    print(np.argsort(a), np.abs(np.diff(a)))


@njit
def float32_arr(n):
    a = np.linspace(0, 1, n).astype(np.float32)
    print(a, a.sum(), np.float32(a.mean()), a[1])
    print(a.max() - a.min(), np.float32(1) / np.float32(3))


@njit
def validate(x):
    if x != x:
        raise ValueError("x is nan")
    if x < 0.0:
        raise ValueError(f"x must be >= 0, got {x}", x)
    return np.sqrt(x)


@njit
def mixed_prints(n):
    name = "widget"
    price = 9.99
    print("Item:", name, "| qty:", n, "| total:", price * n)
    print(name.upper() + ":" + str(n), name.title(), name.center(10, "*"), name.zfill(8))


@njit
def _show(label, x):
    print(label, x)


@njit
def helper_prints(n):
    for i in range(n):
        _show("value", i * 0.5)
    _show("arr", np.arange(n))


@njit
def try_except(n):
    try:
        if n > 2:
            raise ValueError("too big")
        print("fine", n)
    except Exception:
        print("caught")
    return n


@njit
def raise_plain(n):
    if n == 0:
        raise ValueError
    if n == 1:
        raise ValueError()
    if n == 2:
        raise TypeError("wrong type")
    if n == 3:
        raise NotImplementedError("not yet")
    if n == 4:
        raise RuntimeError("runtime", n)
    if n == 5:
        raise Exception(f"generic {n}")
    raise OverflowError(f"overflow at {n}: {n * 2}")


@njit
def singular(n):
    m = np.ones((n, n))
    print("inverting")
    return np.linalg.inv(m)[0, 0]


@njit
def three_d(n):
    a = np.arange(2 * 3 * n, dtype=np.float32).reshape((2, 3, n))
    print(a)
    print(a[1].T, a.sum(axis=0))


@njit
def strings2(n):
    s = "racecar" * n
    print(s[::-1], s.isdigit(), "123".isdigit(), ord("a"), chr(65 + n))
    print("a,b,,c".split(","), s.count("car"), s.rfind("r"), "x".join(["1", "2"]).split("x"))
    print(f"{'abc'}-{n}-{True}-{None}", repr("q'uote"), str(n + 0.5))


@njit
def ints(n):
    print(2 ** 63 - 1, -2 ** 63, n // 3, n % 3, -n // 3, -n % 3, divmod(n, 4), abs(-n))
    print(np.uint64(2 ** 64 - 1), np.int64(n) * 10 ** 17, np.iinfo(np.int32).max)


@njit
def floats2(x):
    print(x / 7, x * 1e300 * 1e10, -x * 1e300 * 1e10, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-320, 5e-324)
    print(np.float32(x) / 7, np.float32(1e-8), np.float32(3.4e38), np.float32(16777217.0))
    print(np.nan, np.inf, -np.inf, round(x, 1), np.floor(x), np.ceil(x), max(x, 3.0))


@njit
def empty_list_print(n):
    a = [1.5]
    a.pop()
    print(a, [[1, 2], [3]], ["x"] * n)
    print([(1, "a"), (2, "b")], [True, False], [n] * 2)


@njit
def arrays_in_loop(n):
    acc = np.zeros(3)
    for i in range(n):
        acc += i
        print(i, acc, acc.mean())
    return acc.sum()


@njit
def return_tuple(n):
    print("computing")
    return n, n * 0.5


@njit
def return_array(n):
    print("making")
    return np.arange(n) * 2


@njit
def enumerate_zip(n):
    names = ["a", "b", "c"]
    vals = np.array([1.5, 2.5, 3.5])
    for i, (nm, v) in enumerate(zip(names, vals)):
        print(i, nm, v * n)


# Several of the above in one build each, to keep the test's builds few.
@njit
def group_arrays(n):
    arr2d(n)
    linspace_astype(n + 1)
    masks(n + 3)
    complex_arr(n - 1)
    empty_arr(n - 1)
    rows(n - 1)
    three_d(n - 2)
    int_arrays(n)
    float32_arr(n)
    unique_counts(n - 2)


@njit
def group_strings(n):
    string_methods(n)
    split_join(n)
    strings2(n)
    mixed_prints(n + 1)
    string_concat(n + 3)
    enumerate_zip(n)


@njit
def group_containers(n):
    tuples_arrays(n)
    lists(n + 1)
    empty_list_print(n - 1)
    dict_lookup(n - 1)
    stats(n + 3)
    helper_prints(n)
