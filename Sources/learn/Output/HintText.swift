import Workbench

/// The hints of an exercise up to a level, as `learn hint` and `learn watch` print them.
enum HintText {
    /// `nextHint`: how to ask for the next one (`learn hint`, or in watch the `h` key).
    /// `exhausted`: where to look when every hint is shown (the exercise's lesson by default).
    static func render(_ exercise: Exercise, level: Int, justRevealed: Bool,
                       nextHint: StyledText = .joining("run ", .command("learn hint"), " again"),
                       exhausted: StyledText? = nil) -> [StyledText] {
        let total = exercise.hints.count
        var lines: [StyledText] = []
        for (index, hint) in exercise.hints.prefix(level).enumerated() {
            lines.append(StyledText("Hint \(index + 1) of \(total) (\(exercise.id)):", style: .heading))
            lines += hint.split(separator: "\n", omittingEmptySubsequences: false).map { StyledText("  " + $0) }
            lines.append("")
        }
        if !justRevealed || level == total {
            lines.append(exhausted ?? .joining(StyledText("There are no more hints for \(exercise.id). Reread the lesson: "),
                                               .command("learn lesson \(exercise.id)")))
        } else {
            lines.append(.joining(StyledText("For the next one (\(total - level) left), "), nextHint, "."))
        }
        return lines
    }
}
