import FairKit
import Foundation

/// A CSV file read for `learn train` or `learn predict`: its table and the SHA-256 of its bytes
/// (which the model file's provenance records).
struct TableFile {
    let table: Table
    let sha256: String

    /// Reads `path` (relative to `folder`); `schema` forces the kinds of the columns it names (a
    /// model's columns read as they were trained). Problems are `badInput` naming the file.
    static func read(_ path: String, from folder: URL, schema: [String: ColumnKind] = [:]) throws -> TableFile {
        let url = URL.resolving(path, from: folder)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RequestFailure(.badInput, "\(path): cannot read the file (\(FileManager.default.fileExists(atPath: url.path) ? "not readable" : "no such file"))")
        }
        do {
            // Repeated header names become name.1, name.2, as `learn audit` and pandas read them.
            let table = try CSVReader(schema: schema, duplicateColumnNames: .numberSuffix).read(data: data, source: path)
            return TableFile(table: table, sha256: SHA256.hexDigest(of: data))
        } catch let error as DelimitedTextError {
            if case .missingColumn(let name, _) = error.problem {
                // Only the schema's columns are required: they are the ones a model needs.
                throw RequestFailure(.badInput, "\(path): the model needs the column '\(name)', which the file lacks (\(error))")
            }
            throw RequestFailure.badInput(path, error)
        } catch {
            throw RequestFailure.badInput(path, error)
        }
    }
}
