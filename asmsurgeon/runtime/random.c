/* Numba's random generator for programs without Python.
 *
 * Numba's generated code draws numbers itself: it asks for a pointer to a
 * thread-local Mersenne Twister state (numba_get_{py,np,internal}_random_state),
 * then reads `index` and `mt[]` and writes `has_gauss`/`gauss` at fixed
 * offsets, calling back here only to refill the 624 words
 * (numba_rnd_shuffle), to seed (numba_rnd_init, what np.random.seed(s) and
 * random.seed(s) compile to) and for Poisson draws with a large mean
 * (numba_poisson_ptrs). So the struct layout and the generator's arithmetic
 * are an ABI shared with compiled code, and every result must be the same
 * bits Numba's own C helpers give:
 *
 *   offset 0     int32 index          (624: the words are used up)
 *          4     uint32 mt[624]
 *          2500  int32 has_gauss      (a second normal deviate is cached)
 *          2504  double gauss
 *          2512  int32 is_initialized (0 in a fresh thread: seed from the OS)
 *
 * Each thread has its own three states (Python's `random`, NumPy's
 * `np.random`, and one for Numba's internal use), seeded on first use from
 * getrandom(2) with 624 words, as Numba seeds from os.urandom(2496). After
 * fork() the child's states are marked unseeded so parent and child do not
 * draw the same numbers, again as Numba does.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <unistd.h>

enum { ASMS_MT_WORDS = 624, ASMS_MT_SHIFT = 397 };

typedef struct {
    int32_t index;
    uint32_t mt[ASMS_MT_WORDS];
    int32_t has_gauss;
    double gauss;
    int32_t is_initialized;
} asms_rnd_state;

_Static_assert(offsetof(asms_rnd_state, mt) == 4, "Numba reads mt[] at offset 4");
_Static_assert(offsetof(asms_rnd_state, has_gauss) == 2500, "Numba reads has_gauss at offset 2500");
_Static_assert(offsetof(asms_rnd_state, gauss) == 2504, "Numba reads gauss at offset 2504");

static _Thread_local asms_rnd_state asms_py_state, asms_np_state, asms_internal_state;

/* The twist of MT19937: each word is replaced by a combination of itself,
 * its successor and the word ASMS_MT_SHIFT further on (wrapping around). */
static uint32_t asms_twist(uint32_t word, uint32_t next, uint32_t far)
{
    uint32_t y = (word & 0x80000000U) | (next & 0x7fffffffU);
    return far ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
}

void numba_rnd_shuffle(asms_rnd_state *state)
{
    uint32_t *mt = state->mt;
    for (int i = 0; i < ASMS_MT_WORDS; i++) {
        int next = (i + 1) % ASMS_MT_WORDS;
        int far = (i + ASMS_MT_SHIFT) % ASMS_MT_WORDS;
        mt[i] = asms_twist(mt[i], mt[next], mt[far]);
    }
}

static void asms_mark_seeded(asms_rnd_state *state)
{
    state->index = ASMS_MT_WORDS;
    state->has_gauss = 0;
    state->gauss = 0.0;
    state->is_initialized = 1;
}

/* Seeding by one 32-bit integer, the reference generator's linear
 * recurrence; the seed is what Numba passes (the user's seed cut to 32 bits). */
void numba_rnd_init(asms_rnd_state *state, uint32_t seed)
{
    state->mt[0] = seed;
    for (uint32_t k = 1; k < ASMS_MT_WORDS; k++) {
        uint32_t prev = state->mt[k - 1];
        state->mt[k] = 1812433253U * (prev ^ (prev >> 30)) + k;
    }
    asms_mark_seeded(state);
}

/* Seeding by an array of words, the reference generator's init_by_array:
 * what an unseeded state gets, from the OS's entropy. */
static void asms_seed_words(asms_rnd_state *state, const uint32_t *key, size_t nkey)
{
    uint32_t *mt = state->mt;
    numba_rnd_init(state, 19650218U);
    size_t i = 1, j = 0;
    for (size_t left = nkey > ASMS_MT_WORDS ? nkey : ASMS_MT_WORDS; left > 0; left--) {
        uint32_t prev = mt[i - 1];
        mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        if (++i == ASMS_MT_WORDS) {
            mt[0] = mt[ASMS_MT_WORDS - 1];
            i = 1;
        }
        if (++j == nkey)
            j = 0;
    }
    for (size_t left = ASMS_MT_WORDS - 1; left > 0; left--) {
        uint32_t prev = mt[i - 1];
        mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941U)) - (uint32_t)i;
        if (++i == ASMS_MT_WORDS) {
            mt[0] = mt[ASMS_MT_WORDS - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
    asms_mark_seeded(state);
}

static int asms_entropy(unsigned char *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        ssize_t n = getrandom(buf + got, len - got, 0);
        if (n > 0) {
            got += (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    if (got == len)
        return 0;
    /* A kernel without getrandom(2): the device gives the same bytes. */
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    while (got < len) {
        ssize_t n = read(fd, buf + got, len - got);
        if (n > 0)
            got += (size_t)n;
        else if (!(n < 0 && errno == EINTR))
            break;
    }
    close(fd);
    return got == len ? 0 : -1;
}

static void asms_forget_seeds(void)
{
    asms_py_state.is_initialized = 0;
    asms_np_state.is_initialized = 0;
    asms_internal_state.is_initialized = 0;
}

/* Numba calls this when its helper library is loaded; here the first
 * state handed out does. An atomic flag rather than pthread_once, which
 * older C libraries keep in libpthread. */
void numba_rnd_ensure_global_init(void)
{
    static atomic_int registered;
    if (!atomic_exchange(&registered, 1))
        pthread_atfork(NULL, NULL, asms_forget_seeds);
}

static asms_rnd_state *asms_ready(asms_rnd_state *state)
{
    if (state->is_initialized)
        return state;
    numba_rnd_ensure_global_init();
    unsigned char bytes[ASMS_MT_WORDS * 4];
    if (asms_entropy(bytes, sizeof bytes) != 0) {
        /* Numba aborts too (Py_FatalError) when os.urandom fails. */
        fputs("Fatal error: cannot read random bytes from the OS to seed the generator\n", stderr);
        abort();
    }
    uint32_t key[ASMS_MT_WORDS];
    for (size_t w = 0; w < ASMS_MT_WORDS; w++) {
        const unsigned char *b = bytes + 4 * w;
        key[w] = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    }
    asms_seed_words(state, key, ASMS_MT_WORDS);
    return state;
}

asms_rnd_state *numba_get_py_random_state(void) { return asms_ready(&asms_py_state); }

asms_rnd_state *numba_get_np_random_state(void) { return asms_ready(&asms_np_state); }

asms_rnd_state *numba_get_internal_random_state(void) { return asms_ready(&asms_internal_state); }

/* The draws below repeat, operation for operation, what Numba's compiled
 * code and its C helpers compute, so that the results are the same bits. */

static uint32_t asms_next_word(asms_rnd_state *state)
{
    if (state->index >= ASMS_MT_WORDS) {
        numba_rnd_shuffle(state);
        state->index = 0;
    }
    uint32_t y = state->mt[state->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    return y ^ (y >> 18);
}

/* A double in [0, 1) from 53 random bits (27 + 26). */
static double asms_next_double(asms_rnd_state *state)
{
    double high = (double)(asms_next_word(state) >> 5);
    double low = (double)(asms_next_word(state) >> 6);
    return (high * 67108864.0 + low) / 9007199254740992.0;
}

/* log(Gamma(x)) for x >= 1: Stirling's series at x shifted up to 7 or
 * more, then the recurrence Gamma(x) = Gamma(x+1)/x back down. The
 * coefficients B_2k / (2k (2k-1)) are rounded to 16 digits, as NumPy
 * tabulates them (exact fractions give different last bits, and so
 * different Poisson draws near the rejection boundary). */
static double asms_log_gamma(double x)
{
    static const double series[10] = {
        0.08333333333333333, -0.002777777777777778, 0.0007936507936507937, -0.0005952380952380952,
        0.0008417508417508418, -0.001917526917526918, 0.00641025641025641, -0.02955065359477124,
        0.1796443723688307, -1.3924322169059,
    };
    if (x == 1.0 || x == 2.0)
        return 0.0;
    long shift = x <= 7.0 ? (long)(7 - x) : 0;
    double z = x + (double)shift;
    double inv2 = 1.0 / (z * z);
    double sum = series[9];
    for (int k = 8; k >= 0; k--)
        sum = sum * inv2 + series[k];
    double result = sum / z + 0.5 * log(2 * M_PI) + (z - 0.5) * log(z) - z;
    for (long k = 0; k < shift; k++) {
        result -= log(z - 1.0);
        z -= 1.0;
    }
    return result;
}

/* Poisson deviates for lam >= 10 (smaller means are drawn inline by the
 * compiled code): Hoermann's transformed rejection with squeeze, "PTRS"
 * (Insurance: Mathematics and Economics 12, 1993). */
int64_t numba_poisson_ptrs(asms_rnd_state *state, double lam)
{
    double slam = sqrt(lam), loglam = log(lam);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double inv_alpha = 1.1239 + 1.1328 / (b - 3.4);
    double v_r = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
        double u = asms_next_double(state) - 0.5;
        double v = asms_next_double(state);
        double us = 0.5 - fabs(u);
        int64_t k = (int64_t)floor((2 * a / us + b) * u + lam + 0.43);
        if (us >= 0.07 && v <= v_r)
            return k;
        if (k < 0 || (us < 0.013 && v > us))
            continue;
        if (log(v) + log(inv_alpha) - log(a / (us * us) + b) <= -lam + (double)k * loglam - asms_log_gamma((double)k + 1))
            return k;
    }
}
