"""The shap side of `benchmarks explain`: times shap 0.51 on the same data and model parameters as the
Swift benchmark and prints wall and CPU times (time.process_time, every thread) and values as one
JSON object on stdout.

Usage:
  python explain_shap.py kernel FILE ROWS BACKGROUND COLUMNS SAMPLES
      FILE holds little-endian float64 values: ROWS x COLUMNS rows to explain, BACKGROUND x COLUMNS
      background rows, then COLUMNS coefficients and the intercept of a logistic model. Times
      KernelExplainer(p, background).shap_values(rows, nsamples=SAMPLES, l1_reg=False) with
      p(z) = 1 / (1 + exp(-(z @ beta + b))), the probability the Swift side explains.
  python explain_shap.py tree FILE ROWS COLUMNS DEPTH
      FILE holds ROWS x (COLUMNS + 1) float64 values, the label last. Fits scikit-learn's
      DecisionTreeClassifier(max_depth=DEPTH, random_state=0) on them and times
      TreeExplainer(tree).shap_values on the first 1,000 rows (path-dependent).
"""
import json
import sys
import time
import warnings

import numpy as np
import shap
from sklearn.tree import DecisionTreeClassifier


def main():
    warnings.simplefilter("ignore")
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "kernel":
        rows, background, columns, samples = map(int, sys.argv[3:7])
        data = np.fromfile(path, dtype="<f8")
        x = data[: rows * columns].reshape(rows, columns)
        bg = data[rows * columns: (rows + background) * columns].reshape(background, columns)
        beta = data[(rows + background) * columns: (rows + background) * columns + columns]
        b = data[-1]
        model = lambda z: 1 / (1 + np.exp(-(z @ beta + b)))
        np.random.seed(0)
        start, cpu = time.perf_counter(), time.process_time()
        explainer = shap.KernelExplainer(model, bg)
        values = explainer.shap_values(x, nsamples=samples, l1_reg=False, silent=True)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        json.dump({"seconds": seconds, "cpu": cpu, "base": float(explainer.expected_value),
                   "values": np.asarray(values).tolist()}, sys.stdout)
    else:
        rows, columns, depth = map(int, sys.argv[3:6])
        data = np.fromfile(path, dtype="<f8").reshape(rows, columns + 1)
        x, y = data[:, :columns], data[:, columns].astype(int)
        tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(x, y)
        start, cpu = time.perf_counter(), time.process_time()
        explainer = shap.TreeExplainer(tree)
        values = explainer.shap_values(x[:1000])
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        json.dump({"seconds": seconds, "cpu": cpu}, sys.stdout)


if __name__ == "__main__":
    main()
