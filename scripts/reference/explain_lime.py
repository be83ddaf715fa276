"""Reference values for Tests/FairKitTests/Explain/LimeTests.swift: lime 0.2.0.1 on German
Credit's raw one-hot design (explain_german.py), logistic regression C = 1 fitted on rows 0..699
(scikit-learn newton-cholesky; the same coefficients as explain_shapley.py), test row 0 (row 700)
explained with LimeTabularExplainer(discretize_continuous=True, discretizer="quartile",
categorical_features = every column but the 7 numeric ones) and explain_instance(num_features=10,
num_samples=5000), over 10 seeds.

lime's random stream cannot be reproduced outside numpy, so the test compares what should not
depend on it: the features every seed selects, each with the sign every seed gives it (the
"stable core"), and the range of the surrogate's R² and local prediction over the seeds.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/explain_lime.py
"""
import sys
import warnings

import numpy as np
from lime.lime_tabular import LimeTabularExplainer

sys.path.insert(0, "scripts/reference")
from explain_german import fitted  # noqa: E402

warnings.simplefilter("ignore")
x, y, names, train, test, model = fitted()
categorical = list(range(7, x.shape[1]))
runs = []
for seed in range(10):
    explainer = LimeTabularExplainer(train, feature_names=names, categorical_features=categorical,
                                     discretize_continuous=True, discretizer="quartile", random_state=seed)
    e = explainer.explain_instance(test[0], model.predict_proba, num_features=10, num_samples=5000)
    runs.append(e)
    print(f"// seed {seed}: R2 {e.score:.4f}, local prediction {e.local_pred[0]:.4f}, "
          f"model {model.predict_proba(test[:1])[0, 1]:.4f}; {[(int(i), round(float(w), 4)) for i, w in e.local_exp[1]]}")
signs = {}
for e in runs:
    for i, w in e.local_exp[1]:
        signs.setdefault(int(i), []).append(np.sign(w))
core = sorted(i for i, s in signs.items() if len(s) == len(runs) and len(set(s)) == 1)
print(f"static let stableCore: [Int: Double] = [{', '.join(f'{i}: {signs[i][0]:.0f}' for i in core)}]")
print(f"// core names: {[names[i] for i in core]}")
print(f"static let scoreRange = {min(e.score for e in runs)!r}...{max(e.score for e in runs)!r}")
print(f"static let localPredictionRange = {float(min(e.local_pred[0] for e in runs))!r}...{float(max(e.local_pred[0] for e in runs))!r}")
print(f"static let modelProbability = {float(model.predict_proba(test[:1])[0, 1])!r}")
