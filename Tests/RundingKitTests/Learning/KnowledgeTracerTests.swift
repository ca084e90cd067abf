import Testing
@testable import RundingKit

@Suite struct KnowledgeTracerTests {
    @Test func corbettAndAndersonReferenceSequence() {
        let tracer = KnowledgeTracer(parameters: BKTParameters(l0: 0.1, t: 0.1, g: 0.2, s: 0.1))
        let trace = tracer.trace([true, true, false, true, true, true])
        let rounded = trace.map { ($0 * 10_000).rounded() / 10_000 }
        #expect(rounded == [0.4, 0.775, 0.3709, 0.7536, 0.939, 0.9872])
    }

    @Test func defaultParametersAreTheTextbookOnes() {
        #expect(KnowledgeTracer().parameters == BKTParameters(l0: 0.1, t: 0.1, g: 0.2, s: 0.1))
        #expect(KnowledgeTracer().initialKnowledge == SkillKnowledge(pKnown: 0.1, observations: 0))
    }

    struct VectorFile: Decodable {
        struct Case: Decodable {
            var l0, t, g, s: Double
            var answers: [Bool]
            var p_known: [Double]
        }
        var cases: [Case]
    }

    /// Vectors from scripts/vectors/bkt_vectors.py: the textbook formula, checked there against pyBKT.
    @Test func agreesWithGeneratedVectors() throws {
        let file = try Fixture.decode(VectorFile.self, from: "bkt/vectors.json")
        #expect(file.cases.count > 50)
        for (index, vector) in file.cases.enumerated() {
            let tracer = KnowledgeTracer(parameters: BKTParameters(l0: vector.l0, t: vector.t, g: vector.g, s: vector.s))
            let trace = tracer.trace(vector.answers)
            #expect(trace.count == vector.p_known.count)
            for (step, (actual, expected)) in zip(trace, vector.p_known).enumerated() {
                #expect(abs(actual - expected) < 1e-12, "case \(index) step \(step)")
            }
        }
    }

    struct GuessVectorFile: Decodable {
        struct Answer: Decodable {
            var correct: Bool
            var options: Int?
            var hint, retry, confirmed: Bool
        }
        struct Case: Decodable {
            var l0, t, g, s: Double
            var answers: [Answer]
            var guess: [Double]
            var p_known: [Double]
        }
        var cases: [Case]
    }

    /// Vectors from scripts/vectors/bkt_guess_vectors.py: a guess per observation, checked there
    /// against pyBKT with one guess class per value.
    @Test func perObservationGuessAgreesWithPyBKTVectors() throws {
        let file = try Fixture.decode(GuessVectorFile.self, from: "bkt/guess-vectors.json")
        #expect(file.cases.count > 50)
        var weakened = 0
        for (index, vector) in file.cases.enumerated() {
            let tracer = KnowledgeTracer(parameters: BKTParameters(l0: vector.l0, t: vector.t, g: vector.g, s: vector.s))
            let answers = vector.answers.map { answer in
                (correct: answer.correct,
                 conditions: AnswerConditions(optionsShown: answer.options, afterHint: answer.hint,
                                              isRetry: answer.retry, wasConfirmed: answer.confirmed))
            }
            weakened += answers.filter { $0.conditions.weakeningCount > 0 }.count
            for (step, answer) in answers.enumerated() {
                #expect(abs(tracer.guess(for: answer.conditions) - vector.guess[step]) < 1e-12,
                        "case \(index) step \(step) guess")
            }
            let trace = tracer.trace(answers)
            #expect(trace.count == vector.p_known.count)
            for (step, (actual, expected)) in zip(trace, vector.p_known).enumerated() {
                #expect(abs(actual - expected) < 1e-12, "case \(index) step \(step)")
            }
        }
        #expect(weakened > 100)
    }

    @Test func guessIsAtLeastOneInKAndTypedUsesTheSkillsOwn() {
        let tracer = KnowledgeTracer(parameters: BKTParameters(l0: 0.1, t: 0.1, g: 0.2, s: 0.1))
        #expect(tracer.guess(for: .typed) == 0.2)
        #expect(tracer.guess(for: AnswerConditions(optionsShown: 3)) == 1.0 / 3)
        #expect(tracer.guess(for: AnswerConditions(optionsShown: 5)) == 0.2)
        #expect(tracer.guess(for: AnswerConditions(optionsShown: 8)) == 0.2)
        // One option shown, or two with a high slip: the answer tells nothing (1 − S).
        #expect(tracer.guess(for: AnswerConditions(optionsShown: 1)) == 0.9)
        // A hint moves the guess half-way to 1 − S; two circumstances three quarters.
        #expect(abs(tracer.guess(for: AnswerConditions(afterHint: true)) - 0.55) < 1e-12)
        #expect(abs(tracer.guess(for: AnswerConditions(isRetry: true, wasConfirmed: true)) - 0.725) < 1e-12)
        // Picking among 3 moves P(L) less than typing the same right answer; a hint less still.
        let typed = tracer.pKnown(after: true, from: 0.1, guess: tracer.guess(for: .typed))
        let picked = tracer.pKnown(after: true, from: 0.1, guess: tracer.guess(for: AnswerConditions(optionsShown: 3)))
        let hinted = tracer.pKnown(after: true, from: 0.1,
                                   guess: tracer.guess(for: AnswerConditions(optionsShown: 3, afterHint: true)))
        #expect(typed > picked && picked > hinted)
        // A wrong answer after a hint lowers P(L) less than an unaided wrong answer.
        let wrong = tracer.pKnown(after: false, from: 0.8, guess: tracer.guess(for: .typed))
        let wrongHinted = tracer.pKnown(after: false, from: 0.8, guess: tracer.guess(for: AnswerConditions(afterHint: true)))
        #expect(wrongHinted > wrong)
    }

    @Test func masteryAtNinetyFivePercent() {
        let tracer = KnowledgeTracer()
        var knowledge = tracer.initialKnowledge
        var steps = 0
        while !knowledge.isProficient {
            knowledge = tracer.update(knowledge, correct: true)
            steps += 1
        }
        #expect(knowledge.pKnown >= 0.95)
        #expect(knowledge.observations == steps)
        // 0.4, 0.775, 0.9455 (not yet), then 0.99: mastered at the fourth right answer.
        #expect(steps == 4)
        #expect(!tracer.update(tracer.update(tracer.update(tracer.initialKnowledge, correct: true),
                                             correct: true), correct: true).isProficient)
    }

    @Test(arguments: [
        BKTParameters(l0: 0, t: 0, g: 0, s: 0),
        BKTParameters(l0: 1, t: 1, g: 1, s: 1),
        BKTParameters(l0: .nan, t: .infinity, g: -1, s: 2),
    ])
    func degenerateParametersStayProbabilities(parameters: BKTParameters) {
        let trace = KnowledgeTracer(parameters: parameters).trace([true, false, true, false])
        #expect(trace.allSatisfy { $0 >= 0 && $0 <= 1 })
    }
}
