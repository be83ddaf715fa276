"""Reference coefficients for GermanCreditLogisticTests.swift: logistic regression (C = 1) on
German Credit's one-hot encoding, as FairKit's FeatureEncoder builds it from Dataset.germanCredit().

The design is rebuilt here from the raw file: qualitative attributes decoded with values_maps.json
(meanings trimmed; telephone and foreign_worker as booleans), the label good = 1; then the
pass-through columns (numeric and boolean, in attribute order) followed by pandas.get_dummies of
the categorical ones (prefix_sep="=", categories sorted): 59 columns (it prints the count). Two variants: numeric
columns as they are (credit amounts in the thousands) and standardised (population sd, as
StandardScaler / FeatureEncoder(standardizeNumeric: true)).

For each variant it fits LogisticRegression(C=1) three ways and prints the coefficients (then the
intercept) as Swift literals:
  lbfgs, tol=1e-10, max_iter=10000  (the brief's "tight" reference)
  newton-cholesky, tol=1e-12        (a Newton solver like ours: the optimum to ~1e-10)
  lbfgs with scikit-learn's defaults, reported only as the distance from the optimum.
On the raw variant lbfgs needs thousands of iterations and still stops 0.02 away from the
optimum, so that variant's test compares with newton-cholesky only.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/models_german.py
"""
import json
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

from models_design import swift_array

warnings.simplefilter("ignore")
R = "Sources/FairKit/Data/Datasets/Resources/"
ATTRIBUTES = [("status", "status"), ("month", None), ("credit_history", "credit_history"), ("purpose", "purpose"),
              ("credit_amount", None), ("savings", "savings"), ("employment", "present_employment"),
              ("investment_as_income_percentage", None), ("personal_status", "status_sex"),
              ("other_debtors", "other_debtors"), ("residence_since", None), ("property", "property"), ("age", None),
              ("installment_plans", "installment_plans"), ("housing", "housing"), ("number_of_credits", None),
              ("skill_level", "job"), ("people_liable_for", None), ("telephone", "telephone"),
              ("foreign_worker", "foreign_worker")]

codes = json.load(open(R + "values_maps.json"))
raw = pd.read_csv(R + "german.data", sep=" ", header=None, names=[a for a, _ in ATTRIBUTES] + ["credit"], dtype=str)
y = (raw.credit == "1").astype(int).to_numpy()
table = pd.DataFrame()
for name, key in ATTRIBUTES:
    if key is None:
        table[name] = raw[name].astype(float)
    else:
        meanings = raw[name].map(codes[key])
        table[name] = meanings.astype(float) if isinstance(next(iter(codes[key].values())), bool) else meanings.str.strip()
categorical = [name for name, key in ATTRIBUTES if key is not None and name not in ("telephone", "foreign_worker")]
passthrough = [name for name, _ in ATTRIBUTES if name not in categorical]
numeric = [name for name, key in ATTRIBUTES if key is None]

for variant in ("raw", "standardised"):
    frame = table.copy()
    if variant == "standardised":
        frame[numeric] = (frame[numeric] - frame[numeric].mean()) / frame[numeric].std(ddof=0)
    design = pd.concat([frame[passthrough], pd.get_dummies(frame[categorical], prefix_sep="=", dtype=float)], axis=1)
    x = design.to_numpy(dtype=float)
    fits = {}
    for label, settings in (("lbfgs", dict(tol=1e-10, max_iter=10000)),
                            ("newtonCholesky", dict(solver="newton-cholesky", tol=1e-12, max_iter=1000)),
                            ("lbfgsDefault", dict())):
        model = LogisticRegression(C=1.0, **settings).fit(x, y)
        fits[label] = (np.r_[model.coef_[0], model.intercept_[0]], int(model.n_iter_[0]))
    optimum = fits["newtonCholesky"][0]
    print(f"// {variant}: {x.shape[1]} columns; first names {list(design.columns[:3])}, last {list(design.columns[-2:])}")
    for label, (params, iterations) in fits.items():
        print(f"// {label}: {iterations} iterations, max |difference from newton-cholesky| "
              f"{np.abs(params - optimum).max():.3g}")
    print(f"lbfgs: {swift_array(fits['lbfgs'][0])},")
    print(f"newtonCholesky: {swift_array(optimum)},")
print(f"// feature names: {json.dumps(list(design.columns))}")
