/// A problem found in the content, with a stable code and where it was written.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    /// A stable code such as `D003`; documented in docs/authoring.md.
    public var code: String
    public var message: LocalizedText
    /// The source line the location points into, for the caret display.
    public var sourceLine: String?
    /// For F011: which text lacks which language (what `runding check --missing` lists).
    public var missingText: MissingText?

    /// A text without its version in one language.
    public struct MissingText: Sendable, Hashable {
        public var language: Language
        /// The text, as named in messages: `topic 'basics' name`, `node 'q1' say`.
        public var what: String

        public init(language: Language, what: String) {
            self.language = language
            self.what = what
        }
    }

    public init(_ code: String, _ severity: Severity, at location: SourceLocation,
                ms: String, en: String, sourceLine: String? = nil) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = LocalizedText(ms: ms, en: en)
        self.sourceLine = sourceLine
    }

    public var isError: Bool { severity == .error }
}

extension Array where Element == Diagnostic {
    /// Diagnostics by file, line, column, then code.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.location.path, $0.location.line, $0.location.column, $0.code)
                < ($1.location.path, $1.location.line, $1.location.column, $1.code)
        }
    }

    public var errorCount: Int { filter(\.isError).count }
    public var warningCount: Int { filter { !$0.isError }.count }
}
