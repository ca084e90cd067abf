/// Finds the closest known word to a mistyped one, for "did you mean" hints.
///
/// Built once over the candidates, then asked many times: `runding check` asks once per unknown
/// reference, and a hostile dialogue of 7,500 nodes whose gotos all miss took 31 s when every
/// question compared against every candidate. Candidates are grouped by length and a question
/// compares with at most `comparisonBudget` of them, nearest lengths first; once
/// `totalBudget` comparisons are spent, no more hints are given.
public struct Suggestion: Sendable {
    /// The most candidates one question is compared with; past it, the best so far (or none).
    public static let comparisonBudget = 400
    /// The most comparisons over all questions (a few hundredths of a second in a release build).
    public static let totalBudget = 50_000

    /// The comparisons made so far, over all questions: at most `totalBudget`.
    public private(set) var comparisons = 0

    private let byLength: [Int: [(original: String, scalars: [Unicode.Scalar])]]

    public init(_ candidates: [String]) {
        var byLength: [Int: [(original: String, scalars: [Unicode.Scalar])]] = [:]
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            byLength[scalars.count, default: []].append((candidate, scalars))
        }
        self.byLength = byLength
    }

    /// The candidate nearest to `word` within a distance that makes sense for its length.
    public mutating func closest(to word: String) -> String? {
        guard comparisons < Self.totalBudget else { return nil }
        let limit = max(1, min(3, word.count / 3 + 1))
        let query = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        var budget = Self.comparisonBudget
        // Lengths in order of closeness: n, n-1, n+1, n-2, …: a distance never beats the length gap.
        for gap in 0...limit {
            for length in gap == 0 ? [query.count] : [query.count - gap, query.count + gap] {
                guard let group = byLength[length] else { continue }
                if let found = best, found.distance <= gap { return found.candidate }
                for candidate in group {
                    guard budget > 0, comparisons < Self.totalBudget else { return best?.candidate }
                    budget -= 1
                    comparisons += 1
                    guard let distance = EditDistance.distance(query, candidate.scalars, limit: limit) else { continue }
                    if best == nil || distance < best!.distance { best = (candidate.original, distance) }
                    if distance == 0 { return candidate.original }
                }
            }
        }
        return best?.candidate
    }

    /// The candidate nearest to `word` within a distance that makes sense for its length.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        var suggestion = Suggestion(candidates)
        return suggestion.closest(to: word)
    }

    /// `closest`, else the only candidate that contains `word` (`enps` → `quiz-enps`).
    public static func likely(for word: String, among candidates: [String]) -> String? {
        if let close = closest(to: word, among: candidates) { return close }
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return nil }
        let containing = candidates.filter { $0.lowercased().contains(lowered) }
        return containing.count == 1 ? containing[0] : nil
    }
}
