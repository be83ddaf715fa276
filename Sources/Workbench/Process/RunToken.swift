import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The marker every child of a run carries in its environment, so that processes that escaped the
/// process group can still be found and killed.
enum RunToken {
    static let variable = "FAIRWORK_RUN"

    static func make() -> String {
        var rng = SystemRandomNumberGenerator()
        return String(rng.next(), radix: 16) + String(rng.next(), radix: 16)
    }

    /// Kills every process whose environment holds `FAIRWORK_RUN=token`.
    static func killProcesses(carrying token: String) {
        // An environment is NUL-separated entries: match a whole entry, at the start or after a NUL.
        let marker = Array("\(variable)=\(token)".utf8) + [0]
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return }
        let me = getpid()
        for entry in entries {
            guard let pid = pid_t(entry), pid != me,
                  let environ = FileManager.default.contents(atPath: "/proc/\(entry)/environ") else { continue }
            if environ.starts(with: marker) || environ.range(of: Data([0] + marker)) != nil {
                kill(pid, SIGKILL)
            }
        }
    }
}
