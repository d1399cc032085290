/* Complex parameters of the `main` add-main generates, in Python's
 * spellings (`1`, `2.5j`, `-4+0j`, `(1-2e3j)`).
 */
#include <string.h>

#include "cli.h"

/* The two parts; a bare real or imaginary part leaves the other 0. */
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

/* One complex value in its in-memory form: two floats or two doubles. */
ASMS_HIDDEN int asms_complex_into(const char *s, int bits, void *dst)
{
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

/* A complex parameter: stored as its two parts (float or double) at `out`. */
void asmsurgeon_parse_complex(const char *s, int pos, int bits, void *out)
{
    if (!asms_complex_into(s, bits, out))
        asms_bad(s, pos, asms_type_name('c', bits));
}
