import Foundation

extension Certificate {
    /// `learn certificate issue`: signs `learner`'s transcript of `course` with the private key
    /// file `key` and writes it to `out`. The progress comes from `progress` when given (a
    /// `.learn/state.json` file, or a `learn submit` archive whose progress.json is used and whose
    /// course must be this one), else from the course's own progress. Returns the transcript.
    public static func issue(course: Course, key: String, learner: String, progress: String?, out: String,
                             currentDirectory: URL, at date: Date = Date()) throws -> Transcript {
        guard !learner.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RequestFailure.usage("--learner", "give the learner's name as it should appear on the certificate")
        }
        let seed = try SigningKeyFile.readPrivate(key, currentDirectory: currentDirectory)
        let state = try progress.map { try progressState($0, course: course.catalog, currentDirectory: currentDirectory) }
            ?? course.progress.load()
        let transcript = self.transcript(learner: learner, course: course.catalog, state: state, at: date)
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

    private static func progressState(_ path: String, course: Catalog, currentDirectory: URL) throws -> ProgressState {
        guard let data = FileManager.default.contents(atPath: URL.resolving(path, from: currentDirectory).path) else {
            throw RequestFailure(.badInput, "--course-progress: cannot read \(path)")
        }
        var json = data
        if path.hasSuffix(".tar") {
            let submission = try Submission.unpack(data, name: path)
            guard submission.manifest.course == course.title else {
                throw RequestFailure(.badInput, "\(path): the submission is for '\(submission.manifest.course)', not '\(course.title)'; "
                                     + "issue it from that course's folder (--workspace)")
            }
            guard let progress = submission.files[Submission.progressPath] else {
                throw RequestFailure(.badInput, "\(path): the submission holds no \(Submission.progressPath), so nothing has passed")
            }
            json = progress
        }
        do {
            return try ProgressState.decoder().decode(ProgressState.self, from: json)
        } catch {
            throw RequestFailure(.badInput, "\(path): not a progress file: \(describe(error))")
        }
    }
}
