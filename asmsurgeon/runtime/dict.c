/* numba.typed.Dict and `{}` dicts without Python: the numba_dict_* entry
 * points.
 *
 * Numba's lowering (numba/typed/dictobject.py) hashes keys itself and hands
 * this file byte buffers plus the hash; it compares keys through the method
 * table it installs (or bytewise when it installs none) and keeps the
 * index a lookup returns to delete that entry later. The iterator lives in
 * a buffer the compiled code sizes at compile time (four words), so its
 * size is ABI too; the table itself is private.
 *
 * The table is an ordered hash map: entries are appended in insertion
 * order (iteration and popitem follow it) and an open-addressing index of
 * power-of-two size, probed with the perturbed 5*i+1 recurrence, maps
 * hashes to entry numbers. Two thirds of the index may be used before the
 * table grows to three times the live count.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"

#define SLOT_EMPTY (-1)
#define SLOT_DELETED (-2)
#define MIN_SIZE 8
#define USABLE(n) (((n) << 1) / 3)

typedef struct {
    ptrdiff_t size;      /* slots in the index, a power of two */
    ptrdiff_t usable;    /* entries that may still be appended */
    ptrdiff_t nentries;  /* entries appended, live or deleted */
    ptrdiff_t key_size, val_size, entry_size;
    asms_dict_methods methods;
    ptrdiff_t *index;    /* slot -> entry number, SLOT_EMPTY or SLOT_DELETED */
    char *entries;       /* {ptrdiff_t hash (-1: deleted); key; value} */
} asms_table;

struct asms_dict {
    ptrdiff_t used;
    asms_table *table;
};

struct asms_dict_iter {
    asms_dict *dict;
    asms_table *table;
    ptrdiff_t size;
    ptrdiff_t pos;
};

_Static_assert(sizeof(asms_dict_iter) == 32, "compiled code reserves four words for the iterator");

static size_t round8(size_t n) { return (n + 7) & ~(size_t)7; }

static char *entry(asms_table *t, ptrdiff_t i) { return t->entries + t->entry_size * i; }
static ptrdiff_t *entry_hash(asms_table *t, ptrdiff_t i) { return (ptrdiff_t *)(void *)entry(t, i); }
static char *entry_key(asms_table *t, ptrdiff_t i) { return entry(t, i) + sizeof(ptrdiff_t); }
static char *entry_val(asms_table *t, ptrdiff_t i) { return entry_key(t, i) + round8((size_t)t->key_size); }

static void call_ref(void (*op)(const void *), const char *p)
{
    if (op != NULL)
        op(p);
}

static int table_new(asms_table **out, ptrdiff_t size, ptrdiff_t key_size, ptrdiff_t val_size)
{
    ptrdiff_t usable = USABLE(size);
    size_t entry_size = sizeof(ptrdiff_t) + round8((size_t)key_size) + round8((size_t)val_size);
    size_t index_bytes = (size_t)size * sizeof(ptrdiff_t);
    if ((size_t)size > SIZE_MAX / 4 / sizeof(ptrdiff_t) || (size_t)usable > SIZE_MAX / 2 / entry_size)
        return ASMS_DICT_ERR_NO_MEMORY;
    asms_table *t = malloc(sizeof *t + index_bytes + entry_size * (size_t)usable);
    if (t == NULL)
        return ASMS_DICT_ERR_NO_MEMORY;
    t->size = size;
    t->usable = usable;
    t->nentries = 0;
    t->key_size = key_size;
    t->val_size = val_size;
    t->entry_size = (ptrdiff_t)entry_size;
    memset(&t->methods, 0, sizeof t->methods);
    t->index = (ptrdiff_t *)(void *)(t + 1);
    t->entries = (char *)(t->index + size);
    memset(t->index, 0xff, index_bytes);  /* SLOT_EMPTY */
    memset(t->entries, 0xff, entry_size * (size_t)usable);
    *out = t;
    return ASMS_DICT_OK;
}

static void table_free(asms_table *t)
{
    for (ptrdiff_t i = 0; i < t->nentries; i++) {
        if (*entry_hash(t, i) != SLOT_EMPTY) {
            call_ref(t->methods.key_decref, entry_key(t, i));
            call_ref(t->methods.value_decref, entry_val(t, i));
        }
    }
    free(t);
}

int numba_dict_new(asms_dict **out, ptrdiff_t size, ptrdiff_t key_size, ptrdiff_t val_size)
{
    asms_dict *d = malloc(sizeof *d);
    if (d == NULL)
        return ASMS_DICT_ERR_NO_MEMORY;
    int status = table_new(&d->table, size, key_size, val_size);
    if (status != ASMS_DICT_OK) {
        free(d);
        return status;
    }
    d->used = 0;
    *out = d;
    return ASMS_DICT_OK;
}

/* The smallest power of two (at least MIN_SIZE) whose usable part holds n_keys. */
int numba_dict_new_sized(asms_dict **out, ptrdiff_t n_keys, ptrdiff_t key_size, ptrdiff_t val_size)
{
    ptrdiff_t size = MIN_SIZE;
    while (USABLE(size) < n_keys) {
        if (size > PTRDIFF_MAX / 4)
            return ASMS_DICT_ERR_NO_MEMORY;
        size <<= 1;
    }
    return numba_dict_new(out, size, key_size, val_size);
}

void numba_dict_free(asms_dict *d)
{
    table_free(d->table);
    free(d);
}

ptrdiff_t numba_dict_length(asms_dict *d) { return d->used; }

void numba_dict_set_method_table(asms_dict *d, const asms_dict_methods *methods)
{
    d->table->methods = *methods;
}

/* The probe sequence: the low bits of the hash first, then the perturbed
 * 5*i+1 recurrence, which visits every slot once the perturbation is spent. */
typedef struct {
    size_t mask, perturb, slot;
} asms_probe;

static asms_probe probe_start(asms_table *t, ptrdiff_t hash)
{
    asms_probe p = {(size_t)t->size - 1, (size_t)hash, 0};
    p.slot = p.perturb & p.mask;
    return p;
}

static void probe_next(asms_probe *p)
{
    p->perturb >>= 5;
    p->slot = (p->slot * 5 + p->perturb + 1) & p->mask;
}

ptrdiff_t numba_dict_lookup(asms_dict *d, const char *key, ptrdiff_t hash, char *val_out)
{
    asms_table *t = d->table;
    for (asms_probe p = probe_start(t, hash); t->index[p.slot] != SLOT_EMPTY; probe_next(&p)) {
        ptrdiff_t ix = t->index[p.slot];
        if (ix < 0 || *entry_hash(t, ix) != hash)
            continue;
        int eq = t->methods.key_equal != NULL ? t->methods.key_equal(entry_key(t, ix), key)
                                              : memcmp(entry_key(t, ix), key, (size_t)t->key_size) == 0;
        if (eq < 0) {
            memset(val_out, 0, (size_t)t->val_size);
            return ASMS_DICT_LOOKUP_ERROR;
        }
        if (eq > 0) {
            memcpy(val_out, entry_val(t, ix), (size_t)t->val_size);
            return ix;
        }
    }
    memset(val_out, 0, (size_t)t->val_size);
    return SLOT_EMPTY;
}

static size_t free_slot(asms_table *t, ptrdiff_t hash)
{
    asms_probe p = probe_start(t, hash);
    while (t->index[p.slot] >= 0)
        probe_next(&p);
    return p.slot;
}

static size_t slot_of(asms_table *t, ptrdiff_t hash, ptrdiff_t ix)
{
    asms_probe p = probe_start(t, hash);
    while (t->index[p.slot] != ix)
        probe_next(&p);
    return p.slot;
}

/* A new table for at least `minsize` slots holding the live entries, in order. */
int numba_dict_resize(asms_dict *d, ptrdiff_t minsize)
{
    ptrdiff_t size = MIN_SIZE;
    while (size < minsize) {
        if (size > PTRDIFF_MAX / 4)
            return ASMS_DICT_ERR_NO_MEMORY;
        size <<= 1;
    }
    asms_table *old = d->table, *t;
    int status = table_new(&t, size, old->key_size, old->val_size);
    if (status != ASMS_DICT_OK)
        return status;
    t->methods = old->methods;
    for (ptrdiff_t i = 0; i < old->nentries; i++) {
        ptrdiff_t hash = *entry_hash(old, i);
        if (hash == SLOT_EMPTY)
            continue;
        memcpy(entry(t, t->nentries), entry(old, i), (size_t)old->entry_size);
        t->index[free_slot(t, hash)] = t->nentries++;
    }
    t->usable -= t->nentries;
    free(old);  /* the references moved with the entries */
    d->table = t;
    return ASMS_DICT_OK;
}

int numba_dict_insert(asms_dict *d, const char *key, ptrdiff_t hash, const char *val, char *old_val)
{
    ptrdiff_t ix = numba_dict_lookup(d, key, hash, old_val);
    if (ix == ASMS_DICT_LOOKUP_ERROR)
        return ASMS_DICT_ERR_CMP_FAILED;
    asms_table *t = d->table;
    if (ix >= 0) {
        call_ref(t->methods.value_decref, old_val);
        memcpy(entry_val(t, ix), val, (size_t)t->val_size);
        call_ref(t->methods.value_incref, val);
        return ASMS_DICT_OK_REPLACED;
    }
    if (t->usable <= 0) {
        if (numba_dict_resize(d, d->used * 3) != ASMS_DICT_OK)
            return ASMS_DICT_ERR_NO_MEMORY;
        t = d->table;
    }
    ix = t->nentries;
    t->index[free_slot(t, hash)] = ix;
    *entry_hash(t, ix) = hash;
    memcpy(entry_key(t, ix), key, (size_t)t->key_size);
    memcpy(entry_val(t, ix), val, (size_t)t->val_size);
    call_ref(t->methods.key_incref, key);
    call_ref(t->methods.value_incref, val);
    d->used++;
    t->usable--;
    t->nentries++;
    return ASMS_DICT_OK;
}

int numba_dict_insert_ez(asms_dict *d, const char *key, ptrdiff_t hash, const char *val)
{
    char small[64];
    size_t n = (size_t)d->table->val_size;
    char *old = n <= sizeof small ? small : malloc(n);
    if (old == NULL)
        return ASMS_DICT_ERR_NO_MEMORY;
    int status = numba_dict_insert(d, key, hash, val, old);
    if (old != small)
        free(old);
    return status;
}

static void forget(asms_table *t, ptrdiff_t ix)
{
    memset(entry_key(t, ix), 0, (size_t)t->key_size);
    memset(entry_val(t, ix), 0, (size_t)t->val_size);
    *entry_hash(t, ix) = SLOT_EMPTY;
}

int numba_dict_delitem(asms_dict *d, ptrdiff_t hash, ptrdiff_t ix)
{
    asms_table *t = d->table;
    t->index[slot_of(t, hash, ix)] = SLOT_DELETED;
    call_ref(t->methods.key_decref, entry_key(t, ix));
    call_ref(t->methods.value_decref, entry_val(t, ix));
    forget(t, ix);
    d->used--;
    return ASMS_DICT_OK;
}

/* The last live entry moves to the caller, references and all. */
int numba_dict_popitem(asms_dict *d, char *key_out, char *val_out)
{
    if (d->used == 0)
        return ASMS_DICT_ERR_EMPTY;
    asms_table *t = d->table;
    ptrdiff_t ix = t->nentries - 1;
    while (*entry_hash(t, ix) == SLOT_EMPTY)
        ix--;
    t->index[slot_of(t, *entry_hash(t, ix), ix)] = SLOT_DELETED;
    memcpy(key_out, entry_key(t, ix), (size_t)t->key_size);
    memcpy(val_out, entry_val(t, ix), (size_t)t->val_size);
    forget(t, ix);
    t->nentries = ix;
    d->used--;
    return ASMS_DICT_OK;
}

size_t numba_dict_iter_sizeof(void) { return sizeof(asms_dict_iter); }

void numba_dict_iter(asms_dict_iter *it, asms_dict *d)
{
    it->dict = d;
    it->table = d->table;
    it->size = d->used;
    it->pos = 0;
}

int numba_dict_iter_next(asms_dict_iter *it, const char **key, const char **val)
{
    if (it->dict->table != it->table || it->dict->used != it->size)
        return ASMS_DICT_ERR_MUTATED;
    asms_table *t = it->table;
    while (it->pos < t->nentries) {
        ptrdiff_t ix = it->pos++;
        if (*entry_hash(t, ix) != SLOT_EMPTY) {
            *key = entry_key(t, ix);
            *val = entry_val(t, ix);
            return ASMS_DICT_OK;
        }
    }
    return ASMS_DICT_ERR_ITER_EXHAUSTED;
}
