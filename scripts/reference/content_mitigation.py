"""Reference figures for module 4 of the course, "Mitigation" (lessons/04-mitigation/lesson.md and
Tests/ExerciseSuites/04-mitigation: ReweighingSuite, RepairColumnSuite, ParityThresholdsSuite,
LagrangianRelabellingSuite, RandomisedThresholdSuite, ParetoFrontSuite, GermanScorecardSuite).

Derives:
  - the lesson's German Credit table: on the setup of mitigation_german.py (rows 0..699 train, 700..999
    test, age > 25 privileged), the unmitigated logistic regression, AIF360's Reweighing (weights into
    scikit-learn's fit), AIF360's DisparateImpactRemover at level 1.0 on the 7 numeric columns (only when
    BlackBoxAuditing 0.1.54 is importable: put its --target folder in BBA_DIR), Fairlearn's
    ExponentiatedGradient (DemographicParity, eps 0.01 and 0.05), GridSearch (DemographicParity) and
    ThresholdOptimizer (demographic_parity, equalized_odds), AIF360's EqOddsPostprocessing: expected test
    accuracy, demographic parity difference and equalized odds difference from P(positive);
  - AIF360's Reweighing weights on German (age) and on Adult (sex), for the lesson and ReweighingSuite;
  - COMPAS decile thresholds per race and their FPR (the lesson's per-group threshold example);
  - ReweighingSuite's small example through AIF360's Reweighing;
  - RepairColumnSuite's expected repaired values, from an independent numpy implementation of the
    exercise's definition (numpy's linear quantile, numpy's median);
  - ParityThresholdsSuite's expected thresholds, by brute force over every pair of candidates;
  - LagrangianRelabellingSuite's gammas and signed weights from Fairlearn's DemographicParity moment
    (gamma, signed_weights) and ErrorRate (signed_weights), and the relabelling _Lagrangian makes from them;
  - GermanScorecardSuite's expected accuracy and selection rates of the unmitigated and the reweighed (AIF360
    weights) logistic regression on German's 300 test rows.

Run from the repository root: /opt/refvenv/bin/python scripts/reference/content_mitigation.py
"""
import os
import sys
import warnings
warnings.filterwarnings("ignore")
import numpy as np
import pandas as pd

from raw_datasets import RESOURCES, read_adult, read_german

GROUPS = ("age > 25", "age <= 25")


def scores(name, p, y, age):
    """Accuracy, DP difference and EO difference of P(positive) p: expected values over a randomised model's
    coins, or, for a deterministic model, of its 0/1 decisions (pass `predict`'s labels, as `learn mitigate`
    scores it)."""
    accuracy = np.mean(np.where(y == 1, p, 1 - p))
    sr = [p[age == g].mean() for g in GROUPS]
    tpr = [p[(age == g) & (y == 1)].mean() for g in GROUPS]
    fpr = [p[(age == g) & (y == 0)].mean() for g in GROUPS]
    print(f"{name:32s} accuracy {accuracy:.4f}  selection {sr[0]:.3f} / {sr[1]:.3f}  DPD {abs(sr[0] - sr[1]):.4f}  "
          f"EOD {max(abs(tpr[0] - tpr[1]), abs(fpr[0] - fpr[1])):.4f}")


def german_lesson_table():
    from aif360.algorithms.preprocessing import Reweighing
    from aif360.datasets import BinaryLabelDataset
    from fairlearn.postprocessing import ThresholdOptimizer
    from fairlearn.reductions import DemographicParity, ExponentiatedGradient, GridSearch
    from mitigation_german import base_model, german_setup

    x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
    base = base_model().fit(x_train, y_train)
    scores("unmitigated", base.predict(x_test).astype(float), y_test, age_test)

    frame = pd.DataFrame({"age": (age_train == "age > 25").astype(float), "credit": y_train.astype(float)})
    data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age"])
    rw = Reweighing(unprivileged_groups=[{"age": 0}], privileged_groups=[{"age": 1}]).fit(data)
    print(f"  training weights: (>25, good) {float(rw.w_p_fav):.4f} (>25, bad) {float(rw.w_p_unfav):.4f} "
          f"(<=25, good) {float(rw.w_up_fav):.4f} (<=25, bad) {float(rw.w_up_unfav):.4f}")
    weights = rw.transform(data).instance_weights
    reweighed = base_model().fit(x_train, y_train, sample_weight=weights)
    scores("reweighing", reweighed.predict(x_test).astype(float), y_test, age_test)

    bba = os.environ.get("BBA_DIR")
    if bba:
        sys.path.append(bba)
        german_di_remover(y_train, y_test, age_train, age_test)

    for eps in (0.01, 0.05):
        eg = ExponentiatedGradient(base_model(), constraints=DemographicParity(difference_bound=eps))
        eg.fit(x_train, y_train, sensitive_features=age_train)
        scores(f"exponentiated gradient eps {eps}", eg._pmf_predict(x_test)[:, 1], y_test, age_test)
        print(f"  predictors {len(eg.predictors_)}, nonzero weights {int((eg.weights_ > 0).sum())}")
    gs = GridSearch(base_model(), constraints=DemographicParity()).fit(x_train, y_train, sensitive_features=age_train)
    scores("grid search", gs.predict(x_test).astype(float), y_test, age_test)
    for constraint in ("demographic_parity", "equalized_odds"):
        to = ThresholdOptimizer(estimator=base, constraints=constraint, objective="accuracy_score", grid_size=1000,
                                prefit=True, predict_method="predict_proba").fit(x_train, y_train,
                                                                                sensitive_features=age_train)
        p = to._pmf_predict(x_test, sensitive_features=age_test)[:, 1]
        scores(f"threshold optimizer {constraint}", p, y_test, age_test)
        print(f"  randomised share {np.mean((p > 0) & (p < 1)):.3f}")


def german_di_remover(y_train, y_test, age_train, age_test):
    """AIF360's DI remover on the 7 numeric columns of the training and the test rows (each repaired on its own,
    as AIF360's fit_transform does), then the same encoding and model."""
    from aif360.algorithms.preprocessing import DisparateImpactRemover
    from aif360.datasets import BinaryLabelDataset
    import mitigation_german as mg

    raw = read_german()
    repaired = raw.copy()
    for rows in (slice(0, 700), slice(700, 1000)):
        part = raw.iloc[rows]
        frame = part[mg.NUMERIC].astype(float).reset_index(drop=True)
        frame["age_group"] = (part.age > 25).astype(float).to_numpy()
        frame["credit"] = (part.credit == 1).astype(float).to_numpy()
        data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age_group"])
        out = DisparateImpactRemover(repair_level=1.0, sensitive_attribute="age_group").fit_transform(data)
        for j, name in enumerate(mg.NUMERIC):
            repaired.loc[repaired.index[rows], name] = out.features[:, j]
    original = mg.read_german
    mg.read_german = lambda: repaired
    x_train, x_test, _, _, _, _ = mg.german_setup()
    mg.read_german = original
    model = mg.base_model().fit(x_train, y_train)
    scores("disparate impact remover 1.0", model.predict(x_test).astype(float), y_test, age_test)


def german_scorecard_suite():
    """GermanScorecardSuite: the unmitigated and the reweighed logistic regression on German's test rows, full precision."""
    from aif360.algorithms.preprocessing import Reweighing
    from aif360.datasets import BinaryLabelDataset
    from mitigation_german import base_model, german_setup

    x_train, x_test, y_train, y_test, age_train, age_test = german_setup()
    frame = pd.DataFrame({"age": (age_train == "age > 25").astype(float), "credit": y_train.astype(float)})
    data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age"])
    weights = Reweighing(unprivileged_groups=[{"age": 0}], privileged_groups=[{"age": 1}]).fit(data).transform(data).instance_weights
    for name, sample_weight in (("unmitigated", None), ("reweighed", weights)):
        p = base_model().fit(x_train, y_train, sample_weight=sample_weight).predict_proba(x_test)[:, 1]
        rates = {g: float(p[age_test == g].mean()) for g in GROUPS}
        print(f"GermanScorecardSuite {name}: expected accuracy {float(np.mean(np.where(y_test == 1, p, 1 - p)))!r}, "
              f"selection rates {rates!r}, DP difference {abs(rates[GROUPS[0]] - rates[GROUPS[1]])!r}")


def adult_and_compas_for_the_lesson():
    from aif360.algorithms.preprocessing import Reweighing
    from aif360.datasets import BinaryLabelDataset
    train, _ = read_adult()
    frame = pd.DataFrame({"sex": (train.sex == "Male").astype(float),
                          "income": (train["income-per-year"] == ">50K").astype(float)})
    print("Adult training rows by sex and label:", frame.groupby(["sex", "income"]).size().to_dict())
    data = BinaryLabelDataset(df=frame, label_names=["income"], protected_attribute_names=["sex"])
    rw = Reweighing(unprivileged_groups=[{"sex": 0}], privileged_groups=[{"sex": 1}]).fit(data)
    print(f"Adult reweighing: (male, >50K) {float(rw.w_p_fav):.4f} (male, <=50K) {float(rw.w_p_unfav):.4f} "
          f"(female, >50K) {float(rw.w_up_fav):.4f} (female, <=50K) {float(rw.w_up_unfav):.4f}")

    compas = pd.read_csv(RESOURCES + "compas-scores-two-years.csv")
    compas = compas[(compas.days_b_screening_arrest <= 30) & (compas.days_b_screening_arrest >= -30)
                    & (compas.is_recid != -1) & (compas.c_charge_degree != "O") & (compas.score_text != "N/A")]
    for race in ("African-American", "Caucasian"):
        d = compas[compas.race == race]
        negatives, positives = d[d.two_year_recid == 0], d[d.two_year_recid == 1]
        line = ", ".join(f"{t}: FPR {np.mean(negatives.decile_score >= t):.3f} TPR {np.mean(positives.decile_score >= t):.3f}"
                         for t in range(4, 9))
        print(f"COMPAS {race}, high risk = decile >= t: {line}")


def reweighing_suite():
    from aif360.algorithms.preprocessing import Reweighing
    from aif360.datasets import BinaryLabelDataset
    # ReweighingSuite.testSixRowsByHand: group a (1 = privileged) labels [1, 1, 0], group b labels [1, 0, 0].
    frame = pd.DataFrame({"g": [1.0, 1, 1, 0, 0, 0], "y": [1.0, 1, 0, 1, 0, 0]})
    data = BinaryLabelDataset(df=frame, label_names=["y"], protected_attribute_names=["g"])
    rw = Reweighing(unprivileged_groups=[{"g": 0}], privileged_groups=[{"g": 1}]).fit(data)
    print("ReweighingSuite six rows, AIF360 instance weights:", list(rw.transform(data).instance_weights))
    german = read_german()
    frame = pd.DataFrame({"age": (german.age > 25).astype(float), "credit": (german.credit == 1).astype(float)})
    data = BinaryLabelDataset(df=frame, label_names=["credit"], protected_attribute_names=["age"])
    rw = Reweighing(unprivileged_groups=[{"age": 0}], privileged_groups=[{"age": 1}]).fit(data)
    print(f"ReweighingSuite German (1000 rows): counts {frame.groupby(['age', 'credit']).size().to_dict()}; "
          f"(>25, good) {float(rw.w_p_fav)!r} (>25, bad) {float(rw.w_p_unfav)!r} "
          f"(<=25, good) {float(rw.w_up_fav)!r} (<=25, bad) {float(rw.w_up_unfav)!r}")


def repair(values, groups, level):
    """The exercise's repair, written independently: rank u = (values of the row's group strictly below it) /
    (n_g - 1) (0.5 for a group of one); target = median over groups of numpy's linear quantile at u."""
    values, groups = np.asarray(values, float), np.asarray(groups)
    by_group = {g: np.sort(values[groups == g]) for g in sorted(set(groups))}
    out = []
    for v, g in zip(values, groups):
        own = by_group[g]
        u = 0.5 if len(own) == 1 else np.sum(own < v) / (len(own) - 1)
        target = np.median([np.quantile(column, u) for column in by_group.values()])
        out.append((1 - level) * v + level * target)
    return out


def repair_suite():
    print("RepairColumnSuite two groups, level 1:", repair([1, 2, 3, 10, 20, 30, 40], list("aaabbbb"), 1.0))
    print("RepairColumnSuite two groups, level 0.5:", repair([1, 2, 3, 10, 20, 30, 40], list("aaabbbb"), 0.5))
    print("RepairColumnSuite ties, level 1:", repair([5, 5, 9, 0, 4, 8], list("xxxyyy"), 1.0))
    print("RepairColumnSuite three groups, level 1:", repair([0, 10, 1, 2, 3, 100, 200], list("aabbbcc"), 1.0))
    print("RepairColumnSuite a group of one, level 1:", repair([7, 0, 10], list("sbb"), 1.0))
    german = read_german()
    groups = np.where(german.age > 25, "old", "young")
    repaired = np.array(repair(german.credit_amount.to_numpy(), groups, 1.0))
    print("RepairColumnSuite German credit_amount by age group, level 1: mean by group",
          {g: repr(float(repaired[groups == g].mean())) for g in ("old", "young")},
          "sum", repr(float(repaired.sum())), "first 4", [repr(float(v)) for v in repaired[:4]])


def parity_thresholds(scores_, labels, groups, tolerance):
    """Brute force over every pair of candidate thresholds (each group's distinct scores and 2.0): the most
    correct rows with |SR_a - SR_b| <= tolerance, then the smaller gap, then the lower thresholds in order."""
    s, y, g = np.asarray(scores_, float), np.asarray(labels), np.asarray(groups)
    names = sorted(set(groups))
    best = None
    a, b = names
    for ta in sorted(set(s[g == a])) + [2.0]:
        for tb in sorted(set(s[g == b])) + [2.0]:
            pred = np.where(g == a, s >= ta, s >= tb).astype(int)
            gap = abs(pred[g == a].mean() - pred[g == b].mean())
            if gap > tolerance + 1e-12:
                continue
            key = (-(pred == y).sum(), gap, ta, tb)
            if best is None or key < best[0]:
                best = (key, pred[g == a].mean(), pred[g == b].mean())
    (correct, gap, ta, tb), ra, rb = best
    print(f"  {a} >= {ta} (rate {ra}), {b} >= {tb} (rate {rb}), accuracy {-correct}/{len(s)}, gap {gap}")


def thresholds_suite():
    print("ParityThresholdsSuite:")
    parity_thresholds([0.9, 0.8, 0.3, 0.2, 0.7, 0.4, 0.35, 0.1], [1, 1, 0, 0, 1, 0, 1, 0], list("aaaabbbb"), 0.0)
    parity_thresholds([0.9, 0.8, 0.3, 0.2, 0.7, 0.4, 0.35, 0.1], [1, 1, 0, 0, 1, 0, 1, 0], list("aaaabbbb"), 0.25)
    parity_thresholds([0.9, 0.6, 0.6, 0.1, 0.8, 0.5, 0.2], [1, 1, 0, 0, 1, 0, 0], list("pppp") + list("qqq"), 0.1)
    parity_thresholds([0.9, 0.5, 0.3, 0.8, 0.6, 0.4, 0.2], [1, 0, 0, 1, 0, 1, 0], list("aaabbbb"), 1.0)
    parity_thresholds([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 0], list("aabb"), 0.5)
    parity_thresholds([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 0], list("aabb"), 0.0)
    parity_thresholds([0.5, 0.5], [1, 0], list("ab"), 0.0)


def lagrangian_suite():
    from fairlearn.reductions import DemographicParity, ErrorRate
    print("LagrangianRelabellingSuite (Fairlearn):")
    y = np.array([1, 0, 0, 1, 1, 0, 1, 0])
    a = np.array(["a", "a", "a", "a", "a", "b", "b", "b"])
    h = np.array([1, 1, 0, 0, 1, 0, 1, 0])
    x = np.zeros((len(y), 1))
    dp = DemographicParity()
    dp.load_data(x, y, sensitive_features=a)
    print("  gamma", dp.gamma(lambda X: h).to_dict())
    objective = ErrorRate()
    objective.load_data(x, y, sensitive_features=a)
    for lam in ({"a": (0.5, 0.0), "b": (0.0, 0.0)}, {"a": (0.0, 0.0), "b": (2.0, 0.0)}, {"a": (1.0, 0.25), "b": (0.0, 3.0)}):
        index = dp.index
        values = [lam[group][0 if sign == "+" else 1] for sign, _, group in index]
        vector = pd.Series(values, index=index)
        signed = objective.signed_weights() + dp.signed_weights(vector)
        red_y = (signed > 0).astype(int).to_numpy()
        red_w = signed.abs().to_numpy()
        red_w = len(y) * red_w / red_w.sum()
        print(f"  lambda {lam}: signed {list(signed.to_numpy())}, labels {list(red_y)}, weights {list(red_w)}")


if __name__ == "__main__":
    german_lesson_table()
    german_scorecard_suite()
    adult_and_compas_for_the_lesson()
    reweighing_suite()
    repair_suite()
    thresholds_suite()
    lagrangian_suite()
