"""Reference results for GridSearchTests.swift: Fairlearn 0.15's GridSearch with its defaults
(grid_size 10, grid_limit 2.0, constraint_weight 0.5) and DemographicParity / EqualizedOdds, on the
German setup of mitigation_german.py with the base logistic regression.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/mitigation_grid_search.py
"""
import numpy as np
from fairlearn.reductions import DemographicParity, EqualizedOdds, GridSearch

from mitigation_german import base_model, german_setup, swift

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
for name, moment in (("demographic_parity", DemographicParity()), ("equalized_odds", EqualizedOdds())):
    gs = GridSearch(base_model(), constraints=moment).fit(x_train, y_train, sensitive_features=age_train)
    h = gs.predict(x_test)
    rates = [h[age_test == g].mean() for g in ("age > 25", "age <= 25")]
    print(f"// {name}: best_idx {gs.best_idx_}, grid columns {gs.lambda_vecs_.shape[1]}")
    print(f"//   lambda index {list(gs.lambda_vecs_.index)}")
    print(f"//   best lambda {swift(gs.lambda_vecs_[gs.best_idx_].to_numpy(), 6)}")
    print(f"//   training errors {swift(gs.objectives_, 6)}")
    print(f"//   test accuracy {float(np.mean(h == y_test))!r}, DP difference {float(abs(rates[0] - rates[1]))!r}, "
          f"test P(good) rows 0..2 {swift(gs.predict_proba(x_test)[:3, 1])}")
