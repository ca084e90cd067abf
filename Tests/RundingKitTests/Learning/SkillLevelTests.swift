import Foundation
import Testing
@testable import RundingKit

/// The mastery ladder, replayed from events at injected times in several time zones.
@Suite struct SkillLevelTests {
    static let kualaLumpur = TimeZone(identifier: "Asia/Kuala_Lumpur")!  // UTC+8
    static let newYork = TimeZone(identifier: "America/New_York")!       // UTC−5 in winter
    static let utc = TimeZone(identifier: "UTC")!

    static func time(_ text: String) -> Date { RFC3339Timestamp.date(from: text)! }

    /// A right (or wrong) typed answer about `skill` at `at`, from `item`, in `session`.
    static func answer(_ at: String, item: String, correct: Bool = true, session: UUID,
                       skill: String = "empathy", conditions: AnswerConditions = .typed) -> ProgressEvent {
        ProgressEvent(at: time(at), learner: "aina", session: session, kind: .answer(.init(
            item: item, correct: correct, evidence: [SkillEvidence(skill: skill, shown: correct)],
            milliseconds: 1500, response: "x", conditions: conditions)))
    }

    static func level(_ events: [ProgressEvent], zone: TimeZone, skill: String = "empathy") -> SkillLevel {
        var replay = LearnerReplay(learner: "aina", timeZone: zone)
        replay.apply(contentsOf: events)
        let viaReplay = replay.level(ofSkill: skill)
        #expect(replay.progress(now: time("2027-01-01T00:00:00.000Z")).skills[skill]?.level ?? .notStarted == viaReplay)
        return viaReplay
    }

    @Test func thresholdsOfTheLadder() {
        let none = MasteryEvidence()
        #expect(SkillLevel(knowledge: nil, evidence: none) == .notStarted)
        #expect(SkillLevel(knowledge: SkillKnowledge(pKnown: 0.9, observations: 0), evidence: none) == .notStarted)
        #expect(SkillLevel(knowledge: SkillKnowledge(pKnown: 0.49, observations: 1), evidence: none) == .attempted)
        #expect(SkillLevel(knowledge: SkillKnowledge(pKnown: 0.5, observations: 1), evidence: none) == .familiar)
        #expect(SkillLevel(knowledge: SkillKnowledge(pKnown: 0.9499, observations: 9), evidence: none) == .familiar)
        #expect(SkillLevel(knowledge: SkillKnowledge(pKnown: 0.95, observations: 9), evidence: none) == .proficient)
        var spread = MasteryEvidence()
        let first = UUID(), second = UUID()
        spread.observe(item: "a", shown: true, day: 10, session: first)
        spread.observe(item: "b", shown: true, day: 10, session: first)
        spread.observe(item: "c", shown: true, day: 11, session: second)
        #expect(spread.distinctItems == 3 && spread.retained)
        #expect(SkillLevel(knowledge: SkillKnowledge(pKnown: 0.97, observations: 3), evidence: spread) == .mastered)
        #expect(SkillLevel(knowledge: SkillKnowledge(pKnown: 0.94, observations: 3), evidence: spread) == .familiar)
    }

    @Test func oneSittingOfQuickRightAnswersIsNeverMastered() {
        let session = UUID()
        // Thirty quick right answers over ten items, typed (the strongest evidence there is).
        var events: [ProgressEvent] = []
        for index in 0..<30 {
            let second = String(format: "%02d", index)
            events.append(Self.answer("2026-12-01T02:00:\(second).000Z", item: "quiz/q\(index % 10)", session: session))
        }
        #expect(Self.level(events, zone: Self.kualaLumpur) == .proficient)
    }

    @Test func oneSittingAcrossLocalMidnightIsNeverMastered() {
        // 15:50Z–16:10Z on 1 December is 23:50–00:10 in Kuala Lumpur: two local days, one session.
        let session = UUID()
        let events = (0..<20).map { index in
            let minute = 50 + index
            let at = minute < 60 ? String(format: "2026-12-01T15:%02d:00.000Z", minute)
                                 : String(format: "2026-12-01T16:%02d:00.000Z", minute - 60)
            return Self.answer(at, item: "quiz/q\(index % 5)", session: session)
        }
        #expect(Self.level(events, zone: Self.kualaLumpur) == .proficient)
    }

    @Test func masteredNeedsThreeItemsAndARightAnswerOnALaterLocalDay() {
        let monday = UUID(), tuesday = UUID()
        var events = (0..<6).map { index in
            Self.answer(String(format: "2026-12-01T02:%02d:00.000Z", index), item: "quiz/q\(index % 3)", session: monday)
        }
        #expect(Self.level(events, zone: Self.kualaLumpur) == .proficient)
        events.append(Self.answer("2026-12-02T02:00:00.000Z", item: "quiz/q0", session: tuesday))
        #expect(Self.level(events, zone: Self.kualaLumpur) == .mastered)

        // The same answers from only two items: proficient, not mastered.
        let twoItems = events.map { event -> ProgressEvent in
            guard case .answer(var answer) = event.kind else { return event }
            answer.item = answer.item == "quiz/q2" ? "quiz/q1" : answer.item
            return ProgressEvent(at: event.at, learner: event.learner, session: event.session, kind: .answer(answer))
        }
        #expect(Self.level(twoItems, zone: Self.kualaLumpur) == .proficient)

        // A wrong answer on the later day is no retention.
        var wrongLater = Array(events.dropLast())
        wrongLater.append(Self.answer("2026-12-02T02:00:00.000Z", item: "quiz/q0", correct: false, session: tuesday))
        #expect(Self.level(wrongLater, zone: Self.kualaLumpur) == .proficient)
    }

    @Test func laterDayIsTheLearnersLocalDay() {
        // 14:00Z on 1 December and 17:00Z the same UTC day: in Kuala Lumpur 22:00 on 1 December
        // and 01:00 on 2 December (a later local day); in New York both on 1 December.
        let first = UUID(), second = UUID()
        var events = (0..<6).map { index in
            Self.answer(String(format: "2026-12-01T14:%02d:00.000Z", index), item: "quiz/q\(index % 3)", session: first)
        }
        events.append(Self.answer("2026-12-01T17:00:00.000Z", item: "quiz/q1", session: second))
        #expect(Self.level(events, zone: Self.kualaLumpur) == .mastered)
        #expect(Self.level(events, zone: Self.newYork) == .proficient)
        #expect(Self.level(events, zone: Self.utc) == .proficient)
        // 05:30Z on 2 December is 00:30 in New York: a later local day there too.
        events.append(Self.answer("2026-12-02T05:30:00.000Z", item: "quiz/q2", session: second))
        #expect(Self.level(events, zone: Self.newYork) == .mastered)
        #expect(Self.level(events, zone: Self.utc) == .mastered)
    }

    @Test func aMasteredSkillFallsBackWhenAnswersGoWrong() {
        let first = UUID(), second = UUID()
        var events = (0..<6).map { index in
            Self.answer(String(format: "2026-12-01T02:%02d:00.000Z", index), item: "quiz/q\(index % 3)", session: first)
        }
        events.append(Self.answer("2026-12-03T02:00:00.000Z", item: "quiz/q0", session: second))
        #expect(Self.level(events, zone: Self.utc) == .mastered)
        events += (0..<5).map { index in
            Self.answer(String(format: "2026-12-03T02:1%d:00.000Z", index), item: "quiz/q1", correct: false, session: second)
        }
        #expect(Self.level(events, zone: Self.utc) < .proficient)
    }

    @Test func clicksAmongOptionsNeedMoreEvidenceThanTypedAnswers() {
        // Picking among 3 options (guess 1/3) needs more right answers to be proficient than typing.
        func answersToProficient(_ conditions: AnswerConditions) -> Int {
            let tracer = KnowledgeTracer()
            var knowledge = tracer.initialKnowledge
            var count = 0
            while !knowledge.isProficient && count < 100 {
                knowledge = tracer.update(knowledge, correct: true, conditions: conditions)
                count += 1
            }
            return count
        }
        let typed = answersToProficient(.typed)
        let picked = answersToProficient(AnswerConditions(optionsShown: 3))
        let hinted = answersToProficient(AnswerConditions(optionsShown: 3, afterHint: true))
        #expect(typed == 4)
        #expect(picked > typed)
        #expect(hinted > picked)
    }

    @Test func levelNamesInBothLanguages() {
        #expect(SkillLevel.allCases.map(\.id) == ["not_started", "attempted", "familiar", "proficient", "mastered"])
        #expect(SkillLevel.allCases.map(\.name.ms) == ["belum dicuba", "dicuba", "biasa", "mahir", "dikuasai"])
        #expect(SkillLevel.allCases.map(\.name.en) == ["not started", "attempted", "familiar", "proficient", "mastered"])
    }
}
