"""The scikit-learn side of `benchmarks fit`: times LogisticRegression fits on the same data as the
Swift benchmark and prints timings and coefficients as one JSON object on stdout.

Usage:
  python fit_logistic.py design FILE ROWS COLUMNS [--repeats N] [--solvers a,b] [--C c]
      FILE holds ROWS x (COLUMNS + 1) little-endian float64 values, row-major: the features, then
      the label (0 or 1) in the last column. Only the fits are timed (the data is in memory, as on
      the Swift side).
  python fit_logistic.py adult RESOURCES [--repeats N] [--solvers a,b] [--C c]
      End to end from the raw files in RESOURCES: pandas read_csv of adult.data and adult.test
      ("?" missing, the test file's junk first line skipped, the label's trailing "." removed),
      concat, dropna (45,222 rows), numeric columns standardised (population sd), get_dummies
      (prefix_sep="="): the steps timed as "prepare"; then each fit.

Solvers (each timed REPEATS times; medians reported):
  lbfgs_default    LogisticRegression(C=c)                              scikit-learn's defaults (tol 1e-4)
  lbfgs_tight      LogisticRegression(C=c, tol=1e-10, max_iter=10000)   the optimum our fit reaches
  newton_cholesky  LogisticRegression(C=c, solver="newton-cholesky", tol=1e-10)  scikit-learn's
                   own Newton solver, the closest to ours
"""
import argparse
import json
import statistics
import sys
import time
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

SOLVERS = {
    "lbfgs_default": dict(),
    "lbfgs_tight": dict(tol=1e-10, max_iter=10000),
    "newton_cholesky": dict(solver="newton-cholesky", tol=1e-10, max_iter=1000),
}
ADULT_COLUMNS = ["age", "workclass", "fnlwgt", "education", "education-num", "marital-status", "occupation",
                 "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week", "native-country",
                 "income-per-year"]


def prepare_adult(resources):
    read = dict(header=None, names=ADULT_COLUMNS, skipinitialspace=True, na_values="?")
    train = pd.read_csv(f"{resources}/adult.data", **read)
    test = pd.read_csv(f"{resources}/adult.test", skiprows=1, **read)
    test["income-per-year"] = test["income-per-year"].str.rstrip(".")
    frame = pd.concat([train, test], ignore_index=True).dropna()
    y = (frame.pop("income-per-year") == ">50K").astype(int).to_numpy()
    numeric = frame.select_dtypes("number").columns
    frame[numeric] = (frame[numeric] - frame[numeric].mean()) / frame[numeric].std(ddof=0)
    design = pd.get_dummies(frame, prefix_sep="=", dtype=float)
    return design.to_numpy(), y, list(design.columns)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["design", "adult"])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--solvers", default=",".join(SOLVERS))
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args()

    result = {}
    if args.mode == "design":
        path, rows, columns = args.paths[0], int(args.paths[1]), int(args.paths[2])
        data = np.fromfile(path, dtype="<f8").reshape(rows, columns + 1)
        x, y = np.ascontiguousarray(data[:, :columns]), data[:, columns].astype(int)
    else:
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            x, y, names = prepare_adult(args.paths[0])
            times.append(time.perf_counter() - start)
        result["prepare"] = {"seconds": statistics.median(times), "rows": len(y), "feature_names": names}

    for name in args.solvers.split(","):
        times = []
        for _ in range(args.repeats):
            model = LogisticRegression(C=args.C, **SOLVERS[name])
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


if __name__ == "__main__":
    main()
