"""Reference values for the audit's uncertainty: Wilson intervals, two-proportion z-tests, Holm's
correction and the rows needed, from statsmodels 0.15 (installed into /opt/refvenv).

Cases: the loans fixture of docs/audit.md (men TP 80, FP 20, TN 80, FN 20; women TP 10, FP 10,
TN 60, FN 20) and hand examples of the doc comments.

Prints Swift literals that Tests/FairKitTests/Metrics/Uncertainty/UncertaintyReferenceTests.swift embeds.

Run: /opt/refvenv/bin/python scripts/reference/audit_uncertainty.py
"""
import math

from scipy.stats import norm
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

print("// Wilson: (successes, trials, confidence, lower, upper)")
for x, n, conf in [(20, 100, 0.95), (100, 200, 0.95), (10, 30, 0.95), (0, 12, 0.95), (12, 12, 0.9), (70, 100, 0.99),
                   (1, 3, 0.95)]:
    lo, hi = proportion_confint(x, n, alpha=1 - conf, method="wilson")
    print(f"({x}, {n}, {conf}, {lo!r}, {hi!r}),")

print("// z-test: (x1, n1, x2, n2, p)")
for x1, n1, x2, n2 in [(20, 100, 100, 200), (10, 30, 80, 100), (10, 70, 20, 100), (20, 100, 50, 200), (3, 12, 60, 200)]:
    _, p = proportions_ztest([x1, x2], [n1, n2])
    print(f"({x1}, {n1}, {x2}, {n2}, {float(p)!r}),")

print("// Holm: input, adjusted")
for ps in [[0.01, 0.04, 0.03], [0.2, 0.001, 0.5, 0.02, 0.02]]:
    print(ps, [float(v) for v in multipletests(ps, method="holm")[1]])

print("// rows needed: (p1, p2, hand formula n, statsmodels NormalIndPower n)")
z = norm.ppf(0.975) + norm.ppf(0.8)
for p1, p2 in [(0.2, 0.5), (0.25, 0.3), (0.4, 0.2), (0.9, 0.85)]:
    h = abs(2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p2)))
    hand = 2 * (z / h) ** 2
    solved = NormalIndPower().solve_power(effect_size=h, alpha=0.05, power=0.8, ratio=1)
    print(f"({p1}, {p2}, {float(hand)!r}, {float(solved)!r}),")

print("// normal quantiles:", [float(norm.ppf(q)) for q in [0.975, 0.8, 1e-10, 0.3]])
