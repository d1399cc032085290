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
#include <string.h>

struct asms_excinfo {
    const char *data;
    int32_t len;
    void *args; /* dynamic: Numba's struct of the native values */
    void *(*fn)(void *args);
    int32_t dyn;
};

/* Weak: only a dynamic exception needs them, and the code that raises one
 * references them itself, so a program without one links neither print.c
 * nor nrt.c from the archive for the hook's sake. */
__attribute__((weak)) char *asmsurgeon_exception_text(const char *template, void *args);
__attribute__((weak)) void asmsurgeon_obj_decref(void *obj);
__attribute__((weak)) void NRT_Free(void *ptr);

/* The first n bytes of s, NUL-terminated and malloc'd (parallel.c too). */
__attribute__((visibility("hidden"))) char *asms_copy(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (out != NULL) {
        memcpy(out, s, n);
        out[n] = '\0';
    }
    return out;
}

/* The line Python would end its traceback with, malloc'd: for hooks of
 * a library's own, and for the default one. A dynamic exception's values
 * come from Numba's unwrap function, which the print pass kept (boxing
 * with the runtime's objects; it frees the native values, so it runs
 * once); the strip-wrapper rewrote its pickle into a template (see
 * asmsurgeon_exception_text). */
__attribute__((weak)) char *asmsurgeon_excinfo_text(const void *excinfo, int status)
{
    struct asms_excinfo *e = (struct asms_excinfo *)excinfo;
    char buf[80];
    if (e == NULL || e->data == NULL || status < 0) {
        snprintf(buf, sizeof buf, "SystemError: Numba function failed with status %d", status);
        return asms_copy(buf, strlen(buf));
    }
    if (e->dyn <= 0)
        return asms_copy(e->data, (size_t)e->len);
    void *args = NULL;
    if (e->fn != NULL && e->args != NULL) {
        args = e->fn(e->args);
        e->args = NULL;
    }
    /* Without the values (a type the unwrap could not box), the class. */
    char *text = args && asmsurgeon_exception_text ? asmsurgeon_exception_text(e->data, args)
                                                   : asms_copy(e->data, strcspn(e->data, ":"));
    if (args && asmsurgeon_obj_decref)
        asmsurgeon_obj_decref(args);
    return text;
}

/* A dynamic exception is allocated by the function that raised it; the
 * rewritten wrappers call this once the hook returns (a library's hook
 * may), so nothing leaks. Static ones are constants. */
__attribute__((weak)) void asmsurgeon_excinfo_free(void *excinfo)
{
    struct asms_excinfo *e = excinfo;
    if (e == NULL || e->dyn <= 0)
        return;
    if (NRT_Free) {
        NRT_Free(e->args);
        NRT_Free(e);
    }
}

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

/* The default hook: record the exception for the calling thread (a
 * library's functions then return 0) or, in an executable, print it as
 * Python's last traceback line and exit 1. */
__attribute__((weak)) void asmsurgeon_raise(const void *excinfo, int status)
{
    char *text = asmsurgeon_excinfo_text(excinfo, status);
    snprintf(asmsurgeon_error_state.text, sizeof asmsurgeon_error_state.text, "%s", text ? text : "MemoryError");
    asmsurgeon_error_state.set = 1;
    free(text);
    if (asmsurgeon_exit_on_raise) {
        fflush(stdout);
        fprintf(stderr, "%s\n", asmsurgeon_error_state.text);
        exit(1);
    }
}

/* Numba's fatal errors (Py_FatalError in its generated code, for a BLAS or
 * LAPACK wrapper failing): the message as Python prints it, then abort. */
__attribute__((noreturn)) void asmsurgeon_fatal_error(const char *message)
{
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: %s\n", message);
    abort();
}

/* The GIL calls the fatal-error and print passes leave in place: there is no interpreter to lock. */
void asmsurgeon_gil_ensure(void *state)
{
    (void)state;
}

void asmsurgeon_gil_release(void *state)
{
    (void)state;
}
