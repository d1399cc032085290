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

/* An executable's main (asmsurgeon_args) sets this: print and exit. In a
 * library nothing sets it, and a raise is recorded for the calling thread
 * instead: the function returns 0 and asmsurgeon_last_error() says why. */
int asmsurgeon_exit_on_raise;

/* The calling thread's last error. Weak, like the functions reading it, so
 * that two libraries built by asmsurgeon and linked into one program share
 * one record and either one's asmsurgeon_last_error() sees both's raises. */
__attribute__((weak)) _Thread_local struct asmsurgeon_error_state {
    int set;
    char text[512];
} asmsurgeon_error_state;

__attribute__((weak)) const char *asmsurgeon_last_error(void)
{
    return asmsurgeon_error_state.set ? asmsurgeon_error_state.text : NULL;
}

__attribute__((weak)) void asmsurgeon_clear_error(void)
{
    asmsurgeon_error_state.set = 0;
    asmsurgeon_error_state.text[0] = '\0';
}

/* "ExcType: message" for the excinfo record. */
static void asms_describe(const struct asms_excinfo *e, int status, char *out, size_t cap)
{
    if (e == NULL || e->data == NULL || status < 0) {
        snprintf(out, cap, "SystemError: Numba function failed with status %d", status);
    } else if (e->dyn > 0) {
        /* Dynamic arguments live in a Python tuple we cannot render; the
         * class name before ':' is what we know for sure. */
        int n = 0;
        while (n < e->len && e->data[n] != ':' && e->data[n] != '\0')
            n++;
        snprintf(out, cap, "%.*s", n, e->data);
    } else {
        snprintf(out, cap, "%.*s", (int)e->len, e->data);
    }
}

__attribute__((weak)) void asmsurgeon_raise(const void *excinfo, int status)
{
    asms_describe(excinfo, status, asmsurgeon_error_state.text, sizeof asmsurgeon_error_state.text);
    asmsurgeon_error_state.set = 1;
    if (asmsurgeon_exit_on_raise) {
        fflush(stdout);
        fprintf(stderr, "%s\n", asmsurgeon_error_state.text);
        exit(1);
    }
}
