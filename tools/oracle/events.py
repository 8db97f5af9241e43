#!/usr/bin/env python3
"""Event-study fixtures: correlation, beta, volatility and gap of ETH against RUT in equal
windows before and after each embedded ETH event, with the tests `decouple events` makes.

For each event the event day is the first return day on or after its date; "before" is the 90
returns ending the day before, "after" the 90 returns from the event day. Per event:
- correlation change: Fisher z of atanh(r_before) − atanh(r_after), two-sided normal p (scipy);
- beta change: statsmodels OLS of ETH's return on [1, RUT, D, D·RUT] over both windows (D = 1
  after), `fit(cov_type="HAC", cov_kwds={"maxlags": 5})`; the D·RUT coefficient, its standard
  error and p-value (normal, statsmodels' default for HAC);
- all the p-values (two per event) Holm-adjusted together (statsmodels `multipletests`).

Writes Tests/TestSupport/Fixtures/oracle/events_ETH_RUT_w90.json. Run from the repository root:
    python3 tools/oracle/events.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys

import numpy as np
import statsmodels.api as sm
from scipy import stats
from statsmodels.stats.multitest import multipletests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from comove import common, log_returns  # noqa: E402
from pairs import DEFAULT_DATA, OUT  # noqa: E402

W = 90
LAGS = 5
# The embedded catalogue's events concerning ETH (Sources/DecoupleData/MarketEvent.swift).
EVENTS = [
    "2021-08-05", "2022-09-15", "2023-04-12", "2024-01-10", "2024-01-11", "2024-03-13",
    "2024-05-23", "2024-07-23", "2025-05-07",
]


def side(a: np.ndarray, b: np.ndarray) -> dict:
    beta = np.cov(a, b, ddof=1)[0, 1] / np.var(b, ddof=1)
    return {
        "count": int(len(a)), "correlation": float(np.corrcoef(a, b)[0, 1]), "beta": float(beta),
        "volatilityA": float(np.std(a, ddof=1)), "volatilityB": float(np.std(b, ddof=1)),
        "gap": float(a.sum() - b.sum()),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared/data folder")
    args = ap.parse_args()
    r = log_returns(common(args.data, ["ETH", "RUT"]))
    days = [d.strftime("%Y-%m-%d") for d in r.index]
    a, b = r["ETH"].to_numpy(), r["RUT"].to_numpy()
    out, pvals = [], []
    for e in EVENTS:
        i = next((k for k, d in enumerate(days) if d >= e), None)
        if i is None or i < W or i + W > len(days):
            continue
        pre, post = slice(i - W, i), slice(i, i + W)
        before, after = side(a[pre], b[pre]), side(a[post], b[post])
        se = math.sqrt(1 / (W - 3) + 1 / (W - 3))
        z = (math.atanh(before["correlation"]) - math.atanh(after["correlation"])) / se
        pz = 2 * stats.norm.sf(abs(z))
        y = np.concatenate([a[pre], a[post]])
        x = np.concatenate([b[pre], b[post]])
        dummy = np.concatenate([np.zeros(W), np.ones(W)])
        X = sm.add_constant(np.column_stack([x, dummy, dummy * x]))
        fit = sm.OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": LAGS})
        out.append({
            "event": e, "day": days[i], "before": before, "after": after,
            "correlationZ": z, "correlationP": pz,
            "betaChange": float(fit.params[3]), "betaChangeSE": float(fit.bse[3]),
            "betaChangeP": float(fit.pvalues[3]),
        })
        pvals += [pz, float(fit.pvalues[3])]
    adjusted = multipletests(pvals, method="holm")[1]
    for k, o in enumerate(out):
        o["correlationPHolm"] = float(adjusted[2 * k])
        o["betaChangePHolm"] = float(adjusted[2 * k + 1])
    path = os.path.join(OUT, f"events_ETH_RUT_w{W}.json")
    with open(path, "w") as f:
        json.dump({"window": W, "lags": LAGS, "events": out}, f, indent=1)
        f.write("\n")
    print(f"{path}: {len(out)} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
