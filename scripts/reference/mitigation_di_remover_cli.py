"""Reference repaired columns for learnTests/EndToEnd/DisparateImpactRemoverCLITests.swift: what
`learn mitigate --method di-remover --repaired-out R --repaired-test-out T` writes for German
Credit (rows 0..699 train.csv, 700..999 test.csv, protected age_group: age > 25 = 1). AIF360 0.6.1's
DisparateImpactRemover (BlackBoxAuditing 0.1.54's Repairer; `pip install --target DIR
BlackBoxAuditing==0.1.54` and put DIR on PYTHONPATH) at repair levels 1.0 and 0.5, applied with
`fit_transform` to the training rows and, separately, to the test rows, as the CLI does, on the 7
raw numeric columns. Printed per file and column: the sum, the sum of squares and the row-weighted
sum (sum of i * value, i = 0-based row) of the repaired values (integers, so exact), and the first
8 repaired values.

Run from the repository root:
PYTHONPATH=DIR /opt/refvenv/bin/python scripts/reference/mitigation_di_remover_cli.py
"""
import numpy as np
from aif360.algorithms.preprocessing import DisparateImpactRemover
from aif360.datasets import BinaryLabelDataset

from mitigation_german import NUMERIC
from raw_datasets import read_german


def repaired(rows, level):
    frame = rows[NUMERIC].astype(float).reset_index(drop=True)
    frame["age_group"] = (rows.age > 25).astype(float).to_numpy()
    frame["credit"] = (rows.credit == 1).astype(float).to_numpy()
    data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age_group"],
                              favorable_label=1.0, unfavorable_label=0.0)
    return DisparateImpactRemover(repair_level=level, sensitive_attribute="age_group").fit_transform(data).features


german = read_german()
for level in (1.0, 0.5):
    for name, rows in (("train", german.iloc[:700]), ("test", german.iloc[700:])):
        features = repaired(rows, level)
        print(f"// repair level {level}, {name}")
        for j, column_name in enumerate(NUMERIC):
            column = features[:, j]
            weighted = float((np.arange(len(column)) * column).sum())
            print(f"//   {column_name}: ({float(column.sum())!r}, {float((column ** 2).sum())!r}, {weighted!r}, "
                  f"{[float(v) for v in column[:8]]})")
