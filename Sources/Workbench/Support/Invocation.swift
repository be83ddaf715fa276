import Foundation

/// How the learner types `learn`. After the README's set-up (`swift run learn`) the built binary is
/// not on PATH, so a message saying "run `learn check`" names a command the shell does not know.
/// The bare `learn` therefore says how it was reached and offers a one-line install: a symbolic
/// link of the built binary in `~/.local/bin`, which stays valid across rebuilds.
public struct Invocation: Sendable, Equatable {
    /// The running binary, symbolic links resolved.
    public var executable: String
    /// Whether a `learn` on PATH is this binary (then messages can say `learn ...` as they do).
    public var isOnPath: Bool
    /// The learner's home folder.
    public var home: String
    /// Whether `~/.local/bin` is on PATH (else the install needs a PATH line too).
    public var localBinIsOnPath: Bool

    /// The invocation of this process, judged by `environment`'s PATH and HOME.
    public static func current(environment: [String: String]) -> Invocation {
        let executable = resolved("/proc/self/exe") ?? resolved(CommandLine.arguments[0]) ?? CommandLine.arguments[0]
        return Invocation(executable: executable, environment: environment)
    }

    /// The invocation of `executable` under `environment`.
    public init(executable: String, environment: [String: String]) {
        self.executable = executable
        home = environment["HOME"] ?? NSHomeDirectory()
        let folders = (environment["PATH"] ?? "").split(separator: ":").map { String($0) }
        isOnPath = folders.contains { Self.resolved($0 + "/learn") == executable }
        let localBin = home + "/.local/bin"
        localBinIsOnPath = folders.contains { $0 == localBin || $0 == "~/.local/bin" || $0 == "$HOME/.local/bin" }
    }

    /// What the learner types for a command: `learn` when it is on PATH, else `swift run learn`.
    public var prefix: String { isOnPath ? "learn" : "swift run learn" }

    /// The shell line that makes `learn` typeable; `nil` when it already is.
    public var installCommand: String? {
        guard !isOnPath else { return nil }
        let link = "mkdir -p ~/.local/bin && ln -sf '\(executable)' ~/.local/bin/learn"
        return localBinIsOnPath ? link : link + " && echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> ~/.profile"
    }

    private static func resolved(_ path: String) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
