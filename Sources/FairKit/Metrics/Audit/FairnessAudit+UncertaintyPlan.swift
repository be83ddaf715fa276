extension FairnessAudit {
    /// One section's share of the uncertainty work: which of the finest groups (strata) make up
    /// each of its groups, and the disparities its bootstrap resamples, in a fixed order:
    /// each metric's Fairlearn difference and ratio, each Fairlearn criterion's difference and
    /// ratio, each AIF360 metric (with privileged values), each Aequitas finding's disparity.
    struct UncertaintyPlan: Sendable {
        /// AIF360's two sides, as the section's group indices.
        struct Sides: Sendable {
            let privileged: [Int]
            let unprivileged: [Int]

            /// The summed counts of each side.
            func sum(_ counts: [ConfusionCounts]) -> (privileged: ConfusionCounts, unprivileged: ConfusionCounts) {
                (privileged.reduce(.zero) { $0 + counts[$1] }, unprivileged.reduce(.zero) { $0 + counts[$1] })
            }
        }

        /// An Aequitas finding to resample: the metric, the group and its reference, by index.
        struct Comparison: Sendable {
            let metric: GroupMetric
            let group: Int
            let reference: Int
        }

        /// Per stratum, the section's group it belongs to.
        private let stratumGroup: [Int]
        private let names: [String]
        private let metrics: [GroupMetric]
        /// AIF360's sides, when the section has privileged values.
        let sides: Sides?
        /// Per Aequitas finding (in order), the comparison to resample; `nil` for the reference itself.
        private let comparisons: [Comparison?]

        /// How many values `statistics` returns.
        var width: Int {
            2 * metrics.count + 2 * FairlearnDisparity.all.count + (sides == nil ? 0 : AIF360Comparison.reported.count) + comparisons.count
        }

        init(section: Section, features: [SensitiveFeature], strata: GroupIndex, options: Options) throws {
            // Section.init numbers its groups by this same index, so group g here is section.groups[g].
            let index = try GroupIndex(features.filter { section.attributes.contains($0.name) })
            var stratumGroup = [Int](repeating: -1, count: strata.count)
            for (s, g) in zip(strata.codes, index.codes) where s >= 0 && stratumGroup[Int(s)] < 0 { stratumGroup[Int(s)] = Int(g) }
            let position = Dictionary(uniqueKeysWithValues: section.groups.enumerated().map { ($1.name, $0) })
            let metrics = options.auditedMetrics
            self.stratumGroup = stratumGroup
            self.names = section.groups.map(\.name)
            self.metrics = metrics
            self.sides = section.aif360.map { Sides(privileged: $0.privileged.compactMap { position[$0] },
                                                    unprivileged: $0.unprivileged.compactMap { position[$0] }) }
            self.comparisons = section.aequitas.findings.map { finding in
                guard let referenceName = finding.referenceGroup, referenceName != finding.group,
                      let g = position[finding.group], let r = position[referenceName],
                      let metric = metrics.first(where: { $0.id == finding.metricID }) else { return nil }
                return Comparison(metric: metric, group: g, reference: r)
            }
        }

        /// The counts of each of the section's groups, summed from the strata's.
        func groupCounts(_ strataCounts: [ConfusionCounts]) -> [ConfusionCounts] {
            var counts = [ConfusionCounts](repeating: .zero, count: names.count)
            for (s, g) in stratumGroup.enumerated() where g >= 0 { counts[g] = counts[g] + strataCounts[s] }
            return counts
        }

        /// The Wilson interval of every audited proportion on `counts`, by metric id.
        func wilson(_ counts: ConfusionCounts, confidence: Double) -> [String: ConfidenceInterval] {
            var intervals: [String: ConfidenceInterval] = [:]
            for metric in metrics {
                if let (x, n) = metric.proportion(of: counts), let interval = ConfidenceInterval.wilson(successes: x, trials: n, confidence: confidence) {
                    intervals[metric.id] = interval
                }
            }
            return intervals
        }

        /// The z-test of the Aequitas finding at `f` against its reference (Holm's adjustment comes
        /// later); `nil` for the reference itself, a metric that is no proportion, an empty denominator.
        func test(findingAt f: Int, counts: [ConfusionCounts]) -> ParityTest? {
            guard let comparison = comparisons[f],
                  let a = comparison.metric.proportion(of: counts[comparison.group]),
                  let b = comparison.metric.proportion(of: counts[comparison.reference]),
                  let p = TwoProportionTest.pValue(a.successes, a.trials, b.successes, b.trials) else { return nil }
            return ParityTest(pValue: p, adjustedPValue: p, distinguishable: false)
        }

        /// Aequitas's significance test of the finding at `f` (see `AequitasSignificance`).
        func aequitasTest(findingAt f: Int, counts: [ConfusionCounts]) -> AequitasSignificance.Result? {
            guard let comparison = comparisons[f],
                  let a = comparison.metric.proportion(of: counts[comparison.group]),
                  let b = comparison.metric.proportion(of: counts[comparison.reference]) else { return nil }
            return AequitasSignificance.test(group: .init(ones: a.successes, count: a.trials),
                                             reference: .init(ones: b.successes, count: b.trials))
        }

        /// Every resampled disparity on one resample's strata counts (`nil` where undefined).
        func statistics(_ strataCounts: [ConfusionCounts]) -> [Double?] {
            let overall = strataCounts.reduce(.zero, +)
            let counts = groupCounts(strataCounts)
            var cache: [String: GroupValues] = [:]
            func values(_ metric: GroupMetric) -> GroupValues {
                if let known = cache[metric.id] { return known }
                let computed = GroupValues(metricID: metric.id, displayName: metric.displayName, groups: names,
                                           values: counts.map { metric.value(of: $0, in: overall) }, overall: metric.value(of: overall))
                cache[metric.id] = computed
                return computed
            }
            var out: [Double?] = []
            out.reserveCapacity(width)
            for metric in metrics {
                let v = values(metric)
                out += [v.difference().number, v.ratio().number]
            }
            for criterion in FairlearnDisparity.all {
                out += [criterion.difference(values).number, criterion.ratio(values).number]
            }
            if let sides {
                let (p, u) = sides.sum(counts)
                let comparison = PrivilegedComparison(privilegedGroup: ProtectedGroup(anyOf: []), unprivilegedGroup: nil,
                                                      privileged: p, unprivileged: u, overall: overall)
                out += AIF360Comparison.reported.map { $0.value(on: comparison).number }
            }
            for comparison in comparisons {
                guard let comparison, let x = comparison.metric.value(of: counts[comparison.group], in: overall).number,
                      let r = comparison.metric.value(of: counts[comparison.reference], in: overall).number, r != 0 else {
                    out.append(nil)
                    continue
                }
                out.append(x / r)
            }
            return out
        }

        /// Puts the intervals of `statistics`' entries, in its order, on the section.
        func assign(_ intervals: [ConfidenceInterval?], to section: inout Section) {
            var next = intervals.makeIterator()
            for metric in metrics {
                section.fairlearn.metrics[metric.id]?.differenceInterval = next.next() ?? nil
                section.fairlearn.metrics[metric.id]?.ratioInterval = next.next() ?? nil
            }
            for criterion in FairlearnDisparity.all {
                section.fairlearn.criteria[criterion.id]?.differenceInterval = next.next() ?? nil
                section.fairlearn.criteria[criterion.id]?.ratioInterval = next.next() ?? nil
            }
            if sides != nil {
                for metric in AIF360Comparison.reported {
                    if let interval = next.next() ?? nil { section.aif360?.intervals[metric.id] = interval }
                }
            }
            for f in comparisons.indices {
                section.aequitas.findings[f].disparityInterval = next.next() ?? nil
            }
        }
    }
}
