/// A problem met while reading the team directory, shown as `path:line: message`.
///
/// Files are never fatal to a report: each problem becomes one of these and the report goes on.
public struct ReportWarning: Sendable, Hashable {
    /// The file, already safe to print.
    public var path: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    public var message: LocalizedText

    public init(path: String, line: Int? = nil, message: LocalizedText) {
        self.path = ReportText.safe(path, limit: 240)
        self.line = line
        self.message = message
    }

    /// A warning of the log reader, whose reasons are written in English only.
    init(_ warning: ProgressLogWarning) {
        let reason = ReportText.safe(warning.reason, limit: 240)
        self.init(path: warning.path, line: warning.line, message: LocalizedText(ms: reason, en: reason))
    }

    /// `path:line: message` in `language`.
    public func text(_ language: Language) -> String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): \(message[language])"
    }
}
