import Foundation

extension Course {
    /// The workspace-relative path of `exercise`'s reference solution, when the course ships one
    /// (`solutions/` mirrors `exercises/`); `nil` when the file is not there (a course handed out
    /// without its solutions).
    public func referenceSolution(of exercise: Exercise) -> String? {
        let path = exercise.solutionPath
        return FileManager.default.fileExists(atPath: workspace.url(path).path) ? path : nil
    }
}
