import Foundation
import XCTest
@testable import Workbench

/// The declarations read from exercise files, and the refusals for what cannot cross a pipe.
final class ExerciseAPITests: XCTestCase {
    static let solutions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../solutions/01-foundations").standardizedFileURL

    func api(_ name: String) throws -> ExerciseAPI {
        ExerciseAPI(source: try String(contentsOf: Self.solutions.appendingPathComponent(name), encoding: .utf8))
    }

    func testModuleOneSolutionsDeclareTheirFunctionsAndTypes() throws {
        let split = try api("01_seeded_split.swift")
        XCTAssertEqual(split.problems, [])
        XCTAssertEqual(split.functions.map(\.id), ["shuffledIndices(count:seed:)", "trainTestSplit(rowCount:testFraction:seed:)"])
        XCTAssertEqual(split.functions[1].returnType, "Split?")
        XCTAssertEqual(split.types, [.init(name: "Split", declaresCodable: true)])

        let confusion = try api("02_confusion_matrix.swift")
        XCTAssertEqual(confusion.problems, [])
        XCTAssertEqual(confusion.functions.map(\.id), ["confusionMatrix(labels:predictions:)"])
        XCTAssertEqual(confusion.functions[0].parameters.map(\.type), ["[Int]", "[Int]"])
        XCTAssertEqual(confusion.functions[0].returnType, "ConfusionMatrix?")
        XCTAssertEqual(confusion.types, [.init(name: "ConfusionMatrix", declaresCodable: false)])

        let metrics = try api("03_classification_metrics.swift")
        XCTAssertEqual(metrics.problems, [])
        XCTAssertEqual(metrics.functions.map(\.id), ["accuracy(_:)", "precision(_:)", "recall(_:)", "f1Score(_:)", "fraction(_:of:)"])
        let fraction = metrics.functions[4]
        XCTAssertEqual(fraction.parameters, [.init(label: nil, name: "part", type: "Int", defaultValue: nil),
                                             .init(label: "of", name: "whole", type: "Int", defaultValue: nil)])

        let gap = try api("04_group_gap.swift")
        XCTAssertEqual(gap.problems, [])
        XCTAssertEqual(gap.functions.map(\.returnType), ["[String: Double]?", "Double?"])

        let audit = try api("05_audit_table.swift")
        XCTAssertEqual(audit.problems, [])
        XCTAssertEqual(audit.functions.map(\.name), ["auditTable", "selectionRateGap", "truePositiveRateGap", "spread"])
        XCTAssertEqual(audit.types.map(\.name), ["GroupAudit"])
    }

    func testTrickyDeclarations() {
        let api = ExerciseAPI(source: """
        import Foundation
        /// A doc comment mentioning func fake(x: (Int, Int)) -> Int { 0 }
        struct Point: Codable, Equatable {
            var x: Double
            var y = 0.0 // func notAFunction() {}
            static let origin = Point(x: 0)
            init(x: Double, y: Double = 0) { self.x = x; self.y = y }
            init?(text: String) { return nil }
            mutating func scale(by factor: Double) { x *= factor }
            static func parse(_ s: String) throws -> Point { Point(x: 0) }
        }
        enum Shape { case dot, line }
        extension Point {
            func distance(to other: Point) -> Double { 0 }
        }
        @discardableResult
        func clamp(_ value: Double, lower: Double = 0, upper: Double = "}".isEmpty ? 1 : 2) -> Double { value }
        func log(_ message: String) {}
        private func helper() -> (Int, Int) { (1, 2) }
        """)
        XCTAssertEqual(api.problems, [])
        XCTAssertEqual(api.functions.map(\.id), ["Point.init(x:y:)", "Point.init(text:)", "Point.scale(by:)", "Point.parse(_:)",
                                                 "Point.distance(to:)", "clamp(_:lower:upper:)", "log(_:)"])
        XCTAssertEqual(api.types, [.init(name: "Point", declaresCodable: true), .init(name: "Shape", declaresCodable: false)])
        let initializer = api.functions[0]
        XCTAssertTrue(initializer.isInitializer)
        XCTAssertEqual(initializer.parameters[1].defaultValue, "0")
        XCTAssertTrue(api.functions[1].isFailable)
        XCTAssertTrue(api.functions[2].isMutating)
        XCTAssertTrue(api.functions[3].isStatic && api.functions[3].isThrowing)
        XCTAssertTrue(api.functions[4].sendsSelf)
        XCTAssertEqual(api.functions[5].parameters.map(\.label), [nil, "lower", "upper"])
        XCTAssertEqual(api.functions[5].parameters[2].defaultValue, #""}".isEmpty ? 1 : 2"#)
        XCTAssertNil(api.functions[6].returnType)
    }

    func testDeclarationsThatCannotCrossAreNamed() {
        let api = ExerciseAPI(source: """
        func split(_ rows: Int) -> (train: [Int], test: [Int]) { ([], []) }
        func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
        func apply(_ f: (Int) -> Int) -> Int { f(1) }
        func bump(_ x: inout Int) { x += 1 }
        func total(_ xs: Int...) -> Int { 0 }
        final class Model { func fit() {} }
        struct Box { var width = 1; var area: Int { width * width } }
        """)
        let reasons = api.problems.map { "\($0.line): \($0.reason)" }
        XCTAssertEqual(api.problems.count, 7, reasons.joined(separator: "\n"))
        XCTAssertTrue(reasons[0].hasPrefix("1: the result: a tuple ((train: [Int], test: [Int])) is not Codable"), reasons[0])
        XCTAssertTrue(reasons[1].hasPrefix("2: a generic function"), reasons[1])
        XCTAssertTrue(reasons[2].contains("a closure"), reasons[2])
        XCTAssertTrue(reasons[3].contains("inout"), reasons[3])
        XCTAssertTrue(reasons[4].contains("variadic"), reasons[4])
        XCTAssertTrue(reasons[5].contains("a class cannot cross"), reasons[5])
        XCTAssertTrue(reasons[6].contains("computed property"), reasons[6])
        XCTAssertEqual(api.problems[0].declaration, "func split(_ rows: Int) -> (train: [Int], test: [Int])")
        XCTAssertThrowsError(try ProxySource.proxyModule(api)) { error in
            XCTAssertTrue("\(error)".contains("line 1: func split"), "\(error)")
        }
    }

    func testProxyReplacesBodiesAndKeepsTypes() throws {
        let api = try api("02_confusion_matrix.swift")
        let proxy = try ProxySource.proxyModule(api)
        XCTAssertTrue(proxy.contains("var truePositives = 0"))
        XCTAssertFalse(proxy.contains("matrix.truePositives += 1"), "the solution's body must not reach the test process")
        XCTAssertTrue(proxy.contains(#"__Remote.call("confusionMatrix(labels:predictions:)", this: nil, [__Remote.encode(labels), __Remote.encode(predictions)]"#))
        XCTAssertTrue(proxy.contains("extension ConfusionMatrix: Codable {}"))
        let server = try ProxySource.serverDispatcher(api, suite: "XCTAssertEqual(confusionMatrix(labels: [1], predictions: [1]), nil)")
        XCTAssertTrue(server.contains("let result = LearnerCode.confusionMatrix(labels: a0, predictions: a1)"), server)
        let unused = try ProxySource.serverDispatcher(api, suite: "XCTAssertEqual(1, 1)")
        XCTAssertFalse(unused.contains("confusionMatrix"), "a declaration the suite never calls needs no case")
    }
}
