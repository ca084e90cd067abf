/// Finds the closest known word to a mistyped one, for "did you mean" hints.
public enum Suggestion {
    /// The candidate nearest to `word` within a distance that makes sense for its length.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3 + 1))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            guard let distance = EditDistance.distance(word.lowercased(), candidate.lowercased(), limit: limit)
            else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
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
