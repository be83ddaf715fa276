"""The Fairlearn side of `benchmarks mitigate`: times ExponentiatedGradient (DemographicParity,
eps 0.01, defaults otherwise) and ThresholdOptimizer (demographic_parity, accuracy_score, grid 1000,
prefit base, predict_proba) on the design the Swift benchmark wrote, and prints timings, expected
accuracy and demographic parity difference (from _pmf_predict, on the same rows) as JSON.

Usage: python mitigation.py FILE ROWS COLUMNS [--repeats N]
  FILE holds ROWS x (COLUMNS + 2) little-endian float64 values, row-major: the features, the label
  (0/1), then the sensitive group code.
The base model is LogisticRegression(C=1, solver="newton-cholesky", tol=1e-10): the optimum, as
FairKit's Newton fit reaches it.
"""
import argparse
import json
import statistics
import sys
import time
import warnings

import numpy as np
from fairlearn.postprocessing import ThresholdOptimizer
from fairlearn.reductions import DemographicParity, ExponentiatedGradient
from sklearn.linear_model import LogisticRegression


def base():
    return LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-10, max_iter=1000)


def scores(p, y, group):
    accuracy = float(np.mean(np.where(y == 1, p, 1 - p)))
    rates = [p[group == g].mean() for g in np.unique(group)]
    return accuracy, float(max(rates) - min(rates))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("rows", type=int)
    parser.add_argument("columns", type=int)
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    data = np.fromfile(args.path, dtype="<f8").reshape(args.rows, args.columns + 2)
    x, y, group = np.ascontiguousarray(data[:, :args.columns]), data[:, args.columns].astype(int), data[:, -1]
    warnings.simplefilter("ignore")
    result = {}

    times, cpu = [], []
    for _ in range(args.repeats):
        start, process = time.perf_counter(), time.process_time()
        eg = ExponentiatedGradient(base(), constraints=DemographicParity(difference_bound=0.01))
        eg.fit(x, y, sensitive_features=group)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - process)
    accuracy, dp = scores(eg._pmf_predict(x)[:, 1], y, group)
    result["exponentiated_gradient"] = {"seconds": statistics.median(times), "cpu": statistics.median(cpu),
                                        "accuracy": accuracy, "dp_difference": dp}

    fitted = base().fit(x, y)
    times, cpu = [], []
    for _ in range(args.repeats):
        start, process = time.perf_counter(), time.process_time()
        to = ThresholdOptimizer(estimator=fitted, constraints="demographic_parity", objective="accuracy_score",
                                grid_size=1000, prefit=True, predict_method="predict_proba")
        to.fit(x, y, sensitive_features=group)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - process)
    accuracy, dp = scores(to._pmf_predict(x, sensitive_features=group)[:, 1], y, group)
    result["threshold_optimizer"] = {"seconds": statistics.median(times), "cpu": statistics.median(cpu),
                                     "accuracy": accuracy, "dp_difference": dp}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
