import Workbench

/// `learn certificate issue --key KEYFILE --learner NAME [--course-progress FILE] --out FILE`.
enum CertificateIssueCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "issue",
        abstract: "Sign a learner's completion transcript (passed exercises with points) into a certificate.",
        parameters: [
            .option(OptionDescription(name: "key", short: nil, valueName: "keyfile", help: "The private key from keygen.", isRequired: true)),
            .option(OptionDescription(name: "learner", short: nil, valueName: "name", help: "The name printed on the certificate.",
                                      isRequired: true)),
            .option(OptionDescription(name: "course-progress", short: nil, valueName: "file",
                                      help: "A progress file (.learn/state.json) or a learn submit archive (.tar).",
                                      defaultText: "this course folder's progress")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Where to write the certificate.", isRequired: true)),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let out = arguments.option("out") ?? ""
        let transcript = try Certificate.issue(course: course, key: arguments.option("key") ?? "", learner: arguments.option("learner") ?? "",
                                               progress: arguments.option("course-progress"), out: out,
                                               currentDirectory: context.currentDirectory)
        context.console.line("Wrote \(out): \(transcript.exercises.count) exercises passed, \(transcript.points) of "
                             + "\(transcript.possiblePoints) points, signed.")
        return .success
    }
}
