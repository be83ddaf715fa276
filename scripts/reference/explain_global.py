"""Reference values for Tests/FairKitTests/Explain/GlobalExplanationTests.swift: scikit-learn 1.9
on German Credit's raw one-hot design (explain_german.py), logistic regression C = 1 fitted on rows
0..699 (newton-cholesky; the coefficients of explain_shapley.py), on the test rows 700..999:

  1. permutation_importance(model, X_test, y_test, scoring="accuracy", n_repeats=10,
     random_state=0): the baseline accuracy, and each feature's mean and standard deviation.
  2. partial_dependence(model, X_test, [f], kind="both", grid_resolution=100) for month (0,
     25 distinct values in the test rows: the grid is the values) and credit_amount (1, more than 100: 100 points
     between the mquantiles 5th and 95th percentiles): grid and average.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/explain_global.py
"""
import sys
import warnings

import numpy as np
from sklearn.inspection import partial_dependence, permutation_importance

sys.path.insert(0, "scripts/reference")
from explain_german import fitted  # noqa: E402
from models_design import swift_array  # noqa: E402

warnings.simplefilter("ignore")
x, y, names, train, test, model = fitted()
print(f"static let baselineAccuracy = {model.score(test, y[700:])!r}")
result = permutation_importance(model, test, y[700:], scoring="accuracy", n_repeats=10, random_state=0)
print(f"static let importanceMeans: [Double] = {swift_array(result.importances_mean)}")
print(f"static let importanceSDs: [Double] = {swift_array(result.importances_std)}")
for feature, label in ((0, "month"), (1, "creditAmount")):
    pd = partial_dependence(model, test, [feature], kind="both", grid_resolution=100)
    print(f"static let {label}Grid: [Double] = {swift_array(pd['grid_values'][0])}")
    print(f"static let {label}Average: [Double] = {swift_array(pd['average'][0])}")
