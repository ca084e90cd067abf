/// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
/// substitutions and swaps of two neighbouring characters each cost 1.
public enum EditDistance {
    /// The distance between `a` and `b`, or nil when it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    /// `distance` on scalars already split, for callers that compare one word with many.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }

    /// How many typos a word of this length tolerates: none under 5 letters, 1 from 5, 2 from 9.
    /// Numbers tolerate none.
    public static func tolerance(for word: String) -> Int {
        if TextNormalizer.isNumber(word) { return 0 }
        let count = word.unicodeScalars.count
        if count >= 9 { return 2 }
        if count >= 5 { return 1 }
        return 0
    }
}
