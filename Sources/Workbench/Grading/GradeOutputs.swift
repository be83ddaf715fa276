import Foundation

/// The class-wide outputs, rebuilt from every learner's grade in byte order of their names, so the
/// same grades give the same bytes however they were made (one run, a resumed run, shards merged).
struct GradeOutputs {
    let lab: GradeLab
    let grades: [LearnerGrade]

    func write(to folder: GradeFolder) throws {
        try folder.write(Data(gradebook().utf8), to: "gradebook.csv")
        try folder.write(try JSONEncoder.sorted.encode(GradesFile(formatVersion: 1, learners: grades)), to: "grades.json")
        try folder.write(Data(junit().utf8), to: "junit.xml")
    }

    /// `learner,<exercise id>...,late_penalty_percent,total`: one row per learner.
    func gradebook() -> String {
        let header = ["learner"] + lab.exercises.map(\.id) + ["late_penalty_percent", "total"]
        var lines = [header.map(Self.csvField).joined(separator: ",")]
        for grade in grades {
            let byID = Dictionary(grade.exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let cells = [grade.learner] + lab.exercises.map { byID[$0.id].map { GradePoints.text($0.points) } ?? "" }
                + [GradePoints.text(grade.latePenaltyPercent), GradePoints.text(grade.points)]
            lines.append(cells.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break; a leading `=+-@` is prefixed
    /// with `'` so a spreadsheet never runs a cell as a formula.
    static func csvField(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+@".contains(first) || (first == "-" && Double(text) == nil) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One `<testsuite>` per learner and exercise, one `<testcase>` per test (instructor-facing:
    /// full messages).
    func junit() -> String {
        var xml = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<testsuites name=\"learn grade\">"]
        for grade in grades {
            for exercise in grade.exercises {
                let failures = exercise.tests.filter { $0.status == .failed }.count
                let errors = exercise.tests.filter { $0.status != .failed && $0.status != .passed }.count
                let name = Self.xml("\(grade.learner).\(exercise.id)")
                xml.append("  <testsuite name=\"\(name)\" tests=\"\(exercise.tests.count)\" failures=\"\(failures)\" errors=\"\(errors)\">")
                for test in exercise.tests {
                    let open = "    <testcase classname=\"\(name)\" name=\"\(Self.xml(test.name))\""
                    switch test.status {
                    case .passed: xml.append(open + "/>")
                    case .failed:
                        xml.append(open + ">")
                        xml.append("      <failure message=\"\(Self.xml(test.message))\"/>")
                        xml.append("    </testcase>")
                    default:
                        xml.append(open + ">")
                        xml.append("      <error type=\"\(test.status.rawValue)\" message=\"\(Self.xml(exercise.message))\"/>")
                        xml.append("    </testcase>")
                    }
                }
                xml.append("  </testsuite>")
            }
        }
        xml.append("</testsuites>")
        return xml.joined(separator: "\n") + "\n"
    }

    /// Text escaped for XML attributes and content. Unlike HTML escaping, line breaks become
    /// character references (attribute values would fold them to spaces) and the control
    /// characters XML 1.0 forbids become `?` (a learner's output may hold any byte).
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t", "\r": out += "&#\(scalar.value);"
            default: out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "?" : scalar)
            }
        }
        return out
    }
}

/// `grades.json`.
struct GradesFile: Codable {
    var formatVersion: Int
    var learners: [LearnerGrade]

    enum CodingKeys: String, CodingKey { case formatVersion = "format_version", learners }
}
