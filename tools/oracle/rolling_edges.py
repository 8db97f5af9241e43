#!/usr/bin/env python3
"""Exact references for the rolling-correlation failure modes that pandas and polars shipped.

For each case, writes Tests/TestSupport/Fixtures/oracle/edge_<name>.csv with header `x,y,expected`:
`expected` is the Pearson correlation of the trailing window ending at that row, computed EXACTLY
with fractions.Fraction (means and co-moments in rationals; one float sqrt at the end), and empty
when undefined (fewer than min_periods valid pairs, fewer than 2, or either series constant in the
window). x and y are written with repr(); an empty x or y cell is NaN. A pair where either is NaN is
skipped (does not count towards min_periods), as in pandas.

It also runs pandas, polars and numbagg on the same inputs and writes what they return to
Tests/TestSupport/Fixtures/oracle/edges.md, so the Swift tests can cite it.

Run from the repository root:  python3 tools/oracle/rolling_edges.py
The inputs come from seeded numpy generators, so reruns reproduce the files byte for byte.
"""
from __future__ import annotations

import math
import os
import sys
from fractions import Fraction

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "oracle")
WINDOW = 10


# MARK: - Inputs

def case_outlier():
    """(a) pandas #66678: one 1e12 in x at position 50 poisons the online sums after it leaves."""
    g = np.random.default_rng(66678)
    n = 200
    x = g.normal(0.0, 1e-3, n)
    y = 0.5 * x + g.normal(0.0, 1e-3, n)
    x[50] = 1e12
    return x, y, WINDOW


def case_constant():
    """(b) pandas #24019/#29264: constant windows must give NaN, not ±inf or noise.
    x is 0.1 at positions 40..69 (30 values); y is -0.2 at positions 90..109 (20 values)."""
    g = np.random.default_rng(24019)
    n = 150
    x = g.normal(0.0, 1e-3, n)
    y = 0.5 * x + g.normal(0.0, 1e-3, n)
    x[40:70] = 0.1
    y[90:110] = -0.2
    return x, y, WINDOW


def case_nearly_collinear():
    """(c) pandas #35135/#61120, polars #21491/#27013: y = 3x + tiny noise around x ≈ 1e6;
    naive raw-moment formulas report |r| > 1."""
    g = np.random.default_rng(35135)
    n = 200
    x = 1e6 + g.normal(0.0, 1.0, n)
    y = 3.0 * x + g.normal(0.0, 1e-6, n)
    return x, y, WINDOW


def case_start():
    """(d) pandas #26542: the value at a position must not depend on where the series starts.
    5,000 points: 0..999 are large (≈1e8 ± 1e4), then small noise (≈1e-3). The suffix file starts
    at position 4,000; the last 100 positions must agree between the two files."""
    g = np.random.default_rng(26542)
    n = 5000
    x = g.normal(0.0, 1e-3, n)
    y = 0.5 * x + g.normal(0.0, 1e-3, n)
    x[:1000] = 1e8 + g.normal(0.0, 1e4, 1000)
    y[:1000] = -2e8 + g.normal(0.0, 1e4, 1000)
    return x, y, WINDOW


NAN_MIN_PERIODS = 5


def case_nan():
    """(e) noise with NaN gaps: runs x[30:36], y[80:88], x[120:127] & y[124:130], and ~8% scattered
    NaN in each; min_periods 5. A pair is skipped where either is NaN."""
    g = np.random.default_rng(5)
    n = 200
    x = g.normal(0.0, 1e-3, n)
    y = 0.5 * x + g.normal(0.0, 1e-3, n)
    x[30:36] = np.nan
    y[80:88] = np.nan
    x[120:127] = np.nan
    y[124:130] = np.nan
    x[g.random(n) < 0.08] = np.nan
    y[g.random(n) < 0.08] = np.nan
    return x, y, WINDOW


# MARK: - Exact correlation

def exact_corr(x: np.ndarray, y: np.ndarray, window: int, min_periods: int) -> list[float]:
    """Trailing-window correlation in exact rational arithmetic; NaN where undefined."""
    out = []
    fx = [None if math.isnan(v) else Fraction(float(v)) for v in x]
    fy = [None if math.isnan(v) else Fraction(float(v)) for v in y]
    for i in range(len(x)):
        pairs = [(a, b) for a, b in zip(fx[max(0, i - window + 1):i + 1],
                                        fy[max(0, i - window + 1):i + 1])
                 if a is not None and b is not None]
        n = len(pairs)
        if n < min_periods or n < 2:
            out.append(math.nan)
            continue
        mx = sum(a for a, _ in pairs) / n
        my = sum(b for _, b in pairs) / n
        sxx = sum((a - mx) ** 2 for a, _ in pairs)
        syy = sum((b - my) ** 2 for _, b in pairs)
        sxy = sum((a - mx) * (b - my) for a, b in pairs)
        if sxx == 0 or syy == 0:
            out.append(math.nan)
            continue
        r2 = sxy * sxy / (sxx * syy)  # exact; |r| ≤ 1 by Cauchy–Schwarz
        r = math.sqrt(float(r2))      # one rounding in float(), one in sqrt
        out.append(math.copysign(min(r, 1.0), sxy))
    return out


# MARK: - The libraries on the same inputs

def library_results(x, y, window, min_periods):
    import numbagg
    import pandas as pd
    import polars as pl
    res = {}
    res[f"pandas {pd.__version__}"] = (
        pd.Series(x).rolling(window, min_periods=min_periods).corr(pd.Series(y)).to_numpy())
    # polars treats NaN as a value, null as missing: map NaN to null so both skip the same pairs.
    df = pl.DataFrame({"x": x, "y": y}).with_columns(pl.col("x").fill_nan(None),
                                                     pl.col("y").fill_nan(None))
    pr = df.select(pl.rolling_corr("x", "y", window_size=window, min_samples=min_periods)
                   .alias("r"))["r"]
    res[f"polars {pl.__version__}"] = pr.fill_null(float("nan")).to_numpy()
    res[f"numbagg {numbagg.__version__}"] = numbagg.move_corr(
        np.asarray(x), np.asarray(y), window=window, min_count=min_periods)
    return res


def summarize(r: np.ndarray, exact: np.ndarray, rows=slice(None)) -> dict:
    r, exact = np.asarray(r, dtype=float)[rows], np.asarray(exact, dtype=float)[rows]
    finite = np.isfinite(r)
    both = finite & ~np.isnan(exact)
    return {
        "max abs r": float(np.max(np.abs(r[finite]))) if finite.any() else math.nan,
        "# abs r > 1": int(np.sum(np.abs(r[finite]) > 1)),
        "# inf": int(np.sum(np.isinf(r))),
        "# value where undefined": int(np.sum(~np.isnan(r) & np.isnan(exact))),
        "# NaN where defined": int(np.sum(np.isnan(r) & ~np.isnan(exact))),
        "max err vs exact": float(np.max(np.abs(r[both] - exact[both]))) if both.any() else 0.0,
    }


# MARK: - Output

def fmt(v: float) -> str:
    return "" if math.isnan(v) else repr(float(v))


def write_csv(name: str, x, y, expected) -> None:
    with open(os.path.join(OUT, f"edge_{name}.csv"), "w", newline="\n") as f:
        f.write("x,y,expected\n")
        for a, b, e in zip(x, y, expected):
            f.write(f"{fmt(a)},{fmt(b)},{fmt(e)}\n")


def table(rows: list[tuple[str, dict]]) -> list[str]:
    keys = list(rows[0][1].keys())
    lines = ["| library | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for lib, s in rows:
        cells = [f"{v:.3g}" if isinstance(v, float) else str(v) for v in s.values()]
        lines.append(f"| {lib} | " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    os.makedirs(OUT, exist_ok=True)
    md = [
        "# Rolling-correlation edge fixtures",
        "",
        "Generated by `tools/oracle/rolling_edges.py` (do not edit by hand). Every `edge_*.csv` has",
        "`x,y,expected`; `expected` is the exact (rational-arithmetic) correlation of the trailing",
        f"window, empty when undefined; an empty x or y is NaN. **Window {WINDOW}** in every case;",
        f"**min_periods = window ({WINDOW})** except `nan`, which uses **min_periods {NAN_MIN_PERIODS}**.",
        "",
        "`expected` is `copysign(sqrt(float(Sxy²/(Sxx·Syy))), Sxy)` with Sxx, Syy, Sxy exact, so it is",
        "within about 1 ulp of the true value. The tables below record what the Python libraries",
        "return on the same inputs (polars: NaN mapped to null first). Columns: largest finite |r|,",
        "count of |r| > 1, count of ±inf, count of values where the correlation is undefined, count",
        "of NaN where it is defined, and the largest |r − exact| where both are defined.",
        "",
        "Summary at the versions below: pandas 3.1.1 passes every case here (the issues cited were",
        "reported against older pandas); polars returns ±inf on constant windows and |r| > 1 on",
        "nearly collinear data; numbagg is poisoned by the outlier after it leaves the window",
        "(|r| up to 3.5, NaN where defined), reports values on constant windows and |r| > 1, and",
        "depends on where the series starts. The Swift kernel must match `expected` everywhere.",
        "",
    ]
    cases = [
        ("outlier", case_outlier, WINDOW),
        ("constant", case_constant, WINDOW),
        ("nearlyCollinear", case_nearly_collinear, WINDOW),
        ("nan", case_nan, NAN_MIN_PERIODS),
    ]
    for name, make, mp in cases:
        x, y, w = make()
        exact = np.array(exact_corr(x, y, w, mp))
        write_csv(name, x, y, exact)
        libs = library_results(x, y, w, mp)
        md += [f"## `{name}` — edge_{name}.csv ({len(x)} rows)", "", make.__doc__.strip(), ""]
        md += table([(lib, summarize(r, exact)) for lib, r in libs.items()])
        if name == "outlier":
            after = slice(50 + w, None)
            md += ["", f"After the outlier has left the window (rows ≥ {50 + w}):", ""]
            md += table([(lib, summarize(r, exact, after)) for lib, r in libs.items()])
        md.append("")
        print(f"edge_{name}.csv: {len(x)} rows, {int(np.sum(~np.isnan(exact)))} defined")

    # (d) start: the full series and the suffix from position 4,000.
    x, y, w = case_start()
    start = 4000
    exact_full = np.array(exact_corr(x, y, w, w))
    exact_suffix = np.array(exact_corr(x[start:], y[start:], w, w))
    assert np.array_equal(exact_full[-100:], exact_suffix[-100:])
    write_csv("start_full", x, y, exact_full)
    write_csv("start_suffix", x[start:], y[start:], exact_suffix)
    full = library_results(x, y, w, w)
    suffix = library_results(x[start:], y[start:], w, w)
    md += [f"## `start` — edge_start_full.csv ({len(x)} rows), edge_start_suffix.csv "
           f"(rows {start}…{len(x) - 1} of it)", "", case_start.__doc__.strip(), "",
           "On the last 100 positions, full series:", ""]
    md += table([(lib, summarize(r, exact_full, slice(-100, None))) for lib, r in full.items()])
    md += ["", "Last 100 positions, max |full − suffix| (0 means start-independent):", "",
           "| library | max abs diff |", "|---|---|"]
    for lib in full:
        d = np.nanmax(np.abs(full[lib][-100:] - suffix[lib][-100:]))
        md.append(f"| {lib} | {d:.3g} |")
    md.append("")
    print(f"edge_start_full.csv: {len(x)} rows; edge_start_suffix.csv: {len(x) - start} rows")

    with open(os.path.join(OUT, "edges.md"), "w", newline="\n") as f:
        f.write("\n".join(md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
