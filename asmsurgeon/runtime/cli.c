/* Argument parsing and result printing for the `main` add-main generates.
 *
 * The generated assembly only marshals: it calls one parser per parameter,
 * puts the values where the System V ABI wants them, calls the function,
 * and hands each part of the result to one printer. Results print the way
 * Python's repr() prints them, so `./f 3 4` shows what `print(f(3, 4))`
 * would.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void asmsurgeon_format_float(double v, int bare, char *out, size_t cap);

static const char *asms_prog = "program";
static const char *asms_usage = "";

__attribute__((noreturn)) static void asms_usage_exit(void)
{
    fprintf(stderr, "usage: %s %s\n", asms_prog, asms_usage);
    exit(2);
}

/* `usage` names the parameters and their types: "a0:int64 a1:float64". */
void asmsurgeon_args(int argc, char **argv, int nparams, const char *usage)
{
    if (argc > 0 && argv[0] != NULL)
        asms_prog = argv[0];
    asms_usage = usage;
    if (argc - 1 != nparams) {
        fprintf(stderr, "%s: error: expected %d argument%s, got %d\n", asms_prog, nparams,
                nparams == 1 ? "" : "s", argc < 1 ? 0 : argc - 1);
        asms_usage_exit();
    }
}

__attribute__((noreturn)) static void asms_bad(const char *text, int pos, const char *type)
{
    fprintf(stderr, "%s: error: argument %d: '%s' is not a valid %s\n", asms_prog, pos, text, type);
    asms_usage_exit();
}

/* Integer kinds: bits in 8..64; signed or not. */
static int asms_int(const char *s, int bits, int is_signed, int64_t *out)
{
    char *end;
    errno = 0;
    if (*s == '\0' || (*s == ' ' || *s == '\t'))
        return 0;
    if (is_signed) {
        long long v = strtoll(s, &end, 10);
        if (errno || *end)
            return 0;
        if (bits < 64) {
            long long lim = 1LL << (bits - 1);
            if (v < -lim || v >= lim)
                return 0;
        }
        *out = v;
    } else {
        if (strchr(s, '-') != NULL)
            return 0;
        unsigned long long v = strtoull(s, &end, 10);
        if (errno || *end)
            return 0;
        if (bits < 64 && v >> bits)
            return 0;
        *out = (int64_t)v;
    }
    return 1;
}

static int asms_float(const char *s, double *out)
{
    char *end;
    if (*s == '\0' || *s == ' ' || *s == '\t')
        return 0;
    *out = strtod(s, &end);
    return *end == '\0';
}

static int asms_bool(const char *s, int64_t *out)
{
    if (!strcmp(s, "True") || !strcmp(s, "true") || !strcmp(s, "1"))
        *out = 1;
    else if (!strcmp(s, "False") || !strcmp(s, "false") || !strcmp(s, "0"))
        *out = 0;
    else
        return 0;
    return 1;
}

/* kind: 'i' signed, 'u' unsigned, 'b' bool; bits for i/u. */
static int asms_scalar(const char *s, int kind, int bits, int64_t *out)
{
    return kind == 'b' ? asms_bool(s, out) : asms_int(s, bits, kind == 'i', out);
}

static const char *asms_type_name(int kind, int bits)
{
    static char buf[16];
    if (kind == 'b')
        return "bool";
    if (kind == 'f')
        return bits == 32 ? "float32" : "float64";
    snprintf(buf, sizeof buf, "%sint%d", kind == 'u' ? "u" : "", bits);
    return buf;
}

int64_t asmsurgeon_parse_int(const char *s, int pos, int kind, int bits)
{
    int64_t v;
    if (!asms_scalar(s, kind, bits, &v))
        asms_bad(s, pos, asms_type_name(kind, bits));
    return v;
}

double asmsurgeon_parse_float64(const char *s, int pos)
{
    double v;
    if (!asms_float(s, &v))
        asms_bad(s, pos, "float64");
    return v;
}

float asmsurgeon_parse_float32(const char *s, int pos)
{
    double v;
    if (!asms_float(s, &v))
        asms_bad(s, pos, "float32");
    return (float)v;
}

/* Numba's 1-D array as its C wrapper takes it (the struct is passed
 * field by field): meminfo, parent, nitems, itemsize, data, shape, stride. */
struct asms_array1d {
    void *meminfo;
    void *parent;
    int64_t nitems;
    int64_t itemsize;
    void *data;
    int64_t shape;
    int64_t stride;
};

/* "1,2,3.5" -> a freshly allocated array; "" is the empty array. The
 * memory lives until exit: main owns it and the process is short-lived. */
void asmsurgeon_parse_array(const char *s, int pos, int kind, int bits, struct asms_array1d *out)
{
    size_t n = *s ? 1 : 0, itemsize = (size_t)bits / 8, i = 0;
    for (const char *p = s; *p; p++)
        n += *p == ',';
    char *copy = malloc(strlen(s) + 1);
    if (copy != NULL)
        strcpy(copy, s);
    unsigned char *data = calloc(n ? n : 1, itemsize);
    if (copy == NULL || data == NULL) {
        fprintf(stderr, "%s: error: out of memory\n", asms_prog);
        exit(1);
    }
    char type[40];
    snprintf(type, sizeof type, "array of %s", asms_type_name(kind, bits));
    char *cursor = copy;
    for (i = 0; i < n; i++) {
        char *item = cursor, *comma = strchr(cursor, ',');
        if (comma != NULL) {
            *comma = '\0';
            cursor = comma + 1;
        }
        unsigned char *dst = data + i * itemsize;
        if (kind == 'f') {
            double v;
            if (!asms_float(item, &v))
                asms_bad(s, pos, type);
            if (bits == 32) {
                float f = (float)v;
                memcpy(dst, &f, 4);
            } else {
                memcpy(dst, &v, 8);
            }
        } else {
            int64_t v;
            if (!asms_scalar(item, kind, bits, &v))
                asms_bad(s, pos, type);
            memcpy(dst, &v, itemsize); /* little-endian: the low bytes */
        }
    }
    free(copy);
    out->meminfo = NULL;
    out->parent = NULL;
    out->nitems = (int64_t)n;
    out->itemsize = (int64_t)itemsize;
    out->data = data;
    out->shape = (int64_t)n;
    out->stride = (int64_t)itemsize;
}

void asmsurgeon_put(const char *text) { fputs(text, stdout); }

void asmsurgeon_put_int(int64_t v) { printf("%lld", (long long)v); }

void asmsurgeon_put_uint(uint64_t v) { printf("%llu", (unsigned long long)v); }

void asmsurgeon_put_bool(int v) { fputs(v & 1 ? "True" : "False", stdout); }

/* Python's repr of a float: the shortest digits that read back to the same
 * double; positional notation for decimal exponents -4 <= e < 16,
 * scientific with a signed two-digit exponent otherwise; integral values in
 * positional notation get ".0" unless `bare` (as inside complex repr). */
void asmsurgeon_format_float(double v, int bare, char *out, size_t cap)
{
    if (isnan(v)) {
        snprintf(out, cap, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(out, cap, v < 0 ? "-inf" : "inf");
        return;
    }
    char sci[40];
    int prec;
    for (prec = 0; prec < 17; prec++) {
        snprintf(sci, sizeof sci, "%.*e", prec, v);
        if (strtod(sci, NULL) == v)
            break;
    }
    snprintf(sci, sizeof sci, "%.*e", prec, v);
    /* sci = [-]d[.ddd]e[+-]XX : split into sign, digits and exponent. */
    const char *p = sci;
    int neg = *p == '-';
    if (neg)
        p++;
    char digits[24];
    size_t nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    digits[nd] = '\0';
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        digits[--nd] = '\0';
    char *o = out;
    size_t left = cap;
#define EMIT(...) do { int k_ = snprintf(o, left, __VA_ARGS__); o += k_; left -= (size_t)k_; } while (0)
    if (neg)
        EMIT("-");
    if (exp10 < -4 || exp10 >= 16) {
        EMIT("%c", digits[0]);
        if (nd > 1)
            EMIT(".%s", digits + 1);
        EMIT("e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (exp10 < 0) {
        EMIT("0.");
        for (int i = 0; i < -exp10 - 1; i++)
            EMIT("0");
        EMIT("%s", digits);
    } else {
        int point = exp10 + 1; /* digits before the decimal point */
        for (int i = 0; i < point; i++)
            EMIT("%c", i < (int)nd ? digits[i] : '0');
        if ((int)nd > point)
            EMIT(".%s", digits + point);
        else if (!bare)
            EMIT(".0");
    }
#undef EMIT
}

void asmsurgeon_put_float(double v)
{
    char buf[64];
    asmsurgeon_format_float(v, 0, buf, sizeof buf);
    fputs(buf, stdout);
}

/* Python: `2j` when the real part is +0.0, `(re+imj)` otherwise. */
void asmsurgeon_format_complex(double re, double im, char *out, size_t cap)
{
    char r[64], i[64];
    asmsurgeon_format_float(im, 1, i, sizeof i);
    if (re == 0 && !signbit(re)) {
        snprintf(out, cap, "%sj", i);
        return;
    }
    asmsurgeon_format_float(re, 1, r, sizeof r);
    snprintf(out, cap, "(%s%s%sj)", r, (i[0] == '-') ? "" : "+", i);
}

void asmsurgeon_put_complex(double re, double im)
{
    char buf[160];
    asmsurgeon_format_complex(re, im, buf, sizeof buf);
    fputs(buf, stdout);
}
