/// Loads and lints a content directory: what `runding check` reports.
public struct ContentCheck: Sendable {
    public var pack: ContentPack
    /// All diagnostics, sorted by location.
    public var diagnostics: [Diagnostic]
    public var files: [String]

    public init(root: String, loader: ContentLoader = ContentLoader()) {
        let loaded = loader.load(root: root)
        pack = loaded.pack
        files = loaded.files
        diagnostics = (loaded.diagnostics + ContentLinter().lint(loaded)).sortedByLocation()
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// The `--format json` document.
    public func json(language: Language) -> JSONValue {
        .object([
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
        ])
    }
}
