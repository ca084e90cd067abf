import ArgumentParser
import Foundation
import RundingKit

@main
struct Runding: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runding",
        abstract: "Runding: latihan rundingan jualan / sales-negotiation training.",
        discussion: """
            With no subcommand, runding starts the chat: runding [--learner NAME] [--lang ms|en] [--content DIR] [--progress-dir DIR] [--seed N] [--no-color]. Environment: RUNDING_LEARNER, RUNDING_LANG, RUNDING_CONTENT, RUNDING_PROGRESS_DIR, XDG_DATA_HOME, NO_COLOR.

            \(ChatCommand.guide)

            \(ExitStatus.helpText)
            """,
        version: "0.1.0",
        subcommands: [ChatCommand.self, CheckCommand.self, GlossaryCommand.self, ProgressCommand.self,
                      ReportCommand.self, ExportCommand.self, PlayCommand.self, GraphCommand.self],
        defaultSubcommand: ChatCommand.self
    )

    static func main() {
        // A reader that goes away (`runding glossary | head -1`) must not kill the process with
        // SIGPIPE: writes fail with EPIPE instead, and each command ends normally.
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
