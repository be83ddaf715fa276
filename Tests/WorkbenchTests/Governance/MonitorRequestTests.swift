import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn monitor`'s request on GateRequestTests' hand-written model (prediction 1 exactly when
/// x > 0). Baseline: the clean file (x = 1 for 5 of A's 10 rows and 5 of B's, else -1). Its x
/// quantile cuts are -1, 0, 1 (deciles of ten -1s and ten 1s: positions 1.9 .. 17.1, the median
/// halfway, 0), so x's bins (-inf, -1], (-1, 0], (0, 1], (1, inf) hold shares 0.5, 0, 0.5, 0.
final class MonitorRequestTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (text, name) in [(GateRequestTests.model, "model.json"), (GateRequestTests.policy, "policy.json"),
                             (GateRequestTests.rows(positivesA: 5, positivesB: 5), "baseline.csv"),
                             (GateRequestTests.rows(positivesA: 5, positivesB: 5), "same.csv"),
                             (GateRequestTests.rows(positivesA: 5, positivesB: 1), "breach.csv"),
                             // Unlabelled, every x moved to 3.
                             ("sex,x\n" + String(repeating: "A,3\n", count: 10) + String(repeating: "B,3\n", count: 10), "drifted.csv")] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func monitor(_ batches: String, policy: String? = nil) throws -> MonitorResult {
        try MonitorRequest(model: "model.json", baseline: "baseline.csv", batches: batches, protected: "sex", policy: policy)
            .run(currentDirectory: folder)
    }

    func testUnchangedBatchRaisesNothing() throws {
        let result = try monitor("same.csv", policy: "policy.json")
        XCTAssertFalse(result.alerted, result.text())
        let x = try XCTUnwrap(result.batches[0].drift.first { $0.column == "x" })
        XCTAssertEqual(x.psi.number, 0)
        XCTAssertEqual(x.ks?.statistic, 0)
        XCTAssertEqual(result.batches[0].drift.map(\.column), ["sex", "x", "score"])
        XCTAssertEqual(result.batches[0].accuracy?.number, 1)
    }

    func testPlantedDriftIsCaught() throws {
        let batch = try monitor("drifted.csv").batches[0]
        XCTAssertFalse(batch.labelled)
        let x = try XCTUnwrap(batch.drift.first { $0.column == "x" })
        // Batch shares 0, 0, 0, 1; floored: p = (0.5, 1e-4, 0.5, 1e-4), q = (1e-4, 1e-4, 1e-4, 1).
        let psi = 2 * (1e-4 - 0.5) * log(1e-4 / 0.5) + (1 - 1e-4) * log(1 / 1e-4)  // 8.5155 + 9.2094 = 17.7249
        XCTAssertEqual(x.psi.number ?? .nan, psi, accuracy: 1e-12)
        // Every baseline value is <= 1 < 3: D = 1; z = √(20·20/40) = √10, p = 2 (e^-20 - e^-80 + ...).
        XCTAssertEqual(x.ks?.statistic, 1)
        XCTAssertEqual(x.ks?.pValue ?? .nan, 2 * exp(-20.0), accuracy: 1e-15)
        XCTAssertTrue(batch.alerts.contains { $0.hasPrefix("x: PSI 17.7249 > 0.25") }, "\(batch.alerts)")
        XCTAssertTrue(batch.alerts.contains { $0.hasPrefix("x: KS D = 1, p = 4.12e-09") }, "\(batch.alerts)")
        XCTAssertFalse(batch.alerts.contains { $0.hasPrefix("sex:") }, "sex is unchanged: \(batch.alerts)")
    }

    func testPolicyBreachAlertsWithoutDrift() throws {
        let result = try monitor("same.csv,breach.csv", policy: "policy.json")
        XCTAssertEqual(result.tier, "high")
        let breach = result.batches[1]
        // x shares 0.7, 0, 0.3, 0 against 0.5, 0, 0.5, 0: PSI = 0.2 ln(0.7/0.5) + 0.2 ln(0.5/0.3) = 0.1695, under 0.25;
        // KS D = 0.2, z = √10 · 0.2 = 0.632, p ≈ 0.82: no drift alert on x.
        let x = try XCTUnwrap(breach.drift.first { $0.column == "x" })
        XCTAssertEqual(x.psi.number ?? .nan, 0.2 * log(0.7 / 0.5) + 0.2 * log(0.5 / 0.3), accuracy: 1e-12)
        XCTAssertFalse(breach.alerts.contains { $0.hasPrefix("x:") }, "\(breach.alerts)")
        // The policy: selection rates 0.5 and 0.1, ratio 0.2 < 0.8 and difference 0.4 > 0.1.
        XCTAssertTrue(breach.alerts.contains("selection_rate ratio >= 0.8 [sex]: 0.2"), "\(breach.alerts)")
        XCTAssertTrue(breach.alerts.contains("selection_rate difference <= 0.1 [sex]: 0.4"), "\(breach.alerts)")
        let json = try JSONSerialization.jsonObject(with: Data(try result.json().utf8)) as? [String: Any]
        XCTAssertEqual(json?["alerted"] as? Bool, true)
    }

    func testNoBatchIsAUsageError() {
        XCTAssertThrowsError(try monitor(" , ")) { XCTAssertEqual(($0 as? RequestFailure)?.kind, .usage) }
    }
}
