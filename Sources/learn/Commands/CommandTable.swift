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
        VerifyCommand.self,
        AuditCommand.self,
        TrainCommand.self,
        PredictCommand.self,
        HelpCommand.self,
    ]

    /// The root's description with every subcommand attached.
    static var rootDescription: CommandDescription {
        var description = root.definition
        description.subcommands = subcommands.map { $0.definition }
        return description
    }

    /// The command with `name`, or the root for `nil`.
    static func command(named name: String?) -> any LearnCommand.Type {
        guard let name else { return root }
        return subcommands.first { $0.definition.name == name } ?? root
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
