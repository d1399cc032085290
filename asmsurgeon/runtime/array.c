/* Array results handed to C callers (the header's asmsurgeon_array).
 *
 * A Numba array result is its struct of 5 + 2N words, owned through the
 * MemInfo in word 0 (one reference, the caller's). asmsurgeon_array_adopt
 * copies shape and strides into a block of its own, which `owner` points
 * to along with the MemInfo; asmsurgeon_array_release drops the reference
 * (freeing the data when it was the last) and the block.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"

void NRT_decref(void *mi);

__attribute__((weak)) asmsurgeon_array asmsurgeon_array_adopt(const int64_t *words, int64_t ndim)
{
    asmsurgeon_array a;
    int64_t *block = malloc(sizeof(int64_t) * (size_t)(1 + 2 * ndim));
    memset(&a, 0, sizeof a);
    if (block == NULL) {
        NRT_decref((void *)(intptr_t)words[0]);
        return a; /* data NULL: out of memory */
    }
    block[0] = words[0];
    memcpy(block + 1, words + 5, sizeof(int64_t) * (size_t)(2 * ndim));
    a.data = (void *)(intptr_t)words[4];
    a.shape = block + 1;
    a.strides = block + 1 + ndim;
    a.itemsize = words[3];
    a.ndim = ndim;
    a.owner = block;
    return a;
}

__attribute__((weak)) void asmsurgeon_array_release(asmsurgeon_array *a)
{
    if (a == NULL || a->owner == NULL)
        return;
    int64_t *block = a->owner;
    NRT_decref((void *)(intptr_t)block[0]);
    free(block);
    memset(a, 0, sizeof *a);
}
