"""Reference numbers for `learn gate` and `learn monitor` on German Credit.

Embedded in Tests/WorkbenchTests/Governance/GovernanceGermanTests.swift. The setup of
mitigation_german.py (rows 0..699 train, 700..999 test, LogisticRegression(C=1) at its optimum,
label good = 1, groups age_group "age > 25" / "age <= 25"). Prints, on the test rows, the plain
model's accuracy and fairlearn's selection-rate difference and ratio by age_group (the gate's
numbers); and for the monitor, with the training rows as baseline: PSI (deciles of the baseline,
shares floored at 1e-4; categories one bin each) and scipy's KS test of every numeric column
and of the model's score, for the clean test rows and for the test rows with credit_amount
multiplied by 2.5 (the planted drift).
Run: /opt/refvenv/bin/python scripts/reference/governance_german.py
"""
import numpy as np
from fairlearn.metrics import MetricFrame, selection_rate
from scipy import stats

from mitigation_german import NUMERIC, german_setup, base_model
from raw_datasets import read_german

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
model = base_model().fit(x_train, y_train)
p_train, p_test = model.predict_proba(x_train)[:, 1], model.predict_proba(x_test)[:, 1]
pred = (p_test > 0.5).astype(int)
print("test accuracy", repr(float((pred == y_test).mean())))
mf = MetricFrame(metrics=selection_rate, y_true=y_test, y_pred=pred, sensitive_features=age_test)
print("selection rate by age_group", mf.by_group.to_dict())
print("difference", repr(float(mf.difference())), "ratio", repr(float(mf.ratio())))


def psi_numeric(a, b):
    cuts = np.unique(np.quantile(a, np.arange(1, 10) / 10))
    p = np.bincount(np.searchsorted(cuts, a, side="left"), minlength=len(cuts) + 1) / len(a)
    q = np.bincount(np.searchsorted(cuts, b, side="left"), minlength=len(cuts) + 1) / len(b)
    p, q = np.maximum(p, 1e-4), np.maximum(q, 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


def psi_categorical(a, b):
    levels = sorted(set(a) | set(b))
    p = np.maximum(np.array([np.mean(a == v) for v in levels]), 1e-4)
    q = np.maximum(np.array([np.mean(b == v) for v in levels]), 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


raw = read_german()
train, test = raw.iloc[:700], raw.iloc[700:]
drifted = test.copy()
drifted["credit_amount"] = drifted["credit_amount"] * 2.5
for name, batch in [("clean", test), ("drifted", drifted)]:
    worst_psi, worst_p = 0.0, 1.0
    for column in raw.columns[:-1]:
        a, b = train[column].to_numpy(), batch[column].to_numpy()
        if column in NUMERIC:
            psi = psi_numeric(a.astype(float), b.astype(float))
            p = stats.kstwobign.sf(np.sqrt(len(a) * len(b) / (len(a) + len(b))) * stats.ks_2samp(a, b).statistic)
            worst_p = min(worst_p, p)
            if name == "drifted" and column == "credit_amount":
                print(f"drifted credit_amount: PSI {psi!r}, KS D {stats.ks_2samp(a, b).statistic!r}")
        else:
            psi = psi_categorical(a, b)
        worst_psi = max(worst_psi, psi)
    print(f"{name}: largest PSI over the raw columns {worst_psi:.4f}, smallest KS p {worst_p:.4f}")
print("score: PSI", psi_numeric(p_train, p_test), "KS p",
      stats.kstwobign.sf(np.sqrt(700 * 300 / 1000) * stats.ks_2samp(p_train, p_test).statistic))
