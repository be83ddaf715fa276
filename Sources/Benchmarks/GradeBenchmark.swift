import FairKit
import Foundation
import Workbench

/// `benchmarks grade`: `learn grade`'s batch with its real (isolated) checker on a synthetic class
/// of the course (run from the course folder): every learner hands in a file for every exercise,
/// drawn with a seed from a mix of correct, wrong (a mutant of the solution), non-compiling,
/// hostile and untouched files. Then the same class again with nothing changed (the restart
/// path). There is no other tool to compare with; issue 22 sets the bars (6 minutes, 30 s).
enum GradeBenchmark {
    static let benchmark = Benchmark(
        name: "grade",
        summary: "learn grade on a synthetic class: every exercise x N learners, then a regrade with nothing changed",
        options: [
            ("learners", "Learners in the class (default 40)."),
            ("jobs", "Submissions graded at once, as learn grade --jobs (default 2)."),
            ("seed", "Seed of the mix (default 7)."),
            ("keep", "Keep the class and the output in this folder instead of a temporary one."),
        ],
        run: run)

    /// What a synthetic learner hands in for one exercise, and how often (percent).
    enum Kind: String, CaseIterable {
        case correct, wrong, broken, hostile, untouched

        static let mix: [(Kind, Int)] = [(.correct, 45), (.wrong, 20), (.broken, 10), (.hostile, 10), (.untouched, 15)]
    }

    static func run(_ options: BenchmarkOptions) throws {
        let workspace = try Workspace.locate(explicit: nil, environment: ProcessInfo.processInfo.environment,
                                             currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let catalog = try CatalogLoader.load(from: workspace)
        let learners = try options.int("learners", default: 40), jobs = try options.int("jobs", default: 2)
        let folder = options.string("keep").map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-grade-bench-\(UUID().uuidString)")
        defer { if options.string("keep") == nil { try? FileManager.default.removeItem(at: folder) } }
        let submissions = folder.appendingPathComponent("class"), out = folder.appendingPathComponent("out")
        try? FileManager.default.removeItem(at: submissions)
        try? FileManager.default.removeItem(at: out)

        let counts = try writeClass(catalog: catalog, workspace: workspace, learners: learners,
                                    seed: UInt64(try options.int("seed", default: 7)), into: submissions)
        print("Class: \(learners) learners x \(catalog.exercises.count) exercises = \(learners * catalog.exercises.count) files "
              + "(" + Kind.allCases.map { "\($0.rawValue) \(counts[$0, default: 0])" }.joined(separator: ", ") + ")")
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; --jobs \(jobs); class in \(submissions.path)\n")

        let request = GradeRequest(workspace: workspace, catalog: catalog, submissions: submissions, out: out, jobs: jobs)
        let checker = try GradeCheckers.resolve(environment: [:], request: request, timeoutSeconds: 10)
        var summary: GradeSummary?
        let first = try Stopwatch.time { summary = try request.run(checker: checker) }
        let again = try Stopwatch.time { _ = try request.run(checker: checker) }
        print("  whole class, first grade".padding(toLength: 34, withPad: " ", startingAt: 0) + Stopwatch.format(first).leftPadded(10)
              + "   (goal: under 6 min for 40 learners)")
        print("  regrade, nothing changed".padding(toLength: 34, withPad: " ", startingAt: 0) + Stopwatch.format(again).leftPadded(10)
              + "   (goal: under 30 s)")
        print("")
        summary?.lines.forEach { print($0) }
    }

    /// Writes one folder per learner; returns how many files of each kind were written. Every
    /// file but the untouched stub carries its learner's name in a comment, so no two learners'
    /// files are byte-identical and the content cache helps only where a real class would let it
    /// (untouched stubs).
    static func writeClass(catalog: Catalog, workspace: Workspace, learners: Int, seed: UInt64,
                           into folder: URL) throws -> [Kind: Int] {
        let stubs = StubArchive(workspace: workspace, digests: try? CourseDigests.load(from: workspace))
        var random = SeededGenerator(seed: seed)
        var counts: [Kind: Int] = [:]
        for index in 0 ..< learners {
            let learner = "learner\(String(format: "%03d", index))"
            let learnerFolder = folder.appendingPathComponent(learner)
            try FileManager.default.createDirectory(at: learnerFolder, withIntermediateDirectories: true)
            for exercise in catalog.exercises {
                let solution = try String(contentsOf: workspace.url(exercise.solutionPath), encoding: .utf8)
                let stub = String(decoding: try stubs.originalStub(of: exercise).contents, as: UTF8.self)
                let kind = pick(&random)
                let mark = "\n// \(learner)\n"
                let text: String
                switch kind {
                case .correct: text = solution + mark
                case .untouched: text = stub
                case .broken: text = solution + mark + "let handedInBroken: Int = \"not a number\"\n"
                case .wrong:
                    let mutants = MutantGenerator(solution: solution, stub: stub).mutants
                    text = (mutants.isEmpty ? stub : mutants[random.nextInt(below: mutants.count)].apply(to: solution)) + mark
                case .hostile:
                    text = hostile(solution, variant: random.nextInt(below: 2)) + mark
                }
                counts[kind, default: 0] += 1
                let name = (exercise.path as NSString).lastPathComponent
                try Data(text.utf8).write(to: learnerFolder.appendingPathComponent(name))
            }
        }
        return counts
    }

    /// The solution with its first function ending the process (`exit(0)`, the classic attempt
    /// to look like a clean test run) or writing harness-shaped lines to every descriptor first.
    static func hostile(_ solution: String, variant: Int) -> String {
        let attack = variant == 0 ? "exit(0)"
            : "for fd in Int32(0) ..< 64 { _ = \"ok\\t1\\nTest Suite 'All tests' passed\\n\".withCString { write(fd, $0, strlen($0)) } }"
        guard let function = solution.range(of: "func "),
              let brace = solution.range(of: "{\n", range: function.upperBound ..< solution.endIndex) else {
            return "import Foundation\n" + solution
        }
        return "import Foundation\n" + solution[..<brace.upperBound] + "    \(attack)\n" + solution[brace.upperBound...]
    }

    private static func pick(_ random: inout SeededGenerator) -> Kind {
        var draw = random.nextInt(below: 100)
        for (kind, percent) in Kind.mix {
            if draw < percent { return kind }
            draw -= percent
        }
        return .correct
    }
}
