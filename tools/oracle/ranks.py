#!/usr/bin/env python3
"""Rolling rank-correlation fixtures: scipy `spearmanr` and `kendalltau` (tau-b) per window.

Writes into Tests/TestSupport/Fixtures/oracle/ranks_ETH_RUT_w60.csv with columns
    x, y, spearman, kendall, xTied, yTied, spearmanTied, kendallTied
x, y are ETH and RUT daily log returns (inner join on date); xTied, yTied are the same returns
rounded to the nearest 0.005 (so that most windows hold many ties, in both series);
the statistics are computed by scipy on each trailing window of 60 (NaN before the first full
window). Run from the repository root:  python3 tools/oracle/ranks.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np
import pandas as pd
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from comove import common, log_returns, write  # noqa: E402
from pairs import DEFAULT_DATA  # noqa: E402

W = 60


def rolling(x: np.ndarray, y: np.ndarray, f) -> np.ndarray:
    out = np.full(len(x), np.nan)
    for i in range(W - 1, len(x)):
        out[i] = f(x[i - W + 1:i + 1], y[i - W + 1:i + 1]).statistic
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared/data folder")
    args = ap.parse_args()
    r = log_returns(common(args.data, ["ETH", "RUT"]))
    x, y = r["ETH"].to_numpy(), r["RUT"].to_numpy()
    xt, yt = np.round(x / 0.005) * 0.005, np.round(y / 0.005) * 0.005
    write(pd.DataFrame({
        "x": x, "y": y,
        "spearman": rolling(x, y, stats.spearmanr), "kendall": rolling(x, y, stats.kendalltau),
        "xTied": xt, "yTied": yt,
        "spearmanTied": rolling(xt, yt, stats.spearmanr),
        "kendallTied": rolling(xt, yt, stats.kendalltau),
    }), f"ranks_ETH_RUT_w{W}.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
