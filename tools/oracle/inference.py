#!/usr/bin/env python3
"""Inference and lead–lag fixtures: scipy and statsmodels on real ETH/RUT/BTC returns.

Writes into Tests/TestSupport/Fixtures/oracle/:

- inference_distributions.csv: scipy.stats `norm.cdf`, `norm.ppf` and `f.sf` at a grid of points
  (the special functions behind every interval and p-value).
- inference_fisher.csv: per rolling 90-day window of ETH/RUT log returns (every 50th window),
  `scipy.stats.pearsonr(x, y).confidence_interval(0.95)` (Fisher z, n − 3) and 0.90.
- inference_fieller.csv: rank-correlation intervals (Fieller, Hartley & Pearson 1957) on every
  50th 60-day window of ETH/RUT: scipy spearmanr / kendalltau, the z-variance formulas with
  scipy `norm.ppf`.
- inference_bootstrap.csv: arch `StationaryBootstrap(8, …, seed=42)`, 5,000 replicates of the
  ETH/RUT correlation and beta over 2023–2024 (standard errors, 95% percentile bounds).
- inference_compare.csv: Fisher z test for a correlation difference between two periods of
  ETH/RUT (independent samples): z = (atanh r1 − atanh r2) / √(1/(n1−3) + 1/(n2−3)),
  two-sided p = 2·norm.sf(|z|).
- leadlag_xcorr_ETH_<B>.csv: pandas `a.corr(b.shift(k))` for k = −10…10 (k > 0: B's past
  against A's present), B = RUT and BTC.
- leadlag_granger_ETH_<B>.csv: statsmodels `grangercausalitytests(..., maxlag=[L])` `ssr_ftest` (F, p,
  df_denom, df_num) both ways (bToA = 1: does B's past help predict A?) for L = 1, 2, 5.

Run from the repository root:  python3 tools/oracle/inference.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import os
import sys
import warnings

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.tsa.stattools import grangercausalitytests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from comove import common, log_returns, write  # noqa: E402
from pairs import DEFAULT_DATA  # noqa: E402


def distributions() -> None:
    p = np.array([1e-12, 1e-6, 0.001, 0.01, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.975,
                  0.99, 0.999, 1 - 1e-6])
    x = np.array([-8.0, -5.0, -3.0, -1.96, -1.0, -0.1, 0.0, 0.5, 1.0, 1.64, 2.5, 4.0, 6.0,
                  0.02, -0.02, 3.3])
    fx = np.array([0.01, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 10.0, 25.0, 0.8, 2.2, 5.5, 1.1,
                   7.0])
    d1 = np.array([1, 1, 2, 2, 5, 5, 10, 1, 2, 5, 3, 20, 4, 1, 10, 2])
    d2 = np.array([10, 100, 50, 2000, 30, 1000, 60, 5, 7, 2100, 40, 100, 12, 2143, 300, 2135])
    write(pd.DataFrame({"p": p, "ppf": stats.norm.ppf(p), "x": x, "cdf": stats.norm.cdf(x),
                        "f": fx, "d1": d1, "d2": d2, "fsf": stats.f.sf(fx, d1, d2)}),
          "inference_distributions.csv")


def fisher(r: pd.DataFrame, w: int = 90) -> None:
    a, b = r["ETH"].to_numpy(), r["RUT"].to_numpy()
    rows = []
    for i in range(w - 1, len(a), 50):
        x, y = a[i - w + 1:i + 1], b[i - w + 1:i + 1]
        res = stats.pearsonr(x, y)
        lo95, hi95 = res.confidence_interval(0.95)
        lo90, hi90 = res.confidence_interval(0.90)
        rows.append({"end": i, "r": res.statistic, "lower95": lo95, "upper95": hi95,
                     "lower90": lo90, "upper90": hi90})
    write(pd.DataFrame(rows), "inference_fisher.csv")


def fieller(r: pd.DataFrame, w: int = 60) -> None:
    """Rank-correlation intervals, Fieller, Hartley & Pearson (1957): Fisher z with variance
    1.06/(n−3) (Spearman) and 0.437/(n−4) (Kendall), on every 50th 60-day window of ETH/RUT."""
    a, b = r["ETH"].to_numpy(), r["RUT"].to_numpy()
    q = stats.norm.ppf(0.975)
    rows = []
    for i in range(w - 1, len(a), 50):
        x, y = a[i - w + 1:i + 1], b[i - w + 1:i + 1]
        rho, tau = stats.spearmanr(x, y).statistic, stats.kendalltau(x, y).statistic
        hs, hk = q * np.sqrt(1.06 / (w - 3)), q * np.sqrt(0.437 / (w - 4))
        rows.append({"end": i, "spearman": rho, "spearmanLower": np.tanh(np.arctanh(rho) - hs),
                     "spearmanUpper": np.tanh(np.arctanh(rho) + hs), "kendall": tau,
                     "kendallLower": np.tanh(np.arctanh(tau) - hk),
                     "kendallUpper": np.tanh(np.arctanh(tau) + hk)})
    write(pd.DataFrame(rows), "inference_fieller.csv")


def bootstrap(r: pd.DataFrame, reps: int = 5000) -> None:
    """arch's StationaryBootstrap (Politis–Romano, mean block 8, seed 42, 5,000 replicates) of
    the ETH/RUT correlation and beta over 2023–2024: standard errors and 95% percentile bounds.
    A different random stream than Swift's, so the tests compare within sampling error."""
    from arch.bootstrap import StationaryBootstrap
    s = r.loc["2023-01-01":"2024-12-31"]
    x, y = s["ETH"].to_numpy(), s["RUT"].to_numpy()
    bs = StationaryBootstrap(8, x, y, seed=42)
    vals = np.array([[np.corrcoef(a, b)[0, 1], np.cov(a, b)[0, 1] / np.var(b, ddof=1)]
                     for (a, b), _ in bs.bootstrap(reps)])
    row = {"count": len(x)}
    for j, name in enumerate(["correlation", "beta"]):
        row[f"{name}SE"] = vals[:, j].std(ddof=1)
        row[f"{name}Lower"], row[f"{name}Upper"] = np.percentile(vals[:, j], [2.5, 97.5])
    write(pd.DataFrame([row]), "inference_bootstrap.csv")


def compare(r: pd.DataFrame) -> None:
    rows = []
    for p1, p2 in [(("2019-01-01", "2020-12-31"), ("2023-01-01", "2024-12-31")),
                   (("2021-01-01", "2021-06-30"), ("2025-01-01", "2025-06-30"))]:
        s1, s2 = r.loc[p1[0]:p1[1]], r.loc[p2[0]:p2[1]]
        r1, n1 = s1["ETH"].corr(s1["RUT"]), len(s1)
        r2, n2 = s2["ETH"].corr(s2["RUT"]), len(s2)
        z = (np.arctanh(r1) - np.arctanh(r2)) / np.sqrt(1 / (n1 - 3) + 1 / (n2 - 3))
        # Periods (inclusive): 2019–2020 vs 2023–2024, and H1 2021 vs H1 2025.
        rows.append({"r1": r1, "n1": n1, "r2": r2, "n2": n2, "z": z,
                     "p": 2 * stats.norm.sf(abs(z))})
    write(pd.DataFrame(rows), "inference_compare.csv")


def leadlag(data: str) -> None:
    for other in ["RUT", "BTC"]:
        xrows, grows = [], []
        r = log_returns(common(data, ["ETH", other]))
        a, b = r["ETH"], r[other]
        for k in range(-10, 11):
            xrows.append({"lag": k, "r": a.corr(b.shift(k)),
                          "n": int(pd.concat([a, b.shift(k)], axis=1).dropna().shape[0])})
        for lags in (1, 2, 5):
            for effect, cause, direction in ((a, b, "bToA"), (b, a, "aToB")):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    res = grangercausalitytests(pd.concat([effect, cause], axis=1).to_numpy(),
                                                maxlag=[lags])
                f, p, dd, dn = res[lags][0]["ssr_ftest"]
                grows.append({"bToA": float(direction == "bToA"), "lags": lags, "F": f, "p": p,
                              "dfDenominator": dd, "dfNumerator": dn})
        write(pd.DataFrame(xrows), f"leadlag_xcorr_ETH_{other}.csv")
        write(pd.DataFrame(grows), f"leadlag_granger_ETH_{other}.csv")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared/data folder")
    args = ap.parse_args()
    distributions()
    r = log_returns(common(args.data, ["ETH", "RUT"]))
    fisher(r)
    fieller(r)
    bootstrap(r)
    compare(r)
    leadlag(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
