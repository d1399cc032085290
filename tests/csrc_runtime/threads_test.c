/* Calls a Numba function from a shared library on 8 threads at once: each
 * call allocates, shares and frees arrays and lists through NRT, so a
 * reference count that is not atomic shows up as a wrong result, a double
 * free or a crash. argv: N, the expected result (as %.17g), calls per thread. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

double work(int64_t n);

static int64_t n_arg;
static double expected;
static long calls;

static void *run(void *arg)
{
    long *bad = arg;
    for (long i = 0; i < calls; i++)
        if (work(n_arg + i % 3) != work(n_arg + i % 3) || (i % 3 == 0 && work(n_arg) != expected))
            ++*bad;
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 4)
        return 2;
    n_arg = atoll(argv[1]);
    expected = strtod(argv[2], NULL);
    calls = atol(argv[3]);
    pthread_t t[8];
    long bad[8] = {0};
    for (int i = 0; i < 8; i++)
        if (pthread_create(&t[i], NULL, run, &bad[i]) != 0)
            return 3;
    long total = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(t[i], NULL);
        total += bad[i];
    }
    printf("%ld wrong\n", total);
    return total != 0;
}
