/* numba.typed.List without Python: the numba_list_* entry points.
 *
 * Numba's lowering (numba/typed/listobject.py) calls these with a pointer
 * to the list and reads two things directly: the items through
 * numba_list_base_ptr and the length through the address
 * numba_list_size_address returns. Everything else goes through calls, so
 * only the leading `size` field and the status codes are shared ABI; the
 * growth rule is CPython's (0, 4, 8, 16, 25, 35, ...) because
 * numba_list_allocated makes it observable.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    ASMS_LIST_OK = 0,
    ASMS_LIST_ERR_INDEX = -1,
    ASMS_LIST_ERR_NO_MEMORY = -2,
    ASMS_LIST_ERR_MUTATED = -3,
    ASMS_LIST_ERR_ITER_EXHAUSTED = -4,
    ASMS_LIST_ERR_IMMUTABLE = -5,
};

typedef void (*asms_item_op)(const void *);

typedef struct {
    asms_item_op incref;
    asms_item_op decref;
} asms_list_methods;

typedef struct {
    ptrdiff_t size;       /* read by compiled code through its address */
    ptrdiff_t item_size;
    ptrdiff_t allocated;
    int is_mutable;
    asms_list_methods methods;
    char *items;
} asms_list;

typedef struct {
    asms_list *list;
    ptrdiff_t size;
    ptrdiff_t pos;
} asms_list_iter;

_Static_assert(offsetof(asms_list, size) == 0, "the length is the first word");

static char *item_at(asms_list *lp, ptrdiff_t i) { return lp->items + lp->item_size * i; }

static void item_incref(asms_list *lp, const char *item)
{
    if (lp->methods.incref != NULL)
        lp->methods.incref(item);
}

static void item_decref(asms_list *lp, const char *item)
{
    if (lp->methods.decref != NULL)
        lp->methods.decref(item);
}

void numba_list_set_method_table(asms_list *lp, const asms_list_methods *methods)
{
    lp->methods = *methods;
}

int numba_list_new(asms_list **out, ptrdiff_t item_size, ptrdiff_t allocated)
{
    asms_list *lp = calloc(1, sizeof *lp);
    if (lp == NULL)
        return ASMS_LIST_ERR_NO_MEMORY;
    lp->item_size = item_size;
    lp->allocated = allocated;
    lp->is_mutable = 1;
    if (allocated > 0) {
        if ((size_t)allocated > SIZE_MAX / (size_t)item_size
            || (lp->items = malloc((size_t)item_size * (size_t)allocated)) == NULL) {
            free(lp);
            return ASMS_LIST_ERR_NO_MEMORY;
        }
    }
    *out = lp;
    return ASMS_LIST_OK;
}

void numba_list_free(asms_list *lp)
{
    for (ptrdiff_t i = 0; lp->methods.decref != NULL && i < lp->size; i++)
        item_decref(lp, item_at(lp, i));
    free(lp->items);
    free(lp);
}

char *numba_list_base_ptr(asms_list *lp) { return lp->items; }
ptrdiff_t numba_list_size_address(asms_list *lp) { return (ptrdiff_t)(intptr_t)&lp->size; }
ptrdiff_t numba_list_length(asms_list *lp) { return lp->size; }
ptrdiff_t numba_list_allocated(asms_list *lp) { return lp->allocated; }
int numba_list_is_mutable(asms_list *lp) { return lp->is_mutable; }
void numba_list_set_is_mutable(asms_list *lp, int is_mutable) { lp->is_mutable = is_mutable; }

int numba_list_resize(asms_list *lp, ptrdiff_t newsize)
{
    if (!lp->is_mutable)
        return ASMS_LIST_ERR_IMMUTABLE;
    /* Keep the block while the new size fits and uses at least half of it. */
    if (newsize <= lp->allocated && newsize >= lp->allocated / 2) {
        lp->size = newsize;
        return ASMS_LIST_OK;
    }
    size_t want = newsize == 0 ? 0 : (size_t)newsize + ((size_t)newsize >> 3) + (newsize < 9 ? 3 : 6);
    if (want > (size_t)PTRDIFF_MAX / (size_t)lp->item_size)
        return ASMS_LIST_ERR_NO_MEMORY;
    size_t bytes = want * (size_t)lp->item_size;
    char *items = bytes ? realloc(lp->items, bytes) : (free(lp->items), NULL);
    if (bytes != 0 && items == NULL)
        return ASMS_LIST_ERR_NO_MEMORY;
    lp->items = items;
    lp->size = newsize;
    lp->allocated = (ptrdiff_t)want;
    return ASMS_LIST_OK;
}

/* Where setitem and delitem change the list: the item at `index`, its
 * reference dropped; refused on an immutable list or outside it. */
static int release_item(asms_list *lp, ptrdiff_t index, char **slot)
{
    if (!lp->is_mutable)
        return ASMS_LIST_ERR_IMMUTABLE;
    if ((size_t)index >= (size_t)lp->size)
        return ASMS_LIST_ERR_INDEX;
    *slot = item_at(lp, index);
    item_decref(lp, *slot);
    return ASMS_LIST_OK;
}

int numba_list_setitem(asms_list *lp, ptrdiff_t index, const char *item)
{
    char *slot;
    int status = release_item(lp, index, &slot);
    if (status != ASMS_LIST_OK)
        return status;
    memcpy(slot, item, (size_t)lp->item_size);
    item_incref(lp, slot);
    return ASMS_LIST_OK;
}

int numba_list_getitem(asms_list *lp, ptrdiff_t index, char *out)
{
    if ((size_t)index >= (size_t)lp->size)
        return ASMS_LIST_ERR_INDEX;
    memcpy(out, item_at(lp, index), (size_t)lp->item_size);
    return ASMS_LIST_OK;
}

int numba_list_append(asms_list *lp, const char *item)
{
    int status = numba_list_resize(lp, lp->size + 1);
    if (status != ASMS_LIST_OK)
        return status;
    char *slot = item_at(lp, lp->size - 1);
    memcpy(slot, item, (size_t)lp->item_size);
    item_incref(lp, slot);
    return ASMS_LIST_OK;
}

int numba_list_delitem(asms_list *lp, ptrdiff_t index)
{
    char *slot;
    int status = release_item(lp, index, &slot);
    if (status != ASMS_LIST_OK)
        return status;
    memmove(slot, slot + lp->item_size, (size_t)((lp->size - 1 - index) * lp->item_size));
    return numba_list_resize(lp, lp->size - 1);
}

/* The caller (listobject.py) has clipped start/stop as for a Python slice;
 * deleted items are decref'd and the kept ones slide down in order. */
int numba_list_delete_slice(asms_list *lp, ptrdiff_t start, ptrdiff_t stop, ptrdiff_t step)
{
    if (!lp->is_mutable)
        return ASMS_LIST_ERR_IMMUTABLE;
    ptrdiff_t count = 0;
    if (step > 0 && start < stop)
        count = (stop - start - 1) / step + 1;
    else if (step < 0 && stop < start)
        count = (start - stop - 1) / -step + 1;
    if (count == 0)
        return ASMS_LIST_OK;
    if (step < 0) { /* the same items, visited upwards */
        start = start + step * (count - 1);
        step = -step;
    }
    ptrdiff_t keep = start;
    for (ptrdiff_t i = start; i < lp->size; i++) {
        if (i < start + step * count && (i - start) % step == 0) {
            item_decref(lp, item_at(lp, i));
            continue;
        }
        if (keep != i)
            memmove(item_at(lp, keep), item_at(lp, i), (size_t)lp->item_size);
        keep++;
    }
    return numba_list_resize(lp, lp->size - count);
}

size_t numba_list_iter_sizeof(void) { return sizeof(asms_list_iter); }

void numba_list_iter(asms_list_iter *it, asms_list *lp)
{
    it->list = lp;
    it->size = lp->size;
    it->pos = 0;
}

int numba_list_iter_next(asms_list_iter *it, const char **item)
{
    if (it->list->size != it->size)
        return ASMS_LIST_ERR_MUTATED;
    if (it->pos >= it->list->size)
        return ASMS_LIST_ERR_ITER_EXHAUSTED;
    *item = item_at(it->list, it->pos++);
    return ASMS_LIST_OK;
}
