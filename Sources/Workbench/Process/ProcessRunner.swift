import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Limits on one child process run.
public struct ProcessLimits: Sendable, Equatable {
    /// Wall-clock seconds before the whole process group is killed.
    public var wallTimeSeconds: Double
    /// Bytes of merged stdout and stderr allowed; one byte more and the group is killed.
    public var outputBytes: Int
    /// Bytes allowed on the side channel (the results pipe), which only trusted code writes to.
    public var sideChannelBytes: Int

    public init(wallTimeSeconds: Double, outputBytes: Int, sideChannelBytes: Int = 8 << 20) {
        self.wallTimeSeconds = wallTimeSeconds
        self.outputBytes = outputBytes
        self.sideChannelBytes = sideChannelBytes
    }
}

/// What a child process run produced.
public struct ProcessOutcome: Sendable {
    public enum Termination: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed by the runner at the wall-time limit.
        case timedOut
        /// Killed by the runner when its output passed the limit.
        case outputLimitExceeded
    }

    public var termination: Termination
    /// Merged stdout and stderr, at most `ProcessLimits.outputBytes`.
    public var output: Data
    /// Everything written to the side channel (file descriptor 3 in the child), if one was asked for.
    public var sideChannel: Data
    public var durationSeconds: Double

    public var outputText: String { String(decoding: output, as: UTF8.self) }
}

/// Runs a program as the leader of a new process group with its output drained while it runs,
/// a wall-time and output limit, and an optional out-of-band side channel, and guarantees that no
/// process of the run outlives it.
///
/// Why not Foundation's `Process`: it cannot start the child in its own process group (needed to
/// kill grandchildren), and reading its pipes after `waitUntilExit` deadlocks once a child fills
/// the pipe buffer. Here one `poll` loop drains both pipes while watching the deadline.
///
/// Every child's environment carries `FAIRWORK_RUN=<token>`; after the run, any process still
/// carrying this run's token (one that left the process group with `setsid`) is killed too.
public enum ProcessRunner {
    /// Runs `executable` with `arguments` and `environment` (the child sees only this environment,
    /// plus the run token). `stdin` is written to the child's standard input, which is then closed.
    /// With `sideChannel`, the child's file descriptor 3 is the write end of a pipe whose content is
    /// returned in `ProcessOutcome.sideChannel`.
    public static func run(executable: String, arguments: [String], environment: [String: String],
                           workingDirectory: String? = nil, stdin: Data = Data(), sideChannel: Bool = false,
                           limits: ProcessLimits) throws -> ProcessOutcome {
        ignoreSIGPIPE
        let start = DispatchTime.now()
        let output = try Pipe2()
        let input = try Pipe2()
        let side = sideChannel ? try Pipe2() : nil
        defer {
            output.closeBoth()
            input.closeBoth()
            side?.closeBoth()
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, output.write, 2)
        if let side { posix_spawn_file_actions_adddup2(&actions, side.write, 3) }
        SpawnExtensions.closeFrom(&actions, side == nil ? 3 : 4)
        if let workingDirectory {
            guard SpawnExtensions.changeDirectory(&actions, workingDirectory) else {
                throw ProcessRunnerError.unsupported("changing the working directory of a child process")
            }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let token = RunToken.make()
        var env = environment
        env[RunToken.variable] = token
        let argv = [executable] + arguments
        let envp = env.map { "\($0.key)=\($0.value)" }.sorted()

        var pid: pid_t = 0
        let spawnResult = withCStrings(argv) { cArgv in
            withCStrings(envp) { cEnv in
                posix_spawn(&pid, executable, &actions, &attributes, cArgv, cEnv)
            }
        }
        guard spawnResult == 0 else {
            throw ProcessRunnerError.spawnFailed(executable: executable, reason: String(cString: strerror(spawnResult)))
        }
        // The child holds its own copies now; closing ours lets EOF arrive when it exits.
        output.closeWrite()
        input.closeRead()
        side?.closeWrite()
        // A child that exits without reading its stdin makes this fail harmlessly (SIGPIPE is ignored).
        _ = FileDescriptor.writeAll(input.write, stdin)
        input.closeWrite()

        var drain = Drain(pid: pid, output: output, side: side, limits: limits, start: start)
        let termination = drain.run()
        killGroup(pid)
        RunToken.killProcesses(carrying: token)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return ProcessOutcome(termination: termination, output: drain.outputData, sideChannel: drain.sideData,
                              durationSeconds: elapsed)
    }

    /// Sends SIGKILL to the process group led by `pid` (ignored when the group is gone).
    static func killGroup(_ pid: pid_t) {
        _ = kill(-pid, SIGKILL)
    }

    private static let ignoreSIGPIPE: Void = {
        // A child that dies before reading its stdin must not take the parent down with it.
        _ = signal(SIGPIPE, SIG_IGN)
    }()
}

/// glibc's posix_spawn extensions, looked up at run time: Swift's Glibc module does not export
/// them (they need _GNU_SOURCE).
private enum SpawnExtensions {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    nonisolated(unsafe) private static let handle = dlopen(nil, RTLD_NOW)

    /// Closes every descriptor >= `lowest` in the child (glibc >= 2.34); a no-op where unavailable,
    /// which is safe because all our descriptors are close-on-exec.
    static func closeFrom(_ actions: inout posix_spawn_file_actions_t, _ lowest: Int32) {
        guard let symbol = dlsym(handle, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, lowest)
    }

    static func changeDirectory(_ actions: inout posix_spawn_file_actions_t, _ path: String) -> Bool {
        guard let symbol = dlsym(handle, "posix_spawn_file_actions_addchdir_np") else { return false }
        return unsafeBitCast(symbol, to: ChangeDirectory.self)(&actions, path) == 0
    }
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}

public enum ProcessRunnerError: Error, CustomStringConvertible {
    case spawnFailed(executable: String, reason: String)
    case unsupported(String)

    public var description: String {
        switch self {
        case let .spawnFailed(executable, reason): return "could not start \(executable): \(reason)"
        case let .unsupported(what): return "this system does not support \(what)"
        }
    }
}
