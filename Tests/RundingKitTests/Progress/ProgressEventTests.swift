import Foundation
import Testing
@testable import RundingKit

/// Sample events shared by the progress tests.
enum SampleEvents {
    static let session = UUID(uuidString: "3F2A1C9E-7B4D-4E8A-9C1F-0D2E3B4A5C6D")!
    static let at = RFC3339Timestamp.date(from: "2026-11-28T10:15:30.123Z")!

    static func answer(item: String = "quiz-enps/q1", correct: Bool = true,
                       evidence: [SkillEvidence] = [SkillEvidence(skill: "employee-feedback", shown: true)],
                       rating: ReviewRating? = .good, at: Date = at, session: UUID = session,
                       learner: String = "aisyah") -> ProgressEvent {
        ProgressEvent(at: at, learner: learner, session: session,
                      kind: .answer(.init(item: item, correct: correct, evidence: evidence, rating: rating,
                                          milliseconds: 5400, response: "promoter")))
    }
}

@Suite struct ProgressEventTests {
    @Test func exactLineForAnAnswer() {
        let event = SampleEvents.answer(evidence: [SkillEvidence(skill: "objection-handling", shown: true),
                                                   SkillEvidence(skill: "active-listening", shown: false)])
        #expect(event.jsonLine == #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"aisyah","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"answer","item":"quiz-enps/q1","correct":true,"evidence":{"objection-handling":true,"active-listening":false},"rating":3,"ms":5400,"response":"promoter"}"#)
    }

    @Test func exactLinesForOtherTypes() {
        let start = ProgressEvent(at: SampleEvents.at, learner: "aisyah", session: SampleEvents.session, kind: .sessionStart)
        #expect(start.jsonLine == #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"aisyah","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"session_start"}"#)
        let end = ProgressEvent(at: SampleEvents.at, learner: "aisyah", session: SampleEvents.session,
                                kind: .dialogueEnd(.init(dialogue: "roleplay-price", outcome: "win-win", score: 0.75)))
        #expect(end.jsonLine == #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"aisyah","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"dialogue_end","dialogue":"roleplay-price","outcome":"win-win","score":0.75}"#)
    }

    @Test func answerWithoutRatingOmitsTheKey() {
        #expect(!SampleEvents.answer(rating: nil).jsonLine.contains("rating"))
    }

    @Test(arguments: [
        "line\nbreak", "cr\r", "tab\t", "quote\" and \\ back", "nul\u{0}", "bell\u{7}", "Pengurus perolehan — ok 👍", "\u{1B}[31m",
    ])
    func responsesStayOnOneLineAndRoundTrip(response: String) throws {
        let event = ProgressEvent(at: SampleEvents.at, learner: "aisyah", session: SampleEvents.session,
                                  kind: .answer(.init(item: "glossary:enps", correct: false, milliseconds: 1, response: response)))
        let line = event.jsonLine
        #expect(!line.utf8.contains { $0 < 0x20 })
        guard case let .event(decoded, repairs) = ProgressEvent.decode(jsonLine: line) else {
            Issue.record("line did not decode: \(line)")
            return
        }
        #expect(decoded == event)
        #expect(repairs.isEmpty)
    }

    @Test func roundTripOfEveryType() throws {
        let events: [ProgressEvent] = [
            ProgressEvent(at: SampleEvents.at, learner: "a", session: SampleEvents.session, kind: .sessionStart),
            SampleEvents.answer(),
            SampleEvents.answer(rating: nil),
            ProgressEvent(at: SampleEvents.at, learner: "a", session: SampleEvents.session,
                          kind: .dialogueEnd(.init(dialogue: "quiz-enps", outcome: "passed", score: 1))),
            ProgressEvent(at: SampleEvents.at, learner: "a", session: SampleEvents.session, kind: .sessionEnd),
        ]
        for event in events {
            #expect(ProgressEvent.decode(jsonLine: event.jsonLine) == .event(event, repairs: []))
        }
    }

    @Test func responseIsCutTo500Characters() {
        let answer = ProgressEvent.Answer(item: "glossary:enps", correct: true, milliseconds: 1,
                                          response: String(repeating: "é", count: 800))
        #expect(answer.response.count == 500)
    }

    @Test func unknownFieldsAreIgnoredAndEvidenceKeepsItsOrder() throws {
        let line = #"{"extra":{"nested":[1,2]},"type":"answer","v":1,"session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","learner":"aisyah","at":"2026-11-28T18:15:30.123+08:00","item":"glossary:enps","correct":false,"evidence":{"b":false,"a":true},"ms":12,"response":"x","future":true}"#
        guard case let .event(event, repairs) = ProgressEvent.decode(jsonLine: line),
              case let .answer(answer) = event.kind else {
            Issue.record("not decoded")
            return
        }
        #expect(repairs.isEmpty)
        #expect(event.at == SampleEvents.at)
        #expect(answer.evidence.map(\.skill) == ["b", "a"])
        #expect(answer.rating == nil)
    }

    @Test func unknownTypesAreIgnored() {
        let line = #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"a","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"hint_shown","item":"x"}"#
        #expect(ProgressEvent.decode(jsonLine: line) == .ignored(type: "hint_shown"))
    }

    static let base = #""v":1,"at":"2026-11-28T10:15:30.123Z","learner":"a","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d""#

    @Test(arguments: [
        (#"{"v":2,"at":"2026-11-28T10:15:30.123Z","learner":"a","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"session_start"}"#,
         "unsupported schema version 2 (this version reads 1)"),
        (#"{"v":1,"at":"yesterday","learner":"a","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"session_start"}"#,
         "field 'at' is not an RFC 3339 time: 'yesterday'"),
        (#"{"v":1,"at":"2026-02-30T10:15:30.123Z","learner":"a","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"session_start"}"#,
         "field 'at' is not an RFC 3339 time: '2026-02-30T10:15:30.123Z'"),
        (#"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"a","session":"nope","type":"session_start"}"#,
         "field 'session' is not a UUID: 'nope'"),
        ("{" + base + #","type":"answer","correct":"yes","item":"x","ms":1}"#, "field 'correct' should be a boolean, found a string"),
        ("{" + base + #","type":"answer","correct":true,"ms":1}"#, "missing field 'item'"),
        ("{" + base + #","type":"dialogue_end","dialogue":"d","outcome":"o"}"#, "missing field 'score'"),
        (#"[1,2]"#, "expected a JSON object, found an array"),
        (#"{"v":1,"#, "not valid JSON: unexpected end of line at column 8"),
    ])
    func rejectedLines(line: String, reason: String) {
        #expect(ProgressEvent.decode(jsonLine: line) == .rejected(reason))
    }

    @Test(arguments: [
        ("{" + base + #","type":"answer","item":"x","correct":true,"ms":-5}"#, "negative response time -5 ms read as 0"),
        ("{" + base + #","type":"answer","item":"x","correct":true,"ms":1,"rating":7}"#, "rating 7 is not 1–4; answer kept but not scheduled"),
        ("{" + base + #","type":"dialogue_end","dialogue":"d","outcome":"o","score":1.5}"#, "score 1.5 outside 0–1 clamped"),
    ])
    func repairedValues(line: String, repair: String) throws {
        guard case let .event(event, repairs) = ProgressEvent.decode(jsonLine: line) else {
            Issue.record("not decoded")
            return
        }
        #expect(repairs == [repair])
        switch event.kind {
        case let .answer(answer):
            #expect(answer.milliseconds >= 0)
            #expect(answer.rating == nil)
        case let .dialogueEnd(end):
            #expect(end.score == 1)
        default:
            Issue.record("wrong kind")
        }
    }

    @Test(arguments: [
        ("2026-11-28T10:15:30.123Z", "2026-11-28T10:15:30.123Z"),
        ("2026-11-28T10:15:30Z", "2026-11-28T10:15:30.000Z"),
        ("2026-11-28t10:15:30.1234567z", "2026-11-28T10:15:30.123Z"),
        ("2026-11-28T00:15:30.5-08:00", "2026-11-28T08:15:30.500Z"),
        ("2024-02-29T23:59:59.999+00:00", "2024-02-29T23:59:59.999Z"),
        ("1970-01-01T00:00:00.000Z", "1970-01-01T00:00:00.000Z"),
        ("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z"),
    ])
    func timestamps(input: String, normalised: String) throws {
        let date = try #require(RFC3339Timestamp.date(from: input))
        #expect(RFC3339Timestamp.string(from: date) == normalised)
    }

    @Test(arguments: ["", "2026-11-28", "2026-11-28T10:15:30", "2026-13-01T00:00:00Z", "2025-02-29T00:00:00Z",
                      "2026-11-28T24:00:00Z", "2026-11-28T10:15:30.Z", "2026-11-28T10:15:30Zjunk", "２０２６-11-28T10:15:30Z"])
    func invalidTimestamps(input: String) {
        #expect(RFC3339Timestamp.date(from: input) == nil)
    }
}
