"""The formula-generated test designs shared by the models_*.py reference scripts.

The Swift tests build the same rows with the same integer formulas (Tests/FairKitTests/Models/
ReferenceDesign.swift), so no data needs to be embedded: only the reference numbers are.
Every value is a dyadic rational (a multiple of 1/8 or 1/16), exact in float32 and float64, and no
libm function is involved, so both languages produce bit-identical rows.

Not run by itself; imported by models_logistic.py, models_tree.py, models_naive_bayes.py.
"""
import numpy as np


def mix(n):
    """Knuth's multiplicative hash, top 16 of 32 bits: (n * 2654435761 mod 2^32) >> 16."""
    return ((n * 2654435761) % (1 << 32)) >> 16


def feature(i, j):
    """A value in {-2, -1.875, ..., 2}."""
    return mix(i * 131 + j * 7 + 1) % 33 / 8 - 2


def noise(i):
    """A value in {-2, -1.9375, ..., 2}."""
    return mix(i * 977 + 3) % 65 / 16 - 2


def weight(i):
    """A weight in {0.5, 1, 1.5, 2}."""
    return 0.5 + mix(i * 53 + 11) % 4 / 2


def category(i, levels):
    return mix(i * 313 + 5) % levels


def numeric_design(rows, columns):
    """rows x columns of feature(i, j); labels 1 when x0 - x1/2 + x2/4 + noise > 0."""
    x = np.array([[feature(i, j) for j in range(columns)] for i in range(rows)], dtype=np.float64)
    y = np.array([1 if x[i, 0] - 0.5 * x[i, 1] + 0.25 * x[i, 2] + noise(i) > 0 else 0 for i in range(rows)])
    w = np.array([weight(i) for i in range(rows)], dtype=np.float64)
    return x, y, w


def one_hot_design(rows):
    """Two numeric columns then a 4-level categorical one-hot encoded (all four levels, so the
    dummies sum to the intercept column: fine with an L2 penalty). Label: x0 - x1/2 + (0.75 if the
    level is 2, -0.5 if 3) + noise > 0."""
    x = np.zeros((rows, 6))
    y = np.zeros(rows, dtype=int)
    for i in range(rows):
        x[i, 0], x[i, 1] = feature(i, 0), feature(i, 1)
        level = category(i, 4)
        x[i, 2 + level] = 1
        shift = {2: 0.75, 3: -0.5}.get(level, 0)
        y[i] = 1 if x[i, 0] - 0.5 * x[i, 1] + shift + noise(i) > 0 else 0
    w = np.array([weight(i) for i in range(rows)], dtype=np.float64)
    return x, y, w


def swift_array(values):
    return "[" + ", ".join(repr(float(v)) for v in values) + "]"
