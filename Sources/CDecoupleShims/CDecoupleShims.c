#include "CDecoupleShims.h"

#include <math.h>
#include <stdint.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define DECOUPLE_X86 1
#endif

static inline double finish_one(double c, double d) {
  double r = c / sqrt(d);
  r = r < -1.0 ? -1.0 : (r > 1.0 ? 1.0 : r);
  return d > 0.0 ? r : NAN;
}

static void finish_scalar(double *out, const double *product, ptrdiff_t count) {
  for (ptrdiff_t i = 0; i < count; i++) out[i] = finish_one(out[i], product[i]);
}

#if DECOUPLE_X86
__attribute__((target("avx2"))) static void finish_avx2(
    double *out, const double *product, ptrdiff_t count) {
  const __m256d one = _mm256_set1_pd(1.0), minus_one = _mm256_set1_pd(-1.0);
  const __m256d zero = _mm256_setzero_pd(), nan = _mm256_set1_pd(NAN);
  ptrdiff_t i = 0;
  for (; i + 4 <= count; i += 4) {
    __m256d d = _mm256_loadu_pd(product + i);
    __m256d r = _mm256_div_pd(_mm256_loadu_pd(out + i), _mm256_sqrt_pd(d));
    r = _mm256_min_pd(_mm256_max_pd(r, minus_one), one);
    __m256d defined = _mm256_cmp_pd(d, zero, _CMP_GT_OQ);
    _mm256_storeu_pd(out + i, _mm256_blendv_pd(nan, r, defined));
  }
  finish_scalar(out + i, product + i, count - i);
}

static void finish_sse2(double *out, const double *product, ptrdiff_t count) {
  const __m128d one = _mm_set1_pd(1.0), minus_one = _mm_set1_pd(-1.0);
  const __m128d zero = _mm_setzero_pd(), nan = _mm_set1_pd(NAN);
  ptrdiff_t i = 0;
  for (; i + 2 <= count; i += 2) {
    __m128d d = _mm_loadu_pd(product + i);
    __m128d r = _mm_div_pd(_mm_loadu_pd(out + i), _mm_sqrt_pd(d));
    r = _mm_min_pd(_mm_max_pd(r, minus_one), one);
    __m128d defined = _mm_cmpgt_pd(d, zero);
    _mm_storeu_pd(out + i, _mm_or_pd(_mm_and_pd(defined, r), _mm_andnot_pd(defined, nan)));
  }
  finish_scalar(out + i, product + i, count - i);
}
#endif

void decouple_finish_correlation(double *out, const double *product, ptrdiff_t count) {
#if DECOUPLE_X86
  // Racing first calls all store the same value, so a plain static is enough.
  static int has_avx2 = -1;
  if (has_avx2 < 0) has_avx2 = __builtin_cpu_supports("avx2") ? 1 : 0;
  if (has_avx2) {
    finish_avx2(out, product, count);
  } else {
    finish_sse2(out, product, count);
  }
#else
  finish_scalar(out, product, count);
#endif
}

void decouple_advise_huge_pages(void *address, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const uintptr_t huge = (uintptr_t)2 << 20;
  uintptr_t lo = ((uintptr_t)address + huge - 1) & ~(huge - 1);
  uintptr_t hi = ((uintptr_t)address + bytes) & ~(huge - 1);
  if (hi > lo) (void)madvise((void *)lo, (size_t)(hi - lo), MADV_HUGEPAGE);
#else
  (void)address;
  (void)bytes;
#endif
}
