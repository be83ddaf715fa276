/// A fixed-width bar and count, `[#####-----] 5/10`: course progress in `learn list` and a long
/// verify or audit run.
public struct ProgressBar: Sendable, Equatable {
    /// How many steps make the whole.
    public var total: Int
    /// How many characters the bar has between its brackets.
    public var cells: Int

    /// A bar for `total` steps drawn with `cells` characters.
    public init(total: Int, cells: Int = 20) {
        self.total = total
        self.cells = cells
    }

    /// The bar for `completed` steps: `cells * completed / total` cells filled, rounded down, so the
    /// bar is full only when every step is done (9 of 10 with 10 cells fills 9, 199 of 200 with 20
    /// cells fills 19, not 20). Counts outside 0...total are clamped; a total of 0 shows an empty
    /// bar and `0/0`. The filled part is green and the rest dim when painted.
    public func render(completed: Int) -> StyledText {
        let total = max(0, self.total)
        let cells = max(0, self.cells)
        let done = min(max(0, completed), total)
        let filled = total == 0 ? 0 : cells * done / total
        var bar = StyledText("[")
        bar.append(String(repeating: "#", count: filled), style: .green)
        bar.append(String(repeating: "-", count: cells - filled), style: .dim)
        bar.append("] \(done)/\(total)")
        return bar
    }
}
