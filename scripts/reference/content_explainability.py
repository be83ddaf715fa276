"""Reference figures for module 5 of the course, "Explainability"
(Tests/ExerciseSuites/05-explainability), each from an implementation other than the exercise's:

  - ExactShapleySuite: Shapley values of the suite's table games as the average of each player's
    marginal contribution over all M! orderings (itertools.permutations), not the subset formula;
  - KernelShapWeightSuite: the Shapley kernel (M-1) / (C(M,s) s (M-s)) in exact rationals
    (fractions.Fraction, math.comb), and the size distribution shap's KernelExplainer samples from
    (shap/explainers/_kernel.py: weight_vector over sizes 1..ceil((M-1)/2), paired sizes doubled);
  - LimeKernelSuite: lime 0.2's LimeTabularExplainer default kernel and kernel width (the functions
    lime builds in __init__), and scikit-learn's LinearRegression with sample_weight;
  - PermutationImportanceSuite: scikit-learn's own _calculate_permutation_scores, fed the suite's
    permutations through a random_state whose shuffle writes them, with a fixed linear classifier;
  - PartialDependenceSuite: scikit-learn's _grid_from_X (percentiles 5..95) and
    partial_dependence(kind="both", method="brute") on a LogisticRegression with set coefficients;
  - GermanLinearShapSuite: shap.LinearExplainer (interventional, all 700 training rows) on German
    Credit's standardised one-hot design (models_german.py's standardisation: population sd over
    the 1,000 rows), LogisticRegression(C=1) fitted on rows 0..699 by newton-cholesky at tol 1e-12,
    test row 700 explained; the 59 values summed by source column.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/content_explainability.py
"""
import itertools
import math
import sys
import warnings
from fractions import Fraction

import numpy as np

warnings.simplefilter("ignore")
sys.path.insert(0, "scripts/reference")

print("== ExactShapleySuite: average marginal contribution over all orderings")


def shapley_by_orderings(table):
    m = int(math.log2(len(table)))
    phi = [0.0] * m
    orders = list(itertools.permutations(range(m)))
    for order in orders:
        mask = 0
        for p in order:
            phi[p] += table[mask | (1 << p)] - table[mask]
            mask |= 1 << p
    return [v / len(orders) for v in phi]


games = {
    "credit three features": [0.30, 0.50, 0.40, 0.70, 0.30, 0.55, 0.45, 0.80],
    "glove two players": [0.0, 0.0, 0.0, 1.0],
    "one player": [0.2, 0.9],
    "dummy player 2": [0.1, 0.4, 0.3, 0.9, 0.1, 0.4, 0.3, 0.9],
    "four players majority": [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1],
    "weighted vote 3,2,1,1 quota 4": [1.0 if sum(w for i, w in enumerate([3, 2, 1, 1]) if m >> i & 1) >= 4 else 0.0
                                      for m in range(16)],
    "four players v(S) = (sum of 1,2,3,4 in S) squared": [float(sum(i + 1 for i in range(4) if m >> i & 1) ** 2)
                                                           for m in range(16)],
}
for name, table in games.items():
    print(name, [repr(v) for v in shapley_by_orderings([float(v) for v in table])])

print("== KernelShapWeightSuite: exact rationals")
for m, s in [(4, 1), (4, 2), (4, 3), (3, 1), (59, 1), (40, 20), (70, 35), (2, 1)]:
    w = Fraction(m - 1, math.comb(m, s) * s * (m - s))
    print(f"pi({m}, {s}) = {w} = {float(w)!r}")
for m in [2, 3, 4, 5, 59]:
    sizes = range(1, m)
    raw = [Fraction(m - 1, s * (m - s)) for s in sizes]
    total = sum(raw)
    shares = [r / total for r in raw]
    # shap's KernelExplainer: sizes 1..ceil((M-1)/2), the paired ones doubled, then normalised.
    num_subset_sizes = int(np.ceil((m - 1) / 2.0))
    num_paired = int(np.floor((m - 1) / 2.0))
    wv = np.array([(m - 1.0) / (i * (m - i)) for i in range(1, num_subset_sizes + 1)])
    wv[:num_paired] *= 2
    wv /= np.sum(wv)
    folded = [float(shares[i - 1] + (shares[m - i - 1] if i != m - i else 0)) for i in range(1, num_subset_sizes + 1)]
    if m <= 5:
        print(f"M={m} shares by size 1..{m-1}: {[str(x) for x in shares]} = {[float(x) for x in shares]}")
    else:
        print(f"M={m} share of size 1: {float(shares[0])!r}, size 29: {float(shares[28])!r}")
    print(f"   shap folded weight_vector {wv.tolist()} vs ours folded {folded}")

print("== LimeKernelSuite: lime's kernel and width, scikit-learn's weighted fit")
import inspect  # noqa: E402
from lime.lime_tabular import LimeTabularExplainer  # noqa: E402
from sklearn.linear_model import LinearRegression  # noqa: E402

train = np.random.RandomState(0).normal(size=(20, 59))
explainer = LimeTabularExplainer(train, discretize_continuous=False)
width59 = explainer.base.kernel_fn.keywords["kernel_width"]
print("default width for 59 columns", repr(width59), "for 4 columns",
      repr(LimeTabularExplainer(train[:, :4], discretize_continuous=False).base.kernel_fn.keywords["kernel_width"]))
kernel = explainer.base.kernel_fn.func
for d, w in [(0.0, 0.75), (0.75, 0.75), (1.0, 2.0), (3.0, 0.75), (2.0, 5.760859), (1.5, 1.5)]:
    print(f"kernel(d={d}, width={w}) = {float(kernel(np.array([d]), kernel_width=w)[0])!r}")
for name, x, y, sw in [
    ("line", [0, 1, 2, 3], [1, 3, 5, 7], [1, 1, 1, 1]),
    ("weighted", [0, 1, 2, 3], [0, 2, 1, 5], [1.0, 0.5, 0.25, 2.0]),
    ("zero weight ignored", [0, 1, 2, 10], [1, 2, 3, -40], [1, 1, 1, 0]),
    ("small weights", [0, 1, 2], [1, 0, 4], [0.1, 0.1, 0.1]),
]:
    fit = LinearRegression().fit(np.array(x, dtype=float).reshape(-1, 1), y, sample_weight=sw)
    print(f"{name}: intercept {float(fit.intercept_)!r} slope {float(fit.coef_[0])!r}")

print("== PermutationImportanceSuite: scikit-learn's permutation scores with given permutations")
from sklearn.base import BaseEstimator, ClassifierMixin  # noqa: E402
from sklearn.inspection._permutation_importance import _calculate_permutation_scores  # noqa: E402
from sklearn.metrics import check_scoring  # noqa: E402


class Linear(ClassifierMixin, BaseEstimator):
    def __init__(self, w=None, b=0.0):
        self.w, self.b = w, b

    def fit(self, x, y):
        self.classes_ = np.array([0, 1])
        return self

    def predict(self, x):
        return (np.asarray(x) @ np.asarray(self.w) + self.b >= 0).astype(int)


class GivenShuffles(np.random.RandomState):
    """A random_state whose shuffle writes the next given permutation."""
    def __init__(self, permutations):
        super().__init__(0)
        self.permutations = list(permutations)

    def shuffle(self, idx):
        idx[:] = self.permutations.pop(0)


def importance(rows, labels, w, b, perms):
    x, y = np.array(rows, dtype=float), np.array(labels)
    est = Linear(w, b).fit(x, y)
    scorer = check_scoring(est, scoring="accuracy")
    base = scorer(est, x, y)
    out = []
    for j in range(len(w)):
        # One call per permutation: scikit-learn shuffles the already shuffled column on each repeat,
        # while the exercise (and FairKit) shuffles the original column each time.
        scores = [_calculate_permutation_scores(est, x, y, None, j, GivenShuffles([p]), 1, scorer, len(rows))[0]
                  for p in perms]
        drops = base - np.asarray(scores)
        out.append((float(drops.mean()), float(drops.std())))
    return base, out


cases = {
    "four rows": ([[1, 0], [2, 1], [-1, 0], [-2, 1]], [1, 1, 0, 0], [1.0, 0.5], -0.25,
                  [[1, 0, 3, 2], [2, 3, 0, 1], [3, 2, 1, 0]]),
    "negative importance": ([[1, 1], [1, -1], [-1, 1], [-1, -1]], [1, 0, 1, 0], [1.0, 0.0], 0.0,
                            [[0, 2, 1, 3], [1, 0, 3, 2]]),
    "six rows ties": ([[3, 1], [2, -1], [1, 1], [-1, -1], [-2, 1], [-3, -1]], [1, 1, 1, 0, 0, 0], [1.0, 1.0], 0.0,
                      [[5, 4, 3, 2, 1, 0], [1, 0, 3, 2, 5, 4]]),
    "a score of exactly 0": ([[0], [1], [-1]], [1, 1, 0], [1.0], 0.0, [[2, 1, 0]]),
}
for name, (rows, labels, w, b, perms) in cases.items():
    base, imp = importance(rows, labels, w, b, perms)
    print(name, "baseline", repr(float(base)), "importances (mean, sd)", imp)

print("== PartialDependenceSuite: scikit-learn's grid and curves")
from sklearn.inspection import partial_dependence  # noqa: E402
from sklearn.inspection._partial_dependence import _grid_from_X  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

for values, res in [([3, 1, 2, 2, 5], 10), ([float(v) for v in range(1, 21)], 5), ([0.5, 1.5, 2.0, 9.0], 4),
                    ([7.0, 7.0, 7.0], 3)]:
    col = np.array(values, dtype=float).reshape(-1, 1)
    try:
        _, axes = _grid_from_X(col, (0.05, 0.95), [False], res, {})
        print(f"grid({values}, {res}) = {[float(g) for g in axes[0]]}")
    except ValueError as e:
        print(f"grid({values}, {res}) raises: {e}")
rows = np.array([[0.0, 1.0], [1.0, -1.0], [2.0, 0.5]])
lr = LogisticRegression().fit(np.array([[0, 0], [1, 1], [2, 0], [0, 2]]), [0, 1, 1, 0])
lr.coef_, lr.intercept_ = np.array([[0.8, -0.5]]), np.array([-0.4])
pd_ = partial_dependence(lr, rows, [0], kind="both", method="brute", custom_values={0: [0.0, 1.0, 2.0]})
print("pd feature 0 on grid [0, 1, 2]: average", pd_["average"][0].tolist())
print("   individual", pd_["individual"][0].tolist())
pd1 = partial_dependence(lr, rows, [1], kind="both", method="brute", custom_values={1: [-1.0, 1.0]})
print("pd feature 1 on grid [-1, 1]: average", pd1["average"][0].tolist())
print("   individual", pd1["individual"][0].tolist())

print("== GermanLinearShapSuite: shap.LinearExplainer on the standardised design, test row 700")
import pandas as pd  # noqa: E402
import shap  # noqa: E402

from explain_german import NUMERIC, design  # noqa: E402

x, y, names, source = design()
frame = pd.DataFrame(x, columns=names)
frame[NUMERIC] = (frame[NUMERIC] - frame[NUMERIC].mean()) / frame[NUMERIC].std(ddof=0)
x = frame.to_numpy()
model = LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(x[:700], y[:700])
linear = shap.LinearExplainer(model, shap.maskers.Independent(x[:700], max_samples=700))
phi = linear.shap_values(x[700:701])[0]
by_column = {}
for value, column in zip(phi, source):
    by_column[column] = by_column.get(column, 0.0) + float(value)
ranked = sorted(by_column.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
print("base (log-odds)", repr(float(linear.expected_value)), "f(x) log-odds", repr(float(model.decision_function(x[700:701])[0])))
for column, value in ranked:
    print(f"  {column}: {value!r}")
print("sum", repr(sum(by_column.values())))
