import Foundation

/// The source columns of an encoded design as a reader sees them: a numeric column (one feature
/// named as the column) or a categorical one (a one-hot block `column=level`, exactly one level set
/// in a valid row). Counterfactuals change columns, not features, and narratives name levels.
struct ColumnView: Sendable {
    enum Kind: Sendable, Equatable {
        case numeric(feature: Int)
        /// The block's features and their level names.
        case categorical(features: [Int], levels: [String])
    }

    let name: String
    let kind: Kind

    static func columns(of model: ExplainedModel) -> [ColumnView] {
        model.groups.names.enumerated().map { g, name in
            let members = model.groups.members[g]
            if members.count == 1, model.featureNames[members[0]] == name {
                return ColumnView(name: name, kind: .numeric(feature: members[0]))
            }
            let levels = members.map { f -> String in
                let full = model.featureNames[f]
                return full.hasPrefix(name + "=") ? String(full.dropFirst(name.count + 1)) : full
            }
            return ColumnView(name: name, kind: .categorical(features: members, levels: levels))
        }
    }

    /// The column's value in an encoded row, as text: the number, or the level whose indicator is set.
    func describe(_ row: [Double]) -> String {
        switch kind {
        case .numeric(let f): return Self.format(row[f])
        case let .categorical(features, levels):
            return features.firstIndex { row[$0] == 1 }.map { levels[$0] } ?? "(none)"
        }
    }

    static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.4g", x)
    }
}
