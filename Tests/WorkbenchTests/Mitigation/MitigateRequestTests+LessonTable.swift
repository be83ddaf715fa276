import FairKit
import Foundation
import XCTest
@testable import Workbench

/// Module 4's German table (lessons/04-mitigation/lesson.md): its deterministic rows are what
/// `learn mitigate` prints, scored on decisions. The numbers are scikit-learn's and AIF360's on the
/// same split (scripts/reference/content_mitigation.py, `german_lesson_table`, with
/// BBA_DIR=/tmp/bba for the remover): the plain model's decisions right on 227 of 300 test rows
/// (0.7567), DP difference 0.1741; reweighed (AIF360's weights), 226 of 300 (0.7533) and 0.0403;
/// the disparate impact remover at λ = 1, 231 of 300 (0.7700) and 0.1644.
extension MitigateRequestTests {
    func testTheLessonTablesDeterministicRowsAreWhatMitigatePrints() throws {
        let reweighed = try request("reweighing").run(currentDirectory: folder)
        XCTAssertEqual(try XCTUnwrap(reweighed.baseline.accuracy), 227.0 / 300, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(reweighed.baseline.demographicParityDifference), 0.1741, accuracy: 5e-5)
        XCTAssertEqual(try XCTUnwrap(reweighed.mitigated.accuracy), 226.0 / 300, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(reweighed.mitigated.demographicParityDifference), 0.0403, accuracy: 5e-5)
        let repaired = try request("di-remover").run(currentDirectory: folder)
        XCTAssertEqual(try XCTUnwrap(repaired.mitigated.accuracy), 231.0 / 300, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(repaired.mitigated.demographicParityDifference), 0.1644, accuracy: 5e-5)
    }
}
