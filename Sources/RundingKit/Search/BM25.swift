import Foundation

/// Okapi BM25: how well a bag of tokens answers a query, from each query token's rarity (idf),
/// its frequency in the document saturated by `k1`, and the document's length against the
/// average, weighted by `b`.
public struct BM25: Sendable, Equatable {
    /// How a token's rarity is weighted, for a corpus of N documents, n of which hold the token.
    public enum IDFFormula: Sendable, Equatable {
        /// ln(1 + (N − n + 0.5) / (n + 0.5)), Lucene's: positive, and each token's weight
        /// depends only on its own counts. Used by the glossary search.
        case lucene
        /// ln((N − n + 0.5) / (n + 0.5)), with the negative values of tokens in more than half
        /// of the documents replaced by `epsilon` × the mean idf of the whole vocabulary
        /// (negatives included): rank-bm25's `BM25Okapi`. Adding an unrelated document moves
        /// that floor, and a token in exactly half of the documents weighs 0.
        case okapi(epsilon: Double)
    }

    public var k1: Double
    public var b: Double
    public var idfFormula: IDFFormula

    public init(k1: Double = 1.2, b: Double = 0.75, idfFormula: IDFFormula = .lucene) {
        self.k1 = k1
        self.b = b
        self.idfFormula = idfFormula
    }

    /// The idf of every token, from how many of `documentCount` documents hold it.
    public func idfs(documentFrequencies: [String: Int], documentCount: Int) -> [String: Double] {
        let count = Double(documentCount)
        switch idfFormula {
        case .lucene:
            return documentFrequencies.mapValues { frequency in
                let n = Double(frequency)
                return log(1 + (count - n + 0.5) / (n + 0.5))
            }
        case .okapi(let epsilon):
            var idfs = documentFrequencies.mapValues { frequency in
                let n = Double(frequency)
                return log(count - n + 0.5) - log(n + 0.5)
            }
            guard !idfs.isEmpty else { return idfs }
            // Summed in a fixed order so that the floor does not depend on hashing.
            let mean = idfs.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value } / Double(idfs.count)
            for (token, idf) in idfs where idf < 0 { idfs[token] = epsilon * mean }
            return idfs
        }
    }

    /// The saturated, length-normalised frequency part of a score; multiply by the idf.
    public func termWeight(frequency: Double, documentLength: Double, averageLength: Double) -> Double {
        guard frequency > 0 else { return 0 }
        let norm = averageLength > 0 ? 1 - b + b * documentLength / averageLength : 1
        return frequency * (k1 + 1) / (frequency + k1 * norm)
    }

    /// The score of each document for `query`; a token repeated in the query counts each time.
    public func scores(query: [String], documents: [[String]]) -> [Double] {
        guard !documents.isEmpty else { return [] }
        var frequencies: [[String: Int]] = []
        var documentFrequencies: [String: Int] = [:]
        for document in documents {
            var counts: [String: Int] = [:]
            for token in document { counts[token, default: 0] += 1 }
            for token in counts.keys { documentFrequencies[token, default: 0] += 1 }
            frequencies.append(counts)
        }
        let idfs = idfs(documentFrequencies: documentFrequencies, documentCount: documents.count)
        let average = Double(documents.reduce(0) { $0 + $1.count }) / Double(documents.count)
        return documents.indices.map { index in
            query.reduce(0) { score, token in
                guard let idf = idfs[token], let frequency = frequencies[index][token] else { return score }
                return score + idf * termWeight(frequency: Double(frequency),
                                                documentLength: Double(documents[index].count),
                                                averageLength: average)
            }
        }
    }
}
