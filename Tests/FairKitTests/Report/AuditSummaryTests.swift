import XCTest
@testable import FairKit

final class AuditSummaryTests: XCTestCase {
    private typealias Example = FairnessAuditExample

    private func audit(_ rows: [(group: String, label: Int, prediction: Int)], attribute: String = "sex",
                       _ options: FairnessAudit.Options = .init()) throws -> FairnessAudit {
        try FairnessAudit(labels: rows.map(\.label), predictions: rows.map(\.prediction),
                          protected: [SensitiveFeature(name: attribute, values: rows.map(\.group))], options: options)
    }

    /// The sentences without the interval and test each flag's sentence ends with (checked in
    /// `testEachFlagSaysWhetherItIsDistinguishableFromParity`).
    private func withoutUncertainty(_ sentences: [String]) -> [String] {
        sentences.map { sentence in
            guard let range = sentence.range(of: #" (Its [0-9]+% interval|Distinguishable|Not distinguishable).*$"#, options: .regularExpression) else {
                return sentence
            }
            return String(sentence[..<range.lowerBound])
        }
    }

    func testEachFlagSaysWhetherItIsDistinguishableFromParity() throws {
        let sentences = AuditSummary.sentences(for: try Example.audit(.init(privileged: ["sex": ["Male"]])))
        // Selection rate 20/100 vs 100/200: statsmodels p = 5.73e-7; 7 tests, Holm's adjusted p = 4.0e-6 < 0.001.
        XCTAssertTrue(sentences[2].hasSuffix("; distinguishable from parity (Holm-adjusted p < 0.001)."), sentences[2])
        XCTAssertTrue(sentences[2].contains(" Its 95% interval is ["), sentences[2])
        // FPR 10/70 vs 20/100: statsmodels p = 0.336121, the largest of the 7, which Holm leaves as it is.
        XCTAssertTrue(sentences[5].hasSuffix("; not distinguishable from parity (Holm-adjusted p = 0.336), so the gap may be chance."), sentences[5])
    }

    func testOneSentencePerFlagWorstFirst() throws {
        // The example's rates (FairnessAuditExample) against Male, the largest group.
        XCTAssertEqual(withoutUncertainty(AuditSummary.sentences(for: try Example.audit(.init(privileged: ["sex": ["Male"]])))), [
            "5 disparities are flagged (outside [0.8, 1.25]): 5 for sex. Worst first:",
            "sex=Female's false negative rate is 3.33x that of sex=Male (false negative rate 0.667 vs 0.200): above the 1.25 "
                + "threshold (1/τ); sex=Female is at a disadvantage.",
            "sex=Female is selected at 0.40x the rate of sex=Male (selection rate 0.200 vs 0.500): below the 0.8 threshold "
                + "(the four-fifths rule); sex=Female is at a disadvantage.",
            "sex=Female's true positive rate is 0.42x that of sex=Male (true positive rate 0.333 vs 0.800): below the 0.8 "
                + "threshold; sex=Female is at a disadvantage.",
            "sex=Female's positive predictive value is 0.62x that of sex=Male (positive predictive value 0.500 vs 0.800): "
                + "below the 0.8 threshold; sex=Female is at a disadvantage.",
            "sex=Female's false positive rate is 0.71x that of sex=Male (false positive rate 0.143 vs 0.200): below the 0.8 "
                + "threshold; sex=Male is at a disadvantage.",
        ])
    }

    func testAHarmfulPositiveNamesTheOtherGroupAndDropsTheFourFifthsRule() throws {
        let audit = try Example.audit(.init(metrics: [.selectionRate], positiveIsHarmful: true))
        XCTAssertEqual(withoutUncertainty(AuditSummary.sentences(for: audit)).last,
                       "sex=Female is selected at 0.40x the rate of sex=Male (selection rate 0.200 vs 0.500): below the 0.8 threshold; "
                       + "sex=Male is at a disadvantage: sex=Male received the harmful positive prediction more often.")
    }

    func testAnAIF360FlagNamesBothSides() throws {
        // W 50/100 selected, B 15/60, O 14/40: the pool B + O is selected at 0.29 against 0.5.
        let rows = Example.rows("W", tp: 50, fp: 0, tn: 50, fn: 0) + Example.rows("B", tp: 15, fp: 0, tn: 45, fn: 0)
            + Example.rows("O", tp: 14, fp: 0, tn: 26, fn: 0)
        let sentences = withoutUncertainty(AuditSummary.sentences(for: try audit(rows, attribute: "race", .init(metrics: [.selectionRate], privileged: ["race": ["W"]]))))
        XCTAssertEqual(sentences[2], "The unprivileged group (race=B or race=O) is selected at 0.58x the rate of the privileged group "
                       + "(race=W) (selection rate 0.290 vs 0.500, AIF360's disparate impact): below the 0.8 threshold (the four-fifths "
                       + "rule); the unprivileged group is at a disadvantage.")
    }

    func testNothingFlaggedAndGroupsTooSmallToJudge() throws {
        // F: 10 rows, selected at 0.2 against M's 0.5: outside τ, but too small to judge.
        let rows = Example.rows("M", tp: 50, fp: 0, tn: 50, fn: 0) + Example.rows("F", tp: 2, fp: 0, tn: 8, fn: 0)
        XCTAssertEqual(AuditSummary.sentences(for: try audit(rows, .init(metrics: [.selectionRate]))), [
            "Nothing is flagged: every disparity between groups of 30 rows or more lies within [0.8, 1.25] (τ = 0.8).",
            // 0.2 against 0.5: statsmodels' NormalIndPower gives 37.9 rows per group, so 38.
            "Too small to judge (fewer than 30 rows): sex=F (10 rows). 1 disparity outside [0.8, 1.25] involves it and is not "
                + "counted as a flag (marked ?). Rows per group needed to tell the largest such gap from parity (two-proportion "
                + "z-test, α = 0.05, power 0.8): sex=F about 38.",
        ])
    }

    func testUndefinedDisparitiesAreCountedWithAnExample() throws {
        // F has no positive labels: its TPR and FNR disparities are undefined; its PPV is 0 (0/10),
        // a disparity of 0 against M's 0.8, the most severe.
        let rows = Example.rows("M", tp: 40, fp: 10, tn: 40, fn: 10) + Example.rows("F", tp: 0, fp: 10, tn: 40, fn: 0)
        let sentences = withoutUncertainty(AuditSummary.sentences(for: try audit(rows)))
        XCTAssertEqual(sentences[1], "sex=F's positive predictive value is 0.00x that of sex=M (positive predictive value 0.000 vs 0.800): "
                       + "below the 0.8 threshold; sex=F is at a disadvantage.")
        XCTAssertEqual(sentences.last, "2 disparities are undefined, so they could not be judged; for example, group 'sex=F' has no "
                       + "positive labels (TP + FN = 0), so its true positive rate is undefined. The notes under the tables give every reason.")
    }

    func testManyFlagsAreCountedBeyondTheWorstTen() throws {
        // g00 (100 rows, selected 0.5) is the reference; g01...g11 (40 rows, 0.25 each) give 11 flags.
        var rows = Example.rows("g00", tp: 50, fp: 0, tn: 50, fn: 0)
        for g in 1...11 { rows += Example.rows(String(format: "g%02d", g), tp: 10, fp: 0, tn: 30, fn: 0) }
        let sentences = AuditSummary.sentences(for: try audit(rows, attribute: "g", .init(metrics: [.selectionRate])))
        XCTAssertEqual(sentences.count, 12)
        XCTAssertEqual(sentences.first, "11 disparities are flagged (outside [0.8, 1.25]): 11 for g. The worst 10, each pair of groups' worst first:")
        XCTAssertEqual(sentences.last, "1 more is marked ! in the tables below.")
    }

    func testEveryPairOfGroupsShowsItsWorstFlagBeforeAnyShowsItsSecond() throws {
        // Against M, the largest group (TP 80, FP 20, TN 80, FN 20): selection 0.5, TPR 0.8, FPR 0.2.
        // A (TP 10, FP 0, TN 50, FN 40): selection 0.1 (0.2x), TPR 0.2 (0.25x), FPR 0 (0x): three flags.
        // B (TP 30, FP 5, TN 45, FN 20): selection 0.35 (0.7x), TPR 0.6 (0.75x), FPR 0.1 (0.5x).
        // Worst first (|ln ratio|): A fpr (∞), A selection (1.61), A tpr (1.39), B fpr (0.69), B selection (0.36),
        // B tpr (0.29); pairwise: A fpr, B fpr, then A selection, B selection, then A tpr, B tpr.
        let rows = Example.rows("M", tp: 80, fp: 20, tn: 80, fn: 20) + Example.rows("A", tp: 10, fp: 0, tn: 50, fn: 40)
            + Example.rows("B", tp: 30, fp: 5, tn: 45, fn: 20)
        let flags = try audit(rows, .init(metrics: [.selectionRate, .truePositiveRate, .falsePositiveRate])).flags
        XCTAssertEqual(AuditSummary.pairwise(flags).map { "\($0.group) \($0.metricID)" },
                       ["sex=A fpr", "sex=B fpr", "sex=A selection_rate", "sex=B selection_rate", "sex=A tpr", "sex=B tpr"])
    }
}
