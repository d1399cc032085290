/* print() without Python: the few objects Numba's print code makes.
 *
 * Numba lowers `print(a, b)` to CPython calls: box each value
 * (PyLong_FromLongLong, PyFloat_FromDouble, PyTuple_New...), PyObject_Str,
 * PyUnicode_AsUTF8, PySys_FormatStdout("%s", text), Py_DecRef, all between
 * numba_gil_ensure/release; a literal comes from numba_unpickle. The print
 * pass (passes/printing.py) points each of those calls at the function of
 * the same signature here, so the code Numba generated runs unchanged on
 * these small reference-counted values. Text goes through C stdio: buffered
 * like Python's sys.stdout, flushed at exit and by asmsurgeon_raise before
 * the exception line. The same values carry a dynamic exception's
 * arguments (Numba's __excinfo_unwrap_args packs them with PyTuple_Pack).
 *
 * An array (NRT_adapt_ndarray_to_python_acqref) keeps a reference to its
 * MemInfo and a copy of its shape and strides; its text is ndprint.c's,
 * NumPy's str() at the top level and repr() inside a tuple. Its dtype is
 * what the code read from its environment's constants (PyList_GetItem),
 * a table the print pass wrote: `kind | bits << 8` per constant.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ASMS_HIDDEN __attribute__((visibility("hidden")))
/* Python's float and complex repr, from ndprint.c. */
ASMS_HIDDEN void asms_format_float(double v, int bare, char *out, size_t cap);
ASMS_HIDDEN char *asms_format_complex(double re, double im);
char *asmsurgeon_format_array(const int64_t *w, int kind, int bits, int ndim, int repr);
/* Weak: only code that boxes an array references nrt.c, which made it. */
__attribute__((weak)) void NRT_MemInfo_acquire(void *mi);
__attribute__((weak)) void NRT_MemInfo_release(void *mi);

enum { ASMS_INT, ASMS_UINT, ASMS_FLOAT, ASMS_BOOL, ASMS_NONE, ASMS_COMPLEX, ASMS_STR, ASMS_TUPLE, ASMS_LIST, ASMS_ARRAY };

struct asms_obj {
    long refcnt; /* < 0: static, never freed */
    int kind;
    union asms_value {
        int64_t i;
        uint64_t u;
        double f;
        double c[2];
        char *s; /* NUL-terminated UTF-8 */
        struct {
            long n;
            struct asms_obj **items;
        } t; /* a tuple's or a list's items */
        struct {
            int64_t *words; /* meminfo, parent, nitems, itemsize, data, shape, strides */
            int kind, bits, ndim;
        } a;
    } v;
};

struct asms_obj asmsurgeon_none = {-1, ASMS_NONE, {0}};

/* A growing text buffer. */
struct asms_buf {
    char *p;
    size_t n, cap;
};

static void asms_put(struct asms_buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (b->n + n + 1 > cap)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (p == NULL) {
            fputs("MemoryError\n", stderr);
            exit(1);
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void asms_puts(struct asms_buf *b, const char *s) { asms_put(b, s, strlen(s)); }

/* Every value is made here: one allocation path, one out-of-memory exit. */
static struct asms_obj *asms_new(int kind, union asms_value v)
{
    struct asms_obj *o = calloc(1, sizeof *o);
    if (o == NULL) {
        fputs("MemoryError\n", stderr);
        exit(1);
    }
    o->refcnt = 1;
    o->kind = kind;
    o->v = v;
    return o;
}

void *asmsurgeon_box_int(int64_t v) { return asms_new(ASMS_INT, (union asms_value){.i = v}); }
void *asmsurgeon_box_uint(uint64_t v) { return asms_new(ASMS_UINT, (union asms_value){.u = v}); }
void *asmsurgeon_box_float(double v) { return asms_new(ASMS_FLOAT, (union asms_value){.f = v}); }
void *asmsurgeon_box_bool(long v) { return asms_new(ASMS_BOOL, (union asms_value){.i = v != 0}); }

void *asmsurgeon_box_complex(double re, double im)
{
    return asms_new(ASMS_COMPLEX, (union asms_value){.c = {re, im}});
}

static void *asms_str_take(char *s) { return asms_new(ASMS_STR, (union asms_value){.s = s}); }

void *asmsurgeon_box_cstr(const char *s)
{
    struct asms_buf b = {0};
    asms_puts(&b, s ? s : "");
    return asms_str_take(b.p);
}

/* Numba's strings are PEP 393 style: `kind` bytes per code point. */
void *asmsurgeon_box_str_kind(int kind, const void *data, long length)
{
    struct asms_buf b = {0};
    asms_put(&b, "", 0);
    for (long i = 0; i < length; i++) {
        uint32_t c = kind == 1 ? ((const uint8_t *)data)[i]
                   : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
        char u[4];
        size_t n;
        if (c < 0x80) {
            u[0] = (char)c;
            n = 1;
        } else if (c < 0x800) {
            u[0] = (char)(0xC0 | c >> 6);
            u[1] = (char)(0x80 | (c & 0x3F));
            n = 2;
        } else if (c < 0x10000) {
            u[0] = (char)(0xE0 | c >> 12);
            u[1] = (char)(0x80 | (c >> 6 & 0x3F));
            u[2] = (char)(0x80 | (c & 0x3F));
            n = 3;
        } else {
            u[0] = (char)(0xF0 | c >> 18);
            u[1] = (char)(0x80 | (c >> 12 & 0x3F));
            u[2] = (char)(0x80 | (c >> 6 & 0x3F));
            u[3] = (char)(0x80 | (c & 0x3F));
            n = 4;
        }
        asms_put(&b, u, n);
    }
    return asms_str_take(b.p);
}

/* The type Numba boxes arrays with; static. */
static char asms_ndarray_name[] = "<class 'numpy.ndarray'>";
static struct asms_obj asms_ndarray_type = {-1, ASMS_STR, {.s = asms_ndarray_name}};

/* A literal print() argument: the print pass replaced the pickle with its
 * str(), NUL-terminated, or numpy.ndarray with a mark no str() makes. */
void *asmsurgeon_unpickle(const char *text, int len, const void *hash)
{
    (void)len;
    (void)hash;
    if (strcmp(text, "\377numpy.ndarray") == 0)
        return &asms_ndarray_type;
    return asmsurgeon_box_cstr(text);
}

/* PyList_GetItem(env->consts, i), a borrowed reference: the dtype word. */
const int64_t *asmsurgeon_env_const(const int64_t *consts, long i)
{
    return consts != NULL ? consts + i : NULL;
}

/* NRT_adapt_ndarray_to_python_acqref(array struct, type, ndim, writable,
 * dtype): a new reference to an object that holds one to the MemInfo. NULL
 * (Numba's code reports print() as failed) for a dtype it has no word for. */
void *asmsurgeon_box_array(const int64_t *ary, void *type, int ndim, int writable, const int64_t *dtype)
{
    (void)type;
    (void)writable;
    if (dtype == NULL || (*dtype & 0xFF) == 0 || ndim < 0)
        return NULL;
    size_t n = 5 + 2 * (size_t)ndim;
    int64_t *words = malloc(n * sizeof *words);
    if (words == NULL) {
        fputs("MemoryError\n", stderr);
        exit(1);
    }
    memcpy(words, ary, n * sizeof *words);
    void *mi = (void *)(intptr_t)words[0];
    if (mi != NULL && NRT_MemInfo_acquire != NULL)
        NRT_MemInfo_acquire(mi);
    return asms_new(ASMS_ARRAY, (union asms_value){.a = {words, (int)(*dtype & 0xFF), (int)(*dtype >> 8), ndim}});
}

static void *asms_sequence_new(int kind, long n)
{
    struct asms_obj *o = asms_new(kind, (union asms_value){.t = {.n = n}});
    o->v.t.items = calloc(n > 0 ? (size_t)n : 1, sizeof *o->v.t.items);
    if (o->v.t.items == NULL) {
        fputs("MemoryError\n", stderr);
        exit(1);
    }
    return o;
}

void *asmsurgeon_tuple_new(long n) { return asms_sequence_new(ASMS_TUPLE, n); }

/* print() of a list boxes it as a new list filled once (box_list). */
void *asmsurgeon_list_new(long n) { return asms_sequence_new(ASMS_LIST, n); }

/* Steals the reference to `item`, as PyTuple_SetItem and PyList_SetItem
 * do. */
int asmsurgeon_tuple_set(void *tuple, long i, void *item)
{
    struct asms_obj *t = tuple;
    t->v.t.items[i] = item;
    return 0;
}

void asmsurgeon_obj_incref(void *obj)
{
    struct asms_obj *o = obj;
    if (o != NULL && o->refcnt >= 0)
        o->refcnt++;
}

void asmsurgeon_obj_decref(void *obj)
{
    struct asms_obj *o = obj;
    if (o == NULL || o->refcnt < 0 || --o->refcnt > 0)
        return;
    if (o->kind == ASMS_STR) {
        free(o->v.s);
    } else if (o->kind == ASMS_TUPLE || o->kind == ASMS_LIST) {
        for (long i = 0; i < o->v.t.n; i++)
            asmsurgeon_obj_decref(o->v.t.items[i]);
        free(o->v.t.items);
    } else if (o->kind == ASMS_ARRAY) {
        void *mi = (void *)(intptr_t)o->v.a.words[0];
        if (mi != NULL && NRT_MemInfo_release != NULL)
            NRT_MemInfo_release(mi);
        free(o->v.a.words);
    }
    free(o);
}

/* PyTuple_Pack takes new references; Numba's only caller, a dynamic
 * exception's unwrap function, never releases its own afterwards, so here
 * the tuple takes them over (the same count, without the leak). */
void *asmsurgeon_tuple_pack(long n, ...)
{
    struct asms_obj *t = asmsurgeon_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (long i = 0; i < n; i++)
        t->v.t.items[i] = va_arg(ap, struct asms_obj *);
    va_end(ap);
    return t;
}

long asmsurgeon_obj_hash(void *obj)
{
    (void)obj; /* Numba only warms CPython's hash cache */
    return 0;
}

/* Python's repr of a str: single quotes unless the text has ' and no ". */
static void asms_repr_str(struct asms_buf *b, const char *s)
{
    char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    asms_put(b, &q, 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        char esc[8];
        if (*p == q || *p == '\\') {
            esc[0] = '\\';
            esc[1] = (char)*p;
            asms_put(b, esc, 2);
        } else if (*p == '\n') {
            asms_puts(b, "\\n");
        } else if (*p == '\r') {
            asms_puts(b, "\\r");
        } else if (*p == '\t') {
            asms_puts(b, "\\t");
        } else if (*p < 0x20 || *p == 0x7F) {
            snprintf(esc, sizeof esc, "\\x%02x", *p);
            asms_puts(b, esc);
        } else if (*p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0) {
            snprintf(esc, sizeof esc, "\\x%02x", p[1]); /* C1 controls */
            asms_puts(b, esc);
            p++;
        } else {
            asms_put(b, (const char *)p, 1);
        }
    }
    asms_put(b, &q, 1);
}

static void asms_format(struct asms_buf *b, const struct asms_obj *o, int repr)
{
    char tmp[160];
    if (o == NULL) {
        asms_puts(b, "<NULL>");
        return;
    }
    switch (o->kind) {
    case ASMS_INT:
        snprintf(tmp, sizeof tmp, "%lld", (long long)o->v.i);
        break;
    case ASMS_UINT:
        snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)o->v.u);
        break;
    case ASMS_FLOAT:
        asms_format_float(o->v.f, 0, tmp, sizeof tmp);
        break;
    case ASMS_BOOL:
        snprintf(tmp, sizeof tmp, "%s", o->v.i ? "True" : "False");
        break;
    case ASMS_NONE:
        snprintf(tmp, sizeof tmp, "None");
        break;
    case ASMS_COMPLEX: {
        char *c = asms_format_complex(o->v.c[0], o->v.c[1]);
        asms_puts(b, c ? c : "?");
        free(c);
        return;
    }
    case ASMS_STR:
        if (repr)
            asms_repr_str(b, o->v.s);
        else
            asms_puts(b, o->v.s);
        return;
    case ASMS_ARRAY: {
        char *t = asmsurgeon_format_array(o->v.a.words, o->v.a.kind, o->v.a.bits, o->v.a.ndim, repr);
        asms_puts(b, t);
        free(t);
        return;
    }
    default: /* ASMS_TUPLE, ASMS_LIST */
        asms_puts(b, o->kind == ASMS_LIST ? "[" : "(");
        for (long i = 0; i < o->v.t.n; i++) {
            if (i)
                asms_puts(b, ", ");
            asms_format(b, o->v.t.items[i], 1);
        }
        asms_puts(b, o->kind == ASMS_LIST ? "]" : o->v.t.n == 1 ? ",)" : ")");
        return;
    }
    asms_puts(b, tmp);
}

void *asmsurgeon_obj_str(void *obj)
{
    struct asms_obj *o = obj;
    if (o != NULL && o->kind == ASMS_STR) {
        asmsurgeon_obj_incref(o);
        return o;
    }
    struct asms_buf b = {0};
    asms_put(&b, "", 0);
    asms_format(&b, o, 0);
    return asms_str_take(b.p);
}

const char *asmsurgeon_str_utf8(void *obj)
{
    struct asms_obj *o = obj;
    return o != NULL && o->kind == ASMS_STR ? o->v.s : "";
}

/* PySys_FormatStdout as Numba uses it: "%s" with one string, or a fixed
 * separator (" ", "\n"). */
void asmsurgeon_write_stdout(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    for (const char *p = format; *p; p++) {
        if (p[0] == '%' && p[1] == 's') {
            fputs(va_arg(ap, const char *), stdout);
            p++;
        } else if (p[0] == '%' && p[1] == '%') {
            putchar('%');
            p++;
        } else {
            putchar(*p);
        }
    }
    va_end(ap);
}

void asmsurgeon_write_unraisable(void *obj)
{
    fflush(stdout);
    fprintf(stderr, "Exception ignored in: %s\n", asmsurgeon_str_utf8(obj));
}

/* Numba's error text for a failed boxing; the object is a class name. */
const char asmsurgeon_runtime_error[] = "RuntimeError";

void asmsurgeon_err_set_string(const char *type, const char *message)
{
    fflush(stdout);
    fprintf(stderr, "%s: %s\n", type, message);
}

/* "Class: template" of a dynamic exception with `args` (a tuple) put in:
 * \001 takes the next argument's repr, \002 its str. Malloc'd. */
char *asmsurgeon_exception_text(const char *template, void *args)
{
    struct asms_obj *t = args;
    struct asms_buf b = {0};
    long k = 0;
    asms_put(&b, "", 0);
    for (const char *p = template; *p; p++) {
        if ((*p == 1 || *p == 2) && t != NULL && t->kind == ASMS_TUPLE && k < t->v.t.n)
            asms_format(&b, t->v.t.items[k++], *p == 1);
        else if (*p == 1 || *p == 2)
            asms_puts(&b, "?");
        else
            asms_put(&b, p, 1);
    }
    size_t n = strlen(b.p);
    if (n >= 2 && strcmp(b.p + n - 2, ": ") == 0)
        b.p[n - 2] = '\0'; /* str(exc) empty: Python prints the class alone */
    return b.p;
}
