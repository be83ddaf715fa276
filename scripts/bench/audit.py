"""The Python side of `benchmarks audit`: what `learn audit` computes, done with pandas and Fairlearn.

Reads the CSV that Sources/Benchmarks/AuditBenchmark.swift writes (Adult, 48,842 rows, with a
`predicted` column of 0/1 from FairKit's logistic regression), then for the sections sex, race and
sex x race: Fairlearn MetricFrame with selection rate, TPR, FPR, FNR, precision and accuracy (by
group, overall, difference, ratio), and Aequitas-style disparities in pandas (each group's metric
over the largest group's, flagged outside [0.8, 1.25]). Times --runs repetitions of the whole
thing, reading the CSV included (as `learn audit` reads it), and of the computation alone. Prints
JSON: versions, both lists of seconds, and every group's metrics and disparities for the
comparison, groups named "sex=..., race=...".

Run: /opt/refvenv/bin/python scripts/bench/audit.py FILE.csv [--runs N]
(normally started by `swift run -c release benchmarks audit --python /opt/refvenv/bin/python`).
"""
import argparse
import json
import time

import fairlearn
import pandas as pd
from fairlearn.metrics import MetricFrame, false_negative_rate, false_positive_rate, selection_rate, true_positive_rate
from sklearn.metrics import accuracy_score, precision_score

parser = argparse.ArgumentParser()
parser.add_argument("csv")
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

metrics = {"selection_rate": selection_rate, "tpr": true_positive_rate, "fpr": false_positive_rate,
           "fnr": false_negative_rate, "ppv": precision_score, "accuracy": accuracy_score}
TAU = 0.8


def audit(data):
    y = (data["income-per-year"] == ">50K").astype(int).to_numpy()
    pred = data["predicted"].to_numpy()
    result = {}
    for attributes in [["sex"], ["race"], ["sex", "race"]]:
        sensitive = data[attributes] if len(attributes) > 1 else data[attributes[0]]
        frame = MetricFrame(metrics=metrics, y_true=y, y_pred=pred, sensitive_features=sensitive)
        by_group = frame.by_group.dropna(how="all")
        _ = frame.overall, frame.difference(), frame.ratio()
        sizes = data.groupby(attributes).size()
        largest = sizes.idxmax()
        disparity = by_group / by_group.loc[largest]
        flags = ((disparity < TAU) | (disparity > 1 / TAU)).sum().sum()
        result[" x ".join(attributes)] = (by_group, disparity, int(flags))
    return result


def name(attributes, key):
    key = key if isinstance(key, tuple) else (key,)
    return ", ".join(f"{a}={v}" for a, v in zip(attributes, key))


total, compute = [], []
for _ in range(args.runs):
    start = time.perf_counter()
    data = pd.read_csv(args.csv, na_values=["?", ""], keep_default_na=True)
    loaded = time.perf_counter()
    result = audit(data)
    end = time.perf_counter()
    total.append(end - start)
    compute.append(end - loaded)

values = {}
for title, (by_group, disparity, flags) in result.items():
    attributes = title.split(" x ")
    values[title] = {
        "flags": flags,
        "groups": {name(attributes, key): {"metrics": {m: float(row[m]) for m in metrics},
                                            "disparity": {m: float(disparity.loc[key, m]) for m in metrics}}
                   for key, row in by_group.iterrows()},
    }
print(json.dumps({"fairlearn": fairlearn.__version__, "pandas": pd.__version__, "seconds": total,
                  "compute_seconds": compute, "sections": values}))
