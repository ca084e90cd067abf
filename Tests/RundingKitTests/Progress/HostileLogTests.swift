import Foundation
import Testing
@testable import RundingKit

/// Logs written to make the reader slow or large (hardening, second pass).
@Suite struct HostileLogTests {
    /// One answer line whose `evidence` holds `count` distinct skills (plus `extra` members).
    static func line(evidenceKeys count: Int, extra: String = "") -> String {
        let keys = (0..<count).map { #""s\#(100_000 + $0)":true"# }.joined(separator: ",")
        return #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"bob","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"answer","item":"quiz-enps/q1","correct":true,"evidence":{"#
            + keys + extra + #"},"ms":5400,"response":"x"}"# + "\n"
    }

    /// Issue 16, item 6: 62,000 evidence keys on one line stalled the report for 5.4 s (a
    /// search along the list for each key).
    @Test func manyEvidenceKeysAreBoundedAndQuick() throws {
        let line = Self.line(evidenceKeys: 62_000)
        #expect(line.utf8.count < ProgressLogReader.maximumLineLength)
        let bytes = Array((line + line).utf8)
        let clock = ContinuousClock()
        var events: [ProgressEvent] = []
        var warnings: [String] = []
        let elapsed = clock.measure {
            let reader = ProgressLogReader(bytes: bytes, path: "bob.jsonl")
            events = Array(reader)
            warnings = reader.warnings.map(\.description)
        }
        #expect(elapsed < .seconds(2), "\(elapsed)")
        #expect(events.count == 2)
        guard case let .answer(answer)? = events.first?.kind else { Issue.record("no answer"); return }
        #expect(answer.evidence.count == ProgressLineDecoder.maximumEvidence)
        #expect(answer.evidence.first == SkillEvidence(skill: "s100000", shown: true))
        #expect(warnings == [
            "bob.jsonl:1: evidence for more than 64 skills: 61936 more ignored",
            "bob.jsonl:2: evidence for more than 64 skills: 61936 more ignored",
        ])
    }

    @Test func aSkillWrittenTwiceKeepsItsPlaceAndItsLastValue() throws {
        let bytes = Array(Self.line(evidenceKeys: 3, extra: #","s100000":false"#).utf8)
        let events = Array(ProgressLogReader(bytes: bytes, path: "bob.jsonl"))
        guard case let .answer(answer)? = events.first?.kind else { Issue.record("no answer"); return }
        #expect(answer.evidence.map(\.skill) == ["s100000", "s100001", "s100002"])
        #expect(answer.evidence.map(\.shown) == [false, true, true])
    }
}
