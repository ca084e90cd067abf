import ArgumentParser
import Foundation
import RundingKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Laporan pengurus / a manager's report on the progress files of a team.",
        discussion: """
            Reads every <learner>.jsonl in the progress directory. Team view (default): one row per learner \
            (mastered skills, weakest skill, accuracy, answers, time, last active, streak, due/overdue \
            reviews, role-plays), learners who need attention first, then a skill × learner heatmap. \
            --learner NAME: mastery bars with their trend, dialogues, leeches, four weeks of activity.
            --since limits activity figures (answers, accuracy, time, role-plays); mastery always replays \
            the whole log. Problems with files are warnings on standard error and never stop the report.
            --roster FILE (learner,team[,manager]) groups the team view by team; --team NAME keeps one team.
            Exit status: 0, 1 no file for --learner or no learner in --team, 64 usage, 66 no content, 73 --output cannot be \
            written, 74 the directory or the roster cannot be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case csv
        case json
        case html
    }

    @OptionGroup var content: ContentOptions
    @OptionGroup var options: ReportOptions
    @OptionGroup var logSize: LogSizeOption

    @Option(name: .long, help: ArgumentHelp(
        "Count activity from this date: YYYY-MM-DD (local), an RFC 3339 time, or 7d / 4w ago.", valueName: "date"))
    var since: String?

    @Option(name: .long, help: "Output format: table, csv, json or html.")
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp(
        "Order of learners: attention (default), name, mastery, activity, accuracy, last-active, overdue.",
        valueName: "order"))
    var sort: ReportSort = .attention

    @Option(name: .long, help: ArgumentHelp(
        "CSV rows: one per learner (default), per learner and skill, or per skill for the team. / Baris CSV: satu bagi setiap pelajar (lalai), setiap pelajar dan kemahiran, atau setiap kemahiran bagi pasukan.",
        valueName: "learner|skill|skill-summary"))
    var by: ReportCSVWriter.Rows = .learner

    @Option(name: .long, help: ArgumentHelp(
        "When overdue reviews need attention: N items, P% of scheduled items, or both (default 5,20%: whichever comes first). / Bila ulang kaji tertunggak perlu perhatian: N item, P% item berjadual, atau kedua-duanya.",
        valueName: "N,P%"))
    var overdueThreshold: String?

    @Option(name: .long, help: ArgumentHelp(
        "Fit the table to this many characters (default: the terminal's width, else COLUMNS, else 80). / Muatkan jadual dalam sekian aksara (lalai: lebar terminal, jika tidak COLUMNS, jika tidak 80).",
        valueName: "n"))
    var width: Int?

    @Option(name: .long, help: ArgumentHelp(
        "A CSV of learner,team[,manager]: the team view is grouped by team; learners without a log show as no activity, logs without a row as unassigned. / CSV pelajar,pasukan[,pengurus]: paparan pasukan dikumpulkan mengikut pasukan.",
        valueName: "file"))
    var roster: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only this team of the roster (needs --roster). / Hanya pasukan ini dalam senarai nama (perlu --roster).",
        valueName: "name"))
    var team: String?

    @Flag(name: .long, help: ArgumentHelp(
        "Question statistics instead of learners: attempts, facility, discrimination, choices taken, mean time, hints, flags. / Statistik soalan: cubaan, kemudahan, diskriminasi, pilihan, purata masa, bayangan, tanda."))
    var items = false

    @Flag(name: .long, help: "Never use colours (also NO_COLOR).")
    var noColor = false

    func validate() throws {
        if let width, !ReportWidth.accepted.contains(width) {
            throw ValidationError("--width: '\(width)' — use 40 to 1000 / gunakan 40 hingga 1000")
        }
        if team != nil && roster == nil {
            throw ValidationError("--team: needs --roster FILE / perlu --roster FAIL")
        }
        if team != nil && options.learner != nil {
            throw ValidationError("--team: not with --learner / tidak boleh bersama --learner")
        }
        if items && by != .learner {
            throw ValidationError("--by: not with --items / tidak boleh bersama --items")
        }
        if by != .learner && format != .csv {
            throw ValidationError("--by \(by.rawValue): only with --format csv / hanya dengan --format csv")
        }
    }

    func run() throws {
        let language = try content.language()
        let now = options.reportDate
        let timeZone = TimeZone.current
        var start: Date?
        if let since {
            guard let date = ReportPeriod.start(since, now: now, timeZone: timeZone) else {
                throw ValidationError("--since: '\(TerminalSafeText.clean(since))' — use YYYY-MM-DD, an RFC 3339 time, 7d or 4w / gunakan YYYY-MM-DD, masa RFC 3339, 7d atau 4w")
            }
            start = date
        }
        let root = try content.contentRoot(language: language)
        let pack = ContentLoader().load(root: root).pack
        let directory = try options.directory(language: language)
        let destination = try options.destination(language: language)

        var configuration = ReportConfiguration(pack: pack, now: now, timeZone: timeZone, since: start)
        configuration.maximumLogBytes = logSize.bytes
        if let overdueThreshold {
            guard let thresholds = configuration.attention.settingOverdue(overdueThreshold) else {
                throw ValidationError("--overdue-threshold: '\(TerminalSafeText.clean(overdueThreshold))' — use N, P% or N,P% (e.g. 5,20%) / gunakan N, P% atau N,P% (cth. 5,20%)")
            }
            configuration.attention = thresholds
        }
        configuration.collectsItems = items
        let rosterFile = try roster.map { try readRoster($0, language: language) }
        let indicator = ProgressIndicator(label: language == .ms ? "Membaca fail kemajuan" : "Reading progress files")
        var report: TeamReport
        do {
            report = try TeamReportBuilder(configuration: configuration)
                .build(directory: directory, learner: options.learner, sort: sort) { done, total in
                    indicator.update(done: done, total: total)
                }
        } catch {
            indicator.finish()
            StandardError.write("runding: " + TerminalSafeText.clean(error.message[language]))
            throw ExitStatus.cannotRead
        }
        indicator.finish()
        if let rosterFile, options.learner == nil {
            report = report.applying(rosterFile, team: team, sort: sort)
        }
        ReportOptions.printWarnings(report.warnings, total: report.warningCount, language: language)
        if options.learner == nil, let team, report.learners.isEmpty {
            let name = TerminalSafeText.clean(team)
            StandardError.write(language == .ms ? "runding: tiada pelajar dalam pasukan '\(name)' dalam senarai nama."
                                                : "runding: no learner in team '\(name)' in the roster.")
            throw ExitStatus.notFound
        }
        try options.requireLearnerFound(!report.learners.isEmpty, directory: directory, language: language)

        let text: String
        let tableWidth = ReportWidth.resolve(
            option: width, terminalWidth: destination.isStandardOutput && Terminal.standardOutput.isTerminal
                ? Terminal.standardOutput.measuredWidth : nil,
            columns: ProcessInfo.processInfo.environment["COLUMNS"])
        if items {
            let writer = ItemReportWriter(language: language, width: tableWidth)
            switch format {
            case .table: text = writer.text(report)
            case .csv: text = writer.csv(report)
            case .json: text = writer.json(report)
            case .html: text = writer.html(report)
            }
            try destination.deliver(text, language: language)
            return
        }
        switch format {
        case .table:
            let onTerminal = destination.isStandardOutput && Terminal.standardOutput.isTerminal
            text = ReportTableWriter(language: language,
                                     colour: destination.isStandardOutput && Terminal.standardOutput.allowsColor(noColorFlag: noColor),
                                     terminal: onTerminal,
                                     width: tableWidth).render(report)
        case .csv:
            text = ReportCSVWriter(rows: by, language: language).render(report)
        case .json:
            text = ReportJSONWriter(language: language).render(report)
        case .html:
            text = ReportHTMLWriter(language: language).render(report)
        }
        try destination.deliver(text, language: language)
    }
}

extension ReportCommand {
    /// The roster at `path`; exit 74 with a message when it cannot be read.
    func readRoster(_ path: String, language: Language) throws -> Roster {
        do {
            return try Roster.read(path: path)
        } catch {
            let safe = TerminalSafeText.clean(path)
            StandardError.write(language == .ms
                ? "runding: senarai nama '\(safe)' tidak dapat dibaca: \(error.reason)"
                : "runding: cannot read roster '\(safe)': \(error.reason)")
            throw ExitStatus.cannotRead
        }
    }
}

extension ReportSort: ExpressibleByArgument {}
extension ReportCSVWriter.Rows: ExpressibleByArgument {}
