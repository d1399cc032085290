/* The C view of an array: array.c's asmsurgeon_array_adopt and _release
 * work on it, and pipeline/header.py copies the typedef below (from its
 * comment to its name) into every header `build --header` writes, so the
 * runtime and the programs calling a library agree on one layout.
 */
#ifndef ASMSURGEON_RUNTIME_ARRAY_H
#define ASMSURGEON_RUNTIME_ARRAY_H

#include <stdint.h>

/* An array of any rank. As an argument: fill data, shape, itemsize and
 * ndim; strides in bytes, or NULL for C-contiguous; owner NULL. As a
 * result: owner holds the library's reference; give the array back with
 * asmsurgeon_array_release() (the data stays valid until then). */
typedef struct asmsurgeon_array {
    void *data;
    const int64_t *shape;
    const int64_t *strides;
    int64_t itemsize;
    int64_t ndim;
    void *owner;
} asmsurgeon_array;

asmsurgeon_array asmsurgeon_array_adopt(const int64_t *words, int64_t ndim);
void asmsurgeon_array_release(asmsurgeon_array *a);

#endif
