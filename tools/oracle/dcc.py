#!/usr/bin/env python3
"""DCC cross-check: an independent numpy/scipy implementation of the two-stage DCC(1,1).

Not a reference implementation (none exists in Python; rmgarch is R and not installable here):
a second, straightforward implementation of the same estimator, to catch errors in the Swift
likelihood and optimizer. Stage one is Python `arch` (constant-mean GARCH(1,1), normal, tight
tolerance); stage two maximizes −½ Σ (log|Rₜ| + zₜᵀRₜ⁻¹zₜ − zₜᵀzₜ) with Q̄ = zᵀz / T, Q₁ = Q̄,
by scipy SLSQP with a, b ≥ 0, a + b ≤ 0.9999, from several starts.

Input: Fixtures/oracle/dcc_dji30ret_1000x5.csv (written by garch.py). Output: dcc_check.json.
Run from the repository root:  python3 tools/oracle/dcc.py
"""
from __future__ import annotations

import json
import os
import sys

import numpy as np
import pandas as pd
from arch import arch_model
from scipy.optimize import minimize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pairs import OUT  # noqa: E402


def neg_ll(params, z, qbar):
    a, b = params
    T, k = z.shape
    q = qbar.copy()
    total = 0.0
    for t in range(T):
        if t > 0:
            q = (1 - a - b) * qbar + a * np.outer(z[t - 1], z[t - 1]) + b * q
        d = 1 / np.sqrt(np.diag(q))
        r = q * np.outer(d, d)
        sign, logdet = np.linalg.slogdet(r)
        if sign <= 0:
            return 1e10
        total += -0.5 * (logdet + z[t] @ np.linalg.solve(r, z[t]) - z[t] @ z[t])
    return -total


def main() -> int:
    x = pd.read_csv(os.path.join(OUT, "dcc_dji30ret_1000x5.csv"), index_col=0)
    z = []
    for c in x.columns:
        res = arch_model(x[c].to_numpy(), mean="Constant", vol="GARCH", p=1, q=1,
                         dist="normal", rescale=False).fit(disp="off", tol=1e-12,
                                                           options={"maxiter": 2000})
        z.append(res.std_resid)
    z = np.column_stack(z)
    qbar = z.T @ z / len(z)
    best = None
    for a0, b0 in [(0.01, 0.97), (0.05, 0.9), (0.02, 0.7), (0.1, 0.8)]:
        r = minimize(neg_ll, [a0, b0], args=(z, qbar), method="SLSQP",
                     bounds=[(0, 1), (0, 1)],
                     constraints=[{"type": "ineq", "fun": lambda p: 0.9999 - p[0] - p[1]}],
                     options={"ftol": 1e-12, "maxiter": 500})
        if best is None or r.fun < best.fun:
            best = r
    doc = {"a": float(best.x[0]), "b": float(best.x[1]),
           "correlationLogLikelihood": float(-best.fun), "qBar": qbar.tolist()}
    with open(os.path.join(OUT, "dcc_check.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(doc["a"], doc["b"], doc["correlationLogLikelihood"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
