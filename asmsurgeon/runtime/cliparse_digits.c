/* The text of a number as Python's int(), float() and complex() see it,
 * shared by the parsers of cliparse_int.c and cliparse_float.c.
 */
#include <stdint.h>
#include <string.h>

#include "cli.h"

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
ASMS_HIDDEN int asms_ascii_number(const char *s, char *out, size_t cap)
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
