/// A `learn audit` problem the user can fix: a command-line value that cannot be used (`usage`:
/// exit 64) or data that does not fit the request (`badInput`: exit 65). The description names the
/// option or the file, column and rows, and how to fix it.
public typealias AuditFailure = CommandFailure
