#!/usr/bin/env python3
"""Universe workloads (issue 3, point 8), single thread: Swift vs pandas on the same inputs.

    python3 tools/bench/universe.py [--days 2520] [--assets 2000] [--matrix 100] [--window 90]
                                    [--repeat 3]

1. One asset A against a universe of `--assets` assets × `--days` days: rolling correlation of A
   with each asset and beta of A on each asset, window 90.
   pandas: `R.rolling(w).corr(a)`, and `R.rolling(w).cov(a) / R.rolling(w).var()`.
   Swift: `Rolling.correlationAndBeta(a, asset, window:)` per asset (both in one pass).
2. The pairwise rolling correlation matrix of the first `--matrix` assets.
3. Rolling Spearman and Kendall tau-b of A with the first asset: scipy `spearmanr` /
   `kendalltau` on every window (pandas has no rolling rank correlation) vs `Rolling.spearman`
   / `Rolling.kendall` (one scipy run: it is slow).
   pandas: `R.rolling(w).corr()` (pairwise=True, all k² pairs); Swift: `Rolling.correlation`
   for each of the k(k − 1)/2 pairs (the rest is symmetry and a unit diagonal).

Inputs: a one-factor model from numpy `default_rng(42)` (returns ~1–3 % daily, betas 0.5–1.5),
written to a temporary file that the Swift `universe` executable reads, so both sides see the
same bits. Results are checked on the last row of every output (max |Δ| printed). Threads are
pinned to one for this process (the script re-executes itself with that environment).
"""
from __future__ import annotations

import os
import sys

_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
if os.environ.get("_UNIVERSE_BENCH") != "1":
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    env.update(_ENV, _UNIVERSE_BENCH="1")
    os.execve(sys.executable, [sys.executable, *sys.argv], env)

import argparse  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import stats  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def best_of(fn, repeat: int):
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--assets", type=int, default=2000)
    ap.add_argument("--matrix", type=int, default=100)
    ap.add_argument("--window", type=int, default=90)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    n, k, km, w = args.days, args.assets, args.matrix, args.window
    rng = np.random.default_rng(42)
    f = rng.standard_normal(n) * 0.01
    a = 1.2 * f + rng.standard_normal(n) * 0.02
    betas = rng.uniform(0.5, 1.5, k)
    R = f[:, None] * betas[None, :] + rng.standard_normal((n, k)) * 0.015
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = os.path.join(tmp, "in.f64"), os.path.join(tmp, "out.f64")
        np.concatenate([[n, k, km, w], a, R.T.ravel()]).astype("<f8").tofile(inputs)
        cmd = ["swift", "run", "-c", "release", "--package-path", os.path.join(ROOT, "Benchmarks"),
               "universe", "--inputs", inputs, "--out", out, "--repeat", str(args.repeat)]
        text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        swift = dict(line.split() for line in text.splitlines() if line.strip())
        last = np.fromfile(out, dtype="<f8")
    df, s = pd.DataFrame(R), pd.Series(a)

    def pandas_scan():
        roll = df.rolling(w)
        return roll.corr(s), roll.cov(s) / roll.var()

    def pandas_matrix():
        return df.iloc[:, :km].rolling(w).corr()

    def scipy_ranks(fn):
        x, y = a, R[:, 0]
        out = np.full(n, np.nan)
        for i in range(w - 1, n):
            out[i] = fn(x[i - w + 1:i + 1], y[i - w + 1:i + 1]).statistic
        return out

    t_spearman, rho = best_of(lambda: scipy_ranks(stats.spearmanr), 1)
    t_kendall, tau = best_of(lambda: scipy_ranks(stats.kendalltau), 1)
    t_scan, (corr, beta) = best_of(pandas_scan, args.repeat)
    t_matrix, mat = best_of(pandas_matrix, args.repeat)
    last_mat = mat.loc[n - 1].to_numpy()
    iu = np.triu_indices(km, 1)
    d_corr = np.max(np.abs(corr.iloc[-1].to_numpy() - last[:k]))
    d_beta = np.max(np.abs(beta.iloc[-1].to_numpy() - last[k:2 * k]))
    npairs = km * (km - 1) // 2
    d_mat = np.max(np.abs(last_mat[iu] - last[2 * k:2 * k + npairs]))
    d_rho = abs(rho[-1] - last[2 * k + npairs])
    d_tau = abs(tau[-1] - last[2 * k + npairs + 1])
    s_scan, s_matrix = float(swift["scan"]), float(swift["matrix"])
    print(f"pandas {pd.__version__}, numpy {np.__version__}; days {n}, window {w}, "
          f"best of {args.repeat}, one thread")
    print("| workload | Swift (s) | pandas (s) | pandas / Swift | max |Δ| last row |")
    print("|---|---:|---:|---:|---:|")
    print(f"| A vs {k} assets: correlation + beta | {s_scan:.4f} | {t_scan:.4f} | "
          f"{t_scan / s_scan:.1f}× | corr {d_corr:.1e}, beta {d_beta:.1e} |")
    print(f"| pairwise rolling matrix, {km} assets | {s_matrix:.4f} | {t_matrix:.4f} | "
          f"{t_matrix / s_matrix:.1f}× | {d_mat:.1e} |")
    for name, t_py, s_key, d in (("Spearman", t_spearman, "spearman", d_rho),
                                 ("Kendall tau-b", t_kendall, "kendall", d_tau)):
        t_sw = float(swift[s_key])
        print(f"| rolling {name}, A vs one asset (scipy per window) | {t_sw:.5f} | {t_py:.4f} | "
              f"{t_py / t_sw:.0f}× | {d:.1e} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
