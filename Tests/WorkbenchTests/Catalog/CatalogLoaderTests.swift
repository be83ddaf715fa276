import Foundation
import XCTest
@testable import Workbench

final class CatalogLoaderTests: XCTestCase {
    /// The error text for `json`, or nil when it decodes.
    private func errorText(_ json: String) -> String? {
        do {
            _ = try CatalogLoader.decode(Data(json.utf8), file: "lessons/catalog.json")
            return nil
        } catch {
            return error.description
        }
    }

    /// The sample catalog with `original` replaced by `replacement` (which must occur).
    private func sample(replacing original: String, with replacement: String) -> String {
        XCTAssertTrue(sampleCatalogJSON.contains(original), "fixture lacks \(original)")
        return sampleCatalogJSON.replacingOccurrences(of: original, with: replacement)
    }

    func testDecodesModulesAndExercisesInCourseOrder() throws {
        let catalog = try sampleCatalog()
        XCTAssertEqual(catalog.title, "Sample course")
        XCTAssertEqual(catalog.modules.map(\.id), ["basics", "more"])
        XCTAssertEqual(catalog.exercises.map(\.id), ["first", "second", "third"])
        let second = catalog.exercises[1]
        XCTAssertEqual(second.moduleID, "basics")
        XCTAssertEqual(second.lessonSection, "the-second")
        XCTAssertEqual(second.hints, ["gentle", "more", "direct"])
        XCTAssertEqual(second.suite, "Tests/ExerciseSuites/01-basics/SecondSuite.swift")
        XCTAssertEqual(second.solutionPath, "solutions/01-basics/second.swift")
        XCTAssertEqual(catalog.module(of: catalog.exercises[2])?.lesson, "lessons/02-more/lesson.md")
    }

    func testNewerFormatIsRefusedBeforeAnythingElse() {
        // The newer catalog also lacks "modules": the version is what must be reported.
        XCTAssertEqual(errorText(#"{"format_version": 2, "title": "x"}"#),
                       "lessons/catalog.json: format_version: version 2 is newer than this learn understands (1); "
                       + "update the workbench (git pull, then swift build)")
    }

    func testPointsAreOptional() throws {
        // The sample's third exercise gives "points": 5; without the field it has none.
        XCTAssertEqual(try sampleCatalog().exercises[2].points, 5)
        let json = sample(replacing: #""points": 5, "#, with: "")
        let catalog = try CatalogLoader.decode(Data(json.utf8), file: "lessons/catalog.json")
        XCTAssertNil(catalog.exercises[2].points)
    }

    func testMissingFieldIsNamedWithItsJSONPath() {
        let json = sample(replacing: #""suite": "Tests/ExerciseSuites/02-more/ThirdSuite.swift", "#, with: "")
        XCTAssertEqual(errorText(json), "lessons/catalog.json: modules[1].exercises[0]: the required field 'suite' is missing")
    }

    func testWrongTypeIsNamedWithItsJSONPath() {
        let json = sample(replacing: #""hints": ["gentle", "more", "direct"]"#, with: #""hints": "gentle""#)
        XCTAssertEqual(errorText(json), "lessons/catalog.json: modules[0].exercises[1].hints: expected a list")
        let points = sample(replacing: #""points": 5"#, with: #""points": "five""#)
        XCTAssertEqual(errorText(points), "lessons/catalog.json: modules[1].exercises[0].points: expected a whole number")
    }

    func testMalformedJSONSaysSo() throws {
        let text = try XCTUnwrap(errorText(#"{"format_version": 1, "title": }"#))
        XCTAssertTrue(text.hasPrefix("lessons/catalog.json: is not valid JSON"), text)
    }

    func testTooFewHintsAsInTheAuthoringGuide() {
        let json = sample(replacing: #""points": 5, "hints": ["gentle", "direct"]"#, with: #""points": 5, "hints": ["only one"]"#)
        XCTAssertEqual(errorText(json), "lessons/catalog.json: modules[1].exercises[0].hints: at least 2 hints are required, "
                       + "from gentle to direct (found 1)")
    }

    func testEveryProblemIsReportedAtOnce() {
        var json = sample(replacing: #""id": "second""#, with: #""id": "first""#)
        json = json.replacingOccurrences(of: #""path": "exercises/02-more/third.swift""#, with: #""path": "src/third.swift""#)
        json = json.replacingOccurrences(of: #""id": "more""#, with: #""id": "More Stuff""#)
        json = json.replacingOccurrences(of: #""lesson_section": "the-first""#, with: #""lesson_section": "The First""#)
        XCTAssertEqual(errorText(json), """
            lessons/catalog.json: modules[1].id: 'More Stuff' is not a valid id: use lower-case letters and digits joined by '-', such as 'seeded-split'
            lessons/catalog.json: modules[0].exercises[0].lesson_section: must be the slug of a lesson heading, such as 'a-seeded-split' for '## A seeded split' (got 'The First')
            lessons/catalog.json: modules[0].exercises[1].id: the id 'first' is already used at modules[0].exercises[0].id; each must be unique
            lessons/catalog.json: modules[1].exercises[0].path: 'src/third.swift' must lie in the exercises/ folder
            """)
    }

    func testPathsMustStayInsideTheWorkspace() {
        let json = sample(replacing: #""path": "exercises/02-more/third.swift""#, with: #""path": "exercises/../../etc/passwd""#)
        XCTAssertEqual(errorText(json), "lessons/catalog.json: modules[1].exercises[0].path: 'exercises/../../etc/passwd' "
                       + "must be a path relative to the course folder, without '..' or empty parts")
        let suite = sample(replacing: #""suite": "Tests/ExerciseSuites/02-more/ThirdSuite.swift""#, with: #""suite": "/tmp/Suite.swift""#)
        XCTAssertEqual(errorText(suite), "lessons/catalog.json: modules[1].exercises[0].suite: '/tmp/Suite.swift' "
                       + "must be a path relative to the course folder, without '..' or empty parts")
    }

    func testExerciseIdMustDifferFromModuleIds() {
        let json = sample(replacing: #""id": "third""#, with: #""id": "basics""#)
        XCTAssertEqual(errorText(json), "lessons/catalog.json: modules[1].exercises[0].id: 'basics' is also the id of the module "
                       + "at modules[0]; `learn lesson ID` takes either, so ids must differ")
    }

    func testLookupSuggestsTheNearestId() throws {
        let catalog = try sampleCatalog()
        XCTAssertEqual(try catalog.exercise(id: "second").title, "Second")
        XCTAssertThrowsError(try catalog.exercise(id: "secnod")) { error in
            XCTAssertEqual(error as? CatalogLookupError, .unknownExercise("secnod", suggestion: "second"))
            XCTAssertEqual("\(error)", "no exercise has the id 'secnod'; did you mean 'second'?")
        }
        XCTAssertThrowsError(try catalog.exercise(id: "zzzzzzzz")) { error in
            XCTAssertEqual("\(error)", "no exercise has the id 'zzzzzzzz'; run `learn list` to see every exercise")
        }
        let (module, exercise) = try catalog.moduleOrExercise(id: "third")
        XCTAssertEqual(module.id, "more")
        XCTAssertEqual(exercise?.id, "third")
        XCTAssertEqual(try catalog.moduleOrExercise(id: "basics").0.id, "basics")
        XCTAssertThrowsError(try catalog.moduleOrExercise(id: "mroe")) { error in
            XCTAssertEqual(error as? CatalogLookupError, .unknownModuleOrExercise("mroe", suggestion: "more"))
        }
    }

    func testNextPendingWrapsAroundTheCourse() throws {
        let catalog = try sampleCatalog()
        let first = catalog.exercises[0], third = catalog.exercises[2]
        XCTAssertEqual(catalog.nextPending(after: first) { _ in true }?.id, "second")
        XCTAssertEqual(catalog.nextPending(after: third) { _ in true }?.id, "first")
        XCTAssertEqual(catalog.nextPending(after: first) { $0.id == "first" }?.id, "first")
        XCTAssertNil(catalog.nextPending(after: nil) { _ in false })
    }

    func testLoadNamesAnUnreadableCatalog() throws {
        let temporary = try TemporaryWorkspace()
        defer { temporary.remove() }
        try FileManager.default.createDirectory(at: temporary.workspace.catalogFile, withIntermediateDirectories: true)
        XCTAssertThrowsError(try CatalogLoader.load(from: temporary.workspace)) { error in
            XCTAssertTrue("\(error)".hasPrefix("lessons/catalog.json: cannot be read"), "\(error)")
        }
    }
}
