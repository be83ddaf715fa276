/// A problem with a command's request that the user can fix (`learn audit`'s options and data, a
/// report's `--out`): a command-line value that cannot be used (`usage`: exit 64) or data or a
/// destination that does not fit the request (`badInput`: exit 65). The description names the
/// option or the file, column and rows, and how to fix it.
public struct RequestFailure: WorkbenchFailure, Equatable {
    /// Usage (exit 64) or bad input (exit 65).
    public let kind: FailureKind
    /// The message printed after "error: ".
    public let description: String

    /// A failure of `kind` saying `description`.
    public init(_ kind: FailureKind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// A value of `option` that cannot be used: "--tau: 1.5 is not in (0, 1]; ...".
    static func usage(_ option: String, _ problem: String) -> RequestFailure {
        RequestFailure(.usage, "\(option): \(problem)")
    }
}
