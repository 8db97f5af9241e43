#!/usr/bin/env python3
"""PELT fixtures: `ruptures` change points on real returns, exact (jump=1).

Input: the ETH/RUT pair's daily log returns ×100 (product conventions, `pairs.py`), written to
pelt_ETH_RUT.csv (date,returnA,returnB). For each case below, ruptures
`Pelt(model=..., min_size=..., jump=1).fit(signal).predict(pen=...)` gives the breakpoints
(ruptures convention: segment ends, the last one is n), written to pelt_cases.json with the
penalty value used.

- "l2" and "normal" on A's returns (signal = returnA);
- "linear" on A's returns regressed on B's with an intercept: signal = [returnA, 1, returnB].

Penalties: explicit values, and the BIC / MBIC values as Decouple defines them (restated in
`bic()` below; the Swift `Pelt.Penalty` doc comment says the same).

Run from the repository root:  python3 tools/oracle/pelt.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import warnings

import numpy as np
import ruptures as rpt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pairs import OUT, DEFAULT_DATA, load, pair_frame  # noqa: E402

warnings.filterwarnings("ignore", category=UserWarning)  # CostNormal's v1.1.5 notice


def noise_variance(x: np.ndarray) -> float:
    """Robust noise variance for the l2 cost: (1.4826 · MAD of first differences)² / 2."""
    d = np.diff(x)
    mad = np.median(np.abs(d - np.median(d)))
    return (1.4826 * mad) ** 2 / 2.0


def ols_residual_variance(y: np.ndarray, x: np.ndarray) -> float:
    """Residual variance (divisor n) of the full-sample regression of y on [1, x]."""
    X = np.column_stack([np.ones_like(x), x])
    _, rss, _, _ = np.linalg.lstsq(X, y, rcond=None)
    return float(rss[0]) / len(y)


def bic(model: str, kind: str, y: np.ndarray, x: np.ndarray | None) -> float:
    """BIC: (parameters per segment + 1) · log n; MBIC: (parameters per segment + 2) · log n.
    Parameters per segment: l2 1 (mean), normal 2 (mean, variance), linear 2 (intercept,
    slope). l2 and linear costs are sums of squares, so their penalty is scaled by a noise
    variance (robust for l2, OLS residual variance for linear); normal's cost is already a
    log-likelihood (n · log σ̂²)."""
    n = len(y)
    per = {"l2": 1, "normal": 2, "linear": 2}[model]
    k = per + (1 if kind == "bic" else 2)
    scale = {"l2": lambda: noise_variance(y), "normal": lambda: 1.0,
             "linear": lambda: ols_residual_variance(y, x)}[model]()
    return k * math.log(n) * scale


CASES = [
    # (model, min_size, penalty: float | "bic" | "mbic")
    ("l2", 2, "bic"), ("l2", 5, 50.0), ("l2", 1, 200.0), ("l2", 30, "mbic"),
    ("normal", 2, "bic"), ("normal", 5, 20.0), ("normal", 20, "mbic"), ("normal", 10, 60.0),
    ("linear", 30, "bic"), ("linear", 10, 100.0), ("linear", 60, "mbic"), ("linear", 20, 300.0),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    args = ap.parse_args()
    df = pair_frame(load(args.data, "ETH"), load(args.data, "RUT"), "daily", "log", 2)
    y = 100.0 * df["returnA"].to_numpy()
    x = 100.0 * df["returnB"].to_numpy()
    with open(os.path.join(OUT, "pelt_ETH_RUT.csv"), "w", newline="\n") as f:
        f.write("date,returnA,returnB\n")
        for d, a, b in zip(df["date"], y, x):
            f.write(f"{d},{float(a)!r},{float(b)!r}\n")
    out = []
    for model, min_size, pen in CASES:
        value = bic(model, pen, y, x) if isinstance(pen, str) else float(pen)
        signal = np.column_stack([y, np.ones_like(x), x]) if model == "linear" else y
        bkps = rpt.Pelt(model=model, min_size=min_size, jump=1).fit(signal).predict(pen=value)
        out.append({"model": model, "minSize": min_size,
                    "penalty": pen if isinstance(pen, str) else "value",
                    "penaltyValue": value, "breakpoints": [int(b) for b in bkps]})
        print(f"{model} min_size={min_size} pen={pen} ({value:.4f}): {len(bkps) - 1} breaks")
    with open(os.path.join(OUT, "pelt_cases.json"), "w") as f:
        json.dump({"n": len(y), "ruptures": rpt.__version__, "cases": out}, f, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
