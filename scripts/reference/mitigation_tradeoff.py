"""Reference points for MitigateRequestTests+Tradeoff.swift: the exponentiated-gradient points of
`learn tradeoff` other than eps 0.01 (mitigation_exponentiated_gradient.py has that one), Fairlearn
0.15's ExponentiatedGradient(eps=e) with DemographicParity(difference_bound=e), e = 0.05 and 0.1,
on the German setup of mitigation_german.py; accuracy and DP difference on the 300 test rows are
expected values over the randomisation (from _pmf_predict), as FairKit scores a sweep's points.

Run from the repository root: PYTHONPATH=scripts/reference /opt/refvenv/bin/python scripts/reference/mitigation_tradeoff.py
"""
import numpy as np
from fairlearn.reductions import DemographicParity, ExponentiatedGradient

from mitigation_german import base_model, german_setup

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
for eps in (0.05, 0.1):
    eg = ExponentiatedGradient(base_model(), constraints=DemographicParity(difference_bound=eps), eps=eps)
    eg.fit(x_train, y_train, sensitive_features=age_train)
    p = eg._pmf_predict(x_test)[:, 1]
    accuracy = np.mean(np.where(y_test == 1, p, 1 - p))
    rates = [p[age_test == g].mean() for g in ("age > 25", "age <= 25")]
    print(f"// eps {eps}: test expected accuracy {float(accuracy)!r}, DP difference {float(abs(rates[0] - rates[1]))!r}, "
          f"oracle calls {eg.n_oracle_calls_}")
