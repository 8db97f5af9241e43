#!/usr/bin/env python3
"""Times statsmodels' unit-root and cointegration tests on the inputs `econ-timing` uses, and
runs `econ-timing` (Swift, release) for the same table in docs/PERFORMANCE.md.

    python3 tools/bench/unitroot.py --n 2500 --repeat 20

Inputs (both sides): SplitMix64(42) uniforms → Box–Muller normals (one per pair of uniforms,
as `SplitMix64.normal()`); x a random walk, y = 0.5 x + AR(1) noise (φ = 0.9). numpy's log/cos
may differ from glibc's in the last bit, so the data agree to ~1e-15, not bit for bit; the script
prints both sides' statistics so the agreement is visible.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import warnings

import numpy as np
from statsmodels.tsa.stattools import adfuller, coint, kpss
from statsmodels.tsa.vector_ar.vecm import coint_johansen

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rolling_corr import ROOT, splitmix64  # noqa: E402

warnings.simplefilter("ignore")


def data(n: int) -> tuple[np.ndarray, np.ndarray]:
    u = (splitmix64(42, 4 * n) >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
    u1 = np.maximum(u[0::2], 2.0 ** -60)
    u2 = u[1::2]
    z = np.sqrt(-2 * np.log(u1)) * np.cos(2 * np.pi * u2)
    e, v = z[0::2], z[1::2]
    x = np.cumsum(e)
    noise = np.zeros(n)
    acc = 0.0
    for i in range(n):
        acc = 0.9 * acc + v[i]
        noise[i] = acc
    return x, 0.5 * x + noise


def best(fn, repeat: int) -> tuple[float, float]:
    t, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        t = min(t, time.perf_counter() - t0)
    return t, float(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    x, y = data(a.n)
    py = {
        "adf_autolag_aic": best(lambda: adfuller(x, regression="c", autolag="AIC",
                                                 result_object=True).statistic, a.repeat),
        "adf_autolag_bic": best(lambda: adfuller(x, regression="c", autolag="BIC",
                                                 result_object=True).statistic, a.repeat),
        "adf_autolag_tstat": best(lambda: adfuller(x, regression="c", autolag="t-stat",
                                                   result_object=True).statistic, a.repeat),
        "kpss_auto": best(lambda: kpss(x, regression="c", nlags="auto",
                                       result_object=True).statistic, a.repeat),
        "coint_eg_aic": best(lambda: coint(y, x)[0], a.repeat),
        "johansen_2_k1": best(lambda: coint_johansen(np.column_stack([x, y]), 0, 1).lr1[0],
                              a.repeat),
    }
    cmd = ["swift", "run", "-c", "release", "--package-path", os.path.join(ROOT, "Benchmarks"),
           "econ-timing", "--n", str(a.n), "--repeat", str(a.repeat)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    sw = {}
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4 and f[2] == "checksum":
            sw[f[0]] = (float(f[1]), float(f[3]))
    print(f"n = {a.n}, best of {a.repeat}")
    print(f"{'kernel':<20}{'Swift (ms)':>12}{'statsmodels (ms)':>18}{'ratio':>8}"
          f"{'|Δ statistic|':>16}")
    for k, (pt, pv) in py.items():
        st, sv = sw[k]
        print(f"{k:<20}{st * 1e3:>12.3f}{pt * 1e3:>18.3f}{pt / st:>8.1f}{abs(sv - pv):>16.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
