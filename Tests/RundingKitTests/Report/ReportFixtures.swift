import Foundation
@testable import RundingKit

/// Hand-built progress logs for the report tests, on the starter pack's skills and dialogues.
///
/// Now is 1 December 2026 12:00 in Kuala Lumpur (UTC+8, no daylight saving).
enum ReportFixtures {
    static let kualaLumpur = TimeZone(identifier: "Asia/Kuala_Lumpur")!
    static let now = time("2026-12-01T04:00:00.000Z")
    static let session = UUID(uuidString: "3F2A1C9E-7B4D-4E8A-9C1F-0D2E3B4A5C6D")!
    static let otherSession = UUID(uuidString: "00000000-0000-4000-8000-000000000002")!

    static let pack: ContentPack = ContentLoader().load(root: Repository.starterPack).pack

    static func configuration(since: Date? = nil) -> ReportConfiguration {
        ReportConfiguration(pack: pack, now: now, timeZone: kualaLumpur, since: since)
    }

    static func time(_ text: String) -> Date {
        RFC3339Timestamp.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    static func answer(_ at: String, learner: String = "aisyah", item: String = "glossary:enps", correct: Bool = true,
                       skills: [String] = ["employee-feedback"], rating: ReviewRating? = nil,
                       milliseconds: Int = 5400, response: String = "promoter",
                       session: UUID = session) -> ProgressEvent {
        ProgressEvent(at: time(at), learner: learner, session: session,
                      kind: .answer(.init(item: item, correct: correct,
                                          evidence: skills.map { SkillEvidence(skill: $0, shown: correct) },
                                          rating: rating, milliseconds: milliseconds, response: response)))
    }

    static func dialogueEnd(_ at: String, learner: String = "aisyah", dialogue: String, outcome: String,
                            score: Double, session: UUID = session) -> ProgressEvent {
        ProgressEvent(at: time(at), learner: learner, session: session,
                      kind: .dialogueEnd(.init(dialogue: dialogue, outcome: outcome, score: score)))
    }

    static func sessionEvent(_ at: String, learner: String = "aisyah", start: Bool, session: UUID = session) -> ProgressEvent {
        ProgressEvent(at: time(at), learner: learner, session: session, kind: start ? .sessionStart : .sessionEnd)
    }

    /// The log as file bytes: one JSON line per event.
    static func log(_ events: [ProgressEvent]) -> [UInt8] {
        Array(events.map { $0.jsonLine + "\n" }.joined().utf8)
    }

    /// A steady learner: one right answer on each skill on 29 November, then ten more over three
    /// items the next day in another session (so both skills are mastered), a passed role-play.
    static func steady(_ learner: String) -> [ProgressEvent] {
        let skills = ["employee-feedback", "active-listening"]
        var events = [answer("2026-11-29T02:00:00.000Z", learner: learner, item: "quiz-enps/q1", skills: skills,
                             session: otherSession),
                      sessionEvent("2026-11-30T02:00:00.000Z", learner: learner, start: true)]
        let items = ["quiz-enps/q1", "quiz-enps/q2", "glossary:enps"]
        for index in 0..<10 {
            let at = "2026-11-30T02:0\(index):30.000Z"
            events.append(answer(at, learner: learner, item: items[index % 3], skills: skills))
        }
        events.append(dialogueEnd("2026-11-30T02:10:00.000Z", learner: learner, dialogue: "rp-quiet-buyer", outcome: "deal", score: 0.9))
        events.append(sessionEvent("2026-11-30T02:11:00.000Z", learner: learner, start: false))
        return events
    }

    /// A struggling learner: wrong answers, an item failed five times, a lapsed review, inactive since 10 November.
    static func struggling(_ learner: String) -> [ProgressEvent] {
        var events: [ProgressEvent] = []
        for index in 0..<12 {
            let minute = index < 10 ? "0\(index)" : "\(index)"
            events.append(answer("2026-11-10T03:\(minute):00.000Z", learner: learner, item: index < 5 ? "glossary:enps" : "quiz-enps/q2",
                                 correct: index % 4 == 3, rating: index == 0 ? .again : nil))
        }
        events.append(dialogueEnd("2026-11-10T03:20:00.000Z", learner: learner, dialogue: "rp-quiet-buyer", outcome: "no-deal", score: 0.2))
        events.append(dialogueEnd("2026-11-10T03:40:00.000Z", learner: learner, dialogue: "rp-quiet-buyer", outcome: "deal", score: 0.6))
        return events
    }
}

/// A team directory written for one test.
struct TeamFolder {
    let directory: TemporaryDirectory

    init(_ files: [String: [UInt8]] = [:]) throws {
        directory = try TemporaryDirectory()
        for (name, bytes) in files { try directory.write(bytes, to: name) }
    }

    var path: String { directory.path }

    func report(sort: ReportSort = .attention, learner: String? = nil, since: Date? = nil) throws -> TeamReport {
        try TeamReportBuilder(configuration: ReportFixtures.configuration(since: since))
            .build(directory: path, learner: learner, sort: sort)
    }
}
