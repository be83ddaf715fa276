"""Reference for MitigationDirectionTests.swift (testCompas: exponentiated gradient with equalized
odds, and reweighing, at the end): does Fairlearn's ExponentiatedGradient
with EqualizedOdds also see the equalized odds difference rise on COMPAS's held-out rows?

The setup of that test, as `learn mitigate` runs it: ProPublica's filter (6,172 rows, in file
order), rows 0..3999 to train and 4000..6171 to compare, label two_year_recid (1 = positive),
protected sex; the features are COMPAS's AIF360 columns without race and sex (the protected column
is left out of the features): age, juv_fel_count, juv_misd_count, juv_other_count, priors_count
standardised with the training rows' mean and population sd, age_cat, c_charge_degree and
c_charge_desc one-hot with the training rows' categories (a missing c_charge_desc is the training
rows' most frequent one; a category only the compared rows have is all zeros, as
--unknown-categories ignore does); base model LogisticRegression(C=1) at its optimum. Fairlearn
0.15's ExponentiatedGradient(EqualizedOdds(), eps=0.01) with its other defaults.

Printed: the equalized odds difference (the larger of the TPR and FPR gaps between the sexes) of the
plain model's decisions (`predict`, P > 0.5) and of the mixture's P(positive) (`_pmf_predict`, as
expected values over its coin flips), on the training and on the compared rows; and the mixture's
constraint value on the training rows.

Run from the repository root:
PYTHONPATH=scripts/reference /opt/refvenv/bin/python scripts/reference/mitigation_compas_equalized_odds.py
"""
import numpy as np
import pandas as pd
from fairlearn.reductions import EqualizedOdds, ExponentiatedGradient
from sklearn.linear_model import LogisticRegression

from raw_datasets import RESOURCES

df = pd.read_csv(RESOURCES + "compas-scores-two-years.csv")
df = df[df.days_b_screening_arrest.between(-30, 30) & (df.is_recid != -1) & (df.c_charge_degree != "O")
        & (df.score_text != "N/A")].reset_index(drop=True)
NUMERIC = ["age", "juv_fel_count", "juv_misd_count", "juv_other_count", "priors_count"]
CATEGORICAL = ["age_cat", "c_charge_degree", "c_charge_desc"]
train, test = slice(0, 4000), slice(4000, len(df))
frame = df[NUMERIC + CATEGORICAL].copy()
frame["c_charge_desc"] = frame.c_charge_desc.fillna(frame.c_charge_desc.iloc[train].mode()[0])
mean, sd = frame[NUMERIC].iloc[train].mean(), frame[NUMERIC].iloc[train].std(ddof=0)
frame[NUMERIC] = (frame[NUMERIC] - mean) / sd
for c in CATEGORICAL:
    frame[c] = pd.Categorical(frame[c], categories=sorted(frame[c].iloc[train].unique()))
x = pd.concat([frame[NUMERIC], pd.get_dummies(frame[CATEGORICAL], prefix_sep="=", dtype=float)], axis=1).to_numpy(dtype=float)
y = df.two_year_recid.to_numpy()
sex = df.sex.to_numpy()


def equalized_odds_difference(p, labels, groups):
    """max(|TPR_a - TPR_b|, |FPR_a - FPR_b|) of expected values, over the groups' largest gaps."""
    tpr = [p[(groups == g) & (labels == 1)].mean() for g in np.unique(groups)]
    fpr = [p[(groups == g) & (labels == 0)].mean() for g in np.unique(groups)]
    return max(max(tpr) - min(tpr), max(fpr) - min(fpr))


def base():
    return LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12, max_iter=1000)


print(f"design: {x.shape[1]} columns, {x[train].shape[0]} training rows, {x[test].shape[0]} compared rows")
plain = base().fit(x[train], y[train])
eg = ExponentiatedGradient(base(), constraints=EqualizedOdds(), eps=0.01)
eg.fit(x[train], y[train], sensitive_features=sex[train])
for name, rows in (("training", train), ("compared", test)):
    baseline = equalized_odds_difference(plain.predict(x[rows]).astype(float), y[rows], sex[rows])
    mitigated = equalized_odds_difference(eg._pmf_predict(x[rows])[:, 1], y[rows], sex[rows])
    print(f"{name} rows: equalized odds difference, plain {baseline!r}, exponentiated gradient {mitigated!r}")
weights = eg.weights_[eg.weights_ > 0]
print(f"mixture: {len(weights)} predictors, weights {[round(float(w), 4) for w in weights]}, "
      f"best gap {eg.best_gap_!r}, iterations {eg.last_iter_}")


# Reweighing (Kamiran and Calders; AIF360's weights W(s, y) = P(s) P(y) / P(s, y) on the training
# rows) with the same base model refitted on the weights: the demographic parity difference
# (|selection rate of Female - of Male|) of the plain and the reweighed model's decisions.
def parity_difference(decisions, groups):
    rates = [decisions[groups == g].mean() for g in np.unique(groups)]
    return max(rates) - min(rates)


s_train, y_train = sex[train], y[train]
weights = np.empty(len(y_train))
for s in np.unique(s_train):
    for label in (0, 1):
        cell = (s_train == s) & (y_train == label)
        weights[cell] = (s_train == s).mean() * (y_train == label).mean() / cell.mean()
reweighed = base().fit(x[train], y_train, sample_weight=weights)
for name, rows in (("training", train), ("compared", test)):
    print(f"{name} rows: demographic parity difference of decisions, plain "
          f"{parity_difference(plain.predict(x[rows]).astype(float), sex[rows])!r}, reweighed "
          f"{parity_difference(reweighed.predict(x[rows]).astype(float), sex[rows])!r}")
