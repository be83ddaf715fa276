/// What the driver reported on file descriptor 3, one record a line (docs/projects.md):
/// `step ID` before calling into a step, `fail ID<TAB>message` when a step's result was
/// unusable, `done` at the end. Anything else on the channel is ignored.
struct ProjectRunLog: Equatable {
    var lastStep: String?
    var failure: (step: String, message: String)?
    var finished = false

    init(_ text: String) {
        for line in text.split(separator: "\n") {
            if line.hasPrefix("step ") {
                lastStep = String(line.dropFirst(5))
            } else if line.hasPrefix("fail "), failure == nil {
                let parts = line.dropFirst(5).split(separator: "\t", maxSplits: 1)
                failure = (String(parts.first ?? ""), parts.count > 1 ? String(parts[1]) : "its result was unusable")
            } else if line == "done" {
                finished = true
            }
        }
    }

    static func == (a: ProjectRunLog, b: ProjectRunLog) -> Bool {
        a.lastStep == b.lastStep && a.failure?.step == b.failure?.step && a.failure?.message == b.failure?.message && a.finished == b.finished
    }
}
