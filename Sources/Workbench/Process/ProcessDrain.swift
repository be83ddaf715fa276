import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The poll loop that drains a child's pipes until it ends, a limit is hit, or the deadline passes.
struct Drain {
    let pid: pid_t
    /// The read ends still open; set to nil at EOF. The pipes themselves close their descriptors,
    /// exactly once: a second close could hit a descriptor another thread has just opened.
    var outputPipe: Pipe2?
    var sidePipe: Pipe2?
    var outputFD: Int32? { outputPipe?.read }
    var sideFD: Int32? { sidePipe?.read }
    let limits: ProcessLimits
    let deadline: UInt64
    var outputData = Data()
    var sideData = Data()
    var status: ProcessOutcome.Termination?
    var exitedAt: UInt64?

    /// How long pipes may stay open after the child itself exited (a grandchild holding them).
    static let lingerNanoseconds: UInt64 = 200_000_000

    init(pid: pid_t, output: Pipe2, side: Pipe2?, limits: ProcessLimits, start: DispatchTime) {
        self.pid = pid
        self.outputPipe = output
        self.sidePipe = side
        self.limits = limits
        self.deadline = start.uptimeNanoseconds + UInt64(max(0, limits.wallTimeSeconds) * 1e9)
    }

    mutating func run() -> ProcessOutcome.Termination {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if status == nil { reap(blocking: false) }
            let now = DispatchTime.now().uptimeNanoseconds
            if let status, outputFD == nil, sideFD == nil { return status }
            if now >= deadline {
                ProcessRunner.killGroup(pid)
                reap(blocking: true)
                return .timedOut
            }
            if let exitedAt, now - exitedAt > Self.lingerNanoseconds, let status {
                return status
            }
            var fds: [pollfd] = []
            if let outputFD { fds.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
            if let sideFD { fds.append(pollfd(fd: sideFD, events: Int16(POLLIN), revents: 0)) }
            let waitMs = Int32(min(50, max(1, (deadline - now) / 1_000_000)))
            if fds.isEmpty {
                usleep(UInt32(waitMs) * 1000)
                continue
            }
            let ready = poll(&fds, nfds_t(fds.count), waitMs)
            if ready <= 0 { continue }
            for entry in fds where entry.revents != 0 {
                let n = read(entry.fd, &buffer, buffer.count)
                if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                if n <= 0 {
                    if entry.fd == outputFD {
                        outputPipe?.closeRead()
                        outputPipe = nil
                    } else {
                        sidePipe?.closeRead()
                        sidePipe = nil
                    }
                    continue
                }
                if entry.fd == outputFD {
                    let room = limits.outputBytes - outputData.count
                    outputData.append(contentsOf: buffer[0..<min(n, max(0, room))])
                    if n > room {
                        ProcessRunner.killGroup(pid)
                        reap(blocking: true)
                        return .outputLimitExceeded
                    }
                } else {
                    let room = limits.sideChannelBytes - sideData.count
                    sideData.append(contentsOf: buffer[0..<min(n, max(0, room))])
                }
            }
        }
    }

    /// Collects the child's exit status once it has ended.
    mutating func reap(blocking: Bool) {
        guard status == nil else { return }
        var raw: Int32 = 0
        var result: pid_t
        repeat {
            result = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
        } while result < 0 && errno == EINTR
        guard result == pid else { return }
        let signal = raw & 0x7f
        status = signal == 0 ? .exited((raw >> 8) & 0xff) : .signalled(signal)
        exitedAt = DispatchTime.now().uptimeNanoseconds
    }
}
