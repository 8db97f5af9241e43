#!/usr/bin/env python3
"""Universe fixtures: correlation matrices (pandas) and average-linkage clustering (scipy) on
Nasdaq-100 constituents' daily log returns (data/universe/NDX-constituents.closes.wide.csv).

Writes into Tests/TestSupport/Fixtures/oracle/:
- universe_ndx_returns.csv: date + log returns of 30 tickers (the first 27 alphabetically plus
  CRWV, NBIS and SNDK, which list late, so their early cells are empty); returns are taken row
  to row of the wide file (its rows are the common NDX trading days), NaN where either close is
  missing; the first row has no return and is dropped.
- universe_ndx_corr_pairwise.csv: pandas `DataFrame.corr()` (pairwise-complete) of those returns.
- universe_ndx_corr_common.csv: `DataFrame.dropna().corr()` (rows where every ticker has a return).
- universe_ndx_linkage.csv: scipy `linkage(squareform(1 − r_common, checks=False),
  method="average")` rows (a, b, distance, size), and universe_ndx_leaves.csv its `leaves_list`.

Run from the repository root:  python3 tools/oracle/universe.py [--data /work/shared/data]
"""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import leaves_list, linkage
from scipy.spatial.distance import squareform

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from comove import write  # noqa: E402
from pairs import DEFAULT_DATA  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared/data folder")
    args = ap.parse_args()
    wide = pd.read_csv(os.path.join(args.data, "universe", "NDX-constituents.closes.wide.csv"),
                       index_col="date")
    tickers = sorted(wide.columns)[:27] + ["CRWV", "NBIS", "SNDK"]
    r = np.log(wide[tickers]).diff().iloc[1:]
    write(pd.DataFrame({"date": r.index, **{t: r[t].to_numpy() for t in tickers}}),
          "universe_ndx_returns.csv")
    pairwise = r.corr()
    common = r.dropna().corr()
    write(pairwise.reset_index(drop=True), "universe_ndx_corr_pairwise.csv")
    write(common.reset_index(drop=True), "universe_ndx_corr_common.csv")
    z = linkage(squareform(1 - common.to_numpy(), checks=False), method="average")
    write(pd.DataFrame(z, columns=["a", "b", "distance", "size"]), "universe_ndx_linkage.csv")
    write(pd.DataFrame({"leaf": leaves_list(z)}), "universe_ndx_leaves.csv")
    print("common rows:", len(r.dropna()), "of", len(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
