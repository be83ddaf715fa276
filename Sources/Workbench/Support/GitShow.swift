import Foundation

/// Reads a file as committed at HEAD (`git show HEAD:./<path>`), for `learn reset`. Foundation's
/// `Process` rather than `ProcessRunner`: the file is git's standard output alone, which the runner
/// would merge with standard error; git is trusted and quick, so no limits are needed.
enum GitShow {
    /// The committed contents of `path` (relative to `folder`), or `nil` when `folder` is not in
    /// a git checkout, the file is not committed, or git is not installed.
    static func contents(of path: String, in folder: URL) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "show", "HEAD:./" + path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        // Read before waiting: a file larger than the pipe buffer would otherwise block git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
