/* Argument parsing and result printing for the `main` add-main generates.
 *
 * The generated assembly only marshals: it calls one parser per parameter,
 * puts the values where the System V ABI wants them, calls the function,
 * and hands each part of the result to one printer. Results print the way
 * Python's repr() prints them, so `./f 3 4` shows what `print(f(3, 4))`
 * would. The parsers of each kind of parameter are archive members of
 * their own (cliparse_*.c, ndparse.c; see cli.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *asms_prog = "program";
static const char *asms_usage = "";
/* `--output PATH`: array results go to .npy files (see ndparse.c). */
ASMS_HIDDEN const char *asms_output = NULL;

__attribute__((noreturn)) static void asms_usage_exit(void)
{
    fprintf(stderr, "usage: %s %s\n", asms_prog, asms_usage);
    exit(2);
}

/* A result that could not be written is a failure, as in Python: checked
 * when main returns, where libc would otherwise drop the error. */
static void asms_flush_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "%s: error: cannot write the result: %s\n", asms_prog, strerror(errno));
        _Exit(1);
    }
}

/* `usage` names the parameters and their types: "a0:int64 a1:float64". */
extern int asmsurgeon_exit_on_raise; /* raise.c: an exception ends the program */

void asmsurgeon_args(int argc, char **argv, int nparams, const char *usage)
{
    asmsurgeon_exit_on_raise = 1;
    atexit(asms_flush_stdout);
    if (argc > 0 && argv[0] != NULL)
        asms_prog = argv[0];
    asms_usage = usage;
    /* `--output PATH` or `--output=PATH` anywhere: taken out of argv, which
     * the caller reads by position afterwards. */
    for (int i = 1; i < argc; i++) {
        int two = !strcmp(argv[i], "--output");
        if (!two && strncmp(argv[i], "--output=", 9))
            continue;
        if (two && i + 1 >= argc) {
            fprintf(stderr, "%s: error: --output needs a path\n", asms_prog);
            asms_usage_exit();
        }
        asms_output = two ? argv[i + 1] : argv[i] + 9;
        int drop = two ? 2 : 1;
        for (int j = i; j + drop <= argc; j++)
            argv[j] = argv[j + drop];
        argc -= drop;
        break;
    }
    if (argc - 1 != nparams) {
        fprintf(stderr, "%s: error: expected %d argument%s, got %d\n", asms_prog, nparams,
                nparams == 1 ? "" : "s", argc < 1 ? 0 : argc - 1);
        asms_usage_exit();
    }
}

/* The name of parameter `pos` in the usage line ("m" of "m:float64[:, ::1]"),
 * or "" for a positional ARGn. */
static void asms_param(int pos, char *out, size_t cap)
{
    const char *p = asms_usage;
    out[0] = '\0';
    for (int n = 1; *p; n++) {
        const char *colon = strchr(p, ':');
        if (colon == NULL)
            return;
        if (n == pos) {
            size_t len = (size_t)(colon - p);
            if (len < cap && strncmp(p, "ARG", 3))
                snprintf(out, cap, " (%.*s)", (int)len, p);
            return;
        }
        int depth = 0;
        for (p = colon; *p && (depth || *p != ' '); p++)
            depth += (*p == '[') - (*p == ']');
        while (*p == ' ')
            p++;
    }
}

ASMS_HIDDEN void asms_arg_error(int pos, const char *fmt, ...)
{
    char name[128];
    va_list ap;
    asms_param(pos, name, sizeof name);
    fprintf(stderr, "%s: error: argument %d%s: ", asms_prog, pos, name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    asms_usage_exit();
}

/* Arguments are echoed in messages only when short. */
ASMS_HIDDEN void asms_bad(const char *text, int pos, const char *type)
{
    if (strlen(text) > 60)
        asms_arg_error(pos, "'%.40s...' is not a valid %s", text, type);
    asms_arg_error(pos, "'%s' is not a valid %s", text, type);
}

ASMS_HIDDEN const char *asms_type_name(int kind, int bits)
{
    static char buf[16];
    if (kind == 'b')
        return "bool";
    if (kind == 'f')
        return bits == 32 ? "float32" : "float64";
    if (kind == 'c')
        return bits == 64 ? "complex64" : "complex128";
    snprintf(buf, sizeof buf, "%sint%d", kind == 'u' ? "u" : "", bits);
    return buf;
}

void asmsurgeon_put(const char *text) { fputs(text, stdout); }

void asmsurgeon_put_int(int64_t v) { printf("%lld", (long long)v); }

void asmsurgeon_put_uint(uint64_t v) { printf("%llu", (unsigned long long)v); }

void asmsurgeon_put_bool(int v) { fputs(v & 1 ? "True" : "False", stdout); }

