import Foundation

/// Turns one line of a progress log into an event, tolerating what older or newer writers add.
///
/// Unknown fields and unknown `type`s are ignored. Lines of another schema version, without a
/// required field, with a field of the wrong type or an unreadable time are rejected. Absurd
/// values are repaired and reported: a negative response time becomes 0, a score is clamped to
/// 0…1, a rating outside 1…4 is dropped, a response is cut to 500 characters.
public enum ProgressLineDecoder {
    /// What became of a line.
    public enum Outcome: Sendable, Equatable {
        /// An event, with a note for each value that had to be repaired.
        case event(ProgressEvent, repairs: [String])
        /// A well-formed line of a type this version does not know.
        case ignored(type: String)
        /// A line that cannot be used, and why.
        case rejected(String)
    }

    /// The longest response time accepted as is: one day.
    static let maximumMilliseconds = 86_400_000

    /// The most skills one answer's evidence may name; real content names one to three.
    public static let maximumEvidence = 64

    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let json: ParsedJSON
        do {
            json = try JSONByteParser.parse(bytes)
        } catch {
            if bytes.contains(0) { return .rejected("binary data (NUL byte) in line") }
            return .rejected("not valid JSON: \(error.reason) at column \(error.offset + 1)")
        }
        guard case let .object(members) = json else {
            return .rejected("expected a JSON object, found \(json.kindDescription)")
        }
        var fields = Fields(members: members)
        do {
            return try decode(&fields)
        } catch {
            return .rejected(error.reason)
        }
    }

    private struct FieldError: Error {
        var reason: String
    }

    /// The members of a line's object, looked up by key.
    private struct Fields {
        var members: [(key: String, value: ParsedJSON)]
        var repairs: [String] = []

        func value(_ key: String) throws(FieldError) -> ParsedJSON {
            guard let value = members.first(where: { $0.key == key })?.value else {
                throw FieldError(reason: "missing field '\(key)'")
            }
            return value
        }

        func optional(_ key: String) -> ParsedJSON? {
            guard let value = members.first(where: { $0.key == key })?.value else { return nil }
            if case .null = value { return nil }
            return value
        }

        func string(_ key: String) throws(FieldError) -> String {
            let value = try value(key)
            guard case let .string(text) = value else { throw wrongType(key, "a string", value) }
            return text
        }

        func bool(_ key: String) throws(FieldError) -> Bool {
            let value = try value(key)
            guard case let .bool(flag) = value else { throw wrongType(key, "a boolean", value) }
            return flag
        }

        func number(_ key: String) throws(FieldError) -> Double {
            let value = try value(key)
            guard case let .number(number) = value else { throw wrongType(key, "a number", value) }
            return number
        }

        func wrongType(_ key: String, _ expected: String, _ found: ParsedJSON) -> FieldError {
            FieldError(reason: "field '\(key)' should be \(expected), found \(found.kindDescription)")
        }
    }

    private static func decode(_ fields: inout Fields) throws(FieldError) -> Outcome {
        let version = try fields.number("v")
        guard version == Double(ProgressEvent.schemaVersion) else {
            throw FieldError(reason: "unsupported schema version \(formatted(version)) (this version reads 1)")
        }
        let type = try fields.string("type")
        let atText = try fields.string("at")
        guard let at = RFC3339Timestamp.date(from: atText) else {
            throw FieldError(reason: "field 'at' is not an RFC 3339 time: '\(atText.prefix(40))'")
        }
        let learner = try fields.string("learner")
        let sessionText = try fields.string("session")
        guard let session = UUIDText.parse(sessionText) else {
            throw FieldError(reason: "field 'session' is not a UUID: '\(sessionText.prefix(40))'")
        }
        let kind: ProgressEvent.Kind
        switch type {
        case "session_start": kind = .sessionStart
        case "session_end": kind = .sessionEnd
        case "answer": kind = .answer(try answer(&fields))
        case "dialogue_end": kind = .dialogueEnd(try dialogueEnd(&fields))
        default: return .ignored(type: type)
        }
        let event = ProgressEvent(at: at, learner: learner, session: session, kind: kind)
        return .event(event, repairs: fields.repairs)
    }

    private static func answer(_ fields: inout Fields) throws(FieldError) -> ProgressEvent.Answer {
        let item = try fields.string("item")
        let correct = try fields.bool("correct")
        var evidence: [SkillEvidence] = []
        if let value = fields.optional("evidence") {
            guard case let .object(entries) = value else {
                throw fields.wrongType("evidence", "an object", value)
            }
            // A skill written twice keeps its first place and its last value; looked up by key, as
            // a search along the list made one line of 62,000 keys take seconds.
            var places: [String: Int] = [:]
            var dropped = 0
            for (skill, shown) in entries {
                guard case let .bool(flag) = shown else {
                    throw FieldError(reason: "evidence for '\(skill.prefix(40))' should be a boolean, found \(shown.kindDescription)")
                }
                if let index = places[skill] {
                    evidence[index].shown = flag
                } else if evidence.count < maximumEvidence {
                    places[skill] = evidence.count
                    evidence.append(SkillEvidence(skill: skill, shown: flag))
                } else {
                    dropped += 1
                }
            }
            if dropped > 0 {
                fields.repairs.append("evidence for more than \(maximumEvidence) skills: \(dropped) more ignored")
            }
        }
        var rating: ReviewRating?
        if let value = fields.optional("rating") {
            if case let .number(number) = value, let grade = Int(exactly: number),
               let valid = ReviewRating(rawValue: grade) {
                rating = valid
            } else {
                fields.repairs.append("rating \(describe(value)) is not 1–4; answer kept but not scheduled")
            }
        }
        var milliseconds = 0
        let msValue = try fields.number("ms")
        if msValue < 0 {
            fields.repairs.append("negative response time \(formatted(msValue)) ms read as 0")
        } else if msValue > Double(maximumMilliseconds) {
            fields.repairs.append("response time \(formatted(msValue)) ms capped at one day")
            milliseconds = maximumMilliseconds
        } else {
            milliseconds = Int(msValue.rounded())
        }
        let response = fields.optional("response").flatMap { value -> String? in
            if case let .string(text) = value { return text }
            return nil
        } ?? ""
        if response.count > ProgressEvent.Answer.maximumResponseLength {
            fields.repairs.append("response longer than 500 characters cut")
        }
        return ProgressEvent.Answer(item: item, correct: correct, evidence: evidence, rating: rating,
                                    milliseconds: milliseconds, response: response,
                                    choice: choice(&fields), conditions: conditions(&fields))
    }

    /// The optional `choice`: a string, or a number from an older or other writer; else ignored.
    private static func choice(_ fields: inout Fields) -> String? {
        switch fields.optional("choice") {
        case let .string(text)?: return text
        case let .number(number)?: return formatted(number)
        case nil: return nil
        case let other?:
            fields.repairs.append("choice \(describe(other)) is not a string; ignored")
            return nil
        }
    }

    /// The optional `options`, `hint`, `retry` and `confirmed`; values of the wrong kind are
    /// ignored (the answer then counts as typed and unaided) and reported.
    private static func conditions(_ fields: inout Fields) -> AnswerConditions {
        var conditions = AnswerConditions()
        if let value = fields.optional("options") {
            if case let .number(number) = value, let count = Int(exactly: number), count >= 1, count <= 1_000 {
                conditions.optionsShown = count
            } else {
                fields.repairs.append("options \(describe(value)) is not a count 1–1000; ignored")
            }
        }
        func flag(_ key: String) -> Bool {
            guard let value = fields.optional(key) else { return false }
            if case let .bool(flag) = value { return flag }
            fields.repairs.append("\(key) \(describe(value)) is not a boolean; ignored")
            return false
        }
        conditions.afterHint = flag("hint")
        conditions.isRetry = flag("retry")
        conditions.wasConfirmed = flag("confirmed")
        return conditions
    }

    private static func dialogueEnd(_ fields: inout Fields) throws(FieldError) -> ProgressEvent.DialogueEnd {
        let dialogue = try fields.string("dialogue")
        let outcome = try fields.string("outcome")
        let score = try fields.number("score")
        if score < 0 || score > 1 {
            fields.repairs.append("score \(formatted(score)) outside 0–1 clamped")
        }
        var success: Bool?
        if let value = fields.optional("success") {
            if case let .bool(flag) = value {
                success = flag
            } else {
                fields.repairs.append("success \(describe(value)) is not a boolean; ignored")
            }
        }
        return ProgressEvent.DialogueEnd(dialogue: dialogue, outcome: outcome, score: score, success: success)
    }

    private static func formatted(_ number: Double) -> String {
        if let integer = Int(exactly: number) { return String(integer) }
        return "\(number)"
    }

    private static func describe(_ value: ParsedJSON) -> String {
        switch value {
        case let .number(number): return formatted(number)
        case let .string(text): return "'\(text.prefix(20))'"
        default: return value.kindDescription
        }
    }
}
