import Foundation

/// The shape of a plotted point.
public enum ChartMarker: String, Sendable, CaseIterable {
    case circle, square, triangle, diamond, cross, triangleDown, star

    /// The marker at (x, y), `size` pixels across, filled with `colour` (outlined in the page's
    /// background colour so that overlapping markers stay apart).
    func node(x: Double, y: Double, size: Double, colour: String, attributes: [SVGNode.Attribute] = []) -> SVGNode {
        let r = size / 2
        let paint: [SVGNode.Attribute] = [.init("fill", colour), .init("stroke", "white"), .init("stroke-width", 1)] + attributes
        func polygon(_ points: [(Double, Double)]) -> SVGNode {
            .element("polygon", [.init("points", points.map { SVGNode.number(x + $0.0) + "," + SVGNode.number(y + $0.1) }.joined(separator: " "))] + paint)
        }
        switch self {
        case .circle:
            return .element("circle", [.init("cx", x), .init("cy", y), .init("r", r)] + paint)
        case .square:
            return .element("rect", [.init("x", x - r * 0.9), .init("y", y - r * 0.9), .init("width", r * 1.8), .init("height", r * 1.8)] + paint)
        case .triangle:
            return polygon([(0, -r * 1.1), (r * 1.05, r * 0.75), (-r * 1.05, r * 0.75)])
        case .triangleDown:
            return polygon([(0, r * 1.1), (r * 1.05, -r * 0.75), (-r * 1.05, -r * 0.75)])
        case .diamond:
            return polygon([(0, -r * 1.2), (r * 1.2, 0), (0, r * 1.2), (-r * 1.2, 0)])
        case .cross:
            let a = r * 0.38, b = r * 1.05
            return polygon([(-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a), (a, b), (-a, b), (-a, a), (-b, a), (-b, -a), (-a, -a)])
        case .star:
            let points = (0..<10).map { k -> (Double, Double) in
                let angle = Double.pi * (Double(k) / 5 - 0.5)
                let radius = k % 2 == 0 ? r * 1.25 : r * 0.5
                return (radius * cos(angle), radius * sin(angle))
            }
            return polygon(points)
        }
    }
}
