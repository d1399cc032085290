/* Array arguments and .npy files for the `main` add-main generates.
 *
 * An argument is a Python literal (`[[1, 2], [3, 4]]`; a 1-D array also as
 * `1,2,3`), `@FILE` (a .npy file, versions 1 to 3, or a file holding a
 * literal) or `-` (a literal on standard input, for arrays larger than the
 * kernel's per-argument limit). It becomes Numba's array struct, the
 * int64 words meminfo, parent, nitems, itemsize, data, shape[ndim],
 * strides[ndim], with the data in the order the parameter's layout asks
 * for (C, F, or A: as given). The memory lives until exit.
 *
 * With `--output PATH`, array results are written as .npy (version 1.0)
 * rather than printed: to PATH, or to PATH/0.npy, PATH/1.npy... when PATH
 * is a directory.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

#define MAXDIM 32

/* One element of kind/bits from `s` into `dst` (its in-memory form). */
static int asms_parse_elem(const char *s, int kind, int bits, void *dst)
{
    if (kind == 'c')
        return asms_complex_into(s, bits, dst);
    if (kind == 'f') {
        double v;
        if (!asms_float(s, &v))
            return 0;
        if (bits == 32) {
            float f = (float)v;
            memcpy(dst, &f, 4);
        } else {
            memcpy(dst, &v, 8);
        }
        return 1;
    }
    int64_t v;
    if (!asms_scalar(s, kind, bits, &v))
        return 0;
    memcpy(dst, &v, kind == 'b' ? 1 : (size_t)bits / 8); /* little-endian: the low bytes */
    return 1;
}

static void *asms_alloc(size_t n)
{
    void *p = calloc(n ? n : 1, 1);
    if (p == NULL) {
        fputs("error: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static size_t elem_size(int kind, int bits) { return kind == 'b' ? 1 : (size_t)bits / 8; }

/* ---- literals ---- */

typedef struct {
    const char *p;
    int pos, kind, bits, ndim;
    size_t itemsize, n, cap;
    unsigned char *data;
    int64_t shape[MAXDIM], idx[MAXDIM];
    int seen[MAXDIM];
} lit;

static void skip_ws(lit *L)
{
    while (*L->p == ' ' || *L->p == '\t' || *L->p == '\n' || *L->p == '\r')
        L->p++;
}

static void where(const lit *L, int depth, char *out, size_t cap)
{
    size_t k = (size_t)snprintf(out, cap, "[");
    for (int d = 0; d < depth && k < cap; d++)
        k += (size_t)snprintf(out + k, cap - k, d ? ", %lld" : "%lld", (long long)L->idx[d]);
    if (k < cap)
        snprintf(out + k, cap - k, "]");
}

static void element(lit *L, int depth)
{
    char tok[128], at[200];
    size_t k = 0;
    int paren = 0;
    const char *start = L->p;
    while (*L->p && (paren || (*L->p != ',' && *L->p != ']' && *L->p != ' ' && *L->p != '\t' && *L->p != '\n'))) {
        paren += (*L->p == '(') - (*L->p == ')');
        if (k + 1 < sizeof tok)
            tok[k++] = *L->p;
        L->p++;
    }
    tok[k] = '\0';
    where(L, depth, at, sizeof at);
    if (depth != L->ndim) {
        if (L->p == start)
            asms_arg_error(L->pos, "expected a %d-D array, missing a value or '[' at element %s", L->ndim, at);
        asms_arg_error(L->pos, "expected a %d-D array, found the value '%.40s' at element %s", L->ndim, tok, at);
    }
    if (k + 1 >= sizeof tok)
        asms_arg_error(L->pos, "element %s: '%.40s...' is not a valid %s", at, tok, asms_type_name(L->kind, L->bits));
    if (L->n == L->cap) {
        L->cap = L->cap ? 2 * L->cap : 64;
        unsigned char *d = realloc(L->data, L->cap * L->itemsize);
        if (d == NULL) {
            fputs("error: out of memory\n", stderr);
            exit(1);
        }
        L->data = d;
    }
    if (!asms_parse_elem(tok, L->kind, L->bits, L->data + L->n * L->itemsize))
        asms_arg_error(L->pos, "element %s: '%s' is not a valid %s", at, tok, asms_type_name(L->kind, L->bits));
    L->n++;
}

/* One bracketed list at `depth`; checks that the array is rectangular. */
static void list(lit *L, int depth)
{
    char at[200];
    L->p++; /* '[' */
    int64_t count = 0;
    skip_ws(L);
    if (depth >= MAXDIM)
        asms_arg_error(L->pos, "too deeply nested");
    while (*L->p != ']') {
        L->idx[depth] = count;
        if (*L->p == '[')
            list(L, depth + 1);
        else
            element(L, depth + 1);
        count++;
        skip_ws(L);
        if (*L->p == ',') {
            L->p++;
            skip_ws(L);
        } else if (*L->p != ']') {
            where(L, depth + 1, at, sizeof at);
            asms_arg_error(L->pos, *L->p ? "expected ',' or ']' after element %s" : "missing ']' after element %s", at);
        }
    }
    L->p++;
    if (count == 0 && depth + 1 < L->ndim) /* `[]` stands for any empty array */
        for (int d = depth + 1; d < L->ndim; d++)
            if (!L->seen[d]) {
                L->seen[d] = 1;
                L->shape[d] = 0;
            }
    if (!L->seen[depth]) {
        L->seen[depth] = 1;
        L->shape[depth] = count;
    } else if (L->shape[depth] != count) {
        where(L, depth, at, sizeof at);
        asms_arg_error(L->pos, "the array is not rectangular: %s has %lld items where others have %lld",
                       depth ? at : "the outer list", (long long)count, (long long)L->shape[depth]);
    }
    if (depth + 1 > L->ndim && count)
        asms_arg_error(L->pos, "expected a %d-D array, got more nesting", L->ndim);
}

static void parse_literal(lit *L)
{
    skip_ws(L);
    if (*L->p == '[') {
        list(L, 0);
    } else if (L->ndim == 1) { /* 1,2,3 */
        int64_t count = 0;
        while (*L->p) {
            L->idx[0] = count++;
            element(L, 1);
            skip_ws(L);
            if (*L->p == ',') {
                L->p++;
                skip_ws(L);
                if (!*L->p)
                    asms_arg_error(L->pos, "element [%lld]: missing value", (long long)count);
            } else if (*L->p) {
                asms_arg_error(L->pos, "expected ',' after element [%lld]", (long long)count - 1);
            }
        }
        L->shape[0] = count;
        L->seen[0] = 1;
    } else if (L->ndim == 0) {
        element(L, 0);
    } else {
        asms_arg_error(L->pos, "expected a %d-D array literal such as %s", L->ndim, L->ndim == 2 ? "[[1, 2], [3, 4]]" : "[[[1, 2]], [[3, 4]]]");
    }
    skip_ws(L);
    if (*L->p)
        asms_arg_error(L->pos, "unexpected text after the array: '%.20s'", L->p);
    for (int d = 0; d < L->ndim; d++)
        if (!L->seen[d])
            L->shape[d] = 0;
}

/* ---- files ---- */

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = asms_alloc(cap + 1);
    for (;;) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        cap *= 2;
        char *b = realloc(buf, cap + 1);
        if (b == NULL) {
            fputs("error: out of memory\n", stderr);
            exit(1);
        }
        buf = b;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

typedef struct {
    int kind, bits, swap, fortran, ndim;
    int64_t shape[MAXDIM];
    const unsigned char *data;
} npy;

/* The value of 'key' in a .npy header dict, or NULL. */
static const char *npy_field(const char *h, const char *key)
{
    const char *p = strstr(h, key);
    if (p == NULL)
        return NULL;
    p = strchr(p + strlen(key), ':');
    if (p == NULL)
        return NULL;
    p++;
    while (*p == ' ')
        p++;
    return p;
}

static int npy_read(const char *buf, size_t len, npy *out)
{
    if (len < 10 || memcmp(buf, "\x93NUMPY", 6))
        return 0;
    int major = (unsigned char)buf[6];
    size_t hlen, start;
    if (major == 1) {
        hlen = (unsigned char)buf[8] | (size_t)(unsigned char)buf[9] << 8;
        start = 10;
    } else if ((major == 2 || major == 3) && len >= 12) {
        hlen = (unsigned char)buf[8] | (size_t)(unsigned char)buf[9] << 8 | (size_t)(unsigned char)buf[10] << 16 |
               (size_t)(unsigned char)buf[11] << 24;
        start = 12;
    } else {
        return -1;
    }
    if (start + hlen > len)
        return -1;
    char *h = asms_alloc(hlen + 1);
    memcpy(h, buf + start, hlen);
    const char *descr = npy_field(h, "'descr'"), *fo = npy_field(h, "'fortran_order'"), *sh = npy_field(h, "'shape'");
    if (descr == NULL || fo == NULL || sh == NULL || *descr != '\'' || *sh != '(')
        return -1;
    char order = descr[1], kind = descr[2];
    int size = atoi(descr + 3);
    if (descr[3] < '0' || descr[3] > '9' || !strchr("<>|=", order) || !strchr("biufc", kind))
        return -1;
    out->kind = kind;
    out->bits = kind == 'b' ? 8 : size * 8;
    out->swap = order == '>' && size > 1;
    out->fortran = !strncmp(fo, "True", 4);
    out->ndim = 0;
    for (const char *p = sh + 1; *p && *p != ')';) {
        while (*p == ' ' || *p == ',')
            p++;
        if (*p == ')')
            break;
        if (*p < '0' || *p > '9' || out->ndim == MAXDIM)
            return -1;
        out->shape[out->ndim++] = strtoll(p, (char **)&p, 10);
    }
    size_t count = 1;
    for (int d = 0; d < out->ndim; d++)
        count *= (size_t)out->shape[d];
    if (len - start - hlen < count * (size_t)(kind == 'b' ? 1 : size))
        return -1;
    out->data = (const unsigned char *)buf + start + hlen;
    free(h);
    return 1;
}

/* Copy `count` elements from `src` (C or F order) to `dst` in order `to`. */
static void reorder(unsigned char *dst, const unsigned char *src, const int64_t *shape, int ndim, size_t itemsize,
                    int src_f, int dst_f)
{
    size_t count = 1;
    for (int d = 0; d < ndim; d++)
        count *= (size_t)shape[d];
    int64_t idx[MAXDIM] = {0};
    for (size_t i = 0; i < count; i++) {
        size_t so = 0, doff = 0, sm = 1, dm = 1;
        for (int k = 0; k < ndim; k++) {
            int cs = src_f ? k : ndim - 1 - k, cd = dst_f ? k : ndim - 1 - k;
            so += (size_t)idx[cs] * sm;
            sm *= (size_t)shape[cs];
            doff += (size_t)idx[cd] * dm;
            dm *= (size_t)shape[cd];
        }
        memcpy(dst + doff * itemsize, src + so * itemsize, itemsize);
        for (int d = ndim - 1; d >= 0; d--) { /* next index, C order */
            if (++idx[d] < shape[d])
                break;
            idx[d] = 0;
        }
    }
}

static void byteswap(unsigned char *p, size_t count, size_t itemsize, size_t part)
{
    for (size_t i = 0; i < count * itemsize; i += part)
        for (size_t a = 0, b = part - 1; a < b; a++, b--) {
            unsigned char t = p[i + a];
            p[i + a] = p[i + b];
            p[i + b] = t;
        }
}

static int stdin_used;

/* Array parameter `pos`: kind/bits of its dtype; ndim_layout is the rank
 * plus the layout letter ('C', 'F', 'A') shifted left by 8. */
void asmsurgeon_parse_array(const char *s, int pos, int kind, int bits, int64_t *out, int ndim_layout)
{
    int ndim = ndim_layout & 0xff, layout = ndim_layout >> 8;
    size_t itemsize = elem_size(kind, bits), len = 0;
    if (ndim > MAXDIM)
        asms_arg_error(pos, "arrays of more than %d dimensions cannot be given on the command line", MAXDIM);
    char *text = NULL;
    if (!strcmp(s, "-")) {
        if (stdin_used++)
            asms_arg_error(pos, "only one argument can be read from standard input ('-')");
        text = read_all(stdin, &len);
    } else if (s[0] == '@') {
        FILE *f = fopen(s + 1, "rb");
        if (f == NULL)
            asms_arg_error(pos, "cannot read %.200s: %s", s + 1, strerror(errno));
        text = read_all(f, &len);
        fclose(f);
    }
    unsigned char *data;
    int64_t shape[MAXDIM];
    int fortran = 0;
    npy file;
    int kind_npy = text ? npy_read(text, len, &file) : 0;
    if (kind_npy < 0)
        asms_arg_error(pos, "%.200s is not a .npy file NumPy writes (bad header)", s + 1);
    if (kind_npy > 0) {
        if (file.kind != kind || file.bits != (kind == 'b' ? 8 : bits))
            asms_arg_error(pos, "%.200s holds %s values; the parameter is an array of %s", s + 1,
                           asms_type_name(file.kind, file.bits), asms_type_name(kind, bits));
        if (file.ndim != ndim)
            asms_arg_error(pos, "%.200s holds a %d-D array; the parameter is %d-D", s + 1, file.ndim, ndim);
        size_t count = 1;
        for (int d = 0; d < ndim; d++)
            count *= (size_t)(shape[d] = file.shape[d]);
        data = asms_alloc(count * itemsize);
        memcpy(data, file.data, count * itemsize);
        if (file.swap)
            byteswap(data, count, itemsize, kind == 'c' ? itemsize / 2 : itemsize);
        fortran = file.fortran;
    } else {
        lit L;
        memset(&L, 0, sizeof L);
        L.p = text ? text : s;
        L.pos = pos;
        L.kind = kind;
        L.bits = bits;
        L.ndim = ndim;
        L.itemsize = itemsize;
        if (text && strlen(text) != len)
            asms_arg_error(pos, "%.200s is neither a .npy file nor a text literal", s[0] == '@' ? s + 1 : "standard input");
        parse_literal(&L);
        memcpy(shape, L.shape, sizeof shape);
        data = L.data ? L.data : asms_alloc(itemsize);
    }
    free(text);
    size_t count = 1;
    for (int d = 0; d < ndim; d++)
        count *= (size_t)shape[d];
    int want_f = layout == 'F' || (layout == 'A' && fortran);
    if (want_f != fortran && ndim > 1) {
        unsigned char *t = asms_alloc(count * itemsize);
        reorder(t, data, shape, ndim, itemsize, fortran, want_f);
        free(data);
        data = t;
    }
    out[0] = out[1] = 0;
    out[2] = (int64_t)count;
    out[3] = (int64_t)itemsize;
    out[4] = (int64_t)(intptr_t)data;
    int64_t stride = (int64_t)itemsize;
    for (int k = 0; k < ndim; k++) {
        int d = want_f ? k : ndim - 1 - k;
        out[5 + d] = shape[d];
        out[5 + ndim + d] = stride;
        stride *= shape[d];
    }
}

/* ---- --output ---- */

static int npy_count;

static void npy_descr(int kind, int bits, char *out, size_t cap)
{
    if (kind == 'b')
        snprintf(out, cap, "|b1");
    else
        snprintf(out, cap, "%c%c%d", bits == 8 ? '|' : '<', kind, bits / 8);
}

/* Write the array (Numba's struct `a`) to the next --output file; 0 when
 * there is no --output. Prints the file's name in place of the array. */
ASMS_HIDDEN int asms_write_npy(const int64_t *a, int kind, int bits, int ndim)
{
    if (asms_output == NULL)
        return 0;
    char path[4096], header[512], descr[16], dims[300];
    struct stat st;
    if (stat(asms_output, &st) == 0 && S_ISDIR(st.st_mode)) {
        snprintf(path, sizeof path, "%s/%d.npy", asms_output, npy_count);
    } else if (npy_count) {
        fprintf(stderr, "error: --output %s: the result holds several arrays; give a directory\n", asms_output);
        exit(2);
    } else {
        snprintf(path, sizeof path, "%s", asms_output);
    }
    npy_count++;
    npy_descr(kind, bits, descr, sizeof descr);
    size_t k = 0;
    dims[0] = '\0';
    for (int d = 0; d < ndim; d++)
        k += (size_t)snprintf(dims + k, sizeof dims - k, "%lld,%s", (long long)a[5 + d], d + 1 < ndim ? " " : "");
    if (ndim > 1)
        dims[k - 1] = '\0'; /* (2, 3) but (2,) */
    int n = snprintf(header, sizeof header, "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }", descr, dims);
    int total = (10 + n + 1 + 63) / 64 * 64;
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        fprintf(stderr, "error: cannot write %s: %s\n", path, strerror(errno));
        exit(1);
    }
    fwrite("\x93NUMPY\x01\x00", 1, 8, f);
    unsigned hl = (unsigned)(total - 10);
    fputc((int)(hl & 0xff), f);
    fputc((int)(hl >> 8), f);
    fputs(header, f);
    for (int i = 10 + n; i < total - 1; i++)
        fputc(' ', f);
    fputc('\n', f);
    size_t itemsize = elem_size(kind, bits), count = 1;
    for (int d = 0; d < ndim; d++)
        count *= (size_t)a[5 + d];
    int64_t idx[MAXDIM] = {0};
    const char *base = (const char *)(intptr_t)a[4];
    for (size_t i = 0; i < count; i++) {
        const char *p = base;
        for (int d = 0; d < ndim; d++)
            p += idx[d] * a[5 + ndim + d];
        fwrite(p, 1, itemsize, f);
        for (int d = ndim - 1; d >= 0; d--) {
            if (++idx[d] < a[5 + d])
                break;
            idx[d] = 0;
        }
    }
    if (fclose(f) != 0) {
        fprintf(stderr, "error: cannot write %s\n", path);
        exit(1);
    }
    fputs(path, stdout);
    return 1;
}
