"""Reference results for PrejudiceRemoverTests.swift: AIF360 0.6.1's PrejudiceRemover (which runs
the bundled kamfadm-2012ecmlpkdd train_pr.py / predict_lr.py of Kamishima et al.) on the German
setup of mitigation_german.py: the 59 design columns, s = 1 for "age > 25" (privileged), label
good = 1, eta 1.0 (AIF360's default) and 25.0, C = 1.

The objective (kamfadm's LRwPRObjetiveType4Mixin.loss), with one weight vector w_s (the 59
columns and a constant 1) per group s and p_i = sigmoid(w_{s_i} . x_i) clipped to [1e-10, 1 - 1e-10]:
  loss(w) = -sum_i [y_i log p_i + (1 - y_i) log(1 - p_i)]
            + eta sum_i [p_i log(q_{s_i} / r) + (1 - p_i) log((1 - q_{s_i}) / (1 - r))]
            + (C / 2) sum_s |w_s|^2,
q_s the mean of p over group s, r the mean over all rows.
kamfadm minimises it with scipy's fmin_cg (maxiter 100, gtol 1e-5), starting from per-group
sklearn LogisticRegression(C, fit_intercept=False) fits; its grad_loss differentiates the
r terms as if every row's p moved with every group's weights, so it is not the gradient of loss
(the script prints check_grad's difference) and fmin_cg stops short of a minimum. The script
also minimises the same loss with the exact gradient (scipy L-BFGS-B, from the same start, to
gtol 1e-9), an independent optimum FairKit's solver must reach.

Needs `python` on PATH to be this virtualenv (AIF360 shells out to it):
  PATH=/opt/refvenv/bin:$PATH PYTHONPATH=scripts/reference python scripts/reference/mitigation_prejudice_remover.py
"""
import os
import pickle
import sys

import numpy as np
import pandas as pd
import scipy.optimize as opt
from aif360.algorithms.inprocessing import PrejudiceRemover
from aif360.datasets import BinaryLabelDataset

from mitigation_german import german_setup

import aif360.algorithms.inprocessing as inprocessing
sys.path.insert(0, os.path.join(os.path.dirname(inprocessing.__file__), "kamfadm-2012ecmlpkdd"))

x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
s_train = (age_train == "age > 25").astype(int)
s_test = (age_test == "age > 25").astype(int)


def dataset(x, s, y):
    frame = pd.DataFrame(x, columns=[f"x{j}" for j in range(x.shape[1])])
    frame["age_group"] = s.astype(float)
    frame["good"] = y.astype(float)
    return BinaryLabelDataset(df=frame, label_names=["good"], protected_attribute_names=["age_group"],
                              favorable_label=1.0, unfavorable_label=0.0)


EPS = 1e-10
RANGE = np.log((1 - EPS) / EPS)


def probabilities(w, x1, s):
    z = np.clip(np.einsum("ij,ij->i", x1, w[s]), -RANGE, RANGE)
    return 1 / (1 + np.exp(-z))


def loss(flat, x1, y, s, eta, C=1.0):
    w = flat.reshape(2, -1)
    p = probabilities(w, x1, s)
    q = np.array([p[s == g].mean() for g in (0, 1)])
    r = p.mean()
    ll = np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))
    f = np.sum(p * (np.log(q[s]) - np.log(r)) + (1 - p) * (np.log(1 - q[s]) - np.log(1 - r)))
    return -ll + eta * f + 0.5 * C * np.sum(w * w)


def gradient(flat, x1, y, s, eta, C=1.0):
    """The exact gradient (derived by hand; check_grad below confirms it)."""
    w = flat.reshape(2, -1)
    p = probabilities(w, x1, s)
    n = len(y)
    counts = np.array([(s == g).sum() for g in (0, 1)], dtype=float)
    q = np.array([p[s == g].mean() for g in (0, 1)])
    r = p.mean()
    # d loss / d p_i = -(y_i - p_i)/(p_i(1-p_i)) + eta [log(q/r) - log((1-q)/(1-r))]_{s_i}
    #                  + eta (1/counts_{s_i}) sum_{j in s_i} (p_j/q - (1-p_j)/(1-q))_{s_i}
    #                  - eta (1/n) sum_j (p_j/r - (1-p_j)/(1-r))
    a = np.log(q / r) - np.log((1 - q) / (1 - r))
    bq = np.array([np.sum(p[s == g] / q[g] - (1 - p[s == g]) / (1 - q[g])) for g in (0, 1)]) / counts
    br = np.sum(p / r - (1 - p) / (1 - r)) / n
    dp = -(y - p) / (p * (1 - p)) + eta * (a[s] + bq[s] - br)
    dz = dp * p * (1 - p)
    g = np.array([x1[s == k].T @ dz[s == k] for k in (0, 1)]) + C * w
    return g.ravel()


for eta in (1.0, 25.0):
    pr = PrejudiceRemover(eta=eta, sensitive_attr="age_group", class_attr="good")
    pr.fit(dataset(x_train, s_train, y_train))
    with open(pr.model_name, "rb") as f:
        clr = pickle.load(f)
    predicted = pr.predict(dataset(x_test, s_test, y_test))
    aif_scores = predicted.scores.ravel()
    aif_labels = predicted.labels.ravel()
    x1_train = np.c_[x_train, np.ones(len(x_train))]
    x1_test = np.c_[x_test, np.ones(len(x_test))]
    aif_coef = clr.coef_.copy()
    start = np.empty((2, x1_train.shape[1]))
    from sklearn.linear_model import LogisticRegression
    for g in (0, 1):
        start[g] = LogisticRegression(C=1.0, penalty="l2", max_iter=1000, fit_intercept=False).fit(
            x1_train[s_train == g], y_train[s_train == g]).coef_
    exact = opt.minimize(loss, start.ravel(), jac=gradient, args=(x1_train, y_train, s_train, eta), method="L-BFGS-B",
                         options={"gtol": 1e-9, "ftol": 1e-15, "maxiter": 10000})
    p_opt = probabilities(exact.x.reshape(2, -1), x1_test, s_test)
    labels_opt = (p_opt > 0.5).astype(int)
    grad_error = opt.check_grad(lambda c: loss(c, x1_train, y_train, s_train, eta),
                                lambda c: gradient(c, x1_train, y_train, s_train, eta), aif_coef)
    kam_error = opt.check_grad(lambda c: loss(c, x1_train, y_train, s_train, eta),
                               lambda c: clr.grad_loss(c, x1_train, y_train, s_train), aif_coef)
    rates = lambda p: [p[s_test == g].mean() for g in (1, 0)]
    print(f"// eta {eta}: AIF360 (fmin_cg) objective {float(clr.f_loss_)!r}, recomputed {float(loss(aif_coef, x1_train, y_train, s_train, eta))!r}")
    print(f"//   start (per-group sklearn fits) objective {float(loss(start.ravel(), x1_train, y_train, s_train, eta))!r}")
    print(f"//   exact minimum (L-BFGS-B) objective {float(exact.fun)!r}, |gradient| {float(np.abs(exact.jac).max())!r}, iterations {exact.nit}")
    print(f"//   check_grad at AIF360's solution: exact gradient {grad_error!r}, kamfadm's grad_loss {kam_error!r}; "
          f"|exact gradient| there {float(np.abs(gradient(aif_coef, x1_train, y_train, s_train, eta)).max())!r}")
    print(f"//   AIF360 test: accuracy {float(np.mean(aif_labels == y_test))!r}, mean score {float(aif_scores.mean())!r}, "
          f"selection rates (priv, unpriv) {[float(v) for v in rates(aif_labels)]}")
    print(f"//   exact minimum test: accuracy {float(np.mean(labels_opt == y_test))!r}, mean score {float(p_opt.mean())!r}, "
          f"selection rates {[float(v) for v in rates(labels_opt)]}, labels equal to AIF360's on {int(np.sum(labels_opt == aif_labels))} of 300, "
          f"max |score difference| {float(np.abs(p_opt - aif_scores).max())!r}")
    print(f"//   exact minimum test scores rows 0..4 {[round(float(v), 9) for v in p_opt[:5]]}")
    os.unlink(pr.model_name)
