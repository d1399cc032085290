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
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ASMS_HIDDEN __attribute__((visibility("hidden")))

static const char *asms_prog = "program";
static const char *asms_usage = "";
/* `--output PATH`: array results go to .npy files (see ndparse.c). */
ASMS_HIDDEN const char *asms_output = NULL;

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
    /* `--output PATH` or `--output=PATH` anywhere: taken out of argv, which
     * the caller reads by position afterwards. */
    for (int i = 1; i < argc; i++) {
        int two = !strcmp(argv[i], "--output");
        if (!two && strncmp(argv[i], "--output=", 9))
            continue;
        if (two && i + 1 >= argc) {
            fprintf(stderr, "%s: error: --output needs a path\n", asms_prog);
            asms_usage_exit();
        }
        asms_output = two ? argv[i + 1] : argv[i] + 9;
        int drop = two ? 2 : 1;
        for (int j = i; j + drop <= argc; j++)
            argv[j] = argv[j + drop];
        argc -= drop;
        break;
    }
    if (argc - 1 != nparams) {
        fprintf(stderr, "%s: error: expected %d argument%s, got %d\n", asms_prog, nparams,
                nparams == 1 ? "" : "s", argc < 1 ? 0 : argc - 1);
        asms_usage_exit();
    }
}

/* The name of parameter `pos` in the usage line ("m" of "m:float64[:, ::1]"),
 * or "" for a positional ARGn. */
static void asms_param(int pos, char *out, size_t cap)
{
    const char *p = asms_usage;
    out[0] = '\0';
    for (int n = 1; *p; n++) {
        const char *colon = strchr(p, ':');
        if (colon == NULL)
            return;
        if (n == pos) {
            size_t len = (size_t)(colon - p);
            if (len < cap && strncmp(p, "ARG", 3))
                snprintf(out, cap, " (%.*s)", (int)len, p);
            return;
        }
        int depth = 0;
        for (p = colon; *p && (depth || *p != ' '); p++)
            depth += (*p == '[') - (*p == ']');
        while (*p == ' ')
            p++;
    }
}

/* "prog: error: argument POS (NAME): MESSAGE", the usage line, exit 2. */
ASMS_HIDDEN __attribute__((noreturn, format(printf, 2, 3))) void asms_arg_error(int pos, const char *fmt, ...)
{
    char name[128];
    va_list ap;
    asms_param(pos, name, sizeof name);
    fprintf(stderr, "%s: error: argument %d%s: ", asms_prog, pos, name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    asms_usage_exit();
}

/* Arguments are echoed in messages only when short. */
__attribute__((noreturn)) static void asms_bad(const char *text, int pos, const char *type)
{
    if (strlen(text) > 60)
        asms_arg_error(pos, "'%.40s...' is not a valid %s", text, type);
    asms_arg_error(pos, "'%s' is not a valid %s", text, type);
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

ASMS_HIDDEN const char *asms_type_name(int kind, int bits)
{
    static char buf[16];
    if (kind == 'b')
        return "bool";
    if (kind == 'f')
        return bits == 32 ? "float32" : "float64";
    if (kind == 'c')
        return bits == 64 ? "complex64" : "complex128";
    snprintf(buf, sizeof buf, "%sint%d", kind == 'u' ? "u" : "", bits);
    return buf;
}

/* Python's spellings of a complex: `1`, `2.5j`, `-4+0j`, `(1-2e3j)`. */
static int asms_complex(const char *s, double *re, double *im)
{
    char buf[128];
    size_t n = strlen(s);
    if (n >= sizeof buf || n == 0)
        return 0;
    if (s[0] == '(' && s[n - 1] == ')') {
        s++;
        n -= 2;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    *re = *im = 0;
    if (n == 0)
        return 0;
    if (buf[n - 1] != 'j' && buf[n - 1] != 'J')
        return asms_float(buf, re);
    buf[--n] = '\0';
    size_t k = n;
    while (k > 1 && !((buf[k - 1] == '+' || buf[k - 1] == '-') && buf[k - 2] != 'e' && buf[k - 2] != 'E'))
        k--;
    if (k > 1) {
        char real[128];
        memcpy(real, buf, k - 1);
        real[k - 1] = '\0';
        if (!asms_float(real, re))
            return 0;
        memmove(buf, buf + k - 1, n - k + 2);
    }
    if (!strcmp(buf, "+") || !strcmp(buf, "-") || !strcmp(buf, ""))
        return 0;
    return asms_float(buf, im);
}

/* One element of kind/bits from `s` into `dst` (its in-memory form). */
ASMS_HIDDEN int asms_parse_elem(const char *s, int kind, int bits, void *dst)
{
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
    if (kind == 'c') {
        double v[2];
        if (!asms_complex(s, &v[0], &v[1]))
            return 0;
        if (bits == 64) {
            float f[2] = {(float)v[0], (float)v[1]};
            memcpy(dst, f, 8);
        } else {
            memcpy(dst, v, 16);
        }
        return 1;
    }
    int64_t v;
    if (!asms_scalar(s, kind, bits, &v))
        return 0;
    memcpy(dst, &v, kind == 'b' ? 1 : (size_t)bits / 8); /* little-endian: the low bytes */
    return 1;
}

/* A complex parameter: stored as its two parts (float or double) at `out`. */
void asmsurgeon_parse_complex(const char *s, int pos, int bits, void *out)
{
    if (!asms_parse_elem(s, 'c', bits, out))
        asms_bad(s, pos, asms_type_name('c', bits));
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

void asmsurgeon_put(const char *text) { fputs(text, stdout); }

void asmsurgeon_put_int(int64_t v) { printf("%lld", (long long)v); }

void asmsurgeon_put_uint(uint64_t v) { printf("%llu", (unsigned long long)v); }

void asmsurgeon_put_bool(int v) { fputs(v & 1 ? "True" : "False", stdout); }

