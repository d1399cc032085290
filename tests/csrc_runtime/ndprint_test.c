/* Reads lines "KIND BITS NDIM REPR PATH" on stdin, loads each .npy file
 * through the runtime's argument parser and prints the runtime's text for
 * it, each followed by a NUL byte and a newline. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void asmsurgeon_args(int argc, char **argv, int nparams, const char *usage);
void asmsurgeon_parse_array(const char *s, int pos, int kind, int bits, int64_t *out, int ndim_layout);
char *asmsurgeon_format_array(const int64_t *w, int kind, int bits, int ndim, int repr);

int main(int argc, char **argv)
{
    char kind, path[4096], arg[4100];
    int bits, ndim, repr;
    asmsurgeon_args(1, argv, 0, "");
    (void)argc;
    while (scanf(" %c %d %d %d %4095s", &kind, &bits, &ndim, &repr, path) == 5) {
        int64_t words[5 + 64];
        snprintf(arg, sizeof arg, "@%s", path);
        asmsurgeon_parse_array(arg, 1, kind, bits, words, ndim | 'A' << 8);
        char *s = asmsurgeon_format_array(words, kind, bits, ndim, repr);
        fputs(s, stdout);
        fputs("\n", stdout);
        putchar(0);
        putchar('\n');
        free(s);
        free((void *)(intptr_t)words[4]);
    }
    return 0;
}
