import Foundation

extension ProgressEvent {
    /// The event as one line of JSON, without the trailing newline.
    ///
    /// Keys come in a fixed order (`v`, `at`, `learner`, `session`, `type`, then the fields of
    /// the type), so the same event always gives the same bytes.
    public var jsonLine: String {
        String(decoding: jsonLineBytes(), as: UTF8.self)
    }

    /// The UTF-8 bytes of `jsonLine`, optionally followed by `\n`.
    func jsonLineBytes(withNewline: Bool = false) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.add("v", Self.schemaVersion)
        writer.add("at", RFC3339Timestamp.string(from: at))
        writer.add("learner", learner)
        writer.add("session", session)
        writer.add("type", kind.typeName)
        switch kind {
        case .sessionStart, .sessionEnd:
            break
        case let .answer(answer):
            writer.add("item", answer.item)
            writer.add("correct", answer.correct)
            writer.add("evidence") { evidence in
                for entry in answer.evidence { evidence.add(entry.skill, entry.shown) }
            }
            if let rating = answer.rating { writer.add("rating", rating.rawValue) }
            writer.add("ms", answer.milliseconds)
            writer.add("response", answer.response)
            if let choice = answer.choice { writer.add("choice", choice) }
            let conditions = answer.conditions
            if let shown = conditions.optionsShown { writer.add("options", shown) }
            if conditions.afterHint { writer.add("hint", true) }
            if conditions.isRetry { writer.add("retry", true) }
            if conditions.wasConfirmed { writer.add("confirmed", true) }
        case let .dialogueEnd(end):
            writer.add("dialogue", end.dialogue)
            writer.add("outcome", end.outcome)
            writer.add("score", end.score)
            if let success = end.success { writer.add("success", success) }
        }
        writer.finish()
        var bytes = writer.bytes
        if withNewline { bytes.append(0x0A) }
        return bytes
    }

    /// Reads one log line (without its newline). See `ProgressLineDecoder` for what is accepted.
    public static func decode(jsonLine: String) -> ProgressLineDecoder.Outcome {
        var line = jsonLine
        return line.withUTF8 { ProgressLineDecoder.decode($0) }
    }
}
