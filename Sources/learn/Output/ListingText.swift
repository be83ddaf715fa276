import Workbench

/// `learn list` as a table: the current exercise marked '>', positions for `learn goto N`, statuses coloured, and the current
/// exercise's file below (the JSON output has every path).
enum ListingText {
    static func render(_ listing: ExerciseListing, width: Int) -> [StyledText] {
        guard !listing.exercises.isEmpty else { return ["No exercises match."] }
        let rows: [[StyledText]] = listing.exercises.map { entry in
            [StyledText((entry.current ? "> " : "  ") + "\(entry.position)", style: entry.current ? .bold : []),
             StyledText(entry.status.rawValue, style: entry.status == .passed ? .success : .warning),
             StyledText(entry.id, style: entry.current ? .bold : []),
             StyledText(entry.title)]
        }
        var lines = TextTable(headers: ["#", "STATUS", "ID", "TITLE"], alignments: [.right], rows: rows).render(width: width, border: .none)
        if let current = listing.exercises.first(where: \.current) {
            lines += ["", .joining("> current: ", .path(current.path))]
        }
        return lines
    }
}
