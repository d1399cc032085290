/* What the argument parsers of the `main` add-main generates share.
 *
 * The parsers are separate archive members (cli.c, cliparse_digits.c,
 * cliparse_int.c, cliparse_float.c, cliparse_complex.c, ndparse.c) so a
 * program links only those its parameters need: an int64(int64) program
 * carries no float, complex or array parsing.
 */
#ifndef ASMSURGEON_RUNTIME_CLI_H
#define ASMSURGEON_RUNTIME_CLI_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ASMS_HIDDEN __attribute__((visibility("hidden")))

/* cli.c: `--output PATH` (see ndparse.c), the messages and the exit. */
ASMS_HIDDEN extern const char *asms_output;
/* "prog: error: argument POS (NAME): MESSAGE", the usage line, exit 2. */
ASMS_HIDDEN __attribute__((noreturn, format(printf, 2, 3))) void asms_arg_error(int pos, const char *fmt, ...);
/* "'TEXT' is not a valid TYPE" for argument POS, exit 2. */
ASMS_HIDDEN __attribute__((noreturn)) void asms_bad(const char *text, int pos, const char *type);
/* kind 'i', 'u', 'b', 'f' or 'c' with its bits, as Numba names the type. */
ASMS_HIDDEN const char *asms_type_name(int kind, int bits);

/* cliparse_digits.c: `s` as the ASCII text Python would read as a number. */
ASMS_HIDDEN int asms_ascii_number(const char *s, char *out, size_t cap);

/* cliparse_int.c: kind 'i' signed, 'u' unsigned (bits 8..64), 'b' bool. */
ASMS_HIDDEN int asms_scalar(const char *s, int kind, int bits, int64_t *out);
/* cliparse_float.c: as float() reads. */
ASMS_HIDDEN int asms_float(const char *text, double *out);
/* cliparse_complex.c: as complex() reads, stored as two floats (bits 64)
 * or two doubles (bits 128) at `dst`. */
ASMS_HIDDEN int asms_complex_into(const char *s, int bits, void *dst);

static inline size_t asms_digits(const char *s) { return strspn(s, "0123456789"); }

#endif
