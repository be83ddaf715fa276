import Workbench

/// `learn certificate keygen --out KEYFILE`.
enum CertificateKeygenCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "keygen",
        abstract: "Make an Ed25519 key pair: KEYFILE (private, mode 0600) and KEYFILE.pub.",
        parameters: [
            .option(OptionDescription(name: "out", short: "o", valueName: "keyfile", help: "The private key file to create.",
                                      isRequired: true)),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let out = arguments.option("out") ?? ""
        let publicKey = try SigningKeyFile.generate(at: out, currentDirectory: context.currentDirectory)
        context.console.line("Wrote \(out) (private: keep it secret) and \(publicKey.lastPathComponent) (public: share it).")
        return .success
    }
}
