import Workbench

/// `learn certificate issue --key KEYFILE --grades DIR --learner NAME [--name TEXT] --out FILE`.
enum CertificateIssueCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "issue",
        abstract: "Sign what learn grade confirmed for one learner (passed exercises, points) into a certificate.",
        parameters: [
            .option(OptionDescription(name: "key", short: nil, valueName: "keyfile", help: "The private key from keygen.", isRequired: true)),
            .option(OptionDescription(name: "grades", short: nil, valueName: "dir", help: "The --out folder of learn grade.",
                                      isRequired: true)),
            .option(OptionDescription(name: "learner", short: nil, valueName: "learner",
                                      help: "The learner as graded (their submission's folder or archive name).", isRequired: true)),
            .option(OptionDescription(name: "name", short: nil, valueName: "text", help: "The name printed on the certificate.",
                                      defaultText: "the learner")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Where to write the certificate.", isRequired: true)),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let out = arguments.option("out") ?? ""
        let transcript = try Certificate.issue(course: course, key: arguments.option("key") ?? "", grades: arguments.option("grades") ?? "",
                                               learner: arguments.option("learner") ?? "", name: arguments.option("name"), out: out,
                                               currentDirectory: context.currentDirectory)
        context.console.line("Wrote \(out): \(Certificate.summary(transcript)), signed.")
        return .success
    }
}
