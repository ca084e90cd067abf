import Foundation
import Testing
@testable import RundingKit

@Suite struct LearnerReplayTests {
    static func time(_ text: String) -> Date {
        RFC3339Timestamp.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    static func event(_ at: String, _ kind: ProgressEvent.Kind, session: UUID = SampleEvents.session) -> ProgressEvent {
        ProgressEvent(at: time(at), learner: "aisyah", session: session, kind: kind)
    }

    static func answer(_ at: String, item: String = "glossary:enps", correct: Bool = true,
                       evidence: [SkillEvidence] = [], rating: ReviewRating? = nil,
                       session: UUID = SampleEvents.session) -> ProgressEvent {
        event(at, .answer(.init(item: item, correct: correct, evidence: evidence, rating: rating,
                                milliseconds: 1000, response: "")), session: session)
    }

    static let kualaLumpur = TimeZone(identifier: "Asia/Kuala_Lumpur")!  // UTC+8, no DST

    @Test func streakCountsLocalDaysNotUTCDays() {
        // 17:00Z and 23:30Z on 1 December are both 2 December in Kuala Lumpur (UTC+8);
        // 16:30Z on 2 December is 3 December 00:30 there.
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        for at in ["2026-11-30T17:00:00.000Z", "2026-12-01T23:30:00.000Z", "2026-12-02T16:30:00.000Z"] {
            replay.apply(Self.answer(at))
        }
        // Local days with answers: 1 Dec, 2 Dec, 3 Dec.
        #expect(replay.progress(now: Self.time("2026-12-03T02:00:00.000Z")).streakDays == 3)
        // In UTC the same answers fall on 30 Nov, 1 Dec, 2 Dec: streak up to "yesterday" 2 Dec.
        var utc = LearnerReplay(learner: "aisyah", timeZone: TimeZone(identifier: "UTC")!)
        for at in ["2026-11-30T17:00:00.000Z", "2026-12-01T23:30:00.000Z", "2026-12-02T16:30:00.000Z"] {
            utc.apply(Self.answer(at))
        }
        #expect(utc.progress(now: Self.time("2026-12-03T02:00:00.000Z")).streakDays == 3)
        // Two local days later (5 Dec in KL) the streak is broken.
        #expect(replay.progress(now: Self.time("2026-12-04T17:00:00.000Z")).streakDays == 0)
        // One day later (4 Dec in KL): it ended yesterday and still counts.
        #expect(replay.progress(now: Self.time("2026-12-04T02:00:00.000Z")).streakDays == 3)
    }

    @Test func oneHourApartCanBeTwoLocalDays() {
        // 15:30Z and 16:30Z on 1 December: 23:30 on 1 December and 00:30 on 2 December in KL.
        let answers = ["2026-12-01T15:30:00.000Z", "2026-12-01T16:30:00.000Z"]
        let now = Self.time("2026-12-02T03:00:00.000Z")
        var local = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        var utc = LearnerReplay(learner: "aisyah", timeZone: TimeZone(identifier: "UTC")!)
        for at in answers {
            local.apply(Self.answer(at))
            utc.apply(Self.answer(at))
        }
        #expect(local.progress(now: now).streakDays == 2)
        #expect(utc.progress(now: now).streakDays == 1)
    }

    @Test func streakAcrossADaylightSavingChange() {
        // Europe/Berlin leaves summer time on 25 October 2026 at 01:00Z.
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        var replay = LearnerReplay(learner: "aisyah", timeZone: berlin)
        replay.apply(Self.answer("2026-10-24T22:30:00.000Z"))  // 25 Oct 00:30 CEST
        replay.apply(Self.answer("2026-10-25T22:30:00.000Z"))  // 25 Oct 23:30 CET
        replay.apply(Self.answer("2026-10-25T23:30:00.000Z"))  // 26 Oct 00:30 CET
        let progress = replay.progress(now: Self.time("2026-10-26T08:00:00.000Z"))
        #expect(progress.streakDays == 2)
    }

    @Test func dueAndOverdueItems() {
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        // Again → due one day later; Easy → due eight days later.
        replay.apply(Self.answer("2026-11-01T02:00:00.000Z", item: "glossary:old", correct: false, rating: .again))
        replay.apply(Self.answer("2026-11-09T02:00:00.000Z", item: "glossary:today", correct: false, rating: .again))
        replay.apply(Self.answer("2026-11-09T02:00:00.000Z", item: "glossary:later", rating: .easy))
        // Now: 10 Nov 12:00 in KL. `today` was due 10 Nov 10:00 local (due, not overdue);
        // `old` was due 2 Nov (overdue); `later` is due 17 Nov.
        let progress = replay.progress(now: Self.time("2026-11-10T04:00:00.000Z"))
        #expect(progress.dueItems == ["glossary:old", "glossary:today"])
        #expect(progress.overdueItems == ["glossary:old"])
        #expect(progress.items.count == 3)
        #expect(progress.failures == ["glossary:old": 1, "glossary:today": 1])
    }

    @Test func unratedAnswersAreNotScheduled() {
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        replay.apply(Self.answer("2026-11-01T02:00:00.000Z", item: "quiz-enps/q1"))
        let progress = replay.progress(now: Self.time("2026-11-01T03:00:00.000Z"))
        #expect(progress.items.isEmpty)
        #expect(progress.answers == 1 && progress.correct == 1 && progress.accuracy == 1)
    }

    @Test func timePractisedCapsIdleGaps() {
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        let other = UUID()
        replay.apply(Self.event("2026-11-01T02:00:00.000Z", .sessionStart))
        replay.apply(Self.answer("2026-11-01T02:05:00.000Z"))              // +5 min
        replay.apply(Self.answer("2026-11-01T05:05:00.000Z"))              // 3 h idle: +30 min
        replay.apply(Self.event("2026-11-01T05:06:00.000Z", .sessionEnd))   // +1 min
        replay.apply(Self.event("2026-11-02T02:00:00.000Z", .sessionStart, session: other))
        replay.apply(Self.answer("2026-11-02T02:02:00.000Z", session: other)) // +2 min, never ended
        let progress = replay.progress(now: Self.time("2026-11-03T00:00:00.000Z"))
        #expect(progress.timePractised == 38 * 60)
        #expect(progress.lastActive == Self.time("2026-11-02T02:02:00.000Z"))
    }

    @Test func skillsFollowKnowledgeTracingWithInjectedParameters() {
        let custom = BKTParameters(l0: 0.3, t: 0.2, g: 0.25, s: 0.05)
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur,
                                   bktParameters: { $0 == "empathy" ? custom : .default })
        let answers = [true, true, false, true, true, true]
        for (index, correct) in answers.enumerated() {
            replay.apply(Self.answer("2026-11-0\(index + 1)T02:00:00.000Z", correct: correct,
                                     evidence: [SkillEvidence(skill: "active-listening", shown: correct),
                                                SkillEvidence(skill: "empathy", shown: true)]))
        }
        let progress = replay.progress(now: Self.time("2026-11-20T00:00:00.000Z"))
        let listening = progress.skills["active-listening"]
        #expect(listening?.knowledge.pKnown == KnowledgeTracer().trace(answers).last)
        #expect(listening?.knowledge.observations == 6)
        #expect(listening?.knowledge.isProficient == true)
        #expect(listening?.history.count == 6)
        #expect(listening?.history.first == SkillHistoryPoint(day: "2026-11-01", pKnown: 0.4))
        #expect(progress.skills["empathy"]?.parameters == custom)
        #expect(progress.skills["empathy"]?.knowledge.pKnown == KnowledgeTracer(parameters: custom).trace(Array(repeating: true, count: 6)).last)
    }

    @Test func dialogueResults() {
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        replay.apply(Self.event("2026-11-01T02:00:00.000Z", .dialogueEnd(.init(dialogue: "roleplay-price", outcome: "deal-lost", score: 0.4))))
        replay.apply(Self.event("2026-11-02T02:00:00.000Z", .dialogueEnd(.init(dialogue: "roleplay-price", outcome: "win-win", score: 0.9))))
        replay.apply(Self.event("2026-11-03T02:00:00.000Z", .dialogueEnd(.init(dialogue: "roleplay-price", outcome: "deal", score: 0.7,
                                                                                success: false))))
        let record = replay.progress(now: Self.time("2026-11-04T00:00:00.000Z")).dialogues["roleplay-price"]
        // Without `success` (older logs) a pass is a score of at least 0.7; with it, what it says.
        #expect(record == DialogueRecord(firstScore: 0.4, bestScore: 0.9, attempts: 3, lastOutcome: "deal",
                                         passes: 1, lastPassed: false,
                                         lastAttempt: Self.time("2026-11-03T02:00:00.000Z")))
        var content = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur,
                                    dialogueSuccess: { $0.success ?? ($0.outcome != "deal-lost") })
        content.apply(Self.event("2026-11-01T02:00:00.000Z", .dialogueEnd(.init(dialogue: "roleplay-price", outcome: "deal", score: 0.1))))
        #expect(content.progress(now: Self.time("2026-11-04T00:00:00.000Z")).dialogues["roleplay-price"]?.passes == 1)
    }

    @Test func progressJSONHasAFixedShape() {
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        replay.apply(Self.answer("2026-11-28T10:15:30.123Z", item: "glossary:enps",
                                 evidence: [SkillEvidence(skill: "employee-feedback", shown: true)], rating: .good))
        let json = replay.progress(now: Self.time("2026-11-29T00:00:00.000Z")).jsonText
        #expect(json == #"{"learner":"aisyah","answers":1,"correct":1,"streak_days":1,"last_active":"2026-11-28T10:15:30.123Z","skills":{"employee-feedback":{"p_known":0.4,"level":"attempted","mastered":false,"observations":1,"params":{"l0":0.1,"t":0.1,"g":0.2,"s":0.1}}},"items":{"glossary:enps":{"stability":2.3065,"difficulty":2.118103970459016,"due":"2026-11-30T10:15:30.123Z","last_review":"2026-11-28T10:15:30.123Z","reviews":1}}}"#)
        let empty = LearnerReplay(learner: "new", timeZone: Self.kualaLumpur).progress(now: Date()).jsonText
        #expect(empty == #"{"learner":"new","answers":0,"correct":0,"streak_days":0,"last_active":null,"skills":{},"items":{}}"#)
    }

    /// Not timed here (the lead adds a benchmark target); checks that a large replay completes.
    @Test func replaysManyEventsFromAFile() throws {
        let directory = try TemporaryDirectory()
        let text = LearnerReplayWorkload.logText(events: 20_000)
        try directory.write(Array(text.utf8), to: "aisyah.jsonl")
        let reader = try ProgressLogReader(path: directory.file("aisyah.jsonl"))
        var replay = LearnerReplay(learner: "aisyah", timeZone: Self.kualaLumpur)
        let started = Date()
        for event in reader { replay.apply(event) }
        let progress = replay.progress(now: Self.time("2027-01-01T00:00:00.000Z"))
        let elapsed = Date().timeIntervalSince(started)
        #expect(reader.warnings.isEmpty)
        #expect(progress.answers == 20_000)
        #expect(progress.items.count == 200)
        if ProcessInfo.processInfo.environment["RUNDING_PRINT_TIMING"] != nil {
            print("replayed 20000 events from a file in \(elapsed) s")
        }
    }
}

/// A synthetic log: answers on 200 items with ratings and evidence on 20 skills.
enum LearnerReplayWorkload {
    static func events(_ count: Int) -> [ProgressEvent] {
        var generator = SplitMix64(seed: 1)
        var time = RFC3339Timestamp.date(from: "2026-01-01T08:00:00.000Z") ?? Date()
        let session = UUID()
        return (0..<count).map { index in
            time += Double(generator.next() % 600)
            let correct = generator.next() % 3 != 0
            return ProgressEvent(at: time, learner: "aisyah", session: session, kind: .answer(.init(
                item: "glossary:entry-\(index % 200)", correct: correct,
                evidence: [SkillEvidence(skill: "skill-\(index % 20)", shown: correct),
                           SkillEvidence(skill: "skill-\((index + 7) % 20)", shown: correct)],
                rating: correct ? .good : .again, milliseconds: 4200, response: "jawapan pelajar \(index)")))
        }
    }

    static func logText(events count: Int) -> String {
        events(count).map { $0.jsonLine + "\n" }.joined()
    }
}
