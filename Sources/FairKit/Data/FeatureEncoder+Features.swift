/// Where one column of a fitted `FeatureEncoder`'s design matrix comes from, so that explainers
/// can report in the table's own columns and group a one-hot block back into its column.
///
/// Example: German Credit's encoder gives `EncodedFeature(name: "purpose=business",
/// sourceColumn: "purpose", encoding: .indicator(level: "business"))`.
public struct EncodedFeature: Sendable, Equatable {
    /// How the source column's value becomes this feature's number.
    public enum Encoding: Sendable, Equatable {
        /// A numeric column, as it is (`standardization` nil) or as z = (x − mean) / scale.
        case number(standardization: Standardization?)
        /// A boolean column: true is 1, false is 0.
        case flag
        /// One indicator of a categorical column: 1 where the column holds `level`, else 0.
        case indicator(level: String)
    }

    /// The mean and scale a numeric feature was standardised with (`StandardScaler`'s μ and σ).
    public struct Standardization: Sendable, Equatable {
        /// μ, the training mean.
        public let mean: Double
        /// σ, the training standard deviation (1 for a constant column).
        public let scale: Double
    }

    /// The feature's name in the design: the column's name, or `column=level`.
    public let name: String
    /// The table column it comes from.
    public let sourceColumn: String
    /// How the column's value becomes the feature's number.
    public let encoding: Encoding
}

extension FeatureEncoder {
    /// Every column of the design matrix in order, with the table column it comes from (empty
    /// before `fit`).
    public var features: [EncodedFeature] {
        guard fitted else { return [] }
        let numericSlots = Dictionary(uniqueKeysWithValues: numericPassThrough.enumerated().map { ($0.element, $0.offset) })
        var out: [EncodedFeature] = passThrough.enumerated().map { position, name in
            guard let slot = numericSlots[position] else { return EncodedFeature(name: name, sourceColumn: name, encoding: .flag) }
            let standardization = scaler.map { EncodedFeature.Standardization(mean: $0.mean[slot], scale: $0.scale[slot]) }
            return EncodedFeature(name: name, sourceColumn: name, encoding: .number(standardization: standardization))
        }
        for index in oneHot.indices {
            out += index.names.map { EncodedFeature(name: "\(index.column)=\($0)", sourceColumn: index.column, encoding: .indicator(level: $0)) }
        }
        return out
    }

    /// For each design-matrix column, the table column it comes from (`purpose=business` ->
    /// `purpose`); empty before `fit`.
    public var sourceColumns: [String] { features.map(\.sourceColumn) }

    /// One encoded row read back as the table's values, one per column of `columns` in that order:
    /// a numeric feature un-standardised (x · scale + mean), a flag true when > 0.5, a one-hot block
    /// the level of its largest indicator (missing when every indicator is 0, an unknown category).
    /// Explainers that perturb encoded rows read them back with this.
    ///
    /// Example: with features [age (mean 40, scale 10), sex=F, sex=M], the row [0.5, 0, 1] reads
    /// back as age 45, sex "M".
    public func readableValues(of row: [Double]) throws -> [(column: String, value: CellValue)] {
        let features = self.features
        guard fitted else { throw DataError.notFitted("FeatureEncoder") }
        guard row.count == features.count else {
            throw DataError.shapeMismatch("the row has \(row.count) values but the encoder makes \(features.count) features")
        }
        var values: [String: CellValue] = [:]
        var strongest: [String: Double] = [:]
        for (x, feature) in zip(row, features) {
            switch feature.encoding {
            case .number(let s): values[feature.sourceColumn] = .number(s.map { x * $0.scale + $0.mean } ?? x)
            case .flag: values[feature.sourceColumn] = .flag(x > 0.5)
            case .indicator(let level):
                if x > 0, x > strongest[feature.sourceColumn, default: 0] {
                    strongest[feature.sourceColumn] = x
                    values[feature.sourceColumn] = .category(level)
                }
            }
        }
        return columns.map { ($0, values[$0] ?? .missing) }
    }
}
