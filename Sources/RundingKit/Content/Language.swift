/// A language the content and the messages are written in.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// Bahasa Melayu, the default.
    case ms
    /// English.
    case en

    /// The other language, used as a fallback when matching typed answers.
    public var other: Language { self == .ms ? .en : .ms }

    /// Reads `ms`/`en` (also `my`, `malay`, `bm`, `english`), case-insensitively.
    public init?(code: String) {
        switch code.lowercased() {
        case "ms", "my", "bm", "malay", "melayu", "ms_my", "ms-my": self = .ms
        case "en", "english", "inggeris", "en_us", "en_gb", "en-us", "en-gb": self = .en
        default: return nil
        }
    }
}
