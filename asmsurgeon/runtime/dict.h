/* The typed dict's entry points as dict.c defines them, shared with set.c,
 * which builds numba.typed.Set on the same table: one declaration of the
 * method table's layout, so the two files cannot drift apart.
 *
 * The table and the iterator stay private to dict.c; only their sizes are
 * ABI (the iterator's is fixed by the compiled code, see dict.c).
 */
#ifndef ASMSURGEON_RUNTIME_DICT_H
#define ASMSURGEON_RUNTIME_DICT_H

#include <stddef.h>

enum {
    ASMS_DICT_OK = 0,
    ASMS_DICT_OK_REPLACED = 1,
    ASMS_DICT_ERR_NO_MEMORY = -1,
    ASMS_DICT_ERR_MUTATED = -2,
    ASMS_DICT_ERR_ITER_EXHAUSTED = -3,
    ASMS_DICT_ERR_EMPTY = -4,
    ASMS_DICT_ERR_CMP_FAILED = -5,
};

/* What numba_dict_lookup returns when the key comparison failed. */
#define ASMS_DICT_LOOKUP_ERROR (-3)

/* The order Numba's lowering fills the table in (numba/typed/dictobject.py). */
typedef struct {
    int (*key_equal)(const char *, const char *);
    void (*key_incref)(const void *);
    void (*key_decref)(const void *);
    void (*value_incref)(const void *);
    void (*value_decref)(const void *);
} asms_dict_methods;

typedef struct asms_dict asms_dict;
typedef struct asms_dict_iter asms_dict_iter;

int numba_dict_new(asms_dict **out, ptrdiff_t size, ptrdiff_t key_size, ptrdiff_t val_size);
int numba_dict_new_sized(asms_dict **out, ptrdiff_t n_keys, ptrdiff_t key_size, ptrdiff_t val_size);
void numba_dict_free(asms_dict *d);
ptrdiff_t numba_dict_length(asms_dict *d);
void numba_dict_set_method_table(asms_dict *d, const asms_dict_methods *methods);
ptrdiff_t numba_dict_lookup(asms_dict *d, const char *key, ptrdiff_t hash, char *val_out);
int numba_dict_resize(asms_dict *d, ptrdiff_t minsize);
int numba_dict_insert(asms_dict *d, const char *key, ptrdiff_t hash, const char *val, char *old_val);
int numba_dict_insert_ez(asms_dict *d, const char *key, ptrdiff_t hash, const char *val);
int numba_dict_delitem(asms_dict *d, ptrdiff_t hash, ptrdiff_t ix);
int numba_dict_popitem(asms_dict *d, char *key_out, char *val_out);
size_t numba_dict_iter_sizeof(void);
void numba_dict_iter(asms_dict_iter *it, asms_dict *d);
int numba_dict_iter_next(asms_dict_iter *it, const char **key, const char **val);

#endif
