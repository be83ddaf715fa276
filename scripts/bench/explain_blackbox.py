"""The shap side of `benchmarks explain`'s black-box rows: shap 0.51's KernelExplainer on a model
that is not a logistic regression, evaluated in numpy exactly as FairKit's model file defines it,
timed (wall and CPU, time.process_time) and printed with its values as one JSON object on stdout.

Usage:
  python explain_blackbox.py MODEL_JSON FILE ROWS BACKGROUND COLUMNS SAMPLES
      MODEL_JSON is a FairKit model file of kind decision_tree or gaussian_naive_bayes.
      FILE holds little-endian float64 values: ROWS x COLUMNS rows to explain, BACKGROUND x COLUMNS
      background rows, then FairKit's P(y = 1) on those ROWS + BACKGROUND rows. Times
      KernelExplainer(p, background).shap_values(rows, nsamples=SAMPLES, l1_reg=False).

Before timing, the numpy model's probabilities on the rows are checked against FairKit's: they
must agree to 1e-12 (the script exits with status 1 otherwise), so both sides explain the same
function.
  - decision_tree: every row walks the tree from the root at once (vectorised over rows): at an
    internal node, x[feature] <= threshold goes to `left`, else `right`; a leaf gives value[1].
  - gaussian_naive_bayes: log P(k, x) = log prior_k - 1/2 sum_j log(2 pi var_kj)
    - 1/2 sum_j (x_j - mean_kj)^2 / var_kj, and P(y = 1 | x) = exp(log P(1, x) - logsumexp_k).
"""
import json
import sys
import time
import warnings

import numpy as np
import shap


def tree_model(record):
    nodes = record["nodes"]
    internal = np.array([n.get("feature") is not None for n in nodes])
    feature = np.array([n.get("feature", 0) if n.get("feature") is not None else 0 for n in nodes])
    threshold = np.array([n.get("threshold", 0.0) if n.get("threshold") is not None else 0.0 for n in nodes])
    ids = np.arange(len(nodes))
    left = np.array([n["left"] if n.get("left") is not None else i for i, n in zip(ids, nodes)])
    right = np.array([n["right"] if n.get("right") is not None else i for i, n in zip(ids, nodes)])
    value = np.array([n["value"][1] for n in nodes])

    def predict(x):
        node = np.zeros(len(x), dtype=np.int64)
        rows = np.arange(len(x))
        # A leaf points to itself, so every row may take as many steps as the deepest leaf needs.
        while True:
            active = internal[node]
            if not active.any():
                return value[node]
            goes_left = x[rows, feature[node]] <= threshold[node]
            node = np.where(active, np.where(goes_left, left[node], right[node]), node)
    return predict


def naive_bayes_model(record):
    means, variances = np.array(record["means"]), np.array(record["variances"])
    log_priors = np.log(np.array(record["priors"]))
    normalisers = -0.5 * np.log(2 * np.pi * variances).sum(axis=1)
    if record["classes"] != [0, 1]:
        constant = 1.0 if record["classes"] == [1] else 0.0
        return lambda x: np.full(len(x), constant)

    def predict(x):
        joint = np.stack([log_priors[k] + normalisers[k] - 0.5 * (((x - means[k]) ** 2) / variances[k]).sum(axis=1)
                          for k in (0, 1)], axis=1)
        high, low = joint.max(axis=1), joint.min(axis=1)
        return np.exp(joint[:, 1] - (high + np.log1p(np.exp(low - high))))
    return predict


def main():
    warnings.simplefilter("ignore")
    model_path, path = sys.argv[1], sys.argv[2]
    rows, background, columns, samples = map(int, sys.argv[3:7])
    with open(model_path) as f:
        record = json.load(f)
    model = {"decision_tree": tree_model, "gaussian_naive_bayes": naive_bayes_model}[record["kind"]](record)
    data = np.fromfile(path, dtype="<f8")
    x = data[: rows * columns].reshape(rows, columns)
    bg = data[rows * columns: (rows + background) * columns].reshape(background, columns)
    fairkit = data[(rows + background) * columns:]
    gap = float(np.abs(model(np.vstack([x, bg])) - fairkit).max())
    if not gap <= 1e-12:
        sys.exit(f"explain_blackbox.py: the numpy {record['kind']} differs from FairKit's by {gap:.3e} (more than 1e-12)")
    np.random.seed(0)
    start, cpu = time.perf_counter(), time.process_time()
    explainer = shap.KernelExplainer(model, bg)
    values = explainer.shap_values(x, nsamples=samples, l1_reg=False, silent=True)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    json.dump({"seconds": seconds, "cpu": cpu, "base": float(explainer.expected_value), "model_gap": gap,
               "values": np.asarray(values).tolist()}, sys.stdout)


if __name__ == "__main__":
    main()
