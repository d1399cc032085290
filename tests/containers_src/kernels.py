"""Numba's own test functions for lists, sets, dicts, typed containers,
strings and linear algebra, wrapped (where they return a container or an
array) into functions of integers and 1-D arrays returning one number, so
a standalone program can print the result and the test can compare it with
the same function run by Numba in-process."""

import numpy as np
from numba import njit, typed, types
from numba.tests import test_linalg as la
from numba.tests import test_lists as tl
from numba.tests import test_sets as ts
from numba.tests import test_unicode as tu
from numba.tests.test_dicts import build_map

j = njit


@njit
def checksum(seq):
    """Order-sensitive: a reordering or a wrong item changes it."""
    s = 0
    for i, v in enumerate(seq):
        s += (i + 1) * v
    return s


@njit
def str_checksum(s):
    total = len(s) * 1000003
    for i in range(len(s)):
        total += (i + 1) * ord(s[i])
    return total


# --- reflected lists and comprehensions (numba.tests.test_lists) ---
list_comprehension1 = j(tl.list_comprehension1)
list_comprehension2 = j(tl.list_comprehension2)
list_comprehension3 = j(tl.list_comprehension3)
list_comprehension4 = j(tl.list_comprehension4)
list_pop0 = j(tl.list_pop0)
list_len = j(tl.list_len)
list_getitem = j(tl.list_getitem)
list_setitem = j(tl.list_setitem)
list_iteration = j(tl.list_iteration)
list_index1 = j(tl.list_index1)
list_index2 = j(tl.list_index2)
list_index3 = j(tl.list_index3)
list_count = j(tl.list_count)
_append, _extend, _ctor = j(tl.list_append), j(tl.list_extend), j(tl.list_constructor)
_delslice1, _delslice2, _insert = j(tl.list_delslice1), j(tl.list_delslice2), j(tl.list_insert)
_reverse, _mul, _remove = j(tl.list_reverse), j(tl.list_mul), j(tl.list_remove)
_setslice2, _getslice3, _setslice3 = j(tl.list_setslice2), j(tl.list_getslice3), j(tl.list_setslice3)
_comp5, _comp6, _add, _copy = j(tl.list_comprehension5), j(tl.list_comprehension6), j(tl.list_add), j(tl.list_copy)


@njit
def list_append(n):
    return checksum(_append(n))


@njit
def list_extend(n):
    return checksum(_extend(n))


@njit
def list_constructor(n):
    return checksum(_ctor(n))


@njit
def list_delslice1(n, start, stop):
    return checksum(_delslice1(n, start, stop))


@njit
def list_delslice2(n, start, stop):
    return checksum(_delslice2(n, start, stop))


@njit
def list_insert(n, pos, v):
    return checksum(_insert(n, pos, v))


@njit
def list_reverse(n):
    return checksum(_reverse(n))


@njit
def list_mul(n, v):
    return checksum(_mul(n, v))


@njit
def list_remove(n, v):
    return checksum(_remove(n, v))


@njit
def list_setslice2(n, n_source, start, stop):
    return checksum(_setslice2(n, n_source, start, stop))


@njit
def list_getslice3(n, start, stop, step):
    return checksum(_getslice3(n, start, stop, step))


@njit
def list_setslice3(n, start, stop, step):
    return checksum(_setslice3(n, start, stop, step))


@njit
def list_comprehension5():
    return checksum(_comp5())


@njit
def list_comprehension6():
    return checksum([len(x) * 10 + sum(x) for x in _comp6()])


@njit
def list_add(m, n):
    a, b, res = _add(m, n)
    return checksum(a) + 3 * checksum(b) + 7 * checksum(res)


@njit
def list_copy(n):
    a, b = _copy(n)
    return checksum(a) * 31 + checksum(b)


@njit
def sorted_list(n):
    lst = [(i * 7919) % 101 for i in range(n)]
    return checksum(sorted(lst)) + min(lst) * 3 + max(lst) * 5


@njit
def list_of_tuples(n):
    lst = [(i, i * 0.5) for i in range(n)]
    s = 0.0
    for a, b in lst:
        s += a * b
    return s


@njit
def list_of_arrays(n):
    lst = []
    for i in range(n):
        lst.append(np.arange(i + 1))
    s = 0
    for a in lst:
        s += a.sum()
    return s


# --- sets (numba.tests.test_sets), over int64 arrays ---
empty_constructor_usecase = j(ts.empty_constructor_usecase)
constructor_usecase = j(ts.constructor_usecase)
bool_usecase = j(ts.bool_usecase)
isdisjoint_usecase = j(ts.isdisjoint_usecase)
issubset_usecase = j(ts.issubset_usecase)
issuperset_usecase = j(ts.issuperset_usecase)
_set_fns = {name: j(getattr(ts, name)) for name in (
    "iterator_usecase", "update_usecase", "remove_usecase", "discard_usecase", "add_discard_usecase",
    "pop_usecase", "contains_usecase", "difference_update_usecase", "intersection_update_usecase",
    "symmetric_difference_update_usecase", "difference_usecase", "intersection_usecase",
    "symmetric_difference_usecase", "union_usecase", "unique_usecase")}
_iterator, _update, _sremove = _set_fns["iterator_usecase"], _set_fns["update_usecase"], _set_fns["remove_usecase"]
_discard, _add_discard, _pop = _set_fns["discard_usecase"], _set_fns["add_discard_usecase"], _set_fns["pop_usecase"]
_contains, _diff_up = _set_fns["contains_usecase"], _set_fns["difference_update_usecase"]
_inter_up, _sym_up = _set_fns["intersection_update_usecase"], _set_fns["symmetric_difference_update_usecase"]
_diff, _inter = _set_fns["difference_usecase"], _set_fns["intersection_usecase"]
_sym, _union, _unique = _set_fns["symmetric_difference_usecase"], _set_fns["union_usecase"], _set_fns["unique_usecase"]


@njit
def iterator_usecase(a):
    return checksum(_iterator(a))


@njit
def update_usecase(a, b, c):
    return checksum(_update(a, b, c))


@njit
def remove_usecase(a, b):
    return checksum(_sremove(a, b))


@njit
def discard_usecase(a, b):
    return checksum(_discard(a, b))


@njit
def add_discard_usecase(a, u, v):
    return checksum(_add_discard(a, u, v))


@njit
def pop_usecase(a):
    return checksum(_pop(a))


@njit
def contains_usecase(a, b):
    return checksum(_contains(a, b))


@njit
def difference_update_usecase(a, b):
    return checksum(_diff_up(a, b))


@njit
def intersection_update_usecase(a, b):
    return checksum(_inter_up(a, b))


@njit
def symmetric_difference_update_usecase(a, b):
    return checksum(_sym_up(a, b))


@njit
def difference_usecase(a, b):
    return checksum(_diff(a, b))


@njit
def intersection_usecase(a, b):
    return checksum(_inter(a, b))


@njit
def symmetric_difference_usecase(a, b):
    return checksum(_sym(a, b))


@njit
def union_usecase(a, b):
    return checksum(_union(a, b))


@njit
def unique_usecase(a):
    return checksum(_unique(a))


@njit
def set_of_floats(n):
    s = set()
    for i in range(n):
        s.add((i % 13) * 0.25)
    total = 0.0
    for v in s:
        total += v
    return len(s) + total


# --- dicts: literals, {} filled in loops, typed.Dict ---
_build_map = j(build_map)


@njit
def dict_literal():
    d = _build_map()
    return d[0] * 10 + d[2] + len(d)


@njit
def dict_fill_sum(n):
    d = {}
    for i in range(n):
        d[i] = i * 1.5
    s = 0.0
    for k, v in d.items():
        s += k * v
    return s


@njit
def dict_delete_and_grow(n):
    d = typed.Dict.empty(types.int64, types.int64)
    for i in range(n):
        d[i * 7] = i
    for i in range(0, n, 3):
        del d[i * 7]
    for i in range(n, 2 * n):
        d[i * 7] = i
    total = 0
    for k in d.keys():
        total = total * 31 % 1000000007 + k
    return total + len(d)


@njit
def dict_popitem_order(n):
    d = {}
    for i in range(n):
        d[(i * 37) % 101] = i
    out = 0
    while len(d) > 0:
        k, v = d.popitem()
        out = (out * 131 + k * 3 + v) % 1000000007
    return out


@njit
def dict_get_setdefault_contains(n):
    d = {0: 0}
    for i in range(n):
        d.setdefault(i % 5, 0)
        d[i % 5] += i
    return d.get(3, -1) * 1000 + d.get(99, -1) + (2 in d) * 7 + (42 in d) * 11


@njit
def dict_float_keys(n):
    d = {}
    for i in range(n):
        d[i * 0.5] = i
    return d[1.5] * 100 + len(d)


@njit
def dict_tuple_keys(n):
    d = {}
    for i in range(n):
        for k in range(3):
            d[(i, k)] = i * k
    s = 0
    for (a, b), v in d.items():
        s += a * 3 + b + v
    return s + d[(n - 1, 2)]


@njit
def dict_str_keys(n):
    d = {}
    for i in range(n):
        d["k" + str(i)] = i
    return d["k3"] * 1000 + len(d) + ("k" + str(n) in d)


@njit
def dict_of_arrays(n):
    d = {}
    for i in range(n):
        d[i % 4] = np.arange(i)
    s = 0
    for k in sorted(d.keys()):
        s = s * 10 + d[k].sum()
    return s


@njit
def dict_values_sum_min_max(n):
    d = {}
    for i in range(n):
        d[i] = (i * 7919) % 103
    vals = [v for v in d.values()]
    return sum(vals) * 10000 + min(vals) * 100 + max(vals)


# --- typed.List ---
@njit
def typed_list_ops(n):
    lst = typed.List()
    for i in range(n):
        lst.append(i * 3)
    lst.insert(0, 100)
    lst.pop()
    lst[2] = 7
    del lst[1]
    lst.extend([1, 2, 3])
    lst.reverse()
    return checksum(lst) + lst.index(7) * 1000 + lst.count(3) + (100 in lst) * 5


@njit
def typed_list_slices(n):
    lst = typed.List()
    for i in range(n):
        lst.append(i)
    del lst[1:n:3]
    m = lst[::2]
    lst[0:2] = typed.List([50, 60, 70])
    return checksum(lst) * 7 + checksum(m)


@njit
def typed_list_sort(n):
    lst = typed.List()
    for i in range(n):
        lst.append((i * 7919) % 97)
    lst.sort()
    return checksum(lst)


@njit
def typed_list_of_lists(n):
    outer = typed.List()
    for i in range(n):
        inner = typed.List()
        for k in range(i):
            inner.append(k)
        outer.append(inner)
    s = 0
    for inner in outer:
        s = s * 3 + len(inner) + sum(inner)
    return s % 1000000007


FLOAT_LIST = types.ListType(types.float64)


@njit
def typed_dict_of_typed_lists(n):
    d = typed.Dict.empty(types.int64, FLOAT_LIST)
    for i in range(n):
        if i % 3 not in d:
            d[i % 3] = typed.List.empty_list(types.float64)
        d[i % 3].append(i * 0.5)
    return d[0][-1] + len(d[1]) * 10 + len(d)


# --- strings (numba.tests.test_unicode) ---
TEXTS = ("hello world", "  Stra\u00dfe \u00fcn\u00efcode  ", "a,b,,c", "\u65e5\u672c\u8a9e \u30c6\u30ad\u30b9\u30c8",
         "Title Case Words\tand\ttabs\nnew line", "MiXeD 123 \U0001f600 emoji")
_len, _find, _split = j(tu.len_usecase), j(tu.find_usecase), j(tu.split_usecase)
_join, _lower = j(tu.join_usecase), j(tu.lower_usecase)
_strip, _startswith, _concat = j(tu.strip_usecase), j(tu.startswith_usecase), j(tu.concat_usecase)
_in, _count, _replace = j(tu.in_usecase), j(tu.count_usecase), j(tu.replace_usecase)
_title, _islower = j(tu.title), j(tu.islower_usecase)
_split_ws, _splitlines, _center = j(tu.split_whitespace_usecase), j(tu.splitlines_usecase), j(tu.center_usecase)
_zfill, _rfind, _expandtabs = j(tu.zfill_usecase), j(tu.rfind_usecase), j(tu.expandtabs_usecase)
_istitle, _getitem = j(tu.istitle_usecase), j(tu.getitem_usecase)


@njit
def str_len(i):
    return _len(TEXTS[i])


@njit
def str_find(i):
    return _find(TEXTS[i], "o") * 100 + _find(TEXTS[i], "zz")


@njit
def str_split(i):
    parts = _split(TEXTS[i], " ")
    s = len(parts) * 1000
    for p in parts:
        s += str_checksum(p) % 997
    return s


@njit
def str_split_whitespace(i):
    parts = _split_ws(TEXTS[i])
    return len(parts) * 1000 + str_checksum("|".join(parts)) % 100003


@njit
def str_join(i):
    return str_checksum(_join("--", _split(TEXTS[i], " ")))


@njit
def str_upper(i):
    return str_checksum(TEXTS[i].upper())


@njit
def str_lower(i):
    return str_checksum(_lower(TEXTS[i]))


@njit
def str_title(i):
    return str_checksum(_title(TEXTS[i])) * 2 + _istitle(TEXTS[i])


@njit
def str_predicates(i):
    s = TEXTS[i]
    n = 0
    for c in s:
        n = n * 2 % 1000000007 + c.isdigit() + 2 * c.isspace() + 4 * c.isalpha() + 8 * c.isupper() + 16 * c.islower()
    return n + _islower(s) * 7


@njit
def str_strip(i):
    return str_checksum(_strip(TEXTS[i]))


@njit
def str_startswith(i):
    return _startswith(TEXTS[i], "hel") * 2 + TEXTS[i].endswith("line")


@njit
def str_concat_slice(i):
    s = _concat(TEXTS[i], TEXTS[(i + 1) % len(TEXTS)])
    return str_checksum(s[2:9]) + str_checksum(s[::-2]) + str_checksum(_getitem(s, 3))


@njit
def str_in_count_replace(i):
    s = TEXTS[i]
    return _in("o", s) * 1000000 + _count(s, "o") * 1000 + str_checksum(_replace(s, "o", "0\u00e9")) % 997


@njit
def str_of_int(n):
    return str_checksum(str(n)) + str_checksum(str(-n * 37))


@njit
def fstring(n):
    s = f"n={n} name={TEXTS[n % len(TEXTS)]}!"
    return str_checksum(s)


@njit
def str_splitlines_center(i):
    s = TEXTS[i]
    return len(_splitlines(s)) * 100000 + str_checksum(_center(s, 40)) % 99991 + str_checksum(_zfill(s, 30)) % 97


@njit
def str_rfind_expandtabs(i):
    s = TEXTS[i]
    return _rfind(s, "e") * 1000 + str_checksum(_expandtabs(s)) % 997


@njit
def str_hash_dict(n):
    d = {}
    for i in range(n):
        d[TEXTS[i % len(TEXTS)]] = i
    return d[TEXTS[1]] * 100 + len(d)


@njit
def str_hash(n):
    return hash(TEXTS[n % len(TEXTS)])


# --- linear algebra (numba.tests.test_linalg) ---
_dot2, _vdot, _inv, _chol = j(la.dot2), j(la.vdot), j(la.invert_matrix), j(la.cholesky_matrix)
_eigvals, _eigh, _eigvalsh = j(la.eigvals_matrix), j(la.eigh_matrix), j(la.eigvalsh_matrix)
_svd, _qr, _lstsq, _solve = j(la.svd_matrix), j(la.qr_matrix), j(la.lstsq_system), j(la.solve_system)
_pinv, _slogdet, _det, _norm = j(la.pinv_matrix), j(la.slogdet_matrix), j(la.det_matrix), j(la.norm_matrix)
_cond, _rank, _mpow, _trace = j(la.cond_matrix), j(la.matrix_rank_matrix), j(la.matrix_power_matrix), j(la.trace_matrix)
_outer, _kron = j(la.outer_matrix), j(la.kron_matrix)


@njit
def sample(n):
    """A well-conditioned, non-symmetric n x n matrix."""
    a = np.empty((n, n))
    for r in range(n):
        for c in range(n):
            a[r, c] = ((r * 7 + c * 3) % 11) / 11.0
        a[r, r] += n
    return a


@njit
def spd(n):
    a = sample(n)
    return a @ a.T


@njit
def la_matmul(n):
    a = sample(n)
    return (a @ a.T).sum() + (a @ np.arange(n * 1.0)).sum()


@njit
def la_dot2_vdot(n):
    a = sample(n)
    v = np.arange(n * 1.0)
    return _dot2(a, a).sum() + _dot2(v, v) + _vdot(v, v + 1.0)


@njit
def la_inv(n):
    return np.abs(_inv(sample(n))).sum()


@njit
def la_solve(n):
    return _solve(sample(n), np.arange(n * 1.0)).sum()


@njit
def la_det(n):
    return _det(sample(n))


@njit
def la_slogdet(n):
    sign, logdet = _slogdet(sample(n))
    return sign * logdet


@njit
def la_cholesky(n):
    return _chol(spd(n)).sum()


@njit
def la_eigvals(n):
    return np.sort(_eigvals(spd(n))).sum()


@njit
def la_eigh(n):
    w, v = _eigh(spd(n))
    return w.sum() + np.abs(v).sum()


@njit
def la_eigvalsh(n):
    return _eigvalsh(spd(n)).max()


@njit
def la_svd(n):
    u, s, vt = _svd(sample(n))
    return s.sum() + np.abs(u).sum() + np.abs(vt).sum()


@njit
def la_qr(n):
    q, r = _qr(sample(n))
    return np.abs(q).sum() + np.abs(r).sum()


@njit
def la_lstsq(n):
    a = sample(n)[:, : n - 1].copy()
    x, res, rank, sv = _lstsq(a, np.arange(n * 1.0))
    return x.sum() + res.sum() + rank + sv.sum()


@njit
def la_pinv(n):
    return np.abs(_pinv(sample(n))).sum()


@njit
def la_norms(n):
    a = sample(n)
    return _norm(a) + _norm(a[0]) + _cond(a) + _rank(a)


@njit
def la_power_trace_outer_kron(n):
    a = sample(n)
    v = np.arange(n * 1.0)
    return _mpow(a, 3).sum() + _trace(a) + _outer(v, v).sum() + _kron(a, a).sum()


@njit
def la_complex(n):
    """Complex kinds: eigvals, svd, eigvalsh, lstsq, inv and det on complex128."""
    a = sample(n) + 1j * sample(n).T
    h = a @ a.conj().T
    w = _eigvals(a)
    s = np.linalg.svd(a)[1]
    x = np.linalg.lstsq(a, np.arange(n) * (1.0 + 1j))[0]
    return (np.sort(np.abs(w)).sum() + s.sum() + _eigvalsh(h).sum() + np.abs(x).sum()
            + np.abs(_inv(a)).sum() + abs(_det(a)))


@njit
def typed_set_ops(n):
    s = typed.Set()
    for i in range(n):
        s.add((i * 7) % 23)
    s.add(3)
    s.discard(5)
    s.discard(1000)
    total = 0
    for v in s:
        total = total * 3 % 1000000007 + v
    return total * 100 + len(s) + (7 in s) * 10 + (5 in s) * 20
