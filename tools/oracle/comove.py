#!/usr/bin/env python3
"""Co-movement fixtures: EWMA (pandas), rolling and full-sample OLS with plain and Newey–West
standard errors (statsmodels), Dimson and up/down beta, on the real dataset files.

Writes into Tests/TestSupport/Fixtures/oracle/:

- ewma_ETH_RUT_daily_log.csv: pandas `ewm(alpha=…, adjust=…)` `.corr`, `.cov` (bias=False) and
  `.std` of ETH and RUT log returns, for λ = 0.94 (alpha 0.06) with adjust True and False and for
  a 30-day half-life (adjust True). Columns `<stat>_<config>`.
- ewma_gaps.csv: the same on a short synthetic pair with NaN gaps (both series missing together,
  the only case where pandas' per-series variances and its pairwise covariance agree).
- ols_ETH_RUT_BTC_daily_log_w90.csv: ETH on RUT and BTC (three-way inner join on date),
  statsmodels `RollingOLS(window=90)` params, bse, tvalues, rsquared, sqrt(mse_resid); and
  per window `OLS(...).fit(cov_type="HAC", cov_kwds={"maxlags": 5})` standard errors.
- ols_summary.csv: full-sample figures, one row: Dimson beta of ETH on RUT (K = 1, 2), up and
  down beta, HAC with and without the small-sample correction.

Values are written with repr(), NaN as an empty cell. Run from the repository root:
    python3 tools/oracle/comove.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import math
import os
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm
from statsmodels.regression.rolling import RollingOLS

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pairs import DEFAULT_DATA, OUT, load  # noqa: E402  (the product's loading conventions)


def fmt(v) -> str:
    if isinstance(v, str):
        return v
    v = float(v)
    return "" if math.isnan(v) else repr(v)


def write(df: pd.DataFrame, name: str) -> None:
    with open(os.path.join(OUT, name), "w", newline="\n") as f:
        f.write(",".join(df.columns) + "\n")
        for row in df.itertuples(index=False):
            f.write(",".join(fmt(v) for v in row) + "\n")
    print(f"{name}: {len(df)} rows")


def log_returns(closes: pd.DataFrame) -> pd.DataFrame:
    """Inner join on date (already done by the caller), log returns between consecutive common
    dates; the first date has no return and is dropped."""
    return np.log(closes).diff().iloc[1:]


def common(data: str, symbols: list[str]) -> pd.DataFrame:
    return pd.concat({s: load(data, s) for s in symbols}, axis=1, join="inner").sort_index()


EWMA_CONFIGS = {  # name: ewm keyword arguments
    "l94adj": dict(alpha=0.06, adjust=True),
    "l94": dict(alpha=0.06, adjust=False),
    "hl30adj": dict(halflife=30, adjust=True),
}


def ewma_frame(a: pd.Series, b: pd.Series) -> dict:
    cols = {}
    for name, kw in EWMA_CONFIGS.items():
        ea, eb = a.ewm(**kw), b.ewm(**kw)
        cols[f"corr_{name}"] = ea.corr(b).to_numpy()
        cols[f"cov_{name}"] = ea.cov(b).to_numpy()
        cols[f"volA_{name}"] = ea.std().to_numpy()
        cols[f"volB_{name}"] = eb.std().to_numpy()
    return cols


def ewma(data: str) -> None:
    r = log_returns(common(data, ["ETH", "RUT"]))
    df = pd.DataFrame({"date": r.index.strftime("%Y-%m-%d"), "returnA": r["ETH"].to_numpy(),
                       "returnB": r["RUT"].to_numpy(), **ewma_frame(r["ETH"], r["RUT"])})
    write(df, "ewma_ETH_RUT_daily_log.csv")
    rng = np.random.default_rng(7)
    x = pd.Series(rng.standard_normal(40))
    y = 0.5 * x + pd.Series(rng.standard_normal(40))
    for i in (0, 5, 6, 7, 20):
        x[i] = y[i] = np.nan
    write(pd.DataFrame({"returnA": x, "returnB": y, **ewma_frame(x, y)}), "ewma_gaps.csv")


def rolling_ols(data: str, w: int = 90, lags: int = 5) -> None:
    r = log_returns(common(data, ["ETH", "RUT", "BTC"]))
    y = r["ETH"].to_numpy()
    X = sm.add_constant(r[["RUT", "BTC"]].to_numpy())
    res = RollingOLS(y, X, window=w).fit()
    out = {"date": r.index.strftime("%Y-%m-%d"), "y": y, "x1": X[:, 1], "x2": X[:, 2]}
    for j, name in enumerate(["alpha", "beta1", "beta2"]):
        out[name] = res.params[:, j]
        out[f"se_{name}"] = res.bse[:, j]
        out[f"t_{name}"] = res.tvalues[:, j]
    out["rSquared"] = res.rsquared
    out["residualVolatility"] = np.sqrt(res.mse_resid)
    hac = np.full((len(y), 3), np.nan)
    hac_t = np.full((len(y), 3), np.nan)
    for i in range(w - 1, len(y)):
        f = sm.OLS(y[i - w + 1:i + 1], X[i - w + 1:i + 1]).fit(
            cov_type="HAC", cov_kwds={"maxlags": lags})
        hac[i], hac_t[i] = f.bse, f.tvalues
    for j, name in enumerate(["alpha", "beta1", "beta2"]):
        out[f"hacSe_{name}"] = hac[:, j]
        out[f"hacT_{name}"] = hac_t[:, j]
    write(pd.DataFrame(out), f"ols_ETH_RUT_BTC_daily_log_w{w}.csv")


def summary(data: str) -> None:
    r = log_returns(common(data, ["ETH", "RUT"]))
    a, b = r["ETH"], r["RUT"]
    row = {}
    for k in (1, 2):
        # Dimson (1979): A_t on B_{t-k} … B_{t+k}; rows where a shifted value is missing dropped.
        cols = {f"b{j}": b.shift(j) for j in range(-k, k + 1)}
        d = pd.concat({"a": a, **cols}, axis=1).dropna()
        f = sm.OLS(d["a"], sm.add_constant(d[list(cols)])).fit()
        row[f"dimson{k}"] = f.params[list(cols)].sum()
        row[f"dimson{k}Count"] = len(d)
    up, down = b > 0, b < 0
    row["upBeta"] = sm.OLS(a[up], sm.add_constant(b[up])).fit().params.iloc[1]
    row["downBeta"] = sm.OLS(a[down], sm.add_constant(b[down])).fit().params.iloc[1]
    X = sm.add_constant(b.to_numpy())
    for corr in (False, True):
        f = sm.OLS(a.to_numpy(), X).fit(
            cov_type="HAC", cov_kwds={"maxlags": 10, "use_correction": corr})
        tag = "Corrected" if corr else ""
        row[f"hac10{tag}SeAlpha"], row[f"hac10{tag}SeBeta"] = f.bse
    f = sm.OLS(a.to_numpy(), X).fit(cov_type="HAC", cov_kwds={"maxlags": 10})
    row["hac10DefaultSeBeta"] = f.bse[1]  # which correction statsmodels applies by default
    write(pd.DataFrame([row]), "ols_summary.csv")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared/data folder")
    args = ap.parse_args()
    ewma(args.data)
    rolling_ols(args.data)
    summary(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
