"""Reference trees for DecisionTreeReferenceTests.swift.

Fits scikit-learn's DecisionTreeClassifier (random_state=0) on the formula-generated designs of
models_design.py (120 rows x 4 numeric features, values multiples of 1/8 so float32 holds them
exactly; and the one-hot design, whose dummies become constant below a split on them, which our
builder then stops scanning) under several settings and prints, per case, the full node arrays (feature, threshold, children,
impurity, weighted samples, P(y=1)) and the feature importances as Swift literals. Leaves have
feature -2 and threshold -2 as in scikit-learn.

scikit-learn visits features in a random order, so where two splits tie exactly the tree depends
on random_state. Every case here is checked to be tie-free: at each internal node the script
enumerates all admissible splits and asserts the best is unique (by more than 1e-9), so the tree
is the same for any visiting order and must match ours node for node.

Run: /opt/refvenv/bin/python scripts/reference/models_tree.py
"""
import numpy as np
from sklearn.tree import DecisionTreeClassifier

from models_design import numeric_design, one_hot_design, swift_array

CASES = [
    # (name, settings, weighted)
    ("entropyDepth4Weighted", dict(criterion="entropy", max_depth=4), True),
    ("giniLeaf8Weighted", dict(criterion="gini", min_samples_leaf=8), True),
    ("giniDepth5Leaf4Weighted", dict(criterion="gini", max_depth=5, min_samples_leaf=4), True),
    ("giniSplit20Decrease", dict(criterion="gini", min_samples_split=20, min_impurity_decrease=0.01), False),
    ("giniWeightFraction", dict(criterion="gini", min_weight_fraction_leaf=0.06), True),
    ("oneHotEntropyDepth5Weighted", dict(criterion="entropy", max_depth=5), True),
]


def impurity(criterion, c0, c1):
    total = c0 + c1
    if criterion == "gini":
        return 1 - (c0 * c0 + c1 * c1) / (total * total)
    p = np.array([c0, c1]) / total
    p = p[p > 0]
    return -(p * np.log2(p)).sum()


def assert_no_ties(name, tree, x, y, sw, settings):
    """Every internal node's best split must beat the runner-up by more than 1e-9."""
    t = tree.tree_
    min_leaf = settings.get("min_samples_leaf", 1)
    min_weight = settings.get("min_weight_fraction_leaf", 0) * sw.sum()
    paths = tree.decision_path(x).toarray().astype(bool)
    for node in range(t.node_count):
        if t.feature[node] < 0:
            continue
        rows = paths[:, node]
        xs, ys, ws = x[rows], y[rows], sw[rows]
        proxies = []
        for f in range(x.shape[1]):
            values = np.unique(xs[:, f])
            for a, b in zip(values[:-1], values[1:]):
                left = xs[:, f] <= a / 2 + b / 2
                if left.sum() < min_leaf or (~left).sum() < min_leaf:
                    continue
                sides = []
                for side in (left, ~left):
                    c0, c1 = (ws * (ys == 0) * side).sum(), (ws * (ys == 1) * side).sum()
                    sides.append((c0 + c1, impurity(settings["criterion"], c0, c1)))
                if min(s[0] for s in sides) < min_weight:
                    continue
                proxies.append(-sum(w * i for w, i in sides))
        proxies.sort(reverse=True)
        assert len(proxies) < 2 or proxies[0] - proxies[1] > 1e-9, f"{name}: tied splits at node {node}"


def main():
    for name, settings, weighted in CASES:
        x, y, w = one_hot_design(120) if name.startswith("oneHot") else numeric_design(120, 4)
        sw = w if weighted else np.ones(len(y))
        tree = DecisionTreeClassifier(random_state=0, **settings)
        tree.fit(x, y, sample_weight=w if weighted else None)
        assert_no_ties(name, tree, x, y, sw, settings)
        t = tree.tree_
        print(f"// {name}: {settings}, weighted={weighted}: {t.node_count} nodes, depth {t.max_depth}, no ties")
        print(f"Case(name: \"{name}\", weighted: {str(weighted).lower()},")
        print(f"feature: [{', '.join(str(int(f)) for f in t.feature)}],")
        print(f"threshold: {swift_array(t.threshold)},")
        print(f"left: [{', '.join(str(int(c)) for c in t.children_left)}],")
        print(f"right: [{', '.join(str(int(c)) for c in t.children_right)}],")
        print(f"impurity: {swift_array(t.impurity)},")
        print(f"weightedSamples: {swift_array(t.weighted_n_node_samples)},")
        print(f"positiveFraction: {swift_array(t.value[:, 0, 1])},")
        print(f"importances: {swift_array(tree.feature_importances_)}),")


if __name__ == "__main__":
    main()
