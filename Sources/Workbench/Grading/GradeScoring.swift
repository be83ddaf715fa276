import Foundation

/// Turns a check's result into points under a lab's rules.
///
/// Weights: with `test_points`, a test weighs its listed points (unlisted: 0) and the exercise is
/// worth their sum; otherwise the exercise's points are shared equally by its tests (10 points,
/// 3 tests: 3.33 each, 2 passed = 6.67). `all_or_nothing` pays the points only when every test
/// passed. A test that reported a pass keeps its points even if the run later crashed or timed
/// out (the isolated checker times each test, so one endless test costs that test only);
/// the others take the exercise's status.
enum GradeScoring {
    /// The grade of `exercise` whose suite has `testNames`, from `result`.
    static func grade(_ result: CheckResult, rule: GradeLab.LabExercise, testNames: [String]) -> ExerciseGrade {
        let status = GradeStatus(result.status)
        let reported = Dictionary(result.tests.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = testNames.isEmpty ? result.tests.map(\.name) : testNames
        let weights = self.weights(names, rule: rule)
        let everyPassed = status == .passed
        var tests: [TestGrade] = []
        var earnedTotal = 0.0
        for (name, weight) in zip(names, weights) {
            let outcome = reported[name]
            let testStatus: GradeStatus
            switch (status, outcome?.status) {
            case (_, .passed?) where status != .compileError: testStatus = .passed
            case (.passed, _), (.failed, _): testStatus = .failed
            default: testStatus = status
            }
            let earned = testStatus == .passed && (rule.allOrNothing != true || everyPassed) ? weight : 0
            earnedTotal += earned
            tests.append(TestGrade(name: name, status: testStatus, points: GradePoints.rounded(earned),
                                   maxPoints: GradePoints.rounded(weight),
                                   message: outcome?.message ?? (testStatus == .failed ? "the test did not report" : "")))
        }
        let message = result.compileErrors.first.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } ?? ""
        return ExerciseGrade(id: rule.id, status: status, points: GradePoints.rounded(earnedTotal),
                             maxPoints: GradePoints.rounded(weights.reduce(0, +)), message: message,
                             compileErrors: result.compileErrors, tests: tests, durationSeconds: result.durationSeconds)
    }

    /// The grade of an exercise that could not be checked: every test takes `status`, no points.
    static func ungraded(_ status: GradeStatus, message: String, rule: GradeLab.LabExercise, testNames: [String]) -> ExerciseGrade {
        let weights = self.weights(testNames, rule: rule)
        let tests = zip(testNames, weights).map {
            TestGrade(name: $0, status: status, points: 0, maxPoints: GradePoints.rounded($1), message: "")
        }
        return ExerciseGrade(id: rule.id, status: status, points: 0, maxPoints: GradePoints.rounded(weights.reduce(0, +)),
                             message: message, compileErrors: [], tests: tests, durationSeconds: 0)
    }

    /// Each test's weight, in `names`' order.
    static func weights(_ names: [String], rule: GradeLab.LabExercise) -> [Double] {
        if let table = rule.testPoints { return names.map { table[$0] ?? 0 } }
        guard !names.isEmpty else { return [] }
        return names.map { _ in (rule.points ?? 0) / Double(names.count) }
    }
}
