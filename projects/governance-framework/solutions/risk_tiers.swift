// Step 1 of the governance framework: risk tiers and what each tier must meet.
// Read the brief (projects/governance-framework/brief.md, "Step 1"); check with `learn project check risk-tiers`.

/// The domains where a model's decision decides a person's access to work, money, health or a home.
let highImpactDomains: Set<String> = ["hiring", "credit", "health", "housing", "education"]

/// "high" for a model that decides about individuals in a high-impact domain; "medium" for one that
/// decides about individuals elsewhere (marketing offers, fraud flags); "low" for one that decides
/// about no individual (inventory forecasting). The domain is compared in lower case.
func riskTier(domain: String, decidesAboutIndividuals: Bool) -> String {
    guard decidesAboutIndividuals else { return "low" }
    return highImpactDomains.contains(domain.lowercased()) ? "high" : "medium"
}

/// One mandatory threshold, in the governance policy's terms (docs/governance.md): `check` is
/// "ratio" (the between-groups ratio must be >= threshold), "difference" (<= threshold) or
/// "minimum" (the overall value must be >= threshold).
struct Requirement: Codable, Equatable {
    var metric: String
    var check: String
    var threshold: Double
}

/// The mandatory metrics of a tier, as the brief's table gives them, in its order; an unknown tier has none.
func requirements(tier: String) -> [Requirement] {
    switch tier {
    case "high":
        return [Requirement(metric: "selection_rate", check: "ratio", threshold: 0.8),
                Requirement(metric: "tpr", check: "difference", threshold: 0.1),
                Requirement(metric: "accuracy", check: "minimum", threshold: 0.7)]
    case "medium":
        return [Requirement(metric: "selection_rate", check: "ratio", threshold: 0.7),
                Requirement(metric: "accuracy", check: "minimum", threshold: 0.65)]
    case "low":
        return [Requirement(metric: "accuracy", check: "minimum", threshold: 0.6)]
    default:
        return []
    }
}

/// The requirements `measured` breaches, one sentence each in `requirements`' order. `measured`
/// holds "metric check" keys ("selection_rate ratio", "tpr difference", "accuracy minimum"); a
/// missing value is a breach ("tpr difference: not measured"), since what cannot be measured cannot
/// be approved. A breach reads "selection_rate ratio 0.75 < 0.8" or "tpr difference 0.2 > 0.1".
func breaches(_ requirements: [Requirement], measured: [String: Double]) -> [String] {
    requirements.compactMap { r in
        let key = "\(r.metric) \(r.check)"
        guard let value = measured[key], value.isFinite else { return "\(key): not measured" }
        switch r.check {
        case "difference": return value <= r.threshold ? nil : "\(key) \(value) > \(r.threshold)"
        default: return value >= r.threshold ? nil : "\(key) \(value) < \(r.threshold)"
        }
    }
}
