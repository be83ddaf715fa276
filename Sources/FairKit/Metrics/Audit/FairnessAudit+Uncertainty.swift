/// Whether a disparity can be told from parity: the two-proportion z-test of the two rates behind
/// it (`TwoProportionTest`), its p-value adjusted for every comparison the audit made (Holm's
/// correction, `MultipleComparisons`), and the verdict at the audit's level α = 1 - confidence.
///
/// Example: three comparisons with p = 0.01, 0.04, 0.03 have Holm-adjusted p 0.03, 0.06, 0.06; at
/// α = 0.05 only the first is distinguishable from parity.
public struct ParityTest: Sendable, Codable, Equatable {
    /// The test's two-sided p-value.
    public let pValue: Double
    /// The p-value adjusted for the number of comparisons (Holm).
    public internal(set) var adjustedPValue: Double
    /// Whether the adjusted p-value is below α: the gap is unlikely to be chance alone.
    public internal(set) var distinguishable: Bool

    private enum CodingKeys: String, CodingKey {
        case pValue = "p_value", adjustedPValue = "adjusted_p_value", distinguishable
    }
}

extension FairnessAudit {
    /// How the audit measured the uncertainty of its numbers (JSON `audit.uncertainty`):
    /// - every proportion (a group's rate, overall) gets a Wilson score interval (`ConfidenceInterval`);
    /// - every difference and ratio (Fairlearn's, AIF360's, Aequitas's disparities, composites
    ///   such as equalized odds included) gets a seeded bootstrap percentile interval, rows
    ///   resampled within the finest groups (every combination of the protected attributes), which
    ///   keeps every section's group sizes fixed (`StratifiedBootstrap`);
    /// - every Aequitas disparity of a proportion and AIF360's disparate impact gets a
    ///   two-proportion z-test against parity, Holm-corrected over all of them (`ParityTest`).
    public struct Uncertainty: Sendable, Codable {
        /// The intervals' confidence (0.95); the tests' α is 1 - confidence.
        public let confidence: Double
        /// "wilson".
        public let rateIntervals: String
        /// Bootstrap resamples (0: no bootstrap intervals).
        public let bootstrapReplicates: Int
        /// The bootstrap's seed.
        public let bootstrapSeed: UInt64
        /// The bootstrap's interval and resampling, in words.
        public let bootstrapIntervals: String
        /// The test of each disparity against parity.
        public let test: String
        /// "holm".
        public let correction: String
        /// How many tests the correction counts.
        public let comparisons: Int
        /// The needed-rows formula, in words.
        public let rowsNeeded: String

        private enum CodingKeys: String, CodingKey {
            case confidence, test, correction, comparisons
            case rateIntervals = "rate_intervals", bootstrapReplicates = "bootstrap_replicates", bootstrapSeed = "bootstrap_seed"
            case bootstrapIntervals = "bootstrap_intervals", rowsNeeded = "rows_needed"
        }
    }

    /// Adds intervals and tests to `sections` (built from the same `features` and `outcomes`).
    static func measureUncertainty(of sections: inout [Section], features: [SensitiveFeature], outcomes: Outcomes,
                                   options: Options) throws -> Uncertainty {
        let strata = try GroupIndex(features)
        let strataCounts = ConfusionCounts.tally(labels: outcomes.labels, predictions: outcomes.predictions,
                                                 weights: outcomes.weights, codes: strata.codes, cells: strata.count).counts
        let plans = try sections.map { try UncertaintyPlan(section: $0, features: features, strata: strata, options: options) }
        let overall = strataCounts.reduce(.zero, +)
        var tests: [(section: Int, finding: Int?, test: ParityTest)] = []
        for (k, plan) in plans.enumerated() {
            let counts = plan.groupCounts(strataCounts)
            for g in sections[k].groups.indices {
                sections[k].groups[g].intervals = plan.wilson(counts[g], confidence: options.confidence)
            }
            sections[k].overallIntervals = plan.wilson(overall, confidence: options.confidence)
            for f in sections[k].aequitas.findings.indices {
                if let test = plan.test(findingAt: f, counts: counts) { tests.append((k, f, test)) }
                sections[k].aequitas.findings[f].aequitasSignificance = plan.aequitasTest(findingAt: f, counts: counts)
            }
            if let sides = plan.sides, let test = Self.selectionTest(sides.sum(counts)) { tests.append((k, nil, test)) }
        }
        let alpha = 1 - options.confidence
        for (t, adjusted) in MultipleComparisons.holm(tests.map(\.test.pValue)).enumerated() {
            var test = tests[t].test
            test.adjustedPValue = adjusted
            test.distinguishable = adjusted < alpha
            if let f = tests[t].finding {
                sections[tests[t].section].aequitas.findings[f].test = test
            } else {
                sections[tests[t].section].aif360?.disparateImpactTest = test
            }
        }
        if options.bootstrapReplicates > 0 {
            let bootstrap = StratifiedBootstrap(labels: outcomes.labels, predictions: outcomes.predictions, weights: outcomes.weights,
                                                codes: strata.codes, strata: strata.count)
            let intervals = bootstrap.percentileIntervals(replicates: options.bootstrapReplicates, seed: options.bootstrapSeed,
                                                          confidence: options.confidence) { counts in
                plans.flatMap { $0.statistics(counts) }
            }
            var offset = 0
            for k in sections.indices {
                plans[k].assign(Array(intervals[offset..<offset + plans[k].width]), to: &sections[k])
                offset += plans[k].width
            }
        }
        let percent = ReportPercent.text(options.confidence)
        return Uncertainty(
            confidence: options.confidence, rateIntervals: "wilson", bootstrapReplicates: options.bootstrapReplicates,
            bootstrapSeed: options.bootstrapSeed,
            bootstrapIntervals: options.bootstrapReplicates == 0 ? "none (0 resamples)"
                : "\(percent) percentile intervals of \(options.bootstrapReplicates) resamples, rows drawn with replacement within every combination of the protected attributes",
            test: "two-proportion z-test (pooled, two-sided) of each disparity's two rates",
            correction: "holm", comparisons: tests.count,
            rowsNeeded: "n per group = 2((z_{1-α/2} + z_{1-β})/h)², h = |2 asin√p1 - 2 asin√p2|, α = \(UncertaintyConstants.alpha), power \(UncertaintyConstants.power)")
    }

    /// The z-test of the selection rates of AIF360's two sides.
    private static func selectionTest(_ sides: (privileged: ConfusionCounts, unprivileged: ConfusionCounts)) -> ParityTest? {
        guard let u = GroupMetric.selectionRate.proportion(of: sides.unprivileged),
              let p = GroupMetric.selectionRate.proportion(of: sides.privileged),
              let value = TwoProportionTest.pValue(u.successes, u.trials, p.successes, p.trials) else { return nil }
        return ParityTest(pValue: value, adjustedPValue: value, distinguishable: false)
    }
}

/// "95%" for 0.95.
enum ReportPercent {
    static func text(_ confidence: Double) -> String {
        let percent = confidence * 100
        return percent == percent.rounded() ? "\(Int(percent))%" : "\(percent)%"
    }
}
