/// The weighted features of an analysed answer: its words' keys, pairs of neighbouring keys and
/// character trigrams of spelt words (which survive typos), each marked when negated.
struct AnswerFeatures {
    /// How much a word's trigrams weigh together, against 1 for its keys.
    static let trigramShare = 0.7
    /// How much a pair of neighbouring words weighs.
    static let pairWeight = 0.4

    private(set) var weights: [String: Double] = [:]

    init(_ tokens: [AnswerToken]) {
        for (position, token) in tokens.enumerated() {
            let mark = token.isNegated ? "¬" : ""
            for key in token.keys {
                weights["w\(mark)\(key)", default: 0] += 1 / Double(token.keys.count)
            }
            if token.isSpelt, token.text.unicodeScalars.count >= 4 {
                let grams = Self.trigrams(of: token.text)
                for gram in grams {
                    weights["c\(mark)\(gram)", default: 0] += Self.trigramShare / Double(grams.count)
                }
            }
            if position > 0 {
                let previous = tokens[position - 1]
                weights["p\(previous.keys[0])|\(mark)\(token.keys[0])", default: 0] += Self.pairWeight
            }
        }
    }

    /// The trigrams of `#word#`.
    static func trigrams(of word: String) -> [String] {
        let scalars = ["#"] + word.unicodeScalars.map { String($0) } + ["#"]
        guard scalars.count >= 3 else { return [] }
        return (0...(scalars.count - 3)).map { scalars[$0] + scalars[$0 + 1] + scalars[$0 + 2] }
    }
}
