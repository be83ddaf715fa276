"""Reference values for CorrelationRemoverTests.swift: Fairlearn 0.15's CorrelationRemover on the
German training design of mitigation_german.py (59 columns) with a 0/1 column "age > 25" appended
as the sensitive feature (index 59), alpha 1.0 and 0.5: the transformed first row and the
column sums (the means of the features are kept, so the sums equal the originals at any alpha).

Run from the repository root: /opt/refvenv/bin/python scripts/reference/mitigation_correlation_remover.py
"""
import numpy as np
from fairlearn.preprocessing import CorrelationRemover

from mitigation_german import german_setup, swift

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
x = np.column_stack([x_train, (age_train == "age > 25").astype(float)])
for alpha in (1.0, 0.5):
    remover = CorrelationRemover(sensitive_feature_ids=[59], alpha=alpha).fit(x)
    out = remover.transform(x)
    print(f"// alpha {alpha}: first row columns 0..4 {swift(out[0, :5])}")
    print(f"//   beta columns 0..4 {swift(remover.beta_[0, :5])}")
