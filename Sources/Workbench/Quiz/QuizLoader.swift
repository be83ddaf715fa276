import Foundation

/// Reads a module's quiz file: refuses a format newer than `Quiz.supportedFormatVersion`, decodes
/// it, and reports a problem with the file and JSON path (`lessons/01-foundations/quiz.json:
/// questions[3].choices: ...`).
public enum QuizLoader {
    /// The quiz of `module` in `workspace`; throws `QuizUnavailable` when the module has none.
    public static func load(_ module: CourseModule, from workspace: Workspace) throws -> Quiz {
        guard let path = module.quiz else { throw QuizUnavailable(module: module.id) }
        let data: Data
        do {
            data = try Data(contentsOf: workspace.url(path))
        } catch {
            throw CatalogError(file: path, issues: [.init(path: "", message: "cannot be read (\(error.localizedDescription)); "
                + "it is the quiz that \(Workspace.catalogPath) names for module '\(module.id)'")])
        }
        return try decode(data, file: path)
    }

    /// Decodes quiz JSON; `file` is how errors name it.
    public static func decode(_ data: Data, file: String) throws(CatalogError) -> Quiz {
        func fail(_ issue: JSONProblem) -> CatalogError { CatalogError(file: file, issues: [issue]) }
        do {
            let version = try FormatVersion.of(data)
            guard version <= Quiz.supportedFormatVersion else {
                throw fail(.init(path: "format_version", message: "version \(version) is newer than this learn "
                    + "understands (\(Quiz.supportedFormatVersion)); update the workbench (git pull, then swift build)"))
            }
            return try JSONDecoder().decode(Quiz.self, from: data)
        } catch let error as CatalogError {
            throw error
        } catch {
            throw fail(JSONProblem(error))
        }
    }
}

/// A module without a quiz was asked for its quiz.
public struct QuizUnavailable: WorkbenchFailure, Equatable {
    public var module: String
    public var kind: FailureKind { .badInput }
    public var description: String {
        "module '\(module)' has no quiz (its entry in \(Workspace.catalogPath) names no \"quiz\" file)"
    }
}
