/// How a bar is filled besides its colour: solid, or a pattern of lines or dots, so that bars of
/// different series differ in grey scale and to readers who cannot tell the colours apart.
public enum ChartPattern: String, Sendable, CaseIterable {
    case solid, diagonal, dots, crosshatch, horizontal, reverseDiagonal, vertical

    /// The fill of a bar: the colour, or a reference to this pattern's definition.
    func fill(colour: String, chartID: String) -> String {
        self == .solid ? colour : "url(#\(patternID(colour: colour, chartID: chartID)))"
    }

    func patternID(colour: String, chartID: String) -> String {
        "\(chartID)-\(rawValue)-\(colour.dropFirst())"
    }

    /// The `<pattern>` definition (nil for solid): a light wash of the colour under dark strokes
    /// of it, 8 pixels a tile.
    func definition(colour: String, chartID: String) -> SVGNode? {
        let strokes: [SVGNode]
        let ink: [SVGNode.Attribute] = [.init("stroke", colour), .init("stroke-width", 2.2)]
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> SVGNode {
            .element("line", [.init("x1", x1), .init("y1", y1), .init("x2", x2), .init("y2", y2)] + ink)
        }
        switch self {
        case .solid: return nil
        case .diagonal: strokes = [line(0, 8, 8, 0), line(-2, 2, 2, -2), line(6, 10, 10, 6)]
        case .reverseDiagonal: strokes = [line(0, 0, 8, 8), line(-2, 6, 2, 10), line(6, -2, 10, 2)]
        case .crosshatch: strokes = [line(0, 8, 8, 0), line(0, 0, 8, 8)]
        case .horizontal: strokes = [line(0, 4, 8, 4)]
        case .vertical: strokes = [line(4, 0, 4, 8)]
        case .dots: strokes = [.element("circle", [.init("cx", 4), .init("cy", 4), .init("r", 2), .init("fill", colour)])]
        }
        let wash = SVGNode.element("rect", [.init("width", 8), .init("height", 8), .init("fill", colour), .init("fill-opacity", 0.3)])
        return .element("pattern", [.init("id", patternID(colour: colour, chartID: chartID)), .init("width", 8), .init("height", 8),
                                    .init("patternUnits", "userSpaceOnUse")], [wash] + strokes)
    }
}
