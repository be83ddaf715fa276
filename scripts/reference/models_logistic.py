"""Reference coefficients for LogisticRegressionReferenceTests.swift.

Fits scikit-learn's LogisticRegression on the formula-generated designs of models_design.py
(120 rows) for several C, with and without weights and intercept, twice: lbfgs with a tight
stopping rule (tol=1e-10, max_iter=10000; the accuracy the brief asks us to meet within 1e-4) and
newton-cholesky (tol=1e-12), which reaches the optimum to about 1e-10 and so checks our optimum
far more tightly. Prints Swift literals to paste into the test.

Run: /opt/refvenv/bin/python scripts/reference/models_logistic.py
"""
import warnings

import numpy as np
from sklearn.linear_model import LogisticRegression

from models_design import numeric_design, one_hot_design, swift_array

warnings.simplefilter("ignore")

CASES = [
    # (name, design, C, weighted, fit_intercept)
    ("numericC1", "numeric", 1.0, False, True),
    ("numericC001Weighted", "numeric", 0.01, True, True),
    ("numericC100Weighted", "numeric", 100.0, True, True),
    ("numericNoInterceptC05", "numeric", 0.5, False, False),
    ("oneHotC1Weighted", "one_hot", 1.0, True, True),
    ("oneHotC10", "one_hot", 10.0, False, True),
]


def design(kind):
    return numeric_design(120, 4) if kind == "numeric" else one_hot_design(120)


for name, kind, C, weighted, intercept in CASES:
    x, y, w = design(kind)
    sw = w if weighted else None
    fits = {}
    for solver, tol in (("lbfgs", 1e-10), ("newton-cholesky", 1e-12)):
        model = LogisticRegression(C=C, tol=tol, max_iter=10000, solver=solver, fit_intercept=intercept)
        model.fit(x, y, sample_weight=sw)
        fits[solver] = np.r_[model.coef_[0], model.intercept_[0] if intercept else 0.0]
    print(f"// {name}: C={C}, weighted={weighted}, fit_intercept={intercept}, positives={y.sum()}/{len(y)}")
    print(f"lbfgs: {swift_array(fits['lbfgs'])},")
    print(f"newtonCholesky: {swift_array(fits['newton-cholesky'])},")
    print(f"// max |lbfgs - newton-cholesky| = {np.abs(fits['lbfgs'] - fits['newton-cholesky']).max():.2e}")
