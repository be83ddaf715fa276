/// What `learn verify --mutants` found: the JSON of `learn verify --mutants --json` (docs/cli.md),
/// a documented contract: never rename or remove a field.
public struct MutationReport: Codable, Sendable, Equatable {
    /// The share of compiling mutants every exercise's suite must kill.
    public var goal: Double
    /// Every exercise reached the goal and nothing went wrong.
    public var ok: Bool
    /// One entry per exercise asked for, in course order.
    public var exercises: [ExerciseMutations]

    /// A report of these findings; `ok` follows from them.
    public init(goal: Double, exercises: [ExerciseMutations]) {
        self.goal = goal
        self.exercises = exercises
        ok = exercises.allSatisfy { $0.problems.isEmpty && ($0.killRatio ?? 0) >= goal }
    }
}

/// How one exercise's suite fared against the wrong answers made from its solution.
public struct ExerciseMutations: Codable, Sendable, Equatable {
    /// The exercise's id.
    public var id: String
    /// The solution the mutants were made from, workspace-relative.
    public var solution: String
    /// Mutants the solution gave rise to.
    public var generated: Int
    /// The most mutants checked per exercise.
    public var cap: Int
    /// Whether more were generated than the cap allowed (then `tested` of them, spread evenly over the file, were checked).
    public var capped: Bool
    /// Mutants checked.
    public var tested: Int
    /// Mutants the suite caught: a test failed, or the run crashed or timed out.
    public var killed: Int
    /// Mutants that passed every test: wrong answers the suite lets through.
    public var survived: Int
    /// Mutants that did not compile; they do not count.
    public var notCompiled: Int
    /// `killed / (killed + survived)`; absent when no mutant compiled.
    public var killRatio: Double?
    /// The surviving mutants, in source order.
    public var survivors: [SurvivingMutant]
    /// What kept the exercise from being judged (a solution that does not pass, a missing file).
    public var problems: [String]

    enum CodingKeys: String, CodingKey {
        case id, solution, generated, cap, capped, tested, killed, survived, survivors, problems
        case notCompiled = "not_compiled"
        case killRatio = "kill_ratio"
    }
}

/// A wrong answer the suite let through.
public struct SurvivingMutant: Codable, Sendable, Equatable {
    /// The solution file, workspace-relative.
    public var file: String
    /// 1-based place of the change in it.
    public var line: Int
    public var column: Int
    /// The kind of mistake (`MutationOperator`'s raw value).
    public var `operator`: MutationOperator
    /// The text replaced and its replacement (empty when a statement was deleted).
    public var original: String
    public var replacement: String

    init(file: String, mutant: Mutant) {
        self.file = file
        line = mutant.line
        column = mutant.column
        self.operator = mutant.mutation
        original = mutant.original
        replacement = mutant.replacement
    }

    /// The change in words: "`<` -> `<=`", "deleted `x += 1`".
    public var change: String {
        replacement.isEmpty || replacement == MutationOperator.emptyCaseBody
            ? "deleted `\(original)`" : "`\(original)` -> `\(replacement)`"
    }
}
