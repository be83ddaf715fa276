import Glibc

/// The population stability index: how far a batch's distribution of one feature has moved from
/// the baseline's.
///
/// PSI = Σᵢ (qᵢ - pᵢ) · ln(qᵢ / pᵢ), over bins i, where pᵢ is the baseline's share of rows in bin i
/// and qᵢ the batch's (Siddiqi, "Credit Risk Scorecards", 2006; it is the symmetrised
/// Kullback-Leibler divergence J(p, q)). Each share below `DriftConstants.psiFloor` (1e-4) is raised
/// to it first, so an empty bin counts as a large but finite shift.
///
/// Bins. Numeric: cut at the baseline's quantiles k / 10, k = 1...9 (linear interpolation, numpy's
/// default), duplicates removed; a value equal to a cut goes to the lower bin (bins are (a, b]),
/// the first bin is open below and the last open above, so a batch value outside the baseline's
/// range still lands in a bin. Categorical: one bin per baseline category, one for "missing", and
/// one for every category the baseline never saw.
///
/// Example: baseline 1, 2, ..., 10 gives cuts 1.9, 2.8, ..., 9.1 and one value per bin (p = 0.1
/// each). A batch of ten 10s puts everything in the last bin: q = (1e-4 × 9, 1), and
/// PSI = 9 · (1e-4 - 0.1) · ln(1e-4 / 0.1) + (1 - 0.1) · ln(1 / 0.1) = 6.2108 + 2.0723 = 8.2831.
/// The baseline against itself is 0.
public enum PopulationStabilityIndex {
    /// PSI of numeric `batch` against numeric `baseline` (both non-empty, missing values left out).
    public static func numeric(baseline: [Double], batch: [Double]) -> MetricValue {
        guard !baseline.isEmpty, !batch.isEmpty else { return .undefined(reason: "PSI needs rows in both the baseline and the batch") }
        let cuts = quantileCuts(baseline)
        return .value(index(shares(baseline, cuts), shares(batch, cuts)))
    }

    /// PSI of categorical `batch` against `baseline` (`nil` is missing, its own bin).
    public static func categorical(baseline: [String?], batch: [String?]) -> MetricValue {
        guard !baseline.isEmpty, !batch.isEmpty else { return .undefined(reason: "PSI needs rows in both the baseline and the batch") }
        var bins = Set(baseline.map { $0 ?? missingBin })
        bins.formUnion(batch.map { $0 ?? missingBin })
        let order = bins.sorted()
        func shares(_ values: [String?]) -> [Double] {
            var counts = Dictionary(uniqueKeysWithValues: order.map { ($0, 0) })
            for value in values { counts[value ?? missingBin, default: 0] += 1 }
            return order.map { Double(counts[$0] ?? 0) / Double(values.count) }
        }
        return .value(index(shares(baseline), shares(batch)))
    }

    /// Σ (q - p) ln(q / p) with both shares floored.
    static func index(_ p: [Double], _ q: [Double]) -> Double {
        zip(p, q).reduce(0) { sum, pair in
            let (p, q) = (max(pair.0, DriftConstants.psiFloor), max(pair.1, DriftConstants.psiFloor))
            return sum + (q - p) * log(q / p)
        }
    }

    /// The baseline's quantiles k / bins, k = 1 ..< bins, linear interpolation, without repeats.
    static func quantileCuts(_ baseline: [Double]) -> [Double] {
        let sorted = baseline.sorted()
        var cuts: [Double] = []
        for k in 1..<DriftConstants.psiBins {
            let position = Double(k) / Double(DriftConstants.psiBins) * Double(sorted.count - 1)
            let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
            let cut = sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
            if cuts.last != cut { cuts.append(cut) }
        }
        return cuts
    }

    /// The share of `values` in each bin (a, b] of `cuts`.
    static func shares(_ values: [Double], _ cuts: [Double]) -> [Double] {
        var counts = [Int](repeating: 0, count: cuts.count + 1)
        for x in values {
            // The number of cuts strictly below x is x's bin: a value equal to a cut stays below it.
            var low = 0, high = cuts.count
            while low < high {
                let mid = (low + high) / 2
                if cuts[mid] < x { low = mid + 1 } else { high = mid }
            }
            counts[low] += 1
        }
        return counts.map { Double($0) / Double(values.count) }
    }

    /// The bin of missing categorical values.
    static let missingBin = "(missing)"
}
