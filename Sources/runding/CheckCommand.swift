import ArgumentParser
import RundingKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Semak kandungan / lint the content (Glossary/, Dialogues/).",
        discussion: """
            Prints each problem as path:line:column: error[CODE]: message, with the
            line and a caret. Codes are listed in docs/authoring.md.
            --lang chooses the language of the messages and, when given, also lists the
            texts missing in that language, with a count per file (translation status).
            --coverage also explores every path of every dialogue: nodes and choices
            reached, endings, shortest and longest path, choices that can never be
            taken (codes C001-C004).
            --understanding also prints each dialogue's and node's leave-one-out
            accuracy: each example understood by a model built without it, with a
            warning (U004) for a node under 90%. / Ketepatan tinggal-satu setiap nod.
            --missing ms|en lists only the texts that lack that language, with a
            count per file.
            Exit status: 0 no errors (warnings allowed), 1 errors (with --missing: a
            text is missing), 66 no content found.
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Explore every path of every dialogue and report coverage.")
    var coverage = false

    @Flag(name: .long, help: "Measure each node's leave-one-out accuracy / ukur ketepatan tinggal-satu setiap nod.")
    var understanding = false

    @Option(name: .long, help: ArgumentHelp("List the texts missing in this language, by file.", valueName: "ms|en"))
    var missing: String?

    @Flag(name: .long, help: "Never use colours (also NO_COLOR).")
    var noColor = false

    func validate() throws {
        if let missing, Language(code: missing) == nil {
            throw ValidationError("--missing: '\(missing)' — use 'ms' or 'en' / gunakan 'ms' atau 'en'")
        }
        if understanding && missing != nil {
            throw ValidationError("--understanding and --missing cannot be combined / tidak boleh digabungkan")
        }
        if coverage && missing != nil {
            throw ValidationError("--coverage and --missing cannot be combined / tidak boleh digabungkan")
        }
    }

    func run() throws {
        let language = try options.language()
        let root = try options.contentRoot(language: language)
        let check = ContentCheck(root: root, coverage: coverage, understanding: true, understandingReport: understanding)
        if let wanted = missing.flatMap(Language.init(code:)) {
            let status = check.translationStatus(missing: wanted)
            switch format {
            case .json: print(status.json.serialized())
            case .text: print(status.text(language: language))
            }
            if !status.missing.isEmpty { throw ExitStatus.contentErrors }
            return
        }
        switch format {
        case .json:
            print(check.json(language: language).serialized())
        case .text:
            let renderer = DiagnosticRenderer(language: language,
                                              useColor: Terminal.standardOutput.allowsColor(noColorFlag: noColor))
            for diagnostic in check.diagnostics {
                print(renderer.render(diagnostic))
            }
            if let report = check.coverage {
                if !check.diagnostics.isEmpty { print("") }
                print(report.text(language: language))
                print("")
            }
            if let report = check.understandingReport {
                if !check.diagnostics.isEmpty || check.coverage != nil { print("") }
                print(report.text(language: language))
                print("")
            }
            if options.lang != nil {
                // `runding check --lang en`: the translation status of that language too.
                if !check.diagnostics.isEmpty { print("") }
                print(check.translationStatus(missing: language).text(language: language))
            }
            let counts = language == .ms
                ? "\(check.files.count) fail, \(check.pack.skills.count) kemahiran, \(check.pack.entries.count) entri, \(check.pack.dialogues.count) dialog"
                : "\(check.files.count) files, \(check.pack.skills.count) skills, \(check.pack.entries.count) entries, \(check.pack.dialogues.count) dialogues"
            print("\(counts): \(renderer.summary(check.diagnostics))")
        }
        if check.hasErrors { throw ExitStatus.contentErrors }
    }
}
