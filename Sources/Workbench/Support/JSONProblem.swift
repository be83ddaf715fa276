import Foundation

/// Where and why a JSON document failed to decode, in words a person editing the file can act
/// on: the JSON path of the field (`modules[0].exercises[2].hints`) and what was expected there.
public struct JSONProblem: Sendable, Equatable {
    /// The JSON path; empty for the whole document.
    public var path: String
    /// What is wrong there.
    public var message: String

    /// Describes an error thrown by `JSONDecoder`; other errors keep their own description.
    public init(_ error: Error) {
        guard let error = error as? DecodingError else {
            self.init(path: "", message: "cannot be read (\(error.localizedDescription))")
            return
        }
        switch error {
        case let .keyNotFound(key, context):
            self.init(path: Self.jsonPath(context.codingPath), message: "the required field '\(key.stringValue)' is missing")
        case let .typeMismatch(type, context):
            self.init(path: Self.jsonPath(context.codingPath), message: "expected \(Self.describe(type))")
        case let .valueNotFound(type, context):
            self.init(path: Self.jsonPath(context.codingPath), message: "is null; expected \(Self.describe(type))")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty {
                let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                self.init(path: "", message: "is not valid JSON" + (detail.map { " (\($0))" } ?? ""))
            } else {
                self.init(path: Self.jsonPath(context.codingPath), message: context.debugDescription)
            }
        @unknown default:
            self.init(path: "", message: "cannot be decoded (\(error))")
        }
    }

    /// A problem at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `modules[0].exercises[2].hints` from a coding path.
    static func jsonPath(_ codingPath: [CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return path
    }

    private static func describe(_ type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == Int.self { return "a whole number" }
        let name = "\(type)"
        return name.hasPrefix("Array") || name.hasPrefix("[") ? "a list" : "an object"
    }
}
