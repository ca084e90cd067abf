import ArgumentParser
import RundingKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Semak kandungan / lint the content (Glossary/, Dialogues/).",
        discussion: """
            Prints each problem as path:line:column: error[CODE]: message, with the line and a caret.
            Codes are listed in docs/authoring.md.
            Exit status: 0 no errors (warnings allowed), 1 errors, 66 no content found.
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Never use colours (also NO_COLOR).")
    var noColor = false

    func run() throws {
        let language = try options.language()
        let root = try options.contentRoot(language: language)
        let check = ContentCheck(root: root)
        switch format {
        case .json:
            print(check.json(language: language).serialized())
        case .text:
            let renderer = DiagnosticRenderer(language: language,
                                              useColor: Terminal.standardOutput.allowsColor(noColorFlag: noColor))
            for diagnostic in check.diagnostics {
                print(renderer.render(diagnostic))
            }
            let counts = language == .ms
                ? "\(check.files.count) fail, \(check.pack.skills.count) kemahiran, \(check.pack.entries.count) entri, \(check.pack.dialogues.count) dialog"
                : "\(check.files.count) files, \(check.pack.skills.count) skills, \(check.pack.entries.count) entries, \(check.pack.dialogues.count) dialogues"
            print("\(counts): \(renderer.summary(check.diagnostics))")
        }
        if check.hasErrors { throw ExitStatus.contentErrors }
    }
}
