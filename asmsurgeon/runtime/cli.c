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
#include <strings.h>

static const char *asms_prog = "program";
static const char *asms_usage = "";

__attribute__((noreturn)) static void asms_usage_exit(void)
{
    fprintf(stderr, "usage: %s %s\n", asms_prog, asms_usage);
    exit(2);
}

/* A result that could not be written is a failure, as in Python: checked
 * when main returns, where libc would otherwise drop the error. */
static void asms_flush_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "%s: error: cannot write the result: %s\n", asms_prog, strerror(errno));
        _Exit(1);
    }
}

/* `usage` names the parameters and their types: "a0:int64 a1:float64". */
extern int asmsurgeon_exit_on_raise; /* raise.c: an exception ends the program */

void asmsurgeon_args(int argc, char **argv, int nparams, const char *usage)
{
    asmsurgeon_exit_on_raise = 1;
    atexit(asms_flush_stdout);
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

/* Python reads a number after mapping every Unicode decimal digit to its
 * ASCII value and every Unicode space to ' ' (Unicode 14: each decimal
 * digit lies in a run of ten starting at one of these code points). */
static const uint32_t asms_digit_zeros[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
    0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
    0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce,
    0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static int asms_is_space(uint32_t c)
{
    return (c >= 0x9 && c <= 0xd) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* One UTF-8 code point from *s (advanced); 0xFFFFFFFF when malformed. */
static uint32_t asms_utf8(const unsigned char **s)
{
    const unsigned char *p = *s;
    uint32_t c = *p++;
    int more = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
    if (more < 0)
        return 0xFFFFFFFFu;
    if (more)
        c &= 0x3fu >> more;
    for (int i = 0; i < more; i++, p++) {
        if ((*p & 0xc0) != 0x80)
            return 0xFFFFFFFFu;
        c = c << 6 | (*p & 0x3f);
    }
    *s = p;
    return c;
}

/* `s` as the ASCII text Python would parse: Unicode digits and spaces
 * mapped, surrounding spaces stripped, '_' kept only between two digits
 * and then dropped. 0 when something else is in the way. */
static int asms_ascii_number(const char *s, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    while (*p) {
        uint32_t c = asms_utf8(&p);
        char a = '?';
        if (c == 0xFFFFFFFFu)
            return 0;
        if (c < 0x80 && !asms_is_space(c))
            a = (char)c;
        else if (asms_is_space(c))
            a = ' ';
        else
            for (size_t i = 0; i < sizeof asms_digit_zeros / sizeof *asms_digit_zeros; i++)
                if (c >= asms_digit_zeros[i] && c < asms_digit_zeros[i] + 10)
                    a = (char)('0' + (c - asms_digit_zeros[i]));
        if (a == '?' || n + 1 >= cap)
            return 0;
        out[n++] = a;
    }
    while (n > 0 && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    size_t lead = strspn(out, " ");
    memmove(out, out + lead, n - lead + 1);
    n -= lead;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (out[i] == '_') {
            if (i == 0 || i + 1 >= n || !(out[i - 1] >= '0' && out[i - 1] <= '9') ||
                !(out[i + 1] >= '0' && out[i + 1] <= '9'))
                return 0;
            continue;
        }
        out[k++] = out[i];
    }
    out[k] = '\0';
    return k > 0;
}

static size_t asms_digits(const char *s) { return strspn(s, "0123456789"); }

/* Integer kinds: bits in 8..64; signed or not. Read as int() reads base 10. */
static int asms_int(const char *text, int bits, int is_signed, int64_t *out)
{
    char s[128], *end;
    if (!asms_ascii_number(text, s, sizeof s))
        return 0;
    const char *d = s + (*s == '+' || *s == '-');
    if (asms_digits(d) == 0 || d[asms_digits(d)] != '\0')
        return 0;
    errno = 0;
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
        if (*s == '-') /* only -0 is an unsigned value */
            return d[strspn(d, "0")] == '\0' ? (*out = 0, 1) : 0;
        unsigned long long v = strtoull(s, &end, 10);
        if (errno || *end)
            return 0;
        if (bits < 64 && v >> bits)
            return 0;
        *out = (int64_t)v;
    }
    return 1;
}

/* As float() reads: decimal notation, inf/infinity/nan in any case; no hex
 * floats and no nan(...) payloads, which strtod alone would take. */
static int asms_float(const char *text, double *out)
{
    char s[512], *end;
    if (!asms_ascii_number(text, s, sizeof s))
        return 0;
    const char *p = s + (*s == '+' || *s == '-');
    if (strcasecmp(p, "inf") && strcasecmp(p, "infinity") && strcasecmp(p, "nan")) {
        size_t whole = asms_digits(p), frac = 0;
        p += whole;
        if (*p == '.')
            frac = asms_digits(++p), p += frac;
        if (whole + frac == 0)
            return 0;
        if (*p == 'e' || *p == 'E') {
            p++;
            p += *p == '+' || *p == '-';
            if (asms_digits(p) == 0)
                return 0;
            p += asms_digits(p);
        }
        if (*p != '\0')
            return 0;
    }
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
static void asms_format_float(double v, int bare, char *out, size_t cap)
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
    asms_format_float(v, 0, buf, sizeof buf);
    fputs(buf, stdout);
}

/* Python: `2j` when the real part is +0.0, `(re+imj)` otherwise. */
void asmsurgeon_put_complex(double re, double im)
{
    char r[64], i[64];
    asms_format_float(im, 1, i, sizeof i);
    if (re == 0 && !signbit(re)) {
        printf("%sj", i);
        return;
    }
    asms_format_float(re, 1, r, sizeof r);
    printf("(%s%s%sj)", r, (i[0] == '-') ? "" : "+", i);
}
