/// Finds the vocabulary tokens nearest to a misspelt word, within the typo tolerance of the
/// token (`EditDistance.tolerance`), looking only at tokens of a nearby length whose letters
/// could differ by so few edits.
struct TypoMatcher: Sendable {
    /// The furthest a word's length may be from a token's: the largest tolerance.
    private static let maximumDistance = 2
    /// Words longer than this are not corrected.
    private static let maximumWordLength = 40
    private static let bins = 27

    private let tokens: [String]
    private let tolerances: [Int]
    /// Token ids by length in Unicode scalars.
    private let byLength: [[Int]]
    /// Letter counts of each token, `bins` per token: a–z and everything else.
    private let histograms: [UInt8]

    init(tokens: [String]) {
        self.tokens = tokens
        tolerances = tokens.map(EditDistance.tolerance(for:))
        var byLength: [[Int]] = []
        var histograms: [UInt8] = []
        histograms.reserveCapacity(tokens.count * Self.bins)
        for (id, token) in tokens.enumerated() {
            let length = token.unicodeScalars.count
            if length >= byLength.count {
                byLength.append(contentsOf: repeatElement([], count: length - byLength.count + 1))
            }
            byLength[length].append(id)
            histograms.append(contentsOf: Self.histogram(of: token))
        }
        self.byLength = byLength
        self.histograms = histograms
    }

    /// The closest tokens to `word` (at most `limit`, alphabetical among equals) and their
    /// distance, or nil when none is within tolerance.
    func closest(to word: String, limit: Int = 3) -> (ids: [Int], distance: Int)? {
        let length = word.unicodeScalars.count
        guard length > 0, length <= Self.maximumWordLength, !TextNormalizer.isNumber(word) else {
            return nil
        }
        let histogram = Self.histogram(of: word)
        var best = Self.maximumDistance + 1
        var ids: [Int] = []
        let lower = max(0, length - Self.maximumDistance)
        let upper = min(byLength.count - 1, length + Self.maximumDistance)
        guard lower <= upper else { return nil }
        for candidateLength in lower...upper {
            for id in byLength[candidateLength] {
                let tolerance = min(tolerances[id], best)
                guard tolerance > 0, abs(candidateLength - length) <= tolerance,
                      letterDifference(histogram, id) <= 2 * tolerance,
                      let distance = EditDistance.distance(word, tokens[id], limit: tolerance),
                      distance > 0 else { continue }
                if distance < best {
                    best = distance
                    ids = [id]
                } else {
                    ids.append(id)
                }
            }
        }
        guard !ids.isEmpty else { return nil }
        ids.sort { tokens[$0] < tokens[$1] }
        return (Array(ids.prefix(limit)), best)
    }

    private func letterDifference(_ histogram: [UInt8], _ id: Int) -> Int {
        var difference = 0
        let start = id * Self.bins
        for bin in 0..<Self.bins {
            difference += abs(Int(histogram[bin]) - Int(histograms[start + bin]))
        }
        return difference
    }

    private static func histogram(of word: String) -> [UInt8] {
        var counts = [UInt8](repeating: 0, count: bins)
        for scalar in word.unicodeScalars {
            let bin = scalar >= "a" && scalar <= "z" ? Int(scalar.value - 97) : bins - 1
            counts[bin] &+= 1
        }
        return counts
    }
}
