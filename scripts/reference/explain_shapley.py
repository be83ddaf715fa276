"""Reference values for Tests/FairKitTests/Explain/GermanShapleyReferenceTests.swift: shap 0.51 on
German Credit's raw one-hot design (explain_german.py; 59 columns), logistic regression C = 1
fitted on rows 0..699 with scikit-learn's newton-cholesky solver (tol 1e-12, the optimum), test
rows 700..704 explained. The test rebuilds the model from the coefficients printed here, so
shap and FairKit explain the same function.

  1. Linear SHAP (shap.LinearExplainer, interventional, background = the 700 training rows).
  2. Kernel SHAP in log-odds (KernelExplainer on decision_function, background = training rows
     0..49, nsamples = 2M + 2048, l1_reg=False: no feature selection). A logistic model is
     additive in log-odds, so any Kernel SHAP sample gives the closed form beta_i (x_i - mean_i)
     over those 50 rows; printed is shap's largest distance from it.
  3. Kernel SHAP in probability (predict_proba[:, 1]), same settings, over 8 seeds: the mean and
     the largest standard deviation across seeds (the sampling tolerance).
  4. Exact Shapley values (shap.explainers.Exact with an Independent masker over training rows
     0..49) of a logistic regression on the 7 numeric columns alone, in probability.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/explain_shapley.py
"""
import sys
import warnings

import numpy as np
import shap
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, "scripts/reference")
from explain_german import fitted  # noqa: E402
from models_design import swift_array  # noqa: E402

warnings.simplefilter("ignore")
x, y, names, train, test, model = fitted()
rows = test[:5]
beta, b = model.coef_[0], model.intercept_[0]
print(f"// {x.shape[1]} features")
print(f"static let coefficients: [Double] = {swift_array(beta)}")
print(f"static let intercept = {float(b)!r}")

# An Independent masker over all 700 rows: passing the array alone would subsample 100 of them.
linear = shap.LinearExplainer(model, shap.maskers.Independent(train, max_samples=700))
print(f"static let linearBase = {float(linear.expected_value)!r}")
print(f"static let linearValues: [[Double]] = [{', '.join(swift_array(r) for r in linear.shap_values(rows))}]")

background = train[:50]
m = x.shape[1]
closed = beta * (rows - background.mean(axis=0))
np.random.seed(0)
kernel = shap.KernelExplainer(lambda z: z @ beta + b, background)
values = kernel.shap_values(rows, nsamples=2 * m + 2048, l1_reg=False, silent=True)
print(f"// log-odds Kernel SHAP: max |shap - closed form| = {np.abs(values - closed).max():.3g}")

probability = lambda z: model.predict_proba(z)[:, 1]
runs = []
for seed in range(8):
    np.random.seed(seed)
    explainer = shap.KernelExplainer(probability, background)
    runs.append(explainer.shap_values(rows[:2], nsamples=2 * m + 2048, l1_reg=False, silent=True))
runs = np.array(runs)
print(f"static let kernelProbabilityBase = {float(explainer.expected_value)!r}")
print(f"static let kernelProbabilityMean: [[Double]] = [{', '.join(swift_array(r) for r in runs.mean(axis=0))}]")
print(f"// largest standard deviation over seeds: {runs.std(axis=0).max():.3g}")
print(f"// largest |seed 0 - mean|: {np.abs(runs[0] - runs.mean(axis=0)).max():.3g}")

numeric = list(range(7))
small = LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(train[:, numeric], y[:700])
print(f"static let numericCoefficients: [Double] = {swift_array(small.coef_[0])}")
print(f"static let numericIntercept = {float(small.intercept_[0])!r}")
masker = shap.maskers.Independent(train[:50, numeric], max_samples=50)
exact = shap.explainers.Exact(lambda z: small.predict_proba(z)[:, 1], masker)(test[:5, numeric])
print(f"static let exactBase = {float(exact.base_values[0])!r}")
print(f"static let exactValues: [[Double]] = [{', '.join(swift_array(r) for r in exact.values)}]")
