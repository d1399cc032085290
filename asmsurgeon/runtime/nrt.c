/* Numba's runtime (NRT) for programs without Python.
 *
 * Numba's generated code allocates arrays through NRT_MemInfo_alloc_* and
 * manipulates reference counts inline (NRT_incref/NRT_decref are emitted as
 * weak functions into the module itself), reading the MemInfo fields at
 * fixed offsets: refct at 0 and data at 24. So the layout below is an ABI
 * shared with compiled code, not a private choice:
 *
 *   offset 0   size_t refct
 *          8   dtor(data, size, dtor_info)
 *         16   dtor_info
 *         24   data
 *         32   size
 *         40   external allocator (unused here, always NULL)
 *
 * Allocations put the MemInfo and the data in one malloc block, so the
 * destructor call frees both at once.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef void (*asms_dtor)(void *data, size_t size, void *info);

typedef struct {
    size_t refct;
    asms_dtor dtor;
    void *dtor_info;
    void *data;
    size_t size;
    void *external_allocator;
} asms_meminfo;

_Static_assert(offsetof(asms_meminfo, data) == 24, "Numba reads MemInfo.data at offset 24");
_Static_assert(sizeof(asms_meminfo) == 48, "Numba's MemInfo is six words");

void *NRT_Allocate(size_t size) { return malloc(size ? size : 1); }

void NRT_Free(void *ptr) { free(ptr); }

static void asms_init(asms_meminfo *mi, void *data, size_t size, asms_dtor dtor, void *info)
{
    mi->refct = 1;
    mi->dtor = dtor;
    mi->dtor_info = info;
    mi->data = data;
    mi->size = size;
    mi->external_allocator = NULL;
}

asms_meminfo *NRT_MemInfo_new(void *data, size_t size, asms_dtor dtor, void *info)
{
    asms_meminfo *mi = malloc(sizeof *mi);
    if (mi != NULL)
        asms_init(mi, data, size, dtor, info);
    return mi;
}

/* One block: the MemInfo, then padding up to `align`, then the data. */
static asms_meminfo *asms_alloc(size_t size, unsigned align, int fill)
{
    if (align < 16)
        align = 16;
    if (size > SIZE_MAX - sizeof(asms_meminfo) - align)
        return NULL;
    asms_meminfo *mi = malloc(sizeof(asms_meminfo) + align + size);
    if (mi == NULL)
        return NULL;
    uintptr_t start = (uintptr_t)(mi + 1);
    uintptr_t data = (start + align - 1) / align * align;
    if (fill)
        memset((void *)data, 0xCB, size);
    asms_init(mi, (void *)data, size, NULL, NULL);
    return mi;
}

asms_meminfo *NRT_MemInfo_alloc(size_t size) { return asms_alloc(size, 16, 0); }
asms_meminfo *NRT_MemInfo_alloc_safe(size_t size) { return asms_alloc(size, 16, 1); }
asms_meminfo *NRT_MemInfo_alloc_aligned(size_t size, unsigned align) { return asms_alloc(size, align, 0); }
asms_meminfo *NRT_MemInfo_alloc_safe_aligned(size_t size, unsigned align) { return asms_alloc(size, align, 1); }

void *NRT_MemInfo_data_fast(asms_meminfo *mi) { return mi->data; }

/* Called once the count reaches zero: run the owner's destructor, then
 * release the MemInfo (and the data with it when they share a block). */
void NRT_MemInfo_call_dtor(asms_meminfo *mi)
{
    if (mi->dtor != NULL)
        mi->dtor(mi->data, mi->size, mi->dtor_info);
    free(mi);
}

/* Weak: Numba emits its own (inline, atomic) versions into each module. */
__attribute__((weak)) void NRT_incref(asms_meminfo *mi)
{
    if (mi != NULL)
        __atomic_add_fetch(&mi->refct, 1, __ATOMIC_RELAXED);
}

__attribute__((weak)) void NRT_decref(asms_meminfo *mi)
{
    if (mi != NULL && __atomic_sub_fetch(&mi->refct, 1, __ATOMIC_ACQ_REL) == 0)
        NRT_MemInfo_call_dtor(mi);
}
