/// Every command `learn` knows, in the order its help lists them. Adding a command: write its
/// file in Commands/ and add it here.
enum CommandTable {
    /// `learn` with no subcommand.
    static let root: any LearnCommand.Type = SummaryCommand.self

    static let subcommands: [any LearnCommand.Type] = [
        ListCommand.self,
        LessonCommand.self,
        CheckCommand.self,
        HintCommand.self,
        WatchCommand.self,
        GotoCommand.self,
        ResetCommand.self,
        QuizCommand.self,
        VerifyCommand.self,
        SubmitCommand.self,
        GradeCommand.self,
        SimilarityCommand.self,
        CertificateCommand.self,
        AuditCommand.self,
        TrainCommand.self,
        PredictCommand.self,
        MitigateCommand.self,
        TradeoffCommand.self,
        ExplainCommand.self,
        WhatIfCommand.self,
        CardCommand.self,
        DatasheetCommand.self,
        GateCommand.self,
        MonitorCommand.self,
        ProjectCommand.self,
        HelpCommand.self,
    ]

    /// The root's description with every command below it attached, at every depth.
    static var rootDescription: CommandDescription {
        var description = root.definition
        description.subcommands = subcommands.map(tree)
        return description
    }

    /// The command at `path` (names from the root down, the root's own name first); `nil` when a
    /// name on the path is unknown.
    static func command(at path: [String]) -> (any LearnCommand.Type)? {
        var command: any LearnCommand.Type = root
        var children = subcommands
        for name in path.dropFirst() {
            guard let next = children.first(where: { $0.definition.name == name }) else { return nil }
            command = next
            children = next.subcommands
        }
        return command
    }

    /// The description at `path`; the root's when a name on the path is unknown.
    static func description(at path: [String]) -> CommandDescription {
        var description = rootDescription
        for name in path.dropFirst() {
            guard let next = description.subcommand(named: name) else { return rootDescription }
            description = next
        }
        return description
    }

    private static func tree(_ command: any LearnCommand.Type) -> CommandDescription {
        var description = command.definition
        description.subcommands = command.subcommands.map(tree)
        return description
    }
}

extension OptionDescription {
    /// `--workspace <dir>`, accepted by every command that works on a course.
    static let workspace = OptionDescription(
        name: "workspace", short: nil, valueName: "dir",
        help: "The course folder, which holds lessons/catalog.json.",
        defaultText: "$FAIRWORK_WORKSPACE, else found upwards from here")
}

extension ArgumentDescription {
    /// `<id>`: an exercise id; when optional, the current exercise is the default.
    static func exerciseID(_ help: String, required: Bool = false) -> ArgumentDescription {
        ArgumentDescription(name: "id", help: help, isRequired: required, defaultText: required ? nil : "the current exercise")
    }
}

extension FlagDescription {
    /// `--json`, for machine-readable output.
    static func json(_ help: String) -> FlagDescription {
        FlagDescription(name: "json", short: nil, help: help, group: nil)
    }
}
