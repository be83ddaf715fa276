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
}
