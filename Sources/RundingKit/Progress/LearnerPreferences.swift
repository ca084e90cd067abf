import Foundation

/// What a learner chose in the chat and wants kept across sessions: for now, the language.
///
/// Stored as a small JSON object, `{"lang":"en"}`, by `LearnerPreferencesFile`. Unknown keys are
/// kept out, an unknown language is ignored: the file is read as untrusted input.
public struct LearnerPreferences: Sendable, Equatable {
    public var language: Language?

    public init(language: Language? = nil) {
        self.language = language
    }

    /// The file's text: one JSON object on one line, keys sorted.
    public var jsonText: String {
        var writer = JSONObjectWriter(capacity: 32)
        if let language { writer.add("lang", language.rawValue) }
        return writer.text
    }

    /// Reads `bytes` as written by `jsonText`; anything else that is not a JSON object with
    /// string values gives empty preferences, never an error.
    public init(jsonBytes bytes: [UInt8]) {
        self.init()
        guard bytes.count <= LearnerPreferencesFile.maximumBytes,
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return }
        if let code = object["lang"] as? String { language = Language(code: code) }
    }
}
