/// A problem with one line of a progress log that was skipped or repaired while reading.
public struct ProgressLogWarning: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line number.
    public var line: Int
    public var reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path:line: reason`.
    public var description: String { "\(path):\(line): \(reason)" }
}
