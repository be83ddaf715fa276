"""Reference values for FairKit's exact k-NN consistency on data with no tied distances.

A 300-row, 12-column matrix from a fixed formula (no random numbers, so the test rebuilds it):
x[r][j] = sin(0.37 * r * (j + 1) + 0.11 * j) * (1 + j % 3), outcome y[r] = 1 if sin(1.3 * r) > 0.2.
Prints AIF360 0.6.1's consistency score (aif360.sklearn.metrics.consistency_score: scikit-learn's
NearestNeighbors, ball tree, each row among its own neighbours) for k = 5 and k = 9, and checks that
no row's k-th and (k+1)-th distances are within 1e-6 of each other, so no tie rule can matter.

Tests/FairKitTests/Numerics/ExactNearestNeighborsTests.swift embeds the printed numbers
(testConsistencyMatchesAIF360WithoutTies).

Run: /opt/refvenv/bin/python scripts/reference/metrics_consistency_knn.py
"""
import json
import math

import numpy as np
from aif360.sklearn.metrics import consistency_score
from scipy.spatial.distance import cdist

rows, columns = 300, 12
X = np.array([[math.sin(0.37 * r * (j + 1) + 0.11 * j) * (1 + j % 3) for j in range(columns)]
              for r in range(rows)])
y = np.array([1 if math.sin(1.3 * r) > 0.2 else 0 for r in range(rows)])

distances = np.sort(cdist(X, X), axis=1)
result = {}
for k in (5, 9):
    gap = float(np.min(distances[:, k] - distances[:, k - 1]))
    assert gap > 1e-6, f"k = {k}: tied k-th distance (gap {gap})"
    result[f"k{k}"] = {"consistency": float(consistency_score(X, y, n_neighbors=k)), "smallest_gap": gap}
result["positives"] = int(y.sum())
print(json.dumps(result, indent=1))
