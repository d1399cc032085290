/* Integer and bool parameters of the `main` add-main generates, read as
 * Python's int() reads base 10 (Unicode digits, '_' between digits).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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
ASMS_HIDDEN int asms_scalar(const char *s, int kind, int bits, int64_t *out)
{
    return kind == 'b' ? asms_bool(s, out) : asms_int(s, bits, kind == 'i', out);
}

int64_t asmsurgeon_parse_int(const char *s, int pos, int kind, int bits)
{
    int64_t v;
    if (!asms_scalar(s, kind, bits, &v))
        asms_bad(s, pos, asms_type_name(kind, bits));
    return v;
}
