"""Fairlearn's MetricFrame on the arrays `benchmarks metricframe` writes, timed the same way.

Reads a CSV with columns sex, race, label, prediction (written by
Sources/Benchmarks/MetricFrameBenchmark.swift), builds fairlearn.metrics.MetricFrame with six
metrics (selection rate, accuracy, TPR, FPR, precision, count) over sex x race, and reads
by_group, overall, difference() and ratio(). Times --runs repetitions (loading the CSV is not
timed) and prints JSON: the times in seconds and every value, groups named "sex=..., race=...".

Run: /opt/refvenv/bin/python scripts/bench/metricframe.py FILE.csv [--runs N]
(normally started by `swift run -c release benchmarks metricframe --python /opt/refvenv/bin/python`).
"""
import argparse
import json
import time

import fairlearn
import pandas as pd
from fairlearn.metrics import MetricFrame, count, false_positive_rate, selection_rate, true_positive_rate
from sklearn.metrics import accuracy_score, precision_score

parser = argparse.ArgumentParser()
parser.add_argument("csv")
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

data = pd.read_csv(args.csv, dtype={"sex": str, "race": str})
y, y_pred = data["label"].to_numpy(), data["prediction"].to_numpy()
sensitive = data[["sex", "race"]]
metrics = {"selection_rate": selection_rate, "accuracy": accuracy_score, "tpr": true_positive_rate,
           "fpr": false_positive_rate, "ppv": precision_score, "count": count}


def measure():
    frame = MetricFrame(metrics=metrics, y_true=y, y_pred=y_pred, sensitive_features=sensitive)
    return frame, frame.by_group, frame.overall, frame.difference(), frame.ratio()


seconds = []
for _ in range(args.runs):
    start = time.perf_counter()
    frame, by_group, overall, difference, ratio = measure()
    seconds.append(time.perf_counter() - start)

# Absent sex x race combinations are NaN rows in Fairlearn's by_group; FairKit does not list them.
present = by_group.dropna(how="all")
print(json.dumps({
    "version": fairlearn.__version__,
    "seconds": seconds,
    "groups": [f"sex={s}, race={r}" for s, r in present.index],
    "by_group": {m: present[m].astype(float).tolist() for m in metrics},
    "overall": {m: float(overall[m]) for m in metrics},
    "difference": {m: float(difference[m]) for m in metrics},
    "ratio": {m: float(ratio[m]) for m in metrics},
}))
