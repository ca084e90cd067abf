import ArgumentParser
import Foundation
import RundingKit

@main
struct Runding: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runding",
        abstract: "Runding: latihan rundingan jualan / sales-negotiation training.",
        discussion: ExitStatus.helpText,
        version: "0.1.0",
        subcommands: [ChatCommand.self, CheckCommand.self, GlossaryCommand.self, ProgressCommand.self,
                      ReportCommand.self, ExportCommand.self],
        defaultSubcommand: ChatCommand.self
    )
}
