// Platform shims for the DecoupleStats kernels: packed square roots and divisions, which Swift
// does not emit for SIMD types without target flags, and a page-size hint for large outputs
// (also used by the DecoupleData importer for a file's bytes and columns).
#ifndef C_DECOUPLE_SHIMS_H
#define C_DECOUPLE_SHIMS_H

#include <stddef.h>

/// Turns covariances into correlations in place: `out[i] = clamp(out[i] / sqrt(product[i]))`
/// to [-1, 1], or NaN where `product[i] <= 0` (a zero variance) or is NaN. Uses AVX2 when the
/// CPU has it, else SSE2, else scalar code; every path gives the same correctly rounded
/// results (IEEE square root and division).
void decouple_finish_correlation(double *out, const double *product, ptrdiff_t count);

/// Asks the kernel to back `[address, address + bytes)` with transparent huge pages before it is
/// first written, so that a large fresh output costs hundreds of page faults instead of tens of
/// thousands (Linux `madvise(MADV_HUGEPAGE)`, as numpy does for large arrays). A no-op elsewhere
/// and for ranges smaller than a huge page.
void decouple_advise_huge_pages(void *address, size_t bytes);

#endif
