"""Reference mixing rates for EqualizedOddsPostprocessingTests.swift and CalibratedEqualizedOddsTests.swift:
AIF360 0.6.1's EqOddsPostprocessing and CalibratedEqOddsPostprocessing (cost_constraint "weighted",
"fpr", "fnr") on the German setup of mitigation_german.py, fitted on the 700 training rows with the
base logistic regression's predictions (labels: P(good) > 0.5; scores: P(good)); age > 25 privileged.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/mitigation_eq_odds.py
"""
import numpy as np
import pandas as pd
from aif360.algorithms.postprocessing import CalibratedEqOddsPostprocessing, EqOddsPostprocessing
from aif360.datasets import BinaryLabelDataset

from mitigation_german import base_model, german_setup

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
base = base_model().fit(x_train, y_train)


def dataset(labels, age, scores=None):
    frame = pd.DataFrame({"age": (age == "age > 25").astype(float), "credit": labels.astype(float)})
    data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age"],
                              favorable_label=1.0, unfavorable_label=0.0)
    if scores is not None:
        data.scores = scores.reshape(-1, 1)
    return data


groups = dict(unprivileged_groups=[{"age": 0}], privileged_groups=[{"age": 1}])
p_train = base.predict_proba(x_train)[:, 1]
truth, predicted = dataset(y_train, age_train), dataset((p_train > 0.5).astype(int), age_train, p_train)
eo = EqOddsPostprocessing(**groups, seed=0).fit(truth, predicted)
sp2p, sn2p, op2p, on2p = eo.model_params.x
print(f"// EqOdds: privileged p2p {sp2p!r}, n2p {sn2p!r}; unprivileged p2p {op2p!r}, n2p {on2p!r}; "
      f"objective {eo.model_params.fun!r}")
for cost in ("weighted", "fpr", "fnr"):
    ceo = CalibratedEqOddsPostprocessing(**groups, cost_constraint=cost, seed=0).fit(truth, predicted)
    print(f"// CalibratedEqOdds {cost}: priv_mix_rate {float(ceo.priv_mix_rate)!r}, "
          f"unpriv_mix_rate {float(ceo.unpriv_mix_rate)!r}, base rates {float(ceo.base_rate_priv)!r}, "
          f"{float(ceo.base_rate_unpriv)!r}")
