/// The sizes every chart shares, in one place (pixels of the SVG's coordinate system, which a
/// page scales to fit).
public enum ChartStyle {
    /// The width of a chart.
    public static let width = 720.0
    /// About how many ticks an axis has (Heckbert's target; the nice step decides).
    public static let tickCount = 6
    /// Text sizes: the title, axis labels and legend, tick labels and values.
    static let titleSize = 16.0
    static let labelSize = 13.0
    static let tickSize = 12.0
    /// The average advance of a character of a sans-serif font, as a share of its size (Helvetica
    /// and DejaVu Sans average 0.55-0.6 over Latin text and digits): used to make room for labels
    /// without font metrics, so estimates err wide.
    static let characterWidth = 0.6
    /// Space around the plot: outside the frame, between a label and its axis.
    static let padding = 12.0
    static let tickLength = 5.0
    /// The widest a category label may be before it is shortened with "…" (the full text stays
    /// in its tooltip and in the table).
    static let maximumLabelWidth = 300.0
    /// Height of one bar (and the gap between groups of bars).
    static let barHeight = 22.0
    static let barGap = 10.0
    /// Plot area of the square-ish charts (ROC, calibration, trade-off).
    static let plotHeight = 380.0
    /// Lines, markers and legend swatches.
    static let lineWidth = 2.0
    static let markerSize = 9.0
    static let swatchSize = 14.0
    /// The muted ink of gridlines and reference lines, readable on light and dark pages.
    static let gridColour = "#999999"
    /// The font: the page's sans-serif (inline) or a common one (standalone files).
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"

    /// The estimated width of `text` at `size` (see `characterWidth`).
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * characterWidth
    }

    /// `text` shortened with "…" to fit `width` at `size`.
    static func fitted(_ text: String, width: Double, size: Double) -> String {
        let fits = Int(width / (size * characterWidth))
        guard text.count > fits, fits > 1 else { return text }
        return String(text.prefix(fits - 1)) + "…"
    }
}
