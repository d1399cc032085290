/* Exercises the runtime's random generator the way Numba's generated code
 * and Numba's own helpers use it; the test compares the printed numbers
 * with Numba's helper library in-process.
 *
 *   random_test words SEED       mt[] after seeding, and after one refill
 *   random_test poisson SEED LAM N  N draws of numba_poisson_ptrs
 *   random_test fork SEED        1 if a forked child's state is reseeded
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    int32_t index;
    uint32_t mt[624];
    int32_t has_gauss;
    double gauss;
    int32_t is_initialized;
} state_t;

void numba_rnd_shuffle(state_t *state);
void numba_rnd_init(state_t *state, uint32_t seed);
void numba_rnd_ensure_global_init(void);
state_t *numba_get_np_random_state(void);
state_t *numba_get_py_random_state(void);
state_t *numba_get_internal_random_state(void);
int64_t numba_poisson_ptrs(state_t *state, double lam);

static void print_words(const state_t *s)
{
    printf("%d", s->index);
    for (int i = 0; i < 624; i++)
        printf(" %u", s->mt[i]);
    printf("\n");
}

int main(int argc, char **argv)
{
    numba_rnd_ensure_global_init();
    if (argc < 3)
        return 2;
    uint32_t seed = (uint32_t)strtoul(argv[2], NULL, 10);
    state_t *np = numba_get_np_random_state();
    if (np == numba_get_py_random_state() || np == numba_get_internal_random_state() || !np->is_initialized)
        return 3;
    if (strcmp(argv[1], "words") == 0) {
        numba_rnd_init(np, seed);
        print_words(np);
        numba_rnd_shuffle(np);
        print_words(np);
    } else if (strcmp(argv[1], "poisson") == 0 && argc == 5) {
        numba_rnd_init(np, seed);
        double lam = strtod(argv[3], NULL);
        for (int n = atoi(argv[4]); n > 0; n--)
            printf("%lld\n", (long long)numba_poisson_ptrs(np, lam));
    } else if (strcmp(argv[1], "fork") == 0) {
        numba_rnd_init(np, seed);
        uint32_t parent = np->mt[1];
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            state_t *child = numba_get_np_random_state();
            _exit(child->mt[1] != parent && child->is_initialized ? 0 : 1);
        }
        int status;
        waitpid(pid, &status, 0);
        printf("%d %d\n", WIFEXITED(status) && WEXITSTATUS(status) == 0, numba_get_np_random_state()->mt[1] == parent);
    } else {
        return 2;
    }
    return 0;
}
