import XCTest
@testable import Workbench

final class ToolkitObjectsTests: XCTestCase {
    /// A FairKit source deleted since an earlier build leaves its object behind; only objects of
    /// listed sources, and objects that are not a source's (the module's own), are linked.
    func testStaleObjectOfADeletedSourceIsDropped() {
        let names = ["A.swift.o", "Gone.swift.o", "FairKit.swiftmodule.o", "A.swift.d", "sources"]
        let list = "/w/Sources/FairKit/Models/A.swift\n/w/Sources/FairKit/Numerics/B.swift\n"
        XCTAssertEqual(Toolkit.currentObjects(names, sourceList: list).sorted(), ["A.swift.o", "FairKit.swiftmodule.o"])
    }

    /// Without SwiftPM's list every object is kept, as before.
    func testWithoutAListEveryObjectIsKept() {
        XCTAssertEqual(Toolkit.currentObjects(["A.swift.o", "Gone.swift.o", "x.d"], sourceList: nil), ["A.swift.o", "Gone.swift.o"])
    }
}
