/* Float parameters of the `main` add-main generates, read as Python's
 * float() reads.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

/* As float() reads: decimal notation, inf/infinity/nan in any case; no hex
 * floats and no nan(...) payloads, which strtod alone would take. */
ASMS_HIDDEN int asms_float(const char *text, double *out)
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
