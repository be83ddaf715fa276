import Workbench

extension Console {
    /// Prints a report as the workbench delivered it: styled lines painted as standard output
    /// allows, or text (JSON, Markdown, HTML) as is.
    func show(_ delivery: ReportDelivery) {
        switch delivery {
        case .lines(let lines): self.lines(lines)
        case .text(let text): writeOutput(text)
        }
    }

    /// Prints a command's result as its JSON contract or as summary lines.
    func show(_ result: some CommandSummary, asJSON: Bool) throws {
        if asJSON {
            writeOutput(try result.json())
        } else {
            for line in result.summaryLines() { self.line(line) }
        }
    }
}
