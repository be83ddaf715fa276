import Foundation

/// What `ProgressStore` does when the state file cannot be read or decoded: after moving the file
/// aside it calls `report` (the command line prints it on stderr), then stores what `rebuild`
/// returns (the command line re-checks every exercise; see `ProgressRebuilder`).
public struct ProgressRecovery: Sendable {
    /// Tells the user what happened (called once the file is moved aside).
    public var report: @Sendable (CorruptStateReport) -> Void
    /// The state to store instead.
    public var rebuild: @Sendable () throws -> ProgressState

    /// A recovery that reports with `report` and rebuilds with `rebuild`.
    public init(report: @escaping @Sendable (CorruptStateReport) -> Void,
                rebuild: @escaping @Sendable () throws -> ProgressState) {
        self.report = report
        self.rebuild = rebuild
    }
}

/// A progress file that could not be used, and where it went.
public struct CorruptStateReport: Sendable, Equatable, CustomStringConvertible {
    /// The state file's path.
    public var file: String
    /// Where the unreadable file now lies.
    public var movedTo: String
    /// What was wrong with it.
    public var problem: String

    public var description: String {
        "\(file) could not be used (\(problem)); it was moved to \(movedTo) "
            + "and your progress is being rebuilt by re-checking every exercise"
    }
}

/// Errors of the progress file that recovery cannot fix.
public enum ProgressError: WorkbenchFailure, Equatable {
    /// The file was written by a newer workbench; moving it aside would lose that workbench's data.
    case newerFormat(file: String, version: Int)

    public var kind: FailureKind { .badInput }

    public var description: String {
        switch self {
        case let .newerFormat(file, version):
            return "\(file) has format version \(version), newer than this learn understands "
                + "(\(ProgressState.currentFormatVersion)); update the workbench (git pull, then swift build)"
        }
    }
}
