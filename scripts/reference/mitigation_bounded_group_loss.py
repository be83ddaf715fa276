"""Reference results for BoundedGroupLossTests.swift: Fairlearn 0.15's ExponentiatedGradient with
BoundedGroupLoss(ZeroOneLoss(), upper_bound=ζ), ζ = 0.22 (met by a mixture) and ζ = 0.2 (below
what any mixture reaches: the closest comes back), eps 0.01 (B = 100) and every other setting
default, on the German setup of mitigation_german.py with the base logistic regression.

BoundedGroupLoss is a loss moment, not a classification moment: the oracle fits the base model on
the original labels with weights 1 + λ_g / P(g) (rescaled to sum to n), and predict averages the
predictors' 0/1 outputs with the mixture weights, which is P(positive); the accuracy and group
error rates below are expected values over that randomisation, as FairKit computes them.

Run from the repository root: PYTHONPATH=scripts/reference /opt/refvenv/bin/python scripts/reference/mitigation_bounded_group_loss.py
"""
import numpy as np
from fairlearn.reductions import BoundedGroupLoss, ExponentiatedGradient, ZeroOneLoss

from mitigation_german import base_model, german_setup, swift

GROUPS = ("age > 25", "age <= 25")
x_train, x_test, y_train, y_test, age_train, age_test = german_setup()


def expected_errors(eg, x, y, groups):
    p = sum(w * eg.predictors_[j].predict(x) for j, w in eg.weights_.items())
    wrong = np.where(y == 1, 1 - p, p)
    return float(wrong.mean()), [float(wrong[groups == g].mean()) for g in GROUPS], p


for upper_bound in (0.22, 0.2):
    eg = ExponentiatedGradient(base_model(), constraints=BoundedGroupLoss(ZeroOneLoss(), upper_bound=upper_bound))
    eg.fit(x_train, y_train, sensitive_features=age_train)
    train_error, train_groups, _ = expected_errors(eg, x_train, y_train, age_train)
    test_error, test_groups, p = expected_errors(eg, x_test, y_test, age_test)
    print(f"// upper_bound {upper_bound}: nu {float(eg.nu)!r}, last_iter {eg.last_iter_}, best_iter {eg.best_iter_}, "
          f"best_gap {float(eg.best_gap_)!r}, predictors {len(eg.predictors_)}, oracle calls {eg.n_oracle_calls_}")
    print(f"//   weights {swift(eg.weights_.to_numpy(), 6)}")
    print(f"//   train error {train_error!r}, group errors (age > 25, age <= 25) {swift(train_groups)}")
    print(f"//   test expected accuracy {1 - test_error!r}, group errors {swift(test_groups)}, P(positive) rows 0..4 {swift(p[:5], 6)}")
