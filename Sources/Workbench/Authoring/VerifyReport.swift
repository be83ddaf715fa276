/// What `learn verify` found: the JSON of `learn verify --json` (docs/cli.md).
public struct VerifyReport: Codable, Sendable, Equatable {
    /// Whether the course is sound: no problem anywhere.
    public var ok: Bool
    /// Problems of the course as a whole: the catalog, stray files.
    public var problems: [String]
    /// One entry per exercise, in course order.
    public var exercises: [ExerciseVerification]

    /// A report of these findings; `ok` follows from them.
    public init(problems: [String], exercises: [ExerciseVerification]) {
        self.problems = problems
        self.exercises = exercises
        ok = problems.isEmpty && exercises.allSatisfy(\.problems.isEmpty)
    }
}

/// What verify found about one exercise.
public struct ExerciseVerification: Codable, Sendable, Equatable {
    /// The exercise's id.
    public var id: String
    /// How the solution's check ended (`passed` is right); `nil` when it could not run.
    public var solution: CheckStatus?
    /// How the untouched stub's check ended (`failed` is right); `nil` when it could not run.
    public var stub: CheckStatus?
    /// Everything wrong with the exercise, each naming the file (and line) at fault.
    public var problems: [String]

    /// The findings about one exercise.
    public init(id: String, solution: CheckStatus?, stub: CheckStatus?, problems: [String]) {
        self.id = id
        self.solution = solution
        self.stub = stub
        self.problems = problems
    }
}
