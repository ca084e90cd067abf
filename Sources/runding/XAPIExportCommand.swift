import ArgumentParser
import Foundation
import RundingKit

struct XAPIExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xapi",
        abstract: "Penyata xAPI 1.0.3 / xAPI 1.0.3 statements (JSON Lines) for an LMS or learning record store.",
        discussion: """
            One statement per line: 'answered' for each answer, 'completed' then 'passed' or 'failed' for each \
            quiz or role-play, 'mastered' when a skill first reaches the mastered level (P(known) ≥ 0.95, 3 items, a later day). Actors are accounts \
            {homePage, name} named after the files; activity ids lie under <homepage>/runding/. Statement ids \
            are derived from the events, so exporting twice gives identical output.
            Exit status: 0, 1 no file for --learner, 64 usage, 66 no content, 73 --output cannot be written, \
            74 the directory cannot be read.
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var options: ReportOptions
    @OptionGroup var logSize: LogSizeOption

    @Option(name: .long, help: ArgumentHelp(
        "Your LMS or organisation address, for accounts and activity ids (default RUNDING_XAPI_HOMEPAGE, else \(XAPIExporter.defaultHomepage)).",
        valueName: "url"))
    var homepage: String?

    func run() throws {
        let language = try content.language()
        let chosen = homepage ?? ProcessInfo.processInfo.environment["RUNDING_XAPI_HOMEPAGE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? XAPIExporter.defaultHomepage
        let root = try content.contentRoot(language: language)
        let pack = ContentLoader().load(root: root).pack
        var configuration = ReportConfiguration(pack: pack, now: options.reportDate, timeZone: .current)
        configuration.maximumLogBytes = logSize.bytes
        guard let exporter = XAPIExporter(configuration: configuration, homepage: chosen) else {
            throw ValidationError("--homepage: '\(TerminalSafeText.clean(chosen))' — use an http:// or https:// address / gunakan alamat http:// atau https://")
        }
        let directory = try options.directory(language: language)
        var files: [ProgressFile]
        var warnings: [ReportWarning]
        do {
            (files, warnings) = try TeamDirectory.scan(directory)
        } catch {
            StandardError.write("runding: \(error)")
            throw ExitStatus.cannotRead
        }
        if let learner = options.learner {
            files = files.filter { $0.stem == learner }
            warnings = []
            try options.requireLearnerFound(!files.isEmpty, directory: directory, language: language)
        }
        let destination = try options.destination(language: language)
        let indicator = ProgressIndicator(label: language == .ms ? "Mengeksport" : "Exporting")
        let result: (statements: Int, warnings: [ReportWarning])
        do {
            result = try exporter.export(files, write: destination.write) { done, total in
                indicator.update(done: done, total: total)
            }
        } catch let error as ProgressFileError {
            indicator.finish()
            destination.discard()
            StandardError.write(ReportDestination.cannotWrite(error, language: language))
            throw ExitStatus.cannotWrite
        }
        indicator.finish()
        let all = warnings + result.warnings
        ReportOptions.printWarnings(all, total: all.count, language: language)
        try destination.finish(language: language)
    }
}
