"""Reference threshold and margin for RejectOptionClassificationTests.swift: AIF360 0.6.1's
RejectOptionClassification with its defaults (thresholds 0.01..0.99 x 100, 50 margins, statistical
parity difference within [-0.05, 0.05]) on the German setup of mitigation_german.py, fitted on the
700 training rows with the base logistic regression's P(good) as scores; age > 25 privileged.
Also the average-odds variant.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/mitigation_reject_option.py
"""
import pandas as pd
from aif360.algorithms.postprocessing import RejectOptionClassification
from aif360.datasets import BinaryLabelDataset

from mitigation_german import base_model, german_setup

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
base = base_model().fit(x_train, y_train)
frame = pd.DataFrame({"age": (age_train == "age > 25").astype(float), "credit": y_train.astype(float)})
truth = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age"],
                           favorable_label=1.0, unfavorable_label=0.0)
predicted = truth.copy(deepcopy=True)
predicted.scores = base.predict_proba(x_train)[:, 1].reshape(-1, 1)
for metric in ("Statistical parity difference", "Average odds difference"):
    roc = RejectOptionClassification(unprivileged_groups=[{"age": 0}], privileged_groups=[{"age": 1}],
                                     metric_name=metric).fit(truth, predicted)
    print(f"// {metric}: threshold {float(roc.classification_threshold)!r}, margin {float(roc.ROC_margin)!r}")
