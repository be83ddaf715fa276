import FairKit

/// A `GroupBarChart` as Unicode bars for the terminal: a row per group, bars in eighths of a
/// cell (█▉▊▋▌▍▎▏), the fair band's ends as ┆ where no bar covers them and as a bracket under
/// the bars, the reference group's name followed by "(ref)", bars outside the band in the
/// failure style and marked "! outside", groups too small to judge "? small" (the marks carry the
/// meaning, so NO_COLOR and pipes lose nothing).
///
/// Example, 40 cells for 0 to 0.4 (a cell is 0.01): Male 0.30 is 30 full cells; the band
/// [0.24, 0.375] has its ends at cells 24 and 37.
///
///     Male (ref)  ██████████████████████████████      ┆    0.300  ref
///     Female      ███████████             ┆           ┆    0.110  ! outside
///                 0.0                     ╰─fair band──╯  0.4
public enum TerminalBarChart {
    /// Partial blocks: index k is k eighths of a cell.
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// The widest a group label may be before it is shortened.
    static let maximumLabelWidth = 28
    /// Cells of the bar track at the least (a narrower terminal overflows rather than loses bars).
    static let minimumTrack = 16

    /// The chart's lines, fitted to `width` columns.
    public static func render(_ chart: GroupBarChart, width: Int) -> [StyledText] {
        let labels = chart.bars.indices.map { StyledText(chart.drawnLabel($0)).truncated(toWidth: maximumLabelWidth) }
        let labelWidth = labels.map(\.displayWidth).max() ?? 0
        let values = chart.bars.map { $0.value.number.map(chart.format.text) ?? ReportNumber.undefined }
        let valueWidth = values.map(\.displayWidth).max() ?? 0
        let suffixWidth = chart.band == nil ? 5 : 11  // "  ref" or "  ! outside"
        let track = max(minimumTrack, width - labelWidth - 2 - 1 - valueWidth - suffixWidth)
        let ticks = chart.ticks
        func cell(_ x: Double) -> Double { (x - ticks.lower) / (ticks.upper - ticks.lower) * Double(track) }
        let bandCells = chart.band.map { (Int(cell($0.lower).rounded(.down)), Int(cell(min($0.upper, ticks.upper)).rounded(.down))) }

        var lines = [StyledText(chart.title, style: .heading)]
        for index in chart.bars.indices {
            var line = labels[index].padded(to: labelWidth, alignment: .left) + StyledText("  ")
            let standing = chart.standing(index)
            if let value = chart.bars[index].value.number {
                let eighthsLong = Int((max(0, min(cell(value), Double(track))) * 8).rounded())
                let bar = String(repeating: "█", count: eighthsLong / 8) + eighths[eighthsLong % 8]
                let used = eighthsLong / 8 + (eighthsLong % 8 == 0 ? 0 : 1)
                var rest = Array(repeating: " ", count: track - used)
                if let (low, high) = bandCells {
                    for edge in [low, high] where edge >= used && edge < track { rest[edge - used] = "┆" }
                }
                let style: TextStyle = standing == .outside ? .failure : standing == .reference ? .dim : []
                line = line + StyledText(bar, style: style) + StyledText(rest.joined(), style: .green)
            } else {
                line = line + StyledText(String(repeating: " ", count: track))
            }
            line = line + StyledText(" ") + StyledText(values[index]).padded(to: valueWidth, alignment: .right)
            switch standing {
            case .reference: line = line + StyledText("  ref", style: .dim)
            case .outside: line = line + StyledText("  ! outside", style: .failure)
            case .small: line = line + StyledText("  ? small", style: .warning)
            case .undefined: line = line + StyledText("  " + (chart.bars[index].value.undefinedReason ?? ""), style: .dim)
            default: break
            }
            lines.append(line.trimmingTrailingSpaces())
        }
        lines.append(axis(ticks, chart: chart, indent: labelWidth + 2, track: track, band: bandCells))
        lines.append(StyledText(String(repeating: " ", count: labelWidth + 2) + chart.axisLabel, style: .dim))
        return lines
    }

    /// The axis row: the first tick at the left, the last at the right end, and the band as a
    /// bracket between its ends.
    private static func axis(_ ticks: NiceTicks, chart: GroupBarChart, indent: Int, track: Int, band: (Int, Int)?) -> StyledText {
        var row = Array(repeating: " ", count: track)
        let low = ticks.label(ticks.lower), high = ticks.label(ticks.upper)
        for (i, character) in low.enumerated() where i < row.count { row[i] = String(character) }
        if let (a, b) = band, b > a {
            let name = Array(b - a - 1 >= 11 ? "fair band" : "fair")
            for column in a...b where column < row.count { row[column] = column == a ? "╰" : column == b ? "╯" : "─" }
            let start = a + 1 + max(0, (b - a - 1 - name.count) / 2)
            if b - a - 1 >= name.count { for (k, character) in name.enumerated() { row[start + k] = String(character) } }
        }
        // The last tick starts where the track ends, at its value's cell.
        return StyledText(String(repeating: " ", count: indent) + row.joined() + high, style: .dim)
    }
}
