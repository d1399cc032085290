/* Floating point, libm calls, constant pools, thread-local and atomic
   data: the relocation forms (@PLT, @GOTPCREL, @tpoff) GCC emits. */
#include <math.h>
#include <stdint.h>

_Thread_local int tls_counter;
static _Atomic long shared_total;
double weights[16] = {1.0, 0.5, 0.25, 0.125};
extern int external_flag;

double norm(const double *v, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += v[i] * v[i] * weights[i & 15];
    return sqrt(s) + exp(-s) * 1.5e-7;
}

int64_t mix(int64_t a, uint32_t b) {
    tls_counter++;
    shared_total += a;
    return (a << 13) ^ (b * 2654435761u) ^ external_flag;
}

float lerp(float a, float b, float t) { return a + (b - a) * t; }

long long factorial(int n) { return n <= 1 ? 1 : n * factorial(n - 1); }

__attribute__((noinline)) static int helper(int x) { return x * 3 + 1; }

int collatz_steps(long x) {
    int steps = 0;
    while (x != 1) {
        x = (x & 1) ? helper((int)x) : x / 2;
        steps++;
    }
    return steps;
}

void spin_lock(volatile int *lock) {
    while (__atomic_exchange_n(lock, 1, __ATOMIC_ACQUIRE))
        __asm__ volatile("pause" ::: "memory");
}
