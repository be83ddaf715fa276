"""Reference thresholds for ThresholdOptimizerTests.swift: Fairlearn 0.15's ThresholdOptimizer on
the German setup of mitigation_german.py (prefit base logistic regression, predict_method
"predict_proba", fitted on the 700 training rows), constraints demographic_parity and
equalized_odds, objective accuracy_score, grid_size 1000; then P(positive) on the 300 test rows.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/mitigation_threshold_optimizer.py
"""
import numpy as np
from fairlearn.postprocessing import ThresholdOptimizer

from mitigation_german import base_model, german_setup, swift

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
base = base_model().fit(x_train, y_train)
print("// base test P(good), first 3:", swift(base.predict_proba(x_test)[:3, 1]))
for constraint in ("demographic_parity", "equalized_odds"):
    to = ThresholdOptimizer(estimator=base, constraints=constraint, objective="accuracy_score", grid_size=1000,
                            prefit=True, predict_method="predict_proba").fit(x_train, y_train, sensitive_features=age_train)
    print(f"// {constraint}: x_best {float(to._x_best)!r}")
    for group, rule in to.interpolated_thresholder_.interpolation_dict.items():
        extra = f", p_ignore {float(rule.p_ignore)!r}, constant {float(rule.prediction_constant)!r}" if "p_ignore" in rule else ""
        print(f"//   {group}: p0 {float(rule.p0)!r} > {rule.operation0.threshold!r}, p1 {float(rule.p1)!r} > {rule.operation1.threshold!r}{extra}")
    p = to._pmf_predict(x_test, sensitive_features=age_test)[:, 1]
    print(f"//   test P(positive): mean {float(p.mean())!r}; rows 0..4 {swift(p[:5])}")
    expected_accuracy = np.mean(np.where(y_test == 1, p, 1 - p))
    rates = {g: float(p[age_test == g].mean()) for g in ("age > 25", "age <= 25")}
    print(f"//   test expected accuracy {float(expected_accuracy)!r}, selection rates {rates}")
