import Foundation

/// Where a saved model came from, written into its model file so that a model found next month can
/// be traced to the data and the code that made it.
public struct Provenance: Sendable, Equatable {
    /// The training file's name as given (nil when the table did not come from a file).
    public var trainingFile: String?
    /// The SHA-256 of the training file's bytes, lowercase hex (nil when not from a file).
    public var trainingDataSHA256: String?
    /// The rows the classifier learned from.
    public var trainingRows: Int?
    /// The FairKit version that fitted it (`Release.version`), or the tool named by hand.
    public var fairKitVersion: String?
    /// When it was fitted, ISO 8601 in UTC ("2026-12-07T08:30:00Z").
    public var created: String?

    /// A record of a fit made now, by this FairKit, on `trainingRows` rows.
    public init(trainingRows: Int?, trainingFile: String? = nil, trainingDataSHA256: String? = nil,
                fairKitVersion: String? = Release.version, created: String? = Provenance.timestamp()) {
        self.trainingFile = trainingFile
        self.trainingDataSHA256 = trainingDataSHA256
        self.trainingRows = trainingRows
        self.fairKitVersion = fairKitVersion
        self.created = created
    }

    /// `date` as ISO 8601 in UTC, whole seconds.
    public static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
