import Foundation

/// The records the harness wrote on the results channel, keeping only those that carry this run's
/// nonce. Anything else on the channel (a forged or garbled line) is counted, and a run with any
/// is treated as crashed: the channel is written only by the harness.
struct ResultRecords {
    typealias Field = HarnessSource.Field
    typealias Kind = HarnessSource.Kind

    private(set) var began = false
    private(set) var ended = false
    /// Test method names in the order they started.
    private(set) var started: [String] = []
    /// Finished tests: passed or not, with the assertion failures.
    private(set) var finished: [String: (passed: Bool, failures: [String])] = [:]
    /// Lines that were not well-formed records with this run's nonce, or came out of order.
    private(set) var rejected = 0

    init(_ data: Data, nonce: String) {
        for line in data.split(separator: 10) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  object[Field.nonce] as? String == nonce,
                  let kind = object[Field.kind] as? String, !ended else {
                rejected += 1
                continue
            }
            let name = (object[Field.name] as? String).map(Self.methodName)
            switch (kind, name) {
            case (Kind.begin, _) where !began:
                began = true
            case (Kind.start, let name?) where began && finished[name] == nil:
                started.append(name)
            case (Kind.finish, let name?) where started.last == name && finished[name] == nil:
                finished[name] = ((object[Field.passed] as? Bool) ?? false, (object[Field.failures] as? [String]) ?? [])
            case (Kind.end, _) where began:
                ended = true
            default:
                rejected += 1
            }
        }
    }

    /// Whether the run reported exactly the expected tests, each once, and closed the channel.
    func isComplete(expecting names: [String]) -> Bool {
        ended && rejected == 0 && Set(finished.keys) == Set(names) && started.count == names.count
    }

    /// The test that started but never finished (the one running when the process died).
    var interrupted: String? {
        started.last.flatMap { finished[$0] == nil ? $0 : nil }
    }

    /// XCTest names tests `Class.method`; results are keyed by method (unique within a suite).
    private static func methodName(_ name: String) -> String {
        name.split(separator: ".").last.map(String.init) ?? name
    }
}
