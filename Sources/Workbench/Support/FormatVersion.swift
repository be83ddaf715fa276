import Foundation

/// The `format_version` of a versioned JSON file (the catalog, the progress file), read on its
/// own before the rest: a newer file may be shaped in ways the full decoder would misreport.
struct FormatVersion: Decodable {
    let formatVersion: Int

    enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }

    /// The version in `data`; throws the decoder's error when it has none.
    static func of(_ data: Data) throws -> Int {
        try JSONDecoder().decode(FormatVersion.self, from: data).formatVersion
    }
}
