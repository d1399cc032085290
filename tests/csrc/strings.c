/* String and memory routines: loops GCC vectorises, rep-prefixed string
   instructions at -O0/-Os, and read-only string constants. */
#include <stddef.h>
#include <string.h>
#include <stdio.h>

static const char *const names[] = {"zero", "one", "two", "three", "four", "five", "six", "seven"};

size_t count_char(const char *s, char c) {
    size_t n = 0;
    for (; *s; s++)
        n += (*s == c);
    return n;
}

void reverse(char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

const char *name_of(unsigned v) {
    switch (v) {  /* a jump table at -O2 */
    case 0: return names[0];
    case 1: return names[1];
    case 2: return "deux";
    case 3: return "drei";
    case 4: return names[4];
    case 5: return "cinq";
    case 6: return "sei";
    default: return "many";
    }
}

void clear(int *p, size_t n) { memset(p, 0, n * sizeof *p); }

int format_pair(char *buf, size_t len, int a, double b) {
    return snprintf(buf, len, "(%d, %.3f) \"quoted\"\t\\", a, b);
}
