/* numba.typed.Set without Python: the numba_set_* entry points.
 *
 * Numba's lowering (numba/typed/setobject.py) drives a typed set exactly
 * like a typed dict without values: it hashes the keys, installs a method
 * table {key_equal, key_incref, key_decref}, iterates through a four-word
 * iterator. So the set is dict.c's ordered table with zero-byte values,
 * and these functions translate the calls (argument order, the method
 * table's shape, the "add an existing key" and "discard a missing key"
 * cases, which are not errors).
 */
#include <stddef.h>

#include "dict.h"

typedef struct {
    int (*key_equal)(const char *, const char *);
    void (*key_incref)(const void *);
    void (*key_decref)(const void *);
} asms_set_methods;

enum { ASMS_SET_OK = 0, ASMS_SET_OK_PRESENT = 1 };

/* A value of zero bytes still needs an address to copy from and to. */
static ptrdiff_t lookup(asms_dict *s, const char *key, ptrdiff_t hash)
{
    char none[1];
    return numba_dict_lookup(s, key, hash, none);
}

int numba_set_new_sized(asms_dict **out, ptrdiff_t key_size, ptrdiff_t n_keys)
{
    return numba_dict_new_sized(out, n_keys, key_size, 0);
}

int numba_set_new(asms_dict **out, ptrdiff_t key_size, ptrdiff_t size)
{
    return numba_set_new_sized(out, key_size, size * 2 / 3);
}

void numba_set_free(asms_dict *s) { numba_dict_free(s); }
ptrdiff_t numba_set_length(asms_dict *s) { return numba_dict_length(s); }

void numba_set_set_method_table(asms_dict *s, const asms_set_methods *methods)
{
    /* The dict's table: the key operations, then no value operations. */
    const asms_dict_methods table = {methods->key_equal, methods->key_incref, methods->key_decref, NULL, NULL};
    numba_dict_set_method_table(s, &table);
}

ptrdiff_t numba_set_contains(asms_dict *s, char *key, ptrdiff_t hash)
{
    return lookup(s, key, hash) >= 0;
}

/* An existing key stays (with its reference); status 1 says so. */
int numba_set_add(asms_dict *s, const char *key, ptrdiff_t hash)
{
    ptrdiff_t ix = lookup(s, key, hash);
    if (ix >= 0)
        return ASMS_SET_OK_PRESENT;
    if (ix == ASMS_DICT_LOOKUP_ERROR)
        return ASMS_DICT_ERR_CMP_FAILED;
    return numba_dict_insert_ez(s, key, hash, "");
}

int numba_set_discard(asms_dict *s, char *key, ptrdiff_t hash)
{
    ptrdiff_t ix = lookup(s, key, hash);
    return ix >= 0 ? numba_dict_delitem(s, hash, ix) : ASMS_SET_OK;
}

size_t numba_set_iter_sizeof(void) { return numba_dict_iter_sizeof(); }
void numba_set_iter(void *it, asms_dict *s) { numba_dict_iter(it, s); }

int numba_set_iter_next(void *it, const char **key)
{
    const char *val;
    return numba_dict_iter_next(it, key, &val);
}
