/// What is wrong with a catalog file: one line per problem, each naming the file and the JSON
/// path of the field ("lessons/catalog.json: modules[0].exercises[2].hints: at least 2 hints are
/// required").
public struct CatalogError: WorkbenchFailure, Equatable {
    /// One problem at one place in the file.
    public typealias Issue = JSONProblem

    /// The file, as the user should see it (workspace-relative).
    public var file: String
    /// Every problem found, in file order.
    public var issues: [Issue]

    /// The problems `issues` of `file`.
    public init(file: String, issues: [Issue]) {
        self.file = file
        self.issues = issues
    }

    public var kind: FailureKind { .badInput }

    public var description: String {
        issues.map { issue in
            [file, issue.path, issue.message].filter { !$0.isEmpty }.joined(separator: ": ")
        }.joined(separator: "\n")
    }
}
