"""Reference weights for ReweighingTests.swift: AIF360 0.6.1's Reweighing on German Credit, the
protected attribute age > 25 (privileged) as AIF360's GermanDataset defines it, label good = 1
(favourable), every input weight 1.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/mitigation_reweighing.py
"""
import numpy as np
import pandas as pd
from aif360.datasets import BinaryLabelDataset
from aif360.algorithms.preprocessing import Reweighing

from raw_datasets import read_german

german = read_german()
frame = pd.DataFrame({"age": (german.age > 25).astype(float), "credit": (german.credit == 1).astype(float)})
data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age"],
                          favorable_label=1.0, unfavorable_label=0.0)
rw = Reweighing(unprivileged_groups=[{"age": 0}], privileged_groups=[{"age": 1}]).fit(data)
print(f"(priv, good) {float(rw.w_p_fav)!r}, (priv, bad) {float(rw.w_p_unfav)!r}, "
      f"(unpriv, good) {float(rw.w_up_fav)!r}, (unpriv, bad) {float(rw.w_up_unfav)!r}")
weights = rw.transform(data).instance_weights
print("sum of transformed weights", weights.sum(), "first five rows", [float(w) for w in weights[:5]])
