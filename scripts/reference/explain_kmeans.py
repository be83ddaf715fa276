"""Reference values for BackgroundTests (k-means background summaries) from shap 0.51's
shap.kmeans(X, k, round_values=...), which runs scikit-learn's KMeans(n_clusters=k, random_state=0,
n_init=10) and, with round_values, replaces every centre coordinate by the nearest value of that
column in X; the weights are the clusters' sizes.

1. Three clear-cut clusters: 45 rows, row i in cluster b = 0 for i < 20, 1 for i < 35, 2 otherwise
   (sizes 20, 15, 10), at (0, 0), (20, 0), (0, 20) plus the offset ((i mod 5) - 2,
   (7i mod 5) - 2) / 2. shap.kmeans(X, 3): the rounded centres and weights, in order of weight.
2. German Credit's training design (explain_german.py, rows 0..699, 59 columns), k = 10,
   round_values=False: the within-cluster sum of squares of shap's (scikit-learn's) centres, each
   row to its nearest centre. The two sides draw different seeds, so only the quality of the local
   optimum is compared, not the centres.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/explain_kmeans.py
"""
import sys
import warnings

import numpy as np
import shap

sys.path.insert(0, "scripts/reference")
import explain_german  # noqa: E402

warnings.simplefilter("ignore")

rows = []
for i in range(45):
    b = 0 if i < 20 else 1 if i < 35 else 2
    cx, cy = [(0, 0), (20, 0), (0, 20)][b]
    rows.append([cx + ((i % 5) - 2) / 2, cy + ((7 * i % 5) - 2) / 2])
x = np.array(rows)
summary = shap.kmeans(x, 3)
order = np.argsort(-summary.weights)
print("static let clearCentres: [[Double]] =", [list(map(float, summary.data[j])) for j in order])
print("static let clearWeights: [Double] =", [float(summary.weights[j]) for j in order])

_, _, _, train, _, _ = explain_german.fitted()
centres = shap.kmeans(train, 10, round_values=False).data
inertia = ((train[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2).min(axis=1).sum()
print(f"static let germanInertia = {float(inertia)!r}")
