/* Strings without Python: what Numba's str code reads from the interpreter.
 *
 * Numba implements str itself (numba/cpython/unicode.py) but borrows two
 * things from CPython:
 *
 * - the character database: numba_gettyperecord(code point, out...) fills
 *   the record behind upper(), lower(), isdigit(), isspace(), title(), ...
 *   and numba_get_PyUnicode_ExtendedCase(i) reads the multi-character case
 *   mappings; the tables are generated (unicode_db.c, by
 *   tools/gen_unicode_db.py) from the Python whose Numba compiled the code.
 * - the hash secret: hash(str) is SipHash keyed with CPython's
 *   _Py_HashSecret, which Numba's code reads from three 64-bit globals,
 *   _numba_hashsecret_{siphash_k0,siphash_k1,djbx33a_suffix}. They are
 *   filled before main as CPython fills its secret: random bytes from the
 *   OS, none with PYTHONHASHSEED=0, and CPython's LCG stream for any other
 *   number, so a program run with the same PYTHONHASHSEED as Python
 *   hashes strings exactly as Numba does in-process.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

typedef struct {
    int32_t upper, lower, title;
    uint8_t decimal, digit;
    uint16_t flags;
} asms_typerecord;

extern const unsigned asms_unicode_shift;
extern const asms_typerecord asms_unicode_records[];
extern const uint32_t asms_unicode_extended[];
extern const uint16_t asms_unicode_index1[];
extern const uint16_t asms_unicode_index2[];

void numba_gettyperecord(uint32_t code, int *upper, int *lower, int *title, unsigned char *decimal,
                         unsigned char *digit, unsigned short *flags)
{
    const asms_typerecord *r = &asms_unicode_records[0];
    if (code < 0x110000) {
        unsigned block = asms_unicode_index1[code >> asms_unicode_shift];
        r = &asms_unicode_records[asms_unicode_index2[(block << asms_unicode_shift)
                                                      + (code & ((1u << asms_unicode_shift) - 1))]];
    }
    *upper = r->upper;
    *lower = r->lower;
    *title = r->title;
    *decimal = r->decimal;
    *digit = r->digit;
    *flags = r->flags;
}

uint32_t numba_get_PyUnicode_ExtendedCase(int code) { return asms_unicode_extended[code]; }

/* CPython's _Py_HashSecret is 24 bytes: SipHash's k0 and k1, and (sharing
 * the first 16 bytes) the djbx33a suffix at offset 16. */
uint64_t _numba_hashsecret_siphash_k0;
uint64_t _numba_hashsecret_siphash_k1;
uint64_t _numba_hashsecret_djbx33a_suffix;

/* PYTHONHASHSEED as Python reads it: "random" or unset -> -1, a decimal
 * number in [0, 4294967295] -> that number; anything else -> -1 too (Python
 * refuses to start; a program has no better answer than randomness). */
static long long asms_hash_seed(void)
{
    const char *s = getenv("PYTHONHASHSEED");
    if (s == NULL || *s == '\0' || strcmp(s, "random") == 0)
        return -1;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    return (*end != '\0' || v > 4294967295ULL) ? -1 : (long long)v;
}

__attribute__((constructor)) static void asms_init_hash_secret(void)
{
    unsigned char secret[24] = {0};
    long long seed = asms_hash_seed();
    if (seed > 0) {
        uint32_t x = (uint32_t)seed; /* the C library rand() recurrence CPython uses */
        for (size_t i = 0; i < sizeof secret; i++) {
            x = x * 214013u + 2531011u;
            secret[i] = (unsigned char)((x >> 16) & 0xff);
        }
    } else if (seed < 0) {
        size_t got = 0;
        while (got < sizeof secret) {
            ssize_t n = getrandom(secret + got, sizeof secret - got, 0);
            if (n <= 0)
                break;
            got += (size_t)n;
        }
    }
    memcpy(&_numba_hashsecret_siphash_k0, secret, 8);
    memcpy(&_numba_hashsecret_siphash_k1, secret + 8, 8);
    memcpy(&_numba_hashsecret_djbx33a_suffix, secret + 16, 8);
}
