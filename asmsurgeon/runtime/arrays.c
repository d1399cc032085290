/* Array helpers Numba's generated code calls: today one, the no-copy
 * reshape test behind reshape, ravel, flatten and the reductions that view
 * an array as 1-D (a.max(), np.median, ...). Sorting, cumulative sums,
 * unique, concatenate and where are generated inline and need only NRT.
 */
#include <stdint.h>

/* NumPy's limit on dimensions; Numba's arrays never exceed it. */
#define ASMS_MAXDIMS 64

/* Can an array of `nd` dims/strides be viewed with the shape `newdims`
 * without copying? If so, return 1 and fill `newstrides`; if a copy is
 * needed, return 0. Behaves as NumPy's _attempt_nocopy_reshape (whose
 * results Numba's code relies on): axes of length 1 are ignored, the old
 * and new axes are matched in groups of equal element count, and each
 * group of old axes must be contiguous in the requested order. */
int numba_attempt_nocopy_reshape(intptr_t nd, const intptr_t *dims, const intptr_t *strides,
                                 intptr_t newnd, const intptr_t *newdims, intptr_t *newstrides,
                                 intptr_t itemsize, int is_f_order)
{
    intptr_t od[ASMS_MAXDIMS], os[ASMS_MAXDIMS];
    intptr_t m = 0, old_total = 1, new_total = 1;

    if (nd > ASMS_MAXDIMS)
        return 0;
    for (intptr_t k = 0; k < nd; k++) {
        if (dims[k] != 1) {
            od[m] = dims[k];
            os[m++] = strides[k];
            old_total *= dims[k];
        }
    }
    for (intptr_t k = 0; k < newnd; k++)
        new_total *= newdims[k];
    if (old_total != new_total)
        return 0;
    if (new_total == 0) {
        /* Any strides do for an empty array; NumPy's code does not cover it. */
        for (intptr_t k = 0; k < newnd; k++)
            newstrides[k] = itemsize;
        return 1;
    }

    intptr_t i = 0, j = 0;
    while (i < m && j < newnd) {
        intptr_t gi = i, gj = j, old_count = od[i++], new_count = newdims[j++];
        while (old_count != new_count) {
            if (new_count < old_count)
                new_count *= newdims[j++];
            else
                old_count *= od[i++];
        }
        for (intptr_t k = gi; k + 1 < i; k++) {
            int contiguous = is_f_order ? os[k + 1] == od[k] * os[k] : os[k] == od[k + 1] * os[k + 1];
            if (!contiguous)
                return 0;
        }
        if (is_f_order) {
            newstrides[gj] = os[gi];
            for (intptr_t k = gj + 1; k < j; k++)
                newstrides[k] = newstrides[k - 1] * newdims[k - 1];
        } else {
            newstrides[j - 1] = os[i - 1];
            for (intptr_t k = j - 1; k > gj; k--)
                newstrides[k - 1] = newstrides[k] * newdims[k];
        }
    }

    /* New axes left over are trailing 1s: they get the stride one step
     * past the last axis placed. */
    intptr_t last = itemsize;
    if (j > 0)
        last = is_f_order ? newstrides[j - 1] * newdims[j - 1] : newstrides[j - 1];
    for (intptr_t k = j; k < newnd; k++)
        newstrides[k] = last;
    return 1;
}
