/* Numba's threading layer for programs without Python, on pthreads.
 *
 * `@njit(parallel=True)` code splits a prange loop into a schedule and
 * launches a "parfor gufunc" over it. The names and signatures below are
 * the ABI Numba's parfor lowering emits calls to (numba/parfors/
 * parfor_lowering.py, numba/np/ufunc/parallel.py); the behaviour follows
 * Numba's own layers so results are the same:
 *
 * - get_sched_size: one schedule entry per thread, or, when
 *   numba.set_parallel_chunksize(c) is in effect, total/c entries (never
 *   fewer than the threads).
 * - do_scheduling_*: Numba's static partition of the iteration space into
 *   that many inclusive [start, end] boxes (an empty box is start 1, end 0).
 * - numba_parallel_for: the entries are dealt to num_threads threads in
 *   contiguous blocks, the first (total % n) threads taking one more (the
 *   OpenMP static split Numba's default layer uses); block t runs with
 *   get_thread_id() == t, since reductions index a per-thread slot with it
 *   and combine the slots in order. So a float sum is bit-for-bit Numba's
 *   with the same thread count.
 *
 * The pool is started on the first launch that needs it (a program that
 * never runs a parallel region creates no thread). The caller runs block 0
 * itself; workers are detached, block every signal and sleep on a
 * condition variable, so they never keep the program from exiting. The
 * thread count is NUMBA_NUM_THREADS, else the CPUs of the process's
 * affinity mask. After fork() the child has no workers; its first launch
 * starts new ones.
 *
 * Concurrency: one region at a time owns the pool. A launch from another
 * host thread while the pool is busy, and a launch nested inside a region
 * (a parallel function called from a prange body), run their blocks one
 * after the other on the calling thread, each with its own thread id, so
 * they get the same results and never wait for or deadlock on the pool.
 *
 * An exception inside a prange body: strip-wrapper routes the gufunc's
 * error path to the asmsurgeon_parfor_* functions at the end of this file;
 * the region's first message (malloc'd, values filled in) is kept and,
 * once every block has finished, handed to asmsurgeon_raise (an executable
 * prints it and exits 1, as the error hook does for the function's own
 * exceptions; a library's hook returns) and freed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef intptr_t intp;
typedef uintptr_t uintp;
typedef void (*asms_gufunc)(char **args, size_t *dims, size_t *steps, void *data);

void asmsurgeon_raise(const void *excinfo, int status);
__attribute__((visibility("hidden"))) char *asms_copy(const char *s, size_t n); /* raise.c */

/* ---- per-thread state ------------------------------------------------- */

static _Thread_local int tls_num_threads;    /* 0: not set, use the default */
static _Thread_local int tls_thread_id;      /* id inside the current region */
static _Thread_local int tls_in_region;      /* nested launches run inline */
static _Thread_local uintp tls_chunksize;    /* 0: one entry per thread */
static _Thread_local _Atomic(const char *) *tls_error;  /* the region's first exception */

static pthread_once_t asms_default_once = PTHREAD_ONCE_INIT;
static int asms_default;

static void asms_read_default(void)
{
    const char *env = getenv("NUMBA_NUM_THREADS");
    if (env != NULL && *env != '\0') {
        char *end;
        errno = 0;
        long n = strtol(env, &end, 10);
        if (errno == 0 && *end == '\0' && n >= 1 && n <= INT_MAX) {
            asms_default = (int)n;
            return;
        }
    }
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) {
        asms_default = CPU_COUNT(&set);
        return;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    asms_default = n >= 1 && n <= INT_MAX ? (int)n : 1;
}

static int asms_default_threads(void)
{
    pthread_once(&asms_default_once, asms_read_default);
    return asms_default;
}

/* Numba's lowering reads the whole register (intp), ctypes an int. */
intp get_num_threads(void)
{
    if (tls_num_threads <= 0)
        tls_num_threads = asms_default_threads();
    return tls_num_threads;
}

void set_num_threads(int n) { tls_num_threads = n; }

intp get_thread_id(void) { return tls_thread_id; }

uintp set_parallel_chunksize(uintp n)
{
    uintp old = tls_chunksize;
    tls_chunksize = n;
    return old;
}

uintp get_parallel_chunksize(void) { return tls_chunksize; }

/* What the GIL and thread-state calls around a launch become. */
void *asmsurgeon_nogil(void) { return NULL; }

static char *asms_copy_text(const char *s) { return asms_copy(s, strlen(s)); }

/* ---- the schedule ----------------------------------------------------- */

static intp asms_extent(intp start, intp end) { return end < start ? 0 : end - start + 1; }

uintp get_sched_size(uintp num_threads, uintp num_dim, intp *starts, intp *ends)
{
    uintp chunk = tls_chunksize;
    if (chunk == 0)
        return num_threads;
    uintp total = 1;
    for (uintp d = 0; d < num_dim; d++) {
        uintp n = (uintp)asms_extent(starts[d], ends[d]);
        total = n != 0 && total > UINTPTR_MAX / n ? UINTPTR_MAX : total * n;
    }
    uintp entries = total / chunk;
    return entries > num_threads ? entries : num_threads;
}

intp *allocate_sched(uintp sched_size)
{
    return malloc(sched_size ? sched_size * sizeof(intp) : 1);
}

void deallocate_sched(intp *sched) { free(sched); }

struct asms_space {
    uintp ndim;
    const intp *start, *end;   /* the whole iteration space, inclusive */
    const uintp *order;        /* dimensions, longest first */
    const intp *len;           /* iterations per dimension */
    intp *lo, *hi;             /* the box being built, by dimension */
    intp *out;                 /* 2*ndim words per entry: starts, then ends */
};

static void asms_store(const struct asms_space *s, uintp entry)
{
    intp *row = s->out + entry * 2 * s->ndim;
    for (uintp d = 0; d < s->ndim; d++) {
        row[d] = s->lo[d];
        row[s->ndim + d] = s->hi[d];
    }
}

static double asms_round(double x) { return x < 0.0 ? __builtin_ceil(x - 0.5) : __builtin_floor(x + 0.5); }

/* Entries first..last share dimensions order[k..]: give each dimension a
 * number of divisions proportional to its share of the remaining
 * iterations, split it, and recurse with each part's entries. */
static void asms_divide(const struct asms_space *s, uintp first, uintp last, uintp k)
{
    uintp entries = last - first + 1;
    if (k == s->ndim) {
        asms_store(s, first);
        return;
    }
    uintp dim = s->order[k];
    if (entries == 1) {
        s->lo[dim] = s->start[dim];
        s->hi[dim] = s->end[dim];
        asms_divide(s, first, last, k + 1);
        return;
    }
    intp rest = 0;
    for (uintp j = k; j < s->ndim; j++)
        rest += s->len[s->order[j]] > 1 ? s->len[s->order[j]] : 0;
    uintp divisions = entries;
    if (rest != 0) {
        float share = (float)entries * ((float)s->len[dim] / (float)rest);
        divisions = (uintp)(intp)asms_round(share);
        if (divisions < 1)
            divisions = 1;
    }
    intp pos = s->start[dim];
    uintp next = first, left = entries;
    for (uintp i = 0; i < divisions; i++) {
        uintp parts = divisions - i;
        uintp used = parts == 1 ? last - next + 1 : (last - next + 1) / parts;
        intp count = asms_extent(pos, s->end[dim]);
        intp take = parts == 1 ? count : (intp)((float)count * ((float)used / (float)left));
        left -= used;
        s->lo[dim] = pos;
        s->hi[dim] = pos + take - 1;
        pos += take;
        if (used > 0)
            asms_divide(s, next, next + used - 1, k + 1);
        next += used;
    }
}

static void asms_schedule(uintp ndim, const intp *start, const intp *end, uintp entries, intp *out)
{
    if (entries == 0 || ndim == 0)
        return;
    for (uintp e = 0; e < entries; e++)
        for (uintp d = 0; d < ndim; d++) {
            out[e * 2 * ndim + d] = 1;
            out[e * 2 * ndim + ndim + d] = 0;
        }
    if (ndim == 1) {
        uintp n = (uintp)asms_extent(start[0], end[0]), done = 0;
        for (uintp e = 0; e < entries; e++) {
            if (n <= entries) {
                if (e < n)
                    out[2 * e] = out[2 * e + 1] = start[0] + (intp)e;
                continue;
            }
            uintp take = (n - done - 1) / (entries - e) + 1;
            out[2 * e] = start[0] + (intp)done;
            out[2 * e + 1] = e + 1 < entries ? start[0] + (intp)(done + take) - 1 : end[0];
            done += take;
        }
        return;
    }
    uintp *order = malloc(ndim * sizeof *order);
    intp *work = malloc(3 * ndim * sizeof *work);
    if (order == NULL || work == NULL) {
        free(order);
        free(work);
        return;
    }
    intp *len = work, *lo = work + ndim, *hi = work + 2 * ndim;
    for (uintp d = 0; d < ndim; d++) {
        len[d] = asms_extent(start[d], end[d]);
        /* Longest first; equal lengths keep their order. */
        uintp j = d;
        while (j > 0 && len[order[j - 1]] < len[d]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = d;
    }
    struct asms_space s = {ndim, start, end, order, len, lo, hi, out};
    asms_divide(&s, 0, entries - 1, 0);
    free(order);
    free(work);
}

void do_scheduling_signed(uintp num_dim, intp *starts, intp *ends, uintp num_threads, intp *sched, intp debug)
{
    (void)debug;
    asms_schedule(num_dim, starts, ends, num_threads, sched);
}

void do_scheduling_unsigned(uintp num_dim, intp *starts, intp *ends, uintp num_threads, uintp *sched, intp debug)
{
    (void)debug;
    asms_schedule(num_dim, starts, ends, num_threads, (intp *)sched);
}

/* ---- the launch ------------------------------------------------------- */

struct asms_job {
    asms_gufunc fn;
    char **args;
    size_t *dims, *steps;
    void *data;
    size_t arg_len, array_count, total;
    int nthreads;
    _Atomic(const char *) error;
};

/* Block `t` of the job's entries, run with get_thread_id() == t. */
static void asms_run_block(struct asms_job *job, int t)
{
    size_t n = (size_t)job->nthreads, q = job->total / n, r = job->total % n, ut = (size_t)t;
    size_t begin = ut * q + (ut < r ? ut : r), count = q + (ut < r);
    if (count == 0)
        return;
    size_t dims[job->arg_len];
    char *args[job->array_count ? job->array_count : 1];
    memcpy(dims, job->dims, job->arg_len * sizeof *dims);
    dims[0] = count;
    for (size_t j = 0; j < job->array_count; j++)
        args[j] = job->args[j] ? job->args[j] + job->steps[j] * begin : NULL;
    int saved_id = tls_thread_id, saved_n = tls_num_threads, saved_in = tls_in_region;
    _Atomic(const char *) *saved_error = tls_error;
    tls_thread_id = t;
    tls_num_threads = job->nthreads;
    tls_in_region = 1;
    tls_error = &job->error;
    job->fn(args, dims, job->steps, job->data);
    tls_thread_id = saved_id;
    tls_num_threads = saved_n;
    tls_in_region = saved_in;
    tls_error = saved_error;
}

static struct {
    pthread_mutex_t lock;
    pthread_cond_t wake, done;
    int workers;              /* worker threads started (ids 1..workers) */
    int busy;                 /* a region owns the pool */
    unsigned long generation; /* bumped per region */
    struct asms_job *job;
    int pending;              /* workers still running the current region */
} asms_pool = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0, 0, NULL, 0};

static void *asms_worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    unsigned long seen = 0;
    int started = 0;
    pthread_mutex_lock(&asms_pool.lock);
    for (;;) {
        /* A worker created for a region that has already been announced
         * looks at the current job before its first wait. */
        while (started && asms_pool.generation == seen)
            pthread_cond_wait(&asms_pool.wake, &asms_pool.lock);
        started = 1;
        seen = asms_pool.generation;
        struct asms_job *job = asms_pool.job;
        if (job == NULL || id >= job->nthreads)
            continue;
        pthread_mutex_unlock(&asms_pool.lock);
        asms_run_block(job, id);
        pthread_mutex_lock(&asms_pool.lock);
        if (--asms_pool.pending == 0)
            pthread_cond_signal(&asms_pool.done);
    }
    return NULL;
}

static void asms_before_fork(void) { pthread_mutex_lock(&asms_pool.lock); }

static void asms_after_fork_parent(void) { pthread_mutex_unlock(&asms_pool.lock); }

/* The child has only the forking thread: no workers, no region running. */
static void asms_after_fork_child(void)
{
    pthread_mutex_init(&asms_pool.lock, NULL);
    pthread_cond_init(&asms_pool.wake, NULL);
    pthread_cond_init(&asms_pool.done, NULL);
    asms_pool.workers = 0;
    asms_pool.busy = 0;
    asms_pool.job = NULL;
    asms_pool.pending = 0;
}

static pthread_once_t asms_atfork_once = PTHREAD_ONCE_INIT;

static void asms_register_atfork(void)
{
    pthread_atfork(asms_before_fork, asms_after_fork_parent, asms_after_fork_child);
}

/* Called with the lock held: at least `want` workers, fewer if the system
 * refuses threads. Workers block all signals, which stay the program's. */
static void asms_grow(int want)
{
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    while (asms_pool.workers < want) {
        pthread_t th;
        if (pthread_create(&th, &attr, asms_worker, (void *)(intptr_t)(asms_pool.workers + 1)) != 0)
            break;
        asms_pool.workers++;
    }
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void asms_run_inline(struct asms_job *job)
{
    for (int t = 0; t < job->nthreads; t++)
        asms_run_block(job, t);
}

/* Runs the region on the pool; 0 when the pool is not available. */
static int asms_run_pooled(struct asms_job *job)
{
    pthread_once(&asms_atfork_once, asms_register_atfork);
    pthread_mutex_lock(&asms_pool.lock);
    if (asms_pool.busy) {
        pthread_mutex_unlock(&asms_pool.lock);
        return 0;
    }
    if (asms_pool.workers < job->nthreads - 1)
        asms_grow(job->nthreads - 1);
    if (asms_pool.workers < job->nthreads - 1) {
        pthread_mutex_unlock(&asms_pool.lock);
        return 0;
    }
    asms_pool.busy = 1;
    asms_pool.job = job;
    asms_pool.pending = job->nthreads - 1;
    asms_pool.generation++;
    pthread_cond_broadcast(&asms_pool.wake);
    pthread_mutex_unlock(&asms_pool.lock);

    asms_run_block(job, 0);

    pthread_mutex_lock(&asms_pool.lock);
    while (asms_pool.pending > 0)
        pthread_cond_wait(&asms_pool.done, &asms_pool.lock);
    asms_pool.job = NULL;
    asms_pool.busy = 0;
    pthread_mutex_unlock(&asms_pool.lock);
    return 1;
}

struct asms_excinfo {
    const char *data;
    int32_t len;
    const void *sha1;
    const void *fn;
    int32_t dyn;
};

/* The region's exception, once it has finished: raised through the hook
 * (an executable prints it and exits 1; a library's hook may return, the
 * default one records it for asmsurgeon_last_error()), then freed. */
static void asms_raise_owned(char *message)
{
    struct asms_excinfo e = {message, (int32_t)strlen(message), NULL, NULL, 0};
    asmsurgeon_raise(&e, 1);
    free(message);
}

void numba_parallel_for(void *fn, char **args, size_t *dimensions, size_t *steps, void *data,
                        size_t inner_ndim, size_t array_count, int num_threads)
{
    asms_gufunc gufunc;
    memcpy(&gufunc, &fn, sizeof gufunc); /* POSIX: data and code pointers share a representation */
    struct asms_job job = {
        .fn = gufunc, .args = args, .dims = dimensions, .steps = steps, .data = data,
        .arg_len = inner_ndim + 1, .array_count = array_count, .total = dimensions[0],
        .nthreads = num_threads < 1 ? 1 : num_threads,
    };
    atomic_init(&job.error, NULL);
    if (job.nthreads == 1 || tls_in_region || !asms_run_pooled(&job))
        asms_run_inline(&job);
    char *message = (char *)atomic_load(&job.error);
    if (message != NULL)
        asms_raise_owned(message);
}

/* Keep `text` (malloc'd) as the region's first exception; a later one,
 * from another block, loses and is freed. A region run without our launch
 * (called directly) raises at once. */
static void asms_record(char *text)
{
    if (text == NULL)
        text = asms_copy_text("MemoryError");
    if (text == NULL)
        return;
    if (tls_error == NULL) {
        asms_raise_owned(text);
        return;
    }
    const char *expected = NULL;
    if (!atomic_compare_exchange_strong(tls_error, &expected, text))
        free(text);
}

/* A prange body raised a static exception: strip-wrapper pointed the
 * gufunc's numba_unpickle here and made the pickle a NUL-terminated
 * "ExcClass: message". Returns NULL so the gufunc skips its (neutralised)
 * raise and returns. */
void *asmsurgeon_parfor_error(const char *message, int len, const void *sha1)
{
    (void)len;
    (void)sha1;
    asms_record(asms_copy_text(message));
    return NULL;
}

/* A dynamic exception (`raise ValueError("bad", i)`) takes three calls in
 * the region's error path: PyBytes_FromStringAndSize(template) (here: the
 * template itself, also remembered for the thread in case the values
 * cannot be boxed), Numba's unwrap helper boxing the values with print.c's
 * objects, then numba_runtime_build_excinfo_struct(template, tuple) (the
 * text, recorded). Weak: print.c comes with the unwrap helper that boxes. */
__attribute__((weak)) char *asmsurgeon_exception_text(const char *template, void *args);
__attribute__((weak)) void asmsurgeon_obj_decref(void *obj);

static _Thread_local const char *tls_template;

const char *asmsurgeon_parfor_template(const char *template, long len)
{
    (void)len;
    tls_template = template;
    return template;
}

void *asmsurgeon_parfor_error_args(const char *template, void *args)
{
    tls_template = NULL;
    asms_record(asmsurgeon_exception_text ? asmsurgeon_exception_text(template, args)
                                          : asms_copy_text(template));
    if (asmsurgeon_obj_decref)
        asmsurgeon_obj_decref(args);
    return NULL;
}

/* PyErr_SetString in a region: the unwrap helper could not box the values
 * (the class alone, as raise.c shows it), or an out-of-line body failed
 * without an exception of its own (the message Numba sets). */
void asmsurgeon_parfor_error_string(const void *type, const char *message)
{
    (void)type;
    const char *template = tls_template;
    tls_template = NULL;
    if (template != NULL) {
        asms_record(asms_copy(template, strcspn(template, ":")));
        return;
    }
    static const char prefix[] = "SystemError: ";
    size_t n = strlen(message);
    char *text = malloc(sizeof prefix + n);
    if (text != NULL) {
        memcpy(text, prefix, sizeof prefix - 1);
        memcpy(text + sizeof prefix - 1, message, n + 1);
    }
    asms_record(text);
}
