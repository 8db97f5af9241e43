#!/usr/bin/env python3
"""Pair fixtures: rolling pair statistics computed by pandas on the real dataset files.

Writes Tests/TestSupport/Fixtures/oracle/pair_<A>_<B>_<freq>_<returns>_w<window>.csv, one row per
return date, with the header

    date,closeA,closeB,returnA,returnB,correlation,covariance,beta,alpha,rSquared,
    volatilityA,volatilityB,sumA,sumB,gap,residualDrift

Values are written with repr() (shortest round-trip form of the float64), NaN as an empty cell.
The conventions below are the product's (shared/CONVENTIONS.md), restated in each function.

Run from the repository root:  python3 tools/oracle/pairs.py [--data /work/shared/data]
Swift tests compare to these files with tolerance 1e-10; `swift test` never runs Python.
"""
from __future__ import annotations

import argparse
import math
import os
import sys

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "oracle")
DEFAULT_DATA = os.environ.get("DECOUPLE_DATA", "/work/shared/data")

HEADER = [
    "date", "closeA", "closeB", "returnA", "returnB", "correlation", "covariance", "beta",
    "alpha", "rSquared", "volatilityA", "volatilityB", "sumA", "sumB", "gap", "residualDrift",
]

# (A, B, frequency, returns, window)
PAIRS = [
    ("ETH", "RUT", "daily", "log", 90),
    ("ETH", "RUT", "daily", "simple", 60),
    ("ETH", "RUT", "weekly", "log", 26),
    ("BTC", "SPY", "daily", "log", 90),
    ("ETH-CG", "QQQ", "daily", "log", 30),
    ("ETH", "BTC", "daily", "log", 90),
]


def _yahoo(data: str, name: str, drop_last_partial: bool) -> pd.Series:
    df = pd.read_csv(os.path.join(data, "prices", f"{name}.yahoo.csv"))
    s = pd.Series(df["Close"].to_numpy(dtype="float64"), index=pd.to_datetime(df["Date"]))
    if drop_last_partial:
        # The last crypto row (2026-06-05) was written at 21:31 UTC: a partial UTC day. Dropped.
        assert s.index[-1] == pd.Timestamp("2026-06-05"), s.index[-1]
        s = s.iloc[:-1]
    return s


def _coingecko(data: str, name: str) -> pd.Series:
    df = pd.read_csv(os.path.join(data, "prices", f"{name}.coingecko.csv"))
    snapped = pd.to_datetime(df["snapped_at"].str.slice(0, 10))
    # The row snapped at D 00:00:00 UTC is the close of day D-1.
    return pd.Series(df["price"].to_numpy(dtype="float64"),
                     index=snapped - pd.Timedelta(days=1))


def _ibkr(data: str, name: str) -> pd.Series:
    df = pd.read_csv(os.path.join(data, "indices", f"{name}.ibkr.csv"))
    return pd.Series(df["close"].to_numpy(dtype="float64"), index=pd.to_datetime(df["date"]))


def load(data: str, symbol: str) -> pd.Series:
    """Daily closes of one symbol, indexed by date (ascending, unique)."""
    if symbol in ("ETH", "BTC"):
        s = _yahoo(data, f"{symbol}-USD", drop_last_partial=True)
    elif symbol == "ETH-CG":
        s = _coingecko(data, "ETH-USD")
    elif symbol in ("RUT", "SPX", "IXIC"):
        s = _ibkr(data, symbol)
    elif symbol in ("SPY", "QQQ", "IWM"):
        s = _yahoo(data, symbol, drop_last_partial=False)
    else:
        raise SystemExit(f"unknown symbol {symbol}")
    assert s.index.is_monotonic_increasing and s.index.is_unique, symbol
    assert not s.isna().any(), symbol
    return s.rename(symbol)


def observe(a: pd.Series, b: pd.Series, frequency: str) -> pd.DataFrame:
    """The pair is observed on the dates where both have a close (inner join on date).
    Weekly: the last common date of each ISO week (isocalendar year, week) labels the row."""
    df = pd.concat({"A": a, "B": b}, axis=1, join="inner").sort_index()
    if frequency == "weekly":
        iso = df.index.isocalendar()
        key = list(zip(iso["year"], iso["week"]))
        df = df.assign(_k=key)
        df = df[~df["_k"].duplicated(keep="last")].drop(columns="_k")
    elif frequency != "daily":
        raise SystemExit(f"unknown frequency {frequency}")
    return df


def pair_frame(a: pd.Series, b: pd.Series, frequency: str, returns: str, w: int) -> pd.DataFrame:
    obs = observe(a, b, frequency)
    pa, pb = obs["A"], obs["B"]
    if returns == "log":
        ra, rb = np.log(pa).diff(), np.log(pb).diff()
    elif returns == "simple":
        ra, rb = pa.pct_change(), pb.pct_change()
    else:
        raise SystemExit(f"unknown returns {returns}")
    # The first observation has no return and is not written.
    pa, pb, ra, rb = pa.iloc[1:], pb.iloc[1:], ra.iloc[1:], rb.iloc[1:]
    roll_a, roll_b = ra.rolling(w, min_periods=w), rb.rolling(w, min_periods=w)
    corr = roll_a.corr(rb)
    cov = roll_a.cov(rb)  # ddof 1
    beta = cov / roll_b.var()
    alpha = roll_a.mean() - beta * roll_b.mean()
    sum_a, sum_b = roll_a.sum(), roll_b.sum()
    return pd.DataFrame({
        "date": ra.index.strftime("%Y-%m-%d"),
        "closeA": pa.to_numpy(), "closeB": pb.to_numpy(),
        "returnA": ra.to_numpy(), "returnB": rb.to_numpy(),
        "correlation": corr.to_numpy(), "covariance": cov.to_numpy(),
        "beta": beta.to_numpy(), "alpha": alpha.to_numpy(),
        "rSquared": (corr ** 2).to_numpy(),
        "volatilityA": roll_a.std().to_numpy(), "volatilityB": roll_b.std().to_numpy(),
        "sumA": sum_a.to_numpy(), "sumB": sum_b.to_numpy(),
        "gap": (sum_a - sum_b).to_numpy(),
        "residualDrift": (sum_a - beta * sum_b).to_numpy(),
    })


def two_pass_check(df: pd.DataFrame, w: int) -> float:
    """Max |pandas − two-pass numpy| over correlation, beta and volatilities: how far pandas'
    online algorithm is from an exact-as-float recomputation (documents the 1e-10 tolerance)."""
    ra, rb = df["returnA"].to_numpy(), df["returnB"].to_numpy()
    worst = 0.0
    for i in range(w - 1, len(ra)):
        x, y = ra[i - w + 1:i + 1], rb[i - w + 1:i + 1]
        dx, dy = x - x.mean(), y - y.mean()
        sxx, syy, sxy = (dx * dx).sum(), (dy * dy).sum(), (dx * dy).sum()
        ref = {"correlation": sxy / math.sqrt(sxx * syy), "beta": sxy / syy,
               "volatilityA": math.sqrt(sxx / (w - 1)), "volatilityB": math.sqrt(syy / (w - 1))}
        for k, v in ref.items():
            worst = max(worst, abs(df[k].iat[i] - v))
    return worst


def fmt(v) -> str:
    if isinstance(v, str):
        return v
    v = float(v)
    return "" if math.isnan(v) else repr(v)


def write(df: pd.DataFrame, path: str) -> None:
    with open(path, "w", newline="\n") as f:
        f.write(",".join(HEADER) + "\n")
        for row in df[HEADER].itertuples(index=False):
            f.write(",".join(fmt(v) for v in row) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared/data folder")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    for a, b, freq, ret, w in PAIRS:
        df = pair_frame(load(args.data, a), load(args.data, b), freq, ret, w)
        name = f"pair_{a}_{b}_{freq}_{ret}_w{w}.csv"
        write(df, os.path.join(OUT, name))
        print(f"{name}: {len(df)} rows, {df['date'].iat[0]} … {df['date'].iat[-1]}, "
              f"max |pandas − two-pass| = {two_pass_check(df, w):.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
