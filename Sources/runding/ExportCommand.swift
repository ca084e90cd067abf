import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Eksport kemajuan / export progress for other systems.",
        subcommands: [XAPIExportCommand.self]
    )
}
