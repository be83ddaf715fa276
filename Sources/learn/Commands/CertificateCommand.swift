import Workbench

/// `learn certificate (keygen|issue|verify)`: signed completion transcripts.
enum CertificateCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "certificate",
        abstract: "Issue and verify completion certificates signed with the instructor's Ed25519 key.",
        discussion: """
            An instructor makes a key pair once (keygen), signs each learner's transcript (issue), \
            and publishes the .pub file; anyone can then check a certificate (verify). Any edit \
            of a signed certificate, even one space, makes verify fail.
            """)

    static let subcommands: [any LearnCommand.Type] = [CertificateKeygenCommand.self, CertificateIssueCommand.self,
                                                       CertificateVerifyCommand.self]

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        throw UsageError(command: ["learn", "certificate"], problem: .missingArgument("subcommand (keygen, issue or verify)"))
    }
}
