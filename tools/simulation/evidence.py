"""How much history does a percentile need before "unusual" means something?

Simulates independent pairs (i.i.d. normal daily returns, no relation at all), computes the
rolling 90-observation correlation and performance gap the way `decouple analyze` does, ranks
the last value against all values so far (the expanding percentile), and counts how often an
independent pair is called "unusual": correlation in the bottom decile (nominal rate 10%), gap
in either extreme decile (nominal 20%). With few non-overlapping windows of history the last
value sits at the end of a short, strongly autocorrelated path and lands in an extreme decile
far more often than the nominal rate (the arcsine law). Prints the rate per number of
non-overlapping windows k. Run: python3 tools/simulation/evidence.py  (numpy only; seed fixed).
"""
import numpy as np

W = 90
PAIRS = 2000
rng = np.random.default_rng(20260220)


def rolling_sum(x, w):
    c = np.concatenate([[0.0], np.cumsum(x)])
    return c[w:] - c[:-w]


def last_percentile(v):
    return np.mean(v <= v[-1])


print("windows  observations  corr bottom decile (nominal 10%)  gap extreme deciles (nominal 20%)")
for k in [2, 3, 4, 6, 8, 10, 12, 16, 24]:
    n = k * W
    corr_hits = gap_hits = 0
    for _ in range(PAIRS):
        x = rng.standard_normal(n) * 0.03
        y = rng.standard_normal(n) * 0.01
        sx, sy = rolling_sum(x, W), rolling_sum(y, W)
        sxy, sxx, syy = rolling_sum(x * y, W), rolling_sum(x * x, W), rolling_sum(y * y, W)
        cov = sxy - sx * sy / W
        r = cov / np.sqrt((sxx - sx * sx / W) * (syy - sy * sy / W))
        gap = sx - sy
        corr_hits += last_percentile(r) <= 0.10
        p = last_percentile(gap)
        gap_hits += p <= 0.10 or p >= 0.90
    print(f"{k:7d}  {n:12d}  {corr_hits / PAIRS:31.1%}  {gap_hits / PAIRS:33.1%}")
