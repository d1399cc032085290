/* Calls the default error hook as strip-wrapper's rewritten wrappers do:
 * in a program whose main is add-main's (asmsurgeon_args called), or, with
 * "library", in a host that asks for the error afterwards. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct excinfo {
    const char *data;
    int32_t len;
    const void *sha1;
    const void *fn;
    int32_t dyn;
};

void asmsurgeon_raise(const void *excinfo, int status);
void asmsurgeon_args(int argc, char **argv, int nparams, const char *usage);
const char *asmsurgeon_last_error(void);

int main(int argc, char **argv)
{
    static const char msg[] = "ZeroDivisionError: integer division by zero";
    struct excinfo e = {msg, (int32_t)strlen(msg), NULL, NULL, 0};
    if (argc > 1 && !strcmp(argv[1], "library")) {
        asmsurgeon_raise(&e, 1);
        printf("recorded: %s\n", asmsurgeon_last_error());
        return 0;
    }
    asmsurgeon_args(argc, argv, argc - 1, "MODE");
    if (argc > 1 && !strcmp(argv[1], "null"))
        asmsurgeon_raise(NULL, 1);
    if (argc > 1 && !strcmp(argv[1], "negative"))
        asmsurgeon_raise(&e, -3);
    if (argc > 1 && !strcmp(argv[1], "dyn"))
        e.dyn = 1;
    asmsurgeon_raise(&e, 1);
    return 99; /* not reached */
}
