#!/usr/bin/env python3
"""Exact binomial test fixtures: scipy `binomtest(k, n, p).pvalue`, two-sided.

Writes Tests/TestSupport/Fixtures/oracle/binomial.json: a list of cases {k, n, p, pValue}
covering small and large n, p near 0.5 and far from it, and k in both tails and at the mode.
Run from the repository root:  python3 tools/oracle/binomial.py
"""
from __future__ import annotations

import json
import os

from scipy import stats

CASES = [
    (19, 61, 0.46), (1, 1, 0.51), (0, 5, 0.5), (5, 5, 0.5), (3, 10, 0.5), (7, 10, 0.3),
    (12, 30, 0.46), (50, 100, 0.5), (30, 100, 0.46), (60, 100, 0.46), (2, 12, 0.46),
    (0, 40, 0.05), (9, 40, 0.05), (400, 1000, 0.42), (17, 20, 0.9), (1, 20, 0.9),
]


def main() -> int:
    out = [
        {"k": k, "n": n, "p": p, "pValue": stats.binomtest(k, n, p).pvalue}
        for k, n, p in CASES
    ]
    path = os.path.join("Tests", "TestSupport", "Fixtures", "oracle", "binomial.json")
    with open(path, "w") as f:
        json.dump({"scipy": __import__("scipy").__version__, "cases": out}, f, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(out)} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
