#!/usr/bin/env python3
"""Rolling correlation, 10M points, window 1,440, single thread: Swift vs pandas, polars, numbagg.

    python3 tools/bench/rolling_corr.py [--n 10000000] [--window 1440] [--repeat 5]

All four run on the same data: SplitMix64 (seed 42), two consecutive draws u1, u2 per position,
u = (z >> 11)·2⁻⁵³, x = (u1 − 0.5)·0.04, y = 0.6·x + (u2 − 0.5)·0.03. The Swift side is
Benchmarks/Sources/BenchData/SplitMix64.swift; this script checks the inputs are bit-identical.

Threads are pinned to one (NUMBA_NUM_THREADS, POLARS_MAX_THREADS, OMP/OPENBLAS/MKL) and the
machine's OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE are unset, for this process only: the script
re-executes itself with that environment before importing numpy.
"""
from __future__ import annotations

import os
import sys

_ENV = {"NUMBA_NUM_THREADS": "1", "POLARS_MAX_THREADS": "1", "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "RAYON_NUM_THREADS": "1"}
if os.environ.get("_ROLLING_CORR_BENCH") != "1":
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    env.update(_ENV, _ROLLING_CORR_BENCH="1")
    os.execve(sys.executable, [sys.executable, *sys.argv], env)

import argparse  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAMMA = np.uint64(0x9E3779B97F4A7C15)


def splitmix64(seed: int, count: int) -> np.ndarray:
    """The first `count` outputs of SplitMix64(seed), vectorised: state_k = seed + k·γ."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * GAMMA
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def bench_data(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    u = (splitmix64(seed, 2 * n) >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
    u1, u2 = u[0::2], u[1::2]
    x = (u1 - 0.5) * 0.04
    y = 0.6 * x + (u2 - 0.5) * 0.03
    return x, y


def best_of(fn, repeat: int) -> tuple[float, np.ndarray]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, np.asarray(out, dtype=np.float64)


def run_swift(n: int, window: int, repeat: int, tmp: str) -> tuple[float, np.ndarray, str]:
    out, inputs = os.path.join(tmp, "swift_out.f64"), os.path.join(tmp, "swift_in.f64")
    cmd = ["swift", "run", "-c", "release", "--package-path", os.path.join(ROOT, "Benchmarks"),
           "timing", "--n", str(n), "--window", str(window), "--repeat", str(repeat),
           "--out", out, "--inputs-out", inputs]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True)
    fields = dict(line.split(" ", 1) for line in res.stdout.splitlines() if " " in line)
    return float(fields["seconds"]), np.fromfile(out, dtype="<f8"), inputs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000_000, help="number of points")
    ap.add_argument("--window", type=int, default=1440, help="rolling window")
    ap.add_argument("--repeat", type=int, default=5, help="runs per library; the best is kept")
    args = ap.parse_args()
    n, w, rep = args.n, args.window, args.repeat

    x, y = bench_data(n)
    with tempfile.TemporaryDirectory() as tmp:
        t_swift, r_swift, inputs = run_swift(n, w, rep, tmp)
        sx = np.fromfile(inputs, dtype="<f8")
    assert np.array_equal(sx[:n].view(np.uint64), x.view(np.uint64)), "x differs from Swift"
    assert np.array_equal(sx[n:].view(np.uint64), y.view(np.uint64)), "y differs from Swift"
    print(f"inputs bit-identical to Swift's (first x: {x[:3].tolist()})")

    import numbagg
    import pandas as pd
    import polars as pl

    results = {"Swift Rolling.correlation": (t_swift, r_swift)}
    xs, ys = pd.Series(x), pd.Series(y)
    results[f"pandas {pd.__version__}"] = best_of(lambda: xs.rolling(w).corr(ys).to_numpy(), rep)
    df = pl.DataFrame({"x": x, "y": y})
    results[f"polars {pl.__version__}"] = best_of(
        lambda: df.select(pl.rolling_corr("x", "y", window_size=w))
        .to_series().fill_null(np.nan).to_numpy(), rep)
    numbagg.move_corr(x[:5000], y[:5000], window=w)  # JIT warm-up
    results[f"numbagg {numbagg.__version__}"] = best_of(
        lambda: numbagg.move_corr(x, y, window=w), rep)

    print(f"\nrolling correlation, n = {n:,}, window = {w:,}, single thread, best of {rep}")
    print(f"python {platform.python_version()}, numpy {np.__version__}, "
          f"threads: {', '.join(f'{k}={v}' for k, v in _ENV.items())}\n")
    print(f"| {'implementation':<26} | {'seconds':>8} | {'× Swift':>8} | "
          f"{'max |Δ| vs Swift':>16} | NaN pattern |")
    print(f"|{'-' * 28}|{'-' * 9}:|{'-' * 9}:|{'-' * 17}:|{'-' * 13}|")
    for name, (t, r) in results.items():
        same_nan = np.array_equal(np.isnan(r), np.isnan(r_swift))
        ok = ~np.isnan(r) & ~np.isnan(r_swift)
        diff = float(np.max(np.abs(r[ok] - r_swift[ok]))) if ok.any() else 0.0
        flag = "" if diff <= 1e-9 else "  (> 1e-9!)"
        print(f"| {name:<26} | {t:8.4f} | {t / t_swift:8.2f} | {diff:16.2e} | "
              f"{'same' if same_nan else 'DIFFERS':<11} |{flag}")
    fastest = min((t, k) for k, (t, _) in results.items() if not k.startswith("Swift"))
    verdict = "faster" if t_swift < fastest[0] else "NOT faster"
    print(f"\nSwift is {verdict} than the fastest competitor ({fastest[1]}, {fastest[0]:.4f} s): "
          f"{fastest[0] / t_swift:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
