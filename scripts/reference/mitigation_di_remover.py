"""Reference repaired columns for DisparateImpactRemoverTests.swift: AIF360 0.6.1's
DisparateImpactRemover (BlackBoxAuditing 0.1.54's Repairer; install it beside the virtualenv with
`pip install --target DIR BlackBoxAuditing==0.1.54` and put DIR on PYTHONPATH) at repair levels 1.0
and 0.5 on German Credit's 7 raw numeric columns, training rows 0..699, protected age_group (age > 25
= 1). Printed per column: the sum and the sum of squares of the repaired values (integers, so exact)
and the first 8 repaired values.

Run from the repository root:
PYTHONPATH=DIR /opt/refvenv/bin/python scripts/reference/mitigation_di_remover.py
"""
import pandas as pd
from aif360.algorithms.preprocessing import DisparateImpactRemover
from aif360.datasets import BinaryLabelDataset

from mitigation_german import NUMERIC
from raw_datasets import read_german

german = read_german().iloc[:700]
frame = german[NUMERIC].astype(float)
frame["age_group"] = (german.age > 25).astype(float)
frame["credit"] = (german.credit == 1).astype(float)
data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age_group"],
                          favorable_label=1.0, unfavorable_label=0.0)
for level in (1.0, 0.5):
    repaired = DisparateImpactRemover(repair_level=level, sensitive_attribute="age_group").fit_transform(data)
    print(f"// repair level {level}")
    for j, name in enumerate(NUMERIC):
        column = repaired.features[:, j]
        print(f"//   {name}: sum {float(column.sum())!r}, sum of squares {float((column ** 2).sum())!r}, "
              f"first 8 {[float(v) for v in column[:8]]}")
