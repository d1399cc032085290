/* Numba's runtime (NRT) for programs without Python.
 *
 * Numba's generated code allocates arrays, lists, strings and containers
 * through the NRT_MemInfo_* entry points and manipulates reference counts
 * inline (NRT_incref/NRT_decref are emitted as functions into the module
 * itself), reading the MemInfo fields at fixed offsets: refct at 0 and data
 * at 24. So the layout below is an ABI shared with compiled code, not a
 * private choice (numba/core/runtime/nrt.cpp, struct MemInfo):
 *
 *   offset 0   size_t refct (atomic)
 *          8   dtor(data, size, dtor_info)
 *         16   dtor_info
 *         24   data
 *         32   size
 *         40   external allocator (NULL unless *_external was used)
 *
 * Every allocation returns NULL on failure: the generated code tests the
 * result and raises MemoryError itself (context.py, _check_null_result),
 * which strip-wrapper turns into a call to asmsurgeon_raise.
 *
 * The fixed-size allocations put the MemInfo and the data in one block, so
 * releasing the MemInfo frees both. The "varsize" ones (lists, sets,
 * np.sort's work buffers) keep the data in its own block that the code
 * reallocates as it grows; their destructor frees it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*asms_dtor)(void *data, size_t size, void *info);
typedef void asms_managed_dtor(void *data);

typedef struct {
    void *(*malloc)(size_t size, void *opaque);
    void *(*realloc)(void *ptr, size_t size, void *opaque);
    void (*free)(void *ptr, void *opaque);
    void *opaque;
} asms_allocator;

typedef struct {
    size_t refct;
    asms_dtor dtor;
    void *dtor_info;
    void *data;
    size_t size;
    asms_allocator *external_allocator;
} asms_meminfo;

_Static_assert(offsetof(asms_meminfo, data) == 24, "Numba reads MemInfo.data at offset 24");
_Static_assert(sizeof(asms_meminfo) == 48, "Numba's MemInfo is six words");

/* The table NRT_get_api hands to C extensions (nrt_external.h). */
typedef struct {
    asms_meminfo *(*allocate)(size_t);
    asms_meminfo *(*allocate_external)(size_t, asms_allocator *);
    asms_meminfo *(*manage_memory)(void *, asms_managed_dtor *);
    void (*acquire)(asms_meminfo *);
    void (*release)(asms_meminfo *);
    void *(*get_data)(asms_meminfo *);
} asms_api;

/* Numba keeps destructors in the MemInfo's `void *dtor_info`; ISO C has no
 * cast between function and object pointers, so copy the bits (same size
 * on every target Numba supports). */
typedef void (*asms_fn)(void);
_Static_assert(sizeof(asms_fn) == sizeof(void *), "function pointers fit in a void *");

static void *asms_fn_to_ptr(asms_fn fn)
{
    void *p;
    memcpy(&p, &fn, sizeof p);
    return p;
}

static asms_fn asms_ptr_to_fn(void *p)
{
    asms_fn fn;
    memcpy(&fn, &p, sizeof fn);
    return fn;
}

/* Low-level allocation. malloc(0) may return NULL, which the caller would
 * read as an allocation failure: ask for one byte instead. */

void *NRT_Allocate(size_t size) { return malloc(size ? size : 1); }

void *NRT_Allocate_External(size_t size, asms_allocator *allocator)
{
    if (allocator != NULL)
        return allocator->malloc(size, allocator->opaque);
    return NRT_Allocate(size);
}

void *NRT_Reallocate(void *ptr, size_t size) { return realloc(ptr, size ? size : 1); }

void NRT_Free(void *ptr) { free(ptr); }

/* MemInfo life cycle. */

void NRT_MemInfo_init(asms_meminfo *mi, void *data, size_t size, asms_dtor dtor, void *info,
                      asms_allocator *allocator)
{
    mi->refct = 1;
    mi->dtor = dtor;
    mi->dtor_info = info;
    mi->data = data;
    mi->size = size;
    mi->external_allocator = allocator;
}

asms_meminfo *NRT_MemInfo_new(void *data, size_t size, asms_dtor dtor, void *info)
{
    asms_meminfo *mi = NRT_Allocate(sizeof *mi);
    if (mi != NULL)
        NRT_MemInfo_init(mi, data, size, dtor, info, NULL);
    return mi;
}

void NRT_dealloc(asms_meminfo *mi)
{
    if (mi->external_allocator != NULL)
        mi->external_allocator->free(mi, mi->external_allocator->opaque);
    else
        NRT_Free(mi);
}

void NRT_MemInfo_destroy(asms_meminfo *mi) { NRT_dealloc(mi); }

/* Called once the count reaches zero: run the owner's destructor, then
 * release the MemInfo (and the data with it when they share a block). */
void NRT_MemInfo_call_dtor(asms_meminfo *mi)
{
    if (mi->dtor != NULL)
        mi->dtor(mi->data, mi->size, mi->dtor_info);
    NRT_MemInfo_destroy(mi);
}

void NRT_MemInfo_acquire(asms_meminfo *mi) { __atomic_add_fetch(&mi->refct, 1, __ATOMIC_RELAXED); }

void NRT_MemInfo_release(asms_meminfo *mi)
{
    if (__atomic_sub_fetch(&mi->refct, 1, __ATOMIC_ACQ_REL) == 0)
        NRT_MemInfo_call_dtor(mi);
}

/* Weak: Numba emits its own (inline, atomic) versions into each module. */
__attribute__((weak)) void NRT_incref(asms_meminfo *mi)
{
    if (mi != NULL)
        NRT_MemInfo_acquire(mi);
}

__attribute__((weak)) void NRT_decref(asms_meminfo *mi)
{
    if (mi != NULL)
        NRT_MemInfo_release(mi);
}

size_t NRT_MemInfo_refcount(asms_meminfo *mi)
{
    return mi != NULL && mi->data != NULL ? __atomic_load_n(&mi->refct, __ATOMIC_RELAXED) : (size_t)-1;
}

void *NRT_MemInfo_data(asms_meminfo *mi) { return mi->data; }
__attribute__((weak)) void *NRT_MemInfo_data_fast(asms_meminfo *mi) { return mi->data; }
size_t NRT_MemInfo_size(asms_meminfo *mi) { return mi->size; }
void *NRT_MemInfo_parent(asms_meminfo *mi) { return mi->dtor_info; }
void *NRT_MemInfo_external_allocator(asms_meminfo *mi) { return mi->external_allocator; }

void NRT_MemInfo_dump(asms_meminfo *mi, FILE *out)
{
    fprintf(out, "MemInfo %p refcount %zu\n", (void *)mi, __atomic_load_n(&mi->refct, __ATOMIC_RELAXED));
}

/* Fixed-size allocations: one block holding the MemInfo, then the data at
 * `align` (0 or 1: right after the MemInfo, which is 16-byte aligned). */

static void *asms_block(size_t size, unsigned align, asms_meminfo **out, asms_allocator *allocator)
{
    size_t pad = align > 1 ? 2 * (size_t)align : 0;
    *out = NULL;
    if (size > SIZE_MAX - sizeof(asms_meminfo) - pad)
        return NULL;
    char *base = NRT_Allocate_External(sizeof(asms_meminfo) + size + pad, allocator);
    if (base == NULL)
        return NULL;
    *out = (asms_meminfo *)base;
    uintptr_t data = (uintptr_t)(base + sizeof(asms_meminfo));
    if (align > 1 && data % align != 0)
        data += align - data % align;
    return (void *)data;
}

/* The "safe" variants mark fresh and dead memory with Numba's debug bytes. */
static void asms_dtor_safe(void *data, size_t size, void *info)
{
    (void)info;
    memset(data, 0xDE, size);
}

/* alloc_dtor's destructors take (data, size, NULL): dtor_info holds them. */
static void asms_custom_dtor(void *data, size_t size, void *info)
{
    asms_dtor dtor = (asms_dtor)asms_ptr_to_fn(info);
    if (dtor != NULL)
        dtor(data, size, NULL);
}

static void asms_custom_dtor_safe(void *data, size_t size, void *info)
{
    asms_custom_dtor(data, size, info);
    asms_dtor_safe(data, size, NULL);
}

static asms_meminfo *asms_alloc(size_t size, unsigned align, asms_dtor dtor, void *info,
                                asms_allocator *allocator, int fill)
{
    asms_meminfo *mi;
    void *data = asms_block(size, align, &mi, allocator);
    if (data == NULL)
        return NULL;
    if (fill)
        memset(data, 0xCB, size);
    NRT_MemInfo_init(mi, data, size, dtor, info, allocator);
    return mi;
}

asms_meminfo *NRT_MemInfo_alloc(size_t size) { return asms_alloc(size, 0, NULL, NULL, NULL, 0); }

asms_meminfo *NRT_MemInfo_alloc_external(size_t size, asms_allocator *allocator)
{
    return asms_alloc(size, 0, NULL, NULL, allocator, 0);
}

asms_meminfo *NRT_MemInfo_alloc_safe(size_t size)
{
    return asms_alloc(size, 0, asms_custom_dtor_safe, NULL, NULL, 1);
}

asms_meminfo *NRT_MemInfo_alloc_dtor(size_t size, asms_dtor dtor)
{
    return asms_alloc(size, 0, asms_custom_dtor, asms_fn_to_ptr((asms_fn)dtor), NULL, 0);
}

asms_meminfo *NRT_MemInfo_alloc_dtor_safe(size_t size, asms_dtor dtor)
{
    return asms_alloc(size, 0, asms_custom_dtor_safe, asms_fn_to_ptr((asms_fn)dtor), NULL, 1);
}

asms_meminfo *NRT_MemInfo_alloc_aligned(size_t size, unsigned align)
{
    return asms_alloc(size, align, NULL, NULL, NULL, 0);
}

asms_meminfo *NRT_MemInfo_alloc_safe_aligned(size_t size, unsigned align)
{
    return asms_alloc(size, align, asms_dtor_safe, NULL, NULL, 1);
}

asms_meminfo *NRT_MemInfo_alloc_safe_aligned_external(size_t size, unsigned align, asms_allocator *allocator)
{
    return asms_alloc(size, align, asms_dtor_safe, NULL, allocator, 1);
}

/* Resizable buffers: the data lives in its own block; dtor_info is the
 * element destructor, called as dtor(data) before the block is freed. */

static void asms_varsize_dtor(void *data, size_t size, void *info)
{
    (void)size;
    if (info != NULL)
        ((asms_managed_dtor *)asms_ptr_to_fn(info))(data);
    NRT_Free(data);
}

asms_meminfo *NRT_MemInfo_new_varsize(size_t size)
{
    void *data = NRT_Allocate(size);
    if (data == NULL)
        return NULL;
    asms_meminfo *mi = NRT_MemInfo_new(data, size, asms_varsize_dtor, NULL);
    if (mi == NULL)
        NRT_Free(data);
    return mi;
}

asms_meminfo *NRT_MemInfo_new_varsize_dtor(size_t size, asms_managed_dtor *dtor)
{
    asms_meminfo *mi = NRT_MemInfo_new_varsize(size);
    if (mi != NULL)
        mi->dtor_info = asms_fn_to_ptr((asms_fn)dtor);
    return mi;
}

static void asms_check_varsize(const asms_meminfo *mi, const char *who)
{
    if (mi->dtor != asms_varsize_dtor) {
        fprintf(stderr, "Fatal Numba error: ERROR: %s called with a non varsize-allocated meminfo\n", who);
        abort();
    }
}

void *NRT_MemInfo_varsize_alloc(asms_meminfo *mi, size_t size)
{
    asms_check_varsize(mi, "NRT_MemInfo_varsize_alloc");
    void *data = NRT_Allocate(size);
    if (data == NULL)
        return NULL;
    mi->data = data;
    mi->size = size;
    return data;
}

/* On failure the old block stays owned by the MemInfo (and is freed with
 * it), where Numba's own version would lose it. */
void *NRT_MemInfo_varsize_realloc(asms_meminfo *mi, size_t size)
{
    asms_check_varsize(mi, "NRT_MemInfo_varsize_realloc");
    void *data = NRT_Reallocate(mi->data, size);
    if (data == NULL)
        return NULL;
    mi->data = data;
    mi->size = size;
    return data;
}

void NRT_MemInfo_varsize_free(asms_meminfo *mi, void *ptr)
{
    NRT_Free(ptr);
    if (ptr == mi->data)
        mi->data = NULL;
}

/* The C-extension API table. */

static void asms_managed(void *data, size_t size, void *info)
{
    (void)size;
    ((asms_managed_dtor *)asms_ptr_to_fn(info))(data);
}

static asms_meminfo *asms_manage_memory(void *data, asms_managed_dtor *dtor)
{
    return NRT_MemInfo_new(data, 0, asms_managed, asms_fn_to_ptr((asms_fn)dtor));
}

static const asms_api asms_api_table = {
    NRT_MemInfo_alloc, NRT_MemInfo_alloc_external, asms_manage_memory,
    NRT_MemInfo_acquire, NRT_MemInfo_release, NRT_MemInfo_data,
};

const asms_api *NRT_get_api(void) { return &asms_api_table; }
