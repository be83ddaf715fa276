import XCTest
@testable import Workbench

final class GradeProgressTests: XCTestCase {
    func testTimeLeftIsTheMeanTimeSoFarTimesTheLearnersLeft() {
        // 4 of 10 done in 20 s: 5 s each, 6 left = 30 s.
        let progress = GradeProgress(done: 4, total: 10, learner: "ada", reused: false, elapsedSeconds: 20)
        XCTAssertEqual(progress.secondsLeft ?? -1, 30, accuracy: 1e-9)
        XCTAssertNil(GradeProgress(done: 0, total: 10, learner: "", reused: false, elapsedSeconds: 1).secondsLeft)
    }

    func testShardsDependOnTheNameAloneAndCoverEveryLearner() {
        let names = (0 ..< 200).map { "learner\($0)" }
        let shards = names.map { GradeRequest.shard(of: $0, count: 4) }
        XCTAssertTrue(shards.allSatisfy { (1 ... 4).contains($0) })
        XCTAssertEqual(Set(shards), [1, 2, 3, 4])
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector); mod 4 = 0 -> shard 1.
        XCTAssertEqual(GradeRequest.shard(of: "a", count: 4), 1)
        XCTAssertThrowsError(try GradeRequest.parseShard("0/4"))
        XCTAssertThrowsError(try GradeRequest.parseShard("2"))
        XCTAssertEqual(try GradeRequest.parseShard("2/4").index, 2)
    }

    func testPointsTextAndCSVFields() {
        XCTAssertEqual([10, 10.0 / 3, 2.5, 0.05, 0].map(GradePoints.text), ["10", "3.33", "2.5", "0.05", "0"])
        XCTAssertEqual(GradeOutputs.csvField("a,b"), "\"a,b\"")
        XCTAssertEqual(GradeOutputs.csvField("=cmd()"), "'=cmd()")
        XCTAssertEqual(GradeOutputs.csvField("-1.5"), "-1.5")
    }
}
