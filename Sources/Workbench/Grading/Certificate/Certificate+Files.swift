import Foundation

extension Certificate {
    /// `learn certificate issue`: signs the transcript of what `learn grade` confirmed for
    /// `learner` (a learner of the grade output folder `grades`) with the private key file `key`,
    /// printed as `name` (default: the learner), and writes it to `out`. Progress files are never
    /// signed: a learner can edit their own. Returns the transcript.
    public static func issue(course: Course, key: String, grades: String, learner: String, name: String?, out: String,
                             currentDirectory: URL, at date: Date = Date()) throws -> Transcript {
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw RequestFailure.usage("--name", "give the name as it should appear on the certificate, or leave --name out")
        }
        let seed = try SigningKeyFile.readPrivate(key, currentDirectory: currentDirectory)
        let folder = GradeFolder(root: URL.resolving(grades, from: currentDirectory))
        let run = try folder.readRun()
        let graded = try folder.loadGrades()
        // Chosen from the folder's own list, so a name can never reach outside it.
        guard let grade = graded.first(where: { $0.learner == learner }) else {
            let names = graded.map(\.learner)
            let known = names.isEmpty ? "it holds no grades yet" : "graded learners: " + names.prefix(20).joined(separator: ", ")
                + (names.count > 20 ? ", ..." : "")
            throw RequestFailure(.badInput, "--learner: \(grades) has no grade for '\(learner)' (\(known)); grade them first with learn grade")
        }
        let transcript = self.transcript(of: grade, checker: run.checker, course: course.catalog, name: name, at: date)
        _ = try OutputFile.write(try signed(transcript, seed: seed), to: out, currentDirectory: currentDirectory)
        return transcript
    }

    /// `learn certificate verify`: the verdict on the certificate file `path` for the public key
    /// `publicKey` (a `.pub` file or 64 hex digits).
    public static func verify(file path: String, publicKey: String, currentDirectory: URL) throws -> Verdict {
        let key = try SigningKeyFile.readPublic(publicKey, currentDirectory: currentDirectory)
        guard let data = FileManager.default.contents(atPath: URL.resolving(path, from: currentDirectory).path) else {
            throw RequestFailure(.badInput, "\(path): cannot read the file; name a certificate made by learn certificate issue")
        }
        return try verify(data, name: path, publicKey: key)
    }
}
