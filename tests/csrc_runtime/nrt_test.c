/* Exercises the runtime's NRT the way Numba's generated code uses it. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    size_t refct;
    void (*dtor)(void *, size_t, void *);
    void *dtor_info;
    void *data;
    size_t size;
    void *external_allocator;
} meminfo;

meminfo *NRT_MemInfo_alloc_aligned(size_t size, unsigned align);
meminfo *NRT_MemInfo_alloc_safe_aligned(size_t size, unsigned align);
meminfo *NRT_MemInfo_new(void *data, size_t size, void (*dtor)(void *, size_t, void *), void *info);
void *NRT_MemInfo_data_fast(meminfo *mi);
void NRT_incref(meminfo *mi);
void NRT_decref(meminfo *mi);
void *NRT_Allocate(size_t size);
void NRT_Free(void *p);

static int dtor_calls;
static void *dtor_seen;

static void my_dtor(void *data, size_t size, void *info)
{
    dtor_calls++;
    dtor_seen = data;
    if (size != 24 || info != (void *)0x1234)
        dtor_calls += 100;
}

int main(void)
{
    meminfo *mi = NRT_MemInfo_alloc_aligned(1000, 64);
    if (!mi || mi->refct != 1 || ((uintptr_t)mi->data % 64) || mi->size != 1000 ||
        NRT_MemInfo_data_fast(mi) != mi->data)
        return 10;
    memset(mi->data, 7, 1000);
    NRT_incref(mi);
    if (mi->refct != 2)
        return 11;
    NRT_decref(mi);
    NRT_decref(mi); /* frees */
    meminfo *safe = NRT_MemInfo_alloc_safe_aligned(16, 32);
    if (((unsigned char *)safe->data)[15] != 0xCB || (uintptr_t)safe->data % 32)
        return 12;
    NRT_decref(safe);
    static char buf[24];
    meminfo *ext = NRT_MemInfo_new(buf, sizeof buf, my_dtor, (void *)0x1234);
    NRT_incref(ext);
    NRT_decref(ext);
    if (dtor_calls != 0)
        return 13;
    NRT_decref(ext);
    if (dtor_calls != 1 || dtor_seen != buf)
        return 14;
    NRT_decref(NULL);
    void *p = NRT_Allocate(0);
    NRT_Free(p);
    puts("ok");
    return 0;
}
