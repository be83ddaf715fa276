import Workbench

/// `learn certificate verify FILE --public-key KEY`.
enum CertificateVerifyCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "verify",
        abstract: "Check a certificate's signature: exit 0 when valid, 1 when it does not match, 65 when malformed.",
        parameters: [
            .argument(ArgumentDescription(name: "file", help: "The certificate.", isRequired: true)),
            .option(OptionDescription(name: "public-key", short: nil, valueName: "key",
                                      help: "The instructor's .pub file, or its 64 hex digits.", isRequired: true)),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let file = arguments.argument("file") ?? ""
        switch try Certificate.verify(file: file, publicKey: arguments.option("public-key") ?? "", currentDirectory: context.currentDirectory) {
        case .valid(let transcript):
            context.console.line("Valid: \(Certificate.summary(transcript)).")
            return .success
        case .mismatch:
            context.console.error("\(file): the signature does not match: the certificate was changed, or another key signed it")
            return .failure
        }
    }
}
