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
        subcommands: [ChatCommand.self, CheckCommand.self, GlossaryCommand.self, ProgressCommand.self],
        defaultSubcommand: ChatCommand.self
    )

    static func main() {
        // A reader that goes away (`runding glossary | head -1`) must not kill the process with
        // SIGPIPE: writes fail with EPIPE instead, and each command ends normally.
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
