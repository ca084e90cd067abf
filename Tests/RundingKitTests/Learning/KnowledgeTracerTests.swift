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

    @Test func masteryAtNinetyFivePercent() {
        let tracer = KnowledgeTracer()
        var knowledge = tracer.initialKnowledge
        var steps = 0
        while !knowledge.isMastered {
            knowledge = tracer.update(knowledge, correct: true)
            steps += 1
        }
        #expect(knowledge.pKnown >= 0.95)
        #expect(knowledge.observations == steps)
        // 0.4, 0.775, 0.9455 (not yet), then 0.99: mastered at the fourth right answer.
        #expect(steps == 4)
        #expect(!tracer.update(tracer.update(tracer.update(tracer.initialKnowledge, correct: true),
                                             correct: true), correct: true).isMastered)
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
