import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the learner's process of an isolated check is confined, decided once per engine.
///
/// Both ways start it through `unshare` in fresh mount, PID and network namespaces (no network:
/// nothing to fetch answers from or send the inputs to): the grader's folders
/// (workspace, suites, solutions, cache, output, other submissions) are covered by an empty,
/// mode-000 tmpfs, and the test process and grader are not in its PID namespace, so it can neither
/// read them nor signal them (it is also the leader of its own process group). Then `setpriv`
/// drops every capability and sets no-new-privileges, and `prlimit` caps the number of processes
/// (RLIMIT_NPROC, threads included) before the learner's server starts, so a fork bomb fails its
/// own forks instead of slowing the grader's machine.
///
/// - Running as root (CI): the server also drops to `nobody`/`nogroup` with no supplementary
///   groups, so even files outside the covered folders are reachable only as `nobody`.
/// - Not root: a user namespace (`unshare --user --map-root-user`) makes the mounts possible; the
///   learner's process keeps the learner's own uid (it is their machine), but cannot see the
///   covered folders or signal processes outside its namespace, and cannot uncover the folders
///   (its capabilities are dropped after mounting).
/// - When `unshare`/`setpriv` are missing or namespaces are disabled, isolated checks refuse to
///   run with the reason; they never fall back to the shared-process engine.
public struct Confinement: Sendable, Equatable {
    public enum Mode: String, Sendable, Equatable {
        /// Root: namespaces, and the learner's process runs as `nobody`.
        case unprivilegedUser = "nobody"
        /// Not root: user, mount and PID namespaces.
        case userNamespace = "user-namespace"
    }

    public let mode: Mode
    let unshare: String
    let setpriv: String
    let prlimit: String
    /// Uid and gid the learner's process gets when the grader is root.
    let uid: UInt32
    let gid: UInt32
    /// Folders covered by an empty tmpfs in the learner's mount namespace.
    public var hiddenFolders: [URL]

    /// Exit code of the wrapper when a folder could not be covered.
    static let setupFailed = 97

    /// Finds the tools and proves with a trial run that the confinement works here.
    /// `asRoot` defaults to whether this process is root; tests pass false to exercise the
    /// user-namespace way while running as root.
    public static func detect(hiding folders: [URL], asRoot: Bool = geteuid() == 0) throws -> Confinement {
        func tool(_ name: String) throws -> String {
            for folder in ["/usr/bin", "/bin", "/usr/sbin", "/sbin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
            throw IsolationError.unavailable(reason: "\(name) (util-linux) is not installed; install util-linux to grade in isolation")
        }
        let root = asRoot
        var uid: UInt32 = 65534, gid: UInt32 = 65534
        if root {
            guard let user = getpwnam("nobody") else {
                throw IsolationError.unavailable(reason: "running as root, but there is no user `nobody` to run learner code as")
            }
            uid = user.pointee.pw_uid
            gid = (getgrnam("nogroup") ?? getgrnam("nobody"))?.pointee.gr_gid ?? user.pointee.pw_gid
        }
        let confinement = Confinement(mode: root ? .unprivilegedUser : .userNamespace, unshare: try tool("unshare"),
                                      setpriv: try tool("setpriv"), prlimit: try tool("prlimit"), uid: uid, gid: gid,
                                      hiddenFolders: folders)
        let trial = confinement.command(server: "/bin/true", workingDirectory: "/", processes: IsolationLimits().processes)
        let outcome = try ProcessRunner.run(executable: trial[0], arguments: Array(trial.dropFirst()),
                                            environment: ["PATH": "/usr/bin:/bin"],
                                            limits: ProcessLimits(wallTimeSeconds: 10, outputBytes: 1 << 16))
        guard outcome.succeeded else {
            let why = root ? "unshare could not create mount and PID namespaces"
                : "unshare could not create a user namespace (unprivileged user namespaces may be disabled: "
                    + "sysctl kernel.unprivileged_userns_clone / user.max_user_namespaces); run the grader as root instead"
            throw IsolationError.unavailable(reason: "\(why): \(outcome.outputText.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return confinement
    }

    /// The command line that starts `server` confined, in `workingDirectory`, with at most
    /// `processes` processes and threads. The count is per user: as `nobody` it also counts
    /// other `nobody` processes of the machine; in a user namespace, those of that namespace.
    func command(server: String, workingDirectory: String, processes: Int) -> [String] {
        var namespaces = ["--mount", "--pid", "--net", "--fork", "--kill-child", "--mount-proc"]
        if mode == .userNamespace { namespaces = ["--user", "--map-root-user"] + namespaces }
        var drop = [setpriv]
        if mode == .unprivilegedUser { drop += ["--reuid=\(uid)", "--regid=\(gid)", "--clear-groups"] }
        drop += ["--no-new-privs", "--bounding-set=-all", "--inh-caps=-all", prlimit, "--nproc=\(processes)", "--"]
        let script = """
            s=$1; w=$2; shift 2
            for d in "$@"; do mount -t tmpfs -o size=4k,mode=000 fairwork-hidden "$d" || exit \(Self.setupFailed); done
            cd "$w" || exit \(Self.setupFailed)
            exec \(drop.joined(separator: " ")) "$s"
            """
        let existing = hiddenFolders.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        return [unshare] + namespaces + ["--", "/bin/sh", "-c", script, "sh", server, workingDirectory] + existing
    }
}
