/// Writes item statistics (`runding report --items`) as a table, JSON, CSV or HTML.
public struct ItemReportWriter: Sendable {
    public var language: Language
    public var width: Int

    public init(language: Language, width: Int = 80) {
        self.language = language
        self.width = max(40, width)
    }

    /// `5.4 s`.
    static func seconds(_ milliseconds: Double) -> String {
        let tenths = Int((milliseconds / 100).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }

    static func decimal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let hundredths = Int((abs(value) * 100).rounded())
        return (value < 0 && hundredths > 0 ? "−" : "") + "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    private func question(_ item: ItemStatistics, _ configuration: ReportConfiguration, limit: Int = 50) -> String {
        configuration.itemParts(item.item, language: language, limit: limit).question ?? ""
    }

    /// The choices taken with their shares, most taken first (`1 57% · 2 43%`); JSON and CSV
    /// also list those never taken.
    static func choiceCell(_ item: ItemStatistics) -> String {
        let taken = item.choices.filter { $0.count > 0 }.sorted { $0.count > $1.count }
        return taken.isEmpty ? "—" : taken.map { "\($0.id) \(ReportFigures.percent(item.share($0.count)))" }.joined(separator: " · ")
    }

    func table(_ statistics: [ItemStatistics], configuration: ReportConfiguration) -> TextTable {
        var table = TextTable(headers: [ReportStrings.columnQuestion, ReportStrings.columnLearners, ReportStrings.columnAttempts,
                                        ReportStrings.columnFacility, ReportStrings.columnDiscrimination,
                                        ReportStrings.columnChoices, ReportStrings.columnMeanTime, ReportStrings.columnHints,
                                        ReportStrings.columnFlags].map { $0[language] },
                              alignments: [.left, .right, .right, .right, .right, .left, .right, .right, .left])
        for item in statistics {
            let node = item.item.dropFirst(item.dialogue.count + 1)
            table.rows.append([
                "\(node): \(question(item, configuration))", String(item.learners), String(item.attempts),
                ReportFigures.percent(item.facility), Self.decimal(item.discrimination),
                Self.choiceCell(item),
                Self.seconds(item.meanMilliseconds), ReportFigures.percent(item.hintShare),
                item.flags.map { $0.label[language] }.joined(separator: ", "),
            ])
        }
        return table
    }

    /// The table as text within `width`, a heading per dialogue, then what the figures mean.
    public func text(_ report: TeamReport) -> String {
        let statistics = ItemStatistics.compute(report)
        var lines = [ReportStrings.itemsTitle[language], ReportTableWriter.periodLine(report.configuration, language: language), ""]
        guard !statistics.isEmpty else { return (lines + [ReportStrings.noItems[language]]).joined(separator: "\n") + "\n" }
        var breaks: [Int: [String]] = [:]
        for (index, item) in statistics.enumerated() where index == 0 || statistics[index - 1].dialogue != item.dialogue {
            let title = report.configuration.dialogueTitles[item.dialogue].map { ReportText.safe($0[language], limit: 60) } ?? ""
            breaks[index] = (index == 0 ? [] : [""]) + TableFitter.wrap("▸ \(item.dialogue) \(title)", width: width)
        }
        let columns = [("Soalan", "Question", 0, true), ("Plj.", "Lrn.", 2, false), ("Cuba", "Att.", 3, false),
                       ("Mudah", "Fac.", 0, false), ("Disk.", "Disc.", 0, false), ("Pilihan", "Choices", 4, true),
                       ("Masa", "Time", 1, false), ("Bayang", "Hints", 1, false), ("Tanda", "Flags", 0, true)]
            .map { TableFitter.Column(shortHeader: language == .ms ? $0.0 : $0.1, priority: $0.2, wraps: $0.3,
                                      comfortableWidth: $0.3 ? 12 : 0) }
        let fitted = TableFitter(table: table(statistics, configuration: report.configuration), columns: columns, width: width)
            .lines(breaks: breaks)
        lines += fitted.lines
        if !fitted.dropped.isEmpty {
            lines += TableFitter.wrap(ReportStrings.columnsLeftOut(fitted.dropped, width: width)[language], width: width)
        }
        lines.append("")
        lines += TableFitter.wrap(ReportStrings.itemsNote[language], width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    public func json(_ report: TeamReport) -> String {
        let configuration = report.configuration
        let items: [JSONValue] = ItemStatistics.compute(report).map { item in
            let parts = configuration.itemParts(item.item, language: language, limit: 200)
            func number(_ value: Double?) -> JSONValue {
                guard let value, value.isFinite else { return .null }
                return .double((value * 10_000).rounded() / 10_000)
            }
            return .object([
                ("item", .string(item.item)), ("dialogue", .string(item.dialogue)),
                ("title", parts.title.map(JSONValue.string) ?? .null), ("question", parts.question.map(JSONValue.string) ?? .null),
                ("learners", .int(item.learners)), ("attempts", .int(item.attempts)),
                ("facility", number(item.facility)), ("discrimination", number(item.discrimination)),
                ("choices", .array(item.choices.map { .object([("id", .string($0.id)), ("count", .int($0.count)),
                                                              ("share", number(item.share($0.count)))]) })),
                ("mean_response_ms", .int(Int(item.meanMilliseconds.rounded()))), ("hint_share", number(item.hintShare)),
                ("flags", .array(item.flags.map { .string($0.rawValue) })),
            ])
        }
        return JSONValue.object([
            ("generated_at", .string(RFC3339Timestamp.string(from: configuration.now))),
            ("since", configuration.since.map { .string(RFC3339Timestamp.string(from: $0)) } ?? .null),
            ("discrimination", .string("item-rest point-biserial correlation of first attempts")),
            ("items", .array(items)),
        ]).serialized() + "\n"
    }

    public func csv(_ report: TeamReport) -> String {
        typealias Field = ReportCSVWriter.Field
        var rows: [[Field]] = [["item", "dialogue", "question", "learners", "attempts", "facility", "discrimination",
                                "choices", "mean_response_ms", "hint_share", "flags"].map(Field.text)]
        for item in ItemStatistics.compute(report) {
            rows.append([.text(item.item), .text(item.dialogue), .text(question(item, report.configuration, limit: 200)),
                         .number(String(item.learners)), .number(String(item.attempts)),
                         .number(ReportCSVWriter.decimal(item.facility)),
                         .number(item.discrimination.map(ReportCSVWriter.decimal) ?? ""),
                         .text(item.choices.map { "\($0.id)=\($0.count)" }.joined(separator: " ")),
                         .number(String(Int(item.meanMilliseconds.rounded()))), .number(ReportCSVWriter.decimal(item.hintShare)),
                         .text(item.flags.map(\.rawValue).joined(separator: " "))])
        }
        return rows.map { ReportCSVWriter.row($0) + "\r\n" }.joined()
    }

    public func html(_ report: TeamReport) -> String {
        let statistics = ItemStatistics.compute(report)
        let table = table(statistics, configuration: report.configuration)
        let escape = ReportHTMLWriter.escape
        var body = "<h1>\(escape(ReportStrings.itemsTitle[language]))</h1>\n"
            + "<p>\(escape(ReportTableWriter.periodLine(report.configuration, language: language)))</p>\n"
        if statistics.isEmpty {
            body += "<p>\(escape(ReportStrings.noItems[language]))</p>\n"
        } else {
            body += "<div class=\"scroll\"><table>\n<thead><tr>" + table.headers.map { "<th>\(escape($0))</th>" }.joined()
                + "</tr></thead>\n<tbody>\n"
            for (index, row) in table.rows.enumerated() {
                body += "<tr id=\"item-\(HTMLAnchor.slug(statistics[index].item))\">" + row.enumerated().map { column, cell in
                    "<td\(table.alignments[column] == .right ? " class=\"n\"" : "")>\(escape(cell))</td>"
                }.joined() + "</tr>\n"
            }
            body += "</tbody>\n</table></div>\n<p>\(escape(ReportStrings.itemsNote[language]))</p>\n"
        }
        return ReportHTMLWriter(language: language).page(title: ReportStrings.itemsTitle[language], body: body)
    }
}
