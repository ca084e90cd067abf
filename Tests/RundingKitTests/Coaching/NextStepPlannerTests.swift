import Foundation
import Testing
@testable import RundingKit

/// `/next` on scripted histories over the shipped pack, with the clock given.
@Suite struct NextStepPlannerTests {
    static let pack = ContentCheck(root: Repository.root).pack
    let zone = TimeZone(identifier: "Asia/Kuala_Lumpur")!
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let session = UUID(uuidString: "00000000-0000-0000-0000-000000000001")!

    private func progress(_ events: [ProgressEvent.Kind], spacing: TimeInterval = 10, now: Date) -> LearnerProgress {
        var replay = LearnerReplay(learner: "ali", timeZone: zone, bktParameters: Self.pack.bktParameters(for:),
                                   dialogueSuccess: Self.pack.passRules.passed)
        for (index, kind) in events.enumerated() {
            replay.apply(ProgressEvent(at: start + Double(index) * spacing, learner: "ali", session: session, kind: kind))
        }
        return replay.progress(now: now)
    }

    private func answer(_ item: String, _ skill: String, correct: Bool, rating: ReviewRating? = nil) -> ProgressEvent.Kind {
        .answer(.init(item: item, correct: correct, evidence: [SkillEvidence(skill: skill, shown: correct)],
                      rating: rating, milliseconds: 4000, response: "1"))
    }

    private var planner: NextStepPlanner { NextStepPlanner(pack: Self.pack) }

    @Test func aNewLearnerStartsAtTheBeginningOfTheCurriculum() throws {
        let step = planner.next(for: progress([], now: start), now: start)
        let first = try #require(Self.pack.topics.first?.id)
        let expected = try #require(Self.pack.dialogues.first { $0.topic == first && $0.kind == .quiz })
        #expect(step == .newTopic(dialogue: expected.id, topic: first))
        #expect(expected.id == "quiz-negotiation-basics")
    }

    @Test func dueReviewsComeFirst() {
        let now = start + 30 * 86_400
        let history = progress([answer("glossary:enps", "employee-feedback", correct: true, rating: .good),
                                answer("quiz-trust/q1", "trust-building", correct: false)], now: now)
        #expect(!history.dueItems.isEmpty)
        #expect(planner.next(for: history, now: now) == .review(count: history.dueItems.count))
    }

    @Test func theWeakestUnmasteredSkillIsTrainedByADialogueNotYetPassed() throws {
        // Objection handling answered wrong twice, trust building right once: objection handling is weakest.
        let events: [ProgressEvent.Kind] = [
            answer("quiz-trust/q1", "trust-building", correct: true),
            answer("quiz-sales-process/q2", "objection-handling", correct: false),
            answer("quiz-sales-process/q3", "objection-handling", correct: false),
            .dialogueEnd(.init(dialogue: "quiz-sales-process", outcome: "done", score: 0.2, success: false)),
        ]
        let now = start + 3600
        let step = planner.next(for: progress(events, now: now), now: now)
        guard case .practise(let dialogue, let skill, let pKnown) = step else {
            Issue.record("expected practice, got \(step)")
            return
        }
        #expect(skill == "objection-handling")
        #expect(pKnown < 0.5)
        let trains = try #require(Self.pack.dialogue(dialogue)).skills.contains("objection-handling")
        #expect(trains)
        // A dialogue never tried comes before the one just failed an hour ago.
        #expect(dialogue != "quiz-sales-process")
    }

    @Test func aDialoguePassedRecentlyIsNotSuggestedAgain() {
        let trainers = Self.pack.dialogues.filter { $0.skills.contains("employee-feedback") }.map(\.id)
        var events: [ProgressEvent.Kind] = [answer("quiz-enps/q1", "employee-feedback", correct: false)]
        for id in trainers {
            events.append(.dialogueEnd(.init(dialogue: id, outcome: "done", score: 1, success: true)))
        }
        let now = start + 3600
        let soon = planner.next(for: progress(events, now: now), now: now)
        #expect(soon.dialogue.map { trainers.contains($0) } == false, "\(soon)")
        // A day later the same skill's dialogues are due for practice again.
        let later = start + 2 * 86_400
        let step = planner.next(for: progress(events, now: later), now: later)
        guard case .practise(let dialogue, "employee-feedback", _) = step else {
            Issue.record("expected practice of employee feedback, got \(step)")
            return
        }
        #expect(trainers.contains(dialogue))
    }

    @Test func whenEveryDialogueWasTriedTheOldestComesBack() {
        let ids = NextStepPlanner(pack: Self.pack).pack.inCurriculumOrder(Self.pack.dialogues).map(\.id)
        let events: [ProgressEvent.Kind] = ids.map { .dialogueEnd(.init(dialogue: $0, outcome: "done", score: 1, success: true)) }
        let now = start + 3600
        #expect(planner.next(for: progress(events, now: now), now: now) == .revisit(dialogue: ids[0]))
    }

    @Test func curriculumOrderFollowsTheTopicList() {
        let ordered = Self.pack.inCurriculumOrder(Self.pack.dialogues)
        let places = ordered.compactMap { dialogue in Self.pack.topics.firstIndex { $0.id == dialogue.topic } }
        #expect(places == places.sorted())
        #expect(ordered.first?.id == "quiz-negotiation-basics")
    }
}
