/* np.dot, `@` and np.linalg without Python: Numba's numba_xx* / numba_ez_*
 * entry points on the system's BLAS and LAPACK.
 *
 * Numba's own versions (numba/_lapack.c) look the Fortran routines up in
 * scipy at run time; here the program links the system's libraries
 * (OpenBLAS, or reference BLAS + LAPACK) directly, and only when it calls
 * one of these functions, so this file is its own member of the runtime.
 * The contract with the compiled code: `kind` is one of 's', 'd', 'c', 'z';
 * arrays are Fortran-ordered as the caller prepared them; the result is
 * LAPACK's `info` (> 0: a numerical failure the caller turns into
 * LinAlgError), or -1 for an unrecoverable error (the caller then stops
 * the program through numba_fatal_error). The "ez" routines size and
 * allocate the work arrays themselves through LAPACK's workspace query.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

typedef int fint; /* the LP64 interface Debian's libraries export */

/* The Fortran routines, by reference as Fortran passes everything. */
#define BLAS_GEMM(x) void x##gemm_(const char *, const char *, const fint *, const fint *, const fint *, \
    const void *, const void *, const fint *, const void *, const fint *, const void *, void *, const fint *)
#define BLAS_GEMV(x) void x##gemv_(const char *, const fint *, const fint *, const void *, const void *, \
    const fint *, const void *, const fint *, const void *, void *, const fint *)
BLAS_GEMM(s); BLAS_GEMM(d); BLAS_GEMM(c); BLAS_GEMM(z);
BLAS_GEMV(s); BLAS_GEMV(d); BLAS_GEMV(c); BLAS_GEMV(z);
float sdot_(const fint *, const void *, const fint *, const void *, const fint *);
double ddot_(const fint *, const void *, const fint *, const void *, const fint *);
float snrm2_(const fint *, const void *, const fint *);
double dnrm2_(const fint *, const void *, const fint *);
float scnrm2_(const fint *, const void *, const fint *);
double dznrm2_(const fint *, const void *, const fint *);
/* Complex dot products through CBLAS: it returns them through a pointer,
 * which avoids the Fortran complex-return conventions. */
void cblas_cdotu_sub(fint, const void *, fint, const void *, fint, void *);
void cblas_cdotc_sub(fint, const void *, fint, const void *, fint, void *);
void cblas_zdotu_sub(fint, const void *, fint, const void *, fint, void *);
void cblas_zdotc_sub(fint, const void *, fint, const void *, fint, void *);

#define LAPACK_GETRF(x) void x##getrf_(const fint *, const fint *, void *, const fint *, fint *, fint *)
#define LAPACK_GETRI(x) void x##getri_(const fint *, void *, const fint *, const fint *, void *, const fint *, fint *)
#define LAPACK_POTRF(x) void x##potrf_(const char *, const fint *, void *, const fint *, fint *)
#define LAPACK_GESV(x) void x##gesv_(const fint *, const fint *, void *, const fint *, fint *, void *, const fint *, fint *)
#define LAPACK_GEQRF(x) void x##geqrf_(const fint *, const fint *, void *, const fint *, void *, void *, const fint *, fint *)
#define LAPACK_GQR(x) void x##gqr_(const fint *, const fint *, const fint *, void *, const fint *, const void *, \
    void *, const fint *, fint *)
LAPACK_GETRF(s); LAPACK_GETRF(d); LAPACK_GETRF(c); LAPACK_GETRF(z);
LAPACK_GETRI(s); LAPACK_GETRI(d); LAPACK_GETRI(c); LAPACK_GETRI(z);
LAPACK_POTRF(s); LAPACK_POTRF(d); LAPACK_POTRF(c); LAPACK_POTRF(z);
LAPACK_GESV(s); LAPACK_GESV(d); LAPACK_GESV(c); LAPACK_GESV(z);
LAPACK_GEQRF(s); LAPACK_GEQRF(d); LAPACK_GEQRF(c); LAPACK_GEQRF(z);
LAPACK_GQR(sor); LAPACK_GQR(dor); LAPACK_GQR(cun); LAPACK_GQR(zun);
void sgeev_(const char *, const char *, const fint *, void *, const fint *, void *, void *, void *, const fint *,
            void *, const fint *, void *, const fint *, fint *);
void dgeev_(const char *, const char *, const fint *, void *, const fint *, void *, void *, void *, const fint *,
            void *, const fint *, void *, const fint *, fint *);
void ssyevd_(const char *, const char *, const fint *, void *, const fint *, void *, void *, const fint *,
             fint *, const fint *, fint *);
void dsyevd_(const char *, const char *, const fint *, void *, const fint *, void *, void *, const fint *,
             fint *, const fint *, fint *);
void sgesdd_(const char *, const fint *, const fint *, void *, const fint *, void *, void *, const fint *,
             void *, const fint *, void *, const fint *, fint *, fint *);
void dgesdd_(const char *, const fint *, const fint *, void *, const fint *, void *, void *, const fint *,
             void *, const fint *, void *, const fint *, fint *, fint *);
void sgelsd_(const fint *, const fint *, const fint *, void *, const fint *, void *, const fint *, void *,
             const void *, fint *, void *, const fint *, fint *, fint *);
void dgelsd_(const fint *, const fint *, const fint *, void *, const fint *, void *, const fint *, void *,
             const void *, fint *, void *, const fint *, fint *, fint *);

/* The complex drivers take a real work array as well. */
typedef void cgeev_fn(const char *, const char *, const fint *, void *, const fint *, void *, void *, const fint *,
                      void *, const fint *, void *, const fint *, void *, fint *);
typedef void cgesdd_fn(const char *, const fint *, const fint *, void *, const fint *, void *, void *, const fint *,
                       void *, const fint *, void *, const fint *, void *, fint *, fint *);
typedef void heevd_fn(const char *, const char *, const fint *, void *, const fint *, void *, void *, const fint *,
                      void *, const fint *, fint *, const fint *, fint *);
typedef void cgelsd_fn(const fint *, const fint *, const fint *, void *, const fint *, void *, const fint *, void *,
                       const void *, fint *, void *, const fint *, void *, fint *, fint *);
cgeev_fn cgeev_, zgeev_;
cgesdd_fn cgesdd_, zgesdd_;
heevd_fn cheevd_, zheevd_;
cgelsd_fn cgelsd_, zgelsd_;

#define STATUS_ERROR (-1)

/* What Numba's generated code calls after a -1: the program cannot go on. */
int numba_fatal_error(void)
{
    fputs("Fatal Python error: in Numba-compiled function (BLAS/LAPACK wrapper returned with an error)\n", stderr);
    abort();
}

static int unsupported(const char *routine, char kind)
{
    fprintf(stderr, "asmsurgeon: %s for kind '%c' is not provided by the standalone runtime\n", routine, kind);
    return STATUS_ERROR;
}

/* LAPACK's info < 0 names a bad argument: a bug, not a user error. */
static int checked(const char *routine, fint info)
{
    if (info < 0) {
        fprintf(stderr, "LAPACK Error: Routine %s. On input %d\n", routine, -info);
        return STATUS_ERROR;
    }
    return info;
}

static size_t kind_size(char kind)
{
    switch (kind) {
    case 's': return sizeof(float);
    case 'd': return sizeof(double);
    case 'c': return 2 * sizeof(float);
    case 'z': return 2 * sizeof(double);
    }
    return 0;
}

/* The optimal work size a workspace query wrote into its first element. */
static fint queried_size(char kind, const void *work)
{
    double v = (kind == 's' || kind == 'c') ? *(const float *)work : *(const double *)work;
    return v < 1 ? 1 : (fint)v;
}

int numba_xxdot(char kind, char conjugate, ptrdiff_t n, void *dx, void *dy, void *result)
{
    fint n_ = (fint)n, one = 1;
    switch (kind) {
    case 's': *(float *)result = sdot_(&n_, dx, &one, dy, &one); return 0;
    case 'd': *(double *)result = ddot_(&n_, dx, &one, dy, &one); return 0;
    case 'c': (conjugate ? cblas_cdotc_sub : cblas_cdotu_sub)(n_, dx, 1, dy, 1, result); return 0;
    case 'z': (conjugate ? cblas_zdotc_sub : cblas_zdotu_sub)(n_, dx, 1, dy, 1, result); return 0;
    }
    return unsupported("xxdot", kind);
}

int numba_xxgemv(char kind, char trans, ptrdiff_t m, ptrdiff_t n, void *alpha, void *a, ptrdiff_t lda,
                 void *x, void *beta, void *y)
{
    fint m_ = (fint)m, n_ = (fint)n, lda_ = (fint)lda, one = 1;
    void (*f)(const char *, const fint *, const fint *, const void *, const void *, const fint *,
              const void *, const fint *, const void *, void *, const fint *) =
        kind == 's' ? sgemv_ : kind == 'd' ? dgemv_ : kind == 'c' ? cgemv_ : kind == 'z' ? zgemv_ : NULL;
    if (f == NULL)
        return unsupported("xxgemv", kind);
    f(&trans, &m_, &n_, alpha, a, &lda_, x, &one, beta, y, &one);
    return 0;
}

int numba_xxgemm(char kind, char transa, char transb, ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, void *alpha,
                 void *a, ptrdiff_t lda, void *b, ptrdiff_t ldb, void *beta, void *c, ptrdiff_t ldc)
{
    fint m_ = (fint)m, n_ = (fint)n, k_ = (fint)k, lda_ = (fint)lda, ldb_ = (fint)ldb, ldc_ = (fint)ldc;
    void (*f)(const char *, const char *, const fint *, const fint *, const fint *, const void *, const void *,
              const fint *, const void *, const fint *, const void *, void *, const fint *) =
        kind == 's' ? sgemm_ : kind == 'd' ? dgemm_ : kind == 'c' ? cgemm_ : kind == 'z' ? zgemm_ : NULL;
    if (f == NULL)
        return unsupported("xxgemm", kind);
    f(&transa, &transb, &m_, &n_, &k_, alpha, a, &lda_, b, &ldb_, beta, c, &ldc_);
    return 0;
}

int numba_xxnrm2(char kind, ptrdiff_t n, void *x, ptrdiff_t incx, void *result)
{
    fint n_ = (fint)n, inc = (fint)incx;
    switch (kind) {
    case 's': *(float *)result = snrm2_(&n_, x, &inc); return 0;
    case 'd': *(double *)result = dnrm2_(&n_, x, &inc); return 0;
    case 'c': *(float *)result = scnrm2_(&n_, x, &inc); return 0;
    case 'z': *(double *)result = dznrm2_(&n_, x, &inc); return 0;
    }
    return unsupported("xxnrm2", kind);
}

int numba_xxgetrf(char kind, ptrdiff_t m, ptrdiff_t n, void *a, ptrdiff_t lda, fint *ipiv)
{
    fint m_ = (fint)m, n_ = (fint)n, lda_ = (fint)lda, info = 0;
    void (*f)(const fint *, const fint *, void *, const fint *, fint *, fint *) =
        kind == 's' ? sgetrf_ : kind == 'd' ? dgetrf_ : kind == 'c' ? cgetrf_ : kind == 'z' ? zgetrf_ : NULL;
    if (f == NULL)
        return unsupported("xxgetrf", kind);
    f(&m_, &n_, a, &lda_, ipiv, &info);
    return checked("xxgetrf", info);
}

int numba_ez_xxgetri(char kind, ptrdiff_t n, void *a, ptrdiff_t lda, fint *ipiv)
{
    fint n_ = (fint)n, lda_ = (fint)lda, lwork = -1, info = 0;
    double query[2];
    void (*f)(const fint *, void *, const fint *, const fint *, void *, const fint *, fint *) =
        kind == 's' ? sgetri_ : kind == 'd' ? dgetri_ : kind == 'c' ? cgetri_ : kind == 'z' ? zgetri_ : NULL;
    if (f == NULL)
        return unsupported("xxgetri", kind);
    f(&n_, a, &lda_, ipiv, query, &lwork, &info);
    if (checked("xxgetri", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    if (work == NULL)
        return STATUS_ERROR;
    f(&n_, a, &lda_, ipiv, work, &lwork, &info);
    free(work);
    return checked("xxgetri", info);
}

int numba_xxpotrf(char kind, char uplo, ptrdiff_t n, void *a, ptrdiff_t lda)
{
    fint n_ = (fint)n, lda_ = (fint)lda, info = 0;
    void (*f)(const char *, const fint *, void *, const fint *, fint *) =
        kind == 's' ? spotrf_ : kind == 'd' ? dpotrf_ : kind == 'c' ? cpotrf_ : kind == 'z' ? zpotrf_ : NULL;
    if (f == NULL)
        return unsupported("xxpotrf", kind);
    f(&uplo, &n_, a, &lda_, &info);
    return checked("xxpotrf", info);
}

int numba_xgesv(char kind, ptrdiff_t n, ptrdiff_t nrhs, void *a, ptrdiff_t lda, fint *ipiv, void *b, ptrdiff_t ldb)
{
    fint n_ = (fint)n, nrhs_ = (fint)nrhs, lda_ = (fint)lda, ldb_ = (fint)ldb, info = 0;
    void (*f)(const fint *, const fint *, void *, const fint *, fint *, void *, const fint *, fint *) =
        kind == 's' ? sgesv_ : kind == 'd' ? dgesv_ : kind == 'c' ? cgesv_ : kind == 'z' ? zgesv_ : NULL;
    if (f == NULL)
        return unsupported("xgesv", kind);
    f(&n_, &nrhs_, a, &lda_, ipiv, b, &ldb_, &info);
    return checked("xgesv", info);
}

int numba_ez_geqrf(char kind, ptrdiff_t m, ptrdiff_t n, void *a, ptrdiff_t lda, void *tau)
{
    fint m_ = (fint)m, n_ = (fint)n, lda_ = (fint)lda, lwork = -1, info = 0;
    double query[2];
    void (*f)(const fint *, const fint *, void *, const fint *, void *, void *, const fint *, fint *) =
        kind == 's' ? sgeqrf_ : kind == 'd' ? dgeqrf_ : kind == 'c' ? cgeqrf_ : kind == 'z' ? zgeqrf_ : NULL;
    if (f == NULL)
        return unsupported("xgeqrf", kind);
    f(&m_, &n_, a, &lda_, tau, query, &lwork, &info);
    if (checked("xgeqrf", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    if (work == NULL)
        return STATUS_ERROR;
    f(&m_, &n_, a, &lda_, tau, work, &lwork, &info);
    free(work);
    return checked("xgeqrf", info);
}

int numba_ez_xxgqr(char kind, ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, void *a, ptrdiff_t lda, void *tau)
{
    fint m_ = (fint)m, n_ = (fint)n, k_ = (fint)k, lda_ = (fint)lda, lwork = -1, info = 0;
    double query[2];
    void (*f)(const fint *, const fint *, const fint *, void *, const fint *, const void *, void *,
              const fint *, fint *) =
        kind == 's' ? sorgqr_ : kind == 'd' ? dorgqr_ : kind == 'c' ? cungqr_ : kind == 'z' ? zungqr_ : NULL;
    if (f == NULL)
        return unsupported("xxgqr", kind);
    f(&m_, &n_, &k_, a, &lda_, tau, query, &lwork, &info);
    if (checked("xxgqr", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    if (work == NULL)
        return STATUS_ERROR;
    f(&m_, &n_, &k_, a, &lda_, tau, work, &lwork, &info);
    free(work);
    return checked("xxgqr", info);
}

int numba_ez_rgeev(char kind, char jobvl, char jobvr, ptrdiff_t n, void *a, ptrdiff_t lda, void *wr, void *wi,
                   void *vl, ptrdiff_t ldvl, void *vr, ptrdiff_t ldvr)
{
    fint n_ = (fint)n, lda_ = (fint)lda, ldvl_ = (fint)ldvl, ldvr_ = (fint)ldvr, lwork = -1, info = 0;
    double query[2];
    void (*f)(const char *, const char *, const fint *, void *, const fint *, void *, void *, void *,
              const fint *, void *, const fint *, void *, const fint *, fint *) =
        kind == 's' ? sgeev_ : kind == 'd' ? dgeev_ : NULL;
    if (f == NULL)
        return unsupported("rgeev", kind);
    f(&jobvl, &jobvr, &n_, a, &lda_, wr, wi, vl, &ldvl_, vr, &ldvr_, query, &lwork, &info);
    if (checked("numba_raw_rgeev", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    if (work == NULL)
        return STATUS_ERROR;
    f(&jobvl, &jobvr, &n_, a, &lda_, wr, wi, vl, &ldvl_, vr, &ldvr_, work, &lwork, &info);
    free(work);
    return checked("numba_raw_rgeev", info);
}

int numba_ez_cgeev(char kind, char jobvl, char jobvr, ptrdiff_t n, void *a, ptrdiff_t lda, void *w, void *vl,
                   ptrdiff_t ldvl, void *vr, ptrdiff_t ldvr)
{
    fint n_ = (fint)n, lda_ = (fint)lda, ldvl_ = (fint)ldvl, ldvr_ = (fint)ldvr, lwork = -1, info = 0;
    double query[2];
    cgeev_fn *f = kind == 'c' ? cgeev_ : kind == 'z' ? zgeev_ : NULL;
    if (f == NULL)
        return unsupported("cgeev", kind);
    /* rwork: 2n reals (half a complex element each). */
    void *rwork = malloc(kind_size(kind) * (size_t)(n > 0 ? n : 1));
    if (rwork == NULL)
        return STATUS_ERROR;
    f(&jobvl, &jobvr, &n_, a, &lda_, w, vl, &ldvl_, vr, &ldvr_, query, &lwork, rwork, &info);
    void *work = NULL;
    if (checked("numba_raw_cgeev", info) >= 0) {
        lwork = queried_size(kind, query);
        work = malloc(kind_size(kind) * (size_t)lwork);
        if (work != NULL)
            f(&jobvl, &jobvr, &n_, a, &lda_, w, vl, &ldvl_, vr, &ldvr_, work, &lwork, rwork, &info);
    }
    free(rwork);
    free(work);
    return work == NULL ? STATUS_ERROR : checked("numba_raw_cgeev", info);
}

/* Hermitian eigenproblems: the query sizes three work arrays. */
static int heevd(char kind, char jobz, char uplo, ptrdiff_t n, void *a, ptrdiff_t lda, void *w)
{
    fint n_ = (fint)n, lda_ = (fint)lda, lwork = -1, lrwork = -1, liwork = -1, iquery = 0, info = 0;
    double query[2], rquery[1];
    heevd_fn *f = kind == 'c' ? cheevd_ : zheevd_;
    f(&jobz, &uplo, &n_, a, &lda_, w, query, &lwork, rquery, &lrwork, &iquery, &liwork, &info);
    if (checked("numba_raw_cheevd", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    lrwork = queried_size(kind == 'c' ? 's' : 'd', rquery);
    liwork = iquery < 1 ? 1 : iquery;
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    void *rwork = malloc(kind_size(kind) / 2 * (size_t)lrwork);
    fint *iwork = malloc(sizeof(fint) * (size_t)liwork);
    int ok = work != NULL && rwork != NULL && iwork != NULL;
    if (ok)
        f(&jobz, &uplo, &n_, a, &lda_, w, work, &lwork, rwork, &lrwork, iwork, &liwork, &info);
    free(work);
    free(rwork);
    free(iwork);
    return ok ? checked("numba_raw_cheevd", info) : STATUS_ERROR;
}

int numba_ez_xxxevd(char kind, char jobz, char uplo, ptrdiff_t n, void *a, ptrdiff_t lda, void *w)
{
    fint n_ = (fint)n, lda_ = (fint)lda, lwork = -1, liwork = -1, iquery = 0, info = 0;
    double query[2];
    void (*f)(const char *, const char *, const fint *, void *, const fint *, void *, void *, const fint *,
              fint *, const fint *, fint *) = kind == 's' ? ssyevd_ : kind == 'd' ? dsyevd_ : NULL;
    if (kind == 'c' || kind == 'z')
        return heevd(kind, jobz, uplo, n, a, lda, w);
    if (f == NULL)
        return unsupported("xxxevd", kind);
    f(&jobz, &uplo, &n_, a, &lda_, w, query, &lwork, &iquery, &liwork, &info);
    if (checked("numba_raw_rsyevd", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    liwork = iquery < 1 ? 1 : iquery;
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    fint *iwork = malloc(sizeof(fint) * (size_t)liwork);
    if (work != NULL && iwork != NULL)
        f(&jobz, &uplo, &n_, a, &lda_, w, work, &lwork, iwork, &liwork, &info);
    free(work);
    free(iwork);
    return work == NULL || iwork == NULL ? STATUS_ERROR : checked("numba_raw_rsyevd", info);
}

/* Complex SVD: LAPACK's documented bound on the real work array. */
static int cgesdd(char kind, char jobz, ptrdiff_t m, ptrdiff_t n, void *a, ptrdiff_t lda, void *s, void *u,
                  ptrdiff_t ldu, void *vt, ptrdiff_t ldvt)
{
    fint m_ = (fint)m, n_ = (fint)n, lda_ = (fint)lda, ldu_ = (fint)ldu, ldvt_ = (fint)ldvt, lwork = -1, info = 0;
    double query[2];
    cgesdd_fn *f = kind == 'c' ? cgesdd_ : zgesdd_;
    size_t mn = (size_t)(m < n ? m : n), mx = (size_t)(m < n ? n : m);
    size_t lrwork = mn * (5 * mn + 7 > 2 * mx + 2 * mn + 1 ? 5 * mn + 7 : 2 * mx + 2 * mn + 1);
    void *rwork = malloc(kind_size(kind) / 2 * (lrwork ? lrwork : 1));
    fint *iwork = malloc(8 * (mn ? mn : 1) * sizeof(fint));
    void *work = NULL;
    if (rwork != NULL && iwork != NULL) {
        f(&jobz, &m_, &n_, a, &lda_, s, u, &ldu_, vt, &ldvt_, query, &lwork, rwork, iwork, &info);
        if (checked("numba_raw_cgesdd", info) >= 0) {
            lwork = queried_size(kind, query);
            work = malloc(kind_size(kind) * (size_t)lwork);
            if (work != NULL)
                f(&jobz, &m_, &n_, a, &lda_, s, u, &ldu_, vt, &ldvt_, work, &lwork, rwork, iwork, &info);
        }
    }
    free(rwork);
    free(iwork);
    free(work);
    return work == NULL ? STATUS_ERROR : checked("numba_raw_cgesdd", info);
}

/* Complex least squares: the query sizes the complex, real and integer work arrays. */
static int cgelsd(char kind, ptrdiff_t m, ptrdiff_t n, ptrdiff_t nrhs, void *a, ptrdiff_t lda, void *b,
                  ptrdiff_t ldb, void *sv, double rcond, ptrdiff_t *rank)
{
    fint m_ = (fint)m, n_ = (fint)n, nrhs_ = (fint)nrhs, lda_ = (fint)lda, ldb_ = (fint)ldb;
    fint lwork = -1, info = 0, rank_ = 0, iquery = 0;
    double query[2], rquery[1];
    float rcond_f = (float)rcond;
    const void *rc = kind == 'c' ? (const void *)&rcond_f : (const void *)&rcond;
    cgelsd_fn *f = kind == 'c' ? cgelsd_ : zgelsd_;
    f(&m_, &n_, &nrhs_, a, &lda_, b, &ldb_, sv, rc, &rank_, query, &lwork, rquery, &iquery, &info);
    if (checked("numba_raw_cgelsd", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    fint lrwork = queried_size(kind == 'c' ? 's' : 'd', rquery);
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    void *rwork = malloc(kind_size(kind) / 2 * (size_t)lrwork);
    fint *iwork = malloc(sizeof(fint) * (size_t)(iquery < 1 ? 1 : iquery));
    int ok = work != NULL && rwork != NULL && iwork != NULL;
    if (ok)
        f(&m_, &n_, &nrhs_, a, &lda_, b, &ldb_, sv, rc, &rank_, work, &lwork, rwork, iwork, &info);
    free(work);
    free(rwork);
    free(iwork);
    *rank = rank_;
    return ok ? checked("numba_raw_cgelsd", info) : STATUS_ERROR;
}

int numba_ez_gesdd(char kind, char jobz, ptrdiff_t m, ptrdiff_t n, void *a, ptrdiff_t lda, void *s, void *u,
                   ptrdiff_t ldu, void *vt, ptrdiff_t ldvt)
{
    fint m_ = (fint)m, n_ = (fint)n, lda_ = (fint)lda, ldu_ = (fint)ldu, ldvt_ = (fint)ldvt, lwork = -1, info = 0;
    double query[2];
    void (*f)(const char *, const fint *, const fint *, void *, const fint *, void *, void *, const fint *,
              void *, const fint *, void *, const fint *, fint *, fint *) =
        kind == 's' ? sgesdd_ : kind == 'd' ? dgesdd_ : NULL;
    if (kind == 'c' || kind == 'z')
        return cgesdd(kind, jobz, m, n, a, lda, s, u, ldu, vt, ldvt);
    if (f == NULL)
        return unsupported("gesdd", kind);
    size_t minmn = (size_t)(m < n ? m : n);
    fint *iwork = malloc(8 * (minmn ? minmn : 1) * sizeof(fint));
    if (iwork == NULL)
        return STATUS_ERROR;
    f(&jobz, &m_, &n_, a, &lda_, s, u, &ldu_, vt, &ldvt_, query, &lwork, iwork, &info);
    void *work = NULL;
    if (checked("numba_raw_rgesdd", info) >= 0) {
        lwork = queried_size(kind, query);
        work = malloc(kind_size(kind) * (size_t)lwork);
        if (work != NULL)
            f(&jobz, &m_, &n_, a, &lda_, s, u, &ldu_, vt, &ldvt_, work, &lwork, iwork, &info);
    }
    free(iwork);
    free(work);
    return work == NULL ? STATUS_ERROR : checked("numba_raw_rgesdd", info);
}

int numba_ez_gelsd(char kind, ptrdiff_t m, ptrdiff_t n, ptrdiff_t nrhs, void *a, ptrdiff_t lda, void *b,
                   ptrdiff_t ldb, void *sv, double rcond, ptrdiff_t *rank)
{
    fint m_ = (fint)m, n_ = (fint)n, nrhs_ = (fint)nrhs, lda_ = (fint)lda, ldb_ = (fint)ldb;
    fint lwork = -1, info = 0, rank_ = 0, iquery = 0;
    double query[2];
    float rcond_f = (float)rcond;
    const void *rc = kind == 's' ? (const void *)&rcond_f : (const void *)&rcond;
    void (*f)(const fint *, const fint *, const fint *, void *, const fint *, void *, const fint *, void *,
              const void *, fint *, void *, const fint *, fint *, fint *) =
        kind == 's' ? sgelsd_ : kind == 'd' ? dgelsd_ : NULL;
    if (kind == 'c' || kind == 'z')
        return cgelsd(kind, m, n, nrhs, a, lda, b, ldb, sv, rcond, rank);
    if (f == NULL)
        return unsupported("gelsd", kind);
    f(&m_, &n_, &nrhs_, a, &lda_, b, &ldb_, sv, rc, &rank_, query, &lwork, &iquery, &info);
    if (checked("numba_raw_rgelsd", info) < 0)
        return STATUS_ERROR;
    lwork = queried_size(kind, query);
    void *work = malloc(kind_size(kind) * (size_t)lwork);
    fint *iwork = malloc(sizeof(fint) * (size_t)(iquery < 1 ? 1 : iquery));
    if (work != NULL && iwork != NULL)
        f(&m_, &n_, &nrhs_, a, &lda_, b, &ldb_, sv, rc, &rank_, work, &lwork, iwork, &info);
    free(work);
    free(iwork);
    *rank = rank_;
    return work == NULL || iwork == NULL ? STATUS_ERROR : checked("numba_raw_rgelsd", info);
}
