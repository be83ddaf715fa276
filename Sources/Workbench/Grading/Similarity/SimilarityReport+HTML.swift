import FairKit

/// Every text from a submission goes through FairKit's `HTMLNode.escape` (`& < > " '`).
private func escaped(_ text: String) -> String { HTMLNode.escape(text) }

extension SimilarityReport {
    /// A self-contained HTML page (inline style, no scripts, nothing fetched): the ranked pairs,
    /// and for each its matching regions side by side. Every text from a submission (file
    /// contents, learner names) is escaped, so a hostile file cannot inject markup.
    public var html: String {
        var body = "<h1>Similarity report</h1>\n<p>Winnowing with k = \(k) tokens and window \(window); "
            + "pairs at or above \(Self.percent(threshold)). Identifiers and literals are normalised, comments, "
            + "whitespace and the shipped stub's code ignored. A high score is a reason to look, not proof.</p>\n"
        body += "<table><tr><th>#</th><th>Exercise</th><th>Learner A</th><th>Learner B</th><th>Score</th><th>Of A</th><th>Of B</th></tr>\n"
        for (rank, pair) in pairs.enumerated() {
            body += "<tr><td><a href=\"#pair-\(rank + 1)\">\(rank + 1)</a></td><td>\(escaped(pair.exercise))</td>"
                + "<td>\(escaped(pair.learnerA))</td><td>\(escaped(pair.learnerB))</td><td>\(Self.percent(pair.score))</td>"
                + "<td>\(Self.percent(pair.shareOfA))</td><td>\(Self.percent(pair.shareOfB))</td></tr>\n"
        }
        body += "</table>\n"
        if pairs.isEmpty { body += "<p>No pair reached the threshold.</p>\n" }
        for (rank, pair) in pairs.enumerated() {
            body += "<h2 id=\"pair-\(rank + 1)\">\(rank + 1). \(escaped(pair.exercise)): \(escaped(pair.learnerA)) and "
                + "\(escaped(pair.learnerB)), \(Self.percent(pair.score))</h2>\n"
            let linesA = sources[pair.exercise]?[pair.learnerA] ?? [], linesB = sources[pair.exercise]?[pair.learnerB] ?? []
            for region in pair.regions {
                body += "<div class=\"region\">" + Self.excerpt(linesA, region.linesA, title: pair.learnerA)
                    + Self.excerpt(linesB, region.linesB, title: pair.learnerB) + "</div>\n"
            }
        }
        if !skipped.isEmpty {
            body += "<h2>Not compared</h2>\n<ul>\n" + skipped.map { "<li>\(escaped($0))</li>\n" }.joined() + "</ul>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Similarity report</title>
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 8px}\
            .region{display:flex;gap:1em;margin:1em 0}.side{flex:1;min-width:0}pre{background:#f4f4f4;padding:6px;overflow-x:auto}</style>
            </head><body>
            \(body)</body></html>

            """
    }

    /// One side of a region: its title and lines with their numbers.
    private static func excerpt(_ lines: [String], _ range: ClosedRange<Int>, title: String) -> String {
        let shown = range.clamped(to: 1...max(1, lines.count))
        let text = shown.compactMap { number in
            lines.indices.contains(number - 1) ? "\(number): " + escaped(lines[number - 1]) : nil
        }.joined(separator: "\n")
        return "<div class=\"side\"><b>\(escaped(title))</b>, lines \(range.lowerBound)-\(range.upperBound)<pre>\(text)</pre></div>"
    }
}
