"""Reference results for ExponentiatedGradientTests.swift: Fairlearn 0.15's ExponentiatedGradient
with DemographicParity(difference_bound=0.01) (and EqualizedOdds, TruePositiveRateParity), all
other settings default (max_iter 50, eta0 2.0, nu from the data), on the German setup of
mitigation_german.py with the base logistic regression. Accuracy and the demographic parity
difference on the 300 test rows are expected values over the randomisation (from _pmf_predict),
as FairKit computes them.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/mitigation_exponentiated_gradient.py
"""
import numpy as np
from fairlearn.reductions import DemographicParity, EqualizedOdds, ExponentiatedGradient, TruePositiveRateParity

from mitigation_german import base_model, german_setup, swift

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
for name, moment in (("demographic_parity", DemographicParity(difference_bound=0.01)),
                     ("equalized_odds", EqualizedOdds(difference_bound=0.01)),
                     ("true_positive_rate_parity", TruePositiveRateParity(difference_bound=0.01))):
    eg = ExponentiatedGradient(base_model(), constraints=moment).fit(x_train, y_train, sensitive_features=age_train)
    p = eg._pmf_predict(x_test)[:, 1]
    accuracy = np.mean(np.where(y_test == 1, p, 1 - p))
    rates = [p[age_test == g].mean() for g in ("age > 25", "age <= 25")]
    tpr = [p[(age_test == g) & (y_test == 1)].mean() for g in ("age > 25", "age <= 25")]
    fpr = [p[(age_test == g) & (y_test == 0)].mean() for g in ("age > 25", "age <= 25")]
    print(f"// {name}: nu {float(eg.nu)!r}, last_iter {eg.last_iter_}, best_iter {eg.best_iter_}, "
          f"best_gap {float(eg.best_gap_)!r}, predictors {len(eg.predictors_)}, oracle calls {eg.n_oracle_calls_}")
    print(f"//   weights {swift(eg.weights_.to_numpy(), 6)}")
    print(f"//   test expected accuracy {float(accuracy)!r}, DP difference {float(abs(rates[0] - rates[1]))!r}, "
          f"TPR difference {float(abs(tpr[0] - tpr[1]))!r}, FPR difference {float(abs(fpr[0] - fpr[1]))!r}")
    print(f"//   test P(positive) mean {float(p.mean())!r}, rows 0..4 {swift(p[:5], 6)}, "
          f"share strictly between 0 and 1 {float(np.mean((p > 0) & (p < 1)))!r}")
