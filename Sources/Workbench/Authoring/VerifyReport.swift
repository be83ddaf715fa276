/// What `learn verify` found: the JSON of `learn verify --json` (docs/cli.md).
public struct VerifyReport: Codable, Sendable, Equatable {
    /// Whether the course is sound: no problem anywhere.
    public var ok: Bool
    /// Problems of the course as a whole: the catalog, stray files.
    public var problems: [String]
    /// One entry per exercise, in course order.
    public var exercises: [ExerciseVerification]
    /// One entry per practice-project step (id `<project>/<step>`), in manifest order.
    public var projectSteps: [ExerciseVerification]

    /// A report of these findings; `ok` follows from them.
    public init(problems: [String], exercises: [ExerciseVerification], projectSteps: [ExerciseVerification] = []) {
        self.problems = problems
        self.exercises = exercises
        self.projectSteps = projectSteps
        ok = problems.isEmpty && (exercises + projectSteps).allSatisfy(\.problems.isEmpty)
    }

    enum CodingKeys: String, CodingKey {
        case ok, problems, exercises
        case projectSteps = "project_steps"
    }

    /// Reads a report written before project steps were verified (no `project_steps`).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ok = try container.decode(Bool.self, forKey: .ok)
        problems = try container.decode([String].self, forKey: .problems)
        exercises = try container.decode([ExerciseVerification].self, forKey: .exercises)
        projectSteps = try container.decodeIfPresent([ExerciseVerification].self, forKey: .projectSteps) ?? []
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
