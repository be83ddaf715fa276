/// Colours that people with any common colour-vision deficiency tell apart, each paired with a
/// marker shape, a line dash and a fill pattern, so that no series is told by colour alone (and a
/// grey-scale print still separates them).
///
/// The colours are Okabe and Ito's ("Color Universal Design", 2002; recommended by Wong, "Points
/// of view: Color blindness", Nature Methods 8, 2011), in an order that puts the most distinct
/// first; yellow, faint on white, comes last, and black is left for text.
public struct ChartPalette: Sendable, Equatable {
    /// One series' look.
    public struct Series: Sendable, Equatable {
        /// The colour's name (for legends in text) and its hex value.
        public let colourName: String
        public let colour: String
        /// The marker of its points.
        public let marker: ChartMarker
        /// SVG `stroke-dasharray` of its lines (nil: solid).
        public let dash: String?
        /// The fill pattern of its bars.
        public let pattern: ChartPattern
    }

    /// Okabe-Ito's seven colours without black: blue, orange, bluish green, vermillion, reddish
    /// purple, sky blue, yellow.
    public static let okabeIto: [(name: String, hex: String)] = [
        ("blue", "#0072B2"), ("orange", "#E69F00"), ("bluish green", "#009E73"), ("vermillion", "#D55E00"),
        ("reddish purple", "#CC79A7"), ("sky blue", "#56B4E9"), ("yellow", "#F0E442"),
    ]

    static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3", "4 4", "1 2", "12 4"]

    /// The look of series `index` (repeating after seven with a different pattern offset, so the
    /// eighth series still differs from the first by its marker).
    public static func series(_ index: Int) -> Series {
        let colour = okabeIto[index % okabeIto.count]
        return Series(colourName: colour.name, colour: colour.hex,
                      marker: ChartMarker.allCases[index % ChartMarker.allCases.count],
                      dash: dashes[index % dashes.count],
                      pattern: ChartPattern.allCases[index % ChartPattern.allCases.count])
    }

    /// Bars within the fair band, outside it, and the reference group's.
    static let within = okabeIto[0].hex
    static let outside = okabeIto[3].hex
    static let reference = "#7A7A7A"
    /// Bars of groups too small to judge (sky blue, dotted).
    static let small = okabeIto[5].hex
    /// The fair band's shade (bluish green, light enough for text over it).
    static let band = okabeIto[2].hex
    static let bandOpacity = 0.16
}
