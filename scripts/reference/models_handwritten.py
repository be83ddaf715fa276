"""Reference for ModelFileScikitLearnTests.swift: a scikit-learn model written by hand as a FairKit
model file, as docs/model-files.md describes, predicts what scikit-learn predicts.

Fits make_pipeline(StandardScaler(), LogisticRegression(C=1)) on German Credit's numeric columns
month, credit_amount and age (label: credit good = 1), then prints
  1. the pipeline model file built from scaler.mean_, scaler.scale_, coef_[0] and intercept_[0]
     (every number with repr(), all its digits), and
  2. predict_proba(...)[:, 1] of the first 8 rows as a Swift literal.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/models_handwritten.py
"""
import json

from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from models_design import swift_array
from raw_datasets import read_german

COLUMNS = ["month", "credit_amount", "age"]
german = read_german()
x = german[COLUMNS].astype(float)
y = (german.credit == 1).astype(int)
model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, tol=1e-10, max_iter=10000)).fit(x, y)
scaler, logistic = model[0], model[1]

model_file = {
    "format_version": 1,
    "kind": "pipeline",
    "label": {"column": "credit", "positive": "good", "negative": "bad"},
    "encoder": {
        "kind": "feature_encoder",
        "standardize": True,
        "columns": [{"name": name, "type": "numeric", "mean": float(m), "std": float(s)}
                    for name, m, s in zip(COLUMNS, scaler.mean_, scaler.scale_)],
    },
    "model": {
        "kind": "logistic_regression",
        "hyperparameters": {"penalty": "l2", "C": 1.0},
        "coefficients": [float(c) for c in logistic.coef_[0]],
        "intercept": float(logistic.intercept_[0]),
    },
}
print(json.dumps(model_file))
print(f"probabilities: {swift_array(model.predict_proba(x.iloc[:8])[:, 1])}")
print(f"rows: {x.iloc[:8].to_numpy().tolist()}")
