#!/usr/bin/env python3
"""Reference values for DecoupleStats' normal distribution and Fisher-z inference (scipy).

    python3 tools/oracle/inference.py

Writes Tests/TestSupport/Fixtures/oracle/normal.csv (p, quantile, x, cdf) and
fisher_z.csv (r, n, level, lower, upper) and fisher_diff.csv (r1, n1, r2, n2, z, p).
"""
import csv
import os

import numpy as np
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "TestSupport", "Fixtures", "oracle")


def main():
    ps = [1e-12, 1e-6, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-9]
    xs = [-30, -8, -3, -1.96, -1, -0.1, 0, 0.5, 1.644853626951472, 2, 5, 9]
    with open(os.path.join(OUT, "normal.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["p", "quantile", "x", "cdf"])
        for i in range(max(len(ps), len(xs))):
            p = ps[i] if i < len(ps) else ""
            x = xs[i] if i < len(xs) else ""
            w.writerow([repr(p) if p != "" else "", repr(float(stats.norm.ppf(p))) if p != "" else "",
                        repr(float(x)) if x != "" else "", repr(float(stats.norm.cdf(x))) if x != "" else ""])
    with open(os.path.join(OUT, "fisher_z.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["r", "n", "level", "lower", "upper"])
        for r, n, level in [(0.39, 90, 0.95), (-0.14, 90, 0.95), (0.0, 30, 0.9), (0.95, 500, 0.99), (-0.8, 10, 0.95)]:
            h = stats.norm.ppf(0.5 + level / 2) / np.sqrt(n - 3)
            z = np.arctanh(r)
            w.writerow([repr(r), n, repr(level), repr(float(np.tanh(z - h))), repr(float(np.tanh(z + h)))])
    with open(os.path.join(OUT, "fisher_diff.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["r1", "n1", "r2", "n2", "z", "p"])
        for r1, n1, r2, n2 in [(0.6, 90, 0.2, 90), (-0.14, 90, 0.05, 120), (0.3, 30, 0.31, 1000)]:
            z = (np.arctanh(r1) - np.arctanh(r2)) / np.sqrt(1 / (n1 - 3) + 1 / (n2 - 3))
            w.writerow([repr(r1), n1, repr(r2), n2, repr(float(z)), repr(float(2 * stats.norm.sf(abs(z))))])


if __name__ == "__main__":
    main()
