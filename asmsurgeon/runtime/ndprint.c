/* Result printing: scalars as Python's repr() shows them, arrays as
 * NumPy's print() shows them with its default options (precision 8, line
 * width 75, `...` summaries above 1000 elements with 3 edge items, floats
 * in the shortest digits that identify them, switched to scientific
 * notation by NumPy's rules), and arrays inside tuples as NumPy's repr().
 *
 * An array is read in the form Numba's code passes it: int64 words
 * meminfo, parent, nitems, itemsize, data, shape[ndim], strides[ndim].
 * With `--output` (see cli.c) arrays are written as .npy files instead.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ASMS_HIDDEN __attribute__((visibility("hidden")))

ASMS_HIDDEN int asms_write_npy(const int64_t *a, int kind, int bits, int ndim);

/* ---- growable strings ---- */

typedef struct {
    char *s;
    size_t n, cap;
} asms_str;

static void asms_oom(void)
{
    fputs("error: out of memory\n", stderr);
    exit(1);
}

static void str_add(asms_str *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->s, cap);
        if (p == NULL)
            asms_oom();
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void str_puts(asms_str *b, const char *s) { str_add(b, s, strlen(s)); }

static void str_spaces(asms_str *b, int n)
{
    for (int i = 0; i < n; i++)
        str_add(b, " ", 1);
}

/* ---- float digits ---- */

/* The number of digits after the point in the shortest representation of
 * x that reads back as x (as a float when is32), in scientific (sci) or
 * positional notation. */
static int shortest_frac(double x, int is32, int sci)
{
    char buf[64];
    int p, maxp = is32 ? 9 : 17;
    for (p = 0; p < maxp; p++) {
        snprintf(buf, sizeof buf, "%.*e", p, x);
        if (is32 ? strtof(buf, NULL) == (float)x : strtod(buf, NULL) == x)
            break;
    }
    if (sci)
        return p;
    int e = atoi(strchr(buf, 'e') + 1);
    return p - e > 0 ? p - e : 0;
}

/* x with at most `prec` and at least `mind` digits after the point: the
 * shortest digits when they fit, else x rounded exactly (half to even);
 * `trim` drops trailing zeros of the fraction (the point stays). */
static void float_digits(double x, int is32, int sci, int prec, int mind, int trim, int plus, char *out, size_t cap)
{
    int k = shortest_frac(x, is32, sci);
    if (k > prec)
        k = prec;
    else if (k < mind)
        k = mind;
    snprintf(out, cap, sci ? (plus ? "%+#.*e" : "%#.*e") : (plus ? "%+#.*f" : "%#.*f"), k, x);
    if (!trim)
        return;
    char *e = strchr(out, 'e'), *end = e ? e : out + strlen(out);
    char *z = end;
    while (z[-1] == '0')
        z--;
    memmove(z, end, strlen(end) + 1);
}

/* Python's repr of a float (float32 digits when is32): positional for
 * decimal exponents -4 <= e < 16 (float32: values 1e-4 <= |v| < 1e6, as
 * NumPy's str() of a float32), else scientific; `bare` omits the ".0"
 * of an integral value (as complex repr does). */
static void repr_float(double v, int is32, int bare, char *out, size_t cap)
{
    if (isnan(v)) {
        snprintf(out, cap, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(out, cap, v < 0 ? "-inf" : "inf");
        return;
    }
    char sci[64];
    int p = shortest_frac(v, is32, 1);
    snprintf(sci, sizeof sci, "%.*e", p, v);
    int e = atoi(strchr(sci, 'e') + 1);
    /* NumPy's float32 switches at 1e-4 <= |v| < 1e6 by value. */
    int sci_form = is32 ? v != 0 && (fabs(v) < 1e-4 || fabs(v) >= 1e6) : v != 0 && (e < -4 || e >= 16);
    if (sci_form) {
        char *ep = strchr(sci, 'e');
        *ep = '\0';
        snprintf(out, cap, "%se%c%02d", sci, e < 0 ? '-' : '+', e < 0 ? -e : e);
        return;
    }
    int k = p - e > 0 ? p - e : 0;
    snprintf(out, cap, "%.*f", k, v);
    if (k == 0 && !bare)
        strncat(out, ".0", cap - strlen(out) - 1);
}

/* ---- NumPy's per-array float format ---- */

typedef struct {
    int is32, plus, exp_format, pad_left, pad_right, precision, min_digits, exp_size, trim;
} ffmt;

static int ffmt_big(double v, int is32) { return is32 ? (float)v >= 1e6f : v >= 1e8; }

static void ffmt_fill(ffmt *f, const double *v, size_t n, int is32, int plus)
{
    memset(f, 0, sizeof *f);
    f->is32 = is32;
    f->plus = plus;
    f->precision = 8;
    f->trim = 1;
    f->exp_size = -1;
    double mx = 0, mn = INFINITY;
    size_t nfinite = 0, nnz = 0;
    int neginf = plus, nonfinite = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(v[i])) {
            nonfinite = 1;
            neginf |= isinf(v[i]) && v[i] < 0;
            continue;
        }
        nfinite++;
        double a = fabs(v[i]);
        if (a != 0) {
            nnz++;
            mx = a > mx ? a : mx;
            mn = a < mn ? a : mn;
        }
    }
    if (nnz) {
        int ratio = is32 ? (float)mx / (float)mn > 1000.0f : mx / mn > 1000.0;
        int tiny = is32 ? (float)mn < 0.0001f : mn < 0.0001;
        f->exp_format = ffmt_big(mx, is32) || tiny || ratio;
    }
    if (nfinite) {
        char s[80];
        int il = 0, fl = 0, el = 0;
        for (size_t i = 0; i < n; i++) {
            if (!isfinite(v[i]))
                continue;
            float_digits(v[i], is32, f->exp_format, 8, 0, 1, plus, s, sizeof s);
            char *dot = strchr(s, '.'), *e = strchr(s, 'e');
            int a = (int)(dot - s), b = (int)((e ? e : s + strlen(s)) - dot - 1);
            il = a > il ? a : il;
            fl = b > fl ? b : fl;
            if (e && (int)strlen(e + 1) - 1 > el)
                el = (int)strlen(e + 1) - 1;
        }
        f->pad_left = il;
        if (f->exp_format) {
            f->exp_size = el;
            f->trim = 0;
            f->precision = f->min_digits = fl;
            f->pad_right = el + 2 + fl;
        } else {
            f->pad_right = fl;
        }
    }
    if (nonfinite) {
        int offset = f->pad_right + 1;
        if (3 - offset > f->pad_left)
            f->pad_left = 3 - offset;
        if (3 + neginf - offset > f->pad_left)
            f->pad_left = 3 + neginf - offset;
    }
}

static void ffmt_put(const ffmt *f, double x, asms_str *b)
{
    if (!isfinite(x)) {
        const char *r = isnan(x) ? (f->plus ? "+nan" : "nan") : x < 0 ? "-inf" : f->plus ? "+inf" : "inf";
        str_spaces(b, f->pad_left + f->pad_right + 1 - (int)strlen(r));
        str_puts(b, r);
        return;
    }
    char s[80];
    float_digits(x, f->is32, f->exp_format, f->precision, f->min_digits, f->trim, f->plus, s, sizeof s);
    char *dot = strchr(s, '.');
    str_spaces(b, f->pad_left - (int)(dot - s));
    if (!f->exp_format) {
        str_puts(b, s);
        str_spaces(b, f->pad_right - (int)strlen(dot + 1));
        return;
    }
    char *e = strchr(s, 'e');
    str_add(b, s, (size_t)(e - s));
    char exp[32];
    int ev = atoi(e + 1), digits = f->exp_size < 2 ? 2 : f->exp_size > 9 ? 9 : f->exp_size;
    snprintf(exp, sizeof exp, "e%c%0*d", ev < 0 ? '-' : '+', digits, ev < 0 ? -ev % 10000 : ev % 10000);
    str_puts(b, exp);
}

/* ---- arrays ---- */

typedef struct {
    int kind, bits, ndim, summary;
    const char *data;
    const int64_t *shape, *strides;
} asms_arr;

static const char *elem_at(const asms_arr *a, const int64_t *idx)
{
    const char *p = a->data;
    for (int d = 0; d < a->ndim; d++)
        p += idx[d] * a->strides[d];
    return p;
}

static double real_at(const asms_arr *a, const char *p, int imag)
{
    if (a->kind == 'c') {
        if (a->bits == 64) {
            float v[2];
            memcpy(v, p, sizeof v);
            return v[imag];
        }
        double v[2];
        memcpy(v, p, sizeof v);
        return v[imag];
    }
    if (a->bits == 32) {
        float v;
        memcpy(&v, p, 4);
        return v;
    }
    double v;
    memcpy(&v, p, 8);
    return v;
}

static void int_text(const asms_arr *a, const char *p, char *out, size_t cap)
{
    if (a->kind == 'u') {
        uint64_t v = 0;
        memcpy(&v, p, (size_t)a->bits / 8);
        snprintf(out, cap, "%llu", (unsigned long long)v);
        return;
    }
    int64_t v;
    switch (a->bits) {
    case 8: { int8_t x; memcpy(&x, p, 1); v = x; break; }
    case 16: { int16_t x; memcpy(&x, p, 2); v = x; break; }
    case 32: { int32_t x; memcpy(&x, p, 4); v = x; break; }
    default: memcpy(&v, p, 8);
    }
    snprintf(out, cap, "%lld", (long long)v);
}

/* The indices NumPy shows along an axis of length n: all, or 3 + 3. */
static int64_t shown(const asms_arr *a, int64_t n, int64_t i) { return a->summary && n > 6 && i >= 3 ? n - 6 + i : i; }
static int64_t nshown(const asms_arr *a, int64_t n) { return a->summary && n > 6 ? 6 : n; }

typedef void (*visit_fn)(const asms_arr *a, const char *p, void *ctx);

static void visit(const asms_arr *a, int64_t *idx, int d, visit_fn fn, void *ctx)
{
    if (d == a->ndim) {
        fn(a, elem_at(a, idx), ctx);
        return;
    }
    for (int64_t i = 0; i < nshown(a, a->shape[d]); i++) {
        idx[d] = shown(a, a->shape[d], i);
        visit(a, idx, d + 1, fn, ctx);
    }
}

typedef struct {
    double *re, *im;
    size_t n;
    int width;
} gather;

static void gather_one(const asms_arr *a, const char *p, void *ctx)
{
    gather *g = ctx;
    if (a->kind == 'f' || a->kind == 'c') {
        g->re[g->n] = real_at(a, p, 0);
        if (a->kind == 'c')
            g->im[g->n] = real_at(a, p, 1);
    } else if (a->kind != 'b') {
        char t[32];
        int_text(a, p, t, sizeof t);
        int w = (int)strlen(t);
        g->width = w > g->width ? w : g->width;
    }
    g->n++;
}

typedef struct {
    const asms_arr *a;
    ffmt re, im;
    int width;
} elemfmt;

static void put_elem(const elemfmt *f, const char *p, asms_str *b)
{
    const asms_arr *a = f->a;
    if (a->kind == 'b') {
        str_puts(b, *p ? (a->ndim ? " True" : "True") : "False");
    } else if (a->kind == 'f') {
        ffmt_put(&f->re, real_at(a, p, 0), b);
    } else if (a->kind == 'c') {
        ffmt_put(&f->re, real_at(a, p, 0), b);
        asms_str i = {0};
        ffmt_put(&f->im, real_at(a, p, 1), &i);
        size_t sp = i.n;
        while (sp && i.s[sp - 1] == ' ')
            sp--;
        str_add(b, i.s, sp);
        str_puts(b, "j");
        str_add(b, i.s + sp, i.n - sp);
        free(i.s);
    } else {
        char t[32];
        int_text(a, p, t, sizeof t);
        str_spaces(b, f->width - (int)strlen(t));
        str_puts(b, t);
    }
}

static void elemfmt_init(elemfmt *f, const asms_arr *a)
{
    size_t total = 1;
    for (int d = 0; d < a->ndim; d++)
        total *= (size_t)nshown(a, a->shape[d]);
    gather g = {calloc(total + 1, sizeof(double)), calloc(total + 1, sizeof(double)), 0, 0};
    if (g.re == NULL || g.im == NULL)
        asms_oom();
    int64_t idx[64];
    visit(a, idx, 0, gather_one, &g);
    f->a = a;
    f->width = g.width;
    int is32 = a->kind == 'c' ? a->bits == 64 : a->bits == 32;
    ffmt_fill(&f->re, g.re, g.n, is32, 0);
    ffmt_fill(&f->im, g.im, g.n, is32, 1);
    free(g.re);
    free(g.im);
}

/* One line break rule (NumPy's _extendLine): wrap before `word` when the
 * line would pass `width`, unless the line holds only its indent. */
static void extend_line(asms_str *s, asms_str *line, const char *word, int width, int indent)
{
    if ((int)(line->n + strlen(word)) > width && (int)line->n > indent) {
        size_t n = line->n;
        while (n && line->s[n - 1] == ' ')
            n--;
        str_add(s, line->s, n);
        str_puts(s, "\n");
        line->n = 0;
        str_spaces(line, indent);
    }
    str_puts(line, word);
}

/* NumPy's _formatArray: the text of a[idx[0..d)] with the hanging indent
 * (`indent` spaces) removed and brackets around. */
static void format_rec(const elemfmt *f, int64_t *idx, int d, int indent, int width, const char *sep, asms_str *out)
{
    const asms_arr *a = f->a;
    if (d == a->ndim) {
        put_elem(f, elem_at(a, idx), out);
        return;
    }
    int64_t n = a->shape[d];
    int summary = a->summary && n > 6;
    int64_t lead = summary ? 3 : 0, trail = summary ? 3 : n;
    asms_str s = {0};
    str_puts(&s, "");
    size_t seplen = strlen(sep);
    while (seplen && sep[seplen - 1] == ' ')
        seplen--;
    if (d == a->ndim - 1) {
        int elem_width = width - 1; /* max(len(sep.rstrip()), len(']')) is 1 for ' ' and ', ' */
        asms_str line = {0}, word = {0};
        str_spaces(&line, indent);
        for (int64_t k = 0; k < lead + trail; k++) {
            if (summary && k == lead) {
                extend_line(&s, &line, "...", elem_width, indent);
                str_puts(&line, sep);
            }
            idx[d] = k < lead ? k : n - (lead + trail - k);
            word.n = 0;
            str_puts(&word, "");
            format_rec(f, idx, d + 1, indent + 1, width - 1, sep, &word);
            extend_line(&s, &line, word.s, elem_width, indent);
            if (k + 1 < lead + trail)
                str_puts(&line, sep);
        }
        str_add(&s, line.s, line.n);
        free(line.s);
        free(word.s);
    } else {
        int nl = a->ndim - d - 1;
        for (int64_t k = 0; k < lead + trail; k++) {
            if (summary && k == lead) {
                str_spaces(&s, indent);
                str_puts(&s, "...");
                str_add(&s, sep, seplen);
                for (int j = 0; j < nl; j++)
                    str_puts(&s, "\n");
            }
            idx[d] = k < lead ? k : n - (lead + trail - k);
            str_spaces(&s, indent);
            format_rec(f, idx, d + 1, indent + 1, width - 1, sep, &s);
            if (k + 1 < lead + trail) {
                str_add(&s, sep, seplen);
                for (int j = 0; j < nl; j++)
                    str_puts(&s, "\n");
            }
        }
    }
    str_puts(out, "[");
    str_puts(out, s.s + indent);
    str_puts(out, "]");
    free(s.s);
}

static asms_arr view(const int64_t *w, int kind, int bits, int ndim)
{
    asms_arr a = {kind, bits, ndim, 0, (const char *)(intptr_t)w[4], w + 5, w + 5 + ndim};
    return a;
}

static int64_t size_of(const asms_arr *a)
{
    int64_t n = 1;
    for (int d = 0; d < a->ndim; d++)
        n *= a->shape[d];
    return n;
}

/* NumPy's array2string with default options; `prefix` and `suffix` as
 * repr() passes them. */
static void array2string(const asms_arr *src, const char *sep, int prefix, int suffix, asms_str *out)
{
    asms_arr a = *src;
    if (size_of(&a) == 0) {
        str_puts(out, "[]");
        return;
    }
    a.summary = size_of(&a) > 1000;
    elemfmt f;
    elemfmt_init(&f, &a);
    int64_t idx[64];
    format_rec(&f, idx, 0, 1 + prefix, 75 - suffix, sep, out);
}

static void scalar_str(const asms_arr *a, const char *p, asms_str *b)
{
    char t[160];
    if (a->kind == 'b') {
        str_puts(b, *p ? "True" : "False");
    } else if (a->kind == 'f') {
        repr_float(real_at(a, p, 0), a->bits == 32, 0, t, sizeof t);
        str_puts(b, t);
    } else if (a->kind == 'c') {
        double re = real_at(a, p, 0), im = real_at(a, p, 1);
        char r[64], i[64];
        repr_float(im, a->bits == 64, 1, i, sizeof i);
        if (re == 0 && !signbit(re)) {
            snprintf(t, sizeof t, "%sj", i);
        } else {
            repr_float(re, a->bits == 64, 1, r, sizeof r);
            snprintf(t, sizeof t, "(%s%s%sj)", r, (i[0] == '-' || isnan(im)) ? (isnan(im) ? "+" : "") : "+", i);
        }
        str_puts(b, t);
    } else {
        int_text(a, p, t, sizeof t);
        str_puts(b, t);
    }
}

static void array_str(const asms_arr *a, asms_str *out)
{
    if (a->ndim == 0)
        scalar_str(a, a->data, out);
    else
        array2string(a, " ", 0, 0, out);
}

static const char *dtype_name(int kind, int bits)
{
    static char buf[16];
    if (kind == 'b')
        return "bool";
    snprintf(buf, sizeof buf, "%s%d", kind == 'i' ? "int" : kind == 'u' ? "uint" : kind == 'f' ? "float" : "complex", bits);
    return buf;
}

static void array_repr(const asms_arr *a, asms_str *out)
{
    asms_str body = {0};
    str_puts(&body, "array(");
    array2string(a, ", ", 6, 1, &body);
    int64_t size = size_of(a);
    int implied = a->kind == 'b' || (a->bits == 64 && (a->kind == 'i' || a->kind == 'f')) || (a->kind == 'c' && a->bits == 128);
    asms_str extra = {0};
    str_puts(&extra, "");
    if ((size == 0 && !(a->ndim == 1 && a->shape[0] == 0)) || size > 1000) {
        char t[40];
        str_puts(&extra, "shape=(");
        for (int d = 0; d < a->ndim; d++) {
            snprintf(t, sizeof t, d ? ", %lld" : "%lld", (long long)a->shape[d]);
            str_puts(&extra, t);
        }
        str_puts(&extra, a->ndim == 1 ? ",)" : ")");
    }
    if (!implied || size == 0) {
        str_puts(&extra, extra.n ? ", dtype=" : "dtype=");
        str_puts(&extra, dtype_name(a->kind, a->bits));
    }
    if (extra.n == 0) {
        str_puts(&body, ")");
    } else {
        str_puts(&body, ",");
        const char *nl = strrchr(body.s, '\n');
        size_t last = body.n - (nl ? (size_t)(nl - body.s) + 1 : 0);
        if (last + extra.n + 2 > 75)
            str_puts(&body, "\n      ");
        else
            str_puts(&body, " ");
        str_puts(&body, extra.s);
        str_puts(&body, ")");
    }
    str_puts(out, body.s);
    free(body.s);
    free(extra.s);
}

/* The text print() shows for the array `w` (Numba's array struct). The
 * caller frees it. Also the entry point of the runtime's own tests. */
char *asmsurgeon_format_array(const int64_t *w, int kind, int bits, int ndim, int repr)
{
    asms_arr a = view(w, kind, bits, ndim);
    asms_str out = {0};
    str_puts(&out, "");
    if (ndim > 64) { /* NumPy's own limit; index buffers are sized for it */
        str_puts(&out, "<array of more than 64 dimensions>");
        return out.s;
    }
    if (repr)
        array_repr(&a, &out);
    else
        array_str(&a, &out);
    return out.s;
}

void asmsurgeon_put_array(const int64_t *w, int kind, int bits, int ndim, int repr)
{
    if (asms_write_npy(w, kind, bits, ndim))
        return;
    char *s = asmsurgeon_format_array(w, kind, bits, ndim, repr);
    fputs(s, stdout);
    free(s);
}

void asmsurgeon_put_float(double v)
{
    char buf[64];
    repr_float(v, 0, 0, buf, sizeof buf);
    fputs(buf, stdout);
}

/* Python's repr of a float (`bare`: without the ".0" of an integral
 * value), for print.c. */
ASMS_HIDDEN void asms_format_float(double v, int bare, char *out, size_t cap)
{
    repr_float(v, 0, bare, out, cap);
}

/* Python: `2j` when the real part is +0.0, `(re+imj)` otherwise. The
 * caller frees it. */
ASMS_HIDDEN char *asms_format_complex(double re, double im)
{
    double v[2] = {re, im};
    int64_t w[5] = {0, 0, 1, 16, (int64_t)(intptr_t)v};
    asms_arr a = view(w, 'c', 128, 0);
    asms_str out = {0};
    scalar_str(&a, a.data, &out);
    return out.s;
}

void asmsurgeon_put_complex(double re, double im)
{
    char *s = asms_format_complex(re, im);
    fputs(s, stdout);
    free(s);
}
