/// A text written in both languages.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var ms: String
    public var en: String

    public init(ms: String, en: String) {
        self.ms = ms
        self.en = en
    }

    /// The text in `language`, or in the other language when this one is empty.
    public subscript(language: Language) -> String {
        let text = language == .ms ? ms : en
        if text.isEmpty { return language == .ms ? en : ms }
        return text
    }

    /// Both versions, Malay first.
    public var all: [String] { [ms, en] }
}

/// A list of texts per language (aliases, key points, patterns).
public struct LocalizedList: Sendable, Hashable, Codable {
    public var ms: [String]
    public var en: [String]

    public init(ms: [String] = [], en: [String] = []) {
        self.ms = ms
        self.en = en
    }

    public subscript(language: Language) -> [String] {
        let list = language == .ms ? ms : en
        if list.isEmpty { return language == .ms ? en : ms }
        return list
    }

    public var all: [String] { ms + en }
    public var isEmpty: Bool { ms.isEmpty && en.isEmpty }
}
