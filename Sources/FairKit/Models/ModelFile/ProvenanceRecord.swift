/// `provenance` in a model file; every field may be null or absent (a hand-written file may know
/// none of them).
struct ProvenanceRecord: Codable, Equatable {
    var trainingFile: String?
    var trainingDataSHA256: String?
    var trainingRows: Int?
    var fairKitVersion: String?
    var created: String?

    enum CodingKeys: String, CodingKey {
        case trainingFile = "training_file", trainingDataSHA256 = "training_data_sha256", trainingRows = "training_rows"
        case fairKitVersion = "fairkit_version", created
    }

    init(_ p: Provenance) {
        (trainingFile, trainingDataSHA256, trainingRows, fairKitVersion, created) =
            (p.trainingFile, p.trainingDataSHA256, p.trainingRows, p.fairKitVersion, p.created)
    }

    /// Written with explicit nulls, so that a reader sees every field the format has.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(trainingFile, forKey: .trainingFile)
        try c.encode(trainingDataSHA256, forKey: .trainingDataSHA256)
        try c.encode(trainingRows, forKey: .trainingRows)
        try c.encode(fairKitVersion, forKey: .fairKitVersion)
        try c.encode(created, forKey: .created)
    }

    var provenance: Provenance {
        Provenance(trainingRows: trainingRows, trainingFile: trainingFile, trainingDataSHA256: trainingDataSHA256,
                   fairKitVersion: fairKitVersion, created: created)
    }
}

/// A JSON number, string or boolean: a fill value or a label value in a model file.
enum ScalarRecord: Codable, Equatable {
    case number(Double)
    case text(String)
    case flag(Bool)

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) { self = .flag(b) } else if let x = try? c.decode(Double.self) { self = .number(x) } else {
            do { self = .text(try c.decode(String.self)) } catch {
                throw ModelFileError.wrongType(field: ModelFile.path(decoder.codingPath), expected: "a number, a string, or true or false")
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let x): try c.encode(x)
        case .text(let s): try c.encode(s)
        case .flag(let b): try c.encode(b)
        }
    }

    init?(_ cell: CellValue) {
        switch cell {
        case .number(let x): self = .number(x)
        case .category(let s): self = .text(s)
        case .flag(let b): self = .flag(b)
        case .missing: return nil
        }
    }

    var cell: CellValue {
        switch self {
        case .number(let x): return .number(x)
        case .text(let s): return .category(s)
        case .flag(let b): return .flag(b)
        }
    }
}
