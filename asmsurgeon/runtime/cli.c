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

/* `usage` names the parameters and their types: "a0:int64 a1:float64". */
void asmsurgeon_args(int argc, char **argv, int nparams, const char *usage)
{
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

