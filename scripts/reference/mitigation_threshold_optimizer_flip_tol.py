"""Reference numbers for ThresholdOptimizerFlipToleranceTests.swift: Fairlearn 0.15's ThresholdOptimizer on
the German setup of mitigation_german.py (prefit base logistic regression, predict_method "predict_proba",
fitted on the 700 training rows, objective accuracy_score, grid_size 1000) with
- flip=True for demographic_parity and equalized_odds;
- tol=0.05 (Fairlearn's only relaxation: the range of the groups' constraint rates at most tol, found by
  `maximize_objective_with_tolerance` over the grid) for demographic_parity and true_positive_rate_parity.
  Fairlearn 0.15 has no tol_method and rejects tol with equalized_odds; the last block shows that error.
Then P(positive) on the 300 test rows: mean, expected accuracy and per-group selection rates.
Flip changes nothing on German (every flipped point lies below the hull), so the last settings run flip on
"inverted" scores: the base model's P(good) for "age > 25" and 1 - P(good) for "age <= 25" (a model that is
worse than chance on the young group), through an estimator that looks the scores up by row number.

Run from the repository root: PYTHONPATH=scripts/reference /opt/refvenv/bin/python scripts/reference/mitigation_threshold_optimizer_flip_tol.py
"""
import numpy as np
from fairlearn.postprocessing import ThresholdOptimizer
from sklearn.base import BaseEstimator, ClassifierMixin

from mitigation_german import base_model, german_setup, swift

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
base = base_model().fit(x_train, y_train)
groups = ("age <= 25", "age > 25")
settings = [("demographic_parity", dict(flip=True)), ("equalized_odds", dict(flip=True)),
            ("demographic_parity", dict(tol=0.05)), ("true_positive_rate_parity", dict(tol=0.05))]
for constraint, extra in settings:
    to = ThresholdOptimizer(estimator=base, constraints=constraint, objective="accuracy_score", grid_size=1000,
                            prefit=True, predict_method="predict_proba", **extra).fit(x_train, y_train, sensitive_features=age_train)
    print(f"// {constraint} {extra}: x per group {to._x_best_per_group if 'tol' in extra else float(to._x_best)!r}, "
          f"y_best {float(to._y_best)!r}")
    for group, rule in to.interpolated_thresholder_.interpolation_dict.items():
        more = f", p_ignore {float(rule.p_ignore)!r}, constant {float(rule.prediction_constant)!r}" if "p_ignore" in rule else ""
        print(f"//   {group}: p0 {float(rule.p0)!r} {rule.operation0}, p1 {float(rule.p1)!r} {rule.operation1}{more}")
    p = to._pmf_predict(x_test, sensitive_features=age_test)[:, 1]
    accuracy = float(np.mean(np.where(y_test == 1, p, 1 - p)))
    rates = {g: float(p[age_test == g].mean()) for g in groups}
    tprs = {g: float(p[(age_test == g) & (y_test == 1)].mean()) for g in groups}
    print(f"//   test mean P {float(p.mean())!r}, rows 0..4 {swift(p[:5])}, expected accuracy {accuracy!r}")
    print(f"//   test selection rates {rates}, TPRs {tprs}")


class RowScores(BaseEstimator, ClassifierMixin):
    """predict_proba of row numbers in column 0: the stored score of that row."""
    def __init__(self, scores):
        self.scores, self.fitted_ = scores, True

    def fit(self, x, y):
        return self

    def predict_proba(self, x):
        s = self.scores[x[:, 0].astype(int)]
        return np.column_stack([1 - s, s])


p_good = np.concatenate([base.predict_proba(x_train)[:, 1], base.predict_proba(x_test)[:, 1]])
age = np.concatenate([age_train, age_test])
inverted = RowScores(np.where(age == "age <= 25", 1 - p_good, p_good))
rows = np.arange(1000, dtype=float).reshape(-1, 1)
for constraint in ("demographic_parity", "equalized_odds"):
    for flip in (False, True):
        to = ThresholdOptimizer(estimator=inverted, constraints=constraint, prefit=True, predict_method="predict_proba",
                                flip=flip).fit(rows[:700], y_train, sensitive_features=age_train)
        print(f"// inverted scores, {constraint}, flip={flip}: x_best {float(to._x_best)!r}, y_best {float(to._y_best)!r}")
        for group, rule in to.interpolated_thresholder_.interpolation_dict.items():
            more = f", p_ignore {float(rule.p_ignore)!r}" if "p_ignore" in rule else ""
            print(f"//   {group}: p0 {float(rule.p0)!r} {rule.operation0}, p1 {float(rule.p1)!r} {rule.operation1}{more}")
        p = to._pmf_predict(rows[700:], sensitive_features=age_test)[:, 1]
        accuracy = float(np.mean(np.where(y_test == 1, p, 1 - p)))
        rates = {g: float(p[age_test == g].mean()) for g in groups}
        print(f"//   test mean P {float(p.mean())!r}, rows 0..4 {swift(p[:5])}, expected accuracy {accuracy!r}, selection rates {rates}")
try:
    ThresholdOptimizer(estimator=base, constraints="equalized_odds", prefit=True, predict_method="predict_proba",
                       tol=0.05).fit(x_train, y_train, sensitive_features=age_train)
except ValueError as error:
    print(f"// equalized_odds with tol: ValueError {error}")
