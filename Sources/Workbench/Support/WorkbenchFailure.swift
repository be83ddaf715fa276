/// Who is to blame for a failure, which decides how `learn` exits: the command line, the files on
/// disk, or the workbench itself.
public enum FailureKind: Sendable, Equatable {
    /// The user named something that does not exist (an unknown exercise id).
    case usage
    /// A file of the course or workspace is missing, malformed or inconsistent.
    case badInput
    /// Something the user cannot fix by changing their input (an I/O error, a missing toolchain).
    case `internal`
}

/// An error the workbench reports to the user: its `description` names the file, field or id at
/// fault and says how to fix it.
public protocol WorkbenchFailure: Error, CustomStringConvertible {
    var kind: FailureKind { get }
}
