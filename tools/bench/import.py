#!/usr/bin/env python3
"""Importing a 1,000,000-row daily-bar CSV: the Swift importer vs pandas, same file, same run.

    python3 tools/bench/import.py [--rows 1000000] [--repeat 5] [--rss-mb 100] [--keep DIR]

The file is in Yahoo's download layout (Date,Open,High,Low,Close,Adj Close,Volume): consecutive
days from 1900-01-01, a geometric random walk (numpy PCG64, seed 12) for the close, open/high/low
around it, an adjusted close a slowly growing factor below it, and integer volumes; prices are
written with six decimals, as Yahoo's CSV download writes them.

- pandas: `pd.read_csv(path)` then `pd.to_datetime(df["Date"], format="%Y-%m-%d")`, best of
  --repeat, single-threaded (pandas' C parser is).
- Swift: `Benchmarks/Sources/import-timing` built with `-c release`: the best wall time of
  `Importer.read(contentsOf:)` — reading the file, detecting the format, parsing every cell of
  every column and building the series — in one process, best of --repeat. The script checks
  that both read the same number of rows and the same sum of Adj Close.
- Peak memory: `/usr/bin/time -v` on one import (`--repeat 1`) of a file of about --rss-mb
  megabytes (the timed file is its first --rows rows); `Maximum resident set size` is reported
  with the file's size, and the same for a Python process that only runs the pandas side once.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "Benchmarks")


def write_file(path: str, rows: int, seed: int = 12) -> None:
    """Writes a Yahoo-layout daily-bar CSV of `rows` consecutive days."""
    rng = np.random.default_rng(seed)
    days = np.datetime64("1900-01-01") + np.arange(rows).astype("timedelta64[D]")
    # A mean-reverting log price (AR(1), phi 0.9995, 2 % daily moves): prices stay between
    # about 5 and 500 over the whole file instead of drifting to 0 or infinity.
    shocks = rng.normal(0.0, 0.02, rows)
    log_price = np.empty(rows)
    level = 0.0
    for i, e in enumerate(shocks.tolist()):
        level = 0.9995 * level + e
        log_price[i] = level
    close = 50.0 * np.exp(log_price)
    openp = close * np.exp(rng.normal(0.0, 0.01, rows))
    high = np.maximum(openp, close) * (1 + np.abs(rng.normal(0.0, 0.01, rows)))
    low = np.minimum(openp, close) * (1 - np.abs(rng.normal(0.0, 0.01, rows)))
    adj = close * (0.5 + 0.5 * np.arange(rows) / rows)
    volume = rng.integers(100_000, 50_000_000, rows)
    frame = pd.DataFrame({
        "Date": np.datetime_as_string(days, unit="D"),
        "Open": openp, "High": high, "Low": low, "Close": close, "Adj Close": adj,
        "Volume": volume,
    })
    frame.to_csv(path, index=False, float_format="%.6f")


def pandas_once(path: str) -> tuple[float, int, float]:
    start = time.perf_counter()
    df = pd.read_csv(path)
    dates = pd.to_datetime(df["Date"], format="%Y-%m-%d")
    elapsed = time.perf_counter() - start
    assert dates.is_monotonic_increasing
    return elapsed, len(df), float(df["Adj Close"].sum())


def build_swift() -> str:
    subprocess.run(
        ["swift", "build", "-c", "release", "--package-path", BENCH, "--product", "import-timing"],
        check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(
        ["swift", "build", "-c", "release", "--package-path", BENCH, "--show-bin-path"],
        check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "import-timing")


def swift_run(exe: str, path: str, repeat: int) -> dict[str, str]:
    out = subprocess.run([exe, path, "--repeat", str(repeat)], check=True, capture_output=True,
                         text=True).stdout
    return dict(line.split(" ", 1) for line in out.strip().splitlines())


def peak_rss_kb(command: list[str]) -> int:
    err = subprocess.run(["/usr/bin/time", "-v", *command], check=True, capture_output=True,
                         text=True).stderr
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rss-mb", type=float, default=100.0)
    ap.add_argument("--keep", help="write the files here instead of a temporary directory")
    args = ap.parse_args()

    exe = build_swift()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or tmp
        os.makedirs(folder, exist_ok=True)
        # One generated file of about --rss-mb (sized from a 10,000-row sample) for the memory
        # figure; the timed file is its first --rows rows, so it is generated once.
        sample = os.path.join(folder, "sample.csv")
        write_file(sample, 10_000)
        rss_rows = max(args.rows, int(10_000 * args.rss_mb * 1e6 / os.path.getsize(sample)))
        os.remove(sample)
        big = os.path.join(folder, f"bars-{rss_rows}.csv")
        write_file(big, rss_rows)
        path = os.path.join(folder, f"bars-{args.rows}.csv")
        with open(big) as src, open(path, "w") as dst:
            for _ in range(args.rows + 1):
                dst.write(src.readline())
        size = os.path.getsize(path)
        print(f"# {platform.python_implementation()} {platform.python_version()}, "
              f"pandas {pd.__version__}, numpy {np.__version__}")
        print(f"file {path}: {args.rows:,} rows, {size / 1e6:.1f} MB")

        pandas_times = []
        for _ in range(args.repeat):
            t, rows, checksum = pandas_once(path)
            pandas_times.append(t)
        swift = swift_run(exe, path, args.repeat)
        swift_rows, swift_sum = int(swift["rows"]), float(swift["checksum"])
        assert swift["column"] == "Adj Close", swift
        assert swift_rows == rows, (swift_rows, rows)
        assert abs(swift_sum - checksum) <= 1e-9 * abs(checksum), (swift_sum, checksum)

        best_pandas, best_swift = min(pandas_times), float(swift["seconds"])
        print(f"pandas read_csv + to_datetime: best {best_pandas:.3f} s "
              f"(all {' '.join(f'{t:.3f}' for t in pandas_times)})")
        print(f"Swift Importer.read:           best {best_swift:.3f} s "
              f"(all {' '.join(f'{float(t):.3f}' for t in swift['all'].split())})")
        print(f"ratio Swift / pandas: {best_swift / best_pandas:.2f} (goal <= 0.50)")

        big_size = os.path.getsize(big)
        swift_kb = peak_rss_kb([exe, big, "--repeat", "1"])
        pandas_kb = peak_rss_kb([sys.executable, "-c",
                                 "import sys, pandas as pd; df = pd.read_csv(sys.argv[1]); "
                                 "pd.to_datetime(df['Date'], format='%Y-%m-%d')", big])
        print(f"peak RSS on {big_size / 1e6:.1f} MB ({rss_rows:,} rows): Swift "
              f"{swift_kb / 1024:.0f} MiB, pandas {pandas_kb / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
