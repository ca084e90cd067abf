import Foundation
import Testing
@testable import RundingKit

/// Scores computed by rank-bm25 (`scripts/vectors/bm25_vectors.py`).
struct BM25Vectors: Decodable {
    struct Case: Decodable {
        var formula: String
        var epsilon: Double?
        var query: [String]
        var scores: [Double]
    }

    var k1: Double
    var b: Double
    var corpus: [[String]]
    var cases: [Case]

    static func load() throws -> BM25Vectors {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = fixtures.appendingPathComponent("search/bm25_vectors.json")
        return try JSONDecoder().decode(BM25Vectors.self, from: Data(contentsOf: url))
    }
}

@Suite struct BM25Tests {
    @Test func matchesRankBM25AndTheLuceneFormula() throws {
        let vectors = try BM25Vectors.load()
        #expect(vectors.cases.count >= 10)
        for vector in vectors.cases {
            let formula: BM25.IDFFormula
            switch vector.formula {
            case "okapi": formula = .okapi(epsilon: try #require(vector.epsilon))
            case "lucene": formula = .lucene
            default: Issue.record("unknown formula \(vector.formula)"); continue
            }
            let bm25 = BM25(k1: vectors.k1, b: vectors.b, idfFormula: formula)
            let scores = bm25.scores(query: vector.query, documents: vectors.corpus)
            #expect(scores.count == vector.scores.count)
            for (actual, expected) in zip(scores, vector.scores) {
                #expect(abs(actual - expected) <= 1e-9, "\(vector.formula) \(vector.query): \(scores) vs \(vector.scores)")
            }
        }
    }

    @Test func theVectorsExerciseTheOkapiFloor() throws {
        let vectors = try BM25Vectors.load()
        let okapi = BM25(k1: vectors.k1, b: vectors.b, idfFormula: .okapi(epsilon: 0.25))
        let lucene = BM25(k1: vectors.k1, b: vectors.b)
        // "pelanggan" is in 5 of 6 documents: a negative okapi idf, floored; "harga" in 3 of 6: 0.
        let frequencies = ["pelanggan": 5, "harga": 3, "aktif": 1]
        let okapiIDFs = okapi.idfs(documentFrequencies: frequencies, documentCount: 6)
        let luceneIDFs = lucene.idfs(documentFrequencies: frequencies, documentCount: 6)
        let mean = (log(1.5 / 5.5) + 0 + log(5.5 / 1.5)) / 3
        #expect(abs((okapiIDFs["pelanggan"] ?? .nan) - 0.25 * mean) < 1e-12)
        #expect(okapiIDFs["harga"] == 0)
        #expect(abs((luceneIDFs["pelanggan"] ?? .nan) - log(1 + 1.5 / 5.5)) < 1e-12)
        #expect((luceneIDFs["harga"] ?? 0) > 0)
        #expect(okapi.scores(query: ["harga"], documents: vectors.corpus).allSatisfy { $0 == 0 })
    }

    @Test func termWeightSaturatesAndNormalisesLength() {
        let bm25 = BM25()
        #expect(bm25.termWeight(frequency: 0, documentLength: 5, averageLength: 5) == 0)
        #expect(abs(bm25.termWeight(frequency: 1, documentLength: 5, averageLength: 5) - 1) < 1e-12)
        let twice = bm25.termWeight(frequency: 2, documentLength: 5, averageLength: 5)
        #expect(twice > 1 && twice < 2.2)
        #expect(bm25.termWeight(frequency: 1, documentLength: 10, averageLength: 5) < 1)
        #expect(bm25.termWeight(frequency: 1, documentLength: 10, averageLength: 0) == 1)
        #expect(bm25.scores(query: ["a"], documents: []) == [])
    }
}

