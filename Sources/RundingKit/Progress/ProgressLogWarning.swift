/// A problem with one line of a progress log that was skipped or repaired while reading.
public struct ProgressLogWarning: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line number.
    public var line: Int
    /// The problem in English.
    public var reason: String
    /// The problem in both languages, for the warnings that have a Malay text.
    public var message: LocalizedText?

    public init(path: String, line: Int, reason: String, message: LocalizedText? = nil) {
        self.path = path
        self.line = line
        self.reason = reason
        self.message = message
    }

    /// `path:line: reason`.
    public var description: String { "\(path):\(line): \(reason)" }

    /// `path:line: reason` in `language` when the warning has a text in it, else in English.
    public func text(_ language: Language) -> String {
        "\(path):\(line): \(message?[language] ?? reason)"
    }
}
