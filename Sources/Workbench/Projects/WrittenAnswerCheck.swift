import Foundation

/// The presence check of a written step: every section the template requires is in the learner's
/// answer, with at least its minimum of words of the learner's own. It checks structure and
/// length only, and says so: whether the argument is sound is for the learner to judge against
/// the model answer (revealed once the check passes) or for a human reader.
///
/// Words of one's own: the section's words (letters and digits, lower-cased, HTML comments
/// removed) minus every word covered by a run of `WrittenAnswerCheck.runLength` consecutive words
/// that also occurs in a source, the template (its prompts and placeholder lines) or the project's
/// brief. A pasted prompt or paragraph of the brief thus counts for nothing, while a phrase or two
/// of it quoted inside one's own sentences costs only those words.
///
/// Example (run length 6): the brief says "the model shows disparate impact against older
/// applicants"; the answer "I recommend the ε = 0.02 variant because the model shows disparate
/// impact against older applicants" has 16 words ("ε = 0.02" is the three words ε, 0, 02) of
/// which the last 8 repeat 6-word runs of the brief: 8 are the learner's own.
public struct WrittenAnswerCheck: Sendable {
    /// The length of a word run that counts as copied (six words rarely repeat by chance).
    public static let runLength = 6

    /// What the answer must contain.
    public let spec: WrittenAnswerSpec
    /// Texts the answer must not be copied from (the project's brief); the template always counts.
    public let sources: [String]

    /// A check of answers to `spec`, not copied from `sources`.
    public init(spec: WrittenAnswerSpec, sources: [String] = []) {
        self.spec = spec
        self.sources = sources
    }

    /// One section's verdict.
    public struct SectionResult: Sendable, Equatable {
        /// The required heading.
        public let heading: String
        /// Whether the answer has the heading.
        public let present: Bool
        /// Words of the learner's own, and words that repeat the template or the brief.
        public let ownWords: Int
        public let borrowedWords: Int
        /// The minimum of own words.
        public let minimumWords: Int

        /// Present with enough words of one's own.
        public var complete: Bool { present && ownWords >= minimumWords }
    }

    /// Judges `answer` (the learner's Markdown).
    public func check(_ answer: String) -> WrittenAnswerResult {
        let document = MarkdownDocument(answer)
        let lines = answer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let copied = Self.runs(in: ([spec.template] + sources).map { Self.words(WrittenAnswerSpec.removingComments($0) + " " + WrittenAnswerSpec.comments(in: $0).joined(separator: " ")) })
        let results = spec.sections.map { section -> SectionResult in
            guard let heading = document.headings.first(where: { $0.level == 2 && Self.sameHeading($0.text, section.heading) }) else {
                return SectionResult(heading: section.heading, present: false, ownWords: 0, borrowedWords: 0, minimumWords: section.minimumWords)
            }
            let body = WrittenAnswerSpec.removingComments(WrittenAnswerSpec.body(of: heading, in: document.headings, lines: lines))
            let words = Self.words(body)
            let borrowed = Self.borrowed(words, runs: copied)
            return SectionResult(heading: section.heading, present: true, ownWords: words.count - borrowed, borrowedWords: borrowed,
                                 minimumWords: section.minimumWords)
        }
        return WrittenAnswerResult(title: spec.title, sections: results)
    }

    /// Headings match ignoring case, surrounding space and a trailing colon ("Recommendation:").
    static func sameHeading(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String {
            var t = s.trimmingCharacters(in: .whitespaces).lowercased()
            while t.hasSuffix(":") { t.removeLast() }
            return t
        }
        return key(a) == key(b)
    }

    /// The words of `text`: maximal runs of letters and digits, lower-cased ("ε-0.02" is "ε", "0", "02").
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Every run of `runLength` consecutive words in `texts`, joined by spaces.
    static func runs(in texts: [[String]]) -> Set<String> {
        var runs = Set<String>()
        for words in texts where words.count >= runLength {
            for start in 0...(words.count - runLength) { runs.insert(words[start..<(start + runLength)].joined(separator: " ")) }
        }
        return runs
    }

    /// How many of `words` lie inside a run found in `runs`.
    static func borrowed(_ words: [String], runs: Set<String>) -> Int {
        guard words.count >= runLength else { return 0 }
        var covered = [Bool](repeating: false, count: words.count)
        for start in 0...(words.count - runLength) where runs.contains(words[start..<(start + runLength)].joined(separator: " ")) {
            for k in start..<(start + runLength) { covered[k] = true }
        }
        return covered.filter { $0 }.count
    }
}
