"""Reference result for MitigateRequestTests+Preprocessing.swift: what `learn mitigate --method
correlation-remover` computes on the German setup of mitigation_german.py, done with Fairlearn
0.15 and scikit-learn: the 59 design columns with one 0/1 indicator per age group appended
(columns 59 and 60), Fairlearn's CorrelationRemover(alpha) fitted on the training rows and
applied to both sets, LogisticRegression(C=1) refitted on the result; the test rows' accuracy
and demographic parity difference of its decisions (P(good) > 0.5), as the CLI scores a
deterministic model.

Run from the repository root: PYTHONPATH=scripts/reference /opt/refvenv/bin/python scripts/reference/mitigation_correlation_remover_cli.py
"""
import numpy as np
from fairlearn.preprocessing import CorrelationRemover

from mitigation_german import base_model, german_setup

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
GROUPS = ("age <= 25", "age > 25")


def with_groups(x, age):
    return np.column_stack([x] + [(age == g).astype(float) for g in GROUPS])


for alpha in (1.0, 0.5):
    remover = CorrelationRemover(sensitive_feature_ids=[59, 60], alpha=alpha).fit(with_groups(x_train, age_train))
    model = base_model().fit(remover.transform(with_groups(x_train, age_train)), y_train)
    p = model.predict(remover.transform(with_groups(x_test, age_test))).astype(float)
    accuracy = np.mean(p == y_test)
    rates = [p[age_test == g].mean() for g in GROUPS]
    print(f"// alpha {alpha}: test accuracy {float(accuracy)!r}, DP difference {float(abs(rates[0] - rates[1]))!r}")
