/* The NRT entry points beyond the basic allocation, used as Numba's code
 * uses them: destructors of alloc_dtor, varsize buffers (lists, sets,
 * np.sort's work areas) with their element destructor, growth that keeps
 * the contents, failures that return NULL (Numba raises MemoryError on
 * NULL) and keep the old block, the C-extension API table and external
 * allocators. Exit status 0 and "ok" when all hold; else the failed check. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*dtor_fn)(void *, size_t, void *);

typedef struct {
    void *(*malloc)(size_t, void *);
    void *(*realloc)(void *, size_t, void *);
    void (*free)(void *, void *);
    void *opaque;
} allocator;

typedef struct {
    size_t refct;
    dtor_fn dtor;
    void *dtor_info;
    void *data;
    size_t size;
    allocator *external_allocator;
} meminfo;

typedef struct {
    meminfo *(*allocate)(size_t);
    meminfo *(*allocate_external)(size_t, allocator *);
    meminfo *(*manage_memory)(void *, void (*)(void *));
    void (*acquire)(meminfo *);
    void (*release)(meminfo *);
    void *(*get_data)(meminfo *);
} api;

meminfo *NRT_MemInfo_alloc(size_t);
meminfo *NRT_MemInfo_alloc_dtor(size_t, dtor_fn);
meminfo *NRT_MemInfo_alloc_safe(size_t);
meminfo *NRT_MemInfo_alloc_aligned(size_t, unsigned);
meminfo *NRT_MemInfo_new_varsize(size_t);
meminfo *NRT_MemInfo_new_varsize_dtor(size_t, void (*)(void *));
void *NRT_MemInfo_varsize_alloc(meminfo *, size_t);
void *NRT_MemInfo_varsize_realloc(meminfo *, size_t);
void NRT_MemInfo_varsize_free(meminfo *, void *);
void *NRT_MemInfo_data(meminfo *);
size_t NRT_MemInfo_size(meminfo *);
size_t NRT_MemInfo_refcount(meminfo *);
void NRT_MemInfo_acquire(meminfo *);
void NRT_MemInfo_release(meminfo *);
void NRT_MemInfo_call_dtor(meminfo *);
meminfo *NRT_MemInfo_alloc_external(size_t, allocator *);
void *NRT_Reallocate(void *, size_t);
void NRT_Free(void *);
const api *NRT_get_api(void);

static int calls;
static void *seen;
static size_t seen_size;

static void elem_dtor(void *data) { calls++; seen = data; }
static void sized_dtor(void *data, size_t size, void *info) { calls += info == NULL ? 1 : 100; seen = data; seen_size = size; }

static int ext_mallocs, ext_frees;
static void *ext_malloc(size_t n, void *opaque) { ext_mallocs += opaque == (void *)&ext_frees; return malloc(n); }
static void *ext_realloc(void *p, size_t n, void *opaque) { (void)opaque; return realloc(p, n); }
static void ext_free(void *p, void *opaque) { ext_frees += opaque == (void *)&ext_frees; free(p); }

#define CHECK(cond) do { if (!(cond)) { printf("failed: %s (line %d)\n", #cond, __LINE__); return 1; } } while (0)

int main(void)
{
    /* alloc_dtor: the destructor sees the data, the size and a NULL info. */
    meminfo *mi = NRT_MemInfo_alloc_dtor(40, sized_dtor);
    CHECK(mi && mi->refct == 1 && mi->size == 40 && NRT_MemInfo_data(mi) == mi->data);
    void *data = mi->data;
    NRT_MemInfo_acquire(mi);
    CHECK(NRT_MemInfo_refcount(mi) == 2);
    NRT_MemInfo_release(mi);
    CHECK(calls == 0);
    NRT_MemInfo_release(mi);
    CHECK(calls == 1 && seen == data && seen_size == 40);

    /* varsize: its own data block, grown with the contents kept; the element
     * destructor runs on the data before the block is freed. */
    calls = 0;
    mi = NRT_MemInfo_new_varsize_dtor(16, elem_dtor);
    CHECK(mi && mi->size == 16 && mi->data != NULL);
    memcpy(mi->data, "0123456789abcdef", 16);
    char *grown = NRT_MemInfo_varsize_realloc(mi, 1 << 20);
    CHECK(grown && grown == mi->data && mi->size == 1 << 20 && memcmp(grown, "0123456789abcdef", 16) == 0);
    CHECK(NRT_MemInfo_varsize_realloc(mi, SIZE_MAX / 2) == NULL && mi->data == grown && mi->size == 1 << 20);
    void *scratch = NRT_MemInfo_varsize_alloc(mi, 64);
    CHECK(scratch && mi->data == scratch && mi->size == 64);
    NRT_Free(grown);
    NRT_MemInfo_release(mi);
    CHECK(calls == 1 && seen == scratch);

    mi = NRT_MemInfo_new_varsize(8);
    void *first = mi->data;
    NRT_MemInfo_varsize_free(mi, first);
    CHECK(mi->data == NULL);
    NRT_MemInfo_call_dtor(mi);

    /* Failures are NULL, never a crash: the generated code raises MemoryError. */
    CHECK(NRT_MemInfo_alloc(SIZE_MAX - 8) == NULL);
    CHECK(NRT_MemInfo_alloc_aligned(SIZE_MAX / 2, 64) == NULL);
    CHECK(NRT_MemInfo_new_varsize(SIZE_MAX / 2) == NULL);

    /* Size 0 is a valid allocation, as Numba's empty arrays need. */
    mi = NRT_MemInfo_alloc(0);
    CHECK(mi && mi->data && NRT_MemInfo_size(mi) == 0);
    NRT_MemInfo_release(mi);
    void *p = NRT_Reallocate(NULL, 0);
    CHECK(p != NULL);
    NRT_Free(p);

    /* alloc_safe marks fresh memory with 0xCB. */
    mi = NRT_MemInfo_alloc_safe(33);
    CHECK(((unsigned char *)mi->data)[32] == 0xCB);
    NRT_MemInfo_release(mi);

    /* Large alignments. */
    mi = NRT_MemInfo_alloc_aligned(10, 4096);
    CHECK(mi && (uintptr_t)mi->data % 4096 == 0);
    NRT_MemInfo_release(mi);

    /* The C-extension API and an external allocator. */
    const api *a = NRT_get_api();
    calls = 0;
    void *owned = malloc(5);
    mi = a->manage_memory(owned, elem_dtor);
    CHECK(a->get_data(mi) == owned);
    a->release(mi);
    CHECK(calls == 1 && seen == owned);
    free(owned);
    allocator ext = {ext_malloc, ext_realloc, ext_free, &ext_frees};
    mi = a->allocate_external(100, &ext);
    CHECK(mi && mi->external_allocator == &ext && ext_mallocs == 1);
    a->release(mi);
    CHECK(ext_frees == 1);
    puts("ok");
    return 0;
}
