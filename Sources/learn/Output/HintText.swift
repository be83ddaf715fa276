import Workbench

/// The hints of an exercise up to a level, as `learn hint` and `learn watch` print them.
enum HintText {
    static func render(_ exercise: Exercise, level: Int, justRevealed: Bool) -> String {
        let total = exercise.hints.count
        var text = ""
        for (index, hint) in exercise.hints.prefix(level).enumerated() {
            text += "Hint \(index + 1) of \(total) (\(exercise.id)):\n"
            text += hint.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            text += "\n\n"
        }
        if !justRevealed || level == total {
            text += "There are no more hints for \(exercise.id). Reread the lesson: learn lesson \(exercise.id)\n"
        } else {
            text += "Run learn hint again for the next one (\(total - level) left).\n"
        }
        return text
    }
}
