extension MitigationReport {
    /// The methods that read the protected column when they decide (post-processing).
    static let methodsReadingTheGroup: Set<String> = ["threshold-optimizer", "eq-odds", "calibrated-eq-odds", "reject-option"]

    /// The plain-language summary: what changed in accuracy and in each disparity, and how much
    /// of the decision is left to chance.
    ///
    /// Example: accuracy 0.7633 → 0.7500 reads "Accuracy went from 0.763 to 0.750 (-1.3 points)."
    var summary: [String] {
        var lines = ["\(method) on \(protectedColumn), compared on \(ReportNumber.count(rowCount)) \(testData.map { "rows of \($0)" } ?? "training rows")."]
        if let a = baseline.accuracy, let b = mitigated.accuracy {
            lines.append("Accuracy went from \(ReportNumber.rate(a)) to \(ReportNumber.rate(b)) (\(b - a >= 0 ? "+" : "")\(ReportNumber.points(b - a)) points).")
        }
        for (name, meaning, a, b) in [
            ("demographic parity difference", "the largest minus the smallest group's selection rate", baseline.demographicParityDifference,
             mitigated.demographicParityDifference),
            ("equalized odds difference", "the larger of the TPR and FPR gaps between groups", baseline.equalizedOddsDifference,
             mitigated.equalizedOddsDifference),
        ] {
            guard let a, let b else { lines.append("The \(name) is undefined on these rows (a group lacks positives or negatives)."); continue }
            let verdict = b < a ? "smaller: the groups are treated more alike on this measure"
                : b > a ? "larger: the gap between the groups widened" : "unchanged"
            lines.append("The \(name) (\(meaning); 0 is parity) went from \(ReportNumber.rate(a)) to \(ReportNumber.rate(b)), \(verdict).")
        }
        if mitigated.randomisedShare > 0 {
            lines.append("\(ReportNumber.percent(mitigated.randomisedShare)) of the rows get a randomised decision from the mitigated model: "
                         + "a coin weighted by P(positive), seeded so that learn predict repeats it.")
        }
        return lines
    }

    /// What the comparison cannot show.
    var limitations: [String] {
        var lines: [String] = []
        if testData == nil {
            lines.append("Compared on the training rows, which flatter both models; give --test held-out rows for an honest comparison.")
        }
        lines.append("Only \(protectedColumn) is measured; other protected columns and their intersections can still differ "
                     + "(learn audit or learn card on the mitigated model's predictions shows them).")
        if Self.methodsReadingTheGroup.contains(method) {
            lines.append("The mitigated model reads \(protectedColumn) for every decision: treating groups differently on purpose, "
                         + "which some laws and policies forbid.")
        }
        if mitigated.randomisedShare > 0 {
            lines.append("Randomised decisions can treat two identical applicants differently; the numbers above are their expected values.")
        }
        lines.append("Rates of small groups are uncertain; this comparison gives no confidence intervals.")
        return lines
    }
}
