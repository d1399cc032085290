/* What a Numba exception becomes without Python: a line on stderr and
 * exit status 1. strip-wrapper rewrites each C wrapper's error path into a
 * call to asmsurgeon_raise(excinfo, status) and rewrites the pickled
 * exception constants into "ExcClass: message" strings; excinfo points to
 * Numba's 40-byte record:
 *
 *   { const char *data; int32 len; pad; void *sha1; void *fn; int32 dyn; pad }
 *
 * The hook is weak so a library user can define their own (longjmp back,
 * log, return an error code through their own API...).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct asms_excinfo {
    const char *data;
    int32_t len;
    const void *sha1;
    const void *fn;
    int32_t dyn;
};

__attribute__((weak, noreturn)) void asmsurgeon_raise(const void *excinfo, int status)
{
    const struct asms_excinfo *e = excinfo;
    fflush(stdout);
    if (e == NULL || e->data == NULL || status < 0) {
        fprintf(stderr, "SystemError: Numba function failed with status %d\n", status);
    } else if (e->dyn > 0) {
        /* Dynamic arguments live in a Python tuple we cannot render; the
         * class name before ':' is what we know for sure. */
        int n = 0;
        while (n < e->len && e->data[n] != ':' && e->data[n] != '\0')
            n++;
        fprintf(stderr, "%.*s\n", n, e->data);
    } else {
        fprintf(stderr, "%.*s\n", (int)e->len, e->data);
    }
    exit(1);
}

/* Numba's fatal errors (Py_FatalError in its generated code, for a BLAS or
 * LAPACK wrapper failing): the message as Python prints it, then abort. */
__attribute__((noreturn)) void asmsurgeon_fatal_error(const char *message)
{
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: %s\n", message);
    abort();
}

/* The GIL "ensure" before a fatal error: there is no interpreter to lock. */
int asmsurgeon_gil_ensure(void *state)
{
    (void)state;
    return 0;
}
