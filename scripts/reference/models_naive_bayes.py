"""Reference numbers for GaussianNaiveBayesTests.swift.

Fits scikit-learn's GaussianNB on the formula-generated design of models_design.py (120 rows x 4
features), unweighted, weighted, and with given priors [0.3, 0.7], and prints the fitted means
(theta_), variances (var_, smoothing included), epsilon_, class priors and P(y=1) on rows 0-7 as
Swift literals.

Run: /opt/refvenv/bin/python scripts/reference/models_naive_bayes.py
"""
from sklearn.naive_bayes import GaussianNB

from models_design import numeric_design, swift_array

x, y, w = numeric_design(120, 4)
for name, weighted, priors in (("unweighted", False, None), ("weighted", True, None), ("priors", True, [0.3, 0.7])):
    model = GaussianNB(priors=priors).fit(x, y, sample_weight=w if weighted else None)
    print(f"// {name}")
    print(f"means: [{swift_array(model.theta_[0])}, {swift_array(model.theta_[1])}],")
    print(f"variances: [{swift_array(model.var_[0])}, {swift_array(model.var_[1])}],")
    print(f"epsilon: {float(model.epsilon_)!r}, priors: {swift_array(model.class_prior_)},")
    print(f"probabilities: {swift_array(model.predict_proba(x[:8])[:, 1])}")
