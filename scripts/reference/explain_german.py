"""German Credit as the explainer reference scripts use it: the raw one-hot design that FairKit's
FeatureEncoder(columns: german.featureColumns) builds from Dataset.germanCredit() (numeric and
boolean columns first, then pandas.get_dummies of the categorical ones, prefix_sep="=", categories
sorted; see models_german.py), the label good = 1, rows 0..699 for training and 700..999 for test.
"""
import json

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

from raw_datasets import GERMAN_COLUMNS, RESOURCES, read_german

KEYS = {"status": "status", "credit_history": "credit_history", "purpose": "purpose", "savings": "savings",
        "employment": "present_employment", "personal_status": "status_sex", "other_debtors": "other_debtors",
        "property": "property", "installment_plans": "installment_plans", "housing": "housing",
        "skill_level": "job", "telephone": "telephone", "foreign_worker": "foreign_worker"}
NUMERIC = ["month", "credit_amount", "investment_as_income_percentage", "residence_since", "age",
           "number_of_credits", "people_liable_for"]


def decoded():
    """(table, y): the 20 feature columns of all 1000 rows as FairKit's Dataset.germanCredit() reads
    them (codes decoded by values_maps.json, telephone and foreign_worker 0/1), and the label."""
    codes = json.load(open(RESOURCES + "values_maps.json"))
    raw = read_german()
    y = (raw.credit == 1).astype(int).to_numpy()
    table = pd.DataFrame()
    for name in GERMAN_COLUMNS[:-1]:
        key = KEYS.get(name)
        if key is None:
            table[name] = raw[name].astype(float)
        else:
            meanings = raw[name].map(codes[key])
            boolean = isinstance(next(iter(codes[key].values())), bool)
            table[name] = meanings.astype(float) if boolean else meanings.str.strip()
    return table, y


def design():
    """(x, y, feature names, source column of each feature) of all 1000 rows."""
    table, y = decoded()
    categorical = [n for n in GERMAN_COLUMNS[:-1] if n in KEYS and n not in ("telephone", "foreign_worker")]
    passthrough = [n for n in GERMAN_COLUMNS[:-1] if n not in categorical]
    frame = pd.concat([table[passthrough], pd.get_dummies(table[categorical], prefix_sep="=", dtype=float)], axis=1)
    names = list(frame.columns)
    source = [n.split("=")[0] for n in names]
    return frame.to_numpy(dtype=float), y, names, source


def fitted():
    """(x, y, names, train, test, model): the design, rows 0..699 and 700..999, and
    LogisticRegression(C=1) fitted on the training rows by newton-cholesky at tol 1e-12 (the optimum)."""
    x, y, names, _ = design()
    model = LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(x[:700], y[:700])
    return x, y, names, x[:700], x[700:], model
