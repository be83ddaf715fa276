/// One metric by group as horizontal bars, with the fair band shaded and the reference group
/// marked: the picture of a disparity audit ("whose selection rate falls outside four-fifths of
/// the reference group's?").
///
/// Bars inside the band are blue and solid; bars outside it vermillion and hatched; the reference
/// group's bar is grey, its label ends in "(ref)" and a dashed line marks its value across the
/// plot. An undefined value draws no bar and says "undefined" (its reason in the tooltip and the
/// table). Optional intervals draw as error bars.
///
/// Example: selection rates Male 0.30 (reference), Female 0.11, τ = 0.8: the band is
/// [0.24, 0.375], Female's bar ends left of it, hatched.
public struct GroupBarChart: Sendable, Equatable {
    /// One group's bar.
    public struct Bar: Sendable, Equatable {
        /// The group's name.
        public var label: String
        /// Its value, or undefined with the reason.
        public var value: MetricValue
        /// An interval around it, drawn as an error bar.
        public var interval: ChartInterval?
        /// Whether the group is large enough to judge (an audit's small groups are shown, not judged).
        public var isJudged: Bool

        /// A bar of `value` for `label`.
        public init(_ label: String, _ value: MetricValue, interval: ChartInterval? = nil, isJudged: Bool = true) {
            self.label = label
            self.value = value
            self.interval = interval
            self.isJudged = isJudged
        }
    }

    /// The chart's title.
    public var title: String
    /// The quantity and its unit, for the axis ("Selection rate", "share of the group").
    public var quantity: String
    public var unit: String
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The index of the reference group's bar.
    public var reference: Int?
    /// The range judged fair.
    public var band: FairBand?
    /// The value drawn as the reference line (the reference group's value, or 1 for ratios).
    public var referenceValue: Double?
    /// How values are written.
    public var format: ChartValueFormat
    /// The largest value the quantity can take (1 for rates): the axis never runs past it.
    public var ceiling: Double?
    /// What a bar stands for, in the summary and the table's header ("group", "comparison").
    public var noun: String

    /// A chart of `bars`. With `reference` and no `referenceValue`, the reference line is drawn at
    /// the reference bar's value.
    public init(title: String, quantity: String, unit: String, bars: [Bar], reference: Int? = nil, band: FairBand? = nil,
                referenceValue: Double? = nil, format: ChartValueFormat = .rate, ceiling: Double? = nil, noun: String = "group") {
        self.title = title
        self.quantity = quantity
        self.unit = unit
        self.bars = bars
        self.reference = reference.flatMap { bars.indices.contains($0) ? $0 : nil }
        self.band = band
        self.referenceValue = referenceValue ?? self.reference.flatMap { bars[$0].value.number }
        self.format = format
        self.ceiling = ceiling
        self.noun = noun
    }

    /// Where a bar stands against the band.
    public enum Standing: String, Sendable, Equatable {
        case reference, within = "within the fair band", outside = "outside the fair band", small = "too small to judge"
        case unjudged = "not judged", undefined
    }

    /// Bar `index`'s standing.
    public func standing(_ index: Int) -> Standing {
        if index == reference { return .reference }
        guard let x = bars[index].value.number else { return .undefined }
        guard let band else { return .unjudged }
        guard bars[index].isJudged else { return .small }
        return band.contains(x) ? .within : .outside
    }

    /// The axis's label: the quantity and its unit.
    public var axisLabel: String { unit.isEmpty ? quantity : "\(quantity) (\(unit))" }

    /// The label drawn for bar `index`: the group's name, "(ref)" after the reference group's.
    public func drawnLabel(_ index: Int) -> String {
        bars[index].label + (index == reference ? " (ref)" : "")
    }

    /// The ticks of the value axis (the SVG's and the terminal's): from 0 to the largest value, interval end or band end (the
    /// band's upper end held to `ceiling`).
    public var ticks: NiceTicks {
        var high = bars.compactMap { $0.value.number }.max() ?? 0
        high = max(high, bars.compactMap { $0.interval?.upper }.max() ?? 0, referenceValue ?? 0)
        if let band { high = max(high, ceiling.map { min(band.upper, $0) } ?? band.upper) }
        if let ceiling { high = min(high, ceiling) }
        let low = min(0, bars.compactMap { $0.value.number }.min() ?? 0)
        return NiceTicks(covering: low, high == low ? low + 1 : high)
    }
}
