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
}
