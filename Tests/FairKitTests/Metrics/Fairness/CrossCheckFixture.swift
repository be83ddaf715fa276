import Foundation
@testable import FairKit

/// The 200-row dataset of scripts/reference/fairness_crosscheck.py, rebuilt from the same formula
/// (integer arithmetic and IEEE operations only, so Swift and Python produce identical values).
struct CrossCheckFixture {
    var sex: [String] = []
    var race: [String] = []
    var labels: [Int] = []
    var predictions: [Int] = []
    var weights: [Double] = []
    var scores: [Double] = []
    var features: [[Double]] = []

    init(rows: Int = 200) {
        for i in 0..<rows {
            let s = (i * 7 + 3) % 5 < 2 ? "F" : "M"
            let y = (i * 13 + 5) % 7 < 3 ? 1 : 0
            let flip = (i * 29 + (s == "M" ? 3 : 0)) % 10 < 3
            sex.append(s)
            race.append(["A", "B", "C"][(i * 11 + i / 7) % 3])
            labels.append(y)
            predictions.append(flip ? 1 - y : y)
            weights.append(0.5 + Double((i * 19) % 7) * 0.25)
            scores.append(min(1, 0.05 + 0.4 * Double(y) + Double((i * 37) % 61) / 100))
            features.append([0.6180339887498949, 0.4142135623730951, 0.7320508075688772].map {
                (Double(i) * $0).truncatingRemainder(dividingBy: 1)
            })
        }
    }

    var sexFeature: SensitiveFeature { SensitiveFeature(name: "sex", values: sex) }
    var raceFeature: SensitiveFeature { SensitiveFeature(name: "race", values: race) }
}
