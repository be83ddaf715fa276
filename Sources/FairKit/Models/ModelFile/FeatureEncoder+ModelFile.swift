import Foundation

/// A fitted `FeatureEncoder` in a model file (kind `feature_encoder`, or the `encoder` section of
/// a pipeline): `columns` in the encoder's order, each `{"name", "type"}` with `type` one of
/// - "numeric": passed through, or with `mean` and `std` (both, when `standardize` is true)
///   standardised as (x − mean) / std;
/// - "boolean": true 1, false 0;
/// - "categorical": one indicator per entry of `levels`, in that order.
/// The design's columns are the numeric and boolean columns in their order, then each categorical
/// column's levels: coefficients and other per-feature parameters follow that order.
/// `unknown_categories` is "error" or "ignore" (all indicators 0).
struct FeatureEncoderRecord: ModelFileRecord, Equatable {
    static let kind = ModelFile.Kind.featureEncoder

    struct ColumnRecord: Codable, Equatable {
        var name: String
        var type: String
        var mean: Double?
        var std: Double?
        var levels: [String]?
    }

    var formatVersion: Int?
    var kind: String
    var standardize: Bool
    var unknownCategories: String?
    var columns: [ColumnRecord]
    var features: [String]?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", kind, standardize, unknownCategories = "unknown_categories", columns, features
    }

    init(_ encoder: FeatureEncoder) throws {
        guard encoder.fitted else { throw DataError.notFitted("FeatureEncoder") }
        kind = Self.kind.rawValue
        standardize = encoder.standardizeNumeric
        unknownCategories = encoder.handleUnknown == .ignore ? "ignore" : "error"
        var byName: [String: ColumnRecord] = [:]
        for feature in encoder.features {
            switch feature.encoding {
            case .number(let s): byName[feature.sourceColumn] = ColumnRecord(name: feature.sourceColumn, type: "numeric", mean: s?.mean, std: s?.scale)
            case .flag: byName[feature.sourceColumn] = ColumnRecord(name: feature.sourceColumn, type: "boolean")
            case .indicator(let level):
                byName[feature.sourceColumn, default: ColumnRecord(name: feature.sourceColumn, type: "categorical", levels: [])].levels?.append(level)
            }
        }
        columns = encoder.columns.compactMap { byName[$0] }
        features = encoder.featureNames
    }

    /// The fitted encoder, every column checked; `path` is the record's place in the file.
    func model(at path: [any CodingKey]) throws -> FeatureEncoder {
        let field = { (name: String) in ModelFile.path(path, name) }
        let handling: UnknownCategoryHandling
        switch unknownCategories ?? "error" {
        case "error": handling = .error
        case "ignore": handling = .ignore
        case let other: throw ModelFileError.invalidValue(field: field("unknown_categories"), problem: "'\(other)' is not error or ignore")
        }
        guard !columns.isEmpty else { throw ModelFileError.invalidValue(field: field("columns"), problem: "an encoder has at least one column") }
        var encoder = FeatureEncoder(columns: columns.map(\.name), handleUnknown: handling, standardizeNumeric: standardize)
        var seen = Set<String>()
        var means: [Double] = [], scales: [Double] = []
        var indices: [CategoryIndex] = []
        for (i, column) in columns.enumerated() {
            let at = field("columns") + "[\(i)]"
            guard !column.name.isEmpty, seen.insert(column.name).inserted else {
                throw ModelFileError.invalidValue(field: at + ".name", problem: "'\(column.name)' is empty or named twice")
            }
            if column.type != "categorical", column.levels != nil {
                throw ModelFileError.invalidValue(field: at + ".levels", problem: "only a categorical column has levels")
            }
            switch column.type {
            case "numeric":
                encoder.numericPassThrough.append(encoder.passThrough.count)
                encoder.passThrough.append(column.name)
                switch (standardize, column.mean, column.std) {
                case (false, nil, nil): break
                case (true, let mean?, let std?):
                    try requireFinite([mean], field: at + ".mean")
                    guard std.isFinite, std > 0 else { throw ModelFileError.invalidValue(field: at + ".std", problem: "\(std) is not a number > 0") }
                    means.append(mean)
                    scales.append(std)
                case (true, nil, _): throw ModelFileError.missingField(at + ".mean")
                case (true, _, nil): throw ModelFileError.missingField(at + ".std")
                case (false, _, _):
                    throw ModelFileError.invalidValue(field: at + ".mean", problem: "mean and std are given but standardize is false; set it to true or drop them")
                }
            case "boolean":
                encoder.passThrough.append(column.name)
            case "categorical":
                guard let levels = column.levels else { throw ModelFileError.missingField(at + ".levels") }
                guard !levels.isEmpty, Set(levels).count == levels.count else {
                    throw ModelFileError.invalidValue(field: at + ".levels", problem: "give each level once, at least one")
                }
                indices.append(CategoryIndex(column: column.name, kind: .categorical, values: levels.map(CellValue.category)))
            default:
                throw ModelFileError.invalidValue(field: at + ".type", problem: "'\(column.type)' is not numeric, boolean or categorical")
            }
        }
        if !means.isEmpty {
            var scaler = StandardScaler()
            (scaler.mean, scaler.scale) = (means, scales)
            encoder.scaler = scaler
        }
        encoder.oneHot = OneHotEncoder(handleUnknown: handling)
        encoder.oneHot.indices = indices
        encoder.fitted = true
        if let features, features != encoder.featureNames {
            let first = zip(features, encoder.featureNames).enumerated().first { $0.element.0 != $0.element.1 }
            throw ModelFileError.invalidValue(field: field("features"), problem: first.map {
                "entry \($0.offset) is '\($0.element.0)', but the columns make '\($0.element.1)' there"
            } ?? "\(features.count) names, but the columns make \(encoder.featureNames.count) features; leave the field out or list them all")
        }
        return encoder
    }
}

extension FeatureEncoder: ModelFileCodable {
    /// The fitted encoder as a model file (kind `feature_encoder`).
    public func modelFileData() throws -> Data { try ModelFile.write(FeatureEncoderRecord(self)) }

    /// The fitted encoder a `feature_encoder` model file holds.
    public init(modelFileData data: Data) throws { self = try ModelFile.load(FeatureEncoderRecord.self, from: data) }
}
