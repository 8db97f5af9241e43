#!/usr/bin/env python3
"""GARCH(1,1) fixtures: Python `arch` fits of a constant-mean GARCH(1,1) on real returns.

For each series (ETH and RUT daily log returns ×100 with the product's conventions, and the AA
column of dji30ret ×100) and each error distribution (normal, Student's t) this writes

    garch_<NAME>.csv                 date,return      the input exactly as fitted
    garch_<NAME>_<dist>.csv          date,volatility  arch's conditional volatility
    garch_<NAME>_<dist>.json         parameters, robust standard errors, log-likelihood,
                                     backcast, and the same fit again with tol=1e-12

`arch_model(r, mean="Constant", vol="GARCH", p=1, q=1, dist=...)`, `fit(disp="off")`: SLSQP,
arch's default tolerance, variance initialised with arch's backcast (EWMA(0.94) of the first 75
squared residuals of r − mean(r)), covariance `cov_type="robust"` (sandwich, numerical
derivatives). Values written with repr().

Run from the repository root:  python3 tools/oracle/garch.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np
import pandas as pd
from arch import arch_model
import arch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pairs import OUT, DEFAULT_DATA, load  # noqa: E402


def series(data: str) -> dict[str, pd.Series]:
    out = {}
    for sym in ("ETH", "RUT"):
        # One series' own log returns between its consecutive closes, ×100 (percent).
        closes = load(data, sym)
        out[sym] = (100.0 * np.log(closes).diff()).iloc[1:]
    dji = pd.read_csv(os.path.join(data, "reference", "dji30ret.csv"), index_col=0)
    out["DJI_AA"] = 100.0 * dji["AA"].astype("float64")
    out["DJI_AA"].index = pd.to_datetime(out["DJI_AA"].index)
    return out


def fit(r: pd.Series, dist: str, **kw):
    m = arch_model(r.to_numpy(), mean="Constant", vol="GARCH", p=1, q=1, dist=dist, rescale=False)
    return m.fit(disp="off", **kw)


def record(res) -> dict:
    return {
        "names": list(res.params.index),
        "params": [float(v) for v in res.params],
        "stdErrors": [float(v) for v in res.std_err],
        "logLikelihood": float(res.loglikelihood),
        "convergence": int(res.convergence_flag),
        "iterations": int(res.optimization_result.nit),
    }


def dji30_extract(data: str) -> None:
    """The customary DCC test extract: dji30ret's first 1,000 rows and first 5 columns, ×100
    (no Python reference exists for DCC; the Swift tests and docs report estimates on it)."""
    dji = pd.read_csv(os.path.join(data, "reference", "dji30ret.csv"), index_col=0)
    x = 100.0 * dji.iloc[:1000, :5].astype("float64")
    with open(os.path.join(OUT, "dcc_dji30ret_1000x5.csv"), "w", newline="\n") as f:
        f.write("date," + ",".join(x.columns) + "\n")
        for d, row in zip(x.index, x.to_numpy()):
            f.write(d + "," + ",".join(repr(float(v)) for v in row) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    args = ap.parse_args()
    dji30_extract(args.data)
    for name, r in series(args.data).items():
        dates = r.index.strftime("%Y-%m-%d")
        with open(os.path.join(OUT, f"garch_{name}.csv"), "w", newline="\n") as f:
            f.write("date,return\n")
            for d, v in zip(dates, r.to_numpy()):
                f.write(f"{d},{float(v)!r}\n")
        for dist in ("normal", "t"):
            res = fit(r, dist)
            tight = fit(r, dist, tol=1e-12, options={"maxiter": 2000})
            doc = {
                "series": name, "dist": dist, "nobs": int(len(r)),
                "arch": arch.__version__,
                "backcast": float(res.model._backcast),
                "default": record(res),
                "tight": record(tight),
            }
            with open(os.path.join(OUT, f"garch_{name}_{dist}.json"), "w") as f:
                json.dump(doc, f, indent=1)
                f.write("\n")
            with open(os.path.join(OUT, f"garch_{name}_{dist}.csv"), "w", newline="\n") as f:
                f.write("date,volatility\n")
                for d, v in zip(dates, np.asarray(res.conditional_volatility)):
                    f.write(f"{d},{float(v)!r}\n")
            p0, p1 = np.array(doc["default"]["params"]), np.array(doc["tight"]["params"])
            print(f"{name} {dist}: n={len(r)} params={np.round(p0, 6)} llf={res.loglikelihood:.6f} "
                  f"max|default−tight|={np.max(np.abs(p0 - p1)):.2e} "
                  f"llf diff={tight.loglikelihood - res.loglikelihood:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
