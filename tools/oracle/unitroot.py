#!/usr/bin/env python3
"""Unit-root and cointegration fixtures: statsmodels `adfuller`, `kpss`, `coint` and
`coint_johansen` on statsmodels' own macrodata set and on real log prices.

Writes to Tests/TestSupport/Fixtures/oracle/:

- `ts_<name>.csv`: every input series, one column `value` (repr() floats), so the Swift tests
  read exactly what statsmodels read. Macrodata columns come from
  `statsmodels.datasets.macrodata` (the data statsmodels' own unit-root tests use); prices are
  the product's closes (tools/oracle/pairs.py `load`: Yahoo crypto without its partial last
  day, IBKR index closes), aligned by inner join on date for pairs.
- `unitroot.json`: one record per call with its arguments and statsmodels' outputs (repr
  floats; NaN as null).
- `linalg.json`: numpy references for the small linear-algebra kernels (lstsq, eigh).

Run from the repository root:  python3 tools/oracle/unitroot.py [--data /work/shared/data]
Deterministic: reruns are byte-identical.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import warnings

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.datasets import macrodata
from statsmodels.tsa.stattools import adfuller, coint, kpss
from statsmodels.tsa.vector_ar.vecm import coint_johansen

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pairs  # noqa: E402  (the product's loading conventions)

OUT = pairs.OUT
warnings.simplefilter("ignore")


def num(x):
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def write_series(name: str, values: np.ndarray) -> None:
    with open(os.path.join(OUT, f"ts_{name}.csv"), "w") as f:
        f.write("value\n")
        for v in values:
            f.write(repr(float(v)) + "\n")


def series(data: str) -> dict[str, np.ndarray]:
    m = macrodata.load_pandas().data
    out = {
        "realgdp": m["realgdp"].to_numpy(float),
        "logRealgdp": np.log(m["realgdp"].to_numpy(float)),
        "logRealcons": np.log(m["realcons"].to_numpy(float)),
        "logRealinv": np.log(m["realinv"].to_numpy(float)),
        "infl": m["infl"].to_numpy(float),
        "diffLogRealgdp": np.diff(np.log(m["realgdp"].to_numpy(float))),
    }
    eth, rut, btc = (pairs.load(data, s) for s in ("ETH", "RUT", "BTC"))
    out["logETH"] = np.log(eth.to_numpy())
    out["logRUT"] = np.log(rut.to_numpy())
    out["returnETH"] = np.diff(np.log(eth.to_numpy()))
    er = pairs.observe(eth, rut, "daily")
    out["logETHwithRUT"] = np.log(er["A"].to_numpy())
    out["logRUTwithETH"] = np.log(er["B"].to_numpy())
    eb = pairs.observe(eth, btc, "daily")
    out["logETHwithBTC"] = np.log(eb["A"].to_numpy())
    out["logBTCwithETH"] = np.log(eb["B"].to_numpy())
    return out


def adf_cases(s):
    cases = []
    for name in ("realgdp", "logRealgdp", "infl", "diffLogRealgdp", "logETH", "logRUT",
                 "returnETH"):
        for reg in ("n", "c", "ct"):
            for auto in ("aic", "bic", "t-stat", None):
                for maxlag in ((None, 4) if auto is None else (None,)):
                    if auto is None and maxlag is None:
                        continue
                    r = adfuller(s[name], maxlag=maxlag, regression=reg, autolag=auto,
                                 result_object=True)
                    cases.append({
                        "test": "adf", "series": name, "regression": reg,
                        "autolag": auto, "maxlag": maxlag,
                        "statistic": num(r.statistic), "pvalue": num(r.pvalue),
                        "lags": int(r.lags), "nobs": int(r.nobs),
                        "critical": [num(r.critical_values[k]) for k in ("1%", "5%", "10%")],
                        "icbest": None if r.icbest is None else num(r.icbest),
                    })
        # default maxlag with autolag=None: the full maxlag
        r = adfuller(s[name], autolag=None, regression="c", result_object=True)
        cases.append({"test": "adf", "series": name, "regression": "c", "autolag": None,
                      "maxlag": None, "statistic": num(r.statistic), "pvalue": num(r.pvalue),
                      "lags": int(r.lags), "nobs": int(r.nobs),
                      "critical": [num(r.critical_values[k]) for k in ("1%", "5%", "10%")],
                      "icbest": None})
    return cases


def kpss_cases(s):
    cases = []
    for name in ("realgdp", "logRealgdp", "infl", "diffLogRealgdp", "logETH", "logRUT",
                 "returnETH"):
        for reg in ("c", "ct"):
            for nlags in ("auto", "legacy", 3):
                r = kpss(s[name], regression=reg, nlags=nlags, result_object=True)
                cases.append({
                    "test": "kpss", "series": name, "regression": reg, "nlags": nlags,
                    "statistic": num(r.statistic), "pvalue": num(r.pvalue),
                    "lags": int(r.lags),
                    "critical": [num(r.critical_values[k]) for k in ("10%", "5%", "2.5%", "1%")],
                })
    return cases


def coint_cases(s):
    cases = []
    pairs_ = [("logRealcons", ["logRealgdp"]), ("logETHwithRUT", ["logRUTwithETH"]),
              ("logETHwithBTC", ["logBTCwithETH"]),
              ("logRealgdp", ["logRealcons", "logRealinv"])]
    for y0, ys in pairs_:
        y1 = np.column_stack([s[n] for n in ys])
        for trend in ("c", "ct"):
            for auto, maxlag in (("aic", None), ("bic", None), ("t-stat", None), (None, 2)):
                r = coint(s[y0], y1, trend=trend, autolag=auto, maxlag=maxlag)
                cases.append({
                    "test": "coint", "y0": y0, "y1": ys, "trend": trend, "autolag": auto,
                    "maxlag": maxlag, "statistic": num(r[0]), "pvalue": num(r[1]),
                    "critical": [num(v) for v in r[2]],
                })
    return cases


def johansen_cases(s):
    cases = []
    systems = [["logRealgdp", "logRealcons", "logRealinv"], ["logRealgdp", "logRealcons"],
               ["logETHwithRUT", "logRUTwithETH"], ["logETHwithBTC", "logBTCwithETH"]]
    for names in systems:
        x = np.column_stack([s[n] for n in names])
        for det in (-1, 0, 1):
            for k in (0, 1, 2):
                r = coint_johansen(x, det, k)
                cases.append({
                    "test": "johansen", "series": names, "detOrder": det, "kArDiff": k,
                    "eig": [num(v) for v in r.eig],
                    "evec": [[num(v) for v in row] for row in r.evec],
                    "traceStat": [num(v) for v in r.trace_stat],
                    "maxEigStat": [num(v) for v in r.max_eig_stat],
                    "traceCrit": [[num(v) for v in row] for row in r.trace_stat_crit_vals],
                    "maxEigCrit": [[num(v) for v in row] for row in r.max_eig_stat_crit_vals],
                })
    return cases


def linalg_cases():
    # Deterministic inputs (no RNG): a trigonometric design and a symmetric matrix.
    n, k = 40, 4
    t = np.arange(n, dtype=float)
    x = np.column_stack([np.ones(n), np.sin(t), np.cos(0.3 * t), t / n])
    y = 1.5 + 2 * np.sin(t) - 0.5 * np.cos(0.3 * t) + np.sin(t * t)
    beta = np.linalg.lstsq(x, y, rcond=None)[0]
    a = np.array([[4.0, 1, -2, 0.5], [1, 3, 0.25, -1], [-2, 0.25, 5, 2], [0.5, -1, 2, 6]])
    w, v = np.linalg.eigh(a)
    return {"design": x.tolist(), "response": y.tolist(), "lstsq": beta.tolist(),
            "symmetric": a.tolist(), "eigh": w.tolist(), "eighVectors": v.tolist()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=pairs.DEFAULT_DATA)
    args = ap.parse_args()
    s = series(args.data)
    for name, v in s.items():
        write_series(name, v)
    doc = {
        "generator": f"statsmodels {statsmodels.__version__}, numpy {np.__version__}, "
                     f"pandas {pd.__version__}",
        "adf": adf_cases(s), "kpss": kpss_cases(s), "coint": coint_cases(s),
        "johansen": johansen_cases(s),
    }
    with open(os.path.join(OUT, "unitroot.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "linalg.json"), "w") as f:
        json.dump(linalg_cases(), f, indent=1)
        f.write("\n")
    print(f"{len(doc['adf'])} adf, {len(doc['kpss'])} kpss, {len(doc['coint'])} coint, "
          f"{len(doc['johansen'])} johansen cases")


if __name__ == "__main__":
    main()
