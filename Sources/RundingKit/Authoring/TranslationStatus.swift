/// Which texts lack their version in one language (`runding check --missing ms|en`), by file.
///
/// Built from the loader's F011 diagnostics, which carry the language and the text's name, so a
/// file whose texts lack one language is read once, as for every other check.
public struct TranslationStatus: Sendable {
    /// The language looked for.
    public let language: Language
    /// One F011 per missing text, in file and line order.
    public let missing: [Diagnostic]
    /// Files read, as displayed.
    public let files: [String]
    /// Files whose texts could not all be read (not UTF-8, binary, too large, empty, bad YAML,
    /// unknown kind): texts in them are not counted.
    public let unreadableFiles: [String]

    static let unreadableCodes: Set<String> = ["F001", "F002", "F003", "F004", "F005", "F009"]

    public init(language: Language, diagnostics: [Diagnostic], files: [String]) {
        self.language = language
        self.files = files
        missing = diagnostics.filter { $0.missingText?.language == language }.sortedByLocation()
        let unreadable = Set(diagnostics.filter { Self.unreadableCodes.contains($0.code) }.map(\.location.path))
        unreadableFiles = files.filter(unreadable.contains)
    }

    /// Files with at least one missing text, by path (the order of the list), with their counts.
    public var countsByFile: [(path: String, count: Int)] {
        var counts: [String: Int] = [:]
        for diagnostic in missing { counts[diagnostic.location.path, default: 0] += 1 }
        return counts.keys.sorted().map { ($0, counts[$0]!) }
    }

    /// `path:line:column: what` for each text, then the count per file and a total line.
    public func text(language messages: Language) -> String {
        func t(_ ms: String, _ en: String) -> String { messages == .ms ? ms : en }
        let name = language == .ms ? t("bahasa Melayu", "Malay") : t("bahasa Inggeris", "English")
        var lines = missing.map { diagnostic in
            TerminalSafeText.clean("\(diagnostic.location): \(diagnostic.missingText?.what ?? diagnostic.message[messages])")
        }
        let counts = countsByFile
        if !counts.isEmpty {
            lines.append("")
            lines.append(t("Teks tanpa \(name) ('\(language.rawValue)') mengikut fail:",
                           "Texts without \(name) ('\(language.rawValue)') by file:"))
            let width = counts.map(\.path.count).max() ?? 0
            for (path, count) in counts {
                lines.append("  " + TerminalSafeText.clean(path) + String(repeating: " ", count: width - path.count)
                    + "  \(count)")
            }
        }
        for path in unreadableFiles {
            lines.append(t("! \(path): fail tidak dapat dibaca sepenuhnya; teksnya tidak dikira (runding check)",
                           "! \(path): the file could not be read fully; its texts are not counted (runding check)"))
        }
        let total = missing.count
        lines.append(total == 0
            ? t("Setiap teks ada versi \(name) (\(files.count) fail).",
                "Every text has its \(name) version (\(files.count) files).")
            : t("\(total) teks tanpa \(name), dalam \(counts.count) daripada \(files.count) fail.",
                "\(total) text\(total == 1 ? "" : "s") without \(name), in \(counts.count) of \(files.count) files."))
        return lines.joined(separator: "\n")
    }

    /// `{"language", "missing": [{path, line, column, text}], "files": [{path, missing}], "total", "unreadable"}`.
    public var json: JSONValue {
        .object([
            ("language", .string(language.rawValue)),
            ("missing", .array(missing.map { diagnostic in
                .object([
                    ("path", .string(diagnostic.location.path)),
                    ("line", .int(diagnostic.location.line)),
                    ("column", .int(diagnostic.location.column)),
                    ("text", .string(diagnostic.missingText?.what ?? "")),
                ])
            })),
            ("files", .array(countsByFile.map { .object([("path", .string($0.path)), ("missing", .int($0.count))]) })),
            ("total", .int(missing.count)),
            ("unreadable", JSONValue(unreadableFiles)),
        ])
    }
}
