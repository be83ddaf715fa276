import Foundation

/// Reads files as git committed them, for `learn reset` and `learn verify`. Foundation's `Process`
/// rather than `ProcessRunner`: the answer is git's standard output alone, which the runner would
/// merge with standard error; git is trusted and quick, so no limits are needed.
enum GitShow {
    /// The contents of `path` (relative to `folder`) at `revision`, or `nil` when `folder` is not
    /// in a git checkout, the file is not in that revision, or git is not installed.
    static func contents(of path: String, at revision: String = "HEAD", in folder: URL) -> Data? {
        run(["show", "\(revision):./\(path)"], in: folder)
    }

    /// The commits that changed `path`, newest first, at most `limit` of them; empty outside git.
    static func revisions(of path: String, in folder: URL, limit: Int) -> [String] {
        guard let output = run(["log", "--format=%H", "-n", "\(limit)", "--", path], in: folder) else { return [] }
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private static func run(_ arguments: [String], in folder: URL) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
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
