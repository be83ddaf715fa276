"""AIF360's consistency score on the matrix `benchmarks consistency` writes, timed.

Reads a CSV of feature columns x0..x(d-1) and the outcome y (written by
Sources/Benchmarks/ConsistencyBenchmark.swift), computes aif360.sklearn.metrics.consistency_score
(scikit-learn NearestNeighbors, ball tree, k = 5) --runs times (loading is not timed) and prints
JSON: the AIF360 version, the wall and CPU times in seconds and the score.

Run: /opt/refvenv/bin/python scripts/bench/consistency.py FILE.csv [--runs N]
(normally started by `swift run -c release benchmarks consistency --python /opt/refvenv/bin/python`).
"""
import argparse
import json
import time
import warnings

import pandas as pd

warnings.filterwarnings("ignore")
import aif360
from aif360.sklearn.metrics import consistency_score

parser = argparse.ArgumentParser()
parser.add_argument("csv")
parser.add_argument("--runs", type=int, default=1)
args = parser.parse_args()

data = pd.read_csv(args.csv)
X, y = data.drop(columns="y").to_numpy(), data["y"].to_numpy()
seconds, cpu, score = [], [], None
for _ in range(args.runs):
    start, process = time.perf_counter(), time.process_time()
    score = float(consistency_score(X, y, n_neighbors=5))
    seconds.append(time.perf_counter() - start)
    cpu.append(time.process_time() - process)
print(json.dumps({"version": aif360.__version__, "seconds": seconds, "cpu": cpu, "consistency": score}))
