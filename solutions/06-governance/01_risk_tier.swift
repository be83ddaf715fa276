// Exercise 1 of module 6: sort a use case into the course policy's risk tiers.
// Read the lesson section "Risk tiers" (`learn lesson risk-tier`).
// Check your work with `learn check risk-tier`; stuck? `learn hint risk-tier`.

import Foundation

/// The course policy's tiers, after the EU AI Act's four levels: prohibited practices, high-risk
/// systems, systems with transparency duties (limited), and everything else (minimal).
enum RiskTier: String, Codable, Equatable {
    case prohibited, high, limited, minimal
}

/// What the policy needs to know about a use case.
struct UseCase: Codable, Equatable {
    /// The area it serves, as the policy names it: "hiring", "credit", "inventory-forecasting", ...
    var domain: String
    /// Whether its output decides about, ranks or scores individual people.
    var decidesAboutPeople: Bool
    /// Whether people talk to it or read what it writes without knowing a machine made it.
    var interactsWithPublic: Bool
}

/// Practices the policy forbids outright (the AI Act's Article 5, abridged).
let prohibitedDomains: Set<String> = ["social-scoring", "subliminal-manipulation", "emotion-recognition-at-work",
                                      "untargeted-face-scraping"]

/// Areas where a decision about a person is high risk (the AI Act's Annex III and medical
/// devices, abridged; the course brief names hiring, credit and diagnostic support).
let highRiskDomains: Set<String> = ["hiring", "credit", "diagnostic-support", "education-admission", "essential-services",
                                    "law-enforcement", "migration", "justice", "critical-infrastructure",
                                    "biometric-identification"]

/// The tier of `useCase`, by the first rule that applies:
/// 1. a prohibited domain is `prohibited`, whatever else is true;
/// 2. a high-risk domain is `high` when the system decides about, ranks or scores people (a tool
///    in that area that only does a narrow procedural task, such as booking interview rooms, is not);
/// 3. a system that interacts with the public is `limited` (it must say that it is a machine);
/// 4. everything else is `minimal` (inventory forecasting, administrative automation).
/// Domains are compared after trimming spaces and lower-casing: " Hiring" is "hiring".
func riskTier(_ useCase: UseCase) -> RiskTier {
    let domain = useCase.domain.trimmingCharacters(in: .whitespaces).lowercased()
    if prohibitedDomains.contains(domain) { return .prohibited }
    if highRiskDomains.contains(domain) && useCase.decidesAboutPeople { return .high }
    if useCase.interactsWithPublic { return .limited }
    return .minimal
}

/// The tiers of several use cases, in order, and how many fall in each tier (every tier is a key,
/// with 0 where none fall).
struct TierCount: Codable, Equatable {
    var tiers: [RiskTier]
    var counts: [String: Int]
}

func tierCount(_ useCases: [UseCase]) -> TierCount {
    let tiers = useCases.map(riskTier)
    var counts: [String: Int] = ["prohibited": 0, "high": 0, "limited": 0, "minimal": 0]
    for tier in tiers { counts[tier.rawValue, default: 0] += 1 }
    return TierCount(tiers: tiers, counts: counts)
}
