"""The German Credit setup every mitigation reference script shares (imported, not run):
rows 0..699 train and 700..999 test in file order; the features of FeatureEncoder(columns:
german.featureColumns, standardizeNumeric: true) fitted on the training rows (numeric columns
standardised with the training rows' mean and population sd, booleans as 0/1, then
pandas.get_dummies of the categorical columns, categories sorted: 59 columns); label good = 1;
protected age_group, "age > 25" privileged; base model LogisticRegression(C=1) solved to the
optimum (newton-cholesky, tol 1e-12), as FairKit's LogisticRegression fits it.
"""
import json

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

from raw_datasets import RESOURCES, read_german

CODE_BOOK_KEYS = {"status": "status", "credit_history": "credit_history", "purpose": "purpose", "savings": "savings",
                  "employment": "present_employment", "personal_status": "status_sex", "other_debtors": "other_debtors",
                  "property": "property", "installment_plans": "installment_plans", "housing": "housing",
                  "skill_level": "job", "telephone": "telephone", "foreign_worker": "foreign_worker"}
NUMERIC = ["month", "credit_amount", "investment_as_income_percentage", "residence_since", "age",
           "number_of_credits", "people_liable_for"]
BOOLEAN = ["telephone", "foreign_worker"]


def german_setup():
    """(x_train, x_test, y_train, y_test, age_train, age_test) with age as "age > 25" / "age <= 25"."""
    raw = read_german()
    codes = json.load(open(RESOURCES + "values_maps.json"))
    table = pd.DataFrame()
    for name in raw.columns[:-1]:
        if name in CODE_BOOK_KEYS:
            meanings = raw[name].map(codes[CODE_BOOK_KEYS[name]])
            table[name] = meanings.astype(float) if name in BOOLEAN else meanings.str.strip()
        else:
            table[name] = raw[name].astype(float)
    y = (raw.credit == 1).astype(int).to_numpy()
    age = np.where(raw.age > 25, "age > 25", "age <= 25")
    train, test = slice(0, 700), slice(700, 1000)
    mean = table[NUMERIC].iloc[train].mean()
    sd = table[NUMERIC].iloc[train].std(ddof=0)
    table[NUMERIC] = (table[NUMERIC] - mean) / sd
    categorical = [c for c in table.columns if c not in NUMERIC + BOOLEAN]
    passthrough = [c for c in table.columns if c in NUMERIC + BOOLEAN]
    design = pd.concat([table[passthrough], pd.get_dummies(table[categorical], prefix_sep="=", dtype=float)], axis=1)
    x = design.to_numpy(dtype=float)
    return x[train], x[test], y[train], y[test], age[train], age[test]


def base_model():
    """LogisticRegression(C=1) at its optimum."""
    return LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12, max_iter=1000)


def swift(values, digits=17):
    return "[" + ", ".join(repr(float(v)) if digits == 17 else f"{float(v):.{digits}g}" for v in values) + "]"
