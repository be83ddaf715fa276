import FairKit

/// What `learn verify` checks in a quiz (docs/authoring.md, "Quizzes"): the quiz belongs to its
/// module, has 8 to 15 questions with unique ids, every question has a prompt and an explanation,
/// and the fields its kind needs: choices with a valid right letter (or letters), a numeric answer
/// with a tolerance (and, when it says how, a recomputed value that agrees), items to order, or a
/// model answer with a rubric. Each problem names the file and the question's JSON path.
public enum QuizValidator {
    /// How many questions a module's quiz asks (issue 20: 8-15 per module).
    public static let questionCount = 8...15
    /// Choices, items and rubric points a question needs at least.
    static let minimumChoices = 2
    static let minimumRubricPoints = 2

    /// The problems of `module`'s quiz file, if it names one (a file that cannot be read or
    /// decoded is one problem per JSON issue).
    public static func problems(ofQuizOf module: CourseModule, in workspace: Workspace) -> [String] {
        guard let file = module.quiz else { return [] }
        do {
            return problems(of: try QuizLoader.load(module, from: workspace), module: module, file: file)
        } catch {
            return String(describing: error).split(separator: "\n").map(String.init)
        }
    }

    public static func problems(of quiz: Quiz, module: CourseModule, file: String) -> [String] {
        var problems: [String] = []
        func report(_ path: String, _ message: String) { problems.append("\(file): \(path): \(message)") }
        if quiz.module != module.id {
            report("module", "is '\(quiz.module)', but \(Workspace.catalogPath) names this file as the quiz of '\(module.id)'")
        }
        if quiz.title.allSatisfy(\.isWhitespace) { report("title", "must not be empty") }
        if !questionCount.contains(quiz.questions.count) {
            report("questions", "a module's quiz asks \(questionCount.lowerBound) to \(questionCount.upperBound) questions "
                + "(found \(quiz.questions.count))")
        }
        var ids = Set<String>()
        for (index, question) in quiz.questions.enumerated() {
            let at = "questions[\(index)]"
            if question.id.isEmpty || !ids.insert(question.id).inserted {
                report(at + ".id", "'\(question.id)' must be a non-empty id used once in the quiz")
            }
            if question.prompt.allSatisfy(\.isWhitespace) { report(at + ".prompt", "must not be empty") }
            if question.explanation.allSatisfy(\.isWhitespace) {
                report(at + ".explanation", "must not be empty: it is shown after the learner answers")
            }
            for (field, message) in kindProblems(question) { report(at + field, message) }
        }
        return problems
    }

    /// The fields `question`'s kind needs, and those it must not have, as (`.field`, message).
    static func kindProblems(_ q: QuizQuestion) -> [(String, String)] {
        var problems: [(String, String)] = []
        let used: [QuizKind: Set<String>] = [
            .singleChoice: ["choices", "answer"], .multipleChoice: ["choices", "answers"],
            .numeric: ["answer", "tolerance", "recompute"], .ordering: ["items"], .freeText: ["model_answer", "rubric"],
        ]
        let present: [(String, Bool)] = [
            ("choices", q.choices != nil), ("answer", q.answer != nil), ("answers", q.answers != nil),
            ("tolerance", q.tolerance != nil), ("recompute", q.recompute != nil), ("items", q.items != nil),
            ("model_answer", q.modelAnswer != nil), ("rubric", q.rubric != nil),
        ]
        for (field, isPresent) in present where isPresent && !(used[q.kind]?.contains(field) ?? false) {
            problems.append((".\(field)", "is not used by a \(q.kind.rawValue) question"))
        }
        func list(_ field: String, _ values: [String]?, least: Int) {
            guard let values else { return problems.append((".\(field)", "is required for a \(q.kind.rawValue) question")) }
            if values.count < least { problems.append((".\(field)", "needs at least \(least) entries (found \(values.count))")) }
            if values.contains(where: { $0.allSatisfy(\.isWhitespace) }) { problems.append((".\(field)", "has an empty entry")) }
            if Set(values).count != values.count { problems.append((".\(field)", "has the same entry twice")) }
        }
        func letter(_ field: String, _ value: String) {
            if Quiz.index(ofLetter: value, count: q.choices?.count ?? 0) == nil {
                problems.append((field, "'\(value)' is not the letter of a choice (a to \(Quiz.letter(max(0, (q.choices?.count ?? 1) - 1))))"))
            }
        }
        switch q.kind {
        case .singleChoice:
            list("choices", q.choices, least: minimumChoices)
            if case .letter(let value)? = q.answer { letter(".answer", value) } else {
                problems.append((".answer", "must be the letter of the right choice, such as \"b\""))
            }
        case .multipleChoice:
            list("choices", q.choices, least: minimumChoices)
            list("answers", q.answers, least: 1)
            for (index, value) in (q.answers ?? []).enumerated() { letter(".answers[\(index)]", value) }
        case .numeric:
            guard case .number(let value)? = q.answer else {
                problems.append((".answer", "must be a number"))
                break
            }
            guard let tolerance = q.tolerance, tolerance >= 0 else {
                problems.append((".tolerance", "is required: how far from the answer a right answer may be (0 or more)"))
                break
            }
            if let recompute = q.recompute {
                switch QuizRecomputation.value(of: recompute) {
                case .success(let recomputed) where !QuizQuestion.within(recomputed, value, tolerance: tolerance):
                    problems.append((".answer", "is \(ReportNumber.setting(value)), but its recompute gives "
                        + "\(recomputed) (more than the tolerance \(ReportNumber.setting(tolerance)) away)"))
                case .failure(let error):
                    problems.append((".recompute", error.description))
                default: break
                }
            }
        case .ordering:
            list("items", q.items, least: minimumChoices)
        case .freeText:
            if (q.modelAnswer ?? "").allSatisfy(\.isWhitespace) { problems.append((".model_answer", "is required and must not be empty")) }
            list("rubric", q.rubric, least: minimumRubricPoints)
        }
        return problems
    }
}
