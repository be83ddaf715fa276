import Foundation
import XCTest
@testable import Workbench

final class ProjectManifestTests: XCTestCase {
    func testTheCoursesManifestLoads() throws {
        let manifest = try ProjectManifest.load(from: Workspace(root: ProjectWorkspace.repository))
        XCTAssertEqual(manifest.formatVersion, 1)
        let lending = try manifest.project(id: "lending-audit")
        XCTAssertEqual(lending.level, .beginner)
        XCTAssertEqual(lending.steps.map(\.id), ["selection-rates", "subgroup-errors", "decision-boundary", "proxy-strength"])
        let first = lending.steps[0]
        XCTAssertEqual(first.stubPath, "projects/lending-audit/stubs/selection_rates.swift")
        XCTAssertEqual(first.solutionPath, "projects/lending-audit/solutions/selection_rates.swift")
        XCTAssertEqual(first.exercise.id, "lending-audit/selection-rates")
        XCTAssertEqual(first.exercise.suite, first.suite)
        XCTAssertEqual(lending.artifacts.filter { $0.kind == .modelCard }.map(\.file), ["model-card.md", "model-card.html", "model-card.json"])
        for project in manifest.projects {
            XCTAssertEqual(project.artifacts.filter(\.pending).map(\.file), [], "\(project.id): nothing is pending")
            XCTAssertTrue(project.artifacts.contains { $0.kind == .model } == project.artifacts.contains { $0.kind == .modelCard },
                          "\(project.id): a project that writes a model file writes its card")
            XCTAssertTrue(FileManager.default.fileExists(atPath: ProjectWorkspace.repository.appendingPathComponent(project.intendedUsePath).path),
                          "\(project.id) ships its intended use")
        }
        XCTAssertEqual(try lending.step(id: "2").id, "subgroup-errors", "steps can be named by number")
    }

    func testACourseWithoutProjectsHasAnEmptyManifest() throws {
        let temporary = try TemporaryWorkspace()
        defer { temporary.remove() }
        XCTAssertEqual(try ProjectManifest.load(from: temporary.workspace), ProjectManifest(formatVersion: 0, projects: []))
    }

    func testUnknownNamesSuggestTheNearest() {
        let manifest = ProjectManifest(formatVersion: 1, projects: [project(steps: [step("fit-model")])])
        XCTAssertEqual(try? manifest.project(id: "x").id, nil)
        XCTAssertThrowsError(try manifest.project(id: "lending-audt")) { error in
            XCTAssertEqual("\(error)", "no project has the id 'lending-audt'; did you mean 'lending-audit'?")
        }
        XCTAssertThrowsError(try manifest.projects[0].step(id: "fit-modle")) { error in
            XCTAssertEqual("\(error)", "project 'lending-audit' has no step 'fit-modle'; did you mean 'fit-model'?")
        }
    }

    func testEveryBrokenRuleIsNamedAtItsPath() {
        let json = """
        {"format_version": 1, "projects": [{
          "id": "Bad Id", "title": "", "level": "beginner", "dataset": "german-credit",
          "brief": "projects/other/brief.md", "driver": "projects/Bad Id/driver.swift",
          "steps": [
            {"id": "a", "title": "A", "kind": "code", "path": "exercises/a.swift", "suite": "Tests/S.swift", "hints": ["one"]},
            {"id": "a", "title": "B", "kind": "code", "path": "projects-work/Bad Id/b.md", "suite": "Tests/S.swift", "hints": ["x", " "]}
          ],
          "artifacts": [{"file": "out/report.html", "kind": "report_html"}, {"file": "card.md", "kind": "model_card", "pending": true}]
        }]}
        """
        XCTAssertThrowsError(try ProjectManifest.decode(Data(json.utf8), file: "projects/projects.json")) { error in
            let lines = "\(error)".split(separator: "\n").map(String.init)
            for expected in ["projects[0].id: 'Bad Id' is not a valid id", "projects[0].title: must not be empty",
                             "projects[0].brief: 'projects/other/brief.md' must lie in the project's own folder",
                             "projects[0].steps[0].path: 'exercises/a.swift' must lie in the projects-work/ folder",
                             "projects[0].steps[0].hints: at least 2 hints are required",
                             "projects[0].steps[1].id: the id 'a' is already used at projects[0].steps[0].id",
                             "projects[0].steps[1].path: a code step's file must be a .swift file",
                             "projects[0].steps[1].suite: the suite 'Tests/S.swift' is already used",
                             "projects[0].steps[1].hints[1]: must not be empty",
                             "projects[0].artifacts[0].file: 'out/report.html' must be a plain file name",
                             "projects[0].artifacts[1].note: a pending artifact must say why it is pending"] {
                XCTAssertTrue(lines.contains { $0.hasPrefix("projects/projects.json: " + expected) }, "missing: \(expected)\n\(error)")
            }
        }
    }

    func testANewerVersionOrAnUnknownKindIsRefused() {
        XCTAssertThrowsError(try ProjectManifest.decode(Data(#"{"format_version": 2, "projects": []}"#.utf8), file: "p.json")) { error in
            XCTAssertTrue("\(error)".hasPrefix("p.json: format_version: version 2 is newer than this learn understands (1)"), "\(error)")
        }
        let unknownKind = #"{"format_version": 1, "projects": [{"id": "p", "title": "P", "level": "beginner", "dataset": "d", "#
            + #""brief": "projects/p/brief.md", "driver": "projects/p/driver.swift", "artifacts": [], "#
            + #""steps": [{"id": "s", "title": "S", "kind": "essay", "path": "projects-work/p/s.md", "suite": "T/s.swift", "hints": ["a", "b"]}]}]}"#
        XCTAssertThrowsError(try ProjectManifest.decode(Data(unknownKind.utf8), file: "p.json")) { error in
            XCTAssertTrue("\(error)".hasPrefix("p.json: projects[0].steps[0].kind:"), "\(error)")
        }
    }

    private func step(_ id: String) -> ProjectStep {
        ProjectStep(id: id, title: id, kind: .code, path: "projects-work/lending-audit/\(id).swift", suite: "Tests/\(id).swift",
                    hints: ["a", "b"], projectID: "lending-audit")
    }

    private func project(steps: [ProjectStep]) -> Project {
        Project(id: "lending-audit", title: "Lending", level: .beginner, dataset: "german-credit", brief: "projects/lending-audit/brief.md",
                driver: "projects/lending-audit/driver.swift", steps: steps, artifacts: [])
    }
}
