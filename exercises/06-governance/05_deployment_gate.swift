// Exercise 5 of module 6: a deployment gate that reads a policy's rules.
// Read the lesson section "Gates in CI/CD" (`learn lesson deployment-gate`).
// Check your work with `learn check deployment-gate`; stuck? `learn hint deployment-gate`.

/// How a rule judges its metric.
enum RuleKind: String, Codable, Equatable {
    /// The value must be at least the bound (accuracy, AUC).
    case minimum
    /// The value's size must be at most the bound: |value| <= bound (a difference such as the
    /// demographic parity difference, whichever group it favours).
    case maximumAbsolute
    /// A ratio must lie in the fair band [bound, 1 / bound] (bound = τ, e.g. 0.8).
    case ratioBand
}

/// One rule of a policy's tier.
struct Rule: Codable, Equatable {
    var metric: String
    var kind: RuleKind
    var bound: Double
}

/// What the gate says about one rule.
struct RuleResult: Codable, Equatable {
    var metric: String
    /// The measured value; `nil` when it was not measured.
    var value: Double?
    var passed: Bool
}

/// Each rule judged against `measured` (metric name -> value), in rule order. A metric that was
/// not measured, or is NaN, fails its rule: a gate cannot pass what it could not see. A
/// `ratioBand` rule whose bound is not in (0, 1] fails too (the band would be empty or upside down).
func evaluate(rules: [Rule], measured: [String: Double]) -> [RuleResult] {
    // TODO: one result per rule, in order; look the metric up and judge it by the rule's kind.
    return []
}

/// The gate's verdict: deploy only when there is at least one rule and every rule passed (a
/// policy without rules checks nothing, so it cannot approve anything).
func gatePasses(_ results: [RuleResult]) -> Bool {
    // TODO: deploy only with at least one rule, all passed.
    return true
}
