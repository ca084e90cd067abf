/// Loads and lints a content directory: what `runding check` reports.
public struct ContentCheck: Sendable {
    public var pack: ContentPack
    /// All diagnostics, sorted by location (with `coverage`, its C-codes too).
    public var diagnostics: [Diagnostic]
    public var files: [String]
    /// Every dialogue explored (`runding check --coverage`); nil unless asked for.
    public var coverage: CoverageReport?
    /// Each node's leave-one-out accuracy (`runding check --understanding`); nil unless asked for.
    public var understandingReport: UnderstandingReport?

    /// - Parameter understanding: also check that every example is understood as its own choice
    ///   (D007, D008) and that no choices are confusable (U003): `runding check` does; loading
    ///   content for the chat or `play` does not need to.
    /// - Parameter understandingReport: also measure each node's leave-one-out accuracy, with a
    ///   U004 warning under 90% (`runding check --understanding`).
    public init(root: String, loader: ContentLoader = ContentLoader(), coverage: Bool = false,
                understanding: Bool = false, understandingReport: Bool = false) {
        let loaded = loader.load(root: root)
        pack = loaded.pack
        files = loaded.files
        var diagnostics = loaded.diagnostics + ContentLinter(checksUnderstanding: understanding).lint(loaded)
        if coverage {
            let report = CoverageReport(loaded.pack)
            self.coverage = report
            diagnostics += report.diagnostics.map { ContentLinter.attachSourceLine($0, from: loaded.sourceLines) }
        }
        if understandingReport {
            let report = UnderstandingReport(pack: loaded.pack, understander: AnswerUnderstander(pack: loaded.pack))
            self.understandingReport = report
            diagnostics += report.diagnostics.map { ContentLinter.attachSourceLine($0, from: loaded.sourceLines) }
        }
        self.diagnostics = diagnostics.sortedByLocation()
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// The texts that lack `language` (`runding check --missing`), from the loader's F011s.
    public func translationStatus(missing language: Language) -> TranslationStatus {
        TranslationStatus(language: language, diagnostics: diagnostics, files: files)
    }

    /// The `--format json` document.
    public func json(language: Language) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("diagnostics", .array(diagnostics.map { diagnostic in
                .object([
                    ("path", .string(diagnostic.location.path)),
                    ("line", .int(diagnostic.location.line)),
                    ("column", .int(diagnostic.location.column)),
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("code", .string(diagnostic.code)),
                    ("message", .string(diagnostic.message[language])),
                ])
            })),
            ("skills", JSONValue(pack.skills.map(\.id))),
            ("glossary", JSONValue(pack.entries.map(\.id))),
            ("dialogues", .array(pack.dialogues.map { dialogue in
                .object([
                    ("id", .string(dialogue.id)),
                    ("kind", .string(dialogue.kind.rawValue)),
                    ("nodes", .int(dialogue.nodes.count)),
                    ("endings", .int(dialogue.endings.count)),
                    ("skills", JSONValue(dialogue.skills)),
                ])
            })),
        ]
        if let coverage { fields.append(("coverage", coverage.json)) }
        if let understandingReport { fields.append(("understanding", understandingReport.json)) }
        return .object(fields)
    }
}
