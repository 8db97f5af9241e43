#!/usr/bin/env python3
"""Drivers fixtures: statsmodels OLS sub-model R², Shapley shares by brute force over orderings,
OLS prediction intervals, Student t and Welch's test (scipy), on real returns.

Data: data/reference/dji30ret.csv (daily log returns of six Dow stocks, the rmgarch dataset),
first 1,000 rows. y = AA; regressors = AXP, BA, BAC, C, CAT (k = 5).

Writes into Tests/TestSupport/Fixtures/oracle/:

- drivers_input.csv: the 1,000 input rows (date, AA and the five regressors) the tests read.
- drivers_subsets.csv: for every non-empty subset (bit mask over AXP, BA, BAC, C, CAT),
  statsmodels `OLS(y, add_constant(X[:, S])).fit().rsquared`.
- drivers_shapley.csv: each regressor's Shapley share, computed independently of the Swift
  method: the average over all 5! = 120 orderings of the regressor's marginal R² (statsmodels
  R² of each prefix model); also the full R².
- drivers_prediction.csv: `OLS(y, add_constant(X)).fit().get_prediction(x0).summary_frame(alpha)`
  (mean, mean_se, mean_ci_*, obs_ci_*) for X = [AXP, BA] and X = all five, at several x0,
  alpha = 0.05 and 0.10.
- drivers_t.csv: scipy.stats `t.sf(x, df)` and `t.ppf(p, df)` on a grid (including fractional df).
- drivers_welch.csv: scipy.stats `ttest_ind(a, b, equal_var=False)` for AA returns on days when
  AXP fell more than 2 % vs the other days, and for a small constructed pair.

Run from the repository root:  python3 tools/oracle/drivers.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import itertools
import math
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

OUT = os.path.join("Tests", "TestSupport", "Fixtures", "oracle")
NAMES = ["AXP", "BA", "BAC", "C", "CAT"]


def r2(y: np.ndarray, X: np.ndarray, cols: tuple[int, ...]) -> float:
    if not cols:
        return 0.0
    return float(sm.OLS(y, sm.add_constant(X[:, list(cols)])).fit().rsquared)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    args = ap.parse_args()
    df = pd.read_csv(os.path.join(args.data, "reference", "dji30ret.csv"), index_col=0).iloc[:1000]
    inp = df[["AA"] + NAMES].copy()
    inp.index.name = "date"
    inp.to_csv(os.path.join(OUT, "drivers_input.csv"), float_format="%.17g")
    y = df["AA"].to_numpy()
    X = df[NAMES].to_numpy()
    k = len(NAMES)

    rows = []
    cache: dict[tuple[int, ...], float] = {}
    for mask in range(1, 1 << k):
        cols = tuple(j for j in range(k) if mask & (1 << j))
        cache[cols] = r2(y, X, cols)
        rows.append((mask, f"{cache[cols]:.17g}"))
    pd.DataFrame(rows, columns=["mask", "rsquared"]).to_csv(
        os.path.join(OUT, "drivers_subsets.csv"), index=False)

    shares = np.zeros(k)
    orders = list(itertools.permutations(range(k)))
    for order in orders:
        before: tuple[int, ...] = ()
        for j in order:
            after = tuple(sorted(before + (j,)))
            shares[j] += cache[after] - (cache[tuple(sorted(before))] if before else 0.0)
            before = after
    shares /= len(orders)
    full = cache[tuple(range(k))]
    out = [(n, f"{s:.17g}") for n, s in zip(NAMES, shares)] + [("full", f"{full:.17g}")]
    pd.DataFrame(out, columns=["name", "value"]).to_csv(
        os.path.join(OUT, "drivers_shapley.csv"), index=False)

    pred = []
    for cols in [(0, 1), tuple(range(k))]:
        fit = sm.OLS(y, sm.add_constant(X[:, list(cols)])).fit()
        for scale in [0.0, 0.01, -0.05, 0.1]:
            x0 = np.array([scale * (1 + 0.5 * i) for i in range(len(cols))])
            for alpha in [0.05, 0.10]:
                f = fit.get_prediction(np.concatenate([[1.0], x0])[None, :]).summary_frame(alpha)
                r = f.iloc[0]
                pred.append([len(cols), scale, 1 - alpha] + [
                    f"{r[c]:.17g}" for c in
                    ["mean", "mean_se", "mean_ci_lower", "mean_ci_upper", "obs_ci_lower",
                     "obs_ci_upper"]])
    pd.DataFrame(pred, columns=["k", "scale", "level", "mean", "meanSE", "meanLower",
                                "meanUpper", "lower", "upper"]).to_csv(
        os.path.join(OUT, "drivers_prediction.csv"), index=False)

    trows = []
    for d in [1.0, 2.5, 5.0, 30.0, 97.3, 998.0]:
        for x in [0.0, 0.3, 1.0, 1.96, 3.5, 8.0]:
            trows.append(["sf", d, x, f"{stats.t.sf(x, d):.17g}"])
        for p in [0.001, 0.025, 0.05, 0.5, 0.9, 0.975, 0.995]:
            trows.append(["ppf", d, p, f"{stats.t.ppf(p, d):.17g}"])
    pd.DataFrame(trows, columns=["fn", "df", "x", "value"]).to_csv(
        os.path.join(OUT, "drivers_t.csv"), index=False)

    down = df["AXP"] < math.log(0.98)
    a = df.loc[down, "AA"].to_numpy()
    b = df.loc[~down, "AA"].to_numpy()
    wrows = []
    # case 0: AA on AXP-down days vs other days; case 1: a small constructed pair.
    for name, (u, v) in {0: (a, b),
                         1: (np.array([1.0, 2.0, 4.0, 7.0]),
                                   np.array([3.0, 3.5, 2.0, 5.0, 9.0, 1.0]))}.items():
        t = stats.ttest_ind(u, v, equal_var=False)
        se = math.sqrt(u.var(ddof=1) / len(u) + v.var(ddof=1) / len(v))
        wrows.append([name, len(u), len(v), f"{u.mean() - v.mean():.17g}", f"{se:.17g}",
                      f"{t.statistic:.17g}", f"{t.df:.17g}", f"{t.pvalue:.17g}"])
    pd.DataFrame(wrows, columns=["case", "nA", "nB", "difference", "se", "t", "df",
                                 "p"]).to_csv(os.path.join(OUT, "drivers_welch.csv"), index=False)


if __name__ == "__main__":
    main()
