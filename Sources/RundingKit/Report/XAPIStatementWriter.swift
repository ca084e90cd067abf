import Foundation

/// Builds xAPI 1.0.3 statements, one JSON object per line, from progress events.
///
/// Actor: an Agent with an `account {homePage, name}`; verbs from the ADL vocabulary; activity
/// ids under `<homepage>/runding/`; timestamps in UTC with milliseconds; durations in ISO 8601
/// (`PT5.4S`). Statement ids are name-based UUIDs (version 5) of the learner, session, line and
/// verb, so exporting the same log twice gives the same bytes.
struct XAPIStatementWriter {
    enum Verb: String, CaseIterable {
        case answered
        case completed
        case passed
        case failed
        case mastered

        var id: String { "http://adlnet.gov/expapi/verbs/\(rawValue)" }
    }

    /// The homepage without a trailing `/`.
    let homepage: String
    private let namespace: UUID

    init(homepage: String) {
        self.homepage = homepage
        namespace = NameBasedUUID.make(namespace: NameBasedUUID.urlNamespace, name: homepage + "/runding")
    }

    /// Where a statement comes from: the learner, the event's session, time and line.
    struct Origin {
        var learner: String
        var session: UUID
        var at: Date
        var line: Int
    }

    /// The activity a statement is about.
    struct Activity {
        var kind: String
        var id: String
        var name: LocalizedText
        var type: String
    }

    /// The outcome part of a statement.
    struct Outcome {
        var success: Bool?
        var completion: Bool?
        var scaled: Double?
        var milliseconds: Int?
        var response: String?
    }

    /// One statement as a line of JSON, with its trailing newline.
    func statement(_ verb: Verb, origin: Origin, activity: Activity, outcome: Outcome, key: String = "") -> String {
        let id = NameBasedUUID.make(namespace: namespace,
                                    name: "\(origin.learner)\n\(origin.session.uuidString)\n\(origin.line)\n\(verb.rawValue)\n\(key)")
        var writer = JSONObjectWriter(capacity: 768)
        writer.add("id", id)
        writer.add("actor") { actor in
            actor.add("objectType", "Agent")
            actor.add("name", origin.learner)
            actor.add("account") { account in
                account.add("homePage", homepage)
                account.add("name", origin.learner)
            }
        }
        writer.add("verb") { object in
            object.add("id", verb.id)
            object.add("display") { display in display.add("en-US", verb.rawValue) }
        }
        writer.add("object") { object in
            object.add("objectType", "Activity")
            object.add("id", "\(homepage)/runding/\(activity.kind)/\(Self.encodePath(activity.id))")
            object.add("definition") { definition in
                definition.add("name") { name in
                    name.add("en-US", ReportText.safe(activity.name.en, limit: 200))
                    name.add("ms-MY", ReportText.safe(activity.name.ms, limit: 200))
                }
                definition.add("type", activity.type)
            }
        }
        writer.add("result") { result in
            if let success = outcome.success { result.add("success", success) }
            if let completion = outcome.completion { result.add("completion", completion) }
            if let scaled = outcome.scaled {
                result.add("score") { score in score.add("scaled", Self.clampedScore(scaled)) }
            }
            if let response = outcome.response { result.add("response", ReportText.safe(response, limit: 500)) }
            if let milliseconds = outcome.milliseconds { result.add("duration", Self.duration(milliseconds: milliseconds)) }
        }
        writer.add("context") { context in
            context.add("registration", origin.session)
            context.add("platform", "Runding")
        }
        writer.add("timestamp", RFC3339Timestamp.string(from: origin.at))
        writer.add("version", "1.0.3")
        writer.finish()
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }

    /// Whether `encodePath` would give `text` back unchanged: short, unreserved characters, `:`
    /// and `/` only, no `.` or `..` segment, not empty.
    private static func isPlainPath(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard !utf8.isEmpty, utf8.count <= 400 else { return false }
            var segmentLength = 0
            var segmentDots = 0
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"),
                     UInt8(ascii: ":"):
                    segmentLength += 1
                case UInt8(ascii: "."):
                    segmentLength += 1
                    segmentDots += 1
                case UInt8(ascii: "/"):
                    if segmentLength > 0 && segmentLength == segmentDots && segmentDots <= 2 { return false }
                    segmentLength = 0
                    segmentDots = 0
                default:
                    return false
                }
            }
            return !(segmentLength > 0 && segmentLength == segmentDots && segmentDots <= 2)
        }
    }

    /// `PT5.4S`: seconds with up to three decimals, no trailing zeros; `PT0S` for nothing.
    static func duration(milliseconds: Int) -> String {
        let value = max(0, milliseconds)
        let fraction = value % 1000
        guard fraction != 0 else { return "PT\(value / 1000)S" }
        var decimals = String(fraction)
        decimals = String(repeating: "0", count: 3 - decimals.count) + decimals
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return "PT\(value / 1000).\(decimals)S"
    }

    /// A score rounded to 4 decimals in [−1, 1], as xAPI requires of `scaled`.
    static func clampedScore(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return (min(max(value, -1), 1) * 10_000).rounded() / 10_000
    }

    /// `text` as IRI path segments: unreserved characters, `:` and `/` kept, the rest
    /// percent-encoded, control characters removed first, and `.`/`..` segments encoded so
    /// no LMS resolves them.
    static func encodePath(_ text: String) -> String {
        if isPlainPath(text) { return text }
        var result = ""
        for byte in TerminalSafeText.clean(String(text.prefix(400))).utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        let segments = result.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment == "." || segment == ".." ? segment.replacingOccurrences(of: ".", with: "%2E") : String(segment)
        }
        let joined = segments.joined(separator: "/")
        return joined.isEmpty ? "%20" : joined
    }
}
