@testable import FairKit

/// The worked example of `FairnessAudit`'s documentation, as rows: sex = Male with TP 80, FP 20,
/// TN 80, FN 20 (200 rows) and sex = Female with TP 10, FP 10, TN 60, FN 20 (100 rows).
///
/// Hand-derived values used by the tests (M = Male, F = Female, all = both):
///   selection rate  M 100/200 = 0.5   F 20/100 = 0.2   all 120/300 = 0.4
///   TPR             M 80/100 = 0.8    F 10/30 = 1/3    all 90/130 = 9/13
///   FPR             M 20/100 = 0.2    F 10/70 = 1/7    all 30/170 = 3/17
///   FNR             M 20/100 = 0.2    F 20/30 = 2/3    all 40/130 = 4/13
///   PPV             M 80/100 = 0.8    F 10/20 = 0.5    all 90/120 = 0.75
///   accuracy        M 160/200 = 0.8   F 70/100 = 0.7   all 230/300 = 23/30
enum FairnessAuditExample {
    /// (group, label, prediction) rows with the given counts.
    static func rows(_ group: String, tp: Int, fp: Int, tn: Int, fn: Int) -> [(group: String, label: Int, prediction: Int)] {
        Array(repeating: (group, 1, 1), count: tp) + Array(repeating: (group, 0, 1), count: fp)
            + Array(repeating: (group, 0, 0), count: tn) + Array(repeating: (group, 1, 0), count: fn)
    }

    static let all = rows("Male", tp: 80, fp: 20, tn: 80, fn: 20) + rows("Female", tp: 10, fp: 10, tn: 60, fn: 20)

    static var sex: SensitiveFeature { SensitiveFeature(name: "sex", values: all.map(\.group)) }

    static func audit(_ options: FairnessAudit.Options = .init()) throws -> FairnessAudit {
        try FairnessAudit(labels: all.map(\.label), predictions: all.map(\.prediction), protected: [sex], options: options)
    }
}
