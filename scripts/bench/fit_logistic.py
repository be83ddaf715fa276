"""The scikit-learn side of `benchmarks fit`: times LogisticRegression fits on the design matrix the
Swift benchmark wrote, and prints the timings and coefficients as one JSON object on stdout.

Usage: python fit_logistic.py DESIGN.bin ROWS COLUMNS REPEATS C
  DESIGN.bin holds ROWS x (COLUMNS + 1) little-endian float64 values, row-major: the features,
  then the label (0 or 1) in the last column.

Fits, each timed REPEATS times (the median is reported; the data is already in memory, as on the
Swift side):
  lbfgs_default    LogisticRegression(C=C)                          scikit-learn's defaults (tol 1e-4)
  lbfgs_tight      LogisticRegression(C=C, tol=1e-10, max_iter=10000)  the optimum our fit reaches
  newton_cholesky  LogisticRegression(C=C, solver="newton-cholesky", tol=1e-10)  scikit-learn's
                   own Newton solver, the closest to ours
"""
import json
import statistics
import sys
import time
import warnings

import numpy as np
from sklearn.linear_model import LogisticRegression

path, rows, columns, repeats, C = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
data = np.fromfile(path, dtype="<f8").reshape(rows, columns + 1)
x, y = np.ascontiguousarray(data[:, :columns]), data[:, columns].astype(int)

SETTINGS = {
    "lbfgs_default": dict(),
    "lbfgs_tight": dict(tol=1e-10, max_iter=10000),
    "newton_cholesky": dict(solver="newton-cholesky", tol=1e-10, max_iter=1000),
}
result = {}
for name, settings in SETTINGS.items():
    times = []
    for _ in range(repeats):
        model = LogisticRegression(C=C, **settings)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            start = time.perf_counter()
            model.fit(x, y)
            times.append(time.perf_counter() - start)
    result[name] = {
        "seconds": statistics.median(times),
        "iterations": int(model.n_iter_[0]),
        "converged": not any("converge" in str(w.message).lower() for w in caught),
        "coefficients": model.coef_[0].tolist() + [float(model.intercept_[0])],
    }
json.dump(result, sys.stdout)
