import Workbench

/// The hints of an exercise up to a level, as `learn hint` and `learn watch` print them.
enum HintText {
    static func render(_ exercise: Exercise, level: Int, justRevealed: Bool) -> [StyledText] {
        let total = exercise.hints.count
        var lines: [StyledText] = []
        for (index, hint) in exercise.hints.prefix(level).enumerated() {
            lines.append(StyledText("Hint \(index + 1) of \(total) (\(exercise.id)):", style: .heading))
            lines += hint.split(separator: "\n", omittingEmptySubsequences: false).map { StyledText("  " + $0) }
            lines.append("")
        }
        if !justRevealed || level == total {
            lines.append(.joining(StyledText("There are no more hints for \(exercise.id). Reread the lesson: "),
                                  .command("learn lesson \(exercise.id)")))
        } else {
            lines.append(.joining("Run ", .command("learn hint"), StyledText(" again for the next one (\(total - level) left).")))
        }
        return lines
    }
}
