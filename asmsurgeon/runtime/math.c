/* Numba's math helpers (the numba_* functions of _helperlib) without Python.
 *
 * Most are the C library's functions under Numba's names; the ones with
 * their own behaviour are frexp/ldexp (special values handled before libm
 * sees them), the complex power (Python's algorithm, with NaN where Python
 * raises ZeroDivisionError: Numba's lowering returns that NaN, it never
 * raises) and the 64-bit division helpers Numba emits for 32-bit targets.
 * Results are bit-identical to Numba's because the same libm computes them.
 */
#include <math.h>
#include <stdint.h>

/* Numba passes complex numbers by pointer, as {real, imag} pairs. */
typedef struct { double real, imag; } asms_c128;
typedef struct { float real, imag; } asms_c64;

#define ASMS_UNARY(name) \
    double numba_##name(double x) { return name(x); } \
    float numba_##name##f(float x) { return name##f(x); }
#define ASMS_BINARY(name) \
    double numba_##name(double x, double y) { return name(x, y); } \
    float numba_##name##f(float x, float y) { return name##f(x, y); }

ASMS_UNARY(sin) ASMS_UNARY(cos) ASMS_UNARY(tan)
ASMS_UNARY(sinh) ASMS_UNARY(cosh) ASMS_UNARY(tanh)
ASMS_UNARY(asin) ASMS_UNARY(acos) ASMS_UNARY(atan)
ASMS_UNARY(asinh) ASMS_UNARY(acosh) ASMS_UNARY(atanh)
ASMS_UNARY(exp) ASMS_UNARY(expm1) ASMS_UNARY(log) ASMS_UNARY(log10) ASMS_UNARY(log1p)
ASMS_UNARY(sqrt) ASMS_UNARY(fabs) ASMS_UNARY(floor) ASMS_UNARY(ceil) ASMS_UNARY(trunc) ASMS_UNARY(round)
ASMS_UNARY(lgamma) ASMS_UNARY(erf) ASMS_UNARY(erfc)
ASMS_BINARY(atan2) ASMS_BINARY(pow) ASMS_BINARY(fmod) ASMS_BINARY(nextafter)

double numba_gamma(double x) { return tgamma(x); }
float numba_gammaf(float x) { return tgammaf(x); }

/* The fmod fix Numba needs is for one old Windows compiler; here it is fmod. */
double numba_fixed_fmod(double x, double y) { return fmod(x, y); }
float numba_fixed_fmodf(float x, float y) { return fmodf(x, y); }

/* Zero, infinities and NaN come back unchanged with exponent 0, whatever
 * the platform's frexp does with them. */
double numba_frexp(double x, int *exp)
{
    if (!isfinite(x) || x == 0.0) {
        *exp = 0;
        return x;
    }
    return frexp(x, exp);
}

float numba_frexpf(float x, int *exp)
{
    if (!isfinite(x) || x == 0.0f) {
        *exp = 0;
        return x;
    }
    return frexpf(x, exp);
}

double numba_ldexp(double x, int exp) { return isfinite(x) && x != 0.0 && exp != 0 ? ldexp(x, exp) : x; }
float numba_ldexpf(float x, int exp) { return isfinite(x) && x != 0.0f && exp != 0 ? ldexpf(x, exp) : x; }

int64_t numba_sdiv(int64_t a, int64_t b) { return a / b; }
int64_t numba_srem(int64_t a, int64_t b) { return a % b; }
uint64_t numba_udiv(uint64_t a, uint64_t b) { return a / b; }
uint64_t numba_urem(uint64_t a, uint64_t b) { return a % b; }

/* Through int64 first, so negative values wrap as Numba's do. */
uint64_t numba_fptoui(double x) { return (uint64_t)(int64_t)x; }
uint64_t numba_fptouif(float x) { return (uint64_t)(int64_t)x; }

/* Python's complex power in polar form: |a|**b.real scaled by
 * exp(-arg(a) * b.imag), at angle arg(a) * b.real + b.imag * log|a|.
 * 0 ** b with b not a non-negative real is Python's ZeroDivisionError;
 * Numba returns NaN there. */
static asms_c128 asms_cpow(asms_c128 a, asms_c128 b)
{
    asms_c128 r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        int domain_error = b.imag != 0.0 || b.real < 0.0;
        r.real = r.imag = domain_error ? NAN : 0.0;
    } else {
        double modulus = hypot(a.real, a.imag);
        double angle = atan2(a.imag, a.real);
        double length = pow(modulus, b.real);
        double phase = angle * b.real;
        if (b.imag != 0.0) {
            length /= exp(angle * b.imag);
            phase += b.imag * log(modulus);
        }
        r.real = length * cos(phase);
        r.imag = length * sin(phase);
    }
    return r;
}

void numba_cpow(const asms_c128 *a, const asms_c128 *b, asms_c128 *out) { *out = asms_cpow(*a, *b); }

void numba_cpowf(const asms_c64 *a, const asms_c64 *b, asms_c64 *out)
{
    asms_c128 x = {a->real, a->imag}, y = {b->real, b->imag};
    asms_c128 r = asms_cpow(x, y);
    out->real = (float)r.real;
    out->imag = (float)r.imag;
}
