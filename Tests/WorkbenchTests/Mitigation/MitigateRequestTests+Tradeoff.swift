import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn tradeoff`'s request on the German setup of MitigateRequestTests (rows 0..699 train,
/// 700..999 scored, protected age_group).
extension MitigateRequestTests {
    func tradeoff(_ change: (inout TradeoffRequest) -> Void = { _ in }) -> TradeoffRequest {
        var request = TradeoffRequest(train: TrainRequest(data: "train.csv", label: "good", exclude: "sex", out: ""),
                                      protectedColumn: "age_group", epsGrid: "0.01,0.1", test: "test.csv")
        change(&request)
        return request
    }

    /// 1 unmitigated + 2 eps + 10 grid candidates + 2 threshold constraints = 15 points; the eps
    /// 0.01 point is Fairlearn's (accuracy 0.75, DP difference 0.0031347962382445305,
    /// mitigation_exponentiated_gradient.py); the front is the points no other point dominates,
    /// and the recommendation is the most accurate point within the tolerance.
    func testSweepGivesTheFrontAndTheRecommendationAndWritesJSON() throws {
        let result = try tradeoff { $0.out = "sweep.json" }.run(currentDirectory: folder)
        XCTAssertEqual(result.points.count, 15)
        let eg = try XCTUnwrap(result.points.first { $0.method == "exponentiated_gradient" && $0.setting == "eps=0.01" })
        XCTAssertEqual(eg.accuracy, 0.75, accuracy: 1e-9)
        XCTAssertEqual(eg.disparity, 0.0031347962382445305, accuracy: 1e-9)
        for p in result.points {
            let dominated = result.points.contains { q in
                q.accuracy >= p.accuracy && q.disparity <= p.disparity && (q.accuracy > p.accuracy || q.disparity < p.disparity)
            }
            XCTAssertEqual(p.onParetoFront, !dominated, "\(p)")
        }
        let recommended = result.points[try XCTUnwrap(result.recommendation).index]
        XCTAssertLessThanOrEqual(recommended.disparity, 0.05)
        XCTAssertEqual(recommended.accuracy, result.points.filter { $0.disparity <= 0.05 }.map(\.accuracy).max())

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("sweep.json"))) as? [String: Any])
        XCTAssertEqual((json["points"] as? [Any])?.count, 15)
        XCTAssertEqual(json["pareto_front"] as? [Int], result.points.indices.filter { result.points[$0].onParetoFront })
        XCTAssertEqual((json["recommended"] as? [String: Any])?["meets_tolerance"] as? Bool, true)
        XCTAssertEqual(json["tolerance"] as? Double, 0.05)
        let lines = result.summaryLines()
        XCTAssertEqual(lines.count, 2 + 15 + 2, "title, header, one line a point, the recommendation, the file written")
        XCTAssertEqual(lines.filter { $0.hasSuffix("*") }.count, result.points.filter(\.onParetoFront).count)
        XCTAssertTrue(lines[17].hasPrefix("Recommended: ") && lines[17].hasSuffix("within the tolerance 0.05."), lines[17])
    }

    /// The exponentiated-gradient points at eps 0.05 and 0.1 are Fairlearn's too
    /// (mitigation_tradeoff.py): test expected accuracy 0.74 and DP difference
    /// 0.009261897976631572 at both.
    func testOtherEpsPointsAreFairlearns() throws {
        let result = try tradeoff { $0.methods = "exponentiated-gradient"; $0.epsGrid = "0.05,0.1" }.run(currentDirectory: folder)
        for setting in ["eps=0.05", "eps=0.1"] {
            let point = try XCTUnwrap(result.points.first { $0.method == "exponentiated_gradient" && $0.setting == setting }, setting)
            XCTAssertEqual(point.accuracy, 0.74, accuracy: 1e-9, setting)
            XCTAssertEqual(point.disparity, 0.009261897976631572, accuracy: 1e-9, setting)
        }
    }

    func testTradeoffOptionsAreChecked() {
        func failure(_ request: TradeoffRequest) -> RequestFailure? {
            do { _ = try request.run(currentDirectory: folder); return nil } catch { return error as? RequestFailure }
        }
        XCTAssertEqual(failure(tradeoff { $0.methods = "magic" })?.kind, .usage)
        XCTAssertEqual(failure(tradeoff { $0.epsGrid = "0.01,-1" })?.kind, .usage)
        XCTAssertEqual(failure(tradeoff { $0.tolerance = "x" })?.kind, .usage)
        XCTAssertEqual(failure(tradeoff { $0.protectedColumn = "nope" })?.kind, .badInput)
    }
}
